#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QSlider;
class QStackedWidget;
class QTabWidget;

namespace Atelier {

class BackgroundTask;
class ClassActions;
class ClassListModel;
class ClassListView;
class ClassMappingsDialog;
class CropReviewView;
class CurationController;
class DuplicatesView;
class DetailPane;
class EvaluationController;
class EvaluationView;
class LabelErrorView;
class PredictionPanel;
class SimilarImagesIndex;
class FilterBar;
class ImageActions;
class ImportController;
class PreviewOverlay;
class ProjectDocument;
class RecentProjects;
class SplitDialog;
class TaskProgressArea;
class ThumbnailGridModel;
class ThumbnailGridView;
class TrainPanel;
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
    ClassListModel *classModel() const { return m_classModel; }
    ClassListView *classListView() const { return m_classView; }
    ImportController *importController() const { return m_importController; }
    ImageActions *imageActions() const { return m_imageActions; }
    ClassActions *classActions() const { return m_classActions; }
    PreviewOverlay *previewOverlay() const { return m_previewOverlay; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detailPane; }
    CurationController *curation() const { return m_curation; }
    DuplicatesView *duplicatesView() const { return m_duplicatesView; }
    CropReviewView *cropReviewView() const { return m_cropView; }
    /// The Training tab: settings, runs and live curves.
    TrainPanel *trainPanel() const { return m_trainPanel; }
    /// The Evaluation and Label errors tabs, the runs they share, and the prediction panel.
    EvaluationController *evaluationController() const { return m_evaluation; }
    EvaluationView *evaluationView() const { return m_evaluationView; }
    LabelErrorView *labelErrorView() const { return m_labelErrorView; }
    PredictionPanel *predictionPanel() const { return m_predictionPanel; }
    SimilarImagesIndex *similarImages() const { return m_similarImages; }
    QAction *pasteToPredictAction() const { return m_pasteAction; }
    /// The tabs over the central area: images, duplicates, borders.
    QTabWidget *views() const { return m_views; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    /// Opens (or raises) the dialog of dataset splits; nullptr without a project.
    SplitDialog *showSplitDialog();
    /// Opens (or raises) the dialog of class mappings; nullptr without a project.
    ClassMappingsDialog *showClassMappings();
    /// Selects these images in the grid, showing every image first when a filter hides some.
    void selectImages(const QList<qint64> &imageIds);
    /// Shows what the evaluated run makes of an image file, in the prediction panel. False when
    /// no run can answer (no project, or no evaluated run).
    bool predictImageFile(const QString &filePath);
    /// The same for the clipboard's image (pixels, or one image file). False when there is none.
    bool predictClipboardImage();

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
    /// Asks before work in progress (an import, a training run) is stopped; false: keep it going.
    bool confirmStopWork();
    bool askToProceed(const QString &title, const QString &question, const QString &proceedText,
                      const QString &cancelText);

    void newProjectDialog();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    void importListDialog();
    void createSampleProject();
    void showAbout();

    void applyFilter(const GridFilter &classChoice);
    void applySort();
    void rebuildRecentMenu();
    void connectUndoStack();
    void showGridContextMenu(const QPoint &position);
    void updateActions();
    void updateStatusBar();
    void updateWindowTitle();
    void updateDetails();
    void onImportFinished(const ImportReport &report);
    /// Queues the curation work a project's images still lack (fingerprints, border detection).
    void catchUpCuration();
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

    FilterBar *m_filterBar = nullptr;
    QTabWidget *m_views = nullptr;
    CurationController *m_curation = nullptr;
    DuplicatesView *m_duplicatesView = nullptr;
    CropReviewView *m_cropView = nullptr;
    TrainPanel *m_trainPanel = nullptr;
    EvaluationController *m_evaluation = nullptr;
    EvaluationView *m_evaluationView = nullptr;
    LabelErrorView *m_labelErrorView = nullptr;
    PredictionPanel *m_predictionPanel = nullptr;
    SimilarImagesIndex *m_similarImages = nullptr;
    QDockWidget *m_predictionDock = nullptr;
    QAction *m_pasteAction = nullptr;
    PreviewOverlay *m_previewOverlay = nullptr;
    ImageActions *m_imageActions = nullptr;
    ClassActions *m_classActions = nullptr;
    QPointer<SplitDialog> m_splitDialog;
    QPointer<ClassMappingsDialog> m_mappingsDialog;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_projectMenu = nullptr;
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
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_selectNoneAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_mappingsAction = nullptr;
    QAction *m_splitsAction = nullptr;

    /// Dock layout while a project is open; the welcome page hides the docks.
    QByteArray m_projectLayoutState;
    bool m_importSummaryEnabled = true;
    BackgroundTask *m_sampleTask = nullptr;
};

} // namespace Atelier
