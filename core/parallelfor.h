#pragma once

// Private to the core: runs independent pieces of work on several threads.

#include <QtGlobal>

#include <functional>

namespace Atelier {

class ProgressObserver;

/// Runs work(i) for every i in [0, count) on `threads` threads, the calling thread among them.
/// Progress goes to the observer from the calling thread only, as `done + offset` of `total`;
/// a cancel request stops the threads between two pieces. Returns false when canceled.
/// `work` must not throw.
bool parallelFor(qint64 count, int threads, const std::function<void(qint64)> &work,
                 ProgressObserver *observer = nullptr, qint64 offset = 0, qint64 total = -1);

/// The number of threads to use: `requested`, or one per core when it is 0.
int threadCount(int requested);

} // namespace Atelier
