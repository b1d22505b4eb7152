#include "classlistmodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace Atelier {

ClassListModel::ClassListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString ClassListModel::classMimeType()
{
    return QStringLiteral("application/x-atelier-class-id");
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
        connect(m_document, &ProjectDocument::classesChanged, this, &ClassListModel::refresh);
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
        sameRows = entries.at(i).filter.sameClassChoice(m_entries.at(i).filter);

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
        if (m_entries.at(i).filter.sameClassChoice(filter))
            return i;
    return -1;
}

qint64 ClassListModel::classIdAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return 0;
    return m_entries.at(row).filter.kind == GridFilter::Kind::Class ? m_entries.at(row).filter.classId : 0;
}

QList<qint64> ClassListModel::classIds() const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries)
        if (entry.filter.kind == GridFilter::Kind::Class)
            ids.append(entry.filter.classId);
    return ids;
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
    case Qt::EditRole:
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

bool ClassListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const qint64 classId = index.isValid() ? classIdAt(index.row()) : 0;
    if (role != Qt::EditRole || classId == 0)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == m_entries.at(index.row()).name)
        return false;
    // The rename comes back through the document once it is made.
    emit renameRequested(classId, name);
    return true;
}

Qt::ItemFlags ClassListModel::flags(const QModelIndex &index) const
{
    // Images are dropped onto a class or onto "Unlabelled"; classes between classes.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (m_entries.at(index.row()).filter.kind) {
    case GridFilter::Kind::Class:
        result |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        break;
    case GridFilter::Kind::Unlabelled:
        result |= Qt::ItemIsDropEnabled;
        break;
    case GridFilter::Kind::All:
        break;
    }
    return result;
}

QStringList ClassListModel::mimeTypes() const
{
    return {classMimeType()};
}

QMimeData *ClassListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const qint64 classId = index.isValid() ? classIdAt(index.row()) : 0;
        if (classId == 0)
            continue;
        auto *data = new QMimeData;
        QByteArray bytes;
        QDataStream(&bytes, QIODevice::WriteOnly) << classId;
        data->setData(classMimeType(), bytes);
        return data;
    }
    return nullptr;
}

Qt::DropActions ClassListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Atelier
