#include "gridfilter.h"
#include "imagedrag.h"
#include "importtask.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitstore.h"
#include "testimages.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Atelier;

/// The grid model's filters, order and flags, over compact records: no query per row.
class TestGridFilters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exposesFlagsAndSplits();
    void filtersByClassAndUnlabelled();
    void filtersExcluded();
    void filtersDuplicates();
    void filtersByTextInPathAnyCase();
    void filtersBySplit();
    void optionsCombine();
    void sortsByNameDateAndSize();
    void keepsTheSelectionOfShownImages();
    void selectAllThenWiderFilterSelectsNoNewcomers();
    void manyRowsLeavingMakeOneLayoutChange();
    void dragCarriesTheImagesOfThisProject();
    void largeProjectFiltersAndSortsQuickly();

private:
    /// Shows the document, and waits until the duplicate groups, read on a worker thread, are known.
    static void load(ThumbnailGridModel &model, ProjectDocument *document);
    qint64 idOf(const QString &fileName) const;
    QStringList names(const ThumbnailGridModel &model) const;
    qint64 classId(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_imagesDir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestGridFilters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_imagesDir = m_dir.filePath(QStringLiteral("images"));
    // Names that sort differently as text and as people read them: p2 before p10.
    TestImages::writePoster(m_imagesDir + QStringLiteral("/Cabaret/p10.jpg"), 200, 300, 1);
    TestImages::writePoster(m_imagesDir + QStringLiteral("/Cabaret/p2.jpg"), 60, 90, 2);
    TestImages::writePoster(m_imagesDir + QStringLiteral("/Cabaret/P1.jpg"), 120, 180, 3);
    TestImages::writePoster(m_imagesDir + QStringLiteral("/Travel/lake.jpg"), 150, 100, 4);
    TestImages::writePoster(m_imagesDir + QStringLiteral("/Travel/mountain.jpg"), 100, 150, 5);
    TestImages::writePoster(m_imagesDir + QStringLiteral("/unsorted-a.jpg"), 90, 90, 6);
    // An exact copy of lake.jpg, unlabelled: a duplicate group of two.
    QVERIFY(QFile::copy(m_imagesDir + QStringLiteral("/Travel/lake.jpg"), m_imagesDir + QStringLiteral("/lake-rescan.jpg")));
}

void TestGridFilters::init()
{
    static int counter = 0;
    const QString projectFile = m_dir.filePath(QStringLiteral("filters-%1.atelier").arg(++counter));
    ProjectStore::create(projectFile);
    ImportParams params;
    params.inputs = {m_imagesDir};
    QCOMPARE(ImportTask(projectFile, params).run().added, 7);
    m_document = std::make_unique<ProjectDocument>(ProjectStore::open(projectFile));
}

void TestGridFilters::cleanup()
{
    m_document.reset();
}

void TestGridFilters::load(ThumbnailGridModel &model, ProjectDocument *document)
{
    QSignalSpy read(&model, &ThumbnailGridModel::duplicateGroupsRead);
    model.setDocument(document);
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 20000);
    QVERIFY(!model.isReadingDuplicates());
}

qint64 TestGridFilters::idOf(const QString &fileName) const
{
    for (const ImageRecord &image : m_document->store().images())
        if (image.path.endsWith(QLatin1Char('/') + fileName))
            return image.id;
    return 0;
}

qint64 TestGridFilters::classId(const QString &name) const
{
    return m_document->store().classByName(name)->id;
}

QStringList TestGridFilters::names(const ThumbnailGridModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data().toString());
    return result;
}

void TestGridFilters::exposesFlagsAndSplits()
{
    const qint64 lake = idOf(QStringLiteral("lake.jpg"));
    const qint64 p2 = idOf(QStringLiteral("p2.jpg"));
    SplitStore splits(m_document->store());
    splits.pin({p2}, Split::Test);
    splits.saveVersion({{lake, Split::Validation}, {p2, Split::Test}}, SplitParams());
    m_document->store().proposeContentRect({p2, QRect(2, 2, 50, 80), BorderStatus::Proposed, 1});

    ThumbnailGridModel model;
    load(model, m_document.get());
    const QModelIndex lakeIndex = model.index(model.rowOfImage(lake));
    const QModelIndex p2Index = model.index(model.rowOfImage(p2));
    QCOMPARE(ThumbnailGridModel::ImageFlags(lakeIndex.data(ThumbnailGridModel::FlagsRole).toInt()),
             ThumbnailGridModel::ImageFlags(ThumbnailGridModel::Duplicate));
    QCOMPARE(ThumbnailGridModel::ImageFlags(p2Index.data(ThumbnailGridModel::FlagsRole).toInt()),
             ThumbnailGridModel::ImageFlags(ThumbnailGridModel::Cropped));
    QCOMPARE(lakeIndex.data(ThumbnailGridModel::SplitRole).toInt(), int(Split::Validation));
    QCOMPARE(lakeIndex.data(ThumbnailGridModel::PinnedSplitRole).toInt(), -1);
    QCOMPARE(p2Index.data(ThumbnailGridModel::PinnedSplitRole).toInt(), int(Split::Test));
    QVERIFY(lakeIndex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("duplicate")));

    // Exclusion and pins follow the document's announcements.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_document->setExcluded({p2}, true);
    QVERIFY(model.flagsOf(p2).testFlag(ThumbnailGridModel::Excluded));
    QVERIFY(!changed.isEmpty());
    // The copy of an excluded image is no duplicate any more: groups leave excluded images out.
    m_document->setExcluded({idOf(QStringLiteral("lake-rescan.jpg"))}, true);
    QTRY_VERIFY(!model.flagsOf(lake).testFlag(ThumbnailGridModel::Duplicate));
    splits.unpin({p2});
    m_document->notifySplitsChanged();
    QCOMPARE(model.index(model.rowOfImage(p2)).data(ThumbnailGridModel::PinnedSplitRole).toInt(), -1);
}

void TestGridFilters::filtersByClassAndUnlabelled()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    model.setFilter(GridFilter::ofClass(classId(QStringLiteral("Travel"))));
    QCOMPARE(names(model), QStringList({QStringLiteral("lake.jpg"), QStringLiteral("mountain.jpg")}));
    model.setFilter(GridFilter::unlabelled());
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(ThumbnailGridModel::ClassIdRole).toLongLong(), 0);
}

void TestGridFilters::filtersExcluded()
{
    m_document->setExcluded({idOf(QStringLiteral("p10.jpg")), idOf(QStringLiteral("lake.jpg"))}, true);
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    // Excluded images stay in sight (faded) until the filter asks for them alone.
    QCOMPARE(model.rowCount(), 7);
    GridFilter filter;
    filter.excludedOnly = true;
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("p10.jpg"), QStringLiteral("lake.jpg")}));

    // Including one again takes it out of the filtered grid.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    m_document->setExcluded({idOf(QStringLiteral("lake.jpg"))}, false);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(names(model), QStringList({QStringLiteral("p10.jpg")}));
}

void TestGridFilters::filtersDuplicates()
{
    ThumbnailGridModel model;
    load(model, m_document.get());
    GridFilter filter;
    filter.duplicatesOnly = true;
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("lake.jpg"), QStringLiteral("lake-rescan.jpg")}));
}

void TestGridFilters::filtersByTextInPathAnyCase()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    GridFilter filter;
    filter.text = QStringLiteral("LAKE");
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("lake.jpg"), QStringLiteral("lake-rescan.jpg")}));
    // Folders are searched too.
    filter.text = QStringLiteral("cabaret/");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    filter.text = QStringLiteral("nowhere");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestGridFilters::filtersBySplit()
{
    SplitStore(m_document->store())
        .saveVersion({{idOf(QStringLiteral("p10.jpg")), Split::Train},
                      {idOf(QStringLiteral("p2.jpg")), Split::Train},
                      {idOf(QStringLiteral("lake.jpg")), Split::Validation},
                      {idOf(QStringLiteral("mountain.jpg")), Split::Test}},
                     SplitParams());
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    GridFilter filter;
    filter.split = GridFilter::SplitPart::Train;
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("p10.jpg"), QStringLiteral("p2.jpg")}));
    filter.split = GridFilter::SplitPart::Validation;
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("lake.jpg")}));
    filter.split = GridFilter::SplitPart::Test;
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("mountain.jpg")}));
    filter.split = GridFilter::SplitPart::Unassigned;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);

    // A new version is read when the document announces it.
    SplitStore(m_document->store()).saveVersion({{idOf(QStringLiteral("P1.jpg")), Split::Test}}, SplitParams());
    m_document->notifySplitsChanged();
    QCOMPARE(model.rowCount(), 6);
}

void TestGridFilters::optionsCombine()
{
    m_document->setExcluded({idOf(QStringLiteral("p2.jpg")), idOf(QStringLiteral("lake.jpg"))}, true);
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    GridFilter filter = GridFilter::ofClass(classId(QStringLiteral("Cabaret")));
    filter.excludedOnly = true;
    model.setFilter(filter);
    QCOMPARE(names(model), QStringList({QStringLiteral("p2.jpg")}));
    filter.text = QStringLiteral("p1");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestGridFilters::sortsByNameDateAndSize()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    model.setFilter(GridFilter::ofClass(classId(QStringLiteral("Cabaret"))));
    model.setSort({GridSort::Key::Name, false});
    QCOMPARE(names(model), QStringList({QStringLiteral("P1.jpg"), QStringLiteral("p2.jpg"), QStringLiteral("p10.jpg")}));
    model.setSort({GridSort::Key::Name, true});
    QCOMPARE(names(model), QStringList({QStringLiteral("p10.jpg"), QStringLiteral("p2.jpg"), QStringLiteral("P1.jpg")}));

    // The largest poster has the largest file.
    model.setSort({GridSort::Key::Size, true});
    QCOMPARE(names(model).constFirst(), QStringLiteral("p10.jpg"));
    model.setSort({GridSort::Key::Size, false});
    QCOMPARE(names(model).constFirst(), QStringLiteral("p2.jpg"));

    QVERIFY(QFile(m_imagesDir + QStringLiteral("/Cabaret/p2.jpg")).exists());
    model.setSort({GridSort::Key::Modified, false});
    QCOMPARE(model.rowCount(), 3);

    // Labelling keeps the order: a row enters at its place.
    model.setSort({GridSort::Key::Name, false});
    m_document->setLabels({idOf(QStringLiteral("unsorted-a.jpg"))}, classId(QStringLiteral("Cabaret")));
    QCOMPARE(names(model), QStringList({QStringLiteral("P1.jpg"), QStringLiteral("p2.jpg"), QStringLiteral("p10.jpg"),
                                        QStringLiteral("unsorted-a.jpg")}));
    m_document->setLabels({idOf(QStringLiteral("p2.jpg"))}, 0);
    QCOMPARE(names(model), QStringList({QStringLiteral("P1.jpg"), QStringLiteral("p10.jpg"), QStringLiteral("unsorted-a.jpg")}));
}

void TestGridFilters::keepsTheSelectionOfShownImages()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    ThumbnailGridView view;
    view.setGridModel(&model);
    const qint64 lake = idOf(QStringLiteral("lake.jpg"));
    const qint64 p10 = idOf(QStringLiteral("p10.jpg"));
    view.selectImages({lake, p10});
    QCOMPARE(view.selectedCount(), 2);

    model.setFilter(GridFilter::ofClass(classId(QStringLiteral("Travel"))));
    QCOMPARE(view.selectedImageIds(), QList<qint64>{lake});
    model.setSort({GridSort::Key::Name, true});
    QCOMPARE(view.selectedImageIds(), QList<qint64>{lake});
    QCOMPARE(view.currentImageId(), lake);
}

void TestGridFilters::selectAllThenWiderFilterSelectsNoNewcomers()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    ThumbnailGridView view;
    view.setGridModel(&model);
    model.setFilter(GridFilter::ofClass(classId(QStringLiteral("Cabaret"))));
    view.selectAll();
    QCOMPARE(view.selectedCount(), 3);
    model.setFilter(GridFilter::all());
    // Only what was selected stays selected: a class key must not label images never chosen.
    QCOMPARE(view.selectedCount(), 3);
    QCOMPARE(model.rowCount(), 7);
}

void TestGridFilters::manyRowsLeavingMakeOneLayoutChange()
{
    const QString projectFile = m_dir.filePath(QStringLiteral("many.atelier"));
    auto store = ProjectStore::create(projectFile);
    const qint64 poster = store->ensureClass(QStringLiteral("poster"));
    {
        ProjectStore::Transaction transaction(*store);
        for (int i = 0; i < 500; ++i) {
            NewImage image;
            image.path = QStringLiteral("scan-%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
            image.sha256 = QByteArray::number(i % 90'000).leftJustified(64, '0'); // some exact copies
            store->addImage(image);
        }
        transaction.commit();
    }
    store.reset();
    ProjectDocument document(ProjectStore::open(projectFile));
    ThumbnailGridModel model;
    model.setDocument(&document);
    model.setFilter(GridFilter::unlabelled());
    QCOMPARE(model.rowCount(), 500);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QList<qint64> ids;
    for (int row = 0; row < 300; row += 2)
        ids.append(model.imageId(row));
    document.setLabels(ids, poster);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.rowCount(), 350);
    // A few leave row by row.
    document.setLabels({model.imageId(0)}, poster);
    QCOMPARE(removed.count(), 1);
}

void TestGridFilters::dragCarriesTheImagesOfThisProject()
{
    ThumbnailGridModel model;
    model.setDocument(m_document.get());
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(2), model.index(0)}));
    QVERIFY(data);
    QCOMPARE(ImageDrag::read(data.get(), m_document->filePath()), (QList<qint64>{model.imageId(0), model.imageId(2)}));
    QVERIFY(ImageDrag::read(data.get(), m_dir.filePath(QStringLiteral("another.atelier"))).isEmpty());
    // Other programs get the files.
    QCOMPARE(data->urls().size(), 2);
    QVERIFY(QFileInfo::exists(data->urls().constFirst().toLocalFile()));
}

void TestGridFilters::largeProjectFiltersAndSortsQuickly()
{
    const int imageCount = 100'000;
    const QString projectFile = m_dir.filePath(QStringLiteral("large.atelier"));
    {
        auto store = ProjectStore::create(projectFile);
        const qint64 classIds[] = {store->ensureClass(QStringLiteral("a")), store->ensureClass(QStringLiteral("b")), 0};
        ProjectStore::Transaction transaction(*store);
        for (int i = 0; i < imageCount; ++i) {
            NewImage image;
            // Names run backwards: sorting by name reverses the import order.
            image.path = QStringLiteral("scans/box-%1/scan-%2.jpg").arg(i / 1000).arg(imageCount - i, 6, 10, QLatin1Char('0'));
            image.sha256 = QByteArray::number(i % 90'000).leftJustified(64, '0'); // some exact copies
            image.width = 800;
            image.height = 1200;
            image.format = QStringLiteral("JPEG");
            image.byteSize = 1000 + (qint64(i) * 7919) % 100'000;
            image.mtimeMs = 1'600'000'000'000 + (qint64(i) * 104729) % 1'000'000;
            image.classId = classIds[i % 3];
            store->addImage(image);
        }
        transaction.commit();
    }
    ProjectDocument document(ProjectStore::open(projectFile));
    ThumbnailGridModel model;
    QSignalSpy duplicatesRead(&model, &ThumbnailGridModel::duplicateGroupsRead);
    QElapsedTimer timer;
    timer.start();
    model.setDocument(&document);
    const qint64 loadMs = timer.elapsed();
    // The groups are searched on a worker thread; the grid is usable meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(!duplicatesRead.isEmpty(), 60000);

    GridFilter filter;
    filter.text = QStringLiteral("box-4");
    filter.duplicatesOnly = true;
    timer.restart();
    model.setFilter(filter);
    const qint64 filterMs = timer.elapsed();
    QVERIFY(model.rowCount() > 0);

    timer.restart();
    model.setSort({GridSort::Key::Name, false});
    const qint64 sortMs = timer.elapsed();
    timer.restart();
    model.setFilter(GridFilter::unlabelled());
    const qint64 refilterMs = timer.elapsed();
    QCOMPARE(model.rowCount(), imageCount / 3);

    qInfo("100,000 images: loaded in %lld ms, text and duplicates filter %lld ms, name sort %lld ms, "
          "class filter on sorted rows %lld ms", loadMs, filterMs, sortMs, refilterMs);
    QVERIFY2(loadMs < 1500, qPrintable(QStringLiteral("loading took %1 ms").arg(loadMs)));
    QVERIFY2(filterMs < 200, qPrintable(QStringLiteral("filtering took %1 ms").arg(filterMs)));
    QVERIFY2(sortMs < 1500, qPrintable(QStringLiteral("sorting took %1 ms").arg(sortMs)));
    QVERIFY2(refilterMs < 200, qPrintable(QStringLiteral("filtering took %1 ms").arg(refilterMs)));
}

QTEST_MAIN(TestGridFilters)
#include "tst_gridfilters.moc"
