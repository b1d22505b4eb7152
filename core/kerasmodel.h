#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Atelier {

/// One layer of a Keras model, nested models flattened away.
struct KerasLayer
{
    QString name;
    QString className;   ///< "Conv2D", "BatchNormalization", ...
    QJsonObject config;
    QStringList inbound; ///< the layers whose outputs it takes, in order
};

/// One weight as the manifest names it ("block_1_expand/kernel"), dequantised to float32, in
/// Keras' layout (convolution kernels [height, width, in, out]).
struct KerasWeight
{
    QString name;
    std::vector<int64_t> shape;
    std::vector<float> values;
};

/// A Keras model saved in TensorFlow.js' layers format: model.json (the Keras topology and a
/// weights manifest) beside its binary weight shards, as tfjs.converters, tfjs' model.save()
/// and Teachable Machine write them. Weights quantised to uint8 or uint16 are dequantised as
/// q * scale + min, float16 ones widened. The files are untrusted: sizes are capped before
/// anything is read, shard paths must stay in the model's folder, shards must hold exactly the
/// bytes the manifest describes, and NaN or infinite weights are refused (Error(BadInput)).
class KerasModel
{
public:
    static constexpr qint64 MaxTopologyBytes = 32 << 20;
    static constexpr qint64 MaxWeightBytes = 512 << 20;

    static KerasModel load(const QString &modelJsonPath);

    QString kerasVersion;
    /// The input's shape without the batch: {height, width, channels}; 0 where unspecified.
    std::vector<int64_t> inputShape;
    QList<KerasLayer> layers; ///< in the file's order, nested models spliced in
    std::vector<KerasWeight> weights;

    const KerasLayer *layer(const QString &name) const;
    /// The layers that take `name`'s output.
    QList<const KerasLayer *> consumers(const QString &name) const;
    /// The weight `layer`/`parameter` (nested models may prefix the name with their own);
    /// nullptr when there is none.
    const KerasWeight *weight(const QString &layer, const QString &parameter) const;
};

} // namespace Atelier
