#pragma once

#include <QImage>
#include <QPixmap>
#include <QRect>
#include <QWidget>

namespace Atelier {

/// Shows a scan with its content rectangle: "after" dims the border that the crop leaves out,
/// "before" shows the scan whole with the rectangle's outline. The rectangle's edges are dragged
/// to adjust it; rectEdited() gives the new rectangle once the mouse is released.
class CropEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CropEditor(QWidget *parent = nullptr);

    /// `image` may be a reduced copy of the original of `originalSize`; rectangles are in the
    /// original's pixels.
    void setImage(const QImage &image, const QSize &originalSize, const QRect &rect, bool rejected);
    void setMessage(const QString &message);
    void setShowingBefore(bool before);
    bool isShowingBefore() const { return m_before; }
    QRect contentRect() const { return m_rect; }
    /// Where the rectangle is drawn, in the widget (for dragging its edges).
    QRect displayedRect() const;

signals:
    void rectEdited(const QRect &rect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum Edge { NoEdge = 0, Left = 1, Right = 2, Top = 4, Bottom = 8 };

    QRect imageArea() const;
    int edgesAt(const QPoint &position) const;
    QPoint toOriginal(const QPoint &widgetPoint) const;

    QImage m_image;
    QPixmap m_scaled;
    QSize m_originalSize;
    QRect m_rect;
    bool m_rejected = false;
    bool m_before = false;
    QString m_message;
    int m_dragEdges = NoEdge;
    QRect m_rectBeforeDrag;
};

} // namespace Atelier
