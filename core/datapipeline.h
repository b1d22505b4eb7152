#pragma once

#include "imagedecoder.h"
#include "trainingconfig.h"
#include "trainingtypes.h"

#include <QList>

#include <memory>
#include <vector>

namespace Atelier {

/// How images become network inputs.
struct PipelineOptions
{
    int inputSize = 64;
    int channels = 3; ///< 1: converted to gray
    bool augment = false; ///< training images; validation and test ones are only resized and centred
    AugmentationConfig augmentation;
    double evalCrop = 0.875; ///< see DataConfig::evalCrop
    QList<double> mean{0.485, 0.456, 0.406};
    QList<double> std{0.229, 0.224, 0.225};
    int workers = 1;
    int prefetchBatches = 4;
    qint64 cacheBytes = 0; ///< memory for decoded, resized images; 0: decode every time
    quint64 seed = 0;
};

/// A batch of network inputs: `size` images, channels x inputSize x inputSize floats each
/// (normalised, planar), in the order the epoch asked for.
struct ImageBatch
{
    int epoch = 0;
    int index = 0;
    int size = 0;
    std::vector<float> pixels;
    std::vector<qint64> labels;
};

/// Turns samples into batches on worker threads, ahead of the trainer.
///
/// Each image is decoded (at reduced resolution when much larger than needed), cut to its content
/// rectangle and resized so that its short side is inputSize / evalCrop; this "base" image is kept
/// in memory while the cache budget allows, so later epochs skip decoding. Training images are
/// then augmented (random resized crop, flip, rotation: one affine warp; colour jitter; blur),
/// others centre-cropped; finally normalised.
///
/// Every random decision comes from (seed, epoch, position in the epoch): batches are identical
/// whatever the number of workers and whichever order they finish in, and an epoch started at a
/// later batch (a resumed run) continues exactly.
class DataPipeline
{
public:
    DataPipeline(const QList<TrainingSample> &samples, const PipelineOptions &options);
    ~DataPipeline();
    DataPipeline(const DataPipeline &) = delete;
    DataPipeline &operator=(const DataPipeline &) = delete;

    /// Begins an epoch over `order` (indices into the samples), from batch `firstBatch` on.
    /// Abandons whatever the previous epoch had left.
    void start(int epoch, std::vector<int> order, int batchSize, int firstBatch = 0);
    /// Waits for the next batch; false when the epoch is done.
    /// Throws Error (BadInput) when an image could not be read.
    bool next(ImageBatch &batch);
    /// Stops the workers' current epoch (they stay ready for another start()).
    void stop();

    static int batchCount(int orderSize, int batchSize) { return (orderSize + batchSize - 1) / batchSize; }
    int sampleCount() const;
    int workerCount() const;

    struct Stats
    {
        qint64 decoded = 0;       ///< images read from files (or memory) and resized
        qint64 cacheHits = 0;
        qint64 cachedImages = 0;
        qint64 cachedBytes = 0;
        double waitSeconds = 0;   ///< time next() spent waiting for a batch: the trainer starving
    };
    Stats stats() const;

    /// The short side of base images.
    static int baseShortSide(const PipelineOptions &options);
    /// A sample's base image (decoded, cut, resized), through the cache. Gray images come back as
    /// RGB with equal channels.
    RgbImage baseImage(int sampleIndex);
    /// What the network sees for a sample at a position of an epoch, before normalisation.
    RgbImage preparedImage(int sampleIndex, int epoch, int position);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier
