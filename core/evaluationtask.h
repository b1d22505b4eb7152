#pragma once

// Evaluation of a training run on its validation and test images, stored with the run.
//
//   EvaluationRequest request{projectFile, runId};
//   const EvaluationResult result = EvaluationTask(request).run(&observer);
//   result.evaluation(EvaluationSource::Test)->metrics.balancedAccuracy
//
// One pass of the run's network over its split's images (current labels and content
// rectangles) gives per-image probabilities and figures for validation and test, which go to
// EvaluationStore; the temperature and unsure threshold are fitted on the validation images; and
// every image of the split is embedded for the nearest-neighbour search (embeddings.bin in the
// run's folder). TrainingTask runs this when a run completes.
//
// evaluateFolder() does the same for any folder of labelled images (a class per subfolder, e.g.
// phone photos of the same works); nothing is stored.

#include "classificationmetrics.h"
#include "evaluationstore.h"
#include "predictor.h"
#include "trainingtypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Atelier {

class ProgressObserver;
class ProjectStore;

struct EvaluationRequest
{
    QString projectFilePath;
    qint64 runId = 0;
    /// Embed every image of the run's split (training images too: one more forward pass over
    /// them), so that the studio can show an image's nearest neighbours.
    bool embeddings = true;
    /// Of the predictions above the unsure threshold, at least this share was right on the
    /// validation images.
    double targetAccuracy = 0.95;
    PredictorOptions predictor;
};

struct SourceEvaluation
{
    EvaluationSource source = EvaluationSource::Validation;
    ClassificationMetrics metrics;
};

struct EvaluationResult
{
    QList<SourceEvaluation> evaluations; ///< validation and test, each when it has images
    Calibration calibration;
    int embeddedImages = 0;
    QStringList problems; ///< images that could not be read, "path: reason"
    bool canceled = false; ///< nothing was stored
    double seconds = 0;

    const SourceEvaluation *evaluation(EvaluationSource source) const;
};

/// A folder of labelled images, evaluated.
struct FolderEvaluation
{
    ClassificationMetrics metrics;
    QStringList paths;             ///< the images evaluated, in the order of the predictions
    QList<int> labels;
    ProbabilityRows probabilities; ///< calibrated with the predictor's calibration
    /// Subfolders whose name is none of the model's classes, and images outside subfolders:
    /// left out.
    QStringList skipped;
    QStringList problems; ///< unreadable images, "path: reason"
    bool canceled = false;
};

class EvaluationTask
{
public:
    explicit EvaluationTask(const EvaluationRequest &request);

    /// Runs on the calling thread with its own database connection. Throws Error(BadInput) for
    /// an unknown run, one without weights or without its split version.
    EvaluationResult run(ProgressObserver *observer = nullptr);
    void cancel() { m_canceled.store(true); }

    /// The images of a run's split version as the project labels them now: the run's classes
    /// (images of other classes left out), current labels and content rectangles.
    static TrainingData runImages(ProjectStore &store, qint64 runId);

    /// Evaluates `folder/<class name>/...` (names compared ignoring case). Throws
    /// Error(BadInput) when no subfolder names a class.
    static FolderEvaluation evaluateFolder(Predictor &predictor, const QString &folder, ProgressObserver *observer = nullptr);

private:
    EvaluationRequest m_request;
    std::atomic<bool> m_canceled{false};
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::EvaluationResult)
