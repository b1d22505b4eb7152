#pragma once

#include "imagedecoder.h"
#include "trainingconfig.h"

#include <QList>
#include <QMetaType>
#include <QRect>
#include <QString>
#include <QStringList>

#include <limits>

namespace Atelier {

/// One image a run trains or evaluates on.
struct TrainingSample
{
    qint64 imageId = 0;
    QString filePath; ///< absolute
    QRect crop;       ///< the scan's content rectangle (original pixels); null: the whole image
    int label = 0;    ///< index into TrainingData::classNames
    RgbImage image;   ///< pixels already in memory (used instead of filePath when not null)
};

/// The images of a run, by split, and what their labels mean.
struct TrainingData
{
    QStringList classNames;
    QList<TrainingSample> train;
    QList<TrainingSample> validation;
    QList<TrainingSample> test;
};

/// Not a number: a metric that was not measured (e.g. validation loss without validation images).
constexpr double NoMetric = std::numeric_limits<double>::quiet_NaN();

/// After each training batch.
struct BatchMetrics
{
    int epoch = 0;       ///< 0-based
    int batch = 0;       ///< 0-based, within the epoch
    int batchCount = 0;  ///< batches in this epoch
    qint64 step = 0;     ///< optimizer steps since the run began
    double loss = 0;     ///< this batch's mean loss
    double accuracy = 0; ///< this batch's accuracy, 0..1
    double learningRate = 0;
    double imagesPerSecond = 0; ///< this epoch so far
};

/// After each epoch, validation included.
struct EpochMetrics
{
    int epoch = 0; ///< 0-based
    double trainLoss = NoMetric;
    double trainAccuracy = NoMetric;
    double validationLoss = NoMetric;
    double validationAccuracy = NoMetric;
    double learningRate = 0;    ///< at the epoch's last step
    double imagesPerSecond = 0; ///< training images per second of training (validation excluded)
    double seconds = 0;         ///< the whole epoch, validation included
    /// Of the training time, how long the network waited for images (this session's part of the
    /// epoch): near 0 when decoding keeps up.
    double dataWaitSeconds = 0;
    bool improved = false;      ///< the monitored metric reached a new best
};

/// The value of a metric in an epoch's figures (NoMetric when it was not measured).
double monitoredValue(MonitoredMetric metric, const EpochMetrics &epoch);

/// How a run ended (or that it is still going). Stored as an integer: never renumber.
enum class RunStatus : int {
    Running = 0,      ///< still training, or killed without a chance to say so (resumable)
    Completed = 1,
    Canceled = 2,     ///< stopped by the user; resumable
    StoppedEarly = 3, ///< early stopping: the monitored metric stopped improving
    Diverged = 4,     ///< the loss became NaN or infinite; the last good checkpoint is kept
    TimeLimit = 5,    ///< resumable
    Failed = 6,
};

QString runStatusName(RunStatus status); ///< "running", "completed", "canceled", ...
/// Whether training can go on from the run's last checkpoint.
bool isResumable(RunStatus status);

/// What a run is about to do, told once before the first batch.
struct TrainingStart
{
    qint64 runId = 0;
    int firstEpoch = 0;  ///< > 0 when resuming
    int epochs = 0;
    int batchesPerEpoch = 0;
    int trainImages = 0;
    int validationImages = 0;
    int testImages = 0;
    QStringList classNames;
    QString device;      ///< "cpu" or "cuda:0"
    int threads = 0;     ///< compute threads
    int dataWorkers = 0; ///< decoding threads
    bool mixedPrecision = false;
    /// What best checkpoints and early stopping watch: the config's choice, or the training
    /// figure when there are no validation images.
    MonitoredMetric monitor = MonitoredMetric::ValidationAccuracy;
    bool resumed = false;
    QList<EpochMetrics> history; ///< epochs done before a resume
};

/// How a run ended.
struct TrainingResult
{
    RunStatus status = RunStatus::Completed;
    QString message; ///< why it stopped, for the user
    int epochsCompleted = 0;
    int bestEpoch = -1; ///< 0-based; -1 when no epoch finished
    double bestMetric = NoMetric;
    QString monitor;    ///< the monitored metric's name
    double testLoss = NoMetric;
    double testAccuracy = NoMetric;
    int testImages = 0;
    double seconds = 0;
};

/// Receives a run's progress; implemented by the studio's Train panel and by atelier-cli.
/// Every call comes from the thread that runs the training. isCanceled() is asked before every
/// batch, so a cancel takes effect within one batch.
class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;

    virtual void started(const TrainingStart &start) { Q_UNUSED(start) }
    virtual void batchFinished(const BatchMetrics &metrics) { Q_UNUSED(metrics) }
    virtual void epochFinished(const EpochMetrics &metrics) { Q_UNUSED(metrics) }
    /// Something worth telling the user (caching, a fallback, a checkpoint written on cancel).
    virtual void message(const QString &text) { Q_UNUSED(text) }
    virtual bool isCanceled() const { return false; }
};

} // namespace Atelier

// The studio passes these from the training thread to the UI in queued signals.
Q_DECLARE_METATYPE(Atelier::BatchMetrics)
Q_DECLARE_METATYPE(Atelier::EpochMetrics)
Q_DECLARE_METATYPE(Atelier::TrainingStart)
Q_DECLARE_METATYPE(Atelier::TrainingResult)
