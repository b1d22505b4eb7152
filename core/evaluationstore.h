#pragma once

// What a project remembers of a run's evaluation: figures per source (validation, test,
// cross-validation), each image's predicted probabilities, and the calibration.
//
//   EvaluationStore evaluations(store);
//   evaluations.evaluation(runId, EvaluationSource::Test)->metrics.balancedAccuracy
//   evaluations.predictions(runId, EvaluationSource::Validation)   // ids, labels, probabilities
//   evaluations.calibration(runId)->temperature
//
// Written by EvaluationTask (validation and test, also at the end of every training run) and
// CrossValidationTask (out-of-fold predictions); read by the studio, the CLI and LabelErrorQueue.

#include "calibration.h"
#include "classificationmetrics.h"

#include <QList>
#include <QString>

#include <optional>

namespace Atelier {

class ProjectStore;

/// Where predictions come from. Stored as an integer: never renumber.
enum class EvaluationSource : int {
    Validation = 1,      ///< the run's validation split
    Test = 2,            ///< the run's test split
    CrossValidation = 3, ///< out-of-fold predictions of k short runs over every labelled image
};

QString evaluationSourceName(EvaluationSource source); ///< "validation", "test", "cross-validation"
/// Accepts the names above and "val", "cv".
bool evaluationSourceFromName(const QString &name, EvaluationSource *source);

/// Predictions for labelled images, in one order: imageIds[i], labels[i], probabilities.row(i).
struct PredictionSet
{
    QList<qint64> imageIds;
    QList<int> labels; ///< index into the run's classes, as labelled when predicted
    ProbabilityRows probabilities;

    int size() const { return int(imageIds.size()); }
};

struct StoredEvaluation
{
    EvaluationSource source = EvaluationSource::Validation;
    ClassificationMetrics metrics;
    qint64 createdMs = 0;
};

/// The run_evaluations, run_predictions and run_calibrations tables.
class EvaluationStore
{
public:
    explicit EvaluationStore(ProjectStore &store);

    /// Replaces a run's figures and predictions for one source, in one transaction.
    void save(qint64 runId, EvaluationSource source, const ClassificationMetrics &metrics, const PredictionSet &predictions);
    std::optional<StoredEvaluation> evaluation(qint64 runId, EvaluationSource source) const;
    /// Every stored source of a run, in source order.
    QList<StoredEvaluation> evaluations(qint64 runId) const;
    /// Ordered by image id; empty when the source was not evaluated.
    PredictionSet predictions(qint64 runId, EvaluationSource source) const;

    void saveCalibration(qint64 runId, const Calibration &calibration);
    std::optional<Calibration> calibration(qint64 runId) const;

    /// Forgets a run's figures and predictions for one source.
    void remove(qint64 runId, EvaluationSource source);
    /// Forgets everything stored about a run's evaluation.
    void clear(qint64 runId);

private:
    ProjectStore &m_store;
};

} // namespace Atelier
