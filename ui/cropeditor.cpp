#include "cropeditor.h"

#include "uicolors.h"

#include <QMouseEvent>
#include <QPainter>

namespace Atelier {

namespace {
constexpr int Margin = 16;
constexpr int GrabDistance = 8; // pixels from an edge where the mouse takes it
constexpr int MinimumSide = 16; // of the rectangle, in original pixels
const QColor Accent(0xe0, 0xa8, 0x20);
} // namespace

CropEditor::CropEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cropEditor"));
    setMouseTracking(true);
    setMinimumSize(240, 240);
    setAccessibleName(tr("Crop"));
}

void CropEditor::setImage(const QImage &image, const QSize &originalSize, const QRect &rect, bool rejected)
{
    m_image = image;
    m_scaled = QPixmap();
    m_originalSize = originalSize.isValid() ? originalSize : image.size();
    m_rect = rect;
    m_rejected = rejected;
    m_message.clear();
    m_dragEdges = NoEdge;
    update();
}

void CropEditor::setMessage(const QString &message)
{
    m_image = QImage();
    m_scaled = QPixmap();
    m_message = message;
    update();
}

void CropEditor::setShowingBefore(bool before)
{
    m_before = before;
    update();
}

QRect CropEditor::imageArea() const
{
    if (m_image.isNull() || m_originalSize.isEmpty())
        return {};
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin);
    QRect target(QPoint(), m_originalSize.scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    return target;
}

QRect CropEditor::displayedRect() const
{
    const QRect area = imageArea();
    if (area.isEmpty() || m_rect.isEmpty())
        return {};
    const double scale = double(area.width()) / m_originalSize.width();
    return QRectF(area.left() + m_rect.left() * scale, area.top() + m_rect.top() * scale, m_rect.width() * scale,
                  m_rect.height() * scale)
        .toRect();
}

QPoint CropEditor::toOriginal(const QPoint &widgetPoint) const
{
    const QRect area = imageArea();
    const double scale = double(m_originalSize.width()) / qMax(1, area.width());
    return {qRound((widgetPoint.x() - area.left()) * scale), qRound((widgetPoint.y() - area.top()) * scale)};
}

int CropEditor::edgesAt(const QPoint &position) const
{
    const QRect shown = displayedRect();
    if (shown.isEmpty() || m_rejected)
        return NoEdge;
    int edges = NoEdge;
    const bool withinY = position.y() > shown.top() - GrabDistance && position.y() < shown.bottom() + GrabDistance;
    const bool withinX = position.x() > shown.left() - GrabDistance && position.x() < shown.right() + GrabDistance;
    if (withinY && qAbs(position.x() - shown.left()) <= GrabDistance)
        edges |= Left;
    else if (withinY && qAbs(position.x() - shown.right()) <= GrabDistance)
        edges |= Right;
    if (withinX && qAbs(position.y() - shown.top()) <= GrabDistance)
        edges |= Top;
    else if (withinX && qAbs(position.y() - shown.bottom()) <= GrabDistance)
        edges |= Bottom;
    return edges;
}

void CropEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_scaled = QPixmap();
}

void CropEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), UiColors::cardBackground(palette()));
    if (m_image.isNull()) {
        painter.setPen(UiColors::mutedText(palette()));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRect area = imageArea();
    if (m_scaled.isNull() || m_scaled.deviceIndependentSize().toSize() != area.size()) {
        const qreal ratio = devicePixelRatioF();
        m_scaled = QPixmap::fromImage(m_image.scaled(area.size() * ratio, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(ratio);
    }
    painter.drawPixmap(area.topLeft(), m_scaled);

    const QRect shown = displayedRect();
    if (shown.isEmpty() || m_rejected)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_before) {
        // After: the border the crop leaves out is dimmed.
        QRegion outside(area);
        outside -= QRegion(shown);
        painter.setClipRegion(outside);
        painter.fillRect(area, QColor(0, 0, 0, 170));
        painter.setClipping(false);
        painter.setPen(QPen(Accent, 2));
    } else {
        painter.setPen(QPen(Accent, 1.5, Qt::DashLine));
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(shown).adjusted(0.5, 0.5, -0.5, -0.5));
    if (!m_before) {
        // Handles in the middle of each edge: they can be dragged.
        painter.setBrush(Accent);
        painter.setPen(Qt::NoPen);
        const QPoint centres[] = {{shown.left(), shown.center().y()}, {shown.right(), shown.center().y()},
                                  {shown.center().x(), shown.top()}, {shown.center().x(), shown.bottom()}};
        for (const QPoint &centre : centres)
            painter.drawRoundedRect(QRectF(centre.x() - 5, centre.y() - 5, 10, 10), 2, 2);
    }
}

void CropEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragEdges = edgesAt(event->position().toPoint());
    m_rectBeforeDrag = m_rect;
}

void CropEditor::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_dragEdges == NoEdge) {
        const int edges = edgesAt(position);
        if ((edges & (Left | Right)) && (edges & (Top | Bottom)))
            setCursor((edges == (Left | Top) || edges == (Right | Bottom)) ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor);
        else if (edges & (Left | Right))
            setCursor(Qt::SizeHorCursor);
        else if (edges & (Top | Bottom))
            setCursor(Qt::SizeVerCursor);
        else
            unsetCursor();
        return;
    }
    const QPoint point = toOriginal(position);
    QRect rect = m_rect;
    const int width = m_originalSize.width();
    const int height = m_originalSize.height();
    if (m_dragEdges & Left)
        rect.setLeft(qBound(0, point.x(), rect.right() - MinimumSide));
    if (m_dragEdges & Right)
        rect.setRight(qBound(rect.left() + MinimumSide, point.x(), width - 1));
    if (m_dragEdges & Top)
        rect.setTop(qBound(0, point.y(), rect.bottom() - MinimumSide));
    if (m_dragEdges & Bottom)
        rect.setBottom(qBound(rect.top() + MinimumSide, point.y(), height - 1));
    m_rect = rect;
    update();
}

void CropEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragEdges == NoEdge)
        return;
    m_dragEdges = NoEdge;
    if (m_rect != m_rectBeforeDrag)
        emit rectEdited(m_rect);
}

} // namespace Atelier
