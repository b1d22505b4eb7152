#include "backgroundtask.h"
#include "classlistview.h"
#include "classmappings.h"
#include "classmappingsdialog.h"
#include "duplicategroups.h"
#include "importtask.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitdialog.h"
#include "splitstore.h"
#include "testimages.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace Atelier;

/// The dialogs of the Project menu: dataset splits and class mappings.
class TestProjectDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void assignsWithoutLeakageKeepingDuplicatesTogether();
    void honoursPins();
    void sharesAddUpToAHundred();
    void leakageReportSelectsTheGroupInTheGrid();
    void mappingDialogEditsMappings();

private:
    QTemporaryDir m_dir;
    QString m_imagesDir;
    QString m_projectFile;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestProjectDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projectdialogs"));

    // Two classes of twelve posters, and an exact copy of the first three of each class, unlabelled:
    // six duplicate groups a split must keep whole.
    m_imagesDir = m_dir.filePath(QStringLiteral("images"));
    for (const QString &name : {QStringLiteral("cabaret"), QStringLiteral("travel")}) {
        for (int i = 0; i < 12; ++i) {
            const QString file = QStringLiteral("%1/%2/%2-%3.jpg").arg(m_imagesDir, name).arg(i);
            TestImages::writePoster(file, 60, 80, quint32(qHash(name) + i));
            if (i < 3)
                QVERIFY(QFile::copy(file, QStringLiteral("%1/%2-%3-copy.jpg").arg(m_imagesDir, name).arg(i)));
        }
    }
}

void TestProjectDialogs::init()
{
    static int counter = 0;
    m_projectFile = m_dir.filePath(QStringLiteral("dialogs-%1.atelier").arg(++counter));
    ProjectStore::create(m_projectFile);
    ImportParams params;
    params.inputs = {m_imagesDir};
    QCOMPARE(ImportTask(m_projectFile, params).run().added, 30);
    m_document = std::make_unique<ProjectDocument>(ProjectStore::open(m_projectFile));
    QCOMPARE(DuplicateGroups::forSplitting(m_document->store()).size(), 6);
}

void TestProjectDialogs::cleanup()
{
    m_document.reset();
}

void TestProjectDialogs::assignsWithoutLeakageKeepingDuplicatesTogether()
{
    ThumbnailGridModel grid;
    grid.setDocument(m_document.get());
    SplitDialog dialog(m_document.get());
    QCOMPARE(dialog.shownVersionId(), 0);
    QSignalSpy reported(&dialog, &SplitDialog::reportShown);
    SplitParams params = dialog.params();
    QVERIFY(params.groupAware); // on by default
    params.seed = 7;
    dialog.setParams(params);

    QSignalSpy started(&dialog, &SplitDialog::taskStarted);
    QSignalSpy assigned(&dialog, &SplitDialog::assigned);
    dialog.findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
    QCOMPARE(started.count(), 1);
    QVERIFY(dialog.isAssigning());
    QVERIFY(assigned.wait(20000));
    const qint64 version = assigned.at(0).at(0).toLongLong();
    QCOMPARE(dialog.shownVersionId(), version);
    // The report is made on a worker thread.
    QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty() && reported.constLast().at(0).toLongLong() == version, 20000);
    QVERIFY(!dialog.isMakingReport());
    QVERIFY(dialog.leakingGroups().isEmpty());

    // Counts per class: two classes, the unlabelled rescans, and the total of all 30 images.
    QTableWidget *counts = dialog.countsTable();
    QCOMPARE(counts->rowCount(), 4);
    QCOMPARE(counts->item(3, 4)->text(), QStringLiteral("30"));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("splitVersions"))->count(), 1);

    // The version is saved; the grid shows the splits.
    const QHash<qint64, Split> assignment = SplitStore(m_document->store()).assignment(version);
    QCOMPARE(assignment.size(), 30);
    QVERIFY(findLeakingGroups(assignment, DuplicateGroups::forSplitting(m_document->store())).isEmpty());
    const qint64 someImage = assignment.cbegin().key();
    QCOMPARE(grid.index(grid.rowOfImage(someImage)).data(ThumbnailGridModel::SplitRole).toInt(),
             int(assignment.cbegin().value()));

    // Without keeping groups together, the same seed is free to split them: versions pile up.
    params.groupAware = false;
    dialog.setParams(params);
    dialog.assign();
    QVERIFY(assigned.wait(20000));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("splitVersions"))->count(), 2);
    QCOMPARE(SplitStore(m_document->store()).versions().size(), 2);
}

void TestProjectDialogs::honoursPins()
{
    const QList<ImageRecord> images = m_document->store().images();
    SplitStore(m_document->store()).pin({images.at(0).id, images.at(1).id}, Split::Test);
    SplitDialog dialog(m_document.get());
    QSignalSpy assigned(&dialog, &SplitDialog::assigned);
    dialog.assign();
    QVERIFY(assigned.wait(20000));
    const QHash<qint64, Split> assignment = SplitStore(m_document->store()).assignment(dialog.shownVersionId());
    QCOMPARE(assignment.value(images.at(0).id), Split::Test);
    QCOMPARE(assignment.value(images.at(1).id), Split::Test);
}

void TestProjectDialogs::sharesAddUpToAHundred()
{
    SplitDialog dialog(m_document.get());
    auto *train = dialog.findChild<QSpinBox *>(QStringLiteral("trainPercent"));
    auto *validation = dialog.findChild<QSpinBox *>(QStringLiteral("validationPercent"));
    auto *test = dialog.findChild<QSpinBox *>(QStringLiteral("testPercent"));
    auto *assign = dialog.findChild<QPushButton *>(QStringLiteral("assignButton"));
    train->setValue(80);
    QCOMPARE(test->value(), 5);
    QVERIFY(assign->isEnabled());
    validation->setValue(30);
    // More than 100 cannot be balanced: the dialog says so and will not assign.
    QCOMPARE(test->value(), 5);
    QVERIFY(!assign->isEnabled());
    test->setValue(0);
    validation->setValue(20);
    QCOMPARE(test->value(), 0);
    QVERIFY(assign->isEnabled());
    QCOMPARE(dialog.params().trainFraction, 0.8);
}

void TestProjectDialogs::leakageReportSelectsTheGroupInTheGrid()
{
    // A version made without regard for duplicates: one group straddles train and test.
    const QList<QList<qint64>> groups = DuplicateGroups::forSplitting(m_document->store());
    QHash<qint64, Split> assignment;
    for (const ImageRecord &image : m_document->store().images())
        assignment.insert(image.id, Split::Train);
    assignment.insert(groups.at(0).constLast(), Split::Test);
    SplitParams params;
    params.groupAware = false;
    SplitStore(m_document->store()).saveVersion(assignment, params);
    m_document.reset();

    MainWindow window;
    window.setImportSummaryEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_projectFile));
    SplitDialog *dialog = window.showSplitDialog();
    QVERIFY(dialog && dialog->isVisible());
    QSignalSpy reported(dialog, &SplitDialog::reportShown);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isMakingReport() && dialog->leakingGroups().size() == 1, 20000);
    QCOMPARE(dialog->leakingGroups().constFirst(), groups.at(0));

    auto *leaks = dialog->findChild<QListWidget *>(QStringLiteral("leakList"));
    QCOMPARE(leaks->count(), 1);
    QVERIFY(leaks->item(0)->text().contains(QStringLiteral("(Test)")));
    // Clicking the group selects its images in the grid, even where a filter hid them.
    window.classListView()->selectFilter(GridFilter::ofClass(window.document()->store().classByName(QStringLiteral("travel"))->id));
    emit leaks->itemClicked(leaks->item(0));
    QList<qint64> selected = window.gridView()->selectedImageIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, groups.at(0));

    // A new group-aware assignment mends it.
    QSignalSpy assigned(dialog, &SplitDialog::assigned);
    SplitParams fixed = dialog->params();
    fixed.groupAware = true;
    dialog->setParams(fixed);
    dialog->assign();
    QVERIFY(assigned.wait(20000));
    const qint64 mended = assigned.constFirst().at(0).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty() && reported.constLast().at(0).toLongLong() == mended
                                 && !dialog->isMakingReport(), 20000);
    QVERIFY(dialog->leakingGroups().isEmpty());
    QVERIFY(!leaks->isVisible());
}

void TestProjectDialogs::mappingDialogEditsMappings()
{
    ClassMappingsDialog dialog(m_document.get());
    QCOMPARE(dialog.mappingList()->count(), 0);
    QVERIFY(dialog.addMapping(QStringLiteral("Countries")));
    QTRY_COMPARE(dialog.mappingList()->count(), 1);
    QCOMPARE(dialog.shownMapping(), QStringLiteral("Countries"));
    QCOMPARE(dialog.table()->rowCount(), 2);

    const qint64 cabaret = m_document->store().classByName(QStringLiteral("cabaret"))->id;
    const qint64 travel = m_document->store().classByName(QStringLiteral("travel"))->id;
    dialog.setTarget(cabaret, QStringLiteral("France"));
    QCOMPARE(ClassMappings(m_document->store()).byName(QStringLiteral("Countries"))->targetOfClass,
             (QHash<qint64, QString>{{cabaret, QStringLiteral("France")}}));
    QTRY_COMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("France"));
    dialog.setTarget(travel, QStringLiteral("Italy"));
    QCOMPARE(ClassMappings(m_document->store()).byName(QStringLiteral("Countries"))->targets(),
             QStringList({QStringLiteral("France"), QStringLiteral("Italy")}));

    // Each change is an edit that can be undone; the dialog follows.
    m_document->undoStack()->undo();
    QCOMPARE(ClassMappings(m_document->store()).byName(QStringLiteral("Countries"))->targets(),
             QStringList({QStringLiteral("France")}));
    QTRY_COMPARE(dialog.table()->item(1, 1)->text(), QString());

    dialog.findChild<QPushButton *>(QStringLiteral("removeMappingButton"))->click();
    QVERIFY(!ClassMappings(m_document->store()).byName(QStringLiteral("Countries")));
    QTRY_COMPARE(dialog.mappingList()->count(), 0);
    m_document->undoStack()->undo();
    QTRY_COMPARE(dialog.mappingList()->count(), 1);

    // A taken name is refused with a message.
    QString message;
    QTimer::singleShot(0, this, [&message] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    QVERIFY(!dialog.addMapping(QStringLiteral("Countries")));
    QVERIFY(message.contains(QStringLiteral("Countries")));
}

QTEST_MAIN(TestProjectDialogs)
#include "tst_projectdialogs.moc"
