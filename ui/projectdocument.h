#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace Atelier {

class DocumentCommand;
class ProjectStore;

/// The open project as the studio sees it: owns the UI thread's store connection and the undo
/// stack of its edits, and tells the views what changed, so that each of them refreshes only what
/// it shows.
///
/// Edits are made by undo commands (see DocumentCommand) through execute(). The commands write
/// through the core and announce what they changed with the methods below.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent = nullptr);
    ~ProjectDocument() override;

    /// The UI thread's connection. Worker threads open their own with store().openConnection().
    ProjectStore &store() const { return *m_store; }
    QString filePath() const;
    /// The project's name as shown to users: the file name without its suffix.
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Makes the edit and puts it on the undo stack, which takes it. When the edit cannot be made
    /// the command is deleted and Error thrown, with the project left as it was.
    void execute(DocumentCommand *command);

    /// Labels the images (0 = unlabelled) and announces it. Throws Error like the store.
    void setLabels(const QList<qint64> &imageIds, qint64 classId);
    /// Gives each image its own label and announces it. Throws Error like the store.
    void applyLabels(const QHash<qint64, qint64> &classByImage);
    /// Leaves images out of curation and training, or brings them back, and announces it.
    void setExcluded(const QList<qint64> &imageIds, bool excluded);

    /// Announce edits made through the core's other tables (ClassCatalog, SplitStore, ...).
    void notifyLabelsChanged(const QHash<qint64, qint64> &classByImage);
    void notifyExclusionChanged(const QList<qint64> &imageIds, bool excluded);
    /// Content rectangles of these images were proposed, decided or adjusted (none listed: any).
    void notifyContentRectsChanged(const QList<qint64> &imageIds);
    /// New fingerprints were stored: near-duplicate groups may have changed.
    void notifyFingerprintsChanged();
    void notifyClassesChanged();
    void notifySplitsChanged();
    void notifyMappingsChanged();
    /// Announces that images or classes were added behind the document's back (an import).
    void notifyContentChanged();

signals:
    void labelsChanged(const QList<qint64> &imageIds, qint64 classId);
    void exclusionChanged(const QList<qint64> &imageIds, bool excluded);
    void contentRectsChanged(const QList<qint64> &imageIds);
    void fingerprintsChanged();
    /// Names, colours, keys, order, or the set of classes changed.
    void classesChanged();
    /// Pins or split versions changed.
    void splitsChanged();
    void mappingsChanged();
    void contentChanged();
    /// An undo or a redo could not be made; `message` says why.
    void editFailed(const QString &message);

private:
    std::unique_ptr<ProjectStore> m_store;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Atelier
