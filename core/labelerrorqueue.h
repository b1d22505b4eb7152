#pragma once

// The label-error queue of a project: images to look at again, the most likely wrong first.
//
//   const LabelErrorReport report = LabelErrorQueue::build(store, runId);
//   for (const LabelIssue &issue : report.issues)
//       ... report.classNames[issue.givenLabel] -> report.classNames[issue.suggestedLabel]
//
// From a run's stored out-of-sample predictions (cross-validation when it was run, covering every
// image, else the validation and test predictions) ranked by LabelErrorRanker against the labels
// the images carry now, so a label fixed since drops out. Duplicate groups whose members carry
// different labels join the queue too.

#include "evaluationstore.h"
#include "labelerrorranker.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Atelier {

class ProjectStore;

struct LabelErrorReport
{
    qint64 runId = 0;
    QStringList classNames;                ///< what LabelIssue's labels index
    QList<EvaluationSource> sources;       ///< the predictions used
    int imagesChecked = 0;                 ///< images with an out-of-sample prediction
    QList<LabelIssue> issues;              ///< ranked
    int conflictingGroups = 0;             ///< duplicate groups with more than one label
};

class LabelErrorQueue
{
public:
    /// Throws Error(BadInput) for an unknown run, or one with no stored predictions (evaluate it,
    /// or cross-validate it, first). `duplicates`: also look for conflicting duplicate groups
    /// (a near-duplicate search over the stored fingerprints).
    static LabelErrorReport build(ProjectStore &store, qint64 runId, bool duplicates = true);
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::LabelErrorReport)
