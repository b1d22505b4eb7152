#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Atelier {

/// A float32 tensor under the name our networks give it, in their layout: convolutions
/// [out, in / groups, kernel height, kernel width], dense weights [out, in].
struct NamedTensor
{
    QString name;
    std::vector<int64_t> shape;
    std::vector<float> values; ///< row-major

    /// The element count the shape implies; -1 when it overflows or a size is negative.
    static int64_t elementCount(const std::vector<int64_t> &shape);
    static QString shapeText(const std::vector<int64_t> &shape); ///< "32x3x3x3", "scalar"
};

/// How an image becomes a backbone's input: RGB samples times `scale`, resized bilinearly to
/// inputSize x inputSize, then (x - mean) / std per channel.
struct BackbonePreprocessing
{
    int inputSize = 224;
    double scale = 1.0 / 255.0;
    QList<double> mean{0.0, 0.0, 0.0};
    QList<double> std{1.0, 1.0, 1.0};
    /// TensorFlow's resizeBilinear(alignCorners = true), which the corner pixels of input and
    /// output coincide in; false: half-pixel centres (OpenCV's, PyTorch's align_corners = False).
    bool alignCorners = false;
};

/// One dense layer after the convolutional trunk: the classifier of a pretrained network, or
/// the layers before it. Stored as head.<index>.weight [units, inputs] and head.<index>.bias.
struct BackboneHeadLayer
{
    QString name;      ///< as the source called it: "dense_1", "fc"
    int inputs = 0;
    int units = 0;
    QString activation; ///< "linear", "relu", "softmax" or "sigmoid"
};

/// What a backbone is, besides its weights: the network to build, how to feed it, where it came from.
struct BackboneSpec
{
    QString name;
    QString architecture;          ///< "mobilenet_v2", "resnet18" or "resnet50"
    double widthMultiplier = 1.0;  ///< MobileNetV2's width (Keras' alpha)
    double batchNormEpsilon = 1e-5; ///< Keras networks use 1e-3
    bool tfSamePadding = false;    ///< stride-2 layers pad bottom/right only (TensorFlow's 'same')
    QList<BackboneHeadLayer> head;
    QStringList classNames;        ///< what the head's outputs mean, when known
    BackbonePreprocessing preprocessing;
    QString defaultLayer;          ///< the layer features() reads when none is named
    QString source;                ///< the format it was imported from: "keras" or "torchvision"
    QJsonObject provenance;        ///< origin, licence, digests: free text for people
};

/// A backbone as the importers produce it and a backbone file holds it.
struct BackboneWeights
{
    BackboneSpec spec;
    std::vector<NamedTensor> tensors;
};

/// Reads and writes Atelier's backbone files (*.backbone). The layout is safetensors': an 8-byte
/// little-endian header length, a JSON header that gives each tensor's dtype ("F32"), shape and
/// byte range, then the little-endian data; the header's "__metadata__" carries
/// {"format": "atelier-backbone", "spec": <BackboneSpec as JSON>}. Any safetensors reader can
/// open one. Reading treats the file as untrusted: sizes are capped and checked before any
/// tensor is copied, and non-finite values are refused. Errors are Error(BadInput).
class BackboneFile
{
public:
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;
    static constexpr int FormatVersion = 1;

    static void write(const QString &path, const BackboneWeights &weights);
    static BackboneWeights read(const QString &path);
    /// The header alone, for listings.
    static BackboneSpec readSpec(const QString &path);

    static QJsonObject specToJson(const BackboneSpec &spec);
    /// Throws Error(BadInput) for a spec that is incomplete or out of range.
    static BackboneSpec specFromJson(const QJsonObject &json);
};

} // namespace Atelier
