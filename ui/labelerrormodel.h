#pragma once

#include "keptlabels.h"
#include "labelerrorqueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <memory>

namespace Atelier {

class ProjectDocument;
class ThumbnailLoader;

/// The label-error queue as a table: picture, file, the label, the class the network suggests
/// and how sure it is, why the image is here, and what the curator made of it. The state follows
/// the project: relabelled, excluded, kept, or still open, and goes back with an undo.
class LabelErrorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PictureColumn, FileColumn, LabelColumn, SuggestedColumn, ConfidenceColumn, ReasonColumn, StateColumn, ColumnCount };
    enum class State { Open, Accepted, Relabelled, Kept, Excluded };
    static constexpr int ImageIdRole = Qt::UserRole + 1;

    explicit LabelErrorModel(QObject *parent = nullptr);
    ~LabelErrorModel() override;

    void setDocument(ProjectDocument *document);
    /// Shows a queue; the labels the images carry now are what the states are measured against.
    void setReport(const LabelErrorReport &report);
    void clear();
    const LabelErrorReport &report() const { return m_report; }

    const LabelIssue *issue(int row) const;
    qint64 imageId(int row) const;
    int rowOfImage(qint64 imageId) const;
    State state(int row) const;
    /// The project class the suggestion stands for; 0 when there is none (no suggestion, or the
    /// run's classes are a mapping's groups).
    qint64 suggestedClassId(int row) const;
    qint64 currentClassId(int row) const;
    QString filePath(int row) const;
    /// Issues still to look at.
    int openCount() const;
    /// The next open row after `row` (wrapping around), or -1 when none is left.
    int nextOpenRow(int row) const;

    /// Marks the image's current label as kept (or forgets it when it already is), and stores
    /// the decision in the project. Throws Error like the store.
    void toggleKept(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A row changed state (relabelled, excluded, kept, or undone).
    void statesChanged();

private:
    struct Row
    {
        QString fileName;
        QString path;
        qint64 givenClassId = 0;   ///< the label when the queue was built
        qint64 currentClassId = 0;
        bool excluded = false;
    };

    void readClasses();
    void onLabelsChanged(const QList<qint64> &imageIds, qint64 classId);
    void onExclusionChanged(const QList<qint64> &imageIds, bool excluded);
    void emitRowChanged(int row);
    QString runClassName(int label) const;

    QPointer<ProjectDocument> m_document;
    std::unique_ptr<ThumbnailLoader> m_loader;
    LabelErrorReport m_report;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfImage;
    QHash<qint64, QString> m_classNames;  ///< project classes by id
    QList<qint64> m_classOfRunLabel;       ///< project class of each run class; 0: none
    KeptLabels m_kept;
};

} // namespace Atelier
