#pragma once

#include "trainingtask.h"
#include "trainingtypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Atelier {

class BackgroundTask;

/// Runs one training run at a time on its own thread and reports it on the UI thread, in the
/// order the trainer told it: started, batches, epochs, messages, then finished() or failed().
///
/// The run is a BackgroundTask, so it shows in the task area, whose Cancel is the same as stop().
/// The trainer may finish batches faster than the UI can take them: they are queued on the
/// training thread and handed over together, so the UI thread sees one call per event-loop pass
/// however fast training goes.
class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    /// Stops the run and waits for its thread.
    ~TrainingController() override;

    /// Starts a new run (request.resumeRunId == 0) or resumes one. When `makeSplitIfMissing`
    /// and the project has no split yet, the standard split (70/15/15, duplicate groups kept
    /// whole) is made first, as the Dataset Splits dialog would. False while a run goes on.
    bool start(const TrainingRequest &request, bool makeSplitIfMissing = false);
    /// Asks the run to stop after the current batch; it keeps a checkpoint and can be resumed.
    void stop();
    /// Stops and waits for the training thread, without reporting the end (the project closes).
    void stopAndWait();

    bool isRunning() const { return m_task != nullptr; }
    bool isStopping() const;
    /// The run going on (0 until the trainer has created or found it), or the last one.
    qint64 runId() const { return m_runId; }

    /// The standard split of a project that has none, on the calling thread. Returns the new
    /// version's id, or 0 when the project already had a split.
    static qint64 makeStandardSplitIfMissing(const QString &projectFilePath);

signals:
    /// The run's task, for the task area.
    void taskStarted(BackgroundTask *task);
    void started(const Atelier::TrainingStart &start);
    /// Batches finished since the last call, oldest first.
    void batchesFinished(const QList<Atelier::BatchMetrics> &batches);
    void epochFinished(const Atelier::EpochMetrics &epoch);
    /// Something the trainer tells the user (caching, a fallback, a checkpoint on stop).
    void message(const QString &text);
    /// A split was made for the run (see start()).
    void splitMade(qint64 versionId);
    /// The run ended: completed, stopped, stopped early, diverged or out of time.
    void finished(const Atelier::TrainingResult &result);
    /// The run could not start or broke down; `message` says why, for the user.
    void failed(const QString &message);
    void runningChanged(bool running);
    /// Stop was asked for, here or through the task's Cancel; finished() follows after the batch.
    void stopRequested();

private:
    class EventQueue;
    class Forwarder;
    struct Outcome;

    void deliverEvents();
    void onTaskEnded();

    std::shared_ptr<EventQueue> m_events;
    BackgroundTask *m_task = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    qint64 m_runId = 0;
};

} // namespace Atelier
