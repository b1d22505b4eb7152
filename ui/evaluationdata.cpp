#include "evaluationdata.h"

#include "error.h"
#include "evaluationtask.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Atelier {

namespace {

/// Each image of the run's split that has a label in the run's classes now, with that label;
/// nothing when the run's images cannot be collected any more (its split version is gone).
std::optional<QHash<qint64, int>> labelsNow(ProjectStore &store, qint64 runId, EvaluationSource source)
{
    TrainingData now;
    try {
        now = EvaluationTask::runImages(store, runId);
    } catch (const Error &) {
        return std::nullopt;
    }
    QHash<qint64, int> labels;
    const auto add = [&labels](const QList<TrainingSample> &samples) {
        for (const TrainingSample &sample : samples)
            labels.insert(sample.imageId, sample.label);
    };
    if (source == EvaluationSource::Validation) {
        add(now.validation);
    } else if (source == EvaluationSource::Test) {
        add(now.test);
    } else {
        add(now.train);
        add(now.validation);
        add(now.test);
    }
    return labels;
}

} // namespace

EvaluationData EvaluationData::load(ProjectStore &store, qint64 runId, EvaluationSource source)
{
    EvaluationStore evaluations(store);
    const auto stored = evaluations.evaluation(runId, source);
    if (!stored)
        throw Error::badInput(QStringLiteral("Run %1 has no %2 evaluation").arg(runId).arg(evaluationSourceName(source)));
    EvaluationData data;
    data.m_runId = runId;
    data.m_source = source;
    data.m_metrics = stored->metrics;
    data.m_createdMs = stored->createdMs;

    PredictionSet predictions = evaluations.predictions(runId, source);
    const int classCount = data.m_metrics.classCount();
    if (predictions.size() > 0 && predictions.probabilities.classCount != classCount)
        throw Error::badInput(QStringLiteral("The stored predictions of run %1 do not match its classes").arg(runId));
    // Labels as they are now; the stored ones where the run's images cannot be collected.
    const std::optional<QHash<qint64, int>> now = labelsNow(store, runId, source);
    QList<int> labels;
    QList<int> kept;
    for (int i = 0; i < predictions.size(); ++i) {
        int label = predictions.labels[i];
        if (now) {
            const auto it = now->constFind(predictions.imageIds[i]);
            if (it == now->cend()) {
                ++data.m_dropped;
                continue;
            }
            data.m_relabelled += it.value() != label ? 1 : 0;
            label = it.value();
        }
        if (label < 0 || label >= classCount)
            continue;
        labels.append(label);
        kept.append(i);
    }
    // Stored figures are of the network's own probabilities: recounted from those too.
    if (data.m_relabelled > 0 || data.m_dropped > 0)
        data.m_metrics = ClassificationMetrics::compute(labels, predictions.probabilities.select(kept), data.m_metrics.classNames);

    if (source != EvaluationSource::CrossValidation) {
        if (const auto calibration = evaluations.calibration(runId))
            predictions.probabilities = TemperatureScaling::applied(predictions.probabilities, calibration->temperature);
    }
    data.m_images.reserve(kept.size());
    for (qsizetype k = 0; k < kept.size(); ++k) {
        const int i = kept[k];
        const float *row = predictions.probabilities.row(i);
        const int label = labels[k];
        PredictedImage image;
        image.imageId = predictions.imageIds[i];
        image.trueClass = label;
        // The same top-1 as the stored matrix: ties keep the lower class.
        image.predictedClass = rankedClasses(row, classCount, 1).value(0, 0);
        image.confidence = row[image.predictedClass];
        image.trueProbability = row[label];
        data.m_images.append(image);
    }
    return data;
}

QList<PredictedImage> EvaluationData::imagesOfCell(int trueClass, int predictedClass) const
{
    QList<PredictedImage> result;
    for (const PredictedImage &image : m_images)
        if (image.trueClass == trueClass && image.predictedClass == predictedClass)
            result.append(image);
    std::stable_sort(result.begin(), result.end(), [](const PredictedImage &a, const PredictedImage &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.imageId < b.imageId;
    });
    return result;
}

QList<ConfusedPair> EvaluationData::mostConfusedPairs(int limit) const
{
    const int classes = m_metrics.classCount();
    QList<ConfusedPair> pairs;
    if (m_metrics.confusion.size() != size_t(classes) * size_t(classes))
        return pairs;
    const std::vector<double> shares = rowShares(m_metrics);
    for (int t = 0; t < classes; ++t)
        for (int p = 0; p < classes; ++p) {
            const int count = m_metrics.count(t, p);
            if (t == p || count == 0)
                continue;
            pairs.append({t, p, count, shares[size_t(t) * size_t(classes) + size_t(p)]});
        }
    std::stable_sort(pairs.begin(), pairs.end(), [](const ConfusedPair &a, const ConfusedPair &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.share > b.share;
    });
    if (limit >= 0 && pairs.size() > limit)
        pairs.resize(limit);
    return pairs;
}

std::vector<double> EvaluationData::rowShares(const ClassificationMetrics &metrics)
{
    const int classes = metrics.classCount();
    std::vector<double> shares(size_t(classes) * size_t(classes), 0.0);
    if (metrics.confusion.size() != shares.size())
        return shares;
    for (int t = 0; t < classes; ++t) {
        long long total = 0;
        for (int p = 0; p < classes; ++p)
            total += metrics.count(t, p);
        if (total == 0)
            continue;
        for (int p = 0; p < classes; ++p)
            shares[size_t(t) * size_t(classes) + size_t(p)] = double(metrics.count(t, p)) / double(total);
    }
    return shares;
}

std::vector<double> EvaluationData::shareDifference(const ClassificationMetrics &current, const ClassificationMetrics &other)
{
    const int classes = current.classCount();
    const int otherClasses = other.classCount();
    const std::vector<double> mine = rowShares(current);
    const std::vector<double> theirs = rowShares(other);
    QHash<QString, int> otherIndex;
    for (int i = 0; i < otherClasses; ++i)
        otherIndex.insert(other.classNames[i], i);
    std::vector<bool> otherRowHasImages(size_t(otherClasses), false);
    if (other.confusion.size() == size_t(otherClasses) * size_t(otherClasses))
        for (int t = 0; t < otherClasses; ++t)
            for (int p = 0; p < otherClasses; ++p)
                if (other.count(t, p) > 0)
                    otherRowHasImages[size_t(t)] = true;

    constexpr double NotComparable = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> difference(size_t(classes) * size_t(classes), NotComparable);
    for (int t = 0; t < classes; ++t) {
        const int ot = otherIndex.value(current.classNames[t], -1);
        if (ot < 0 || !otherRowHasImages[size_t(ot)])
            continue;
        for (int p = 0; p < classes; ++p) {
            const int op = otherIndex.value(current.classNames[p], -1);
            if (op < 0)
                continue;
            difference[size_t(t) * size_t(classes) + size_t(p)] =
                mine[size_t(t) * size_t(classes) + size_t(p)] - theirs[size_t(ot) * size_t(otherClasses) + size_t(op)];
        }
    }
    return difference;
}

} // namespace Atelier
