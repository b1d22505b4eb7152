#pragma once

#include "gridfilter.h"

#include <QList>
#include <QListView>

namespace Atelier {

class ClassListModel;

/// The class list in the left dock; choosing a row filters the grid. Thumbnails dropped onto a
/// class are labelled with it (onto "Unlabelled": their label is removed), and classes are
/// dragged up and down to reorder them. A right click opens the context menu of the row under
/// the mouse without choosing it, so that the grid's selection stays.
class ClassListView : public QListView
{
    Q_OBJECT

public:
    explicit ClassListView(QWidget *parent = nullptr);

    void setClassModel(ClassListModel *model);
    ClassListModel *classModel() const { return m_model; }
    /// The project whose thumbnails may be dropped here.
    void setProjectFilePath(const QString &filePath) { m_projectFilePath = filePath; }

    GridFilter currentFilter() const;
    /// Selects the row of this filter ("All images" when it no longer exists).
    void selectFilter(const GridFilter &filter);
    /// The class of the current row; 0 for "All images" and "Unlabelled".
    qint64 currentClassId() const;

signals:
    void filterChosen(const GridFilter &filter);
    /// Thumbnails were dropped onto a class (0: onto "Unlabelled").
    void imagesDropped(const QList<qint64> &imageIds, qint64 classId);
    /// A class was dragged before the class at `position` in the order (the count: to the end).
    void classMoved(qint64 classId, int position);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Where a drop would go: onto a row (images), or before a position in the class order.
    struct DropTarget
    {
        int row = -1;      ///< images: the class row or "Unlabelled"
        int position = -1; ///< classes: insert before this class (0 .. class count)
        bool isValid() const { return row >= 0 || position >= 0; }
    };

    DropTarget dropTargetAt(const QMimeData *data, const QPoint &position) const;
    static qint64 draggedClass(const QMimeData *data);
    void setDropTarget(const DropTarget &target);

    ClassListModel *m_model = nullptr;
    GridFilter m_filterBeforeReset;
    QString m_projectFilePath;
    DropTarget m_dropTarget;
};

} // namespace Atelier
