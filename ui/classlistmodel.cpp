#include "classlistmodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <QLocale>

namespace Atelier {

ClassListModel::ClassListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ClassListModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    QVector<Entry> entries;
    m_document = document;
    entries = readEntries(); // may throw, before the model changes
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (m_document) {
        connect(m_document, &ProjectDocument::contentChanged, this, &ClassListModel::refresh);
        connect(m_document, &ProjectDocument::labelsChanged, this, &ClassListModel::refresh);
    }
}

QVector<ClassListModel::Entry> ClassListModel::readEntries() const
{
    QVector<Entry> entries;
    if (!m_document)
        return entries;
    const ProjectStore &store = m_document->store();
    const QHash<qint64, qint64> counts = store.labelCounts();
    qint64 total = 0;
    for (qint64 count : counts)
        total += count;

    entries.append({GridFilter::all(), tr("All images"), QColor(), QString(), total});
    for (const ClassInfo &info : store.classes())
        entries.append({GridFilter::ofClass(info.id), info.name, QColor(info.color), info.shortcut,
                        counts.value(info.id)});
    entries.append({GridFilter::unlabelled(), tr("Unlabelled"), QColor(), QString(), counts.value(0)});
    return entries;
}

void ClassListModel::refresh()
{
    QVector<Entry> entries;
    try {
        entries = readEntries();
    } catch (const Error &error) {
        qWarning("Cannot read the classes: %s", qUtf8Printable(error.message()));
        return; // keep the counts shown; the next change reads again
    }
    bool sameRows = entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).filter == m_entries.at(i).filter;

    if (!sameRows) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    m_entries = std::move(entries);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

GridFilter ClassListModel::filterAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return GridFilter::all();
    return m_entries.at(row).filter;
}

int ClassListModel::rowOf(const GridFilter &filter) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).filter == filter)
            return i;
    return -1;
}

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString count = tr("%Ln image(s)", nullptr, int(qMin<qint64>(entry.count, INT_MAX)));
        if (entry.shortcut.isEmpty())
            return count;
        return tr("%1 — press %2 to label the selected images with this class")
            .arg(count, entry.shortcut);
    }
    case CountRole:
        return entry.count;
    case ColorRole:
        return entry.color;
    case ShortcutRole:
        return entry.shortcut;
    case ClassIdRole:
        return entry.filter.classId;
    case FilterKindRole:
        return int(entry.filter.kind);
    default:
        return {};
    }
}

} // namespace Atelier
