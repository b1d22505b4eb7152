#pragma once

#include "neighbourindex.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <mutex>

namespace Atelier {

class BackgroundTask;
class ProjectDocument;
class SimilarImages;

/// The project's "similar images" (SimilarImages, from a pretrained backbone's features), shared
/// by the duplicates view and the prediction panel. Built in the background the first time it is
/// asked for (a task with progress and cancel), then kept until the project's images change:
/// an import, an exclusion or a crop forgets it, and the next question builds it again (the
/// features of unchanged images come from the project's cache, so that is quick).
///
/// Questions about an indexed image are answered at once; questions about a file run the
/// backbone on a worker thread and are answered by fileAnswered().
class SimilarImagesIndex : public QObject
{
    Q_OBJECT

public:
    explicit SimilarImagesIndex(QObject *parent = nullptr);
    /// Cancels a build under way and waits for file questions.
    ~SimilarImagesIndex() override;

    void setDocument(ProjectDocument *document);

    /// Whether a usable backbone is installed (BackboneCatalog).
    static bool backboneAvailable();

    bool isReady() const { return m_index != nullptr; }
    bool isBuilding() const { return m_task != nullptr; }
    /// Built once for this project (and maybe forgotten since): views then rebuild it unasked.
    bool wasBuilt() const { return m_wasBuilt; }
    /// The last build's failure; empty when none.
    QString errorMessage() const { return m_error; }
    /// The backbone the index uses; empty before it is built.
    QString backboneName() const;

    /// Starts a build when there is no index and none is under way.
    void build();
    /// Forgets the index (and cancels a build under way): the images changed.
    void invalidate();

    /// The `count` images most like an indexed one; empty when the index is not ready or the
    /// image is not in it (excluded, missing file).
    QList<Neighbour> similarToImage(qint64 imageId, int count) const;
    /// Asks about an image file; builds the index first when needed. Returns the question's number.
    int similarToFile(const QString &path, int count);

signals:
    void taskStarted(BackgroundTask *task);
    /// The index was built, forgotten, or failed to build.
    void stateChanged();
    void fileAnswered(int request, const QList<Atelier::Neighbour> &neighbours);
    void fileFailed(int request, const QString &message);

private:
    struct FileQuestion
    {
        int request = 0;
        QString path;
        int count = 0;
    };

    void onBuildEnded(const std::shared_ptr<std::shared_ptr<SimilarImages>> &result, int generation);
    void ask(const FileQuestion &question);
    void failPending(const QString &message);

    QPointer<ProjectDocument> m_document;
    std::shared_ptr<SimilarImages> m_index;
    /// SimilarImages::similarToFile is not for concurrent use: one file question at a time.
    std::shared_ptr<std::mutex> m_fileMutex = std::make_shared<std::mutex>();
    BackgroundTask *m_task = nullptr;
    int m_generation = 0; ///< bumped by invalidate(): a build of older images is dropped
    bool m_wasBuilt = false;
    QString m_error;
    QList<FileQuestion> m_pending; ///< file questions waiting for the index
    int m_nextRequest = 1;
};

} // namespace Atelier
