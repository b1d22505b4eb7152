#pragma once

#include "trainingconfig.h"
#include "trainingtypes.h"

#include <QString>

#include <memory>

namespace Atelier {

/// What a Trainer works on.
struct TrainerSetup
{
    TrainingConfig config;
    TrainingData data;
    /// Where checkpoints go (created when missing); empty: no checkpoints, no resuming.
    QString checkpointDir;
    /// Continue from checkpointDir's last checkpoint instead of starting afresh.
    bool resume = false;
    qint64 runId = 0; ///< passed on in TrainingStart
    /// Features runs: the project whose feature cache holds the samples' features (and takes
    /// those still missing); empty: they are computed in memory for this run only.
    QString featureCacheProject;
};

/// Trains a network on samples, with the optimizer, schedule and callbacks of a config.
/// It knows nothing of projects (TrainingTask does): samples in, metrics and checkpoints out.
///
/// Checkpoints (checkpoint.pt: model, optimizer, schedule, epoch, step, RNG state and the epochs'
/// metrics) are written after every epoch, on cancel, on the time limit and every few minutes,
/// each to a temporary file that then replaces the old one, so a crash at any moment leaves a
/// usable checkpoint. best.pt holds the weights of the best epoch.
///
/// Data order, augmentation and dropout are functions of (seed, epoch, position): a resumed run
/// reports the same losses and accuracies as one that was never interrupted.
///
/// Runs on a pretrained backbone: fine_tune runs train the backbone's last blocks and a new head
/// here (the backbone decides input size and normalisation: see adoptBackboneInput); features
/// runs are handed to HeadTrainer.
class Trainer
{
public:
    explicit Trainer(const TrainerSetup &setup);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    /// Runs on the calling thread until the run ends. A cancel (observer->isCanceled()) takes
    /// effect before the next batch and leaves a resumable checkpoint. Throws Error when the run
    /// cannot start (no images, a bad checkpoint, CUDA asked for but absent) or data is unreadable.
    TrainingResult run(TrainingObserver *observer = nullptr);

    static QString checkpointFileName() { return QStringLiteral("checkpoint.pt"); }
    static QString bestFileName() { return QStringLiteral("best.pt"); }
    /// Whether a run in this folder can be resumed.
    static bool hasCheckpoint(const QString &checkpointDir);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier
