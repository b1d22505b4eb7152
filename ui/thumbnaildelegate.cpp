#include "thumbnaildelegate.h"

#include "thumbnailgridmodel.h"
#include "thumbnailloader.h"
#include "uicolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Atelier {

namespace {
constexpr int CardMargin = 4;   // between neighbouring cards
constexpr int CardPadding = 8;  // inside the card, around image and text
constexpr int StripeHeight = 4;
constexpr qreal CornerRadius = 6;
} // namespace

ThumbnailDelegate::ThumbnailDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize ThumbnailDelegate::cellSize(const QFont &font) const
{
    const QFontMetrics metrics(font);
    const int width = m_thumbnailSize + 2 * (CardPadding + CardMargin);
    const int height = m_thumbnailSize + metrics.height() + 3 * CardPadding + StripeHeight
                       + 2 * CardMargin;
    return {width, height};
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QSize natural = cellSize(option.font);
    return {qMax(natural.width(), m_cellWidth), natural.height()};
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;
    // The view may hand out cells wider than needed (it spreads them over its width): the card
    // takes the whole cell and the image stays centred in it.
    const QRectF card = QRectF(option.rect).adjusted(CardMargin, CardMargin, -CardMargin, -CardMargin);

    // Card
    QPainterPath cardPath;
    cardPath.addRoundedRect(card, CornerRadius, CornerRadius);
    QColor cardColor = UiColors::cardBackground(palette);
    if (selected)
        cardColor = UiColors::blend(cardColor, palette.color(QPalette::Highlight), 0.28);
    else if (hovered)
        cardColor = UiColors::blend(cardColor, palette.color(QPalette::Text), 0.05);
    painter->fillPath(cardPath, cardColor);

    // Class stripe along the foot of the card, clipped to its rounded corners
    const QColor classColor = index.data(ThumbnailGridModel::ClassColorRole).value<QColor>();
    if (classColor.isValid()) {
        painter->save();
        painter->setClipPath(cardPath);
        painter->fillRect(QRectF(card.left(), card.bottom() - StripeHeight, card.width(), StripeHeight),
                          classColor);
        painter->restore();
    }

    // Thumbnail, fitted in a square
    const QRect imageArea(int(card.center().x()) - m_thumbnailSize / 2, int(card.top()) + CardPadding,
                          m_thumbnailSize, m_thumbnailSize);
    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    QRect badgeAnchor = imageArea; // the badge sits on the picture's corner once there is one
    if (pixmap.isNull()) {
        const auto state = ThumbnailLoader::State(index.data(ThumbnailGridModel::ThumbnailStateRole).toInt());
        paintPlaceholder(painter, imageArea, palette, state == ThumbnailLoader::State::Unavailable);
    } else {
        const QSize fitted = pixmap.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), fitted);
        target.moveCenter(imageArea.center());
        painter->drawPixmap(target, pixmap);
        badgeAnchor = target;
        painter->setPen(QPen(UiColors::hairline(palette), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(target).adjusted(0.5, 0.5, -0.5, -0.5));
    }

    const QString className = index.data(ThumbnailGridModel::ClassNameRole).toString();
    if (!className.isEmpty())
        paintClassBadge(painter, badgeAnchor, int(card.width()) - 2 * CardPadding, className, classColor,
                        option.font);

    // File name
    const QFontMetrics metrics(option.font);
    const QRect textRect(int(card.left()) + CardPadding, imageArea.bottom() + CardPadding,
                         int(card.width()) - 2 * CardPadding, metrics.height());
    const QString name = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                            textRect.width());
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, name);

    // Selection and keyboard focus outlines
    if (selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), CornerRadius, CornerRadius);
    } else if (focused) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), CornerRadius, CornerRadius);
    }

    painter->restore();
}

void ThumbnailDelegate::paintPlaceholder(QPainter *painter, const QRect &area, const QPalette &palette,
                                         bool unavailable) const
{
    const QRect box = area.adjusted(area.width() / 10, area.height() / 6, -area.width() / 10,
                                    -area.height() / 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(UiColors::placeholder(palette));
    painter->drawRoundedRect(box, 4, 4);
    if (!unavailable)
        return;

    // A crossed frame: the file is listed but has no preview.
    painter->setPen(QPen(UiColors::mutedText(palette), 1.5));
    const QRect mark = QRect(0, 0, box.width() / 4, box.width() / 4);
    QRect centred = mark;
    centred.moveCenter(box.center());
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(centred);
    painter->drawLine(centred.topLeft(), centred.bottomRight());
    painter->drawLine(centred.topRight(), centred.bottomLeft());
}

void ThumbnailDelegate::paintClassBadge(QPainter *painter, const QRect &anchor, int maxWidth,
                                        const QString &name, const QColor &color, const QFont &font) const
{
    QFont badgeFont = font;
    if (font.pointSizeF() > 0)
        badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
    else
        badgeFont.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
    badgeFont.setBold(true);
    const QFontMetrics metrics(badgeFont);
    maxWidth -= 8;
    const QString text = metrics.elidedText(name, Qt::ElideRight, maxWidth - 12);
    const QRect badge(anchor.left() + 4, anchor.top() + 4,
                      qMin(maxWidth, metrics.horizontalAdvance(text) + 12), metrics.height() + 4);

    painter->setPen(Qt::NoPen);
    painter->setBrush(color.isValid() ? color : QColor(Qt::gray));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setFont(badgeFont);
    painter->setPen(UiColors::textOn(color));
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace Atelier
