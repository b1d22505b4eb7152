#include "classlistview.h"

#include "classlistdelegate.h"
#include "classlistmodel.h"
#include "imagedrag.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

namespace Atelier {

ClassListView::ClassListView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("classList"));
    setItemDelegate(new ClassListDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Classes"));
    setMouseTracking(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    // Names are elided; counts stay in sight.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // The view paints its own indicator: a row to drop images on, a line to drop a class at.
    setDropIndicatorShown(false);
}

void ClassListView::setClassModel(ClassListModel *model)
{
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit filterChosen(m_model->filterAt(current.row()));
            });
    // A reset (new classes) drops the current row: keep the filter the user had chosen.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_filterBeforeReset = currentFilter(); });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { selectFilter(m_filterBeforeReset); });
}

GridFilter ClassListView::currentFilter() const
{
    if (!m_model || !currentIndex().isValid())
        return GridFilter::all();
    return m_model->filterAt(currentIndex().row());
}

void ClassListView::selectFilter(const GridFilter &filter)
{
    if (!m_model)
        return;
    int row = m_model->rowOf(filter);
    if (row < 0)
        row = m_model->rowOf(GridFilter::all());
    if (row < 0)
        return;
    setCurrentIndex(m_model->index(row));
}

qint64 ClassListView::currentClassId() const
{
    return m_model && currentIndex().isValid() ? m_model->classIdAt(currentIndex().row()) : 0;
}

void ClassListView::mousePressEvent(QMouseEvent *event)
{
    // The context menu acts on the row under the mouse; choosing it would change the grid.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QListView::mousePressEvent(event);
}

qint64 ClassListView::draggedClass(const QMimeData *data)
{
    if (!data || !data->hasFormat(ClassListModel::classMimeType()))
        return 0;
    qint64 classId = 0;
    QDataStream(data->data(ClassListModel::classMimeType())) >> classId;
    return classId;
}

ClassListView::DropTarget ClassListView::dropTargetAt(const QMimeData *data, const QPoint &position) const
{
    DropTarget target;
    if (!m_model)
        return target;
    const QModelIndex index = indexAt(position);
    if (ImageDrag::carriesImages(data)) {
        if (!index.isValid() || ImageDrag::read(data, m_projectFilePath).isEmpty())
            return target;
        const auto kind = m_model->filterAt(index.row()).kind;
        if (kind != GridFilter::Kind::All)
            target.row = index.row();
        return target;
    }
    if (draggedClass(data) != 0 && m_model->classCount() > 0) {
        // Class rows are 1 .. classCount(): the upper half of a row drops before it.
        int row = index.isValid() ? index.row() : (position.y() < 0 ? 1 : m_model->classCount() + 1);
        if (index.isValid() && position.y() > visualRect(index).center().y())
            ++row;
        target.position = qBound(0, row - 1, m_model->classCount());
    }
    return target;
}

void ClassListView::setDropTarget(const DropTarget &target)
{
    if (target.row == m_dropTarget.row && target.position == m_dropTarget.position)
        return;
    m_dropTarget = target;
    viewport()->update();
}

void ClassListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImageDrag::carriesImages(event->mimeData()) || draggedClass(event->mimeData()) != 0) {
        event->accept();
        dragMoveEvent(event);
        return;
    }
    event->ignore();
}

void ClassListView::dragMoveEvent(QDragMoveEvent *event)
{
    const DropTarget target = dropTargetAt(event->mimeData(), event->position().toPoint());
    setDropTarget(target);
    if (!target.isValid()) {
        event->ignore();
        return;
    }
    event->setDropAction(target.row >= 0 ? Qt::CopyAction : Qt::MoveAction);
    event->accept();
}

void ClassListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget({});
    QListView::dragLeaveEvent(event);
}

void ClassListView::dropEvent(QDropEvent *event)
{
    const DropTarget target = dropTargetAt(event->mimeData(), event->position().toPoint());
    setDropTarget({});
    if (!target.isValid()) {
        event->ignore();
        return;
    }
    if (target.row >= 0) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        emit imagesDropped(ImageDrag::read(event->mimeData(), m_projectFilePath), m_model->classIdAt(target.row));
    } else {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        emit classMoved(draggedClass(event->mimeData()), target.position);
    }
}

void ClassListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!m_dropTarget.isValid() || !m_model)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    if (m_dropTarget.row >= 0) {
        const QRect rect = visualRect(m_model->index(m_dropTarget.row)).adjusted(2, 1, -2, -1);
        painter.setPen(QPen(accent, 2));
        QColor fill = accent;
        fill.setAlphaF(0.15);
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, 4, 4);
        return;
    }
    // A line between classes, where the dragged one will go.
    const int position = m_dropTarget.position;
    const QRect rowRect = position < m_model->classCount() ? visualRect(m_model->index(position + 1))
                                                           : visualRect(m_model->index(m_model->classCount()));
    const int y = position < m_model->classCount() ? rowRect.top() : rowRect.bottom();
    painter.setPen(QPen(accent, 2));
    painter.drawLine(rowRect.left() + 6, y, rowRect.right() - 6, y);
    painter.setBrush(accent);
    painter.drawEllipse(QPointF(rowRect.left() + 6, y), 3, 3);
}

} // namespace Atelier
