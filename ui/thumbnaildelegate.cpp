#include "thumbnaildelegate.h"

#include "splitnames.h"
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
constexpr int FlagSize = 20;    // the round marks for excluded, duplicate, cropped
constexpr qreal ExcludedOpacity = 0.35;

const QColor MarkBackground(0, 0, 0, 165);
const QColor ExcludedColor(0xd0, 0x3b, 0x3b);

/// A circle with a bar across: left out.
void paintExcludedGlyph(QPainter *painter, const QRectF &box)
{
    const QRectF ring = box.adjusted(5, 5, -5, -5);
    painter->setPen(QPen(Qt::white, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(ring);
    painter->drawLine(QPointF(ring.left() + 1.5, ring.bottom() - 1.5), QPointF(ring.right() - 1.5, ring.top() + 1.5));
}

/// Two overlapping frames: a copy.
void paintDuplicateGlyph(QPainter *painter, const QRectF &box)
{
    const qreal side = box.width() * 0.42;
    const QRectF back(box.left() + box.width() * 0.22, box.top() + box.height() * 0.22, side, side);
    const QRectF front = back.translated(box.width() * 0.16, box.height() * 0.16);
    painter->setPen(QPen(Qt::white, 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(back);
    painter->setBrush(QColor(0, 0, 0, 200));
    painter->drawRect(front);
}

/// Crop marks at two corners: the content lies inside a border.
void paintCropGlyph(QPainter *painter, const QRectF &box)
{
    const QRectF inner = box.adjusted(6, 6, -6, -6);
    painter->setPen(QPen(Qt::white, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(QPointF(inner.left(), inner.top() - 2), QPointF(inner.left(), inner.bottom()));
    painter->drawLine(QPointF(inner.left(), inner.bottom()), QPointF(inner.right() + 2, inner.bottom()));
    painter->drawLine(QPointF(inner.left() - 2, inner.top()), QPointF(inner.right(), inner.top()));
    painter->drawLine(QPointF(inner.right(), inner.top()), QPointF(inner.right(), inner.bottom() + 2));
}

/// A drawing pin seen from the side.
void paintPinGlyph(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const qreal cx = box.center().x();
    const qreal top = box.top() + box.height() * 0.12;
    const qreal headWidth = box.width() * 0.55;
    painter->drawRoundedRect(QRectF(cx - headWidth / 2, top, headWidth, box.height() * 0.22), 1.5, 1.5);
    painter->drawRect(QRectF(cx - headWidth * 0.3, top, headWidth * 0.6, box.height() * 0.45));
    painter->drawRoundedRect(QRectF(cx - headWidth * 0.7, top + box.height() * 0.42, headWidth * 1.4,
                                    box.height() * 0.14), 1.5, 1.5);
    painter->setPen(QPen(color, 1.3));
    painter->drawLine(QPointF(cx, top + box.height() * 0.56), QPointF(cx, box.bottom() - box.height() * 0.06));
}
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
    const auto flags = ThumbnailGridModel::ImageFlags(index.data(ThumbnailGridModel::FlagsRole).toInt());
    const bool excluded = flags.testFlag(ThumbnailGridModel::Excluded);
    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    QRect badgeAnchor = imageArea; // the badge sits on the picture's corner once there is one
    // Excluded images stay in sight, faded and struck through, so that a mistake is easy to spot.
    painter->setOpacity(excluded ? ExcludedOpacity : 1.0);
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
    painter->setOpacity(1.0);
    if (excluded) {
        painter->setPen(QPen(ExcludedColor, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(badgeAnchor.left() + 6, badgeAnchor.bottom() - 6),
                          QPointF(badgeAnchor.right() - 6, badgeAnchor.top() + 6));
    }

    const QString className = index.data(ThumbnailGridModel::ClassNameRole).toString();
    // The badge leaves room for the marks on the same corner row.
    const int marks = int(flags.testFlag(ThumbnailGridModel::Excluded)) + int(flags.testFlag(ThumbnailGridModel::Duplicate))
                      + int(flags.testFlag(ThumbnailGridModel::Cropped));
    if (!className.isEmpty())
        paintClassBadge(painter, badgeAnchor, badgeAnchor.width() - marks * (FlagSize + 3), className, classColor,
                        option.font);
    paintFlags(painter, badgeAnchor, flags);
    const int pinned = index.data(ThumbnailGridModel::PinnedSplitRole).toInt();
    if (pinned >= 0)
        paintPinBadge(painter, badgeAnchor, SplitNames::shortName(Split(pinned)), option.font);

    // File name
    const QFontMetrics metrics(option.font);
    const QRect textRect(int(card.left()) + CardPadding, imageArea.bottom() + CardPadding,
                         int(card.width()) - 2 * CardPadding, metrics.height());
    const QString name = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                            textRect.width());
    QFont nameFont = option.font;
    nameFont.setStrikeOut(excluded);
    painter->setFont(nameFont);
    painter->setPen(excluded ? UiColors::mutedText(palette) : palette.color(QPalette::Text));
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

void ThumbnailDelegate::paintFlags(QPainter *painter, const QRect &anchor, ThumbnailGridModel::ImageFlags flags) const
{
    // Marks in a row from the picture's top-right corner, the most important outermost.
    QRectF box(anchor.right() - 3 - FlagSize, anchor.top() + 3, FlagSize, FlagSize);
    const auto nextBox = [&box] { box.translate(-(FlagSize + 3), 0); };
    painter->save();
    if (flags.testFlag(ThumbnailGridModel::Excluded)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(ExcludedColor);
        painter->drawEllipse(box);
        paintExcludedGlyph(painter, box);
        nextBox();
    }
    if (flags.testFlag(ThumbnailGridModel::Duplicate)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(MarkBackground);
        painter->drawEllipse(box);
        paintDuplicateGlyph(painter, box);
        nextBox();
    }
    if (flags.testFlag(ThumbnailGridModel::Cropped)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(MarkBackground);
        painter->drawEllipse(box);
        paintCropGlyph(painter, box);
    }
    painter->restore();
}

void ThumbnailDelegate::paintPinBadge(QPainter *painter, const QRect &anchor, const QString &splitName,
                                      const QFont &font) const
{
    QFont badgeFont = font;
    if (font.pointSizeF() > 0)
        badgeFont.setPointSizeF(font.pointSizeF() * 0.8);
    badgeFont.setBold(true);
    const QFontMetrics metrics(badgeFont);
    const int height = metrics.height() + 4;
    const int width = height + metrics.horizontalAdvance(splitName) + 8;
    const QRect badge(anchor.left() + 4, anchor.bottom() - 4 - height, width, height);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(MarkBackground);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    paintPinGlyph(painter, QRectF(badge.left() + 3, badge.top() + 1, height - 2, height - 2), Qt::white);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge.adjusted(height, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, splitName);
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
