#pragma once

#include "gridfilter.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace Atelier {

class ProjectDocument;

/// The filters of the class list: "All images", each class in display order, then "Unlabelled",
/// each with its image count.
class ClassListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole + 1, ///< qint64
        ColorRole,                    ///< QColor; invalid for "All images" and "Unlabelled"
        ShortcutRole,                 ///< QString, the class's labelling key
        ClassIdRole,                  ///< qint64; 0 for the two pseudo-entries
        FilterKindRole,               ///< int(GridFilter::Kind)
    };

    explicit ClassListModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);

    GridFilter filterAt(int row) const;
    int rowOf(const GridFilter &filter) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    /// Reads classes and counts again; only counts changed: rows keep their place (and selection).
    void refresh();

private:
    struct Entry
    {
        GridFilter filter;
        QString name;
        QColor color;
        QString shortcut;
        qint64 count = 0;
    };

    QVector<Entry> readEntries() const;

    QPointer<ProjectDocument> m_document;
    QVector<Entry> m_entries;
};

} // namespace Atelier
