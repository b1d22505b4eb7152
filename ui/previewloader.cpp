#include "previewloader.h"

#include "error.h"
#include "imagedecoder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Atelier {

PreviewLoader::PreviewLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PreviewLoader::onDecoded);
}

PreviewLoader::~PreviewLoader()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void PreviewLoader::load(qint64 imageId, const QString &filePath)
{
    const Request request{imageId, filePath};
    if (m_running) {
        m_next = request; // replaces any older waiting request
        return;
    }
    startDecode(request);
}

void PreviewLoader::cancel()
{
    m_next.reset();
    if (m_running)
        m_running->imageId = 0; // its result will be dropped
}

void PreviewLoader::startDecode(const Request &request)
{
    m_running = request;
    const int maxSide = m_maxSide;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path = request.filePath, maxSide]() -> Result {
        Result result;
        try {
            ImageDecoder::Options options;
            options.maxSide = maxSide;
            const RgbImage rgb = ImageDecoder::decodeFile(path, options);
            const QImage view(reinterpret_cast<const uchar *>(rgb.pixels.constData()), rgb.width,
                              rgb.height, qsizetype(rgb.width) * 3, QImage::Format_RGB888);
            // RGB32 paints without a conversion; the conversion also copies out of `rgb`.
            result.image = view.convertToFormat(QImage::Format_RGB32);
        } catch (const Error &error) {
            result.error = error.message();
        } catch (const std::exception &error) {
            result.error = QString::fromLocal8Bit(error.what());
        }
        return result;
    }));
}

void PreviewLoader::onDecoded()
{
    const Result result = m_watcher.result();
    const qint64 imageId = m_running ? m_running->imageId : 0;
    m_running.reset();

    if (m_next) {
        const Request next = *m_next;
        m_next.reset();
        startDecode(next); // the user has moved on: this result is stale
        return;
    }
    if (imageId == 0)
        return;
    if (result.image.isNull())
        emit previewFailed(imageId, result.error);
    else
        emit previewReady(imageId, result.image);
}

} // namespace Atelier
