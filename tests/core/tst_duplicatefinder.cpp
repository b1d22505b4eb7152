#include "duplicatefinder.h"
#include "error.h"
#include "fingerprinttask.h"
#include "imagedecoder.h"
#include "imagefingerprint.h"
#include "importtask.h"
#include "multiindexhash.h"
#include "progress.h"
#include "projectstore.h"
#include "scanfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>
#include <set>

using namespace Atelier;

namespace {

ImageFingerprint fingerprintOf(const QByteArray &file)
{
    ImageDecoder::Options options;
    options.maxSide = ImageFingerprint::DecodeSide;
    return ImageFingerprint::compute(ImageDecoder::decode(file, options));
}

/// A small labelled set: a few posters, a design family and a scene cropped three ways, each
/// with every transformation.
ScanFixtures::DedupSetParams smallSet()
{
    ScanFixtures::DedupSetParams params;
    params.posters = 4;
    params.families = 1;
    params.familySize = 3;
    params.scenes = 1;
    params.cropsPerScene = 3;
    params.width = 480;
    params.seed = 3;
    return params;
}

/// Groups as sets of sets, for comparing regardless of order.
std::set<std::set<qint64>> asSets(const QList<DuplicateGroup> &groups, DuplicateKind kind)
{
    std::set<std::set<qint64>> result;
    for (const DuplicateGroup &group : groups)
        if (group.kind == kind)
            result.insert(std::set<qint64>(group.imageIds.begin(), group.imageIds.end()));
    return result;
}

} // namespace

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiIndexHashFindsExactlyTheCodesWithinRadius();
    void groupsFollowTheTruth();
    void projectFlowIsIncrementalAndRespectsExclusion();
    void exclusionPersists();
    void olderProjectsGainCurationTables();
    void missingFilesAreReportedNotFatal();
    void cancelStopsFingerprinting();
    void importFingerprintsFromItsOwnDecode();
};

void TestDuplicateFinder::multiIndexHashFindsExactlyTheCodesWithinRadius()
{
    std::mt19937_64 rng(42);
    std::vector<MultiIndexHash::Entry> entries;
    std::vector<quint64> codes;
    for (quint32 i = 0; i < 4000; ++i) {
        // Half random, half close to an earlier code, so that every distance occurs.
        quint64 code = rng();
        if (i > 0 && i % 2 == 0) {
            code = codes[rng() % codes.size()];
            for (int flips = int(rng() % 16); flips > 0; --flips)
                code ^= quint64(1) << (rng() % 64);
        }
        codes.push_back(code);
        entries.push_back({code, i});
    }
    const MultiIndexHash index(entries);
    for (int radius : {0, 3, 7, 11, 15}) {
        for (int q = 0; q < 200; ++q) {
            const quint64 query = codes[size_t(q * 17)] ^ (q % 3 == 0 ? quint64(1) << (q % 64) : 0);
            std::set<quint32> expected, found;
            for (const auto &entry : entries)
                if (hammingDistance(entry.code, query) <= radius)
                    expected.insert(entry.owner);
            index.search(query, radius, [&](quint32 owner, int distance) {
                QVERIFY(distance <= radius);
                found.insert(owner);
            });
            QCOMPARE(found, expected);
        }
    }
}

void TestDuplicateFinder::groupsFollowTheTruth()
{
    const QList<ScanFixtures::LabelledScan> files = ScanFixtures::dedupSet(smallSet());
    std::vector<DuplicateFinder::Item> items;
    std::map<int, std::set<qint64>> truth;
    qint64 id = 0;
    for (const ScanFixtures::LabelledScan &file : files) {
        ++id;
        items.push_back({id, QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex(), fingerprintOf(file.bytes)});
        truth[file.group].insert(id);
    }
    // An exact copy of the first original: its own exact group, and part of the near group.
    ++id;
    items.push_back({id, items.front().sha256, items.front().fingerprint});
    truth[files.front().group].insert(id);

    const DuplicateReport report = DuplicateFinder(DuplicateSearchParams()).find(items);
    QVERIFY(!report.canceled);
    QCOMPARE(report.imagesSearched, int(items.size()));
    std::set<std::set<qint64>> expectedNear;
    for (const auto &[group, ids] : truth)
        expectedNear.insert(ids);
    const std::set<std::set<qint64>> near = asSets(report.groups, DuplicateKind::Near);
    for (const std::set<qint64> &group : expectedNear)
        QVERIFY2(near.count(group) == 1, qPrintable(QStringLiteral("group of %1 not found whole").arg(*group.begin())));
    QCOMPARE(near.size(), expectedNear.size());
    QCOMPARE(asSets(report.groups, DuplicateKind::Exact), (std::set<std::set<qint64>>{{1, id}}));
    QCOMPARE(report.groups.first().kind, DuplicateKind::Exact); // exact groups come first
    QVERIFY(report.comparedPairs < qint64(items.size() * items.size() / 4));
}

void TestDuplicateFinder::projectFlowIsIncrementalAndRespectsExclusion()
{
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("scans"));
    ScanFixtures::DedupSetParams params = smallSet();
    params.families = 0;
    params.scenes = 0;
    params.posters = 3;
    params.transforms = {ScanFixtures::Transform::Rescale, ScanFixtures::Transform::Crop, ScanFixtures::Transform::Gamma};
    for (const ScanFixtures::LabelledScan &file : ScanFixtures::dedupSet(params))
        ScanFixtures::writeFile(images + QLatin1Char('/') + file.fileName, file.bytes);
    // An exact copy under another name.
    QFile::copy(images + QStringLiteral("/g0000-original.jpg"), images + QStringLiteral("/copy-of-g0000.jpg"));

    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    ProjectStore::create(project);
    ImportParams import;
    import.inputs = {images};
    import.fingerprints = false; // FingerprintTask's own work is under test
    QCOMPARE(ImportTask(project, import).run().added, 13);

    const FingerprintReport first = FingerprintTask(project, FingerprintParams()).run();
    QCOMPARE(first.fingerprinted, 13);
    QVERIFY(first.problems.isEmpty());
    const FingerprintReport second = FingerprintTask(project, FingerprintParams()).run();
    QCOMPARE(second.fingerprinted, 0);
    QCOMPARE(second.alreadyDone, 13);

    auto store = ProjectStore::open(project);
    QHash<QString, qint64> idOf;
    for (const ImageRecord &image : store->images())
        idOf.insert(QFileInfo(image.path).fileName(), image.id);
    DuplicateReport report = DuplicateFinder(DuplicateSearchParams()).findInProject(*store);
    QCOMPARE(asSets(report.groups, DuplicateKind::Exact).size(), size_t(1));
    QCOMPARE(asSets(report.groups, DuplicateKind::Near).size(), size_t(3));
    QCOMPARE(report.withoutFingerprint, 0);

    // Excluding the copy and one rescan: they leave the groups.
    store->setExcluded({idOf.value(QStringLiteral("copy-of-g0000.jpg")), idOf.value(QStringLiteral("g0001-crop.jpg"))}, true);
    report = DuplicateFinder(DuplicateSearchParams()).findInProject(*store);
    QVERIFY(asSets(report.groups, DuplicateKind::Exact).empty());
    for (const DuplicateGroup &group : report.groups)
        QVERIFY(!group.imageIds.contains(idOf.value(QStringLiteral("g0001-crop.jpg"))));
    DuplicateSearchParams withExcluded;
    withExcluded.includeExcluded = true;
    QCOMPARE(asSets(DuplicateFinder(withExcluded).findInProject(*store).groups, DuplicateKind::Exact).size(), size_t(1));

    // A new image is fingerprinted alone.
    const QString late = images + QStringLiteral("/late.jpg");
    ScanFixtures::writeFile(late, ScanFixtures::encodeJpeg(ScanFixtures::poster(400, 560, 77)));
    import.inputs = {late};
    QCOMPARE(ImportTask(project, import).run().added, 1);
    QCOMPARE(FingerprintTask(project, FingerprintParams()).run().fingerprinted, 1);
}

void TestDuplicateFinder::exclusionPersists()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    QList<qint64> ids;
    {
        auto store = ProjectStore::create(project);
        for (int i = 0; i < 3; ++i) {
            NewImage image;
            image.path = QStringLiteral("img%1.jpg").arg(i);
            image.sha256 = QByteArray::number(i).repeated(8);
            image.width = 10;
            image.height = 10;
            image.format = QStringLiteral("JPEG");
            ids.append(store->addImage(image));
        }
        store->setExcluded({ids[0], ids[2]}, true);
        QVERIFY_THROWS_EXCEPTION(Error, store->setExcluded({9999}, true));
    }
    {
        auto store = ProjectStore::open(project);
        QVERIFY(store->image(ids[0])->excluded);
        QVERIFY(!store->image(ids[1])->excluded);
        QVERIFY(store->image(ids[2])->excluded);
        store->setExcluded({ids[0]}, false); // the undo of an exclusion
    }
    auto store = ProjectStore::open(project);
    QVERIFY(!store->image(ids[0])->excluded);
    QVERIFY(store->image(ids[2])->excluded);
}

void TestDuplicateFinder::olderProjectsGainCurationTables()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("old.atelier"));
    ProjectStore::createAtVersionForTesting(project, 2);
    auto store = ProjectStore::open(project);
    QCOMPARE(store->schemaVersion(), ProjectStore::currentSchemaVersion());
    QVERIFY(store->fingerprints(ImageFingerprint::Version).isEmpty());

    NewImage image;
    image.path = QStringLiteral("a.jpg");
    image.sha256 = "aa";
    image.width = 100;
    image.height = 80;
    image.format = QStringLiteral("JPEG");
    const qint64 id = store->addImage(image);
    QCOMPARE(store->imagesWithoutFingerprint(ImageFingerprint::Version), QList<qint64>{id});
    store->setFingerprint(id, ImageFingerprint::Version, QByteArrayLiteral("data"));
    QVERIFY(store->imagesWithoutFingerprint(ImageFingerprint::Version).isEmpty());
    QCOMPARE(store->imagesWithoutFingerprint(ImageFingerprint::Version + 1), QList<qint64>{id});
    QCOMPARE(store->fingerprints(ImageFingerprint::Version).first().data, QByteArrayLiteral("data"));

    // Content rectangles: a detector's proposal never overwrites a curator's decision.
    QCOMPARE(store->imagesWithoutContentRect(1), QList<qint64>{id});
    store->proposeContentRect({id, QRect(0, 0, 100, 70), BorderStatus::Proposed, 1});
    QVERIFY(store->imagesWithoutContentRect(1).isEmpty());
    QCOMPARE(store->imagesWithoutContentRect(2), QList<qint64>{id}); // a newer detector redoes proposals
    store->setContentRectStatus({id}, BorderStatus::Accepted);
    QVERIFY(store->imagesWithoutContentRect(2).isEmpty());
    store->proposeContentRect({id, QRect(0, 0, 100, 60), BorderStatus::Proposed, 2});
    QCOMPARE(store->contentRect(id)->rect, QRect(0, 0, 100, 70));
    QCOMPARE(store->contentRect(id)->status, BorderStatus::Accepted);
    store->setContentRect({id, QRect(2, 0, 98, 70), BorderStatus::Accepted, 1});
    QCOMPARE(store->contentRects().size(), 1);
    QCOMPARE(store->contentRects().first().rect, QRect(2, 0, 98, 70));
}

void TestDuplicateFinder::missingFilesAreReportedNotFatal()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.jpg"));
    const QString b = dir.filePath(QStringLiteral("b.jpg"));
    ScanFixtures::writeFile(a, ScanFixtures::encodeJpeg(ScanFixtures::poster(300, 420, 1)));
    ScanFixtures::writeFile(b, ScanFixtures::encodeJpeg(ScanFixtures::poster(300, 420, 2)));
    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    ProjectStore::create(project);
    ImportParams import;
    import.inputs = {a, b};
    import.fingerprints = false;
    QCOMPARE(ImportTask(project, import).run().added, 2);
    QFile::remove(b);
    const FingerprintReport report = FingerprintTask(project, FingerprintParams()).run();
    QCOMPARE(report.fingerprinted, 1);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().path, b);
    QVERIFY(!report.problems.first().reason.isEmpty());
}

void TestDuplicateFinder::cancelStopsFingerprinting()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    ProjectStore::create(project);
    ImportParams import;
    import.fingerprints = false;
    for (int i = 0; i < 3; ++i) {
        const QString path = dir.filePath(QStringLiteral("%1.jpg").arg(i));
        ScanFixtures::writeFile(path, ScanFixtures::encodeJpeg(ScanFixtures::poster(200, 280, quint32(i))));
        import.inputs << path;
    }
    QCOMPARE(ImportTask(project, import).run().added, 3);
    CancelFlag cancel;
    cancel.cancel();
    const FingerprintReport report = FingerprintTask(project, FingerprintParams()).run(&cancel);
    QVERIFY(report.canceled);
    QCOMPARE(report.fingerprinted, 0);
    // Nothing half-written: a later run does all of them.
    QCOMPARE(FingerprintTask(project, FingerprintParams()).run().fingerprinted, 3);
}

void TestDuplicateFinder::importFingerprintsFromItsOwnDecode()
{
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("scans"));
    ScanFixtures::DedupSetParams params = smallSet();
    params.families = 0;
    params.scenes = 0;
    params.posters = 3;
    params.transforms = {ScanFixtures::Transform::Rescale, ScanFixtures::Transform::Crop, ScanFixtures::Transform::Gamma};
    for (const ScanFixtures::LabelledScan &file : ScanFixtures::dedupSet(params))
        ScanFixtures::writeFile(images + QLatin1Char('/') + file.fileName, file.bytes);

    // The same files, fingerprinted while importing and by FingerprintTask afterwards.
    const QString whileImporting = dir.filePath(QStringLiteral("import.atelier"));
    const QString afterwards = dir.filePath(QStringLiteral("task.atelier"));
    ProjectStore::create(whileImporting);
    ProjectStore::create(afterwards);
    ImportParams import;
    import.inputs = {images};
    QCOMPARE(ImportTask(whileImporting, import).run().added, 12);
    import.fingerprints = false;
    QCOMPARE(ImportTask(afterwards, import).run().added, 12);
    const FingerprintReport nothingLeft = FingerprintTask(whileImporting, FingerprintParams()).run();
    QCOMPARE(nothingLeft.fingerprinted, 0);
    QCOMPARE(nothingLeft.alreadyDone, 12);
    QCOMPARE(FingerprintTask(afterwards, FingerprintParams()).run().fingerprinted, 12);

    // Both ways give nearly the same fingerprints and exactly the same groups.
    auto first = ProjectStore::open(whileImporting);
    auto second = ProjectStore::open(afterwards);
    const QList<StoredFingerprint> a = first->fingerprints(ImageFingerprint::Version);
    const QList<StoredFingerprint> b = second->fingerprints(ImageFingerprint::Version);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        const auto x = ImageFingerprint::fromBytes(a[i].data);
        const auto y = ImageFingerprint::fromBytes(b[i].data);
        QVERIFY(x && y);
        QVERIFY2(qPopulationCount(x->hash ^ y->hash) <= 4, qPrintable(QString::number(qPopulationCount(x->hash ^ y->hash))));
    }
    const auto groupsOf = [](ProjectStore &store) {
        QSet<QSet<QString>> result;
        for (const DuplicateGroup &group : DuplicateFinder(DuplicateSearchParams()).findInProject(store).groups) {
            QSet<QString> names;
            for (const qint64 id : group.imageIds)
                names.insert(QFileInfo(store.image(id)->path).fileName());
            result.insert(names);
        }
        return result;
    };
    const QSet<QSet<QString>> expected = groupsOf(*second);
    QCOMPARE(expected.size(), 3);
    QCOMPARE(groupsOf(*first), expected);
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
