#include "thumbnailgridview.h"

#include "thumbnaildelegate.h"
#include "thumbnailgridmodel.h"
#include "uicolors.h"

#include <QDrag>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <QLocale>

#include <algorithm>
#include <utility>

namespace Atelier {

namespace {
constexpr int ZoomStep = 16;
// Laying out 100,000 cells at once would freeze the window; batches keep it responsive.
constexpr int LayoutBatchSize = 2000;
} // namespace

ThumbnailGridView::ThumbnailGridView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ThumbnailDelegate(this))
{
    setObjectName(QStringLiteral("thumbnailGrid"));
    setViewMode(QListView::IconMode);
    // Icon mode enables free movement; the grid is a fixed sorted list. Thumbnails are dragged
    // out only: onto a class to label them, or to another program as files.
    setMovement(QListView::Static);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDragEnabled(true);
    setDefaultDropAction(Qt::CopyAction);
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::Batched);
    setBatchSize(LayoutBatchSize);
    setUniformItemSizes(true);
    setWrapping(true);
    setSpacing(0);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    // A scroll bar that comes and goes would change the width the cells share, and relayout.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setItemDelegate(m_delegate);
    setAccessibleName(tr("Images"));
    updateGridSize();
}

void ThumbnailGridView::setGridModel(ThumbnailGridModel *model)
{
    m_model = model;
    setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ThumbnailGridView::reportVisibleRows,
            Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ThumbnailGridView::rememberSelection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ThumbnailGridView::restoreSelection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ThumbnailGridView::reportVisibleRows,
            Qt::QueuedConnection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit currentImageChanged(current.data(ThumbnailGridModel::ImageIdRole).toLongLong());
            });
}

int ThumbnailGridView::thumbnailSize() const
{
    return m_delegate->thumbnailSize();
}

void ThumbnailGridView::setThumbnailSize(int pixels)
{
    pixels = qBound(MinThumbnailSize, pixels, MaxThumbnailSize);
    if (pixels == m_delegate->thumbnailSize())
        return;
    const QModelIndex anchor = currentIndex();
    m_delegate->setThumbnailSize(pixels);
    setIconSize(QSize(pixels, pixels));
    updateGridSize();
    if (anchor.isValid())
        scrollTo(anchor, QAbstractItemView::PositionAtCenter);
    emit thumbnailSizeChanged(pixels);
}

void ThumbnailGridView::zoomIn()
{
    setThumbnailSize(thumbnailSize() + ZoomStep);
}

void ThumbnailGridView::zoomOut()
{
    setThumbnailSize(thumbnailSize() - ZoomStep);
}

QList<qint64> ThumbnailGridView::selectedImageIds() const
{
    QList<qint64> ids;
    if (!selectionModel() || !m_model)
        return ids;
    QList<int> rows;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    ids.reserve(rows.size());
    for (const int row : std::as_const(rows))
        ids.append(m_model->imageId(row));
    return ids;
}

QItemSelection ThumbnailGridView::selectionOfRows(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    // Consecutive rows make one range: a large selection stays cheap.
    QItemSelection selection;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        selection.append(QItemSelectionRange(m_model->index(rows.at(i)), m_model->index(rows.at(j))));
        i = j + 1;
    }
    return selection;
}

int ThumbnailGridView::selectedCount() const
{
    if (!selectionModel())
        return 0;
    int count = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        count += range.height();
    return count;
}

void ThumbnailGridView::selectImages(const QList<qint64> &imageIds)
{
    if (!m_model || !selectionModel())
        return;
    QList<int> rows;
    rows.reserve(imageIds.size());
    for (const qint64 id : imageIds) {
        const int row = m_model->rowOfImage(id);
        if (row >= 0)
            rows.append(row);
    }
    const QItemSelection selection = selectionOfRows(rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_model->index(rows.constFirst());
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first, QAbstractItemView::PositionAtCenter);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ThumbnailGridView::rememberSelection()
{
    m_selectionBeforeLayout = selectedImageIds();
}

void ThumbnailGridView::restoreSelection()
{
    // The selection model keeps persistent ranges, but takes a selection of the whole grid for
    // "everything" after the change, newcomers included: select exactly the same images instead.
    const QList<qint64> ids = std::exchange(m_selectionBeforeLayout, {});
    if (!m_model || !selectionModel())
        return;
    QList<int> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        const int row = m_model->rowOfImage(id);
        if (row >= 0)
            rows.append(row);
    }
    const QItemSelection selection = selectionOfRows(rows);
    if (selection != selectionModel()->selection())
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ThumbnailGridView::startDrag(Qt::DropActions supportedActions)
{
    if (!m_model)
        return;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    QMimeData *data = m_model->mimeData(indexes);
    if (!data)
        return;

    // The image under the cursor, and how many go with it: the whole selection is not drawn.
    const QModelIndex shown = currentIndex().isValid() ? currentIndex() : indexes.constFirst();
    QPixmap thumbnail = shown.data(Qt::DecorationRole).value<QPixmap>();
    const int side = 96;
    QPixmap pixmap(side + 16, side + 16);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRect area(0, 16, side, side);
        if (!thumbnail.isNull()) {
            QRect target(QPoint(), thumbnail.size().scaled(area.size(), Qt::KeepAspectRatio));
            target.moveCenter(area.center());
            painter.setOpacity(0.85);
            painter.drawPixmap(target, thumbnail);
            painter.setOpacity(1.0);
        } else {
            painter.fillRect(area, UiColors::placeholder(palette()));
        }
        const QString count = QLocale().toString(indexes.size());
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const int width = qMax(24, painter.fontMetrics().horizontalAdvance(count) + 12);
        const QRect badge(pixmap.width() - width, 0, width, 24);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(badge, 12, 12);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, count);
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(side / 2, side / 2 + 16));
    drag->exec(supportedActions & Qt::CopyAction ? Qt::CopyAction : supportedActions, Qt::CopyAction);
}

qint64 ThumbnailGridView::currentImageId() const
{
    return currentIndex().data(ThumbnailGridModel::ImageIdRole).toLongLong();
}

void ThumbnailGridView::updateGridSize()
{
    // Cells share out the spare width, so the grid fills the view edge to edge.
    QSize cell = m_delegate->cellSize(font());
    // QListView wraps a cell that reaches the viewport's last pixel: keep one pixel free.
    const int available = viewport()->width() - 1;
    const int columns = qMax(1, available / cell.width());
    cell.setWidth(qMax(cell.width(), available / columns));
    if (cell == gridSize())
        return;
    m_delegate->setCellWidth(cell.width());
    setGridSize(cell);
    // One wheel notch scrolls about a third of a row.
    verticalScrollBar()->setSingleStep(qMax(16, cell.height() / 3));
}

void ThumbnailGridView::setEmptyMessage(const QString &message)
{
    if (message == m_emptyMessage)
        return;
    m_emptyMessage = message;
    viewport()->update();
}

void ThumbnailGridView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_emptyMessage.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QFont font = painter.font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.setPen(UiColors::mutedText(palette()));
    painter.drawText(viewport()->rect().adjusted(48, 48, -48, -48), Qt::AlignCenter | Qt::TextWordWrap,
                     m_emptyMessage);
}

void ThumbnailGridView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setThumbnailSize(thumbnailSize() + steps * ZoomStep);
        event->accept();
        return;
    }
    QListView::wheelEvent(event);
}

void ThumbnailGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateGridSize();
    reportVisibleRows();
}

void ThumbnailGridView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    reportVisibleRows();
}

void ThumbnailGridView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QListView::selectionChanged(selected, deselected);
    emit selectedImagesChanged();
}

void ThumbnailGridView::reportVisibleRows()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QRect area = viewport()->rect();
    const QSize cell = gridSize();
    if (cell.isEmpty())
        return;
    // Uniform cells: the first visible row is the top-left cell, and a screenful follows it.
    QModelIndex first = indexAt(QPoint(cell.width() / 2, 1));
    if (!first.isValid())
        first = indexAt(QPoint(cell.width() / 2, cell.height() / 2));
    const int firstRow = first.isValid() ? first.row() : 0;
    const int columns = qMax(1, area.width() / cell.width());
    const int rowsOnScreen = area.height() / cell.height() + 2;
    m_model->setVisibleRows(firstRow - columns, firstRow + columns * (rowsOnScreen + 1));
}

} // namespace Atelier
