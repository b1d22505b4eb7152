#include "importcontroller.h"

#include "backgroundtask.h"
#include "error.h"
#include "pluginmanager.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace Atelier {

namespace {
// About as often as the import commits a batch, rarely enough to cost nothing;
// the first look comes sooner, so an empty grid fills almost at once.
constexpr int RefreshIntervalMs = 1000;
constexpr int FirstRefreshMs = 600;
} // namespace

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    connect(&m_refreshTimer, &QTimer::timeout, this, &ImportController::showProgressSoFar);
}

ImportController::~ImportController()
{
    cancelAndWait();
}

void ImportController::setDocument(ProjectDocument *document)
{
    cancelAndWait();
    m_document = document;
}

void ImportController::import(const QStringList &inputs)
{
    if (!m_document || inputs.isEmpty())
        return;
    m_waiting.append(inputs);
    if (!m_current)
        startNext();
}

void ImportController::cancelAndWait()
{
    m_waiting.clear();
    if (!m_current)
        return;
    m_refreshTimer.stop();
    BackgroundTask *task = m_current;
    m_current = nullptr;
    disconnect(task, nullptr, this, nullptr);
    delete task; // cancels and waits
    if (m_document)
        m_document->notifyContentChanged(); // batches written before the cancel are in the project
    emit busyChanged(false);
}

void ImportController::startNext()
{
    if (m_waiting.isEmpty() || !m_document)
        return;
    // List files (CSV) are read by importer plugins; loading is idempotent.
    PluginManager::instance().loadPlugins();

    ImportParams params;
    params.inputs = m_waiting.takeFirst();
    const QString projectFile = m_document->filePath();
    auto report = std::make_shared<ImportReport>();
    m_report = report;

    const QString title = params.inputs.size() == 1
                              ? tr("Importing %1").arg(QFileInfo(params.inputs.first()).fileName())
                              : tr("Importing %Ln item(s)", nullptr, int(params.inputs.size()));
    m_current = new BackgroundTask(
        title,
        [projectFile, params, report](ProgressObserver &observer) {
            ImportTask task(projectFile, params);
            *report = task.run(&observer);
        },
        this);
    connect(m_current, &BackgroundTask::ended, this, &ImportController::onTaskEnded);
    connect(m_current, &BackgroundTask::failed, this, &ImportController::importFailed);
    emit busyChanged(true);
    emit taskStarted(m_current);
    m_knownImageCount = m_document->store().imageCount();
    m_refreshTimer.setInterval(FirstRefreshMs);
    m_refreshTimer.start();
    m_current->start();
}

void ImportController::showProgressSoFar()
{
    if (!m_document)
        return;
    try {
        // The import writes in batches on its own connection; the count says when one landed.
        const qint64 count = m_document->store().imageCount();
        if (count == m_knownImageCount)
            return;
        m_knownImageCount = count;
    } catch (const Error &) {
        return; // the project is busy; the next tick, or the end of the import, catches up
    }
    QElapsedTimer refresh;
    refresh.start();
    m_document->notifyContentChanged();
    // Large projects take longer to reread: refresh less often, so the window stays responsive.
    m_refreshTimer.setInterval(int(qMax<qint64>(RefreshIntervalMs, refresh.elapsed() * 15)));
}

void ImportController::onTaskEnded()
{
    m_refreshTimer.stop();
    BackgroundTask *task = m_current;
    m_current = nullptr;
    const bool failed = !task->errorMessage().isEmpty();
    task->deleteLater(); // it is emitting ended() right now

    // Even a failed import may have written batches before it stopped.
    if (m_document)
        m_document->notifyContentChanged();
    if (m_report && !failed)
        emit importFinished(*m_report);
    m_report.reset();

    if (m_waiting.isEmpty())
        emit busyChanged(false);
    else
        startNext();
}

} // namespace Atelier
