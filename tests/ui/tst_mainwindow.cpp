#include "classlistview.h"
#include "importcontroller.h"
#include "importsummarydialog.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "testimages.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"

#include <QDockWidget>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Atelier;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void startsOnTheWelcomePage();
    void opensAProject();
    void droppingFilesAndFoldersImportsThem();
    void droppingAProjectOpensIt();
    void remembersRecentProjects();
    void restoresWindowState();
    void labelsTheSelectionWithAKey();

private:
    QString newProject(const QString &name);
    /// Drags the URLs onto `target` and drops them; returns whether the drag was accepted.
    static bool dropUrls(QWidget *target, const QList<QUrl> &urls);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings go to a scratch folder under a test-only organisation, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::newProject(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".atelier"));
    ProjectStore::create(path);
    return path;
}

bool TestMainWindow::dropUrls(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mimeData;
    mimeData.setUrls(urls);
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(position, Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

void TestMainWindow::startsOnTheWelcomePage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.document());
    auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcome"));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("newProjectButton"))->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("openProjectButton"))->isVisible());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("classDock"))->isVisible());
}

void TestMainWindow::opensAProject()
{
    const QString path = newProject(QStringLiteral("open"));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QVERIFY(window.document());
    QCOMPARE(window.document()->filePath(), path);
    QCOMPARE(window.gridModel()->rowCount(), 0);
    auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    QVERIFY(pages->currentWidget()->isAncestorOf(window.gridView()));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("classDock"))->isVisible());
    QVERIFY(window.windowTitle().contains(QStringLiteral("open")));

    window.closeProject();
    QVERIFY(!window.document());
    QCOMPARE(window.gridModel()->rowCount(), 0);
}

void TestMainWindow::droppingFilesAndFoldersImportsThem()
{
    const QString path = newProject(QStringLiteral("drop"));
    const QString loose1 = TestImages::writePoster(m_dir.filePath(QStringLiteral("drop-in/a.jpg")), 120, 90, 1);
    const QString loose2 = TestImages::writePoster(m_dir.filePath(QStringLiteral("drop-in/b.png")), 90, 120, 2,
                                                   TestImages::Format::Png);
    const QString folder = m_dir.filePath(QStringLiteral("drop-folder"));
    for (int i = 0; i < 3; ++i)
        TestImages::writePoster(QStringLiteral("%1/posters/p%2.jpg").arg(folder).arg(i), 100, 140, 10 + i);
    TestImages::writePoster(QStringLiteral("%1/flyers/f0.jpg").arg(folder), 140, 100, 20);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    QSignalSpy started(window.importController(), &ImportController::taskStarted);
    QSignalSpy finished(&window, &MainWindow::importFinished);

    // Dropped on the central widget: it does not take drops itself, so the window handles them.
    QVERIFY(dropUrls(window.centralWidget(), {QUrl::fromLocalFile(loose1), QUrl::fromLocalFile(loose2)}));
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QTRY_COMPARE(window.gridModel()->rowCount(), 2);

    // The summary says what happened.
    auto *summary = window.findChild<ImportSummaryDialog *>();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    summary->close();

    QVERIFY(dropUrls(&window, {QUrl::fromLocalFile(folder)}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QTRY_COMPARE(window.gridModel()->rowCount(), 6);
    QVERIFY(window.document()->store().classByName(QStringLiteral("posters")));
    QVERIFY(window.document()->store().classByName(QStringLiteral("flyers")));

    // Dropping the same files again adds nothing.
    window.setImportSummaryEnabled(false);
    QVERIFY(dropUrls(&window, {QUrl::fromLocalFile(loose1)}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
    QCOMPARE(window.gridModel()->rowCount(), 6);

    // Something that is not a local file is refused at the drag.
    QVERIFY(!dropUrls(&window, {QUrl(QStringLiteral("https://example.invalid/a.jpg"))}));
}

void TestMainWindow::droppingAProjectOpensIt()
{
    const QString first = newProject(QStringLiteral("first"));
    const QString second = newProject(QStringLiteral("second"));
    MainWindow window;
    window.setImportSummaryEnabled(false);
    window.show();
    QVERIFY(window.openProject(first));

    QVERIFY(dropUrls(window.centralWidget(), {QUrl::fromLocalFile(second)}));
    QVERIFY(window.document());
    QCOMPARE(window.document()->filePath(), second);
    QVERIFY(!window.importController()->isBusy()); // opened, not imported
}

void TestMainWindow::remembersRecentProjects()
{
    const QString kept = newProject(QStringLiteral("kept"));
    const QString gone = newProject(QStringLiteral("gone"));
    {
        MainWindow window;
        QVERIFY(window.openProject(gone));
        QVERIFY(window.openProject(kept));
        window.close();
    }
    QVERIFY(QFile::remove(gone));

    MainWindow window;
    QVERIFY(window.restoreLastProject());
    QCOMPARE(window.document()->filePath(), kept);
    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recentMenu);
    emit recentMenu->aboutToShow();
    QStringList entries;
    for (QAction *action : recentMenu->actions())
        if (!action->isSeparator())
            entries.append(action->text());
    // The missing project was pruned; "Clear List" follows the remaining one.
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.constFirst().contains(QStringLiteral("kept")));
}

void TestMainWindow::restoresWindowState()
{
    const QString path = newProject(QStringLiteral("state"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        window.resize(1111, 777);
        window.findChild<QDockWidget *>(QStringLiteral("detailDock"))->hide();
        window.gridView()->setThumbnailSize(208);
        QVERIFY(window.close());
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1111, 777));
    QCOMPARE(window.gridView()->thumbnailSize(), 208);
    QVERIFY(window.restoreLastProject());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("detailDock"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("classDock"))->isVisible());
}

void TestMainWindow::labelsTheSelectionWithAKey()
{
    const QString path = newProject(QStringLiteral("keys"));
    const QString folder = m_dir.filePath(QStringLiteral("keys-in"));
    TestImages::writePoster(folder + QStringLiteral("/maps/m0.jpg"), 80, 80, 50);
    TestImages::writePoster(folder + QStringLiteral("/prints/p0.jpg"), 80, 80, 51);

    MainWindow window;
    window.setImportSummaryEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths({folder});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(window.gridModel()->rowCount(), 2);

    const auto maps = window.document()->store().classByName(QStringLiteral("maps"));
    const auto prints = window.document()->store().classByName(QStringLiteral("prints"));
    QVERIFY(maps && prints && !prints->shortcut.isEmpty());

    ThumbnailGridView *grid = window.gridView();
    grid->setFocus();
    grid->selectAll();
    QTest::keyClick(grid, prints->shortcut.at(0).toLatin1());
    for (int row = 0; row < window.gridModel()->rowCount(); ++row)
        QCOMPARE(window.gridModel()->index(row).data(ThumbnailGridModel::ClassIdRole).toLongLong(), prints->id);

    QTest::keyClick(grid, '0');
    QCOMPARE(window.document()->store().labelCounts().value(0), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
