#pragma once

#include <QString>

#include <atomic>

namespace Atelier {

/// How long-running core work reports progress and learns that it should stop.
/// The CLI draws a text bar from it and the studio a progress bar; the algorithm knows neither.
/// Calls come from the thread that runs the task.
class ProgressObserver
{
public:
    virtual ~ProgressObserver() = default;

    /// A new phase begins ("Scanning", "Importing"); total is 0 when unknown.
    virtual void phase(const QString &name, qint64 total) { Q_UNUSED(name) Q_UNUSED(total) }
    virtual void progress(qint64 done, qint64 total) { Q_UNUSED(done) Q_UNUSED(total) }
    virtual bool isCanceled() const { return false; }
};

/// An observer that only carries a cancel flag, settable from any thread.
class CancelFlag : public ProgressObserver
{
public:
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const override { return m_canceled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_canceled{false};
};

} // namespace Atelier
