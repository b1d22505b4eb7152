#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QSlider;
class QStackedWidget;

namespace Atelier {

class BackgroundTask;
class ClassListModel;
class ClassListView;
class DetailPane;
class ImportController;
class ProjectDocument;
class RecentProjects;
class TaskProgressArea;
class ThumbnailGridModel;
class ThumbnailGridView;
class WelcomeWidget;
struct GridFilter;
struct ImportReport;

/// The studio's window: the thumbnail grid in the middle, the class list on the left, details of
/// the current image on the right, running tasks at the bottom; a welcome page when no project
/// is open. Files dropped on it are imported, a dropped project is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project, closing the current one. Shows why and returns false when it cannot.
    bool openProject(const QString &filePath);
    /// Creates a project and opens it. Shows why and returns false when it cannot.
    bool createProject(const QString &filePath);
    /// Opens the project that was open when the studio was last quit, if it still exists.
    bool restoreLastProject();
    void closeProject();

    /// Imports files, folders and list files into the open project.
    void importPaths(const QStringList &paths);

    /// Whether a summary opens after each import (on by default).
    void setImportSummaryEnabled(bool enabled) { m_importSummaryEnabled = enabled; }

    ProjectDocument *document() const { return m_document.get(); }
    ThumbnailGridModel *gridModel() const { return m_gridModel; }
    ThumbnailGridView *gridView() const { return m_gridView; }
    ClassListView *classListView() const { return m_classView; }
    ImportController *importController() const { return m_importController; }

signals:
    /// An import ended and the views show its images.
    void importFinished(const ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();

    void setDocument(std::unique_ptr<ProjectDocument> document);
    void showWelcome(bool welcome);
    bool confirmStopImports();
    bool askToProceed(const QString &title, const QString &question, const QString &proceedText,
                      const QString &cancelText);

    void newProjectDialog();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    void importListDialog();
    void createSampleProject();
    void showAbout();

    void applyFilter(const GridFilter &filter);
    void rebuildRecentMenu();
    void rebuildLabelActions();
    void labelSelection(qint64 classId);
    void updateActions();
    void updateStatusBar();
    void updateWindowTitle();
    void updateDetails();
    void onImportFinished(const ImportReport &report);
    void onTaskStarted(BackgroundTask *task);
    void onTaskCountChanged(int count);
    void setStatusField(QLabel *label, const QString &text);
    void showError(const QString &title, const QString &message);

    std::unique_ptr<ProjectDocument> m_document;
    RecentProjects *m_recent = nullptr;
    ImportController *m_importController = nullptr;
    ThumbnailGridModel *m_gridModel = nullptr;
    ClassListModel *m_classModel = nullptr;

    QStackedWidget *m_pages = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QWidget *m_gridPage = nullptr;
    QLabel *m_filterTitle = nullptr;
    QSlider *m_zoomSlider = nullptr;
    ThumbnailGridView *m_gridView = nullptr;
    ClassListView *m_classView = nullptr;
    DetailPane *m_detailPane = nullptr;
    TaskProgressArea *m_taskArea = nullptr;
    QDockWidget *m_classDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QDockWidget *m_taskDock = nullptr;

    QLabel *m_countLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QHash<QLabel *, QFrame *> m_statusSeparators;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_labelMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importListAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_labelActions;

    /// Dock layout while a project is open; the welcome page hides the docks.
    QByteArray m_projectLayoutState;
    bool m_importSummaryEnabled = true;
    BackgroundTask *m_sampleTask = nullptr;
};

} // namespace Atelier
