#include "imagepreview.h"

#include "uicolors.h"

#include <QPainter>

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
        return;
    }
    if (!m_standIn.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(fittedRect(m_standIn.size()), m_standIn);
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
