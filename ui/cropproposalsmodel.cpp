#include "cropproposalsmodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <QColor>
#include <QFileInfo>
#include <QHash>

namespace Atelier {

CropProposalsModel::CropProposalsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CropProposalsModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::contentRectsChanged, this, &CropProposalsModel::refresh);
    refresh();
}

void CropProposalsModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    refresh();
}

void CropProposalsModel::refresh()
{
    QVector<Entry> all;
    if (m_document) {
        try {
            const ProjectStore &store = m_document->store();
            QHash<qint64, ImageRecord> images;
            for (const ImageRecord &image : store.images())
                images.insert(image.id, image);
            for (const ContentRect &rect : store.contentRects()) {
                // "None": the detector found no border; nothing to review.
                if (rect.status == BorderStatus::None)
                    continue;
                const auto image = images.constFind(rect.imageId);
                if (image == images.cend())
                    continue;
                all.append({rect, QSize(image->width, image->height), image->path});
            }
        } catch (const Error &error) {
            qWarning("Cannot read the content rectangles: %s", qUtf8Printable(error.message()));
            return;
        }
    }
    beginResetModel();
    m_all = all;
    m_rows.clear();
    m_proposed = 0;
    for (int i = 0; i < m_all.size(); ++i) {
        const BorderStatus status = m_all.at(i).rect.status;
        m_proposed += status == BorderStatus::Proposed ? 1 : 0;
        const bool shown = m_show == Show::All || m_all.at(i).rect.imageId == m_keptImage
                           || (m_show == Show::ToReview && status == BorderStatus::Proposed)
                           || (m_show == Show::Accepted && status == BorderStatus::Accepted)
                           || (m_show == Show::Rejected && status == BorderStatus::Rejected);
        if (shown)
            m_rows.append(i);
    }
    endResetModel();
}

int CropProposalsModel::rowOfImage(qint64 imageId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_all.at(m_rows.at(row)).rect.imageId == imageId)
            return row;
    return -1;
}

ContentRect CropProposalsModel::contentRect(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_all.at(m_rows.at(row)).rect : ContentRect();
}

int CropProposalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CropProposalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &entry = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: {
        QString status;
        switch (entry.rect.status) {
        case BorderStatus::Proposed:
            status = tr("to review");
            break;
        case BorderStatus::Accepted:
            status = tr("crop accepted");
            break;
        case BorderStatus::Rejected:
            status = tr("crop rejected: whole image");
            break;
        case BorderStatus::None:
            break;
        }
        return tr("%1\n%2").arg(QFileInfo(entry.path).fileName(), status);
    }
    case Qt::DecorationRole: {
        // A small mark of the status.
        switch (entry.rect.status) {
        case BorderStatus::Accepted:
            return QColor(0x2e, 0x8b, 0x57);
        case BorderStatus::Rejected:
            return QColor(0xa0, 0xa0, 0xa0);
        default:
            return QColor(0xe0, 0xa8, 0x20);
        }
    }
    case ImageIdRole:
        return entry.rect.imageId;
    case StatusRole:
        return int(entry.rect.status);
    case RectRole:
        return entry.rect.rect;
    case ImageSizeRole:
        return entry.imageSize;
    case PathRole:
        return entry.path;
    default:
        return {};
    }
}

} // namespace Atelier
