#include "labelerrorranker.h"

#include "error.h"

#include <algorithm>

namespace Atelier {

namespace {

void checkInput(const QList<qint64> &imageIds, const QList<int> &labels, const ProbabilityRows &probabilities)
{
    if (imageIds.size() != labels.size() || probabilities.rowCount() != labels.size())
        throw Error::badInput(QStringLiteral("%1 images, %2 labels and %3 predictions do not match")
                                  .arg(imageIds.size())
                                  .arg(labels.size())
                                  .arg(probabilities.rowCount()));
    for (const int label : labels)
        if (label < 0 || label >= probabilities.classCount)
            throw Error::badInput(QStringLiteral("Label %1 is not one of the %2 classes").arg(label).arg(probabilities.classCount));
}

} // namespace

std::vector<double> LabelErrorRanker::classThresholds(const QList<int> &labels, const ProbabilityRows &probabilities)
{
    const int classes = probabilities.classCount;
    std::vector<double> sum(size_t(classes), 0.0);
    std::vector<int> count(size_t(classes), 0);
    for (int i = 0; i < labels.size(); ++i) {
        const int label = labels[i];
        sum[size_t(label)] += probabilities.row(i)[label];
        ++count[size_t(label)];
    }
    std::vector<double> thresholds(size_t(classes), 1.0);
    for (int c = 0; c < classes; ++c)
        if (count[size_t(c)] > 0)
            thresholds[size_t(c)] = sum[size_t(c)] / count[size_t(c)];
    return thresholds;
}

double LabelErrorRanker::margin(const float *row, int classCount, int givenLabel, int *other)
{
    int best = -1;
    for (int c = 0; c < classCount; ++c)
        if (c != givenLabel && (best < 0 || row[c] > row[best]))
            best = c;
    if (other)
        *other = best;
    return best < 0 ? -1.0 : double(row[best]) - double(row[givenLabel]);
}

QList<LabelIssue> LabelErrorRanker::rank(const QList<qint64> &imageIds, const QList<int> &labels, const ProbabilityRows &probabilities)
{
    checkInput(imageIds, labels, probabilities);
    const int classes = probabilities.classCount;
    const std::vector<double> thresholds = classThresholds(labels, probabilities);
    QList<LabelIssue> issues;
    for (int i = 0; i < labels.size(); ++i) {
        const float *row = probabilities.row(i);
        // The confident class: of the classes at or above their threshold, the most probable.
        int confident = -1;
        for (int c = 0; c < classes; ++c)
            if (row[c] >= thresholds[size_t(c)] && (confident < 0 || row[c] > row[confident]))
                confident = c;
        if (confident < 0 || confident == labels[i])
            continue;
        LabelIssue issue;
        issue.imageId = imageIds[i];
        issue.givenLabel = labels[i];
        issue.suggestedLabel = confident;
        issue.givenProbability = row[labels[i]];
        issue.suggestedProbability = row[confident];
        issue.margin = margin(row, classes, labels[i]);
        issue.disagreesWithPrediction = true;
        issues.append(issue);
    }
    std::stable_sort(issues.begin(), issues.end(), [](const LabelIssue &a, const LabelIssue &b) { return a.margin > b.margin; });
    return issues;
}

} // namespace Atelier
