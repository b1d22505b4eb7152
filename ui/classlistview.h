#pragma once

#include "gridfilter.h"

#include <QListView>

namespace Atelier {

class ClassListModel;

/// The class list in the left dock; choosing a row filters the grid.
class ClassListView : public QListView
{
    Q_OBJECT

public:
    explicit ClassListView(QWidget *parent = nullptr);

    void setClassModel(ClassListModel *model);
    GridFilter currentFilter() const;
    /// Selects the row of this filter ("All images" when it no longer exists).
    void selectFilter(const GridFilter &filter);

signals:
    void filterChosen(const GridFilter &filter);

private:
    ClassListModel *m_model = nullptr;
    GridFilter m_filterBeforeReset;
};

} // namespace Atelier
