#include "mainwindow.h"

#include "aboutdialog.h"
#include "backgroundtask.h"
#include "classlistmodel.h"
#include "classlistview.h"
#include "demoproject.h"
#include "detailpane.h"
#include "droppedfiles.h"
#include "error.h"
#include "importcontroller.h"
#include "importerinterface.h"
#include "importsummarydialog.h"
#include "pluginmanager.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "recentprojects.h"
#include "taskprogressarea.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"
#include "welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
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
#include <QTimer>
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
    rebuildLabelActions();
    updateActions();
    updateStatusBar();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // Imports write to the project, and thumbnail workers read it: stop them before it closes.
    m_importController->setDocument(nullptr);
    delete m_sampleTask;
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
        if (confirmStopImports())
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
    connect(m_gridView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_labelMenu && !m_gridView->selectedImageIds().isEmpty())
            m_labelMenu->popup(m_gridView->viewport()->mapToGlobal(position));
    });
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

    m_gridPage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(m_gridPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_gridView, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_gridPage);
    setCentralWidget(m_pages);
}

void MainWindow::createDocks()
{
    m_classView = new ClassListView(this);
    m_classView->setClassModel(m_classModel);
    connect(m_classView, &ClassListView::filterChosen, this, &MainWindow::applyFilter);
    m_classDock = new QDockWidget(tr("Classes"), this);
    m_classDock->setObjectName(QStringLiteral("classDock"));
    m_classDock->setWidget(m_classView);
    addDockWidget(Qt::LeftDockWidgetArea, m_classDock);

    m_detailPane = new DetailPane(this);
    connect(m_detailPane, &DetailPane::labellingFailed, this,
            [this](const QString &message) { showError(tr("Could not change the label"), message); });
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

    m_labelMenu = menuBar()->addMenu(tr("&Label"));
    m_labelMenu->setObjectName(QStringLiteral("labelMenu"));

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
    viewMenu->addSeparator();
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);

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
    if (!confirmStopImports())
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
    if (!confirmStopImports())
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
    m_gridModel->setDocument(nullptr);
    m_classModel->setDocument(nullptr);
    m_detailPane->setDocument(nullptr);
    m_document = std::move(document);

    if (m_document) {
        connect(m_document.get(), &ProjectDocument::contentChanged, this, [this] {
            rebuildLabelActions();
            updateStatusBar();
        });
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
        m_classView->selectFilter(GridFilter::all());
    }
    showWelcome(!m_document);
    rebuildLabelActions();
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
    m_pages->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_gridPage);
    if (welcome)
        m_welcome->refreshRecent();
}

bool MainWindow::confirmStopImports()
{
    if (!m_importController->isBusy())
        return true;
    return askToProceed(tr("Import in progress"),
                        tr("An import is still running. Stop it? The images imported so far are kept."),
                        tr("Stop the Import"), tr("Keep Importing"));
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

void MainWindow::onImportFinished(const ImportReport &report)
{
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

void MainWindow::applyFilter(const GridFilter &filter)
{
    if (filter == m_gridModel->filter())
        return;
    // Stay on the same image when the new filter still shows it, else start at the top.
    const qint64 current = m_gridView->currentImageId();
    m_gridModel->setFilter(filter);
    int row = m_gridModel->rowOfImage(current);
    if (row < 0 && m_gridModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        m_gridView->setCurrentIndex(m_gridModel->index(row));
        m_gridView->scrollTo(m_gridModel->index(row), QAbstractItemView::PositionAtCenter);
    }
    updateStatusBar();
    updateDetails();
}

// --- Labels --------------------------------------------------------------------------------------

void MainWindow::rebuildLabelActions()
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    m_labelMenu->clear();
    m_labelMenu->menuAction()->setVisible(m_document != nullptr);
    if (!m_document)
        return;

    QList<ClassInfo> classes;
    try {
        classes = m_document->store().classes();
    } catch (const Error &) {
        // The menu stays empty; opening the project already reported a broken file.
    }
    // Single-key shortcuts act on the grid only, so they never steal typing from a text field.
    auto addLabelAction = [this](const QString &text, const QString &key, qint64 classId) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty())
            action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, classId] { labelSelection(classId); });
        m_labelMenu->addAction(action);
        m_gridView->addAction(action);
        m_labelActions.append(action);
    };
    for (const ClassInfo &info : std::as_const(classes))
        addLabelAction(tr("Label as “%1”").arg(info.name), info.shortcut, info.id);
    if (!classes.isEmpty())
        m_labelMenu->addSeparator();
    addLabelAction(tr("Remove Label"), QStringLiteral("0"), 0);
    if (classes.isEmpty()) {
        // Owned by the menu, so clear() removes it.
        QAction *hint = m_labelMenu->addAction(tr("Classes come from folder names when you import"));
        hint->setEnabled(false);
    }
    updateActions();
}

void MainWindow::labelSelection(qint64 classId)
{
    if (!m_document)
        return;
    const QList<qint64> ids = m_gridView->selectedImageIds();
    if (ids.isEmpty())
        return;
    const QModelIndex current = m_gridView->currentIndex();
    const int currentRow = current.row();
    try {
        m_document->setLabels(ids, classId);
    } catch (const Error &error) {
        showError(tr("Could not change the label"), error.message());
        return;
    }
    // When labelled images leave the filtered grid, keep the keyboard where the user was.
    if (current.isValid() && !m_gridView->currentIndex().isValid() && m_gridModel->rowCount() > 0)
        m_gridView->setCurrentIndex(m_gridModel->index(qMin(currentRow, m_gridModel->rowCount() - 1)));
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
    const bool hasSelection = open && m_gridView->selectionModel()
                              && m_gridView->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_labelActions))
        action->setEnabled(hasSelection);
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
    if (m_gridModel->filter().kind == GridFilter::Kind::All)
        setStatusField(m_countLabel, tr("%Ln image(s)", nullptr, total));
    else
        setStatusField(m_countLabel, tr("%1 of %Ln image(s)", nullptr, total).arg(locale.toString(shown)));

    const int selected = int(m_gridView->selectionModel()
                                 ? m_gridView->selectionModel()->selectedIndexes().size()
                                 : 0);
    setStatusField(m_selectionLabel, selected > 0 ? tr("%Ln selected", nullptr, selected) : QString());

    const QString nativePath = QDir::toNativeSeparators(m_document->filePath());
    setStatusField(m_pathLabel, fontMetrics().elidedText(nativePath, Qt::ElideMiddle, 360));
    m_pathLabel->setToolTip(nativePath);

    switch (m_gridModel->filter().kind) {
    case GridFilter::Kind::All:
        m_gridView->setEmptyMessage(tr("This project has no images yet.\n\nImport files or a folder from "
                                       "the File menu, or drop them onto this window."));
        break;
    case GridFilter::Kind::Unlabelled:
        m_gridView->setEmptyMessage(tr("Every image has a label."));
        break;
    case GridFilter::Kind::Class:
        m_gridView->setEmptyMessage(tr("No image in this class yet.\n\nSelect images and press the "
                                       "class's key to label them."));
        break;
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
    if (!confirmStopImports()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_importController->setDocument(nullptr);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedFiles::fromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
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
    importPaths(dropped.imports);
}

} // namespace Atelier
