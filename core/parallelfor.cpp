#include "parallelfor.h"

#include "progress.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

namespace Atelier {

int threadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

bool parallelFor(qint64 count, int threads, const std::function<void(qint64)> &work, ProgressObserver *observer,
                 qint64 offset, qint64 total)
{
    if (count <= 0)
        return !(observer && observer->isCanceled());
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    auto run = [&] {
        while (!stop.load(std::memory_order_relaxed)) {
            const qint64 index = next.fetch_add(1);
            if (index >= count)
                return;
            work(index);
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };

    std::vector<std::thread> workers;
    const int extra = int(std::min<qint64>(threadCount(threads), count)) - 1;
    workers.reserve(size_t(std::max(0, extra)));
    for (int i = 0; i < extra; ++i)
        workers.emplace_back(run);

    // The calling thread works too, and between two pieces reports and listens for a cancel.
    const qint64 reportTotal = total >= 0 ? total : count;
    QElapsedTimer sinceReport;
    sinceReport.start();
    bool canceled = false;
    while (true) {
        if (observer && observer->isCanceled()) {
            canceled = true;
            stop = true;
            break;
        }
        const qint64 index = next.fetch_add(1);
        if (index >= count)
            break;
        work(index);
        done.fetch_add(1, std::memory_order_relaxed);
        if (observer && sinceReport.elapsed() >= 50) {
            observer->progress(offset + done.load(), reportTotal);
            sinceReport.restart();
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    if (observer && !canceled)
        observer->progress(offset + done.load(), reportTotal);
    return !canceled;
}

} // namespace Atelier
