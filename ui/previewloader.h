#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace Atelier {

/// Decodes the large preview of one image off the UI thread, with the same decoder as the import
/// (EXIF orientation, CMYK, 16-bit). Only the latest request matters: when the user moves on
/// quickly, decodes of images no longer shown are skipped.
class PreviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit PreviewLoader(QObject *parent = nullptr);
    ~PreviewLoader() override;

    /// The longest side of the decoded preview.
    void setMaxSide(int pixels) { m_maxSide = pixels; }
    void load(qint64 imageId, const QString &filePath);
    /// Forgets the pending request; a decode under way finishes unseen.
    void cancel();

signals:
    void previewReady(qint64 imageId, const QImage &image);
    void previewFailed(qint64 imageId, const QString &reason);

private:
    struct Request
    {
        qint64 imageId = 0;
        QString filePath;
    };
    struct Result
    {
        QImage image;
        QString error;
    };

    void startDecode(const Request &request);
    void onDecoded();

    QThreadPool m_pool;
    QFutureWatcher<Result> m_watcher;
    std::optional<Request> m_running;
    std::optional<Request> m_next;
    int m_maxSide = 1600;
};

} // namespace Atelier
