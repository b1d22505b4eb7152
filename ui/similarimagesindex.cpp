#include "similarimagesindex.h"

#include "backbonecatalog.h"
#include "backgroundtask.h"
#include "error.h"
#include "projectdocument.h"
#include "similarity.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Atelier {

namespace {

struct FileAnswer
{
    QList<Neighbour> neighbours;
    QString error;
};

} // namespace

SimilarImagesIndex::SimilarImagesIndex(QObject *parent)
    : QObject(parent)
{}

SimilarImagesIndex::~SimilarImagesIndex()
{
    // The task's destructor cancels and waits; file questions hold the index themselves.
    delete m_task;
}

void SimilarImagesIndex::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_wasBuilt = false;
    failPending(tr("The project was closed"));
    invalidate();
    if (!document)
        return;
    // What the index holds: the included images with a file, through their content rectangles.
    const auto changed = [this] { invalidate(); };
    connect(document, &ProjectDocument::contentChanged, this, changed);
    connect(document, &ProjectDocument::exclusionChanged, this, changed);
    connect(document, &ProjectDocument::contentRectsChanged, this, changed);
}

bool SimilarImagesIndex::backboneAvailable()
{
    for (const InstalledBackbone &backbone : BackboneCatalog::installed())
        if (backbone.error.isEmpty())
            return true;
    return false;
}

QString SimilarImagesIndex::backboneName() const
{
    return m_index ? m_index->backbone() : QString();
}

void SimilarImagesIndex::build()
{
    if (m_index || m_task || !m_document)
        return;
    m_error.clear();
    const QString projectFile = m_document->filePath();
    const int generation = m_generation;
    // The worker's result: set on its thread, read on this one after finished().
    auto result = std::make_shared<std::shared_ptr<SimilarImages>>();
    m_task = new BackgroundTask(tr("Finding similar images"), [projectFile, result](ProgressObserver &observer) {
        *result = SimilarImages::build(projectFile, {}, &observer);
    }, this);
    BackgroundTask *task = m_task;
    connect(task, &BackgroundTask::failed, this, [this, task](const QString &message) {
        if (m_task == task)
            m_error = message;
    });
    connect(task, &BackgroundTask::ended, this, [this, task, result, generation] {
        task->deleteLater();
        if (m_task == task) {
            m_task = nullptr;
            onBuildEnded(result, generation);
        }
    });
    emit taskStarted(task);
    task->start();
    emit stateChanged();
}

void SimilarImagesIndex::onBuildEnded(const std::shared_ptr<std::shared_ptr<SimilarImages>> &result, int generation)
{
    if (generation != m_generation)
        return;
    m_index = *result;
    if (m_index) {
        m_wasBuilt = true;
        const QList<FileQuestion> pending = std::exchange(m_pending, {});
        for (const FileQuestion &question : pending)
            ask(question);
    } else {
        failPending(m_error.isEmpty() ? tr("Canceled") : m_error);
    }
    emit stateChanged();
}

void SimilarImagesIndex::invalidate()
{
    ++m_generation;
    if (m_task) {
        // The task area still shows it until it ends; its result is dropped then.
        m_task->cancel();
        m_task = nullptr;
    }
    const bool had = m_index != nullptr;
    m_index.reset();
    if (!m_pending.isEmpty() && m_document)
        build();
    if (had)
        emit stateChanged();
}

QList<Neighbour> SimilarImagesIndex::similarToImage(qint64 imageId, int count) const
{
    if (!m_index || !m_index->contains(imageId))
        return {};
    return m_index->similarToImage(imageId, count);
}

int SimilarImagesIndex::similarToFile(const QString &path, int count)
{
    const FileQuestion question{m_nextRequest++, path, count};
    if (m_index) {
        ask(question);
    } else {
        m_pending.append(question);
        build();
        if (!m_task && !m_index) // no project
            failPending(tr("No project is open"));
    }
    return question.request;
}

void SimilarImagesIndex::ask(const FileQuestion &question)
{
    auto *watcher = new QFutureWatcher<FileAnswer>(this);
    connect(watcher, &QFutureWatcher<FileAnswer>::finished, this, [this, watcher, question] {
        const FileAnswer answer = watcher->result();
        watcher->deleteLater();
        if (answer.error.isEmpty())
            emit fileAnswered(question.request, answer.neighbours);
        else
            emit fileFailed(question.request, answer.error);
    });
    // The worker holds the index: a rebuild meanwhile does not pull it from under it.
    watcher->setFuture(QtConcurrent::run([index = m_index, mutex = m_fileMutex, question] {
        FileAnswer answer;
        try {
            const std::lock_guard<std::mutex> lock(*mutex);
            answer.neighbours = index->similarToFile(question.path, QRect(), question.count);
        } catch (const Error &error) {
            answer.error = error.message();
        } catch (const std::exception &error) {
            answer.error = QString::fromLocal8Bit(error.what());
        }
        return answer;
    }));
}

void SimilarImagesIndex::failPending(const QString &message)
{
    const QList<FileQuestion> pending = std::exchange(m_pending, {});
    for (const FileQuestion &question : pending)
        emit fileFailed(question.request, message);
}

} // namespace Atelier
