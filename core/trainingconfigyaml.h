#pragma once

#include "trainingconfig.h"

#include <QString>

namespace Atelier {

/// Reads and writes a run's YAML description. Example:
///
///     name: posters-mobilenet
///     model: {architecture: mobilenet_v2, input_size: 224}
///     epochs: 30
///     batch_size: 32
///     split: current            # or a split version id
///     class_mapping: countries  # optional
///     optimizer: {type: adamw, learning_rate: 0.001, weight_decay: 0.05}
///     schedule: {type: cosine, warmup_epochs: 1}
///     augmentation: {horizontal_flip: false, rotation_degrees: 5}
///     callbacks: {monitor: val_accuracy, early_stopping: {patience: 5}}
///
/// Every key is optional; write() spells out all of them. Mistakes are reported with the key's
/// path and line ("run.yaml:7: optimizer.learning_rate: expected a number above 0, got \"fast\""),
/// and unknown keys are refused, with the nearest known one suggested.
class TrainingConfigYaml
{
public:
    /// Throws Error(BadInput). `sourceName` (a file name) prefixes the messages.
    static TrainingConfig parse(const QString &yaml, const QString &sourceName = QStringLiteral("config"));
    static TrainingConfig parseFile(const QString &path);
    /// The complete config, defaults included, so that a stored run can be repeated exactly.
    static QString write(const TrainingConfig &config);
};

} // namespace Atelier
