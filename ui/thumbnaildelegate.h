#pragma once

#include "thumbnailgridmodel.h"

#include <QStyledItemDelegate>

namespace Atelier {

/// Paints one grid cell: a card with the thumbnail fitted in a square, the file name below,
/// and the class as a coloured stripe along the card's foot and a named badge over the image.
/// Marks on the picture's corner say that it is excluded (it is also faded and struck through),
/// in a duplicate group or cropped; a pin at its foot names the split it is pinned to.
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
    void paintFlags(QPainter *painter, const QRect &anchor, ThumbnailGridModel::ImageFlags flags) const;
    void paintPinBadge(QPainter *painter, const QRect &anchor, const QString &splitName,
                       const QFont &font) const;

    int m_thumbnailSize = 160;
    int m_cellWidth = 0;
};

} // namespace Atelier
