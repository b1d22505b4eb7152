#pragma once

#include "gridfilter.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QRect>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

#include <memory>

namespace Atelier {

struct ClassInfo;
class ProjectDocument;
class ThumbnailLoader;

/// The project's images as a flat list for the thumbnail grid, filtered and sorted.
///
/// Keeps one small record per image (id, class, path, date, size and flags), so that a project of
/// 100,000 images loads in a fraction of a second and filters or sorts without asking the
/// project; everything else is read on demand. Thumbnails load on worker threads when the view
/// first asks for them, and rows are updated as they arrive. Duplicate groups come from the
/// near-duplicate search, which takes a while on a large project: they are read on a worker
/// thread too, and the rows' marks follow. Filtering and sorting keep the selection of the
/// images still shown.
class ThumbnailGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        ClassIdRole,
        ClassNameRole,
        ClassColorRole,      ///< QColor; invalid when unlabelled
        ThumbnailStateRole,  ///< ThumbnailLoader::State as int
        FlagsRole,           ///< ImageFlags as int
        PinnedSplitRole,     ///< int(Split) the image is pinned to, or -1
        SplitRole,           ///< int(Split) in the current split version, or -1
        PathRole,            ///< as stored: relative to the project's folder when below it
    };
    enum ImageFlag {
        Excluded = 0x1,
        Duplicate = 0x2, ///< in an exact or near duplicate group
        Cropped = 0x4,   ///< a content rectangle is proposed or accepted
    };
    Q_DECLARE_FLAGS(ImageFlags, ImageFlag)

    explicit ThumbnailGridModel(QObject *parent = nullptr);
    ~ThumbnailGridModel() override;

    /// Shows this project's images (nullptr: none). The document must outlive the model's use of it.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;

    void setFilter(const GridFilter &filter);
    GridFilter filter() const { return m_filter; }
    void setSort(const GridSort &sort);
    GridSort sort() const { return m_sort; }

    /// Images in the project, whatever the filter.
    int totalCount() const { return int(m_records.size()); }
    qint64 imageId(int row) const;
    /// The row showing this image, or -1 when it is filtered out or unknown.
    int rowOfImage(qint64 imageId) const;
    ImageFlags flagsOf(qint64 imageId) const;
    /// The first row from `from` on, then from the top, whose image is unlabelled, not excluded
    /// and not in `skip`; -1 when there is none.
    int nextUnlabelledRow(int from, const QSet<qint64> &skip) const;

    /// Whether the duplicate groups are being read; duplicateGroupsRead() follows.
    bool isReadingDuplicates() const { return m_duplicatesWatcher.isRunning(); }

    /// Tells the model which rows are on screen, so that queued loads of others are dropped.
    void setVisibleRows(int first, int last);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

public slots:
    /// Reads the images again; rows added since the last read are added, keeping the selection.
    void reload();

signals:
    /// The total count or the filtered count changed.
    void countsChanged();
    /// The duplicate groups were read, and the rows marked.
    void duplicateGroupsRead();

private:
    struct Record
    {
        qint64 id = 0;
        qint64 classId = 0;
        qint64 mtimeMs = 0;
        qint64 byteSize = 0;
        QString path;      ///< as stored; the text filter searches it
        int nameStart = 0; ///< where the file name starts in path
        quint8 flags = 0;  ///< ImageFlags
        qint8 pinned = -1; ///< int(Split), -1: not pinned
        qint8 split = -1;  ///< int(Split) in the current version, -1: not assigned
        int width = 0;     ///< as displayed, to place the content rectangle in the thumbnail
        int height = 0;
    };
    struct ClassLook
    {
        QString name;
        QColor color;
    };
    struct Snapshot;

    static Snapshot readSnapshot(ProjectDocument *document);
    void takeSnapshot(const Snapshot &snapshot);
    void setClasses(const QList<ClassInfo> &classes);
    /// Brings the flags and splits of every record in line with the snapshot; returns the
    /// records that changed.
    QVector<int> applyFlags(const Snapshot &snapshot);

    bool accepts(const Record &record) const;
    bool lessThan(int recordA, int recordB) const;
    QStringView fileName(const Record &record) const;
    void sortRecords();
    void rebuildRows();
    /// Rebuilds the rows as a layout change, keeping persistent indexes (the selection) on the
    /// images still shown.
    void relayout();
    /// Moves the rows of changed records in or out of the filter, or repaints them.
    void updateRows(const QVector<int> &changedRecords);
    int rowOfRecord(int recordIdx) const;

    void applyLabels(const QList<qint64> &imageIds, qint64 classId);
    void applyExclusion(const QList<qint64> &imageIds, bool excluded);
    void refreshClasses();
    void refreshSplits();
    void refreshCrops();
    /// Starts reading the duplicate groups on a worker thread (again, once a reading under way ends).
    void refreshDuplicates();
    void applyDuplicates(const QSet<qint64> &duplicates);
    int recordIndex(qint64 imageId) const;
    void noteThumbnailReady(qint64 imageId);
    void emitReadyRows();

    QPointer<ProjectDocument> m_document;
    std::unique_ptr<ThumbnailLoader> m_loader;
    QVector<Record> m_records; ///< every image, ordered by id
    QVector<int> m_order;      ///< indices into m_records in sort order
    QVector<int> m_rows;       ///< the indices of m_order that pass the filter, in sort order
    QHash<qint64, ClassLook> m_classes;
    QHash<qint64, QRect> m_crops; ///< content rectangles that apply, in original pixels
    GridFilter m_filter;
    GridSort m_sort;
    QSet<qint64> m_readyIds;
    QTimer m_readyTimer;
    QTimer m_duplicatesTimer;  ///< exclusions change the groups; they are read again once after a burst
    QThreadPool m_duplicatesPool;
    QFutureWatcher<QSet<qint64>> m_duplicatesWatcher;
    bool m_duplicatesStale = false; ///< the project changed while the groups were being read
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ThumbnailGridModel::ImageFlags)

} // namespace Atelier
