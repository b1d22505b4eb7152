#include "thumbnailloader.h"

#include "error.h"
#include "projectstore.h"

#include <QImage>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

namespace Atelier {

namespace {
// Enough for a few screens of the largest grid; older requests are for images long scrolled past.
constexpr int MaxQueuedRequests = 600;
// About a thousand 256 px thumbnails.
constexpr int DefaultCacheLimitKb = 200 * 1024;
} // namespace

struct ThumbnailLoader::Queue
{
    QMutex mutex;
    QWaitCondition wake;
    std::deque<qint64> ids; ///< served from the back: the newest request first
    bool stopping = false;
};

ThumbnailLoader::ThumbnailLoader(const ProjectStore &store, int workerCount, QObject *parent)
    : QObject(parent)
    , m_queue(std::make_shared<Queue>())
    , m_cache(DefaultCacheLimitKb)
{
    for (int i = 0; i < qMax(1, workerCount); ++i) {
        std::shared_ptr<ProjectStore> connection = store.openConnection();
        QThread *worker = QThread::create(&ThumbnailLoader::work, this, m_queue, connection);
        worker->setObjectName(QStringLiteral("ThumbnailWorker%1").arg(i));
        worker->start(QThread::LowPriority);
        m_workers.append(worker);
    }
}

ThumbnailLoader::~ThumbnailLoader()
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->stopping = true;
        m_queue->ids.clear();
    }
    m_queue->wake.wakeAll();
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

QPixmap ThumbnailLoader::thumbnail(qint64 imageId)
{
    if (const QPixmap *cached = m_cache.object(imageId))
        return *cached;
    if (!m_pending.contains(imageId) && !m_unavailable.contains(imageId)) {
        m_pending.insert(imageId);
        m_requests.append(imageId);
        if (!m_queueScheduled) {
            m_queueScheduled = true;
            QMetaObject::invokeMethod(this, &ThumbnailLoader::queueRequests, Qt::QueuedConnection);
        }
    }
    return QPixmap();
}

ThumbnailLoader::State ThumbnailLoader::state(qint64 imageId) const
{
    if (m_cache.contains(imageId))
        return State::Ready;
    if (m_unavailable.contains(imageId))
        return State::Unavailable;
    return State::Loading;
}

void ThumbnailLoader::queueRequests()
{
    m_queueScheduled = false;
    if (m_requests.isEmpty())
        return;
    {
        QMutexLocker lock(&m_queue->mutex);
        // A view paints top to bottom; queue in reverse so the top row comes out first.
        for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it)
            m_queue->ids.push_back(*it);
        while (m_queue->ids.size() > size_t(MaxQueuedRequests)) {
            m_pending.remove(m_queue->ids.front());
            m_queue->ids.pop_front();
        }
    }
    m_requests.clear();
    m_queue->wake.wakeAll();
}

void ThumbnailLoader::discardPendingExcept(const QSet<qint64> &wanted)
{
    QMutexLocker lock(&m_queue->mutex);
    std::deque<qint64> kept;
    for (qint64 id : m_queue->ids) {
        if (wanted.contains(id))
            kept.push_back(id);
        else
            m_pending.remove(id);
    }
    m_queue->ids.swap(kept);
}

void ThumbnailLoader::invalidate(qint64 imageId)
{
    m_cache.remove(imageId);
    m_unavailable.remove(imageId);
}

void ThumbnailLoader::deliver(qint64 imageId, const QImage &image)
{
    if (!m_pending.remove(imageId))
        return; // discarded or invalidated meanwhile
    if (image.isNull()) {
        m_unavailable.insert(imageId);
    } else {
        const int costKb = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
        m_cache.insert(imageId, new QPixmap(QPixmap::fromImage(image)), costKb);
    }
    emit thumbnailReady(imageId);
}

void ThumbnailLoader::work(ThumbnailLoader *loader, const std::shared_ptr<Queue> &queue,
                           const std::shared_ptr<ProjectStore> &store)
{
    for (;;) {
        qint64 imageId = 0;
        {
            QMutexLocker lock(&queue->mutex);
            while (queue->ids.empty() && !queue->stopping)
                queue->wake.wait(&queue->mutex);
            if (queue->stopping)
                return;
            imageId = queue->ids.back();
            queue->ids.pop_back();
        }

        QImage image;
        try {
            const QByteArray jpeg = store->thumbnail(imageId);
            if (!jpeg.isEmpty())
                image.loadFromData(jpeg, "JPEG");
        } catch (const Error &) {
            // Shown as "no preview"; the image itself is still listed and usable.
        }
        // The loader outlives its workers (it joins them), so the queued call always finds it.
        QMetaObject::invokeMethod(
            loader, [loader, imageId, image] { loader->deliver(imageId, image); }, Qt::QueuedConnection);
    }
}

} // namespace Atelier
