#pragma once

#include <QCache>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>

#include <memory>

namespace Atelier {

class ProjectStore;

/// Loads thumbnails from the project's store on worker threads and keeps the recent ones in memory.
///
/// Each worker has its own store connection (a connection belongs to one thread). Requests made
/// while painting are gathered and queued together once per event-loop pass; the newest request is
/// served first, so what the user looks at now comes before what was scrolled past.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Unavailable };

    /// Opens `workerCount` connections to the store's project, one per worker thread.
    explicit ThumbnailLoader(const ProjectStore &store, int workerCount = 2, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    /// The cached thumbnail, or a null pixmap while it loads (a miss queues a load).
    QPixmap thumbnail(qint64 imageId);
    State state(qint64 imageId) const;

    /// Forgets queued loads of images that are not in `wanted`, e.g. the ones scrolled out of view.
    void discardPendingExcept(const QSet<qint64> &wanted);
    /// Forgets one image's thumbnail, so that the next request reads it again.
    void invalidate(qint64 imageId);

    int pendingCount() const { return int(m_pending.size()); }
    void setCacheLimitKb(int kilobytes) { m_cache.setMaxCost(kilobytes); }

signals:
    void thumbnailReady(qint64 imageId);

private:
    struct Queue;

    void queueRequests();
    void deliver(qint64 imageId, const QImage &image);
    static void work(ThumbnailLoader *loader, const std::shared_ptr<Queue> &queue,
                     const std::shared_ptr<ProjectStore> &store);

    std::shared_ptr<Queue> m_queue;
    QList<QThread *> m_workers;
    QCache<qint64, QPixmap> m_cache;
    QSet<qint64> m_pending;     ///< requested and not delivered yet
    QSet<qint64> m_unavailable; ///< no thumbnail stored, or it could not be decoded
    QList<qint64> m_requests;   ///< gathered during this event-loop pass
    bool m_queueScheduled = false;
};

} // namespace Atelier
