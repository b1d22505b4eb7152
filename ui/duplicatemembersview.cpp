#include "duplicatemembersview.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "uicolors.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Atelier {

namespace {
constexpr int CardWidth = 230;
constexpr int Spacing = 12;
constexpr int Padding = 10;
constexpr int PictureHeight = 220;
const QColor KeeperColor(0xe0, 0xa8, 0x20);
const QColor ExcludedColor(0xd0, 0x3b, 0x3b);
} // namespace

DuplicateMembersView::DuplicateMembersView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("duplicateMembers"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Copies in the group"));
    setMinimumHeight(PictureHeight + 150);
}

void DuplicateMembersView::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_classNames.clear();
    m_classColors.clear();
    setGroup({}, 0, false);
}

void DuplicateMembersView::setGroup(const QList<DuplicateMember> &members, qint64 suggestedKeeper, bool labelsDiffer)
{
    const qint64 focused = currentImageId();
    m_members = members;
    m_keeper = suggestedKeeper;
    m_labelsDiffer = labelsDiffer;
    m_current = 0;
    for (int i = 0; i < m_members.size(); ++i)
        if (m_members.at(i).imageId == focused)
            m_current = i;
    // Thumbnails of the previous group are no longer needed; those of this one are few.
    QHash<qint64, QPixmap> kept;
    for (const DuplicateMember &member : std::as_const(m_members))
        if (m_thumbnails.contains(member.imageId))
            kept.insert(member.imageId, m_thumbnails.value(member.imageId));
    m_thumbnails = kept;
    if (m_document) {
        try {
            m_classNames.clear();
            for (const ClassInfo &info : m_document->store().classes()) {
                m_classNames.insert(info.id, info.name);
                m_classColors.insert(info.id, QColor(info.color));
            }
        } catch (const Error &) {
            // Names stay as they were.
        }
    }
    updateGeometry();
    update();
}

void DuplicateMembersView::setCurrentMember(int index)
{
    if (m_members.isEmpty())
        return;
    const int previous = m_current;
    m_current = qBound(0, index, int(m_members.size()) - 1);
    update();
    if (m_current != previous)
        emit currentMemberChanged(currentImageId());
}

qint64 DuplicateMembersView::currentImageId() const
{
    return m_current >= 0 && m_current < m_members.size() ? m_members.at(m_current).imageId : 0;
}

QSize DuplicateMembersView::sizeHint() const
{
    return {int(qMax<qsizetype>(2, m_members.size())) * (CardWidth + Spacing) + Spacing, PictureHeight + 170};
}

QRect DuplicateMembersView::cardRect(int index) const
{
    // Cards share the width when there is room, and keep their size when there is not.
    const int count = qMax(1, int(m_members.size()));
    const int width = qMax(160, qMin(CardWidth + 80, (this->width() - Spacing * (count + 1)) / count));
    return {Spacing + index * (width + Spacing), Spacing, width, height() - 2 * Spacing};
}

int DuplicateMembersView::cardAt(const QPoint &position) const
{
    for (int i = 0; i < m_members.size(); ++i)
        if (cardRect(i).contains(position))
            return i;
    return -1;
}

QPixmap DuplicateMembersView::thumbnail(qint64 imageId)
{
    auto it = m_thumbnails.find(imageId);
    if (it == m_thumbnails.end()) {
        QPixmap pixmap;
        if (m_document) {
            try {
                pixmap.loadFromData(m_document->store().thumbnail(imageId), "JPEG");
            } catch (const Error &) {
                // A placeholder is drawn instead.
            }
        }
        it = m_thumbnails.insert(imageId, pixmap);
    }
    return it.value();
}

void DuplicateMembersView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_members.isEmpty()) {
        painter.setPen(UiColors::mutedText(palette()));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose a group to compare its copies."));
        return;
    }
    for (int i = 0; i < m_members.size(); ++i)
        paintCard(painter, i);
}

void DuplicateMembersView::paintCard(QPainter &painter, int index)
{
    const DuplicateMember &member = m_members.at(index);
    const QRectF card = cardRect(index);
    const bool current = index == m_current;
    const bool keeper = member.imageId == m_keeper;
    const QPalette &palette = this->palette();
    const QLocale locale;

    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    QColor background = UiColors::cardBackground(palette);
    if (current && hasFocus())
        background = UiColors::blend(background, palette.color(QPalette::Highlight), 0.18);
    painter.fillPath(path, background);
    if (current) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter.drawPath(path);
    }

    // Picture, faded and struck through when excluded
    const QRect pictureArea(int(card.left()) + Padding, int(card.top()) + Padding, int(card.width()) - 2 * Padding,
                            PictureHeight);
    const QPixmap pixmap = thumbnail(member.imageId);
    QRect target = pictureArea;
    painter.setOpacity(member.excluded ? 0.35 : 1.0);
    if (pixmap.isNull()) {
        painter.fillRect(pictureArea, UiColors::placeholder(palette));
    } else {
        target = QRect(QPoint(), pixmap.size().scaled(pictureArea.size(), Qt::KeepAspectRatio));
        target.moveCenter(pictureArea.center());
        painter.drawPixmap(target, pixmap);
    }
    painter.setOpacity(1.0);
    if (member.excluded) {
        painter.setPen(QPen(ExcludedColor, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(target.bottomLeft() + QPoint(6, -6), target.topRight() + QPoint(-6, 6));
    }
    if (keeper) {
        // A star on the picture: the copy the studio suggests keeping.
        QFont font = this->font();
        font.setBold(true);
        const QString text = tr("★ Suggested keeper");
        const QFontMetrics metrics(font);
        const QRect badge(target.left() + 4, target.top() + 4, metrics.horizontalAdvance(text) + 14,
                          metrics.height() + 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(KeeperColor);
        painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(badge, Qt::AlignCenter, text);
    }

    // Facts, one per line
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    int y = pictureArea.bottom() + Padding;
    const int textWidth = int(card.width()) - 2 * Padding;
    const auto line = [&](const QString &text, const QFont &lineFont, const QColor &color) {
        painter.setFont(lineFont);
        painter.setPen(color);
        painter.drawText(QRect(int(card.left()) + Padding, y, textWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(lineFont).elidedText(text, Qt::ElideMiddle, textWidth));
        y += metrics.height() + 2;
    };
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = UiColors::mutedText(palette);
    const QFileInfo file(member.path);
    line(file.fileName(), bold, text);
    line(tr("%1 × %2 px").arg(locale.toString(member.width), locale.toString(member.height)), font(), text);
    line(tr("%1 · %2").arg(locale.formattedDataSize(member.byteSize), member.format), font(), text);
    line(file.path() == QLatin1String(".") ? QString() : file.path(), font(), muted);

    // Label, flagged when the copies disagree
    const QString className = m_classNames.value(member.classId);
    const QString labelText = member.classId == 0 ? tr("Unlabelled") : className;
    QFont labelFont = font();
    labelFont.setBold(m_labelsDiffer && member.classId != 0);
    const QColor labelColor = m_labelsDiffer && member.classId != 0 ? ExcludedColor : text;
    const QColor swatch = m_classColors.value(member.classId);
    if (swatch.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(swatch);
        painter.drawRoundedRect(QRectF(card.left() + Padding, y + 3, 10, 10), 2, 2);
    }
    painter.setFont(labelFont);
    painter.setPen(labelColor);
    painter.drawText(QRect(int(card.left()) + Padding + 16, y, textWidth - 16, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, labelText);
    y += metrics.height() + 6;

    // State
    painter.setFont(bold);
    painter.setPen(member.excluded ? ExcludedColor : QColor(0x2e, 0x8b, 0x57));
    painter.drawText(QRect(int(card.left()) + Padding, y, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     member.excluded ? tr("Excluded") : tr("Kept"));
}

void DuplicateMembersView::keyPressEvent(QKeyEvent *event)
{
    const qint64 imageId = currentImageId();
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentMember(m_current - 1);
        break;
    case Qt::Key_Right:
        setCurrentMember(m_current + 1);
        break;
    case Qt::Key_Up:
        emit groupStepRequested(-1);
        break;
    case Qt::Key_Down:
        emit groupStepRequested(1);
        break;
    case Qt::Key_K:
        if (imageId != 0)
            emit keepRequested(imageId);
        break;
    case Qt::Key_X:
    case Qt::Key_Delete:
        if (imageId != 0)
            emit toggleRequested(imageId);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit applySuggestionRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DuplicateMembersView::mousePressEvent(QMouseEvent *event)
{
    const int index = cardAt(event->position().toPoint());
    if (index >= 0)
        setCurrentMember(index);
    setFocus(Qt::MouseFocusReason);
}

void DuplicateMembersView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = cardAt(event->position().toPoint());
    if (index >= 0)
        emit keepRequested(m_members.at(index).imageId);
}

} // namespace Atelier
