#include "backgroundtask.h"

#include "error.h"
#include "progress.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <exception>

namespace Atelier {

namespace {
// Core work may report every file; a few updates a second are all a progress bar can show.
constexpr qint64 ProgressIntervalMs = 50;
} // namespace

/// Lives on the work's thread; forwards to the task through queued calls.
class BackgroundTask::Observer : public ProgressObserver
{
public:
    explicit Observer(BackgroundTask *task)
        : m_task(task)
    {
    }

    void phase(const QString &name, qint64 total) override
    {
        m_sinceReport.start();
        QPointer<BackgroundTask> task = m_task;
        QMetaObject::invokeMethod(
            m_task,
            [task, name, total] {
                if (!task)
                    return;
                task->m_phase = name;
                emit task->phaseChanged(name, total);
                emit task->progressChanged(0, total);
            },
            Qt::QueuedConnection);
    }

    void progress(qint64 done, qint64 total) override
    {
        if (m_sinceReport.isValid() && m_sinceReport.elapsed() < ProgressIntervalMs && done < total)
            return;
        m_sinceReport.start();
        QPointer<BackgroundTask> task = m_task;
        QMetaObject::invokeMethod(
            m_task,
            [task, done, total] {
                if (task)
                    emit task->progressChanged(done, total);
            },
            Qt::QueuedConnection);
    }

    bool isCanceled() const override { return m_canceled.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

private:
    BackgroundTask *m_task;
    QElapsedTimer m_sinceReport;
    std::atomic<bool> m_canceled{false};
};

BackgroundTask::BackgroundTask(const QString &title, Work work, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_work(std::move(work))
    , m_observer(std::make_unique<Observer>(this))
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_observer->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::isCancelRequested() const
{
    return m_observer->isCanceled();
}

void BackgroundTask::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        try {
            m_work(*m_observer);
        } catch (const Error &error) {
            m_error = error.message();
        } catch (const std::exception &error) {
            m_error = QString::fromLocal8Bit(error.what());
        }
    });
    m_thread->setObjectName(m_title);
    connect(m_thread, &QThread::finished, this, &BackgroundTask::onThreadFinished);
    m_thread->start();
}

void BackgroundTask::cancel()
{
    if (!m_running || m_observer->isCanceled())
        return;
    m_observer->cancel();
    emit cancelRequested();
}

void BackgroundTask::onThreadFinished()
{
    m_running = false;
    // QThread::finished is delivered after every queued progress call posted by the work.
    if (m_error.isEmpty())
        emit finished();
    else
        emit failed(m_error);
    emit ended();
}

} // namespace Atelier
