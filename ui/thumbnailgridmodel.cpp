#include "thumbnailgridmodel.h"

#include "curationtypes.h"
#include "duplicategroups.h"
#include "error.h"
#include "imagedrag.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitnames.h"
#include "splitstore.h"
#include "thumbnailloader.h"

#include <QMimeData>
#include <QPixmap>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace Atelier {

namespace {
// Thumbnails arrive one by one; repainting for each would repaint the grid hundreds of times a second.
constexpr int ReadyCoalesceMs = 25;
// Beyond this many rows entering or leaving at once, one layout change is cheaper for the view
// than a signal per row.
constexpr int MaxRowByRowChanges = 64;
// Exclusions change the groups: wait for a burst of them (X, X, X) to end before searching again.
constexpr int DuplicatesDelayMs = 400;

int fileNameStart(const QString &path)
{
    return int(path.lastIndexOf(QLatin1Char('/'))) + 1;
}

/// Compares names as people read them: "poster 9" before "poster 10", case ignored.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype startA = i;
            qsizetype startB = j;
            while (startA < a.size() && a.at(startA) == QLatin1Char('0'))
                ++startA;
            while (startB < b.size() && b.at(startB) == QLatin1Char('0'))
                ++startB;
            qsizetype endA = startA;
            qsizetype endB = startB;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            if (endA - startA != endB - startB)
                return endA - startA < endB - startB ? -1 : 1;
            for (qsizetype k = 0; k < endA - startA; ++k) {
                const char16_t digitA = a.at(startA + k).unicode();
                const char16_t digitB = b.at(startB + k).unicode();
                if (digitA != digitB)
                    return digitA < digitB ? -1 : 1;
            }
            i = endA;
            j = endB;
            continue;
        }
        const QChar charA = a.at(i).toCaseFolded();
        const QChar charB = b.at(j).toCaseFolded();
        if (charA != charB)
            return charA < charB ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

template<typename T>
int compareValues(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

/// Everything the model reads from the project at once.
struct ThumbnailGridModel::Snapshot
{
    QList<ImageRecord> images;
    QList<ClassInfo> classes;
    QHash<qint64, QRect> crops; ///< content rectangles that apply, in original pixels
    QHash<qint64, Split> pins;
    QHash<qint64, Split> assignment;
};

ThumbnailGridModel::ThumbnailGridModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_readyTimer.setSingleShot(true);
    m_readyTimer.setInterval(ReadyCoalesceMs);
    connect(&m_readyTimer, &QTimer::timeout, this, &ThumbnailGridModel::emitReadyRows);
    m_duplicatesTimer.setSingleShot(true);
    m_duplicatesTimer.setInterval(DuplicatesDelayMs);
    connect(&m_duplicatesTimer, &QTimer::timeout, this, &ThumbnailGridModel::refreshDuplicates);
    m_duplicatesPool.setMaxThreadCount(1);
    connect(&m_duplicatesWatcher, &QFutureWatcher<QSet<qint64>>::finished, this, [this] {
        const QSet<qint64> duplicates = m_duplicatesWatcher.future().result();
        if (std::exchange(m_duplicatesStale, false)) {
            refreshDuplicates();
            return;
        }
        applyDuplicates(duplicates);
    });
}

ThumbnailGridModel::~ThumbnailGridModel()
{
    // The reading has its own connection, but the project's file must not close under it.
    m_duplicatesPool.waitForDone();
}

ThumbnailGridModel::Snapshot ThumbnailGridModel::readSnapshot(ProjectDocument *document)
{
    Snapshot snapshot;
    if (!document)
        return snapshot;
    ProjectStore &store = document->store();
    snapshot.images = store.images();
    snapshot.classes = store.classes();
    for (const ContentRect &rect : store.contentRects())
        if (cropApplies(rect.status))
            snapshot.crops.insert(rect.imageId, rect.rect);
    SplitStore splits(store);
    snapshot.pins = splits.pins();
    if (const auto version = splits.currentVersion())
        snapshot.assignment = splits.assignment(version->id);
    return snapshot;
}

void ThumbnailGridModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);

    // Read first: if the store throws, the model is left as it was.
    const Snapshot snapshot = readSnapshot(document);

    beginResetModel();
    m_loader.reset();
    m_document = document;
    m_records.clear();
    m_order.clear();
    m_rows.clear();
    m_classes.clear();
    m_readyIds.clear();
    m_filter = GridFilter::all();
    if (m_document) {
        m_loader = std::make_unique<ThumbnailLoader>(m_document->store());
        connect(m_loader.get(), &ThumbnailLoader::thumbnailReady, this,
                &ThumbnailGridModel::noteThumbnailReady);
        connect(m_document, &ProjectDocument::labelsChanged, this, &ThumbnailGridModel::applyLabels);
        connect(m_document, &ProjectDocument::exclusionChanged, this, &ThumbnailGridModel::applyExclusion);
        connect(m_document, &ProjectDocument::classesChanged, this, &ThumbnailGridModel::refreshClasses);
        connect(m_document, &ProjectDocument::splitsChanged, this, &ThumbnailGridModel::refreshSplits);
        connect(m_document, &ProjectDocument::contentRectsChanged, this, &ThumbnailGridModel::refreshCrops);
        connect(m_document, &ProjectDocument::fingerprintsChanged, &m_duplicatesTimer, qOverload<>(&QTimer::start));
        connect(m_document, &ProjectDocument::contentChanged, this, &ThumbnailGridModel::reload);
        takeSnapshot(snapshot);
    }
    endResetModel();
    emit countsChanged();
    m_duplicatesStale = false;
    if (m_document)
        refreshDuplicates();
}

ProjectDocument *ThumbnailGridModel::document() const
{
    return m_document;
}

void ThumbnailGridModel::takeSnapshot(const Snapshot &snapshot)
{
    setClasses(snapshot.classes);
    m_records.clear();
    m_records.reserve(snapshot.images.size());
    for (const ImageRecord &image : snapshot.images) {
        Record record;
        record.id = image.id;
        record.classId = image.classId;
        record.mtimeMs = image.mtimeMs;
        record.byteSize = image.byteSize;
        record.path = image.path;
        record.nameStart = fileNameStart(image.path);
        record.flags = image.excluded ? Excluded : 0;
        record.width = image.width;
        record.height = image.height;
        m_records.append(record);
    }
    applyFlags(snapshot);
    sortRecords();
    rebuildRows();
}

QVector<int> ThumbnailGridModel::applyFlags(const Snapshot &snapshot)
{
    QVector<int> changed;
    const QHash<qint64, QRect> previousCrops = std::exchange(m_crops, snapshot.crops);
    for (int i = 0; i < m_records.size(); ++i) {
        Record &record = m_records[i];
        // Duplicate marks come from the worker thread (applyDuplicates).
        quint8 flags = record.flags & (Excluded | Duplicate);
        if (snapshot.crops.contains(record.id))
            flags |= Cropped;
        const bool cropMoved = previousCrops.value(record.id) != snapshot.crops.value(record.id);
        const auto pin = snapshot.pins.constFind(record.id);
        const qint8 pinned = pin == snapshot.pins.cend() ? qint8(-1) : qint8(pin.value());
        const auto assigned = snapshot.assignment.constFind(record.id);
        const qint8 split = assigned == snapshot.assignment.cend() ? qint8(-1) : qint8(assigned.value());
        if (flags != record.flags || pinned != record.pinned || split != record.split || cropMoved) {
            record.flags = flags;
            record.pinned = pinned;
            record.split = split;
            changed.append(i);
        }
    }
    return changed;
}

void ThumbnailGridModel::setClasses(const QList<ClassInfo> &classes)
{
    m_classes.clear();
    for (const ClassInfo &info : classes)
        m_classes.insert(info.id, {info.name, QColor(info.color)});
}

// --- Filtering and sorting -----------------------------------------------------------------------

bool ThumbnailGridModel::accepts(const Record &record) const
{
    if (!m_filter.acceptsClass(record.classId))
        return false;
    if (m_filter.excludedOnly && !(record.flags & Excluded))
        return false;
    if (m_filter.duplicatesOnly && !(record.flags & Duplicate))
        return false;
    switch (m_filter.split) {
    case GridFilter::SplitPart::Any:
        break;
    case GridFilter::SplitPart::Train:
        if (record.split != qint8(Split::Train))
            return false;
        break;
    case GridFilter::SplitPart::Validation:
        if (record.split != qint8(Split::Validation))
            return false;
        break;
    case GridFilter::SplitPart::Test:
        if (record.split != qint8(Split::Test))
            return false;
        break;
    case GridFilter::SplitPart::Unassigned:
        if (record.split >= 0)
            return false;
        break;
    }
    return m_filter.text.isEmpty() || record.path.contains(m_filter.text, Qt::CaseInsensitive);
}

QStringView ThumbnailGridModel::fileName(const Record &record) const
{
    return QStringView(record.path).mid(record.nameStart);
}

bool ThumbnailGridModel::lessThan(int recordA, int recordB) const
{
    const Record &a = m_records.at(recordA);
    const Record &b = m_records.at(recordB);
    int order = 0;
    switch (m_sort.key) {
    case GridSort::Key::ImportOrder:
        order = compareValues(recordA, recordB);
        break;
    case GridSort::Key::Name:
        order = naturalCompare(fileName(a), fileName(b));
        break;
    case GridSort::Key::Modified:
        order = compareValues(a.mtimeMs, b.mtimeMs);
        break;
    case GridSort::Key::Size:
        order = compareValues(a.byteSize, b.byteSize);
        break;
    }
    if (order == 0)
        return recordA < recordB; // records are in import order: ties keep it
    return m_sort.descending ? order > 0 : order < 0;
}

void ThumbnailGridModel::sortRecords()
{
    m_order.resize(m_records.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    if (m_sort.key == GridSort::Key::ImportOrder && !m_sort.descending)
        return;
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
}

void ThumbnailGridModel::rebuildRows()
{
    m_rows.clear();
    if (!m_filter.hasOptions() && m_filter.kind == GridFilter::Kind::All) {
        m_rows = m_order;
        return;
    }
    for (const int recordIdx : std::as_const(m_order))
        if (accepts(m_records.at(recordIdx)))
            m_rows.append(recordIdx);
}

void ThumbnailGridModel::relayout()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> records;
    records.reserve(before.size());
    for (const QModelIndex &index : before)
        records.append(index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    rebuildRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = records.at(i) < 0 ? -1 : rowOfRecord(records.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ThumbnailGridModel::setFilter(const GridFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    relayout();
    emit countsChanged();
}

void ThumbnailGridModel::setSort(const GridSort &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    sortRecords();
    relayout();
}

int ThumbnailGridModel::rowOfRecord(int recordIdx) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), recordIdx,
                                     [this](int a, int b) { return lessThan(a, b); });
    if (it == m_rows.cend() || *it != recordIdx)
        return -1;
    return int(it - m_rows.cbegin());
}

void ThumbnailGridModel::updateRows(const QVector<int> &changedRecords)
{
    QVector<int> leaving;
    QVector<int> entering;
    QVector<int> staying;
    for (const int recordIdx : changedRecords) {
        const bool shown = rowOfRecord(recordIdx) >= 0;
        const bool wanted = accepts(m_records.at(recordIdx));
        if (shown && wanted)
            staying.append(recordIdx);
        else if (shown)
            leaving.append(recordIdx);
        else if (wanted)
            entering.append(recordIdx);
    }

    const auto sortedLess = [this](int a, int b) { return lessThan(a, b); };
    std::sort(entering.begin(), entering.end(), sortedLess);
    // New images usually come last in the order (an import): they are appended in one go.
    const bool appending = !entering.isEmpty()
                           && (m_rows.isEmpty() || lessThan(m_rows.constLast(), entering.constFirst()));
    if (leaving.size() + (appending ? 0 : entering.size()) > MaxRowByRowChanges) {
        relayout();
        emit countsChanged();
        return;
    }

    for (const int recordIdx : std::as_const(leaving)) {
        const int row = rowOfRecord(recordIdx);
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.remove(row);
        endRemoveRows();
    }
    if (appending) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + entering.size() - 1));
        m_rows += entering;
        endInsertRows();
    } else {
        for (const int recordIdx : std::as_const(entering)) {
            const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), recordIdx, sortedLess);
            const int row = int(it - m_rows.begin());
            beginInsertRows(QModelIndex(), row, row);
            m_rows.insert(row, recordIdx);
            endInsertRows();
        }
    }
    int first = int(m_rows.size());
    int last = -1;
    for (const int recordIdx : std::as_const(staying)) {
        const int row = rowOfRecord(recordIdx);
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last >= first)
        emit dataChanged(index(first), index(last));
    emit countsChanged();
}

// --- Changes of the project ----------------------------------------------------------------------

void ThumbnailGridModel::reload()
{
    if (!m_document)
        return;
    Snapshot snapshot;
    try {
        snapshot = readSnapshot(m_document);
    } catch (const Error &error) {
        // Busy or failing: keep showing what was read last; the next change reads again.
        qWarning("Cannot reload the images: %s", qUtf8Printable(error.message()));
        return;
    }
    const QList<ImageRecord> &images = snapshot.images;

    // Images are never reordered and ids only grow, so usually the old records are a prefix of the
    // new ones: add those rows instead of resetting, which would lose the selection and scroll.
    bool isPrefix = images.size() >= m_records.size();
    for (int i = 0; isPrefix && i < m_records.size(); ++i)
        isPrefix = images.at(i).id == m_records.at(i).id;

    // New images may be copies of others.
    m_duplicatesTimer.start();
    if (!isPrefix) {
        beginResetModel();
        takeSnapshot(snapshot);
        endResetModel();
        emit countsChanged();
        return;
    }

    setClasses(snapshot.classes);
    QVector<int> changed;
    // Labels and exclusions of known images may have changed elsewhere (an import that relabels).
    for (int i = 0; i < m_records.size(); ++i) {
        Record &record = m_records[i];
        const ImageRecord &image = images.at(i);
        const quint8 flags = (record.flags & ~Excluded) | (image.excluded ? Excluded : 0);
        if (image.classId != record.classId || flags != record.flags) {
            record.classId = image.classId;
            record.flags = flags;
            changed.append(i);
        }
    }
    const int known = int(m_records.size());
    for (int i = known; i < images.size(); ++i) {
        const ImageRecord &image = images.at(i);
        Record record;
        record.id = image.id;
        record.classId = image.classId;
        record.mtimeMs = image.mtimeMs;
        record.byteSize = image.byteSize;
        record.path = image.path;
        record.nameStart = fileNameStart(image.path);
        record.flags = image.excluded ? Excluded : 0;
        record.width = image.width;
        record.height = image.height;
        m_records.append(record);
    }
    for (const int recordIdx : applyFlags(snapshot))
        if (recordIdx < known && !changed.contains(recordIdx))
            changed.append(recordIdx);
    // Existing records keep their relative order; the new ones take their places among them.
    sortRecords();
    for (int i = known; i < m_records.size(); ++i)
        changed.append(i);
    updateRows(changed);

    // Class names and colours may be new: repaint what is shown.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {ClassNameRole, ClassColorRole, ClassIdRole, FlagsRole});
}

void ThumbnailGridModel::applyLabels(const QList<qint64> &imageIds, qint64 classId)
{
    QVector<int> changed;
    changed.reserve(imageIds.size());
    for (const qint64 id : imageIds) {
        const int recordIdx = recordIndex(id);
        if (recordIdx < 0 || m_records.at(recordIdx).classId == classId)
            continue;
        m_records[recordIdx].classId = classId;
        changed.append(recordIdx);
    }
    updateRows(changed);
}

void ThumbnailGridModel::applyExclusion(const QList<qint64> &imageIds, bool excluded)
{
    QVector<int> changed;
    for (const qint64 id : imageIds) {
        const int recordIdx = recordIndex(id);
        if (recordIdx < 0)
            continue;
        Record &record = m_records[recordIdx];
        const quint8 flags = excluded ? (record.flags | Excluded) : (record.flags & ~Excluded);
        if (flags != record.flags) {
            record.flags = flags;
            changed.append(recordIdx);
        }
    }
    updateRows(changed);
    // Duplicate groups leave excluded images out.
    m_duplicatesTimer.start();
}

void ThumbnailGridModel::refreshClasses()
{
    if (!m_document)
        return;
    try {
        setClasses(m_document->store().classes());
    } catch (const Error &error) {
        qWarning("Cannot read the classes: %s", qUtf8Printable(error.message()));
        return;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {ClassNameRole, ClassColorRole, Qt::ToolTipRole});
}

void ThumbnailGridModel::refreshSplits()
{
    if (!m_document)
        return;
    QVector<int> changed;
    try {
        SplitStore splits(m_document->store());
        const QHash<qint64, Split> pins = splits.pins();
        QHash<qint64, Split> assignment;
        if (const auto version = splits.currentVersion())
            assignment = splits.assignment(version->id);
        for (int i = 0; i < m_records.size(); ++i) {
            Record &record = m_records[i];
            const auto pin = pins.constFind(record.id);
            const qint8 pinned = pin == pins.cend() ? qint8(-1) : qint8(pin.value());
            const auto assigned = assignment.constFind(record.id);
            const qint8 split = assigned == assignment.cend() ? qint8(-1) : qint8(assigned.value());
            if (pinned != record.pinned || split != record.split) {
                record.pinned = pinned;
                record.split = split;
                changed.append(i);
            }
        }
    } catch (const Error &error) {
        qWarning("Cannot read the splits: %s", qUtf8Printable(error.message()));
        return;
    }
    updateRows(changed);
}

void ThumbnailGridModel::refreshCrops()
{
    if (!m_document)
        return;
    QHash<qint64, QRect> crops;
    try {
        for (const ContentRect &rect : m_document->store().contentRects())
            if (cropApplies(rect.status))
                crops.insert(rect.imageId, rect.rect);
    } catch (const Error &error) {
        qWarning("Cannot read the content rectangles: %s", qUtf8Printable(error.message()));
        return;
    }
    const QHash<qint64, QRect> previousCrops = std::exchange(m_crops, crops);
    QVector<int> changed;
    for (int i = 0; i < m_records.size(); ++i) {
        Record &record = m_records[i];
        const bool flagChanged = crops.contains(record.id) != bool(record.flags & Cropped);
        if (flagChanged)
            record.flags ^= Cropped;
        if (flagChanged || previousCrops.value(record.id) != crops.value(record.id))
            changed.append(i);
    }
    updateRows(changed);
}

void ThumbnailGridModel::refreshDuplicates()
{
    m_duplicatesTimer.stop();
    if (!m_document)
        return;
    if (m_duplicatesWatcher.isRunning()) {
        m_duplicatesStale = true;
        return;
    }
    std::shared_ptr<ProjectStore> connection;
    try {
        connection = m_document->store().openConnection();
    } catch (const Error &error) {
        qWarning("Cannot read the duplicate groups: %s", qUtf8Printable(error.message()));
        return;
    }
    // The search compares fingerprints of the whole project: seconds on a large one.
    m_duplicatesWatcher.setFuture(QtConcurrent::run(&m_duplicatesPool, [connection] {
        QSet<qint64> duplicates;
        try {
            for (const QList<qint64> &group : DuplicateGroups::forSplitting(*connection))
                for (const qint64 id : group)
                    duplicates.insert(id);
        } catch (const Error &error) {
            qWarning("Cannot read the duplicate groups: %s", qUtf8Printable(error.message()));
        }
        return duplicates;
    }));
}

void ThumbnailGridModel::applyDuplicates(const QSet<qint64> &duplicates)
{
    QVector<int> changed;
    for (int i = 0; i < m_records.size(); ++i) {
        Record &record = m_records[i];
        const bool duplicate = duplicates.contains(record.id);
        if (duplicate != bool(record.flags & Duplicate)) {
            record.flags ^= Duplicate;
            changed.append(i);
        }
    }
    updateRows(changed);
    emit duplicateGroupsRead();
}

// --- Access --------------------------------------------------------------------------------------

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
    return recordIdx < 0 ? -1 : rowOfRecord(recordIdx);
}

ThumbnailGridModel::ImageFlags ThumbnailGridModel::flagsOf(qint64 imageId) const
{
    const int recordIdx = recordIndex(imageId);
    return recordIdx < 0 ? ImageFlags() : ImageFlags(m_records.at(recordIdx).flags);
}

int ThumbnailGridModel::nextUnlabelledRow(int from, const QSet<qint64> &skip) const
{
    const int count = int(m_rows.size());
    for (int step = 0; step < count; ++step) {
        const int row = (qMax(0, from) + step) % count;
        const Record &record = m_records.at(m_rows.at(row));
        if (record.classId == 0 && !(record.flags & Excluded) && !skip.contains(record.id))
            return row;
    }
    return -1;
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
        return fileName(record).toString();
    case Qt::ToolTipRole: {
        QStringList lines{fileName(record).toString()};
        const auto look = m_classes.constFind(record.classId);
        lines.append(look == m_classes.cend() ? tr("Unlabelled") : tr("Class: %1").arg(look->name));
        if (record.flags & Excluded)
            lines.append(tr("Excluded from curation and training"));
        if (record.flags & Duplicate)
            lines.append(tr("In a duplicate group"));
        if (record.flags & Cropped)
            lines.append(tr("Has a content rectangle (border to crop)"));
        if (record.pinned >= 0)
            lines.append(tr("Pinned to %1").arg(SplitNames::displayName(Split(record.pinned))));
        else if (record.split >= 0)
            lines.append(tr("Split: %1").arg(SplitNames::displayName(Split(record.split))));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        if (!m_loader)
            return {};
        const QPixmap pixmap = m_loader->thumbnail(record.id);
        if (pixmap.isNull())
            return {};
        // A bordered scan shows its content, as training sees it; the stored thumbnail is whole.
        const auto crop = m_crops.constFind(record.id);
        if (crop != m_crops.cend() && record.width > 0 && record.height > 0) {
            const double sx = double(pixmap.width()) / record.width;
            const double sy = double(pixmap.height()) / record.height;
            const QRect inThumbnail = QRectF(crop->x() * sx, crop->y() * sy, crop->width() * sx, crop->height() * sy)
                                          .toAlignedRect()
                                          .intersected(pixmap.rect());
            if (!inThumbnail.isEmpty())
                return QVariant(pixmap.copy(inThumbnail));
        }
        return QVariant(pixmap);
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
    case FlagsRole:
        return int(record.flags);
    case PinnedSplitRole:
        return int(record.pinned);
    case SplitRole:
        return int(record.split);
    case PathRole:
        return record.path;
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
    names.insert(FlagsRole, "flags");
    names.insert(PinnedSplitRole, "pinnedSplit");
    names.insert(SplitRole, "split");
    names.insert(PathRole, "path");
    return names;
}

Qt::ItemFlags ThumbnailGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    if (index.isValid())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList ThumbnailGridModel::mimeTypes() const
{
    return {ImageDrag::mimeType(), QStringLiteral("text/uri-list")};
}

QMimeData *ThumbnailGridModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_document || indexes.isEmpty())
        return nullptr;
    QModelIndexList sorted = indexes;
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    QList<QUrl> urls;
    ids.reserve(sorted.size());
    for (const QModelIndex &index : std::as_const(sorted)) {
        if (!index.isValid() || index.row() >= m_rows.size())
            continue;
        const Record &record = m_records.at(m_rows.at(index.row()));
        ids.append(record.id);
        urls.append(QUrl::fromLocalFile(m_document->store().absolutePath(record.path)));
    }
    auto *data = new QMimeData;
    ImageDrag::write(data, m_document->filePath(), ids);
    // Other programs (a file manager, a mail) take the files themselves.
    data->setUrls(urls);
    return data;
}

Qt::DropActions ThumbnailGridModel::supportedDragActions() const
{
    return Qt::CopyAction;
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
