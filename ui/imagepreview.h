#pragma once

#include <QImage>
#include <QPixmap>
#include <QRectF>
#include <QWidget>

class QPainter;

namespace Atelier {

/// Shows one image fitted to the widget, or a short message when there is none.
/// A small stand-in (the thumbnail) can be shown while the full preview decodes.
/// A content rectangle (a scan's part without its museum border) is drawn as a frame, with the
/// border dimmed: what lies outside is what training, prediction and export leave out.
class ImagePreview : public QWidget
{
    Q_OBJECT

public:
    explicit ImagePreview(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    /// Shows `pixmap` enlarged until setImage() brings the real preview.
    void setStandIn(const QPixmap &pixmap);
    void setMessage(const QString &message);
    /// Says why there is no preview, under the stand-in when one is shown.
    void setFailure(const QString &message);
    void clear();
    /// The content rectangle as fractions of the image (0..1); a null rectangle: no frame.
    void setContentFraction(const QRectF &fraction);
    QRectF contentFraction() const { return m_content; }

    bool hasImage() const { return !m_image.isNull(); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect fittedRect(const QSize &imageSize) const;
    void paintContentFrame(QPainter &painter, const QRect &imageRect) const;

    QImage m_image;
    QPixmap m_standIn;
    QPixmap m_scaled; ///< m_image scaled to the current size, made once per resize
    QString m_message;
    QRectF m_content;
};

} // namespace Atelier
