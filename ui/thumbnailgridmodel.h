#pragma once

#include "gridfilter.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <memory>

namespace Atelier {

struct ClassInfo;
class ProjectDocument;
class ThumbnailLoader;

/// The project's images as a flat list for the thumbnail grid, filtered by class.
///
/// Keeps one small record per image (id, class, file name), so that a project of 100,000 images
/// loads in a fraction of a second; everything else is read on demand. Thumbnails load on worker
/// threads when the view first asks for them, and rows are updated as they arrive.
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
    };

    explicit ThumbnailGridModel(QObject *parent = nullptr);
    ~ThumbnailGridModel() override;

    /// Shows this project's images (nullptr: none). The document must outlive the model's use of it.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;

    void setFilter(const GridFilter &filter);
    GridFilter filter() const { return m_filter; }

    /// Images in the project, whatever the filter.
    int totalCount() const { return int(m_records.size()); }
    qint64 imageId(int row) const;
    /// The row showing this image, or -1 when it is filtered out or unknown.
    int rowOfImage(qint64 imageId) const;

    /// Tells the model which rows are on screen, so that queued loads of others are dropped.
    void setVisibleRows(int first, int last);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    /// Reads the images again; rows added since the last read are appended, keeping the selection.
    void reload();

signals:
    /// The total count or the filtered count changed.
    void countsChanged();

private:
    struct Record
    {
        qint64 id = 0;
        qint64 classId = 0;
        QString fileName;
    };
    struct ClassLook
    {
        QString name;
        QColor color;
    };

    void setClasses(const QList<ClassInfo> &classes);
    void rebuildRows();
    void applyLabels(const QList<qint64> &imageIds, qint64 classId);
    int recordIndex(qint64 imageId) const;
    void noteThumbnailReady(qint64 imageId);
    void emitReadyRows();

    QPointer<ProjectDocument> m_document;
    std::unique_ptr<ThumbnailLoader> m_loader;
    QVector<Record> m_records;   ///< every image, ordered by id
    QVector<int> m_rows;         ///< indices into m_records that pass the filter, in id order
    QHash<qint64, ClassLook> m_classes;
    GridFilter m_filter;
    QSet<qint64> m_readyIds;
    QTimer m_readyTimer;
};

} // namespace Atelier
