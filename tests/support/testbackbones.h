#pragma once

#include "backbonefile.h"

#include <QString>

/// Small pretrained-looking backbones for the tests: no real weights, but a real network.
namespace Atelier::TestBackbones {

/// The layer the backbones below read by default.
QString defaultLayer();

/// A half-width Keras-style MobileNetV2 (BatchNorm epsilon 1e-3, TensorFlow's padding) with
/// random weights and random BatchNorm statistics, so that images get different features;
/// 64-px input; named `name`.
BackboneWeights randomMobileNetV2(const QString &name, quint64 seed);

/// Writes randomMobileNetV2(name, seed) as a backbone file.
void write(const QString &path, const QString &name, quint64 seed);

} // namespace Atelier::TestBackbones
