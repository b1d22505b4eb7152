#include "classactions.h"
#include "classlistmodel.h"
#include "classlistview.h"
#include "detailpane.h"
#include "filterbar.h"
#include "imageactions.h"
#include "importtask.h"
#include "mainwindow.h"
#include "mergeclassesdialog.h"
#include "previewoverlay.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitstore.h"
#include "testimages.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace Atelier;

/// Labelling in the studio as a curator does it: keys, preview, drags, menus, undo.
class TestLabellingWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void classKeyLabelsAndAdvancesToNextUnlabelled();
    void advancingIsAnOptionRemembered();
    void spaceOpensAndClosesThePreview();
    void deleteAndXToggleExclusion();
    void undoAndRedoKeysNameTheEdit();
    void draggingThumbnailsOntoAClassLabelsThem();
    void draggingAClassReordersTheClasses();
    void mergeThroughTheDialogKeepsHistory();
    void deletingAClassWithImagesAsksFirst();
    void renamingInPlaceIsUndoable();
    void filterBarNarrowsTheGrid();
    void selectAllStaysWithinTheFilter();
    void contextMenuOffersTheActions();
    void detailsShowTheLabelHistory();

private:
    /// A window on a fresh project: 3 cabaret, 2 travel and 4 unlabelled posters.
    void openFixture(MainWindow &window);
    qint64 classId(const MainWindow &window, const QString &name) const;
    QList<qint64> imagesOf(const MainWindow &window, qint64 classId) const;
    static void selectRow(MainWindow &window, int row);
    /// Drags `data` onto the row of the class list and drops it; returns whether it was taken.
    static bool dropOnClassRow(MainWindow &window, int row, const QMimeData &data, bool upperHalf = false);
    /// Runs `act` on the next modal widget of type T once it shows, as the user would.
    template<typename T>
    static void whenModal(std::function<void(T *)> act);

    QTemporaryDir m_dir;
    QString m_imagesDir;
};

void TestLabellingWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_labellingworkflow"));

    m_imagesDir = m_dir.filePath(QStringLiteral("images"));
    for (int i = 0; i < 3; ++i)
        TestImages::writePoster(QStringLiteral("%1/cabaret/c%2.jpg").arg(m_imagesDir).arg(i), 90, 120, 10 + i);
    for (int i = 0; i < 2; ++i)
        TestImages::writePoster(QStringLiteral("%1/travel/t%2.jpg").arg(m_imagesDir).arg(i), 120, 90, 20 + i);
    for (int i = 0; i < 4; ++i)
        TestImages::writePoster(QStringLiteral("%1/u%2.jpg").arg(m_imagesDir).arg(i), 100, 100, 30 + i);
}

void TestLabellingWorkflow::init()
{
    QSettings().clear();
}

void TestLabellingWorkflow::cleanup()
{
    // A failed test may leave a dialog open.
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

void TestLabellingWorkflow::openFixture(MainWindow &window)
{
    static int counter = 0;
    const QString projectFile = m_dir.filePath(QStringLiteral("workflow-%1.atelier").arg(++counter));
    ProjectStore::create(projectFile);
    ImportParams params;
    params.inputs = {m_imagesDir};
    QCOMPARE(ImportTask(projectFile, params).run().added, 9);

    window.setImportSummaryEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(projectFile));
    QCOMPARE(window.gridModel()->rowCount(), 9);
    window.gridView()->setFocus();
}

qint64 TestLabellingWorkflow::classId(const MainWindow &window, const QString &name) const
{
    const auto info = window.document()->store().classByName(name);
    return info ? info->id : -1;
}

QList<qint64> TestLabellingWorkflow::imagesOf(const MainWindow &window, qint64 classId) const
{
    QList<qint64> ids;
    for (const ImageRecord &image : window.document()->store().images())
        if (image.classId == classId)
            ids.append(image.id);
    return ids;
}

void TestLabellingWorkflow::selectRow(MainWindow &window, int row)
{
    window.gridView()->selectionModel()->setCurrentIndex(window.gridModel()->index(row),
                                                         QItemSelectionModel::ClearAndSelect);
}

bool TestLabellingWorkflow::dropOnClassRow(MainWindow &window, int row, const QMimeData &data, bool upperHalf)
{
    ClassListView *view = window.classListView();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    const QPoint position = upperHalf ? QPoint(rect.center().x(), rect.top() + 2) : rect.center();
    QWidget *target = view->viewport();
    QDragEnterEvent enter(position, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(position, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(position, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

template<typename T>
void TestLabellingWorkflow::whenModal(std::function<void(T *)> act)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(modal);
        }
    });
    poll->start();
}

// --- Tests ---------------------------------------------------------------------------------------

void TestLabellingWorkflow::classKeyLabelsAndAdvancesToNextUnlabelled()
{
    MainWindow window;
    openFixture(window);
    ThumbnailGridView *grid = window.gridView();
    ThumbnailGridModel *model = window.gridModel();
    window.imageActions()->setAdvancesToNextUnlabelled(true);
    const auto cabaret = window.document()->store().classByName(QStringLiteral("cabaret"));
    const char key = cabaret->shortcut.at(0).toLatin1();

    // In "All images", from a labelled image: the next unlabelled one after it comes next.
    const int firstUnlabelled = model->nextUnlabelledRow(0, {});
    QVERIFY(firstUnlabelled > 0);
    selectRow(window, firstUnlabelled);
    const qint64 labelled = grid->currentImageId();
    QTest::keyClick(grid, key);
    QCOMPARE(window.document()->store().image(labelled)->classId, cabaret->id);
    QCOMPARE(grid->selectedCount(), 1);
    QVERIFY(grid->currentImageId() != labelled);
    QCOMPARE(grid->currentIndex().data(ThumbnailGridModel::ClassIdRole).toLongLong(), 0);

    // In "Unlabelled", the labelled image leaves and the keyboard stays on the next one.
    window.classListView()->selectFilter(GridFilter::unlabelled());
    QCOMPARE(model->rowCount(), 3);
    selectRow(window, 0);
    const qint64 next = model->imageId(1);
    QTest::keyClick(grid, key);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(grid->currentImageId(), next);
    QVERIFY(grid->selectionModel()->isSelected(grid->currentIndex()));

    // A whole selection at once, with the next unlabelled image after it.
    grid->selectAll();
    QTest::keyClick(grid, key);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(imagesOf(window, 0).size(), 0);
}

void TestLabellingWorkflow::advancingIsAnOptionRemembered()
{
    {
        MainWindow window;
        openFixture(window);
        window.imageActions()->advanceAction()->setChecked(false);
        const int row = window.gridModel()->nextUnlabelledRow(0, {});
        selectRow(window, row);
        const qint64 image = window.gridView()->currentImageId();
        const auto travel = window.document()->store().classByName(QStringLiteral("travel"));
        QTest::keyClick(window.gridView(), travel->shortcut.at(0).toLatin1());
        QCOMPARE(window.document()->store().image(image)->classId, travel->id);
        // Without advancing, the keyboard stays on the image just labelled.
        QCOMPARE(window.gridView()->currentImageId(), image);
    }
    MainWindow window;
    QVERIFY(!window.imageActions()->advancesToNextUnlabelled());
    window.imageActions()->setAdvancesToNextUnlabelled(true);
    MainWindow another;
    QVERIFY(another.imageActions()->advancesToNextUnlabelled());
}

void TestLabellingWorkflow::spaceOpensAndClosesThePreview()
{
    MainWindow window;
    openFixture(window);
    ThumbnailGridView *grid = window.gridView();
    PreviewOverlay *preview = window.previewOverlay();
    selectRow(window, 0);
    QVERIFY(!preview->isOpen());

    QTest::keyClick(grid, Qt::Key_Space);
    QVERIFY(preview->isOpen());
    QCOMPARE(preview->geometry(), grid->rect());
    QCOMPARE(preview->imageId(), window.gridModel()->imageId(0));
    QTRY_VERIFY_WITH_TIMEOUT(preview->hasFullImage(), 10000);
    // The grid keeps the keyboard: the arrows move on, the preview follows.
    QCOMPARE(QApplication::focusWidget(), grid);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(preview->imageId(), window.gridModel()->imageId(1));
    QTRY_VERIFY_WITH_TIMEOUT(preview->hasFullImage(), 10000);
    // And the class keys label from the preview.
    const auto travel = window.document()->store().classByName(QStringLiteral("travel"));
    window.imageActions()->setAdvancesToNextUnlabelled(false);
    QTest::keyClick(grid, travel->shortcut.at(0).toLatin1());
    QCOMPARE(window.document()->store().image(window.gridModel()->imageId(1))->classId, travel->id);

    QTest::keyClick(grid, Qt::Key_Space);
    QVERIFY(!preview->isOpen());
    QTest::keyClick(grid, Qt::Key_Space);
    QVERIFY(preview->isOpen());
    QTest::keyClick(grid, Qt::Key_Escape);
    QVERIFY(!preview->isOpen());
    // The menu's Preview does the same as Space.
    window.imageActions()->previewAction()->trigger();
    QVERIFY(preview->isOpen());
    window.imageActions()->previewAction()->trigger();
    QVERIFY(!preview->isOpen());
}

void TestLabellingWorkflow::deleteAndXToggleExclusion()
{
    MainWindow window;
    openFixture(window);
    ThumbnailGridView *grid = window.gridView();
    selectRow(window, 2);
    const qint64 image = grid->currentImageId();
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(window.document()->store().image(image)->excluded);
    QVERIFY(window.gridModel()->flagsOf(image).testFlag(ThumbnailGridModel::Excluded));
    QCOMPARE(window.imageActions()->excludeAction()->text(), QStringLiteral("Include A&gain"));
    QTest::keyClick(grid, Qt::Key_X);
    QVERIFY(!window.document()->store().image(image)->excluded);

    // A mixed selection is excluded as a whole.
    QTest::keyClick(grid, Qt::Key_X);
    grid->selectAll();
    QTest::keyClick(grid, Qt::Key_Delete);
    for (const ImageRecord &record : window.document()->store().images())
        QVERIFY(record.excluded);
    // Files are never touched.
    QVERIFY(QFileInfo::exists(window.document()->store().absolutePath(window.document()->store().image(image)->path)));
}

void TestLabellingWorkflow::undoAndRedoKeysNameTheEdit()
{
    MainWindow window;
    openFixture(window);
    ThumbnailGridView *grid = window.gridView();
    QVERIFY(!window.undoAction()->isEnabled());
    const auto cabaret = window.document()->store().classByName(QStringLiteral("cabaret"));
    window.classListView()->selectFilter(GridFilter::unlabelled());
    grid->selectAll();
    const QList<qint64> ids = grid->selectedImageIds();
    QTest::keyClick(grid, cabaret->shortcut.at(0).toLatin1());
    QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Label 4 image(s) as “cabaret”"));

    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    for (const qint64 id : ids)
        QCOMPARE(window.document()->store().image(id)->classId, 0);
    QCOMPARE(window.redoAction()->text(), QStringLiteral("&Redo Label 4 image(s) as “cabaret”"));
    QCOMPARE(window.gridModel()->rowCount(), 4);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    for (const qint64 id : ids)
        QCOMPARE(window.document()->store().image(id)->classId, cabaret->id);
    QVERIFY(!window.redoAction()->isEnabled());

    // Closing the project drops its stack.
    window.closeProject();
    QVERIFY(!window.undoAction()->isEnabled());
}

void TestLabellingWorkflow::draggingThumbnailsOntoAClassLabelsThem()
{
    MainWindow window;
    openFixture(window);
    ThumbnailGridModel *model = window.gridModel();
    ClassListModel *classes = window.classModel();
    const qint64 travel = classId(window, QStringLiteral("travel"));
    const QList<qint64> unlabelled = imagesOf(window, 0);

    QModelIndexList dragged;
    for (const qint64 id : unlabelled.mid(0, 3))
        dragged.append(model->index(model->rowOfImage(id)));
    std::unique_ptr<QMimeData> data(model->mimeData(dragged));
    QVERIFY(dropOnClassRow(window, classes->rowOf(GridFilter::ofClass(travel)), *data));
    for (const qint64 id : unlabelled.mid(0, 3))
        QCOMPARE(window.document()->store().image(id)->classId, travel);
    QCOMPARE(classes->index(classes->rowOf(GridFilter::ofClass(travel))).data(ClassListModel::CountRole).toLongLong(), 5);
    QVERIFY(window.undoAction()->text().contains(QStringLiteral("travel")));

    // Onto "Unlabelled": the labels go.
    QVERIFY(dropOnClassRow(window, classes->rowOf(GridFilter::unlabelled()), *data));
    QCOMPARE(imagesOf(window, 0).size(), 4);
    // Onto "All images": nothing to do, the drop is refused.
    QVERIFY(!dropOnClassRow(window, classes->rowOf(GridFilter::all()), *data));

    // Images of another project are refused.
    window.classListView()->setProjectFilePath(m_dir.filePath(QStringLiteral("elsewhere.atelier")));
    QVERIFY(!dropOnClassRow(window, classes->rowOf(GridFilter::ofClass(travel)), *data));
}

void TestLabellingWorkflow::draggingAClassReordersTheClasses()
{
    MainWindow window;
    openFixture(window);
    ClassListModel *classes = window.classModel();
    const qint64 cabaret = classId(window, QStringLiteral("cabaret"));
    const qint64 travel = classId(window, QStringLiteral("travel"));
    QCOMPARE(classes->classIds(), (QList<qint64>{cabaret, travel}));

    std::unique_ptr<QMimeData> data(classes->mimeData({classes->index(classes->rowOf(GridFilter::ofClass(travel)))}));
    QVERIFY(data);
    // Dropped on the upper half of the first class: before it.
    QVERIFY(dropOnClassRow(window, classes->rowOf(GridFilter::ofClass(cabaret)), *data, true));
    QCOMPARE(classes->classIds(), (QList<qint64>{travel, cabaret}));
    QCOMPARE(window.document()->store().classes().constFirst().id, travel);
    window.document()->undoStack()->undo();
    QCOMPARE(classes->classIds(), (QList<qint64>{cabaret, travel}));

    // Move up and down from the menu do the same.
    window.classListView()->selectFilter(GridFilter::ofClass(cabaret));
    window.classActions()->moveCurrent(1);
    QCOMPARE(classes->classIds(), (QList<qint64>{travel, cabaret}));
    QCOMPARE(window.classListView()->currentClassId(), cabaret);
}

void TestLabellingWorkflow::mergeThroughTheDialogKeepsHistory()
{
    MainWindow window;
    openFixture(window);
    const qint64 cabaret = classId(window, QStringLiteral("cabaret"));
    const qint64 travel = classId(window, QStringLiteral("travel"));
    const QList<qint64> moved = imagesOf(window, travel);
    window.classListView()->selectFilter(GridFilter::ofClass(travel));

    bool sawDialog = false;
    whenModal<MergeClassesDialog>([&](MergeClassesDialog *dialog) {
        sawDialog = true;
        dialog->setTargetClassId(cabaret);
        dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    });
    window.findChild<QAction *>(QStringLiteral("mergeClassAction"))->trigger();
    QVERIFY(sawDialog);

    QVERIFY(!window.document()->store().classByName(QStringLiteral("travel")));
    QCOMPARE(imagesOf(window, cabaret).size(), 5);
    // The class list falls back to "All images"; the grid shows the moved images as cabaret.
    QCOMPARE(window.classListView()->currentFilter(), GridFilter::all());
    QCOMPARE(window.gridModel()->index(window.gridModel()->rowOfImage(moved[0])).data(ThumbnailGridModel::ClassNameRole).toString(),
             QStringLiteral("cabaret"));
    const QList<LabelChange> history = window.document()->store().labelHistory(moved[0]);
    QCOMPARE(history.constLast().oldClassId, travel);
    QCOMPARE(history.constLast().newClassId, cabaret);

    window.undoAction()->trigger();
    QCOMPARE(imagesOf(window, travel), moved);
    QVERIFY(window.classModel()->rowOf(GridFilter::ofClass(travel)) > 0);
}

void TestLabellingWorkflow::deletingAClassWithImagesAsksFirst()
{
    MainWindow window;
    openFixture(window);
    const qint64 travel = classId(window, QStringLiteral("travel"));
    const QList<qint64> images = imagesOf(window, travel);
    window.classListView()->selectFilter(GridFilter::ofClass(travel));

    // Cancelled: nothing happens.
    whenModal<QMessageBox>([](QMessageBox *box) { box->reject(); });
    window.classActions()->deleteCurrent();
    QVERIFY(window.document()->store().classByName(QStringLiteral("travel")));

    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->findChild<QPushButton *>(QStringLiteral("moveToUnlabelledButton"))->click();
    });
    window.classActions()->deleteCurrent();
    QVERIFY(question.contains(QStringLiteral("travel")));
    QVERIFY(!window.document()->store().classByName(QStringLiteral("travel")));
    QCOMPARE(imagesOf(window, 0).size(), 6);
    window.undoAction()->trigger();
    QCOMPARE(imagesOf(window, travel), images);

    // An empty class goes without a question; Undo is the safety net.
    const qint64 empty = window.classActions()->createClass(QStringLiteral("Opera"));
    QVERIFY(empty > 0);
    QCOMPARE(window.classListView()->currentClassId(), empty);
    window.classActions()->deleteCurrent();
    QVERIFY(!window.document()->store().classByName(QStringLiteral("Opera")));
    QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Delete class “Opera”"));
}

void TestLabellingWorkflow::renamingInPlaceIsUndoable()
{
    MainWindow window;
    openFixture(window);
    ClassListModel *classes = window.classModel();
    const qint64 travel = classId(window, QStringLiteral("travel"));
    const QModelIndex row = classes->index(classes->rowOf(GridFilter::ofClass(travel)));
    QVERIFY(classes->flags(row).testFlag(Qt::ItemIsEditable));
    QVERIFY(classes->setData(row, QStringLiteral("Voyage")));
    QCOMPARE(window.document()->store().classById(travel)->name, QStringLiteral("Voyage"));
    QCOMPARE(classes->index(classes->rowOf(GridFilter::ofClass(travel))).data().toString(), QStringLiteral("Voyage"));
    // The label menu follows.
    bool found = false;
    for (QAction *action : window.imageActions()->labelMenu()->actions())
        found = found || action->text().contains(QStringLiteral("Voyage"));
    QVERIFY(found);
    window.undoAction()->trigger();
    QCOMPARE(window.document()->store().classById(travel)->name, QStringLiteral("travel"));

    // A taken name is refused with a message, and nothing is stacked.
    const int before = window.document()->undoStack()->count();
    whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
    QVERIFY(!window.classActions()->renameClass(travel, QStringLiteral("cabaret")));
    QCOMPARE(window.document()->undoStack()->count(), before);
}

void TestLabellingWorkflow::filterBarNarrowsTheGrid()
{
    MainWindow window;
    openFixture(window);
    ThumbnailGridModel *model = window.gridModel();
    FilterBar *bar = window.filterBar();
    const qint64 cabaret = classId(window, QStringLiteral("cabaret"));

    // The class list chooses the class.
    window.classListView()->selectFilter(GridFilter::ofClass(cabaret));
    QCOMPARE(model->rowCount(), 3);
    // The Unlabelled button is the class list's "Unlabelled".
    auto *unlabelled = bar->findChild<QToolButton *>(QStringLiteral("unlabelledFilter"));
    unlabelled->click();
    QCOMPARE(window.classListView()->currentFilter(), GridFilter::unlabelled());
    QCOMPARE(model->rowCount(), 4);
    unlabelled->click();
    QCOMPARE(window.classListView()->currentFilter(), GridFilter::all());
    QCOMPARE(model->rowCount(), 9);

    // Text: Ctrl+F, type, and the grid follows once typing pauses.
    QTest::keyClick(window.gridView(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), bar->searchField());
    QSignalSpy filtered(bar, &FilterBar::filterChanged);
    QTest::keyClicks(bar->searchField(), QStringLiteral("TRAVEL/"));
    QVERIFY(filtered.wait());
    QCOMPARE(model->rowCount(), 2);
    QTest::keyClick(bar->searchField(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), window.gridView());
    QTRY_COMPARE(model->rowCount(), 9);

    // Excluded.
    window.document()->setExcluded({model->imageId(0)}, true);
    bar->findChild<QToolButton *>(QStringLiteral("excludedFilter"))->click();
    QCOMPARE(model->rowCount(), 1);
    bar->findChild<QToolButton *>(QStringLiteral("excludedFilter"))->click();

    // Split of the current version.
    SplitStore(window.document()->store()).saveVersion({{model->imageId(0), Split::Test}, {model->imageId(1), Split::Train}},
                                                       SplitParams());
    window.document()->notifySplitsChanged();
    auto *split = bar->findChild<QComboBox *>(QStringLiteral("splitFilter"));
    split->setCurrentIndex(split->findData(int(GridFilter::SplitPart::Test)));
    QCOMPARE(model->rowCount(), 1);
    split->setCurrentIndex(split->findData(int(GridFilter::SplitPart::Unassigned)));
    QCOMPARE(model->rowCount(), 7);

    // Orders that need a model are listed but cannot be chosen.
    auto *sort = bar->findChild<QComboBox *>(QStringLiteral("sortOrder"));
    const auto *items = qobject_cast<QStandardItemModel *>(sort->model());
    QVERIFY(items && !items->item(sort->count() - 1)->isEnabled());

    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Clear Filters"))
            action->trigger();
    QCOMPARE(model->rowCount(), 9);
}

void TestLabellingWorkflow::selectAllStaysWithinTheFilter()
{
    MainWindow window;
    openFixture(window);
    window.classListView()->selectFilter(GridFilter::unlabelled());
    window.gridView()->setFocus();
    QTest::keyClick(window.gridView(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(window.gridView()->selectedCount(), 4);
    for (const qint64 id : window.gridView()->selectedImageIds())
        QCOMPARE(window.document()->store().image(id)->classId, 0);
}

void TestLabellingWorkflow::contextMenuOffersTheActions()
{
    MainWindow window;
    openFixture(window);
    selectRow(window, 0);
    std::unique_ptr<QMenu> menu(window.imageActions()->createContextMenu(&window));
    QStringList texts;
    QMenu *labelAs = nullptr;
    QMenu *pin = nullptr;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->menu() && action->menu()->objectName() == QLatin1String("labelAsMenu"))
            labelAs = action->menu();
        if (action->menu() && action->menu()->objectName() == QLatin1String("pinMenu"))
            pin = action->menu();
    }
    QVERIFY(texts.contains(QStringLiteral("&Preview")));
    QVERIFY(texts.contains(QStringLiteral("&Remove Label")));
    QVERIFY(texts.contains(QStringLiteral("E&xclude")));
    QVERIFY(texts.contains(QStringLiteral("Show in &File Manager")));
    QVERIFY(labelAs && pin);
    QCOMPARE(labelAs->actions().size(), 2);
    QVERIFY(labelAs->actions().constFirst()->text().contains(QStringLiteral("cabaret")));

    // Pin to Test from the menu, then unpin.
    const qint64 image = window.gridView()->currentImageId();
    pin->actions().at(2)->trigger();
    QCOMPARE(SplitStore(window.document()->store()).pins().value(image), Split::Test);
    QCOMPARE(window.gridView()->currentIndex().data(ThumbnailGridModel::PinnedSplitRole).toInt(), int(Split::Test));
    pin->actions().constLast()->trigger();
    QVERIFY(SplitStore(window.document()->store()).pins().isEmpty());
}

void TestLabellingWorkflow::detailsShowTheLabelHistory()
{
    MainWindow window;
    openFixture(window);
    const qint64 cabaret = classId(window, QStringLiteral("cabaret"));
    const qint64 travel = classId(window, QStringLiteral("travel"));
    window.classListView()->selectFilter(GridFilter::ofClass(cabaret));
    selectRow(window, 0);
    auto *history = window.detailPane()->findChild<QLabel *>(QStringLiteral("labelHistory"));
    QVERIFY(history);
    QCOMPARE(history->text(), QStringLiteral("No change since the import"));

    window.imageActions()->setAdvancesToNextUnlabelled(false);
    const qint64 image = window.gridView()->currentImageId();
    window.imageActions()->labelImages({image}, travel);
    window.gridView()->selectImages({image}); // it left the filtered grid
    window.classListView()->selectFilter(GridFilter::all());
    window.gridView()->selectImages({image});
    QVERIFY2(history->text().contains(QStringLiteral("cabaret → travel")), qPrintable(history->text()));

    // The history is the project's: it is there after a restart.
    const QString projectFile = window.document()->filePath();
    window.closeProject();
    QVERIFY(window.openProject(projectFile));
    window.gridView()->selectImages({image});
    QVERIFY(history->text().contains(QStringLiteral("cabaret → travel")));
}

QTEST_MAIN(TestLabellingWorkflow)
#include "tst_labellingworkflow.moc"
