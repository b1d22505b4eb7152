#pragma once

// Which labels are probably wrong, from out-of-sample predictions (confident learning,
// Northcutt et al. 2021).
//
//   const QList<LabelIssue> issues = LabelErrorRanker::rank(imageIds, givenLabels, probabilities);
//   issues.first()   // the label most likely wrong: given "Travel", the model says "Cabaret"
//
// Each class gets a threshold: the mean probability the model gives that class on the images
// labelled with it (its self-confidence). An image is confidently of class j when p_j reaches
// j's threshold; of those classes, the most probable one counts. An image confidently of another
// class than its label is an issue. Issues are ranked by margin: the best other class's
// probability minus the given class's, largest first.
//
// The probabilities must be out-of-sample (validation, test or cross-validation predictions): on
// its training images a network has learnt the wrong labels too.

#include "classificationmetrics.h"

#include <QList>

#include <vector>

namespace Atelier {

/// An image whose label looks wrong, and why.
struct LabelIssue
{
    qint64 imageId = 0;
    int givenLabel = -1;        ///< index into the classes
    int suggestedLabel = -1;    ///< the class it confidently looks like; -1: none (a duplicate conflict only)
    double givenProbability = 0;
    double suggestedProbability = 0;
    /// best other class's probability minus the given class's; the ranking key
    double margin = 0;
    bool disagreesWithPrediction = false;
    /// A duplicate of it carries another label (see LabelErrorQueue).
    bool conflictingDuplicate = false;
    QList<qint64> duplicates;   ///< the other members of its duplicate group, when conflicting
};

class LabelErrorRanker
{
public:
    /// Per class: the mean probability of the class over the images labelled with it; classes
    /// without images get 1 (nothing can be confidently of them).
    static std::vector<double> classThresholds(const QList<int> &labels, const ProbabilityRows &probabilities);

    /// The images that are confidently of another class than their label, best-ranked first.
    /// Throws Error(BadInput) when the lists disagree in size or a label is out of range.
    static QList<LabelIssue> rank(const QList<qint64> &imageIds, const QList<int> &labels, const ProbabilityRows &probabilities);

    /// The margin of one row for its given label (see LabelIssue::margin); best other class in *other.
    static double margin(const float *row, int classCount, int givenLabel, int *other = nullptr);
};

} // namespace Atelier
