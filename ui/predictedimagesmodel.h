#pragma once

#include "evaluationdata.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Atelier {

class ProjectDocument;
class ThumbnailLoader;

/// The images of a confusion-matrix cell: picture, file, the class it had when evaluated, the
/// predicted class and its probability, and the label it carries now, which follows relabelling
/// and undo as they happen.
class PredictedImagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PictureColumn, FileColumn, TrueColumn, PredictedColumn, ConfidenceColumn, LabelColumn, ColumnCount };
    static constexpr int ImageIdRole = Qt::UserRole + 1;

    explicit PredictedImagesModel(QObject *parent = nullptr);
    ~PredictedImagesModel() override;

    void setDocument(ProjectDocument *document);
    /// Shows these images, in this order; `classNames` are the run's classes they index.
    void setImages(const QList<PredictedImage> &images, const QStringList &classNames);
    void clear();

    qint64 imageId(int row) const;
    int rowOfImage(qint64 imageId) const;
    const PredictedImage *image(int row) const;
    /// The label shown in the last column ("" when unlabelled).
    QString currentLabel(int row) const;
    bool isExcluded(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PredictedImage image;
        QString fileName;
        QString path;
        qint64 classId = 0;
        bool excluded = false;
    };

    void readCurrentState();
    void refreshClassNames();
    void onLabelsChanged(const QList<qint64> &imageIds, qint64 classId);
    void onExclusionChanged(const QList<qint64> &imageIds, bool excluded);
    void emitRowChanged(int row);

    QPointer<ProjectDocument> m_document;
    std::unique_ptr<ThumbnailLoader> m_loader;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfImage;
    QStringList m_runClasses;
    QHash<qint64, QString> m_classNames; ///< the project's classes, by id
};

} // namespace Atelier
