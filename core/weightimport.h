#pragma once

#include "backbonefile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atelier {

/// What an import cannot read from the weight file itself.
struct WeightImportOptions
{
    QString name; ///< the backbone's name; empty: the file's base name
    /// The input range the network was trained on: {0, 1} or {-1, 1}. Default: Keras
    /// MobileNetV2's [-1, 1] for Keras files; ImageNet's mean and std for torchvision files.
    std::optional<std::pair<double, double>> inputRange;
    std::optional<bool> alignCorners; ///< default: false (half-pixel centres)
    std::optional<int> inputSize;     ///< default: the model's declared input size, else 224
    QString defaultLayer;             ///< default: the last layer of the trunk
    QStringList classNames;           ///< what the head's outputs mean
    QJsonObject provenance;
};

/// Turns weight files from other tools into a backbone (BackboneWeights) for Atelier's LibTorch
/// networks. Every importer checks the file's structure, names, shapes and value types against
/// the architecture, and refuses NaN or infinite weights, before any weight is used; Backbone
/// checks the result against the LibTorch network once more. Errors are Error(BadInput) with
/// the reason.
class WeightImport
{
public:
    /// A torchvision state dict (.pth/.pt) of ResNet-18, ResNet-50 or MobileNetV2, as torchvision
    /// publishes them for ImageNet; read without Python (see TorchArchive).
    static BackboneWeights fromTorchvision(const QString &path, const WeightImportOptions &options = {});
    /// A Keras MobileNetV2 (any width) saved as a TensorFlow.js layers model (model.json and
    /// weight shards), such as Teachable Machine's image model exports: Keras' layers are mapped
    /// onto our MobileNetV2 (kernels HWIO to OIHW, depthwise kernels, the file's BatchNorm
    /// epsilon, TensorFlow's bottom/right padding on stride-2 layers); dense layers after the
    /// global pooling become the backbone's head.
    static BackboneWeights fromKeras(const QString &modelJsonPath, const WeightImportOptions &options = {});
    /// Either of the above, chosen by the file's name (model.json or *.json: Keras).
    static BackboneWeights fromFile(const QString &path, const WeightImportOptions &options = {});
};

} // namespace Atelier
