#pragma once

#include "borderdetectiontask.h"
#include "duplicatefinder.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Atelier {

class BackgroundTask;
class ProjectDocument;

/// Runs the curation work on the open project, one background task at a time: fingerprinting
/// the images that have none (after each import, so it stays incremental), detecting museum
/// borders on the images with no answer yet, and searching for duplicates.
class CurationController : public QObject
{
    Q_OBJECT

public:
    explicit CurationController(QObject *parent = nullptr);
    ~CurationController() override;

    /// Cancels and waits for the work on the previous project first.
    void setDocument(ProjectDocument *document);

    /// Fingerprints the images that have no current fingerprint.
    void fingerprintNewImages();
    /// Detects borders on the images that have no answer from the current detector.
    void detectBorders();
    /// Fingerprints what is new, then searches at this sensitivity (0..100); duplicatesFound()
    /// follows. Excluded images take part, so that resolved groups stay in sight.
    void findDuplicates(int sensitivity);

    bool isBusy() const { return m_current != nullptr; }
    bool hasPendingSearch() const;

signals:
    void taskStarted(BackgroundTask *task);
    void duplicatesFound(const DuplicateReport &report);
    void bordersDetected(const BorderDetectionReport &report);
    void failed(const QString &title, const QString &message);
    /// A task ended and nothing is queued.
    void idle();

private:
    enum class Job { Fingerprint, Borders, Search };

    void enqueue(Job job);
    void startNext();
    BackgroundTask *createTask(Job job);

    QPointer<ProjectDocument> m_document;
    QList<Job> m_queue;
    BackgroundTask *m_current = nullptr;
    int m_sensitivity = DuplicateSearchParams::NormalSensitivity;
};

} // namespace Atelier
