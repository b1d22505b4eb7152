#pragma once

#include "importtask.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Atelier {

class BackgroundTask;
class ProjectDocument;

/// Runs imports into the open project one after another, each as a background task, and
/// refreshes the document when one ends. Imports asked for while one runs wait their turn,
/// because only one writer at a time can hold the project.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    /// Cancels and waits for running imports of the previous document first.
    void setDocument(ProjectDocument *document);

    /// Imports image files, folders and list files into the document's project.
    void import(const QStringList &inputs);
    bool isBusy() const { return m_current != nullptr; }
    /// Cancels the running import, forgets queued ones, and waits until the project is free.
    void cancelAndWait();

signals:
    void taskStarted(BackgroundTask *task);
    void importFinished(const ImportReport &report);
    void importFailed(const QString &message);
    void busyChanged(bool busy);

private:
    void startNext();
    void onTaskEnded();
    void showProgressSoFar();

    QPointer<ProjectDocument> m_document;
    QList<QStringList> m_waiting;
    BackgroundTask *m_current = nullptr;
    std::shared_ptr<ImportReport> m_report;
    QTimer m_refreshTimer;       ///< shows the images written so far while an import runs
    qint64 m_knownImageCount = 0;
};

} // namespace Atelier
