#include "imagepreview.h"

#include "uicolors.h"

#include <QPainter>
#include <QPainterPath>

namespace Atelier {

namespace {
constexpr int Margin = 8;
}

ImagePreview::ImagePreview(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Preview"));
}

QSize ImagePreview::sizeHint() const
{
    return {320, 300};
}

void ImagePreview::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    m_standIn = QPixmap();
    m_message.clear();
    update();
}

void ImagePreview::setStandIn(const QPixmap &pixmap)
{
    m_image = QImage();
    m_scaled = QPixmap();
    m_standIn = pixmap;
    m_message.clear();
    update();
}

void ImagePreview::setMessage(const QString &message)
{
    m_image = QImage();
    m_scaled = QPixmap();
    m_standIn = QPixmap();
    m_message = message;
    update();
}

void ImagePreview::setFailure(const QString &message)
{
    m_image = QImage();
    m_scaled = QPixmap();
    m_message = message;
    update();
}

void ImagePreview::clear()
{
    setMessage(QString());
}

void ImagePreview::setContentFraction(const QRectF &fraction)
{
    const QRectF whole(0, 0, 1, 1);
    // A rectangle covering the whole image frames nothing.
    const QRectF clipped = fraction.intersected(whole);
    m_content = clipped.isEmpty() || clipped == whole ? QRectF() : clipped;
    update();
}

void ImagePreview::paintContentFrame(QPainter &painter, const QRect &imageRect) const
{
    if (m_content.isNull())
        return;
    const QRectF frame(imageRect.x() + m_content.x() * imageRect.width(),
                       imageRect.y() + m_content.y() * imageRect.height(),
                       m_content.width() * imageRect.width(), m_content.height() * imageRect.height());
    painter.save();
    QPainterPath outside;
    outside.addRect(QRectF(imageRect));
    QPainterPath inside;
    inside.addRect(frame);
    painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 120));
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
    painter.restore();
}

QRect ImagePreview::fittedRect(const QSize &imageSize) const
{
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin);
    QSize fitted = imageSize.scaled(area.size(), Qt::KeepAspectRatio);
    // Small images are not blown up beyond their own size (stand-ins are, on purpose).
    if (!m_image.isNull() && imageSize.width() <= area.width() && imageSize.height() <= area.height())
        fitted = imageSize;
    QRect target(QPoint(), fitted);
    target.moveCenter(area.center());
    return target;
}

void ImagePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_scaled = QPixmap();
}

void ImagePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), UiColors::cardBackground(palette()));

    if (!m_image.isNull()) {
        const QRect target = fittedRect(m_image.size());
        if (m_scaled.isNull() || m_scaled.deviceIndependentSize().toSize() != target.size()) {
            const qreal ratio = devicePixelRatioF();
            m_scaled = QPixmap::fromImage(m_image.scaled(target.size() * ratio, Qt::IgnoreAspectRatio,
                                                         Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(ratio);
        }
        painter.drawPixmap(target.topLeft(), m_scaled);
        paintContentFrame(painter, target);
        return;
    }
    if (!m_standIn.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRect target = fittedRect(m_standIn.size());
        painter.drawPixmap(target, m_standIn);
        paintContentFrame(painter, target);
        if (m_message.isEmpty())
            return;
        // The thumbnail stays, with the reason for the missing preview across its foot.
        const QFontMetrics metrics(font());
        const QRect band(0, height() - metrics.height() * 2 - Margin, width(), metrics.height() * 2 + Margin);
        QColor shade = palette().color(QPalette::Window);
        shade.setAlphaF(0.88);
        painter.fillRect(band, shade);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(band.adjusted(Margin, 0, -Margin, 0), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    if (!m_message.isEmpty()) {
        painter.setPen(UiColors::mutedText(palette()));
        painter.drawText(rect().adjusted(Margin * 2, 0, -Margin * 2, 0),
                         Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

} // namespace Atelier
