#pragma once

#include "classificationmetrics.h"
#include "evaluationstore.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Atelier {

class ProjectStore;

/// One image of an evaluation: its class when it was predicted, the network's top-1 answer and
/// how sure the network was of it.
struct PredictedImage
{
    qint64 imageId = 0;
    int trueClass = -1;      ///< index into the run's classes
    int predictedClass = -1; ///< top-1, index into the run's classes
    double confidence = 0;   ///< probability of the predicted class
    double trueProbability = 0;
};

/// A mistake the network makes often: images of one class taken for another.
struct ConfusedPair
{
    int trueClass = -1;
    int predictedClass = -1;
    int count = 0;
    double share = 0; ///< of the true class's images
};

/// A run's stored evaluation for one source, as the Evaluation tab shows it: the figures, and
/// each image's prediction, so that a cell of the confusion matrix can list its images.
///
/// Probabilities are calibrated with the run's temperature for validation and test (the same
/// numbers a drop on the window shows); cross-validation's folds are other networks, whose
/// probabilities stay as they came.
class EvaluationData
{
public:
    /// Reads what the project stores. Throws Error(BadInput) when the run was not evaluated on
    /// this source.
    ///
    /// The figures are counted with the images' labels of now: an image relabelled since the
    /// evaluation counts under its new class, and one that lost its label or was excluded drops
    /// out. The network's answers are the stored ones; only Evaluate asks it again.
    static EvaluationData load(ProjectStore &store, qint64 runId, EvaluationSource source);

    qint64 runId() const { return m_runId; }
    EvaluationSource source() const { return m_source; }
    const ClassificationMetrics &metrics() const { return m_metrics; }
    QStringList classNames() const { return m_metrics.classNames; }
    int imageCount() const { return int(m_images.size()); }
    const QList<PredictedImage> &images() const { return m_images; }
    qint64 createdMs() const { return m_createdMs; }
    /// Images whose label changed since the evaluation, and images left out since (no label, excluded).
    int relabelledCount() const { return m_relabelled; }
    int droppedCount() const { return m_dropped; }

    /// The images labelled `trueClass` and predicted `predictedClass`, the most confident
    /// first (ties: by image id), so the surest mistakes come first.
    QList<PredictedImage> imagesOfCell(int trueClass, int predictedClass) const;
    /// Off-diagonal cells with images, the most images first (ties: the larger share first).
    QList<ConfusedPair> mostConfusedPairs(int limit) const;

    /// Each cell divided by its row's total (0 for an empty row), row-major.
    static std::vector<double> rowShares(const ClassificationMetrics &metrics);
    /// `current`'s row shares minus `other`'s, in `current`'s class order; classes are matched
    /// by name, and a cell whose classes `other` lacks (or whose row it has no images of) is NaN.
    static std::vector<double> shareDifference(const ClassificationMetrics &current, const ClassificationMetrics &other);

private:
    qint64 m_runId = 0;
    EvaluationSource m_source = EvaluationSource::Validation;
    ClassificationMetrics m_metrics;
    QList<PredictedImage> m_images;
    qint64 m_createdMs = 0;
    int m_relabelled = 0;
    int m_dropped = 0;
};

} // namespace Atelier
