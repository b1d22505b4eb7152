#include "evaluationcontroller.h"

#include "backgroundtask.h"
#include "crossvalidation.h"
#include "error.h"
#include "evaluationtask.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <algorithm>
#include <memory>

namespace Atelier {

EvaluationController::EvaluationController(QObject *parent)
    : QObject(parent)
{
}

EvaluationController::~EvaluationController()
{
    // The tasks write to the project: they stop before it closes.
    delete m_task;
    delete m_queueTask;
}

void EvaluationController::setDocument(ProjectDocument *document)
{
    const bool wasBusy = isBusy();
    delete m_task;
    m_task = nullptr;
    delete m_queueTask;
    m_queueTask = nullptr;
    m_queueWanted = false;
    m_document = document;
    m_currentRunId = 0;
    refreshRuns();
    if (wasBusy)
        emit busyChanged(false);
}

namespace {

qint64 newestEvaluatedRun(const QList<EvaluatedRun> &runs)
{
    const auto evaluated = std::find_if(runs.cbegin(), runs.cend(), [](const EvaluatedRun &r) { return r.isEvaluated(); });
    return evaluated != runs.cend() ? evaluated->run.id : 0;
}

} // namespace

void EvaluationController::refreshRuns()
{
    const qint64 newestBefore = newestEvaluatedRun(m_runs);
    m_runs.clear();
    if (m_document) {
        try {
            RunStore runStore(m_document->store());
            EvaluationStore evaluations(m_document->store());
            const QList<RunRecord> runs = runStore.runs();
            for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
                // A run still training has no final weights to look at yet.
                if (it->status == RunStatus::Running)
                    continue;
                EvaluatedRun run;
                run.run = *it;
                for (const StoredEvaluation &stored : evaluations.evaluations(it->id))
                    run.sources.append(stored.source);
                m_runs.append(run);
            }
        } catch (const Error &error) {
            emit failed(tr("Cannot read the runs"), error.message());
        }
    }
    // Stay on an earlier run the curator went back to; else the newest evaluated one (a run
    // that just finished training), else the newest.
    qint64 current = run(m_currentRunId) ? m_currentRunId : 0;
    if (current == 0 || current == newestBefore) {
        current = newestEvaluatedRun(m_runs);
        if (current == 0 && !m_runs.isEmpty())
            current = m_runs.constFirst().run.id;
    }
    emit runsChanged();
    setCurrentRunId(current);
}

const EvaluatedRun *EvaluationController::run(qint64 runId) const
{
    for (const EvaluatedRun &run : m_runs)
        if (run.run.id == runId)
            return &run;
    return nullptr;
}

QString EvaluationController::runTitle(const RunRecord &run)
{
    return run.name.isEmpty() ? tr("#%1").arg(run.id) : tr("#%1 %2").arg(run.id).arg(run.name);
}

QString EvaluationController::sourceTitle(EvaluationSource source)
{
    switch (source) {
    case EvaluationSource::Validation:
        return tr("Validation");
    case EvaluationSource::Test:
        return tr("Test");
    case EvaluationSource::CrossValidation:
        return tr("Cross-validation");
    }
    return QString();
}

void EvaluationController::setCurrentRunId(qint64 runId)
{
    if (runId != 0 && !run(runId))
        return;
    if (m_currentRunId == runId)
        return;
    m_currentRunId = runId;
    emit currentRunChanged(runId);
}

qint64 EvaluationController::predictionRunId() const
{
    if (const EvaluatedRun *current = run(m_currentRunId); current && current->isEvaluated())
        return m_currentRunId;
    for (const EvaluatedRun &run : m_runs)
        if (run.isEvaluated())
            return run.run.id;
    return 0;
}

bool EvaluationController::evaluate(qint64 runId)
{
    if (!m_document || m_task || !run(runId))
        return false;
    EvaluationRequest request;
    request.projectFilePath = m_document->filePath();
    request.runId = runId;
    auto result = std::make_shared<EvaluationResult>();
    auto *task = new BackgroundTask(tr("Evaluating run %1").arg(runTitle(run(runId)->run)),
                                    [request, result](ProgressObserver &observer) {
                                        *result = EvaluationTask(request).run(&observer);
                                    },
                                    this);
    connect(task, &BackgroundTask::finished, this, [this, result, runId] {
        if (result->canceled) {
            emit message(tr("Evaluation canceled; nothing was stored."));
            return;
        }
        QString text = tr("Run evaluated in %1 s.").arg(result->seconds, 0, 'f', 1);
        if (!result->problems.isEmpty())
            text += QLatin1Char(' ') + tr("%Ln image(s) could not be read.", nullptr, int(result->problems.size()));
        emit message(text);
        refreshRuns();
        emit evaluationStored(runId);
    });
    connect(task, &BackgroundTask::failed, this,
            [this](const QString &text) { emit failed(tr("The run could not be evaluated"), text); });
    startTask(task, runId);
    return true;
}

bool EvaluationController::crossValidate(qint64 runId, int folds, int epochs)
{
    if (!m_document || m_task || !run(runId))
        return false;
    CrossValidationRequest request;
    request.projectFilePath = m_document->filePath();
    request.runId = runId;
    request.folds = folds;
    request.epochs = epochs;
    auto result = std::make_shared<CrossValidationResult>();
    auto *task = new BackgroundTask(tr("Cross-validating run %1").arg(runTitle(run(runId)->run)),
                                    [request, result](ProgressObserver &observer) {
                                        *result = CrossValidationTask(request).run(&observer);
                                    },
                                    this);
    connect(task, &BackgroundTask::finished, this, [this, result, runId] {
        if (result->canceled) {
            emit message(tr("Cross-validation canceled; nothing was stored."));
            return;
        }
        emit message(tr("Cross-validation done in %1 s: every image has an out-of-sample prediction.")
                         .arg(result->seconds, 0, 'f', 0));
        refreshRuns();
        emit evaluationStored(runId);
    });
    connect(task, &BackgroundTask::failed, this,
            [this](const QString &text) { emit failed(tr("The run could not be cross-validated"), text); });
    startTask(task, runId);
    return true;
}

void EvaluationController::startTask(BackgroundTask *task, qint64 runId)
{
    Q_UNUSED(runId)
    m_task = task;
    connect(task, &BackgroundTask::ended, this, [this, task] {
        task->deleteLater();
        if (m_task == task) {
            m_task = nullptr;
            emit busyChanged(false);
        }
    });
    emit taskStarted(task);
    emit busyChanged(true);
    task->start();
}

void EvaluationController::findLabelErrors(qint64 runId)
{
    if (!m_document || !run(runId))
        return;
    if (m_queueTask) {
        // The newest request wins once the one under way is done.
        m_queueWanted = true;
        m_queueRunId = runId;
        return;
    }
    const QString projectFile = m_document->filePath();
    auto report = std::make_shared<LabelErrorReport>();
    m_queueTask = new BackgroundTask(tr("Looking for label errors"),
                                     [projectFile, runId, report](ProgressObserver &) {
                                         // The task's own connection: a connection belongs to one thread.
                                         const auto store = ProjectStore::open(projectFile);
                                         *report = LabelErrorQueue::build(*store, runId);
                                     },
                                     this);
    BackgroundTask *task = m_queueTask;
    connect(task, &BackgroundTask::finished, this, [this, report] {
        if (!m_queueWanted)
            emit labelErrorsFound(*report);
    });
    connect(task, &BackgroundTask::failed, this, [this](const QString &text) {
        if (!m_queueWanted)
            emit labelErrorsFailed(text);
    });
    connect(task, &BackgroundTask::ended, this, [this, task] {
        task->deleteLater();
        if (m_queueTask != task)
            return;
        m_queueTask = nullptr;
        if (m_queueWanted) {
            m_queueWanted = false;
            findLabelErrors(m_queueRunId);
        }
    });
    emit taskStarted(task);
    task->start();
}

} // namespace Atelier
