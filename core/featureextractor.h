#pragma once

// Backbone features of images, computed the way a transfer run's network sees them.
//
//   const BackboneChoice choice = BackboneChoice::find(name);        // installed file + digest
//   const Backbone backbone = Backbone::load(choice.path);
//   FeatureExtractor extractor(backbone, layer, FeatureTransform::of(config));
//   const auto output = extractor.compute(jobs);                      // rows in the jobs' order

#include "trainingconfig.h"
#include "trainingtypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Atelier {

class Backbone;
struct BackboneSpec;

/// The backbone a transfer run or a feature cache uses: an installed backbone file, found by
/// name, with the digest of its content (part of every cached feature's key).
struct BackboneChoice
{
    QString name;
    QString path;
    QByteArray digest; ///< SHA-256 of the file, lowercase hex

    /// The starter backbone's name (see packaging/fetch-backbone.sh).
    static QString starterName() { return QStringLiteral("nsfwjs-mobilenet-v2"); }
    /// An installed backbone. An empty name picks the starter backbone when it is installed,
    /// else the first usable one. Throws Error(BadInput) when there is none.
    static BackboneChoice find(const QString &name = QString());
};

/// Sets what the backbone decides in a transfer run's config (modes features and fine_tune):
/// the architecture, 3 channels, the input size and the normalisation its weights expect.
/// Throws Error(BadInput) for a backbone of an architecture runs cannot train.
void adoptBackboneInput(TrainingConfig &config, const BackboneSpec &spec);
/// The same, reading the spec of the config's backbone; does nothing for scratch runs.
void adoptBackboneInput(TrainingConfig &config);

/// How images become a backbone's input before their features are read: the data pipeline's
/// validation transform (content crop, short side to inputSize / evalCrop, centre crop) for
/// variant 0, its training augmentation for variants 1, 2, ... (drawn from the seed, the
/// variant and the image's content, so a variant of an image is the same in every run).
struct FeatureTransform
{
    int inputSize = 224;
    double evalCrop = 0.875;
    AugmentationConfig augmentation;
    quint64 seed = 0;

    /// A run's: its input size, eval crop, augmentation and seed.
    static FeatureTransform of(const TrainingConfig &config);
    /// What the cache keeps a variant's features under: "eval 224 0.875" for variant 0,
    /// "augmented 224 0.875 #2 <hash of the augmentation settings and seed>" for the others.
    QString key(int variant) const;
};

/// One image to compute features of.
struct FeatureJob
{
    TrainingSample sample;
    int variant = 0;        ///< 0: the validation transform; k > 0: augmented variant k
    quint64 variantKey = 0; ///< what variants' random draws depend on besides seed and variant: the image
};

/// Computes a backbone layer's features of images: decoding and transforming on worker threads,
/// then the backbone in batches. Not for concurrent use; the backbone must outlive it.
class FeatureExtractor
{
public:
    /// Throws Error(BadInput) for a layer the backbone does not have.
    FeatureExtractor(const Backbone &backbone, const QString &layer, const FeatureTransform &transform, int workers = 0);
    ~FeatureExtractor();
    FeatureExtractor(const FeatureExtractor &) = delete;
    FeatureExtractor &operator=(const FeatureExtractor &) = delete;

    QString layer() const;
    int dimension() const;

    struct Output
    {
        std::vector<std::vector<float>> rows; ///< one per job; empty for an image that failed
        QStringList failures;                  ///< one per job: empty, or why it failed
    };
    /// Features of the jobs, in their order. An unreadable image fails alone.
    Output compute(const QList<FeatureJob> &jobs);

    /// Jobs per compute() call that keep memory small and progress frequent.
    static constexpr int ChunkSize = 64;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier
