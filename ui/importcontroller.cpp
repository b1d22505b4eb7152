#include "importcontroller.h"

#include "backgroundtask.h"
#include "pluginmanager.h"
#include "projectdocument.h"

#include <QFileInfo>

namespace Atelier {

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
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
                              : tr("Importing %n item(s)", nullptr, int(params.inputs.size()));
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
    m_current->start();
}

void ImportController::onTaskEnded()
{
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
