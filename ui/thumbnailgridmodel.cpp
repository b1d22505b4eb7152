#include "thumbnailgridmodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "thumbnailloader.h"

#include <QPixmap>

#include <algorithm>

namespace Atelier {

namespace {
// Thumbnails arrive one by one; repainting for each would repaint the grid hundreds of times a second.
constexpr int ReadyCoalesceMs = 25;

QString fileNameOf(const QString &path)
{
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? path : path.mid(slash + 1);
}
} // namespace

ThumbnailGridModel::ThumbnailGridModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_readyTimer.setSingleShot(true);
    m_readyTimer.setInterval(ReadyCoalesceMs);
    connect(&m_readyTimer, &QTimer::timeout, this, &ThumbnailGridModel::emitReadyRows);
}

ThumbnailGridModel::~ThumbnailGridModel() = default;

void ThumbnailGridModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);

    // Read first: if the store throws, the model is left as it was.
    QList<ImageRecord> images;
    QList<ClassInfo> classes;
    if (document) {
        images = document->store().images();
        classes = document->store().classes();
    }

    beginResetModel();
    m_loader.reset();
    m_document = document;
    m_records.clear();
    m_rows.clear();
    m_classes.clear();
    m_readyIds.clear();
    m_filter = GridFilter::all();
    if (m_document) {
        m_loader = std::make_unique<ThumbnailLoader>(m_document->store());
        connect(m_loader.get(), &ThumbnailLoader::thumbnailReady, this,
                &ThumbnailGridModel::noteThumbnailReady);
        connect(m_document, &ProjectDocument::labelsChanged, this, &ThumbnailGridModel::applyLabels);
        connect(m_document, &ProjectDocument::contentChanged, this, &ThumbnailGridModel::reload);
        setClasses(classes);
        m_records.reserve(images.size());
        for (const ImageRecord &image : std::as_const(images))
            m_records.append({image.id, image.classId, fileNameOf(image.path)});
        rebuildRows();
    }
    endResetModel();
    emit countsChanged();
}

ProjectDocument *ThumbnailGridModel::document() const
{
    return m_document;
}

void ThumbnailGridModel::setClasses(const QList<ClassInfo> &classes)
{
    m_classes.clear();
    for (const ClassInfo &info : classes)
        m_classes.insert(info.id, {info.name, QColor(info.color)});
}

void ThumbnailGridModel::rebuildRows()
{
    m_rows.clear();
    if (m_filter.kind == GridFilter::Kind::All)
        m_rows.reserve(m_records.size());
    for (int i = 0; i < m_records.size(); ++i)
        if (m_filter.accepts(m_records.at(i).classId))
            m_rows.append(i);
}

void ThumbnailGridModel::setFilter(const GridFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
    emit countsChanged();
}

void ThumbnailGridModel::reload()
{
    if (!m_document)
        return;
    QList<ImageRecord> images;
    try {
        images = m_document->store().images();
        setClasses(m_document->store().classes());
    } catch (const Error &error) {
        // Busy or failing: keep showing what was read last; the next change reads again.
        qWarning("Cannot reload the images: %s", qUtf8Printable(error.message()));
        return;
    }

    // Images are never reordered and ids only grow, so usually the old records are a prefix of the
    // new ones: append those rows instead of resetting, which would lose the selection and scroll.
    bool isPrefix = images.size() >= m_records.size();
    for (int i = 0; isPrefix && i < m_records.size(); ++i)
        isPrefix = images.at(i).id == m_records.at(i).id;

    if (!isPrefix) {
        beginResetModel();
        m_records.clear();
        m_records.reserve(images.size());
        for (const ImageRecord &image : images)
            m_records.append({image.id, image.classId, fileNameOf(image.path)});
        rebuildRows();
        endResetModel();
        emit countsChanged();
        return;
    }

    // Labels of known images may have changed elsewhere (an import that relabels is possible).
    QHash<qint64, QList<qint64>> relabelled;
    for (int i = 0; i < m_records.size(); ++i)
        if (images.at(i).classId != m_records.at(i).classId)
            relabelled[images.at(i).classId].append(images.at(i).id);
    for (auto it = relabelled.cbegin(); it != relabelled.cend(); ++it)
        applyLabels(it.value(), it.key());

    QVector<int> newRows;
    for (int i = int(m_records.size()); i < images.size(); ++i) {
        const ImageRecord &image = images.at(i);
        m_records.append({image.id, image.classId, fileNameOf(image.path)});
        if (m_filter.accepts(image.classId))
            newRows.append(i);
    }
    if (!newRows.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + newRows.size() - 1));
        m_rows += newRows;
        endInsertRows();
    }
    // Class names and colours may be new: repaint what is shown.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {ClassNameRole, ClassColorRole, ClassIdRole});
    emit countsChanged();
}

void ThumbnailGridModel::applyLabels(const QList<qint64> &imageIds, qint64 classId)
{
    for (qint64 id : imageIds) {
        const int recordIdx = recordIndex(id);
        if (recordIdx < 0)
            continue;
        m_records[recordIdx].classId = classId;

        const auto rowIt = std::lower_bound(m_rows.begin(), m_rows.end(), recordIdx);
        const bool shown = rowIt != m_rows.end() && *rowIt == recordIdx;
        const int row = int(rowIt - m_rows.begin());
        const bool wanted = m_filter.accepts(classId);
        if (shown && wanted) {
            emit dataChanged(index(row), index(row));
        } else if (shown) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.erase(rowIt);
            endRemoveRows();
        } else if (wanted) {
            beginInsertRows(QModelIndex(), row, row);
            m_rows.insert(rowIt, recordIdx);
            endInsertRows();
        }
    }
    emit countsChanged();
}

int ThumbnailGridModel::recordIndex(qint64 imageId) const
{
    const auto it = std::lower_bound(m_records.cbegin(), m_records.cend(), imageId,
                                     [](const Record &record, qint64 id) { return record.id < id; });
    if (it == m_records.cend() || it->id != imageId)
        return -1;
    return int(it - m_records.cbegin());
}

qint64 ThumbnailGridModel::imageId(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_records.at(m_rows.at(row)).id;
}

int ThumbnailGridModel::rowOfImage(qint64 imageId) const
{
    const int recordIdx = recordIndex(imageId);
    if (recordIdx < 0)
        return -1;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), recordIdx);
    if (it == m_rows.cend() || *it != recordIdx)
        return -1;
    return int(it - m_rows.cbegin());
}

void ThumbnailGridModel::setVisibleRows(int first, int last)
{
    if (!m_loader)
        return;
    QSet<qint64> wanted;
    first = qMax(0, first);
    last = qMin(last, int(m_rows.size()) - 1);
    for (int row = first; row <= last; ++row)
        wanted.insert(m_records.at(m_rows.at(row)).id);
    m_loader->discardPendingExcept(wanted);
}

int ThumbnailGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThumbnailGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Record &record = m_records.at(m_rows.at(index.row()));

    switch (role) {
    case Qt::DisplayRole:
        return record.fileName;
    case Qt::ToolTipRole: {
        const auto look = m_classes.constFind(record.classId);
        if (look == m_classes.cend())
            return tr("%1\nUnlabelled").arg(record.fileName);
        return tr("%1\nClass: %2").arg(record.fileName, look->name);
    }
    case Qt::DecorationRole: {
        if (!m_loader)
            return {};
        const QPixmap pixmap = m_loader->thumbnail(record.id);
        return pixmap.isNull() ? QVariant() : QVariant(pixmap);
    }
    case ImageIdRole:
        return record.id;
    case ClassIdRole:
        return record.classId;
    case ClassNameRole: {
        const auto look = m_classes.constFind(record.classId);
        return look == m_classes.cend() ? QString() : look->name;
    }
    case ClassColorRole: {
        const auto look = m_classes.constFind(record.classId);
        return look == m_classes.cend() ? QColor() : look->color;
    }
    case ThumbnailStateRole:
        return m_loader ? int(m_loader->state(record.id)) : int(ThumbnailLoader::State::Unavailable);
    default:
        return {};
    }
}

QHash<int, QByteArray> ThumbnailGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ImageIdRole, "imageId");
    names.insert(ClassIdRole, "classId");
    names.insert(ClassNameRole, "className");
    names.insert(ClassColorRole, "classColor");
    names.insert(ThumbnailStateRole, "thumbnailState");
    return names;
}

void ThumbnailGridModel::noteThumbnailReady(qint64 imageId)
{
    m_readyIds.insert(imageId);
    if (!m_readyTimer.isActive())
        m_readyTimer.start();
}

void ThumbnailGridModel::emitReadyRows()
{
    int first = int(m_rows.size());
    int last = -1;
    for (qint64 id : std::as_const(m_readyIds)) {
        const int row = rowOfImage(id);
        if (row < 0)
            continue;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    m_readyIds.clear();
    if (last >= first)
        emit dataChanged(index(first), index(last), {Qt::DecorationRole, ThumbnailStateRole});
}

} // namespace Atelier
