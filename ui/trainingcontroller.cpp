#include "trainingcontroller.h"

#include "backgroundtask.h"
#include "duplicategroups.h"
#include "progress.h"
#include "projectstore.h"
#include "splitstore.h"

#include <QMutex>
#include <QMutexLocker>

#include <utility>
#include <variant>
#include <vector>

namespace Atelier {

namespace {
/// A split made before the run, announced so that the views of splits can refresh.
struct SplitMade
{
    qint64 versionId = 0;
};
} // namespace

/// What the training thread has told and the UI thread not yet taken. Only the first event
/// pushed into an empty queue posts a delivery: the rest ride along with it.
class TrainingController::EventQueue
{
public:
    using Event = std::variant<TrainingStart, BatchMetrics, EpochMetrics, QString, SplitMade>;

    explicit EventQueue(TrainingController *receiver)
        : m_receiver(receiver)
    {
    }

    void push(Event event)
    {
        bool wasEmpty = false;
        {
            QMutexLocker lock(&m_mutex);
            wasEmpty = m_events.empty();
            m_events.push_back(std::move(event));
        }
        // Posted to the controller: a delivery still queued when it is deleted is dropped.
        if (wasEmpty)
            QMetaObject::invokeMethod(m_receiver, &TrainingController::deliverEvents, Qt::QueuedConnection);
    }

    std::vector<Event> takeAll()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_events, {});
    }

private:
    TrainingController *m_receiver;
    QMutex m_mutex;
    std::vector<Event> m_events;
};

/// The trainer's observer, on the training thread: queues every event for the UI and drives the
/// task's progress row (one phase per epoch). Cancel comes from the task.
class TrainingController::Forwarder : public TrainingObserver
{
public:
    Forwarder(EventQueue &events, ProgressObserver &progress)
        : m_events(events)
        , m_progress(progress)
    {
    }

    void started(const TrainingStart &start) override
    {
        m_epochs = start.epochs;
        m_events.push(start);
    }

    void batchFinished(const BatchMetrics &metrics) override
    {
        if (metrics.epoch != m_epoch) {
            m_epoch = metrics.epoch;
            m_progress.phase(TrainingController::tr("Epoch %1 of %2").arg(metrics.epoch + 1).arg(m_epochs),
                             metrics.batchCount);
        }
        m_progress.progress(metrics.batch + 1, metrics.batchCount);
        m_events.push(metrics);
    }

    void epochFinished(const EpochMetrics &metrics) override { m_events.push(metrics); }
    void message(const QString &text) override { m_events.push(text); }
    bool isCanceled() const override { return m_progress.isCanceled(); }

private:
    EventQueue &m_events;
    ProgressObserver &m_progress;
    int m_epochs = 0;
    int m_epoch = -1;
};

/// Written by the training thread, read by the UI thread once the thread has finished.
struct TrainingController::Outcome
{
    TrainingResult result;
    qint64 runId = 0;
};

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
    , m_events(std::make_shared<EventQueue>(this))
{
}

TrainingController::~TrainingController()
{
    stopAndWait();
}

bool TrainingController::start(const TrainingRequest &request, bool makeSplitIfMissing)
{
    if (m_task)
        return false;
    m_events->takeAll(); // nothing of an earlier run may reach this one
    m_outcome = std::make_shared<Outcome>();
    m_runId = request.resumeRunId;
    const std::shared_ptr<EventQueue> events = m_events;
    const std::shared_ptr<Outcome> outcome = m_outcome;
    m_task = new BackgroundTask(
        request.resumeRunId > 0 ? tr("Resuming training run %1").arg(request.resumeRunId) : tr("Training"),
        [request, makeSplitIfMissing, events, outcome](ProgressObserver &progress) {
            if (makeSplitIfMissing) {
                progress.phase(tr("Assigning dataset splits"), 0);
                if (const qint64 version = makeStandardSplitIfMissing(request.projectFilePath); version > 0)
                    events->push(SplitMade{version});
            }
            if (progress.isCanceled()) {
                outcome->result.status = RunStatus::Canceled;
                outcome->result.message = tr("Stopped before training began");
                return;
            }
            progress.phase(tr("Preparing the images"), 0);
            TrainingTask task(request);
            Forwarder forwarder(*events, progress);
            outcome->result = task.run(&forwarder);
            outcome->runId = task.runId();
        },
        this);
    connect(m_task, &BackgroundTask::ended, this, &TrainingController::onTaskEnded);
    connect(m_task, &BackgroundTask::cancelRequested, this, &TrainingController::stopRequested);
    emit taskStarted(m_task);
    m_task->start();
    emit runningChanged(true);
    return true;
}

void TrainingController::stop()
{
    if (m_task)
        m_task->cancel();
}

bool TrainingController::isStopping() const
{
    return m_task && m_task->isCancelRequested();
}

void TrainingController::stopAndWait()
{
    if (!m_task)
        return;
    BackgroundTask *task = std::exchange(m_task, nullptr);
    task->disconnect(this);
    delete task; // cancels, then waits for the thread
    m_events->takeAll();
    emit runningChanged(false);
}

qint64 TrainingController::makeStandardSplitIfMissing(const QString &projectFilePath)
{
    // The thread's own connection: a connection belongs to one thread.
    const auto store = ProjectStore::open(projectFilePath);
    SplitStore splits(*store);
    if (splits.currentVersion())
        return 0;
    QList<SplitItem> items;
    for (const ImageRecord &image : store->images())
        if (!image.excluded)
            items.append({image.id, image.classId});
    const SplitParams params; // 70/15/15, duplicate groups kept whole
    const SplitAssigner::Result result =
        SplitAssigner::assign(items, DuplicateGroups::forSplitting(*store), splits.pins(), params);
    return splits.saveVersion(result.splitOf, params, tr("Made for the first training run"));
}

void TrainingController::deliverEvents()
{
    QList<BatchMetrics> batches;
    const auto flushBatches = [&] {
        if (batches.isEmpty())
            return;
        emit batchesFinished(batches);
        batches.clear();
    };
    for (const EventQueue::Event &event : m_events->takeAll()) {
        if (const auto *batch = std::get_if<BatchMetrics>(&event)) {
            batches.append(*batch);
            continue;
        }
        flushBatches();
        if (const auto *start = std::get_if<TrainingStart>(&event)) {
            m_runId = start->runId;
            emit started(*start);
        } else if (const auto *epoch = std::get_if<EpochMetrics>(&event)) {
            emit epochFinished(*epoch);
        } else if (const auto *text = std::get_if<QString>(&event)) {
            emit message(*text);
        } else if (const auto *split = std::get_if<SplitMade>(&event)) {
            emit splitMade(split->versionId);
        }
    }
    flushBatches();
}

void TrainingController::onTaskEnded()
{
    // Everything the run told comes before its end.
    deliverEvents();
    BackgroundTask *task = std::exchange(m_task, nullptr);
    const QString error = task->errorMessage();
    task->deleteLater();
    const Outcome outcome = *m_outcome;
    if (outcome.runId > 0)
        m_runId = outcome.runId;
    emit runningChanged(false);
    if (error.isEmpty())
        emit finished(outcome.result);
    else
        emit failed(error);
}

} // namespace Atelier
