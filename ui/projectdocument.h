#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Atelier {

class ProjectStore;

/// The open project as the studio sees it: owns the UI thread's store connection and tells the
/// views when the content changes, so that each of them refreshes only what it shows.
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

    /// Labels the images (0 = unlabelled) and announces it. Throws Error like the store.
    void setLabels(const QList<qint64> &imageIds, qint64 classId);
    /// Announces that images or classes were added behind the document's back (an import).
    void notifyContentChanged();

signals:
    void labelsChanged(const QList<qint64> &imageIds, qint64 classId);
    void contentChanged();

private:
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace Atelier
