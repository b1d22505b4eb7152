#include "curationcontroller.h"

#include "backgroundtask.h"
#include "fingerprinttask.h"
#include "progress.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <memory>

namespace Atelier {

CurationController::CurationController(QObject *parent)
    : QObject(parent)
{
}

CurationController::~CurationController()
{
    // The task writes to the project: cancel and wait for it.
    delete m_current;
}

void CurationController::setDocument(ProjectDocument *document)
{
    m_queue.clear();
    delete m_current; // cancels and waits
    m_current = nullptr;
    m_document = document;
}

bool CurationController::hasPendingSearch() const
{
    return m_queue.contains(Job::Search);
}

void CurationController::fingerprintNewImages()
{
    enqueue(Job::Fingerprint);
}

void CurationController::detectBorders()
{
    enqueue(Job::Borders);
}

void CurationController::findDuplicates(int sensitivity)
{
    m_sensitivity = sensitivity;
    enqueue(Job::Fingerprint);
    enqueue(Job::Search);
}

void CurationController::enqueue(Job job)
{
    if (!m_document)
        return;
    // A job already waiting covers the new request; fingerprints must come before a search.
    if (m_queue.contains(job))
        return;
    if (job == Job::Fingerprint && m_queue.contains(Job::Search))
        m_queue.insert(m_queue.indexOf(Job::Search), job);
    else
        m_queue.append(job);
    if (!m_current)
        startNext();
}

void CurationController::startNext()
{
    if (m_current || m_queue.isEmpty() || !m_document)
        return;
    m_current = createTask(m_queue.takeFirst());
    emit taskStarted(m_current);
    m_current->start();
}

BackgroundTask *CurationController::createTask(Job job)
{
    const QString projectFile = m_document->filePath();
    BackgroundTask *task = nullptr;
    switch (job) {
    case Job::Fingerprint: {
        task = new BackgroundTask(tr("Fingerprinting new images"), [projectFile](ProgressObserver &observer) {
            FingerprintTask(projectFile, FingerprintParams()).run(&observer);
        }, this);
        connect(task, &BackgroundTask::finished, this, [this] {
            // Near-duplicate groups may have grown.
            if (m_document)
                m_document->notifyFingerprintsChanged();
        });
        break;
    }
    case Job::Borders: {
        auto report = std::make_shared<BorderDetectionReport>();
        task = new BackgroundTask(tr("Detecting museum borders"), [projectFile, report](ProgressObserver &observer) {
            *report = BorderDetectionTask(projectFile, BorderDetectionParams()).run(&observer);
        }, this);
        connect(task, &BackgroundTask::finished, this, [this, report] {
            if (m_document)
                m_document->notifyContentRectsChanged({});
            emit bordersDetected(*report);
        });
        break;
    }
    case Job::Search: {
        auto report = std::make_shared<DuplicateReport>();
        DuplicateSearchParams params;
        params.sensitivity = m_sensitivity;
        params.includeExcluded = true;
        task = new BackgroundTask(tr("Searching for duplicates"), [projectFile, params, report](ProgressObserver &observer) {
            // The task's own connection: a connection belongs to one thread.
            const auto store = ProjectStore::open(projectFile);
            *report = DuplicateFinder(params).findInProject(*store, &observer);
        }, this);
        connect(task, &BackgroundTask::finished, this, [this, report] {
            if (!report->canceled)
                emit duplicatesFound(*report);
        });
        break;
    }
    }
    connect(task, &BackgroundTask::failed, this, [this, job](const QString &message) {
        emit failed(job == Job::Borders ? tr("Border detection failed")
                                        : job == Job::Search ? tr("The duplicate search failed")
                                                             : tr("Fingerprinting failed"),
                    message);
    });
    connect(task, &BackgroundTask::ended, this, [this, task] {
        task->deleteLater();
        if (m_current == task)
            m_current = nullptr;
        startNext();
        if (!m_current)
            emit idle();
    });
    return task;
}

} // namespace Atelier
