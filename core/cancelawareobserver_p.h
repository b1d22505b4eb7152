#pragma once

// Private to the core: progress forwarding shared by the long-running tasks.

#include "progress.h"

#include <atomic>

namespace Atelier {

/// Passes progress on to the caller's observer and adds a task's own cancel flag, so that both
/// the caller (observer) and the task's cancel() stop the work.
class CancelAwareObserver : public ProgressObserver
{
public:
    CancelAwareObserver(ProgressObserver *next, const std::atomic<bool> &canceled)
        : m_next(next)
        , m_canceled(canceled)
    {}
    void phase(const QString &name, qint64 total) override
    {
        if (m_next)
            m_next->phase(name, total);
    }
    void progress(qint64 done, qint64 total) override
    {
        if (m_next)
            m_next->progress(done, total);
    }
    bool isCanceled() const override { return m_canceled.load() || (m_next && m_next->isCanceled()); }

private:
    ProgressObserver *m_next;
    const std::atomic<bool> &m_canceled;
};

} // namespace Atelier
