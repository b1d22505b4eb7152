#pragma once

// Out-of-sample predictions for every labelled image of a run, by k-fold cross-validation.
//
//   CrossValidationRequest request{projectFile, runId};
//   request.folds = 5; request.epochs = 3;          // short runs are enough to find bad labels
//   const CrossValidationResult result = CrossValidationTask(request).run(&observer);
//   // stored as EvaluationSource::CrossValidation; LabelErrorQueue reads it
//
// The run's images (train, validation and test of its split, current labels) are dealt into k
// folds, stratified by class and keeping duplicate groups whole; for each fold a short run with
// the run's config trains on the other folds (Trainer, in a temporary folder) and predicts the
// fold. Validation and test predictions cover a fifth of a set; this covers all of it, which is
// what confident learning needs to find label errors among the training images too.

#include "classificationmetrics.h"
#include "evaluationstore.h"
#include "trainingconfig.h"
#include "trainingtypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Atelier {

class ProgressObserver;

struct CrossValidationRequest
{
    QString projectFilePath;
    qint64 runId = 0;
    int folds = 5;
    int epochs = 0; ///< per fold; 0: the run's own
    std::optional<int> threads;
    std::optional<TrainingDevice> device;
};

struct CrossValidationResult
{
    int folds = 0;
    PredictionSet predictions;     ///< out-of-fold, ordered by image id
    ClassificationMetrics metrics; ///< of those predictions
    QStringList problems;          ///< images that could not be read, "path: reason"
    bool canceled = false;         ///< nothing was stored
    double seconds = 0;
};

class CrossValidationTask
{
public:
    explicit CrossValidationTask(const CrossValidationRequest &request);

    /// Runs on the calling thread and stores the predictions and their figures with the run.
    /// Throws Error(BadInput) for an unknown run, fewer than 2 folds, or fewer images than folds.
    CrossValidationResult run(ProgressObserver *observer = nullptr);
    void cancel() { m_canceled.store(true); }

    /// Deals items into `folds` folds: items of one group (groupOf[i] >= 0) stay together, and
    /// each class is spread as evenly as its groups allow. Deterministic for a seed.
    static QList<int> assignFolds(const QList<int> &labels, const QList<int> &groupOf, int folds, quint64 seed);

    /// The project-free core: trains one run per fold with `config` (no best-epoch weights, no
    /// early stopping: the folds have no validation images) and returns each sample's
    /// out-of-fold probabilities, in the samples' order (rows of unreadable images stay 0 and
    /// are listed in *failed). Empty rows when canceled (*canceled set).
    static ProbabilityRows outOfFoldProbabilities(const QList<TrainingSample> &samples, const QStringList &classNames,
                                                  const TrainingConfig &config, const QList<int> &foldOf, int folds,
                                                  ProgressObserver *observer, QList<int> *failed, QStringList *failures,
                                                  bool *canceled);

private:
    CrossValidationRequest m_request;
    std::atomic<bool> m_canceled{false};
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::CrossValidationResult)
