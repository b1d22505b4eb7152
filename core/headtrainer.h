#pragma once

#include "trainer.h"

#include <memory>
#include <vector>

namespace Atelier {

/// The backbone features of a run's samples, one row of `dimension` floats per sample, in the
/// order of the samples: what a features run trains on.
struct TrainingFeatures
{
    int dimension = 0;
    std::vector<float> train;
    std::vector<float> validation;
    std::vector<float> test;
    int variants = 0;             ///< augmented variants per training sample
    std::vector<float> augmented; ///< variant v (1-based) of training sample i: row (v - 1) * train rows + i
    int computed = 0;             ///< rows computed for this run
    int reused = 0;               ///< rows read from the project's feature cache
    double seconds = 0;
};

/// Trains a features run (TrainingMode::Features): a small head, linear or MLP, on a frozen
/// backbone's features, computed once per image: by the project's feature cache when the setup
/// names the project (TrainingTask does), else in memory for this run. An epoch over a few
/// thousand vectors takes milliseconds, so once the features are cached a run takes seconds
/// and can follow every relabelling pass.
///
/// Otherwise it behaves as Trainer: the config's optimizer, schedule, label smoothing, class
/// balance, early stopping and monitored metric, the same observer calls per batch and epoch,
/// and best.pt in the Trainer's format holding the whole network (backbone trunk and head),
/// which ModelPackage and Predictor read as any run's. The head trains on features centred per
/// dimension and scaled by one factor; both are folded into its first layer when it is saved.
/// A canceled features run starts over when resumed (it has no checkpoint to continue from).
class HeadTrainer
{
public:
    explicit HeadTrainer(const TrainerSetup &setup);
    ~HeadTrainer();
    HeadTrainer(const HeadTrainer &) = delete;
    HeadTrainer &operator=(const HeadTrainer &) = delete;

    /// Runs on the calling thread. Throws Error when the run cannot start (no images, no such
    /// backbone or layer) or an image cannot be read.
    TrainingResult run(TrainingObserver *observer = nullptr);

    /// After run(): the head's dense layer as the run ended, for the features as the backbone
    /// gives them (centring and scale folded in). Linear heads without feature normalisation
    /// only: what fine-tuning starts its new head from.
    struct DenseLayer
    {
        std::vector<float> weight; ///< classes x dimension, row-major
        std::vector<float> bias;   ///< classes
    };
    DenseLayer denseLayer() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier
