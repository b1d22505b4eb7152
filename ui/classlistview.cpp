#include "classlistview.h"

#include "classlistdelegate.h"
#include "classlistmodel.h"

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

} // namespace Atelier
