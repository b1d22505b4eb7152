#pragma once

#include <QStyledItemDelegate>

namespace Atelier {

/// Paints one grid cell: a card with the thumbnail fitted in a square, the file name below,
/// and the class as a coloured stripe along the card's foot and a named badge over the image.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ThumbnailDelegate(QObject *parent = nullptr);

    void setThumbnailSize(int pixels) { m_thumbnailSize = pixels; }
    int thumbnailSize() const { return m_thumbnailSize; }
    /// The smallest cell for the current thumbnail size and font.
    QSize cellSize(const QFont &font) const;
    /// The width the view gives each cell (at least cellSize()'s); cards fill it.
    void setCellWidth(int pixels) { m_cellWidth = pixels; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintPlaceholder(QPainter *painter, const QRect &area, const QPalette &palette,
                          bool unavailable) const;
    void paintClassBadge(QPainter *painter, const QRect &anchor, int maxWidth, const QString &name,
                         const QColor &color, const QFont &font) const;

    int m_thumbnailSize = 160;
    int m_cellWidth = 0;
};

} // namespace Atelier
