#include "predictedimagesmodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "thumbnailloader.h"
#include "uicolors.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace Atelier {

PredictedImagesModel::PredictedImagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PredictedImagesModel::~PredictedImagesModel() = default;

void PredictedImagesModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_loader.reset();
    m_rows.clear();
    m_rowOfImage.clear();
    m_document = document;
    if (m_document) {
        m_loader = std::make_unique<ThumbnailLoader>(m_document->store(), 1);
        connect(m_loader.get(), &ThumbnailLoader::thumbnailReady, this, [this](qint64 imageId) {
            const int row = rowOfImage(imageId);
            if (row >= 0)
                emit dataChanged(index(row, PictureColumn), index(row, PictureColumn), {Qt::DecorationRole});
        });
        connect(m_document, &ProjectDocument::labelsChanged, this, &PredictedImagesModel::onLabelsChanged);
        connect(m_document, &ProjectDocument::exclusionChanged, this, &PredictedImagesModel::onExclusionChanged);
        connect(m_document, &ProjectDocument::classesChanged, this, &PredictedImagesModel::refreshClassNames);
        refreshClassNames();
    }
    endResetModel();
}

void PredictedImagesModel::setImages(const QList<PredictedImage> &images, const QStringList &classNames)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfImage.clear();
    m_runClasses = classNames;
    for (const PredictedImage &image : images) {
        Row row;
        row.image = image;
        m_rowOfImage.insert(image.imageId, int(m_rows.size()));
        m_rows.append(row);
    }
    readCurrentState();
    endResetModel();
}

void PredictedImagesModel::clear()
{
    setImages({}, {});
}

void PredictedImagesModel::readCurrentState()
{
    if (!m_document)
        return;
    try {
        for (Row &row : m_rows) {
            if (const auto record = m_document->store().image(row.image.imageId)) {
                row.path = m_document->store().absolutePath(record->path);
                row.fileName = QFileInfo(record->path).fileName();
                row.classId = record->classId;
                row.excluded = record->excluded;
            }
        }
    } catch (const Error &) {
        // Rows keep what they had; the file names may be missing.
    }
}

void PredictedImagesModel::refreshClassNames()
{
    m_classNames.clear();
    if (!m_document)
        return;
    try {
        for (const ClassInfo &info : m_document->store().classes())
            m_classNames.insert(info.id, info.name);
    } catch (const Error &) {
        // Names stay empty; the ids are still right.
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn));
}

void PredictedImagesModel::onLabelsChanged(const QList<qint64> &imageIds, qint64 classId)
{
    // An undo gives each image its own label back and announces them one class at a time.
    for (const qint64 id : imageIds) {
        const int row = rowOfImage(id);
        if (row < 0)
            continue;
        m_rows[row].classId = classId;
        emitRowChanged(row);
    }
}

void PredictedImagesModel::onExclusionChanged(const QList<qint64> &imageIds, bool excluded)
{
    for (const qint64 id : imageIds) {
        const int row = rowOfImage(id);
        if (row < 0)
            continue;
        m_rows[row].excluded = excluded;
        emitRowChanged(row);
    }
}

void PredictedImagesModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 PredictedImagesModel::imageId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).image.imageId : 0;
}

int PredictedImagesModel::rowOfImage(qint64 imageId) const
{
    return m_rowOfImage.value(imageId, -1);
}

const PredictedImage *PredictedImagesModel::image(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).image : nullptr;
}

QString PredictedImagesModel::currentLabel(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    return m_classNames.value(m_rows.at(row).classId);
}

bool PredictedImagesModel::isExcluded(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).excluded;
}

int PredictedImagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PredictedImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredictedImagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ImageIdRole)
        return row.image.imageId;
    const QString trueName = m_runClasses.value(row.image.trueClass);
    const QString predictedName = m_runClasses.value(row.image.predictedClass);
    switch (index.column()) {
    case PictureColumn:
        if (role == Qt::DecorationRole && m_loader) {
            const QPixmap pixmap = m_loader->thumbnail(row.image.imageId);
            return pixmap.isNull() ? QVariant() : QVariant(QIcon(pixmap));
        }
        return {};
    case FileColumn:
        if (role == Qt::DisplayRole)
            return row.fileName;
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(row.path);
        return {};
    case TrueColumn:
        return role == Qt::DisplayRole ? QVariant(trueName) : QVariant();
    case PredictedColumn:
        return role == Qt::DisplayRole ? QVariant(predictedName) : QVariant();
    case ConfidenceColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.image.confidence * 100, 'f', 1) + QLatin1Char('%');
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("The network gave “%1” %2 and the labelled class “%3” %4")
                .arg(predictedName, QLocale().toString(row.image.confidence * 100, 'f', 1) + QLatin1Char('%'),
                     trueName, QLocale().toString(row.image.trueProbability * 100, 'f', 1) + QLatin1Char('%'));
        return {};
    case LabelColumn: {
        const QString label = row.classId == 0 ? tr("unlabelled") : m_classNames.value(row.classId);
        if (role == Qt::DisplayRole)
            return row.excluded ? tr("%1 · excluded").arg(label) : label;
        if (role == Qt::FontRole && label != trueName) {
            // Changed since the evaluation: the curator's work shows.
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant PredictedImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PictureColumn:
        return QString();
    case FileColumn:
        return tr("File");
    case TrueColumn:
        return tr("Labelled");
    case PredictedColumn:
        return tr("Predicted");
    case ConfidenceColumn:
        return tr("Confidence");
    case LabelColumn:
        return tr("Label now");
    default:
        return {};
    }
}

} // namespace Atelier
