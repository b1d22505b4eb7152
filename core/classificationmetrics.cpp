#include "classificationmetrics.h"

#include "error.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Atelier {

namespace {

constexpr double NotMeasured = std::numeric_limits<double>::quiet_NaN();
constexpr double ProbabilityFloor = 1e-12;

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double numberFrom(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : NotMeasured;
}

} // namespace

ProbabilityRows ProbabilityRows::select(const QList<int> &indices) const
{
    ProbabilityRows selected(classCount);
    selected.values.reserve(size_t(indices.size()) * size_t(classCount));
    for (const int index : indices)
        selected.appendRow(row(index));
    return selected;
}

QList<int> rankedClasses(const float *row, int classCount, int count)
{
    std::vector<int> order(size_t(std::max(0, classCount)));
    std::iota(order.begin(), order.end(), 0);
    const int kept = std::clamp(count, 0, classCount);
    std::partial_sort(order.begin(), order.begin() + kept, order.end(),
                      [row](int a, int b) { return row[a] > row[b] || (row[a] == row[b] && a < b); });
    return QList<int>(order.begin(), order.begin() + kept);
}

ClassificationMetrics ClassificationMetrics::compute(const QList<int> &labels, const ProbabilityRows &probabilities,
                                                     const QStringList &classNames)
{
    const int classes = int(classNames.size());
    if (classes < 1 || probabilities.classCount != classes)
        throw Error::badInput(QStringLiteral("The predictions have %1 classes, the classifier %2").arg(probabilities.classCount).arg(classes));
    if (probabilities.rowCount() != labels.size())
        throw Error::badInput(QStringLiteral("%1 labels for %2 predictions").arg(labels.size()).arg(probabilities.rowCount()));

    ClassificationMetrics metrics;
    metrics.classNames = classNames;
    metrics.imageCount = int(labels.size());
    metrics.confusion.assign(size_t(classes) * size_t(classes), 0);
    double top3Hits = 0;
    double lossSum = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const int label = labels[i];
        if (label < 0 || label >= classes)
            throw Error::badInput(QStringLiteral("Label %1 is not one of the %2 classes").arg(label).arg(classes));
        const float *row = probabilities.row(i);
        const QList<int> ranked = rankedClasses(row, classes, 3);
        ++metrics.confusion[size_t(label) * size_t(classes) + size_t(ranked.first())];
        top3Hits += ranked.contains(label) ? 1 : 0;
        lossSum -= std::log(std::max(double(row[label]), ProbabilityFloor));
    }
    const double images = std::max(1, metrics.imageCount);
    metrics.top3Accuracy = top3Hits / images;
    metrics.logLoss = metrics.imageCount > 0 ? lossSum / images : NotMeasured;
    metrics.deriveFromConfusion();
    return metrics;
}

void ClassificationMetrics::deriveFromConfusion()
{
    const int classes = classCount();
    perClass.clear();
    int correct = 0;
    int total = 0;
    double recallSum = 0;
    double f1Sum = 0;
    int present = 0;
    for (int c = 0; c < classes; ++c) {
        ClassMetrics figures;
        for (int other = 0; other < classes; ++other) {
            figures.support += count(c, other);
            figures.predicted += count(other, c);
        }
        const int hits = count(c, c);
        correct += hits;
        total += figures.support;
        figures.precision = figures.predicted > 0 ? double(hits) / figures.predicted : 0.0;
        if (figures.support > 0) {
            figures.recall = double(hits) / figures.support;
            const double sum = figures.precision + figures.recall;
            figures.f1 = sum > 0 ? 2 * figures.precision * figures.recall / sum : 0.0;
            recallSum += figures.recall;
            f1Sum += figures.f1;
            ++present;
        } else {
            figures.recall = NotMeasured;
            figures.f1 = NotMeasured;
        }
        perClass.append(figures);
    }
    imageCount = total;
    accuracy = total > 0 ? double(correct) / total : NotMeasured;
    top1Accuracy = accuracy;
    balancedAccuracy = present > 0 ? recallSum / present : NotMeasured;
    macroF1 = present > 0 ? f1Sum / present : NotMeasured;
    if (total == 0)
        top3Accuracy = NotMeasured;
}

QJsonObject ClassificationMetrics::toJson() const
{
    const int classes = classCount();
    QJsonArray matrix;
    for (int row = 0; row < classes; ++row) {
        QJsonArray counts;
        for (int column = 0; column < classes; ++column)
            counts.append(count(row, column));
        matrix.append(counts);
    }
    QJsonArray figures;
    for (int c = 0; c < perClass.size(); ++c) {
        const ClassMetrics &m = perClass[c];
        figures.append(QJsonObject{{QStringLiteral("class"), classNames.value(c)},
                                   {QStringLiteral("precision"), jsonNumber(m.precision)},
                                   {QStringLiteral("recall"), jsonNumber(m.recall)},
                                   {QStringLiteral("f1"), jsonNumber(m.f1)},
                                   {QStringLiteral("support"), m.support},
                                   {QStringLiteral("predicted"), m.predicted}});
    }
    return {{QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
            {QStringLiteral("images"), imageCount},
            {QStringLiteral("accuracy"), jsonNumber(accuracy)},
            {QStringLiteral("balancedAccuracy"), jsonNumber(balancedAccuracy)},
            {QStringLiteral("macroF1"), jsonNumber(macroF1)},
            {QStringLiteral("top1Accuracy"), jsonNumber(top1Accuracy)},
            {QStringLiteral("top3Accuracy"), jsonNumber(top3Accuracy)},
            {QStringLiteral("logLoss"), jsonNumber(logLoss)},
            {QStringLiteral("confusion"), matrix},
            {QStringLiteral("perClass"), figures}};
}

ClassificationMetrics ClassificationMetrics::fromJson(const QJsonObject &json)
{
    ClassificationMetrics metrics;
    for (const QJsonValue &name : json.value(QStringLiteral("classes")).toArray())
        metrics.classNames.append(name.toString());
    const int classes = metrics.classCount();
    const QJsonArray matrix = json.value(QStringLiteral("confusion")).toArray();
    if (matrix.size() != classes)
        throw Error::badInput(QStringLiteral("Stored metrics are damaged: %1 confusion rows for %2 classes").arg(matrix.size()).arg(classes));
    metrics.confusion.assign(size_t(classes) * size_t(classes), 0);
    for (int row = 0; row < classes; ++row) {
        const QJsonArray counts = matrix[row].toArray();
        if (counts.size() != classes)
            throw Error::badInput(QStringLiteral("Stored metrics are damaged: confusion row %1 has %2 columns").arg(row).arg(counts.size()));
        for (int column = 0; column < classes; ++column)
            metrics.confusion[size_t(row) * size_t(classes) + size_t(column)] = counts[column].toInt();
    }
    metrics.top3Accuracy = numberFrom(json.value(QStringLiteral("top3Accuracy")));
    metrics.logLoss = numberFrom(json.value(QStringLiteral("logLoss")));
    metrics.deriveFromConfusion();
    return metrics;
}

} // namespace Atelier
