#pragma once

#include <QString>

namespace Atelier::TransferTestBackbone {

/// Writes a small backbone file (a half-width MobileNetV2 with random weights, 64-px input,
/// default layer block_6_expand_relu) for tests that need one installed.
void write(const QString &path, const QString &name, quint64 seed);

} // namespace Atelier::TransferTestBackbone
