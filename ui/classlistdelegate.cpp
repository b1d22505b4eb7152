#include "classlistdelegate.h"

#include "classlistmodel.h"
#include "uicolors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Atelier {

namespace {
constexpr int HorizontalPadding = 10;
constexpr int SwatchSize = 12;
constexpr int Gap = 8;
} // namespace

QSize ClassListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {HorizontalPadding * 2 + SwatchSize + Gap + metrics.horizontalAdvance(QLatin1Char('M')) * 12,
            metrics.height() + 14};
}

void ClassListDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(HorizontalPadding + SwatchSize + Gap - 4, 2, -HorizontalPadding, -2));
}

void ClassListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor mutedColor = selected ? textColor : UiColors::mutedText(palette);
    const QRect rect = option.rect.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0);
    const auto kind = GridFilter::Kind(index.data(ClassListModel::FilterKindRole).toInt());

    // Swatch: the class colour; a neutral ring for "All images", a dashed one for "Unlabelled".
    QRect swatch(0, 0, SwatchSize, SwatchSize);
    swatch.moveCenter(QPoint(rect.left() + SwatchSize / 2, rect.center().y()));
    const QColor color = index.data(ClassListModel::ColorRole).value<QColor>();
    if (kind == GridFilter::Kind::Class) {
        painter->setPen(QPen(UiColors::hairline(palette), 1));
        painter->setBrush(color);
        painter->drawRoundedRect(swatch, 3, 3);
    } else if (kind == GridFilter::Kind::All) {
        // Four small tiles: the whole grid.
        painter->setPen(Qt::NoPen);
        painter->setBrush(mutedColor);
        const qreal tile = (SwatchSize - 2) / 2.0;
        for (int row = 0; row < 2; ++row)
            for (int column = 0; column < 2; ++column)
                painter->drawRoundedRect(QRectF(swatch.left() + column * (tile + 2),
                                                swatch.top() + row * (tile + 2), tile, tile),
                                         1.5, 1.5);
    } else {
        // A dashed ring: no class yet.
        painter->setPen(QPen(mutedColor, 1.3, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5));
    }

    // Count, right-aligned
    const qint64 count = index.data(ClassListModel::CountRole).toLongLong();
    const QString countText = QLocale().toString(count);
    const QFontMetrics metrics(option.font);
    const int countWidth = metrics.horizontalAdvance(countText);
    painter->setPen(mutedColor);
    painter->drawText(QRect(rect.right() - countWidth, rect.top(), countWidth, rect.height()),
                      Qt::AlignVCenter | Qt::AlignRight, countText);
    int textRight = rect.right() - countWidth - Gap;

    // Labelling key as a small key cap left of the count
    const QString shortcut = index.data(ClassListModel::ShortcutRole).toString();
    if (!shortcut.isEmpty()) {
        QFont keyFont = option.font;
        if (keyFont.pointSizeF() > 0)
            keyFont.setPointSizeF(keyFont.pointSizeF() * 0.85);
        const QFontMetrics keyMetrics(keyFont);
        const int capWidth = qMax(keyMetrics.height() + 2, keyMetrics.horizontalAdvance(shortcut) + 8);
        QRect cap(0, 0, capWidth, keyMetrics.height() + 2);
        cap.moveCenter(QPoint(textRight - capWidth / 2, rect.center().y()));
        painter->setPen(QPen(mutedColor, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(cap).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(keyFont);
        painter->drawText(cap, Qt::AlignCenter, shortcut.toUpper());
        painter->setFont(option.font);
        textRight = cap.left() - Gap;
    }

    // Name
    QFont nameFont = option.font;
    nameFont.setBold(kind == GridFilter::Kind::All);
    painter->setFont(nameFont);
    const QRect nameRect(swatch.right() + Gap, rect.top(), textRight - swatch.right() - Gap, rect.height());
    const QString name = QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                           Qt::ElideRight, nameRect.width());
    painter->setPen(textColor);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, name);
    painter->restore();
}

} // namespace Atelier
