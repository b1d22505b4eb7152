#pragma once

#include "evaluationstore.h"
#include "labelerrorqueue.h"
#include "runstore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Atelier {

class BackgroundTask;
class ProjectDocument;

/// A run of the project with the evaluations stored for it.
struct EvaluatedRun
{
    RunRecord run;
    QList<EvaluationSource> sources; ///< in source order; empty: never evaluated

    bool isEvaluated() const { return !sources.isEmpty(); }
};

/// What the Evaluation and Label errors tabs and the prediction panel share: the project's
/// finished runs, the run they look at, and the long work on runs, each a background task with
/// progress and cancel: evaluating a run, cross-validating it, and building its label-error
/// queue.
class EvaluationController : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationController(QObject *parent = nullptr);
    /// Cancels the work under way and waits for it.
    ~EvaluationController() override;

    /// Cancels the work on the previous project first.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }

    /// Reads the runs again (a run may have finished or been evaluated meanwhile).
    void refreshRuns();
    /// Finished runs, the newest first.
    const QList<EvaluatedRun> &runs() const { return m_runs; }
    const EvaluatedRun *run(qint64 runId) const;
    /// "#3 posters", or "#3" for a run without a name.
    static QString runTitle(const RunRecord &run);
    /// "Validation", "Test", "Cross-validation", for the user.
    static QString sourceTitle(EvaluationSource source);

    qint64 currentRunId() const { return m_currentRunId; }
    void setCurrentRunId(qint64 runId);
    /// The run a dropped image is shown to: the current run when it was evaluated, else the
    /// newest evaluated one; 0 when no run was.
    qint64 predictionRunId() const;

    /// Evaluates a run on its validation and test images in the background. False while
    /// another evaluation or cross-validation runs.
    bool evaluate(qint64 runId);
    /// Gives every image of a run an out-of-sample prediction by k-fold cross-validation;
    /// `epochs` per fold, 0: the run's own.
    bool crossValidate(qint64 runId, int folds, int epochs = 0);
    /// Builds a run's label-error queue (with conflicting duplicate groups) in the background;
    /// labelErrorsFound() follows.
    void findLabelErrors(qint64 runId);

    /// Whether an evaluation or a cross-validation runs.
    bool isBusy() const { return m_task != nullptr; }
    bool isFindingLabelErrors() const { return m_queueTask != nullptr; }
    BackgroundTask *runningTask() const { return m_task; }

signals:
    void runsChanged();
    void currentRunChanged(qint64 runId);
    /// New figures and predictions were stored for a run.
    void evaluationStored(qint64 runId);
    void labelErrorsFound(const Atelier::LabelErrorReport &report);
    /// The queue could not be built; `message` says why (e.g. the run has no predictions).
    void labelErrorsFailed(const QString &message);
    void taskStarted(BackgroundTask *task);
    void busyChanged(bool busy);
    void failed(const QString &title, const QString &message);
    /// A short note for the status bar.
    void message(const QString &text);

private:
    void startTask(BackgroundTask *task, qint64 runId);

    QPointer<ProjectDocument> m_document;
    QList<EvaluatedRun> m_runs;
    qint64 m_currentRunId = 0;
    BackgroundTask *m_task = nullptr;
    BackgroundTask *m_queueTask = nullptr;
    bool m_queueWanted = false; ///< another build was asked for while one ran
    qint64 m_queueRunId = 0;
};

} // namespace Atelier
