#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Atelier {

class ProjectDocument;

/// Class mappings: coarser label sets over the classes (seven poster styles mapped to four
/// countries, say), which training and evaluation can use instead of the classes. A list of
/// mappings on the side; for the chosen one, a table of each class and its target label.
/// Every change is saved at once and can be undone.
class ClassMappingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClassMappingsDialog(ProjectDocument *document, QWidget *parent = nullptr);

    /// Creates an empty mapping and shows it; false when the name is empty or taken.
    bool addMapping(const QString &name);
    void showMapping(const QString &name);
    QString shownMapping() const { return m_shown; }
    /// Sets a class's target label in the mapping shown (empty: leaves the class out).
    void setTarget(qint64 classId, const QString &target);

    QListWidget *mappingList() const { return m_list; }
    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    void fillTable();
    void saveTable();
    void askNewMapping();
    void removeShown();
    void reportFailure(const QString &title, const QString &message);

    QPointer<ProjectDocument> m_document;
    QListWidget *m_list;
    QTableWidget *m_table;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_removeButton;
    QString m_shown;
    bool m_filling = false;
};

} // namespace Atelier
