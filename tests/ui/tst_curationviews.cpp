#include "borderdetector.h"
#include "cropeditor.h"
#include "cropproposalsmodel.h"
#include "cropreviewview.h"
#include "curationcontroller.h"
#include "detailpane.h"
#include "duplicategroupsmodel.h"
#include "duplicatemembersview.h"
#include "duplicatesview.h"
#include "imagefingerprint.h"
#include "imagepreview.h"
#include "importtask.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "scanfixtures.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Atelier;

/// The curation views: duplicates (groups, keepers, one-key decisions) and crop review
/// (accept, reject, adjust), each decision undoable.
class TestCurationViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void keeperIsTheSharpestLeastCompressedCopy();
    void duplicatesViewGroupsCopiesAndSuggestsKeepers();
    void keepKeyExcludesTheOtherCopies();
    void applyingAllSuggestionsLeavesLabelConflicts();
    void sensitivityIsRemembered();
    void newImagesAreFingerprintedAfterImport();
    void bordersAreDetectedAndListed();
    void cropDecisionsByKeyAndInBulk();
    void draggingAnEdgeAdjustsTheCrop();
    void detailPaneFramesTheContent();
    void projectsImportedElsewhereAreCuratedOnOpening();
    void detectingAgainSaysWhatIsLeftToReview();

private:
    /// A window on a fresh copy of the fixture project, on the given tab.
    void open(MainWindow &window, int tab);
    /// Waits for the duplicates view's search.
    static void waitForSearch(MainWindow &window);
    qint64 idOf(MainWindow &window, const QString &fileName) const;
    int rowOfGroupWith(MainWindow &window, qint64 imageId) const;

    QTemporaryDir m_dir;
    QString m_imagesDir;
    QString m_borderedDir;
    QRect m_borderedContent;
};

void TestCurationViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_curationviews"));

    // Three groups of copies and one poster alone:
    //  b: a JPEG in cabaret and the same picture as an unlabelled PNG (the PNG should be kept),
    //  c: a JPEG in cabaret and a smaller rescan of it in travel (labels differ),
    //  d: a JPEG in cabaret and a byte-for-byte copy of it, unlabelled (an exact group).
    m_imagesDir = m_dir.filePath(QStringLiteral("images"));
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        ScanFixtures::writeFile(m_imagesDir + QLatin1Char('/') + name, bytes);
    };
    const RgbImage b = ScanFixtures::poster(480, 640, 11);
    write(QStringLiteral("cabaret/b.jpg"), ScanFixtures::encodeJpeg(b, 85));
    write(QStringLiteral("b-master.png"), ScanFixtures::encodePng(b));
    const RgbImage c = ScanFixtures::poster(480, 640, 12);
    write(QStringLiteral("cabaret/c.jpg"), ScanFixtures::encodeJpeg(c, 90));
    QString description;
    for (quint32 seed = 1; seed < 100; ++seed) {
        const RgbImage smaller = ScanFixtures::transformedImage(c, ScanFixtures::Transform::Rescale, seed, &description);
        if (smaller.width < c.width && smaller.width >= c.width / 2) {
            write(QStringLiteral("travel/c-rescan.jpg"), ScanFixtures::encodeJpeg(smaller, 90));
            break;
        }
    }
    QVERIFY2(QFileInfo::exists(m_imagesDir + QStringLiteral("/travel/c-rescan.jpg")), qPrintable(description));
    write(QStringLiteral("cabaret/d.jpg"), ScanFixtures::encodeJpeg(ScanFixtures::poster(480, 640, 13), 90));
    QVERIFY(QFile::copy(m_imagesDir + QStringLiteral("/cabaret/d.jpg"), m_imagesDir + QStringLiteral("/d-copy.jpg")));
    write(QStringLiteral("travel/e.jpg"), ScanFixtures::encodeJpeg(ScanFixtures::poster(480, 640, 14), 90));

    // Scans with a museum strip, and one without, for the crop review.
    m_borderedDir = m_dir.filePath(QStringLiteral("bordered"));
    for (int i = 0; i < 3; ++i) {
        const ScanFixtures::BorderedScan scan = ScanFixtures::withBorder(ScanFixtures::poster(500, 700, 40 + i),
                                                                         ScanFixtures::BorderStyle::CatalogueText,
                                                                         quint32(7 + i));
        ScanFixtures::writeFile(QStringLiteral("%1/scan-%2.jpg").arg(m_borderedDir).arg(i),
                                ScanFixtures::encodeJpeg(scan.image, 92));
        if (i == 0)
            m_borderedContent = scan.content;
    }
    ScanFixtures::writeFile(m_borderedDir + QStringLiteral("/plain.jpg"),
                            ScanFixtures::encodeJpeg(ScanFixtures::poster(500, 700, 50), 92));
}

void TestCurationViews::init()
{
    QSettings().clear();
}

void TestCurationViews::open(MainWindow &window, int tab)
{
    static int counter = 0;
    const QString projectFile = m_dir.filePath(QStringLiteral("curation-%1.atelier").arg(++counter));
    ProjectStore::create(projectFile);
    ImportParams params;
    params.inputs = {m_imagesDir, m_borderedDir};
    QCOMPARE(ImportTask(projectFile, params).run().added, 11);
    window.setImportSummaryEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(projectFile));
    window.views()->setCurrentIndex(tab);
}

void TestCurationViews::waitForSearch(MainWindow &window)
{
    QSignalSpy found(window.duplicatesView(), &DuplicatesView::searchFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() || (window.duplicatesView()->hasSearched()
                                                   && !window.curation()->isBusy()),
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy(), 60000);
}

qint64 TestCurationViews::idOf(MainWindow &window, const QString &fileName) const
{
    for (const ImageRecord &image : window.document()->store().images())
        if (QFileInfo(image.path).fileName() == fileName)
            return image.id;
    return 0;
}

int TestCurationViews::rowOfGroupWith(MainWindow &window, qint64 imageId) const
{
    DuplicateGroupsModel *model = window.duplicatesView()->groupsModel();
    for (int row = 0; row < model->rowCount(); ++row)
        for (const DuplicateMember &member : model->members(row))
            if (member.imageId == imageId)
                return row;
    return -1;
}

namespace {
DuplicateMember copy(qint64 id, int width, int height, qint64 byteSize, const QString &format)
{
    DuplicateMember member;
    member.imageId = id;
    member.width = width;
    member.height = height;
    member.byteSize = byteSize;
    member.format = format;
    return member;
}
} // namespace

void TestCurationViews::keeperIsTheSharpestLeastCompressedCopy()
{
    // Resolution first.
    QCOMPARE(KeeperChoice::suggest({copy(1, 800, 600, 90'000, QStringLiteral("JPEG")),
                                    copy(2, 1600, 1200, 200'000, QStringLiteral("JPEG"))}),
             2);
    // Same resolution: a lossless file before a JPEG, even a larger JPEG.
    QCOMPARE(KeeperChoice::suggest({copy(1, 800, 600, 900'000, QStringLiteral("JPEG")),
                                    copy(2, 800, 600, 700'000, QStringLiteral("PNG"))}),
             2);
    // Same format and resolution: the least compressed.
    QCOMPARE(KeeperChoice::suggest({copy(1, 800, 600, 90'000, QStringLiteral("JPEG")),
                                    copy(2, 800, 600, 150'000, QStringLiteral("JPEG"))}),
             2);
    // A tie keeps the first imported.
    QCOMPARE(KeeperChoice::suggest({copy(5, 800, 600, 90'000, QStringLiteral("JPEG")),
                                    copy(9, 800, 600, 90'000, QStringLiteral("JPEG"))}),
             5);
}

void TestCurationViews::duplicatesViewGroupsCopiesAndSuggestsKeepers()
{
    MainWindow window;
    open(window, 0);
    // Ctrl+2 shows the duplicates, which searches for them the first time.
    window.gridView()->setFocus();
    QTest::keyClick(window.gridView(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.views()->currentWidget(), window.duplicatesView());
    waitForSearch(window);
    DuplicateGroupsModel *model = window.duplicatesView()->groupsModel();
    QCOMPARE(model->rowCount(), 3);

    const int b = rowOfGroupWith(window, idOf(window, QStringLiteral("b.jpg")));
    const int c = rowOfGroupWith(window, idOf(window, QStringLiteral("c.jpg")));
    const int d = rowOfGroupWith(window, idOf(window, QStringLiteral("d.jpg")));
    QVERIFY(b >= 0 && c >= 0 && d >= 0);
    QCOMPARE(model->suggestedKeeper(b), idOf(window, QStringLiteral("b-master.png")));
    QCOMPARE(model->suggestedKeeper(c), idOf(window, QStringLiteral("c.jpg")));
    QCOMPARE(model->suggestedKeeper(d), idOf(window, QStringLiteral("d.jpg")));
    QCOMPARE(model->kind(d), DuplicateKind::Exact);
    QVERIFY(model->labelsDiffer(c));
    QVERIFY(!model->labelsDiffer(b) && !model->labelsDiffer(d));
    QCOMPARE(model->conflictCount(), 1);
    QVERIFY(model->index(c).data(Qt::DisplayRole).toString().contains(QStringLiteral("travel")));

    // The copies of the chosen group are shown side by side.
    window.duplicatesView()->groupList()->setCurrentIndex(model->index(b));
    QCOMPARE(window.duplicatesView()->membersView()->members().size(), 2);
}

void TestCurationViews::keepKeyExcludesTheOtherCopies()
{
    MainWindow window;
    open(window, 1);
    waitForSearch(window);
    DuplicatesView *view = window.duplicatesView();
    const qint64 jpeg = idOf(window, QStringLiteral("b.jpg"));
    const qint64 png = idOf(window, QStringLiteral("b-master.png"));
    view->groupList()->setCurrentIndex(view->groupsModel()->index(rowOfGroupWith(window, jpeg)));
    DuplicateMembersView *members = view->membersView();
    members->setFocus();
    members->setCurrentMember(members->members().constFirst().imageId == jpeg ? 0 : 1);
    QCOMPARE(members->currentImageId(), jpeg);

    // K keeps the JPEG (against the suggestion) and excludes the PNG.
    QTest::keyClick(members, Qt::Key_K);
    QVERIFY(window.document()->store().image(png)->excluded);
    QVERIFY(!window.document()->store().image(jpeg)->excluded);
    QVERIFY(window.gridModel()->flagsOf(png).testFlag(ThumbnailGridModel::Excluded));
    QVERIFY(view->groupsModel()->index(rowOfGroupWith(window, jpeg)).data(DuplicateGroupsModel::ResolvedRole).toBool());
    QVERIFY(window.undoAction()->text().contains(QStringLiteral("b.jpg")));

    // X brings the PNG back; Enter applies the suggestion: the PNG kept, the JPEG out.
    members->setCurrentMember(members->members().constFirst().imageId == png ? 0 : 1);
    QTest::keyClick(members, Qt::Key_X);
    QVERIFY(!window.document()->store().image(png)->excluded);
    QTest::keyClick(members, Qt::Key_Return);
    QVERIFY(window.document()->store().image(jpeg)->excluded);
    QVERIFY(!window.document()->store().image(png)->excluded);

    // Every step is undone; no file was touched.
    QUndoStack *stack = window.document()->undoStack();
    stack->undo();
    stack->undo();
    stack->undo();
    QVERIFY(!window.document()->store().image(png)->excluded);
    QVERIFY(!window.document()->store().image(jpeg)->excluded);
    QVERIFY(QFileInfo::exists(m_imagesDir + QStringLiteral("/b-master.png")));
}

void TestCurationViews::applyingAllSuggestionsLeavesLabelConflicts()
{
    MainWindow window;
    open(window, 1);
    waitForSearch(window);
    DuplicatesView *view = window.duplicatesView();
    view->findChild<QPushButton *>(QStringLiteral("applyAllSuggestionsButton"))->click();
    const ProjectStore &store = window.document()->store();
    QVERIFY(store.image(idOf(window, QStringLiteral("b.jpg")))->excluded);
    QVERIFY(!store.image(idOf(window, QStringLiteral("b-master.png")))->excluded);
    QVERIFY(store.image(idOf(window, QStringLiteral("d-copy.jpg")))->excluded);
    QVERIFY(!store.image(idOf(window, QStringLiteral("d.jpg")))->excluded);
    // The copies with different labels wait for a person.
    QVERIFY(!store.image(idOf(window, QStringLiteral("c.jpg")))->excluded);
    QVERIFY(!store.image(idOf(window, QStringLiteral("c-rescan.jpg")))->excluded);
    QCOMPARE(view->groupsModel()->openCount(), 1);

    // One step to undo it all.
    window.undoAction()->trigger();
    for (const ImageRecord &image : store.images())
        QVERIFY(!image.excluded);
}

void TestCurationViews::sensitivityIsRemembered()
{
    MainWindow window;
    open(window, 1);
    waitForSearch(window);
    auto *sensitivity = window.duplicatesView()->findChild<QComboBox *>(QStringLiteral("duplicateSensitivity"));
    QCOMPARE(window.duplicatesView()->sensitivity(), DuplicateSearchParams::NormalSensitivity);
    QSignalSpy found(window.duplicatesView(), &DuplicatesView::searchFinished);
    sensitivity->setCurrentIndex(sensitivity->findData(DuplicateSearchParams::LowSensitivity));
    emit sensitivity->activated(sensitivity->currentIndex());
    QVERIFY(found.wait(60000));
    // Exact copies are found at any sensitivity.
    QVERIFY(window.duplicatesView()->groupsModel()->rowCount() >= 1);

    MainWindow another;
    QCOMPARE(another.duplicatesView()->sensitivity(), DuplicateSearchParams::LowSensitivity);
}

void TestCurationViews::newImagesAreFingerprintedAfterImport()
{
    const QString projectFile = m_dir.filePath(QStringLiteral("fingerprints.atelier"));
    ProjectStore::create(projectFile);
    MainWindow window;
    window.setImportSummaryEnabled(false);
    QVERIFY(window.openProject(projectFile));
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importPaths({m_imagesDir});
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
    // The work may be over before a poll could see it busy: wait for its outcome instead.
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->store().fingerprints(ImageFingerprint::Version).size(), 7, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy(), 60000);
    QVERIFY(window.document()->store().imagesWithoutFingerprint(ImageFingerprint::Version).isEmpty());
}

void TestCurationViews::bordersAreDetectedAndListed()
{
    MainWindow window;
    open(window, 2);
    CropReviewView *view = window.cropReviewView();
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy() && view->proposalsModel()->proposedCount() >= 1, 60000);
    // The first bordered scan is proposed with about its real content rectangle.
    const qint64 scan = idOf(window, QStringLiteral("scan-0.jpg"));
    const auto rect = window.document()->store().contentRect(scan);
    QVERIFY(rect && rect->status == BorderStatus::Proposed);
    QVERIFY2(qAbs(rect->rect.top() - m_borderedContent.top()) <= 8 && qAbs(rect->rect.bottom() - m_borderedContent.bottom()) <= 8,
             qPrintable(QStringLiteral("%1 vs %2").arg(rect->rect.bottom()).arg(m_borderedContent.bottom())));
    // A borderless poster is left alone.
    const auto plain = window.document()->store().contentRect(idOf(window, QStringLiteral("plain.jpg")));
    QVERIFY(!plain || plain->status == BorderStatus::None);
    QCOMPARE(view->proposalsModel()->rowOfImage(idOf(window, QStringLiteral("plain.jpg"))), -1);
    // The grid marks the scans to crop.
    QVERIFY(window.gridModel()->flagsOf(scan).testFlag(ThumbnailGridModel::Cropped));
}

void TestCurationViews::cropDecisionsByKeyAndInBulk()
{
    MainWindow window;
    open(window, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy(), 60000);
    // Proposals of known rectangles, whatever the detector thought.
    ProjectStore &store = window.document()->store();
    QList<qint64> scans;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = idOf(window, QStringLiteral("scan-%1.jpg").arg(i));
        store.setContentRect({id, QRect(10, 10, 400, 600), BorderStatus::Proposed, 1});
        scans.append(id);
    }
    window.document()->notifyContentRectsChanged(scans);
    CropReviewView *view = window.cropReviewView();
    QCOMPARE(view->proposalsModel()->rowCount(), 3);

    QListView *list = view->proposalList();
    list->setFocus();
    list->selectionModel()->setCurrentIndex(view->proposalsModel()->index(0), QItemSelectionModel::ClearAndSelect);
    const qint64 first = view->shownImageId();
    QTest::keyClick(list, Qt::Key_A);
    QCOMPARE(store.contentRect(first)->status, BorderStatus::Accepted);
    // It leaves "To review"; the next one is shown.
    QCOMPARE(view->proposalsModel()->rowCount(), 2);
    QVERIFY(view->shownImageId() != first && view->shownImageId() != 0);
    const qint64 second = view->shownImageId();
    QTest::keyClick(list, Qt::Key_R);
    QCOMPARE(store.contentRect(second)->status, BorderStatus::Rejected);
    QVERIFY(!window.gridModel()->flagsOf(second).testFlag(ThumbnailGridModel::Cropped));

    window.undoAction()->trigger();
    window.undoAction()->trigger();
    QCOMPARE(store.contentRect(first)->status, BorderStatus::Proposed);
    QCOMPARE(store.contentRect(second)->status, BorderStatus::Proposed);
    QCOMPARE(view->proposalsModel()->rowCount(), 3);

    // The whole selection at once, then everything proposed.
    list->selectAll();
    QTest::keyClick(list, Qt::Key_R);
    for (const qint64 id : scans)
        QCOMPARE(store.contentRect(id)->status, BorderStatus::Rejected);
    window.undoAction()->trigger();
    view->findChild<QPushButton *>(QStringLiteral("acceptAllCropsButton"))->click();
    for (const qint64 id : scans)
        QCOMPARE(store.contentRect(id)->status, BorderStatus::Accepted);
    QCOMPARE(view->proposalsModel()->rowCount(), 0);
    window.undoAction()->trigger();
    QCOMPARE(view->proposalsModel()->rowCount(), 3);
}

void TestCurationViews::draggingAnEdgeAdjustsTheCrop()
{
    MainWindow window;
    window.resize(1300, 900);
    open(window, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy(), 60000);
    ProjectStore &store = window.document()->store();
    const qint64 scan = idOf(window, QStringLiteral("scan-0.jpg"));
    const QRect proposed(20, 30, 400, 600);
    store.setContentRect({scan, proposed, BorderStatus::Proposed, 1});
    window.document()->notifyContentRectsChanged({scan});
    CropReviewView *view = window.cropReviewView();
    view->proposalList()->selectionModel()->setCurrentIndex(
        view->proposalsModel()->index(view->proposalsModel()->rowOfImage(scan)), QItemSelectionModel::ClearAndSelect);
    // The scan is decoded on a worker thread, then shown with its rectangle.
    CropEditor *editor = view->editor();
    QTRY_VERIFY_WITH_TIMEOUT(view->shownImageId() == scan && editor->contentRect() == proposed
                                 && !editor->displayedRect().isEmpty(),
                             20000);

    // Drag the left edge to the right.
    const QRect displayed = editor->displayedRect();
    QVERIFY(!displayed.isEmpty());
    const QPoint grab(displayed.left(), displayed.center().y());
    QTest::mousePress(editor, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(editor, grab + QPoint(20, 0));
    QTest::mouseMove(editor, grab + QPoint(40, 0));
    QTest::mouseRelease(editor, Qt::LeftButton, Qt::NoModifier, grab + QPoint(40, 0));
    const auto adjusted = store.contentRect(scan);
    QVERIFY(adjusted->rect.left() > proposed.left() + 10);
    QCOMPARE(adjusted->rect.right(), proposed.right());
    QCOMPARE(adjusted->status, BorderStatus::Accepted);
    QVERIFY(window.undoAction()->text().contains(QStringLiteral("scan-0.jpg")));

    window.undoAction()->trigger();
    QCOMPARE(store.contentRect(scan)->rect, proposed);
    QCOMPARE(store.contentRect(scan)->status, BorderStatus::Proposed);
    QCOMPARE(editor->contentRect(), proposed);

    // B shows the whole scan, and the crop again.
    QTest::keyClick(view->proposalList(), Qt::Key_B);
    QVERIFY(editor->isShowingBefore());
    QTest::keyClick(view->proposalList(), Qt::Key_B);
    QVERIFY(!editor->isShowingBefore());
}

void TestCurationViews::detailPaneFramesTheContent()
{
    MainWindow window;
    open(window, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy(), 60000);
    ProjectStore &store = window.document()->store();
    const qint64 scan = idOf(window, QStringLiteral("scan-1.jpg"));
    const ImageRecord record = *store.image(scan);
    const QRect content(20, 30, record.width / 2, record.height / 2);
    store.setContentRect({scan, content, BorderStatus::Proposed, 1});
    window.document()->notifyContentRectsChanged({scan});
    window.selectImages({scan});
    QTRY_COMPARE(window.detailPane()->currentImageId(), scan);

    // The preview frames the content and dims the border; the field says what is used.
    auto *preview = window.detailPane()->findChild<ImagePreview *>();
    auto *field = window.detailPane()->findChild<QLabel *>(QStringLiteral("borderField"));
    QVERIFY(preview && field);
    const QRectF fraction = preview->contentFraction();
    QVERIFY(qAbs(fraction.x() - 20.0 / record.width) < 1e-9);
    QVERIFY(qAbs(fraction.height() - double(content.height()) / record.height) < 1e-9);
    QVERIFY2(field->text().contains(QStringLiteral("proposed")), qPrintable(field->text()));

    // A rejected crop: the whole scan is used, and no frame is drawn.
    store.setContentRectStatus({scan}, BorderStatus::Rejected);
    window.document()->notifyContentRectsChanged({scan});
    QVERIFY(preview->contentFraction().isNull());
    QVERIFY2(field->text().contains(QStringLiteral("rejected")), qPrintable(field->text()));
}

void TestCurationViews::projectsImportedElsewhereAreCuratedOnOpening()
{
    // open() imports with ImportTask, as atelier-cli does, then opens the project on the Images tab.
    MainWindow window;
    open(window, 0);
    ProjectStore &store = window.document()->store();
    QTRY_VERIFY_WITH_TIMEOUT(store.imagesWithoutContentRect(BorderDetector::Version).isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy(), 60000);
    QVERIFY(store.imagesWithoutFingerprint(ImageFingerprint::Version).isEmpty());
    const auto rect = store.contentRect(idOf(window, QStringLiteral("scan-0.jpg")));
    QVERIFY(rect && rect->status == BorderStatus::Proposed);
}

void TestCurationViews::detectingAgainSaysWhatIsLeftToReview()
{
    MainWindow window;
    open(window, 2);
    CropReviewView *view = window.cropReviewView();
    QTRY_VERIFY_WITH_TIMEOUT(!window.curation()->isBusy() && view->proposalsModel()->proposedCount() >= 1, 60000);
    const int toReview = view->proposalsModel()->proposedCount();
    // Every scan has been examined: detecting again examines none, and says what is left.
    QSignalSpy messages(view, &CropReviewView::message);
    view->detectBorders();
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 60000);
    const QString text = messages.last().first().toString();
    QVERIFY2(text.contains(QLatin1String("already")) && text.contains(QString::number(toReview)), qPrintable(text));
}

QTEST_MAIN(TestCurationViews)
#include "tst_curationviews.moc"
