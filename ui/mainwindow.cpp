#include "mainwindow.h"

#include "aboutdialog.h"
#include "backgroundtask.h"
#include "borderdetector.h"
#include "classactions.h"
#include "classlistmodel.h"
#include "classlistview.h"
#include "classmappingsdialog.h"
#include "cropreviewview.h"
#include "curationcontroller.h"
#include "demoproject.h"
#include "detailpane.h"
#include "droppedfiles.h"
#include "duplicatesview.h"
#include "error.h"
#include "evaluationcontroller.h"
#include "evaluationview.h"
#include "filterbar.h"
#include "imageactions.h"
#include "imagefingerprint.h"
#include "imagedrag.h"
#include "importcontroller.h"
#include "importerinterface.h"
#include "importsummarydialog.h"
#include "labelerrorview.h"
#include "pluginmanager.h"
#include "predictionpanel.h"
#include "previewoverlay.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "recentprojects.h"
#include "similarimagesindex.h"
#include "splitdialog.h"
#include "taskprogressarea.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"
#include "trainingcontroller.h"
#include "trainingform.h"
#include "trainpanel.h"
#include "welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Atelier {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString ThumbnailSizeKey = QStringLiteral("grid/thumbnailSize");
const QString LastProjectKey = QStringLiteral("lastProject");
const QString LastDirectoryKey = QStringLiteral("lastDirectory");
// Bumped when the docks change, so an older saved layout is not forced on a new one.
constexpr int LayoutVersion = 1;
constexpr int StatusMessageMs = 6000;
constexpr int TaskDockLingerMs = 1500;

QString projectFileFilter()
{
    return MainWindow::tr("Atelier projects (*.%1)").arg(QLatin1String(ProjectStore::fileSuffix));
}

QString lastDirectory()
{
    const QString stored = QSettings().value(LastDirectoryKey).toString();
    return stored.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : stored;
}

void rememberDirectory(const QString &path)
{
    const QFileInfo info(path);
    QSettings().setValue(LastDirectoryKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recent(new RecentProjects(this))
    , m_importController(new ImportController(this))
    , m_gridModel(new ThumbnailGridModel(this))
    , m_classModel(new ClassListModel(this))
    , m_curation(new CurationController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createStatusBar();

    connect(m_importController, &ImportController::taskStarted, this, &MainWindow::onTaskStarted);
    connect(m_importController, &ImportController::importFinished, this, &MainWindow::onImportFinished);
    connect(m_importController, &ImportController::importFailed, this,
            [this](const QString &message) { showError(tr("Import failed"), message); });
    connect(m_importController, &ImportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_recent, &RecentProjects::changed, this, &MainWindow::rebuildRecentMenu);

    readSettings();
    showWelcome(true);
    updateActions();
    updateStatusBar();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // Imports write to the project, and thumbnail workers read it: stop them before it closes.
    m_importController->setDocument(nullptr);
    m_curation->setDocument(nullptr);
    m_trainPanel->setDocument(nullptr); // a run writes to the project: it stops first
    m_evaluation->setDocument(nullptr); // so do evaluations and cross-validations
    m_evaluationView->setDocument(nullptr);
    m_labelErrorView->setDocument(nullptr);
    m_predictionPanel->setDocument(nullptr);
    delete m_sampleTask;
    delete m_splitDialog;
    delete m_mappingsDialog;
    m_gridModel->setDocument(nullptr);
    m_classModel->setDocument(nullptr);
    m_detailPane->setDocument(nullptr);
}

// --- Construction --------------------------------------------------------------------------------

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty project"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectDialog);

    m_openAction = new QAction(tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a project saved earlier"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);

    m_importFilesAction = new QAction(tr("&Import Files…"), this);
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFilesAction->setStatusTip(tr("Add image files to the project"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::importFilesDialog);

    m_importFolderAction = new QAction(tr("Import &Folder…"), this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setStatusTip(
        tr("Add every image below a folder; sub-folder names become classes"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::importFolderDialog);

    m_importListAction = new QAction(tr("Import &CSV List…"), this);
    m_importListAction->setStatusTip(tr("Add the images named in a list of path and label rows"));
    connect(m_importListAction, &QAction::triggered, this, &MainWindow::importListDialog);

    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (confirmStopWork())
            closeProject();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);

    // Edit: the texts follow the undo stack ("Undo Label 12 images as “Cabaret”").
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setStatusTip(tr("Select every image the filters show"));
    m_selectNoneAction = new QAction(tr("Select &None"), this);
    m_selectNoneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search file names and folders"));
    m_clearFiltersAction = new QAction(tr("&Clear Filters"), this);
    m_clearFiltersAction->setStatusTip(tr("Show every image again"));

    m_mappingsAction = new QAction(tr("Class &Mappings…"), this);
    m_mappingsAction->setStatusTip(tr("Coarser label sets over the classes, for training and evaluation"));
    connect(m_mappingsAction, &QAction::triggered, this, &MainWindow::showClassMappings);
    m_splitsAction = new QAction(tr("Dataset &Splits…"), this);
    m_splitsAction->setStatusTip(tr("Assign training, validation and test images, and check for leakage"));
    connect(m_splitsAction, &QAction::triggered, this, &MainWindow::showSplitDialog);

    m_pasteAction = new QAction(tr("&Predict Pasted Image"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteToPredictAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setStatusTip(tr("Show what the evaluated run makes of the image on the clipboard"));
    connect(m_pasteAction, &QAction::triggered, this, [this] {
        if (!predictClipboardImage())
            statusBar()->showMessage(m_predictionPanel->canPredict()
                                         ? tr("The clipboard holds no image.")
                                         : tr("No evaluated run to ask: train one first."),
                                     StatusMessageMs);
    });

    m_aboutAction = new QAction(tr("&About Atelier"), this);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createCentralArea()
{
    m_welcome = new WelcomeWidget(m_recent, this);
    connect(m_welcome, &WelcomeWidget::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_welcome, &WelcomeWidget::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomeWidget::openRecentRequested, this, &MainWindow::openProject);
    connect(m_welcome, &WelcomeWidget::sampleProjectRequested, this, &MainWindow::createSampleProject);

    m_gridView = new ThumbnailGridView(this);
    m_gridView->setGridModel(m_gridModel);
    m_gridView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_gridView, &QWidget::customContextMenuRequested, this, &MainWindow::showGridContextMenu);
    m_previewOverlay = new PreviewOverlay(m_gridView);
    m_imageActions = new ImageActions(m_gridView, m_previewOverlay, this);
    connect(m_imageActions, &ImageActions::failed, this, &MainWindow::showError);
    connect(m_imageActions, &ImageActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    // Selection keys act on the grid only: text fields keep their own Ctrl+A.
    m_selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    m_gridView->addAction(m_selectAllAction);
    connect(m_selectAllAction, &QAction::triggered, m_gridView, &QAbstractItemView::selectAll);
    m_selectNoneAction->setShortcutContext(Qt::WidgetShortcut);
    m_gridView->addAction(m_selectNoneAction);
    connect(m_selectNoneAction, &QAction::triggered, m_gridView, &QAbstractItemView::clearSelection);
    connect(m_gridView, &ThumbnailGridView::selectedImagesChanged, this, [this] {
        updateDetails();
        updateStatusBar();
        updateActions();
    });
    connect(m_gridView, &ThumbnailGridView::currentImageChanged, this, &MainWindow::updateDetails);
    connect(m_gridModel, &ThumbnailGridModel::countsChanged, this, &MainWindow::updateStatusBar);
    // The first images of an import into an empty view: show the first one in the detail pane.
    connect(m_gridModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_gridView->currentIndex().isValid() && m_gridModel->rowCount() > 0)
            m_gridView->setCurrentIndex(m_gridModel->index(0));
    });
    connect(m_zoomInAction, &QAction::triggered, m_gridView, &ThumbnailGridView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_gridView, &ThumbnailGridView::zoomOut);

    // Header above the grid: what is shown, and the thumbnail size
    m_filterTitle = new QLabel(this);
    QFont titleFont = m_filterTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_filterTitle->setFont(titleFont);

    auto *zoomLabel = new QLabel(tr("&Size:"), this);
    m_zoomSlider = new QSlider(Qt::Horizontal, this);
    m_zoomSlider->setObjectName(QStringLiteral("zoomSlider"));
    m_zoomSlider->setRange(ThumbnailGridView::MinThumbnailSize, ThumbnailGridView::MaxThumbnailSize);
    m_zoomSlider->setSingleStep(16);
    m_zoomSlider->setPageStep(32);
    m_zoomSlider->setFixedWidth(140);
    m_zoomSlider->setValue(m_gridView->thumbnailSize());
    m_zoomSlider->setAccessibleName(tr("Thumbnail size"));
    m_zoomSlider->setToolTip(tr("Thumbnail size (Ctrl+wheel over the grid)"));
    zoomLabel->setBuddy(m_zoomSlider);
    connect(m_zoomSlider, &QSlider::valueChanged, m_gridView, &ThumbnailGridView::setThumbnailSize);
    connect(m_gridView, &ThumbnailGridView::thumbnailSizeChanged, m_zoomSlider, &QSlider::setValue);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 12, 6);
    header->addWidget(m_filterTitle, 1);
    header->addWidget(zoomLabel);
    header->addWidget(m_zoomSlider);

    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this] { applyFilter(m_classView->currentFilter()); });
    connect(m_filterBar, &FilterBar::sortChanged, this, &MainWindow::applySort);
    connect(m_filterBar, &FilterBar::unlabelledToggled, this, [this](bool unlabelled) {
        m_classView->selectFilter(unlabelled ? GridFilter::unlabelled() : GridFilter::all());
    });
    connect(m_filterBar, &FilterBar::searchLeft, this, [this] { m_gridView->setFocus(); });
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] {
        m_filterBar->clear();
        m_classView->selectFilter(GridFilter::all());
    });

    m_gridPage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(m_gridPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_filterBar);
    pageLayout->addWidget(m_gridView, 1);

    // Curation views beside the grid: duplicate groups and proposed crops.
    connect(m_curation, &CurationController::taskStarted, this, &MainWindow::onTaskStarted);
    connect(m_curation, &CurationController::failed, this, &MainWindow::showError);
    m_duplicatesView = new DuplicatesView(m_curation, this);
    m_cropView = new CropReviewView(m_curation, this);
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); };
    connect(m_duplicatesView, &DuplicatesView::failed, this, &MainWindow::showError);
    connect(m_duplicatesView, &DuplicatesView::message, this, showMessage);
    connect(m_cropView, &CropReviewView::failed, this, &MainWindow::showError);
    connect(m_cropView, &CropReviewView::message, this, showMessage);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_gridPage, tr("Images"));
    m_views->addTab(m_duplicatesView, tr("Duplicates"));
    m_views->addTab(m_cropView, tr("Borders"));
    m_views->setTabToolTip(1, tr("Exact and near copies, and which one to keep"));
    m_views->setTabToolTip(2, tr("Museum borders around scans, and the crops proposed for them"));
    m_trainPanel = new TrainPanel(this);
    connect(m_trainPanel, &TrainPanel::taskStarted, this, &MainWindow::onTaskStarted);
    m_views->addTab(m_trainPanel, tr("Training"));
    m_views->setTabToolTip(m_views->indexOf(m_trainPanel),
                           tr("Train a classifier on the labelled images and follow its curves"));
    // Evaluation: figures and confusions of a run, and the labels its predictions doubt.
    m_evaluation = new EvaluationController(this);
    connect(m_evaluation, &EvaluationController::taskStarted, this, &MainWindow::onTaskStarted);
    connect(m_evaluation, &EvaluationController::failed, this, &MainWindow::showError);
    connect(m_evaluation, &EvaluationController::message, this, showMessage);
    // A finished run was evaluated as it ended: the tabs offer it.
    connect(m_trainPanel->controller(), &TrainingController::finished, m_evaluation, &EvaluationController::refreshRuns);
    const auto showInGrid = [this](const QList<qint64> &imageIds) {
        m_views->setCurrentWidget(m_gridPage);
        selectImages(imageIds);
    };
    m_evaluationView = new EvaluationView(m_evaluation, this);
    connect(m_evaluationView, &EvaluationView::selectImagesRequested, this, showInGrid);
    connect(m_evaluationView, &EvaluationView::failed, this, &MainWindow::showError);
    connect(m_evaluationView, &EvaluationView::message, this, showMessage);
    m_views->addTab(m_evaluationView, tr("Evaluation"));
    m_views->setTabToolTip(m_views->indexOf(m_evaluationView),
                           tr("How a run does, class by class, and on which images it goes wrong"));
    m_labelErrorView = new LabelErrorView(m_evaluation, this);
    connect(m_labelErrorView, &LabelErrorView::selectImagesRequested, this, showInGrid);
    connect(m_labelErrorView, &LabelErrorView::failed, this, &MainWindow::showError);
    connect(m_labelErrorView, &LabelErrorView::message, this, showMessage);
    m_views->addTab(m_labelErrorView, tr("Label Errors"));
    m_views->setTabToolTip(m_views->indexOf(m_labelErrorView),
                           tr("Images whose label the run's predictions doubt, to accept, keep or exclude"));
    m_predictionPanel = new PredictionPanel(m_evaluation, this);
    connect(m_predictionPanel, &PredictionPanel::importRequested, this, &MainWindow::importPaths);
    connect(m_predictionPanel, &PredictionPanel::selectImagesRequested, this, showInGrid);
    connect(m_predictionPanel, &PredictionPanel::failed, this, &MainWindow::showError);
    // Similar images by a pretrained network: for the duplicates view and dropped files.
    m_similarImages = new SimilarImagesIndex(this);
    connect(m_similarImages, &SimilarImagesIndex::taskStarted, this, &MainWindow::onTaskStarted);
    m_duplicatesView->setSimilarImages(m_similarImages);
    connect(m_duplicatesView, &DuplicatesView::selectImagesRequested, this, showInGrid);
    m_predictionPanel->setSimilarImages(m_similarImages);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_views);
    setCentralWidget(m_pages);
}

void MainWindow::createDocks()
{
    m_classView = new ClassListView(this);
    m_classView->setClassModel(m_classModel);
    connect(m_classView, &ClassListView::filterChosen, this, &MainWindow::applyFilter);
    connect(m_classView, &ClassListView::imagesDropped, m_imageActions, &ImageActions::labelImages);
    m_classActions = new ClassActions(m_classView, this);
    connect(m_classActions, &ClassActions::failed, this, &MainWindow::showError);
    connect(m_classActions, &ClassActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    m_classDock = new QDockWidget(tr("Classes"), this);
    m_classDock->setObjectName(QStringLiteral("classDock"));
    m_classDock->setWidget(m_classView);
    addDockWidget(Qt::LeftDockWidgetArea, m_classDock);

    m_detailPane = new DetailPane(this);
    connect(m_detailPane, &DetailPane::labelRequested, m_imageActions, &ImageActions::labelImages);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detailPane);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);

    m_taskArea = new TaskProgressArea(this);
    connect(m_taskArea, &TaskProgressArea::taskCountChanged, this, &MainWindow::onTaskCountChanged);
    m_taskDock = new QDockWidget(tr("Tasks"), this);
    m_taskDock->setObjectName(QStringLiteral("taskDock"));
    m_taskDock->setWidget(m_taskArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_taskDock);
    m_taskDock->hide(); // shown while tasks run

    // Left and right docks run the full height; the task area sits under the grid only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_classDock, m_detailDock}, {240, 340}, Qt::Horizontal);
    resizeDocks({m_taskDock}, {70}, Qt::Vertical);

    // What the evaluated run makes of a dropped or pasted image: beside the details, shown on demand.
    m_predictionDock = new QDockWidget(tr("Prediction"), this);
    m_predictionDock->setObjectName(QStringLiteral("predictionDock"));
    m_predictionDock->setWidget(m_predictionPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_predictionDock);
    tabifyDockWidget(m_detailDock, m_predictionDock);
    m_predictionDock->hide();

    setTabOrder(m_classView, m_gridView);
    setTabOrder(m_gridView, m_detailPane);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importFilesAction);
    fileMenu->addAction(m_importFolderAction);
    fileMenu->addAction(m_importListAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_selectAllAction);
    editMenu->addAction(m_selectNoneAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_clearFiltersAction);
    editMenu->addSeparator();
    editMenu->addAction(m_pasteAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *classToggle = m_classDock->toggleViewAction();
    classToggle->setText(tr("&Classes"));
    QAction *detailToggle = m_detailDock->toggleViewAction();
    detailToggle->setText(tr("&Details"));
    QAction *taskToggle = m_taskDock->toggleViewAction();
    taskToggle->setText(tr("&Tasks"));
    viewMenu->addAction(classToggle);
    viewMenu->addAction(detailToggle);
    viewMenu->addAction(taskToggle);
    QAction *predictionToggle = m_predictionDock->toggleViewAction();
    predictionToggle->setText(tr("&Prediction"));
    viewMenu->addAction(predictionToggle);
    viewMenu->addSeparator();
    const QStringList viewNames{tr("&Images"), tr("D&uplicates"), tr("&Borders")};
    for (int i = 0; i < viewNames.size(); ++i) {
        QAction *action = viewMenu->addAction(viewNames.at(i), this, [this, i] { m_views->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    viewMenu->addAction(tr("T&raining"), this, [this] { m_views->setCurrentWidget(m_trainPanel); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_views->indexOf(m_trainPanel))));
    viewMenu->addAction(tr("&Evaluation"), this, [this] { m_views->setCurrentWidget(m_evaluationView); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_views->indexOf(m_evaluationView))));
    viewMenu->addAction(tr("&Label Errors"), this, [this] { m_views->setCurrentWidget(m_labelErrorView); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_views->indexOf(m_labelErrorView))));
    viewMenu->addSeparator();
    viewMenu->addAction(m_imageActions->previewAction());
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);

    menuBar()->addMenu(m_imageActions->labelMenu());
    menuBar()->addMenu(m_classActions->menu());

    m_projectMenu = menuBar()->addMenu(tr("&Project"));
    m_projectMenu->setObjectName(QStringLiteral("projectMenu"));
    m_projectMenu->addAction(m_mappingsAction);
    m_projectMenu->addAction(m_splitsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto addSeparated = [this](QLabel *label) {
        label->setContentsMargins(8, 0, 8, 0);
        auto *separator = new QFrame(this);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        statusBar()->addPermanentWidget(separator);
        statusBar()->addPermanentWidget(label);
        m_statusSeparators.insert(label, separator);
    };
    addSeparated(m_selectionLabel);
    addSeparated(m_countLabel);
    addSeparated(m_pathLabel);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(StateKey).toByteArray(), LayoutVersion);
    m_gridView->setThumbnailSize(settings.value(ThumbnailSizeKey, 160).toInt());
    m_zoomSlider->setValue(m_gridView->thumbnailSize());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, m_document ? saveState(LayoutVersion) : m_projectLayoutState);
    settings.setValue(ThumbnailSizeKey, m_gridView->thumbnailSize());
    settings.setValue(LastProjectKey, m_document ? m_document->filePath() : QString());
}

// --- Projects ------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString &filePath)
{
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(filePath))
        return true;
    if (!confirmStopWork())
        return false;
    try {
        auto document = std::make_unique<ProjectDocument>(ProjectStore::open(filePath));
        setDocument(std::move(document));
    } catch (const Error &error) {
        showError(tr("Cannot open the project"), error.message());
        return false;
    }
    if (!m_document)
        return false;
    m_recent->add(filePath);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(filePath)), StatusMessageMs);
    return true;
}

bool MainWindow::createProject(const QString &filePath)
{
    if (!confirmStopWork())
        return false;
    try {
        auto document = std::make_unique<ProjectDocument>(ProjectStore::create(filePath));
        setDocument(std::move(document));
    } catch (const Error &error) {
        showError(tr("Cannot create the project"), error.message());
        return false;
    }
    if (!m_document)
        return false;
    m_recent->add(filePath);
    statusBar()->showMessage(
        tr("Created %1. Import images with File ▸ Import, or drop them here.").arg(m_document->displayName()),
        StatusMessageMs * 2);
    return true;
}

bool MainWindow::restoreLastProject()
{
    const QString last = QSettings().value(LastProjectKey).toString();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return false;
    return openProject(last);
}

void MainWindow::closeProject()
{
    setDocument(nullptr);
    statusBar()->clearMessage();
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    // Everything that reads or writes the old project lets go of it before it closes.
    m_importController->setDocument(nullptr);
    m_curation->setDocument(nullptr);
    m_duplicatesView->setDocument(nullptr);
    m_cropView->setDocument(nullptr);
    m_trainPanel->setDocument(nullptr);
    m_evaluation->setDocument(nullptr);
    m_evaluationView->setDocument(nullptr);
    m_labelErrorView->setDocument(nullptr);
    m_predictionPanel->setDocument(nullptr);
    m_similarImages->setDocument(nullptr);
    delete m_splitDialog;
    delete m_mappingsDialog;
    m_imageActions->setDocument(nullptr);
    m_classActions->setDocument(nullptr);
    m_previewOverlay->setDocument(nullptr);
    m_gridModel->setDocument(nullptr);
    m_classModel->setDocument(nullptr);
    m_detailPane->setDocument(nullptr);
    m_document = std::move(document);

    if (m_document) {
        connect(m_document.get(), &ProjectDocument::contentChanged, this, &MainWindow::updateStatusBar);
        connect(m_document.get(), &ProjectDocument::editFailed, this,
                [this](const QString &message) { showError(tr("Could not undo or redo"), message); });
        // Details show the split of the current image, which pins and new versions change.
        connect(m_document.get(), &ProjectDocument::splitsChanged, this, &MainWindow::updateDetails);
        connect(m_document.get(), &ProjectDocument::exclusionChanged, this, &MainWindow::updateDetails);
        // After the grid model has moved its rows (it connected first).
        connect(m_document.get(), &ProjectDocument::labelsChanged, this, &MainWindow::updateDetails);
        try {
            m_gridModel->setDocument(m_document.get());
            m_classModel->setDocument(m_document.get());
            m_detailPane->setDocument(m_document.get());
        } catch (const Error &error) {
            m_gridModel->setDocument(nullptr);
            m_classModel->setDocument(nullptr);
            m_detailPane->setDocument(nullptr);
            const QString filePath = m_document->filePath();
            m_document.reset();
            showError(tr("Cannot open the project"),
                      tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(filePath), error.message()));
        }
    }
    if (m_document) {
        m_importController->setDocument(m_document.get());
        m_imageActions->setDocument(m_document.get());
        m_classActions->setDocument(m_document.get());
        m_previewOverlay->setDocument(m_document.get());
        m_curation->setDocument(m_document.get());
        // Images imported elsewhere (atelier-cli, an older version) are curated once opened here.
        catchUpCuration();
        m_duplicatesView->setDocument(m_document.get());
        m_cropView->setDocument(m_document.get());
        m_trainPanel->setDocument(m_document.get());
        m_evaluation->setDocument(m_document.get());
        m_evaluationView->setDocument(m_document.get());
        m_labelErrorView->setDocument(m_document.get());
        m_predictionPanel->setDocument(m_document.get());
        m_similarImages->setDocument(m_document.get());
        // Backbones may have been installed since the studio started.
        m_trainPanel->form()->refreshBackbones();
        // The classifier of the newest evaluated run loads in the background: a drop is answered at once.
        m_predictionPanel->preload();
        m_classView->setProjectFilePath(m_document->filePath());
        m_views->setCurrentWidget(m_gridPage);
        m_filterBar->clear();
        m_gridModel->setSort(m_filterBar->sort());
        m_classView->selectFilter(GridFilter::all());
    } else {
        m_imageActions->setDocument(nullptr);
        m_classActions->setDocument(nullptr);
    }
    connectUndoStack();
    showWelcome(!m_document);
    updateActions();
    updateStatusBar();
    updateWindowTitle();
    updateDetails();
    if (m_document) {
        if (m_gridModel->rowCount() > 0)
            m_gridView->setCurrentIndex(m_gridModel->index(0));
        m_gridView->setFocus();
    }
}

void MainWindow::showWelcome(bool welcome)
{
    const bool wasWelcome = m_pages->currentWidget() == m_welcome;
    const QList<QDockWidget *> docks{m_classDock, m_detailDock, m_taskDock};
    if (welcome && (!wasWelcome || m_projectLayoutState.isEmpty())) {
        m_projectLayoutState = saveState(LayoutVersion);
        for (QDockWidget *dock : docks)
            dock->hide();
        // A task started from the welcome page (the sample project) still shows its progress.
        if (m_taskArea->taskCount() > 0)
            m_taskDock->show();
    } else if (!welcome && wasWelcome) {
        restoreState(m_projectLayoutState, LayoutVersion);
    }
    for (QDockWidget *dock : docks)
        dock->toggleViewAction()->setEnabled(!welcome);
    m_pages->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_views);
    if (welcome)
        m_welcome->refreshRecent();
}

bool MainWindow::confirmStopWork()
{
    if (m_importController->isBusy()
        && !askToProceed(tr("Import in progress"),
                         tr("An import is still running. Stop it? The images imported so far are kept."),
                         tr("Stop the Import"), tr("Keep Importing")))
        return false;
    // Closing stops a run after its current batch; its checkpoint stays, ready to resume.
    if (m_trainPanel->isTraining()
        && !askToProceed(tr("Training in progress"),
                         tr("A model is still training. Stop it? It stops after the current batch and "
                            "can be resumed later from the Training tab."),
                         tr("Stop Training"), tr("Keep Training")))
        return false;
    return true;
}

bool MainWindow::askToProceed(const QString &title, const QString &question, const QString &proceedText,
                              const QString &cancelText)
{
    // Buttons named after what they do, translated by us: Qt's own translations may be missing.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton *proceed = box.addButton(proceedText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(cancelText, QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == proceed;
}

// --- Dialogs -------------------------------------------------------------------------------------

void MainWindow::newProjectDialog()
{
    QFileDialog dialog(this, tr("New Project"), lastDirectory(), projectFileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QLatin1String(ProjectStore::fileSuffix));
    dialog.selectFile(tr("Untitled"));
    // An existing project is never replaced: creating refuses, and says so.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString filePath = dialog.selectedFiles().constFirst();
    rememberDirectory(filePath);
    if (QFileInfo::exists(filePath)) {
        showError(tr("Cannot create the project"),
                  tr("%1 already exists. Open it with File ▸ Open Project, or choose another name.")
                      .arg(QDir::toNativeSeparators(filePath)));
        return;
    }
    createProject(filePath);
}

void MainWindow::openProjectDialog()
{
    const QString filePath =
        QFileDialog::getOpenFileName(this, tr("Open Project"), lastDirectory(), projectFileFilter());
    if (filePath.isEmpty())
        return;
    rememberDirectory(filePath);
    openProject(filePath);
}

void MainWindow::importFilesDialog()
{
    if (!m_document)
        return;
    const QString filter = tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)");
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Files"), lastDirectory(), filter);
    if (files.isEmpty())
        return;
    rememberDirectory(files.constFirst());
    importPaths(files);
}

void MainWindow::importFolderDialog()
{
    if (!m_document)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), lastDirectory());
    if (folder.isEmpty())
        return;
    rememberDirectory(folder);
    importPaths({folder});
}

void MainWindow::importListDialog()
{
    if (!m_document)
        return;
    PluginManager::instance().loadPlugins();
    QStringList patterns;
    QStringList filters;
    for (ImporterInterface *importer : PluginManager::instance().objects<ImporterInterface>()) {
        QStringList globs;
        for (const QString &suffix : importer->fileSuffixes())
            globs.append(QStringLiteral("*.") + suffix);
        patterns += globs;
        filters.append(QStringLiteral("%1 (%2)").arg(importer->name(), globs.join(QLatin1Char(' '))));
    }
    if (filters.isEmpty())
        filters.append(tr("CSV lists (*.csv)"));
    filters.append(tr("All files (*)"));
    const QString file = QFileDialog::getOpenFileName(this, tr("Import CSV List"), lastDirectory(),
                                                      filters.join(QStringLiteral(";;")));
    if (file.isEmpty())
        return;
    rememberDirectory(file);
    importPaths({file});
}

void MainWindow::createSampleProject()
{
    if (m_sampleTask)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                        + QStringLiteral("/sample-project");
    const QString existing = dir + QStringLiteral("/demo.atelier");
    if (QFileInfo::exists(existing)) {
        openProject(existing);
        return;
    }
    auto projectFile = std::make_shared<QString>();
    m_sampleTask = new BackgroundTask(
        tr("Creating the sample project"),
        [dir, projectFile](ProgressObserver &observer) {
            QDir().mkpath(dir);
            *projectFile = DemoProject::write(dir, DemoProject::Params(), &observer);
        },
        this);
    connect(m_sampleTask, &BackgroundTask::failed, this,
            [this](const QString &message) { showError(tr("Cannot create the sample project"), message); });
    connect(m_sampleTask, &BackgroundTask::ended, this, [this, projectFile] {
        m_sampleTask->deleteLater();
        m_sampleTask = nullptr;
        if (!projectFile->isEmpty())
            openProject(*projectFile);
    });
    onTaskStarted(m_sampleTask);
    m_sampleTask->start();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

// --- Import --------------------------------------------------------------------------------------

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_document || paths.isEmpty())
        return;
    if (m_importController->isBusy())
        statusBar()->showMessage(tr("Import queued: it starts when the current one ends."), StatusMessageMs);
    m_importController->import(paths);
}

void MainWindow::onTaskStarted(BackgroundTask *task)
{
    m_taskArea->addTask(task);
    m_taskDock->show();
}

void MainWindow::onTaskCountChanged(int count)
{
    if (count > 0)
        return;
    // Let the finished bar be seen for a moment, then give the room back to the grid.
    QTimer::singleShot(TaskDockLingerMs, this, [this] {
        if (m_taskArea->taskCount() == 0)
            m_taskDock->hide();
    });
}

void MainWindow::catchUpCuration()
{
    try {
        const ProjectStore &store = m_document->store();
        if (!store.imagesWithoutFingerprint(ImageFingerprint::Version).isEmpty())
            m_curation->fingerprintNewImages();
        if (!store.imagesWithoutContentRect(BorderDetector::Version).isEmpty())
            m_curation->detectBorders();
    } catch (const Error &error) {
        statusBar()->showMessage(error.message(), StatusMessageMs);
    }
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    // New images are fingerprinted and looked at for borders in the background, a few at a time.
    if (report.added > 0) {
        m_curation->fingerprintNewImages();
        m_curation->detectBorders();
    }
    if (report.canceled)
        statusBar()->showMessage(tr("Import canceled: %Ln image(s) added", nullptr, report.added),
                                 StatusMessageMs);
    else
        statusBar()->showMessage(tr("Import finished: %Ln image(s) added", nullptr, report.added),
                                 StatusMessageMs);
    if (m_importSummaryEnabled) {
        auto *dialog = new ImportSummaryDialog(report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    emit importFinished(report);
}

void MainWindow::applyFilter(const GridFilter &classChoice)
{
    m_filterBar->setClassChoice(classChoice);
    const GridFilter filter = m_filterBar->filter(classChoice);
    if (filter == m_gridModel->filter())
        return;
    // Stay on the same image when the new filter still shows it, else start at the top.
    const qint64 current = m_gridView->currentImageId();
    m_gridModel->setFilter(filter);
    int row = m_gridModel->rowOfImage(current);
    if (row < 0 && m_gridModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_gridModel->index(row);
        if (m_gridView->currentIndex() != index)
            m_gridView->selectionModel()->setCurrentIndex(
                index, m_gridView->selectedCount() > 0 ? QItemSelectionModel::NoUpdate
                                                       : QItemSelectionModel::ClearAndSelect);
        m_gridView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    updateStatusBar();
    updateDetails();
    updateActions();
}

void MainWindow::applySort()
{
    const qint64 current = m_gridView->currentImageId();
    m_gridModel->setSort(m_filterBar->sort());
    const int row = m_gridModel->rowOfImage(current);
    if (row >= 0)
        m_gridView->scrollTo(m_gridModel->index(row), QAbstractItemView::PositionAtCenter);
}

void MainWindow::selectImages(const QList<qint64> &imageIds)
{
    if (!m_document || imageIds.isEmpty())
        return;
    // Some may be hidden by the filters: show every image first.
    for (const qint64 id : imageIds) {
        if (m_gridModel->rowOfImage(id) < 0) {
            m_filterBar->clear();
            m_classView->selectFilter(GridFilter::all());
            break;
        }
    }
    m_gridView->selectImages(imageIds);
    m_gridView->setFocus();
}

bool MainWindow::predictImageFile(const QString &filePath)
{
    if (!m_predictionPanel->predictFile(filePath))
        return false;
    m_predictionDock->show();
    m_predictionDock->raise();
    return true;
}

bool MainWindow::predictClipboardImage()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return false;
    // A copied file is read as the drop reads it; copied pixels are asked about as they are.
    const DroppedFiles files = DroppedFiles::fromMimeData(data);
    if (files.imports.size() == 1 && PredictionPanel::isImageFile(files.imports.constFirst()))
        return predictImageFile(files.imports.constFirst());
    if (!data->hasImage())
        return false;
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull() || !m_predictionPanel->predictImage(image))
        return false;
    m_predictionDock->show();
    m_predictionDock->raise();
    return true;
}

void MainWindow::showGridContextMenu(const QPoint &position)
{
    if (!m_document)
        return;
    // A right click on an image outside the selection selects that image alone.
    const QModelIndex index = m_gridView->indexAt(position);
    if (index.isValid() && !m_gridView->selectionModel()->isSelected(index))
        m_gridView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (m_gridView->selectedCount() == 0)
        return;
    QMenu *menu = m_imageActions->createContextMenu(this);
    menu->addSeparator();
    menu->addAction(m_selectAllAction);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_gridView->viewport()->mapToGlobal(position));
}

SplitDialog *MainWindow::showSplitDialog()
{
    if (!m_document)
        return nullptr;
    if (!m_splitDialog) {
        m_splitDialog = new SplitDialog(m_document.get(), this);
        connect(m_splitDialog, &SplitDialog::taskStarted, this, &MainWindow::onTaskStarted);
        connect(m_splitDialog, &SplitDialog::selectImagesRequested, this, &MainWindow::selectImages);
    }
    m_splitDialog->show();
    m_splitDialog->raise();
    m_splitDialog->activateWindow();
    return m_splitDialog;
}

ClassMappingsDialog *MainWindow::showClassMappings()
{
    if (!m_document)
        return nullptr;
    if (!m_mappingsDialog)
        m_mappingsDialog = new ClassMappingsDialog(m_document.get(), this);
    m_mappingsDialog->show();
    m_mappingsDialog->raise();
    m_mappingsDialog->activateWindow();
    return m_mappingsDialog;
}

// --- Undo ----------------------------------------------------------------------------------------

void MainWindow::connectUndoStack()
{
    const auto update = [this] {
        QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
        const bool canUndo = stack && stack->canUndo();
        const bool canRedo = stack && stack->canRedo();
        m_undoAction->setEnabled(canUndo);
        m_redoAction->setEnabled(canRedo);
        m_undoAction->setText(canUndo ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setText(canRedo ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, update);
        connect(stack, &QUndoStack::canUndoChanged, this, update);
        connect(stack, &QUndoStack::canRedoChanged, this, update);
    }
    update();
}

// --- State ---------------------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    m_importFilesAction->setEnabled(open);
    m_importFolderAction->setEnabled(open);
    m_importListAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_zoomInAction->setEnabled(open);
    m_zoomOutAction->setEnabled(open);
    m_selectAllAction->setEnabled(open);
    m_selectNoneAction->setEnabled(open && m_gridView->selectedCount() > 0);
    m_findAction->setEnabled(open);
    m_clearFiltersAction->setEnabled(open && (m_gridModel->filter() != GridFilter::all()));
    m_mappingsAction->setEnabled(open);
    m_splitsAction->setEnabled(open);
    m_pasteAction->setEnabled(open);
    m_projectMenu->menuAction()->setVisible(open);
}

void MainWindow::updateStatusBar()
{
    const QLocale locale;
    if (!m_document) {
        setStatusField(m_countLabel, QString());
        setStatusField(m_selectionLabel, QString());
        setStatusField(m_pathLabel, QString());
        m_filterTitle->clear();
        return;
    }
    const int total = m_gridModel->totalCount();
    const int shown = m_gridModel->rowCount();
    const GridFilter filter = m_gridModel->filter();
    if (filter == GridFilter::all())
        setStatusField(m_countLabel, tr("%Ln image(s)", nullptr, total));
    else
        setStatusField(m_countLabel, tr("%1 of %Ln image(s)", nullptr, total).arg(locale.toString(shown)));

    const int selected = m_gridView->selectedCount();
    setStatusField(m_selectionLabel, selected > 0 ? tr("%Ln selected", nullptr, selected) : QString());

    const QString nativePath = QDir::toNativeSeparators(m_document->filePath());
    setStatusField(m_pathLabel, fontMetrics().elidedText(nativePath, Qt::ElideMiddle, 360));
    m_pathLabel->setToolTip(nativePath);

    if (filter.hasOptions()) {
        m_gridView->setEmptyMessage(tr("No image matches the filters.\n\nEdit ▸ Clear Filters shows every "
                                       "image again."));
    } else {
        switch (filter.kind) {
        case GridFilter::Kind::All:
            m_gridView->setEmptyMessage(tr("This project has no images yet.\n\nImport files or a folder from "
                                           "the File menu, or drop them onto this window."));
            break;
        case GridFilter::Kind::Unlabelled:
            m_gridView->setEmptyMessage(tr("Every image has a label."));
            break;
        case GridFilter::Kind::Class:
            m_gridView->setEmptyMessage(tr("No image in this class yet.\n\nSelect images and press the "
                                           "class's key to label them, or drag them onto the class."));
            break;
        }
    }

    const QModelIndex filterIndex = m_classView->currentIndex();
    const QString filterName = filterIndex.isValid() ? filterIndex.data(Qt::DisplayRole).toString()
                                                     : tr("All images");
    m_filterTitle->setText(tr("%1 — %2").arg(filterName, locale.toString(shown)));
}

void MainWindow::setStatusField(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (QFrame *separator = m_statusSeparators.value(label))
        separator->setVisible(!text.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    if (m_document) {
        setWindowTitle(tr("%1 — Atelier").arg(m_document->displayName()));
        setWindowFilePath(m_document->filePath());
    } else {
        setWindowTitle(tr("Atelier"));
        setWindowFilePath(QString());
    }
}

void MainWindow::updateDetails()
{
    DetailPane::Selection selection;
    if (m_document) {
        const QModelIndex current = m_gridView->currentIndex();
        selection.current = current.data(ThumbnailGridModel::ImageIdRole).toLongLong();
        selection.thumbnail = current.data(Qt::DecorationRole).value<QPixmap>();
        const QModelIndexList rows = m_gridView->selectionModel()->selectedIndexes();
        selection.commonClassId = rows.isEmpty() ? 0 : rows.constFirst().data(ThumbnailGridModel::ClassIdRole).toLongLong();
        for (const QModelIndex &index : rows) {
            selection.imageIds.append(index.data(ThumbnailGridModel::ImageIdRole).toLongLong());
            if (index.data(ThumbnailGridModel::ClassIdRole).toLongLong() != selection.commonClassId)
                selection.commonClassId = -1;
        }
        if (!rows.isEmpty() && !current.isValid())
            selection.current = selection.imageIds.constFirst();
        const int currentRow = m_gridModel->rowOfImage(selection.current);
        if (currentRow >= 0) {
            const QModelIndex shown = m_gridModel->index(currentRow);
            selection.pinnedSplit = shown.data(ThumbnailGridModel::PinnedSplitRole).toInt();
            selection.split = shown.data(ThumbnailGridModel::SplitRole).toInt();
        }
    }
    m_detailPane->showSelection(selection);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    int number = 1;
    for (const QString &file : files) {
        // &1..&9 and &0 give the first ten entries a mnemonic.
        QString name = QFileInfo(file).completeBaseName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&")); // a literal ampersand, not a mnemonic
        const QString text = tr("&%1 %2").arg(number % 10).arg(name);
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openProject(file); });
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_recent, &RecentProjects::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, this);
    box.setDefaultButton(box.addButton(tr("OK"), QMessageBox::AcceptRole));
    box.exec();
}

// --- Events --------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmStopWork()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_importController->setDocument(nullptr);
    // The run stops after its batch and keeps a checkpoint to resume from.
    m_trainPanel->stopAndWait();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Thumbnails dragged from the grid carry their files too: they are not to be imported again.
    if (ImageDrag::carriesImages(event->mimeData()))
        return;
    if (!DroppedFiles::fromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls() && !ImageDrag::carriesImages(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (ImageDrag::carriesImages(event->mimeData()))
        return;
    const DroppedFiles dropped = DroppedFiles::fromMimeData(event->mimeData());
    if (dropped.isEmpty())
        return;
    event->acceptProposedAction();
    activateWindow();

    if (!dropped.projects.isEmpty()) {
        // A project dropped with other files: the project is what the user is after.
        openProject(dropped.projects.constFirst());
        return;
    }
    if (!m_document) {
        if (!askToProceed(tr("No project open"),
                          tr("Images are imported into a project. Create a new project for them?"),
                          tr("New Project…"), tr("Cancel")))
            return;
        newProjectDialog();
        if (!m_document)
            return;
    }
    // One image while a run can answer: what the classifier makes of it (Add to Project imports it).
    if (dropped.imports.size() == 1 && PredictionPanel::isImageFile(dropped.imports.constFirst())
        && predictImageFile(dropped.imports.constFirst()))
        return;
    importPaths(dropped.imports);
}

} // namespace Atelier
