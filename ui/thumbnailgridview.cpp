#include "thumbnailgridview.h"

#include "thumbnaildelegate.h"
#include "thumbnailgridmodel.h"
#include "uicolors.h"

#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

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
    // Icon mode enables free movement and drag-and-drop; the grid is a fixed sorted list.
    setMovement(QListView::Static);
    setDragDropMode(QAbstractItemView::NoDragDrop);
    setDragEnabled(false);
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
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(ThumbnailGridModel::ImageIdRole).toLongLong());
    return ids;
}

qint64 ThumbnailGridView::currentImageId() const
{
    return currentIndex().data(ThumbnailGridModel::ImageIdRole).toLongLong();
}

void ThumbnailGridView::updateGridSize()
{
    // Cells share out the spare width, so the grid fills the view edge to edge.
    QSize cell = m_delegate->cellSize(font());
    const int available = viewport()->width();
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
