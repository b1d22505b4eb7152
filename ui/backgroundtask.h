#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Atelier {

class ProgressObserver;

/// Runs one piece of core work (an import, an export) on its own thread and reports back on the
/// UI thread: phase and progress through queued signals, then finished() or failed().
/// Cancel sets the observer's flag; the work stops at its next check and keeps what it wrote.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    /// The work runs on the task's thread. It may throw Error; the message goes to failed().
    using Work = std::function<void(ProgressObserver &observer)>;

    BackgroundTask(const QString &title, Work work, QObject *parent = nullptr);
    /// Cancels the work and waits for it: nothing may outlive the data it writes to.
    ~BackgroundTask() override;

    QString title() const { return m_title; }
    QString phase() const { return m_phase; }
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const;
    /// Why the work failed; empty while it runs and when it succeeded.
    QString errorMessage() const { return m_running ? QString() : m_error; }

    void start();

public slots:
    void cancel();

signals:
    void phaseChanged(const QString &phase, qint64 total);
    void progressChanged(qint64 done, qint64 total);
    void cancelRequested();
    /// The work returned (also after a cancel).
    void finished();
    /// The work threw; `message` is meant for the user.
    void failed(const QString &message);
    /// Emitted once after finished() or failed().
    void ended();

private:
    class Observer;

    void onThreadFinished();

    QString m_title;
    QString m_phase;
    Work m_work;
    std::unique_ptr<Observer> m_observer;
    QThread *m_thread = nullptr;
    QString m_error;
    bool m_running = false;
};

} // namespace Atelier
