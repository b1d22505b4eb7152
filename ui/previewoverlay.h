#pragma once

#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

namespace Atelier {

class PreviewLoader;
class ProjectDocument;
class ThumbnailGridView;

/// The current image shown large over the grid, opened and closed with Space.
///
/// It never takes the keyboard: the grid keeps it, so the arrows go on moving from image to image
/// (the overlay follows) and the class keys go on labelling. Escape, a click or Space closes it;
/// the wheel moves to the previous or next image.
class PreviewOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewOverlay(ThumbnailGridView *grid);

    void setDocument(ProjectDocument *document);
    bool isOpen() const { return isVisible(); }
    /// The image shown; 0 when closed or when there is none.
    qint64 imageId() const { return isOpen() ? m_imageId : 0; }
    /// Whether the decoded preview has arrived (and not only the thumbnail standing in for it).
    bool hasFullImage() const { return !m_image.isNull(); }

public slots:
    void open();
    void close();
    void toggle();

signals:
    void openChanged(bool open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void followCurrent();
    void showPreview(qint64 imageId, const QImage &image);
    void showFailure(qint64 imageId, const QString &reason);
    void step(int delta);
    QRect imageArea() const;
    void paintCaption(QPainter &painter, const QRect &area);

    ThumbnailGridView *m_grid;
    QPointer<ProjectDocument> m_document;
    PreviewLoader *m_loader;
    qint64 m_imageId = 0;
    QImage m_image;
    QPixmap m_scaled;  ///< m_image at the size it is drawn, made once per size
    QPixmap m_standIn; ///< the thumbnail, while the preview decodes
    QString m_message;
};

} // namespace Atelier
