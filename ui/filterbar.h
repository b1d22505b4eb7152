#pragma once

#include "gridfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Atelier {

/// The bar above the grid that narrows what the class list chose: unlabelled, excluded or
/// duplicate images, a split, a part of the file's path; and the grid's order. Orders that need
/// a model (prediction confidence, disagreement with the label) are listed, greyed out, until
/// models exist.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// The class list's choice with the options of the bar.
    GridFilter filter(const GridFilter &classChoice) const;
    GridSort sort() const;
    /// Keeps the Unlabelled button in step with the class list.
    void setClassChoice(const GridFilter &choice);
    /// Puts the keyboard in the search field, its text selected.
    void focusSearch();
    /// Clears every option.
    void clear();

    QLineEdit *searchField() const { return m_search; }

signals:
    void filterChanged();
    void sortChanged();
    /// The Unlabelled button was pressed: the class list should choose "Unlabelled", or
    /// "All images" when released.
    void unlabelledToggled(bool unlabelled);
    /// Escape in the search field: the keyboard goes back to the grid.
    void searchLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *addToggle(const QString &text, const QString &toolTip, const QString &name);

    QToolButton *m_unlabelled;
    QToolButton *m_excluded;
    QToolButton *m_duplicates;
    QComboBox *m_split;
    QLineEdit *m_search;
    QComboBox *m_sort;
    QToolButton *m_sortOrder;
    QTimer m_searchTimer; ///< filters once typing pauses, not at every key
};

} // namespace Atelier
