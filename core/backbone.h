#pragma once

#include "backbonefile.h"
#include "imagedecoder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Atelier {

/// A pretrained network that turns images into feature vectors: a trunk of one of Atelier's
/// LibTorch architectures (MobileNetV2, ResNet-18/50) and an optional dense head, with the
/// preprocessing its weights expect. Layers are named as their origin names them: Keras' names
/// for MobileNetV2 ("Conv1_relu", "block_13_expand_relu", "block_14_add", "out_relu"),
/// torchvision's for ResNets ("maxpool", "layer1".."layer4"), then the head's ("dense_1", "fc").
///
/// Building one checks the weights against the network: every name present, no name unknown,
/// every shape equal. Errors are Error(BadInput). Inference only; not for concurrent use.
class Backbone
{
public:
    /// Reads a backbone file (see BackboneFile).
    static Backbone load(const QString &path);
    /// Builds the network the spec describes and copies the weights in, after checking them.
    static Backbone fromWeights(const BackboneWeights &weights);

    Backbone(Backbone &&other) noexcept;
    Backbone &operator=(Backbone &&other) noexcept;
    ~Backbone();

    const BackboneSpec &spec() const;
    QString name() const { return spec().name; }
    /// The layers features() can read, input to output.
    QStringList layers() const;
    /// The length of a layer's feature vector (its channel or unit count).
    int featureSize(const QString &layer) const;

    /// One row per image: the layer's output for it, averaged over the image's area for
    /// convolutional layers (global average pooling). An empty layer name reads the spec's default.
    std::vector<std::vector<float>> features(const QList<RgbImage> &images, const QString &layer = QString()) const;

    /// Writes the backbone, spec and weights, as a backbone file.
    void save(const QString &path) const;

private:
    class Private;
    explicit Backbone(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Atelier
