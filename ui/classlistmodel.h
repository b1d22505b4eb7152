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
/// each with its image count. Class names can be edited in place, and classes dragged to another
/// place; the model asks for these edits with signals, so that they go through the undo stack.
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

    /// What a dragged class carries: its id.
    static QString classMimeType();

    void setDocument(ProjectDocument *document);

    GridFilter filterAt(int row) const;
    int rowOf(const GridFilter &filter) const;
    /// The class shown in this row, or 0 for "All images" and "Unlabelled".
    qint64 classIdAt(int row) const;
    /// The active classes, in display order.
    QList<qint64> classIds() const;
    /// The rows of the classes: from 1 to classCount().
    int classCount() const { return qMax(0, int(m_entries.size()) - 2); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

public slots:
    /// Reads classes and counts again; only counts changed: rows keep their place (and selection).
    void refresh();

signals:
    /// The user typed a new name for the class in place.
    void renameRequested(qint64 classId, const QString &name);

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
