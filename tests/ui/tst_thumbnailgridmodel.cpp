#include "classlistmodel.h"
#include "importtask.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "testimages.h"
#include "thumbnailgridmodel.h"
#include "thumbnailloader.h"

#include <QElapsedTimer>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Atelier;

class TestThumbnailGridModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryImage();
    void exposesRoles();
    void filtersByClassAndUnlabelled();
    void thumbnailArrivesAsynchronously();
    void relabellingMovesRowsInAndOutOfTheFilter();
    void reloadAppendsNewImagesWithoutReset();
    void classListCountsImages();
    void loadsALargeProjectQuickly();

private:
    qint64 classId(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_imagesDir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestThumbnailGridModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_imagesDir = m_dir.filePath(QStringLiteral("images"));
    // root/<class>/file: the folder names become the labels; files at the root stay unlabelled.
    for (int i = 0; i < 3; ++i)
        TestImages::writePoster(QStringLiteral("%1/cats/cat-%2.jpg").arg(m_imagesDir).arg(i), 120, 160, 10 + i);
    for (int i = 0; i < 2; ++i)
        TestImages::writePoster(QStringLiteral("%1/dogs/dog-%2.png").arg(m_imagesDir).arg(i), 160, 120, 20 + i,
                                TestImages::Format::Png);
    for (int i = 0; i < 2; ++i)
        TestImages::writePoster(QStringLiteral("%1/loose-%2.jpg").arg(m_imagesDir).arg(i), 100, 100, 30 + i);
}

void TestThumbnailGridModel::init()
{
    static int counter = 0;
    const QString projectFile = m_dir.filePath(QStringLiteral("project-%1.atelier").arg(++counter));
    ProjectStore::create(projectFile);
    ImportParams params;
    params.inputs = {m_imagesDir};
    const ImportReport report = ImportTask(projectFile, params).run();
    QCOMPARE(report.added, 7);
    m_document = std::make_unique<ProjectDocument>(ProjectStore::open(projectFile));
}

void TestThumbnailGridModel::cleanup()
{
    m_document.reset();
}

qint64 TestThumbnailGridModel::classId(const QString &name) const
{
    const auto info = m_document->store().classByName(name);
    return info ? info->id : -1;
}

void TestThumbnailGridModel::listsEveryImage()
{
    ThumbnailGridModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(m_document.get());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.totalCount(), 7);

    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row).data(Qt::DisplayRole).toString());
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("cat-0.jpg"), QStringLiteral("cat-1.jpg"),
                                 QStringLiteral("cat-2.jpg"), QStringLiteral("dog-0.png"),
                                 QStringLiteral("dog-1.png"), QStringLiteral("loose-0.jpg"),
                                 QStringLiteral("loose-1.jpg")}));

    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestThumbnailGridModel::exposesRoles()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    const qint64 cats = classId(QStringLiteral("cats"));
    QVERIFY(cats > 0);
    const QString catColor = m_document->store().classById(cats)->color;

    int labelled = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const qint64 id = index.data(ThumbnailGridModel::ImageIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(model.imageId(row), id);
        QCOMPARE(model.rowOfImage(id), row);
        const auto record = m_document->store().image(id);
        QVERIFY(record);
        QCOMPARE(index.data(ThumbnailGridModel::ClassIdRole).toLongLong(), record->classId);

        const QColor color = index.data(ThumbnailGridModel::ClassColorRole).value<QColor>();
        if (record->classId == 0) {
            QVERIFY(!color.isValid());
            QVERIFY(index.data(ThumbnailGridModel::ClassNameRole).toString().isEmpty());
        } else {
            ++labelled;
            QVERIFY(color.isValid());
            QVERIFY(!index.data(ThumbnailGridModel::ClassNameRole).toString().isEmpty());
        }
        if (record->classId == cats) {
            QCOMPARE(color, QColor(catColor));
            QCOMPARE(index.data(ThumbnailGridModel::ClassNameRole).toString(), QStringLiteral("cats"));
        }
    }
    QCOMPARE(labelled, 5);
    QVERIFY(model.roleNames().contains(ThumbnailGridModel::ImageIdRole));
}

void TestThumbnailGridModel::filtersByClassAndUnlabelled()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    QSignalSpy counts(&model, &ThumbnailGridModel::countsChanged);

    model.setFilter(GridFilter::ofClass(classId(QStringLiteral("cats"))));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 7);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data().toString().startsWith(QStringLiteral("cat-")));

    model.setFilter(GridFilter::ofClass(classId(QStringLiteral("dogs"))));
    QCOMPARE(model.rowCount(), 2);

    model.setFilter(GridFilter::unlabelled());
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(ThumbnailGridModel::ClassIdRole).toLongLong(), 0);

    model.setFilter(GridFilter::all());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(counts.count(), 4);
}

void TestThumbnailGridModel::thumbnailArrivesAsynchronously()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex first = model.index(0);

    // The first request only queues a load: nothing is decoded on the calling (UI) thread.
    QVERIFY(first.data(Qt::DecorationRole).isNull());
    QCOMPARE(ThumbnailLoader::State(first.data(ThumbnailGridModel::ThumbnailStateRole).toInt()),
             ThumbnailLoader::State::Loading);

    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    const QList<int> roles = changed.constLast().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DecorationRole));
    const QPixmap pixmap = first.data(Qt::DecorationRole).value<QPixmap>();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.width() <= 256 && pixmap.height() <= 256);
    QCOMPARE(ThumbnailLoader::State(first.data(ThumbnailGridModel::ThumbnailStateRole).toInt()),
             ThumbnailLoader::State::Ready);

    // Every row gets its thumbnail once asked for.
    for (int row = 0; row < model.rowCount(); ++row)
        model.index(row).data(Qt::DecorationRole);
    for (int row = 0; row < model.rowCount(); ++row)
        QTRY_VERIFY_WITH_TIMEOUT(!model.index(row).data(Qt::DecorationRole).isNull(), 10000);
}

void TestThumbnailGridModel::relabellingMovesRowsInAndOutOfTheFilter()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    model.setFilter(GridFilter::unlabelled());
    QCOMPARE(model.rowCount(), 2);

    const qint64 loose = model.imageId(0);
    const qint64 dogs = classId(QStringLiteral("dogs"));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    m_document->setLabels({loose}, dogs);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfImage(loose), -1);
    QCOMPARE(m_document->store().image(loose)->classId, dogs);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_document->setLabels({loose}, 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfImage(loose), 0);
}

void TestThumbnailGridModel::reloadAppendsNewImagesWithoutReset()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const QString more = m_dir.filePath(QStringLiteral("more-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    TestImages::writePoster(more + QStringLiteral("/birds/bird-0.jpg"), 90, 90, 40);
    TestImages::writePoster(more + QStringLiteral("/birds/bird-1.jpg"), 90, 90, 41);
    ImportParams params;
    params.inputs = {more};
    QCOMPARE(ImportTask(m_document->filePath(), params).run().added, 2);

    m_document->notifyContentChanged();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.index(8).data(ThumbnailGridModel::ClassNameRole).toString(), QStringLiteral("birds"));
}

void TestThumbnailGridModel::classListCountsImages()
{
    ClassListModel model;
    model.setDocument(m_document.get());
    // All images, cats, dogs, Unlabelled
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.filterAt(0), GridFilter::all());
    QCOMPARE(model.index(0).data(ClassListModel::CountRole).toLongLong(), 7);
    const int catsRow = model.rowOf(GridFilter::ofClass(classId(QStringLiteral("cats"))));
    QVERIFY(catsRow > 0);
    QCOMPARE(model.index(catsRow).data().toString(), QStringLiteral("cats"));
    QCOMPARE(model.index(catsRow).data(ClassListModel::CountRole).toLongLong(), 3);
    QVERIFY(model.index(catsRow).data(ClassListModel::ColorRole).value<QColor>().isValid());
    QVERIFY(!model.index(catsRow).data(ClassListModel::ShortcutRole).toString().isEmpty());
    const int unlabelledRow = model.rowOf(GridFilter::unlabelled());
    QCOMPARE(unlabelledRow, 3);
    QCOMPARE(model.index(unlabelledRow).data(ClassListModel::CountRole).toLongLong(), 2);

    // Counts follow labelling without a reset, so the selected row stays selected.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ThumbnailGridModel grid;
    grid.setDocument(m_document.get());
    grid.setFilter(GridFilter::unlabelled());
    m_document->setLabels({grid.imageId(0)}, classId(QStringLiteral("cats")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(catsRow).data(ClassListModel::CountRole).toLongLong(), 4);
    QCOMPARE(model.index(unlabelledRow).data(ClassListModel::CountRole).toLongLong(), 1);
}

void TestThumbnailGridModel::loadsALargeProjectQuickly()
{
    const int imageCount = 100'000;
    const QString projectFile = m_dir.filePath(QStringLiteral("large.atelier"));
    {
        auto store = ProjectStore::create(projectFile);
        const qint64 classIds[] = {store->ensureClass(QStringLiteral("a")),
                                   store->ensureClass(QStringLiteral("b")), 0};
        ProjectStore::Transaction transaction(*store);
        for (int i = 0; i < imageCount; ++i) {
            NewImage image;
            image.path = QStringLiteral("scans/box-%1/scan-%2.jpg").arg(i / 1000).arg(i, 6, 10, QLatin1Char('0'));
            image.sha256 = QByteArray::number(i).leftJustified(64, '0');
            image.byteSize = 1000 + i;
            image.width = 800;
            image.height = 1200;
            image.format = QStringLiteral("JPEG");
            image.classId = classIds[i % 3];
            store->addImage(image);
        }
        transaction.commit();
    }
    ProjectDocument document(ProjectStore::open(projectFile));

    ThumbnailGridModel model;
    QElapsedTimer timer;
    timer.start();
    model.setDocument(&document);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(model.rowCount(), imageCount);

    timer.restart();
    model.setFilter(GridFilter::unlabelled());
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(model.rowCount(), imageCount / 3);

    qInfo("100,000 images: loaded in %lld ms, filtered in %lld ms", loadMs, filterMs);
    QVERIFY2(loadMs < 1000, qPrintable(QStringLiteral("loading took %1 ms").arg(loadMs)));
    QVERIFY2(filterMs < 200, qPrintable(QStringLiteral("filtering took %1 ms").arg(filterMs)));
}

QTEST_MAIN(TestThumbnailGridModel)
#include "tst_thumbnailgridmodel.moc"
