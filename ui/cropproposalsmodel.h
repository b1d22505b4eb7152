#pragma once

#include "curationtypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSize>
#include <QVector>

namespace Atelier {

class ProjectDocument;

/// The images whose scans have a content rectangle to look at: proposed by the border detector,
/// or already accepted or rejected, one row each, filtered by status.
class CropProposalsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        StatusRole,    ///< int(BorderStatus)
        RectRole,      ///< QRect, in the original image's pixels
        ImageSizeRole, ///< QSize of the original image, as displayed
        PathRole,      ///< as stored
    };
    enum class Show { ToReview, Accepted, Rejected, All };

    explicit CropProposalsModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setShow(Show show);
    Show show() const { return m_show; }
    /// Keeps this image listed whatever the filter, from the next refresh on: the scan being
    /// adjusted stays in sight once its crop is accepted. 0: none.
    void setKeptImage(qint64 imageId) { m_keptImage = imageId; }

    /// The row of this image, or -1.
    int rowOfImage(qint64 imageId) const;
    ContentRect contentRect(int row) const;
    /// Images with a proposal nobody has looked at yet, whatever the filter.
    int proposedCount() const { return m_proposed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    /// Reads the rectangles again.
    void refresh();

private:
    struct Entry
    {
        ContentRect rect;
        QSize imageSize;
        QString path;
    };

    QPointer<ProjectDocument> m_document;
    QVector<Entry> m_all;
    QVector<int> m_rows; ///< indices into m_all that pass the filter
    Show m_show = Show::ToReview;
    qint64 m_keptImage = 0;
    int m_proposed = 0;
};

} // namespace Atelier
