#include "labelerrorqueue.h"

#include "classmappings.h"
#include "duplicategroups.h"
#include "error.h"
#include "evaluationtask.h"
#include "projectstore.h"
#include "runstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Atelier {

namespace {

/// The run's output index of each project class (through the run's class mapping, if any).
QHash<qint64, int> runLabelOfClass(ProjectStore &store, const RunRecord &run)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < run.classNames.size(); ++i)
        indexOf.insert(run.classNames[i], i);
    QHash<qint64, int> result;
    if (run.classMapping.isEmpty()) {
        for (const ClassInfo &info : store.classes())
            if (indexOf.contains(info.name))
                result.insert(info.id, indexOf.value(info.name));
    } else if (const auto mapping = ClassMappings(store).byName(run.classMapping)) {
        for (auto it = mapping->targetOfClass.cbegin(); it != mapping->targetOfClass.cend(); ++it)
            if (indexOf.contains(it.value()))
                result.insert(it.key(), indexOf.value(it.value()));
    }
    return result;
}

} // namespace

LabelErrorReport LabelErrorQueue::build(ProjectStore &store, qint64 runId, bool duplicates)
{
    const auto run = RunStore(store).run(runId);
    if (!run)
        throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
    LabelErrorReport report;
    report.runId = runId;
    report.classNames = run->classNames;

    EvaluationStore evaluations(store);
    PredictionSet stored = evaluations.predictions(runId, EvaluationSource::CrossValidation);
    if (stored.size() > 0) {
        report.sources = {EvaluationSource::CrossValidation};
    } else {
        stored = PredictionSet();
        for (const EvaluationSource source : {EvaluationSource::Validation, EvaluationSource::Test}) {
            const PredictionSet part = evaluations.predictions(runId, source);
            if (part.size() == 0)
                continue;
            report.sources.append(source);
            stored.probabilities.classCount = part.probabilities.classCount;
            stored.imageIds += part.imageIds;
            stored.labels += part.labels;
            stored.probabilities.values.insert(stored.probabilities.values.end(), part.probabilities.values.begin(),
                                               part.probabilities.values.end());
        }
    }
    if (stored.size() == 0)
        throw Error::badInput(QStringLiteral("Run %1 has no stored predictions: evaluate it, or cross-validate it, first").arg(runId));
    if (stored.probabilities.classCount != run->classNames.size())
        throw Error::badInput(QStringLiteral("The stored predictions of run %1 do not match its classes").arg(runId));

    // The labels the images carry now, in the run's classes: a label fixed since drops out.
    QHash<qint64, int> currentLabel;
    bool haveCurrent = true;
    try {
        const TrainingData data = EvaluationTask::runImages(store, runId);
        for (const QList<TrainingSample> *part : {&data.train, &data.validation, &data.test})
            for (const TrainingSample &sample : *part)
                currentLabel.insert(sample.imageId, sample.label);
    } catch (const Error &) {
        haveCurrent = false; // the split version is gone: the labels as predicted
    }
    QList<qint64> ids;
    QList<int> labels;
    ProbabilityRows rows(stored.probabilities.classCount);
    QHash<qint64, int> rowOf;
    for (int i = 0; i < stored.size(); ++i) {
        const qint64 id = stored.imageIds[i];
        const int label = haveCurrent ? currentLabel.value(id, -1) : stored.labels[i];
        if (label < 0)
            continue;
        rowOf.insert(id, int(ids.size()));
        ids.append(id);
        labels.append(label);
        rows.appendRow(stored.probabilities.row(i));
    }
    report.imagesChecked = int(ids.size());
    report.issues = LabelErrorRanker::rank(ids, labels, rows);
    if (!duplicates)
        return report;

    // Duplicate groups whose members carry different labels: one of them is wrong.
    QHash<qint64, qint64> classOf;
    for (const ImageRecord &image : store.images())
        if (!image.excluded && image.classId != 0)
            classOf.insert(image.id, image.classId);
    const QHash<qint64, int> runLabel = runLabelOfClass(store, *run);
    QHash<qint64, int> issueOf;
    for (int i = 0; i < report.issues.size(); ++i)
        issueOf.insert(report.issues[i].imageId, i);
    for (const QList<qint64> &group : DuplicateGroups::forSplitting(store)) {
        QList<qint64> labelled;
        QSet<qint64> classes;
        for (const qint64 id : group)
            if (classOf.contains(id)) {
                labelled.append(id);
                classes.insert(classOf.value(id));
            }
        if (classes.size() < 2)
            continue;
        ++report.conflictingGroups;
        for (const qint64 id : labelled) {
            QList<qint64> others = labelled;
            others.removeOne(id);
            const auto existing = issueOf.constFind(id);
            if (existing != issueOf.cend()) {
                report.issues[existing.value()].conflictingDuplicate = true;
                report.issues[existing.value()].duplicates = others;
                continue;
            }
            LabelIssue issue;
            issue.imageId = id;
            issue.conflictingDuplicate = true;
            issue.duplicates = others;
            issue.givenLabel = runLabel.value(classOf.value(id), -1);
            const auto row = rowOf.constFind(id);
            if (row != rowOf.cend() && issue.givenLabel >= 0) {
                const float *probabilities = rows.row(row.value());
                issue.margin = LabelErrorRanker::margin(probabilities, rows.classCount, issue.givenLabel, &issue.suggestedLabel);
                issue.givenProbability = probabilities[issue.givenLabel];
                issue.suggestedProbability = issue.suggestedLabel >= 0 ? probabilities[issue.suggestedLabel] : 0.0;
            } else {
                // No prediction: suggest the label its duplicates carry.
                for (const qint64 other : std::as_const(others)) {
                    const int label = runLabel.value(classOf.value(other), -1);
                    if (label >= 0 && label != issue.givenLabel) {
                        issue.suggestedLabel = label;
                        break;
                    }
                }
            }
            issueOf.insert(id, int(report.issues.size()));
            report.issues.append(issue);
        }
    }
    std::stable_sort(report.issues.begin(), report.issues.end(), [](const LabelIssue &a, const LabelIssue &b) { return a.margin > b.margin; });
    return report;
}

} // namespace Atelier
