#pragma once

// How well a classifier did on labelled images, from its predicted probabilities alone.
//
//   ProbabilityRows rows;                  // one row of class probabilities per image
//   const ClassificationMetrics m = ClassificationMetrics::compute(labels, rows, classNames);
//   m.accuracy, m.balancedAccuracy, m.top3Accuracy, m.perClass[c].f1, m.count(trueClass, predicted)
//
// Pure C++ (no LibTorch): the evaluation of a run, of a folder of photos and of cross-validation
// all end here, and the studio reads the same structure back from the project.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Atelier {

/// Class probabilities of several images: one row of classCount values per image, row-major.
struct ProbabilityRows
{
    int classCount = 0;
    std::vector<float> values;

    explicit ProbabilityRows(int classes = 0)
        : classCount(classes)
    {}

    int rowCount() const { return classCount > 0 ? int(values.size() / size_t(classCount)) : 0; }
    const float *row(int index) const { return values.data() + size_t(index) * size_t(classCount); }
    float *row(int index) { return values.data() + size_t(index) * size_t(classCount); }
    void appendRow(const float *row) { values.insert(values.end(), row, row + classCount); }
    /// The rows at these indices, in that order.
    ProbabilityRows select(const QList<int> &indices) const;
};

/// The classes of a row from most to least probable; ties keep the lower class first, so the
/// first one is the top-1 prediction everywhere.
QList<int> rankedClasses(const float *row, int classCount, int count);

/// One class's figures. Precision is 0 when nothing was predicted as the class; recall and F1
/// are NaN (not measured) for a class without images.
struct ClassMetrics
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int support = 0;   ///< images of the class
    int predicted = 0; ///< images predicted as the class
};

/// Figures of a classifier on a set of labelled images.
struct ClassificationMetrics
{
    QStringList classNames;
    int imageCount = 0;
    /// classCount x classCount counts, row = true class, column = top-1 prediction.
    std::vector<int> confusion;
    QList<ClassMetrics> perClass;
    double accuracy = 0;         ///< = top-1 accuracy
    double balancedAccuracy = 0; ///< mean recall over the classes that have images
    double macroF1 = 0;          ///< mean F1 over the classes that have images
    double top1Accuracy = 0;
    double top3Accuracy = 0;     ///< the true class among the three most probable (1 with <= 3 classes)
    double logLoss = 0;          ///< mean -ln p(true class), p floored at 1e-12

    int classCount() const { return int(classNames.size()); }
    int count(int trueClass, int predictedClass) const { return confusion[size_t(trueClass) * size_t(classCount()) + size_t(predictedClass)]; }

    /// Throws Error(BadInput) when labels and rows disagree in number or a label is out of range.
    static ClassificationMetrics compute(const QList<int> &labels, const ProbabilityRows &probabilities, const QStringList &classNames);
    /// Fills perClass, accuracy, balanced accuracy and macro F1 from the confusion matrix (which
    /// is all they depend on); top-k accuracy and log loss stay as they are.
    void deriveFromConfusion();

    /// {"classes": [...], "images": n, "accuracy": ..., "confusion": [[...]], "perClass": [{...}]}
    QJsonObject toJson() const;
    /// Reads toJson()'s output back (per-class figures are derived again from the matrix).
    static ClassificationMetrics fromJson(const QJsonObject &json);
};

} // namespace Atelier
