#include "datasetsplit.h"
#include "duplicategroups.h"
#include "projectstore.h"
#include "splitstore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;

namespace {

QList<SplitItem> items(int classes, int perClass)
{
    QList<SplitItem> result;
    qint64 id = 1;
    for (int c = 1; c <= classes; ++c)
        for (int i = 0; i < perClass; ++i)
            result.append({id++, c});
    return result;
}

int count(const QHash<qint64, Split> &assignment, const QList<SplitItem> &all, qint64 classId, Split split)
{
    int n = 0;
    for (const SplitItem &item : all)
        if (item.classId == classId && assignment.value(item.imageId) == split)
            ++n;
    return n;
}

} // namespace

class TestDatasetSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stratifiedByClass();
    void deterministicForASeed();
    void neverSplitsADuplicateGroup();
    void pinnedImagesStayAndPullTheirGroup();
    void conflictingPinsGoToTheMostHeldOut();
    void leakageReport();
    void versionsAndPinsPersist();
};

void TestDatasetSplit::stratifiedByClass()
{
    const QList<SplitItem> all = items(3, 100);
    const auto result = SplitAssigner::assign(all, {}, {}, SplitParams());
    QCOMPARE(result.splitOf.size(), 300);
    for (qint64 c = 1; c <= 3; ++c) {
        QCOMPARE(count(result.splitOf, all, c, Split::Train), 70);
        QCOMPARE(count(result.splitOf, all, c, Split::Validation), 15);
        QCOMPARE(count(result.splitOf, all, c, Split::Test), 15);
    }
    // A small class still reaches the held-out splits when it can.
    const QList<SplitItem> small = items(1, 7);
    const auto smallResult = SplitAssigner::assign(small, {}, {}, SplitParams());
    QCOMPARE(count(smallResult.splitOf, small, 1, Split::Train), 5);
    QCOMPARE(count(smallResult.splitOf, small, 1, Split::Validation), 1);
    QCOMPARE(count(smallResult.splitOf, small, 1, Split::Test), 1);
}

void TestDatasetSplit::deterministicForASeed()
{
    const QList<SplitItem> all = items(4, 50);
    SplitParams params;
    params.seed = 7;
    const auto first = SplitAssigner::assign(all, {}, {}, params).splitOf;
    QCOMPARE(SplitAssigner::assign(all, {}, {}, params).splitOf, first);
    params.seed = 8;
    QVERIFY(SplitAssigner::assign(all, {}, {}, params).splitOf != first);
}

void TestDatasetSplit::neverSplitsADuplicateGroup()
{
    const QList<SplitItem> all = items(2, 90);
    QList<QList<qint64>> groups;
    for (qint64 id = 1; id <= 180; id += 3)
        groups.append({id, id + 1, id + 2});
    for (quint32 seed = 0; seed < 20; ++seed) {
        SplitParams params;
        params.seed = seed;
        const auto result = SplitAssigner::assign(all, groups, {}, params);
        QVERIFY(findLeakingGroups(result.splitOf, groups).isEmpty());
        // Groups count by size, so the shares still hold in images, to within one group.
        QVERIFY(qAbs(count(result.splitOf, all, 1, Split::Train) - 63) <= 3);
        QVERIFY(qAbs(count(result.splitOf, all, 1, Split::Test) - 13.5) <= 3);
    }
    // Ignoring groups, some straddle splits: the check above can fail.
    SplitParams ignoring;
    ignoring.groupAware = false;
    QVERIFY(!findLeakingGroups(SplitAssigner::assign(all, groups, {}, ignoring).splitOf, groups).isEmpty());
}

void TestDatasetSplit::pinnedImagesStayAndPullTheirGroup()
{
    const QList<SplitItem> all = items(2, 50);
    QHash<qint64, Split> pins;
    for (qint64 id = 1; id <= 10; ++id)
        pins.insert(id, Split::Test);
    pins.insert(60, Split::Train);
    const QList<QList<qint64>> groups = {{10, 11, 12}, {60, 61}};
    for (quint32 seed = 0; seed < 10; ++seed) {
        SplitParams params;
        params.seed = seed;
        const auto result = SplitAssigner::assign(all, groups, pins, params);
        for (qint64 id = 1; id <= 12; ++id)
            QCOMPARE(result.splitOf.value(id), Split::Test);
        QCOMPARE(result.splitOf.value(61), Split::Train);
        QVERIFY(result.conflictingPins.isEmpty());
    }
}

void TestDatasetSplit::conflictingPinsGoToTheMostHeldOut()
{
    const QList<SplitItem> all = items(1, 10);
    const auto result = SplitAssigner::assign(all, {{1, 2}}, {{1, Split::Train}, {2, Split::Validation}}, SplitParams());
    QCOMPARE(result.splitOf.value(1), Split::Validation);
    QCOMPARE(result.splitOf.value(2), Split::Validation);
    QCOMPARE(result.conflictingPins.size(), 1);
}

void TestDatasetSplit::leakageReport()
{
    const QHash<qint64, Split> assignment = {{1, Split::Train}, {2, Split::Test}, {3, Split::Train}, {4, Split::Train}};
    const QList<LeakingGroup> leaks = findLeakingGroups(assignment, {{1, 2}, {3, 4}, {5, 6}});
    QCOMPARE(leaks.size(), 1);
    QCOMPARE(leaks[0].imageIds, (QList<qint64>{1, 2}));
    QCOMPARE(leaks[0].splitOf.value(2), Split::Test);
}

void TestDatasetSplit::versionsAndPinsPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.atelier"));
    QList<qint64> ids;
    {
        auto store = ProjectStore::create(path);
        const qint64 cls = store->addClass(QStringLiteral("c")).id;
        for (int i = 0; i < 20; ++i) {
            NewImage image;
            image.path = QStringLiteral("%1.png").arg(i);
            // Images 0 and 1 have the same content: an exact duplicate group.
            image.sha256 = QByteArray::number(i < 2 ? 0 : i).rightJustified(64, '0');
            image.format = QStringLiteral("PNG");
            image.classId = cls;
            ids << store->addImage(image);
        }
        SplitStore splits(*store);
        splits.pin({ids[5]}, Split::Test);
        const QList<QList<qint64>> groups = DuplicateGroups::exact(*store);
        QCOMPARE(groups, (QList<QList<qint64>>{{ids[0], ids[1]}}));
        QList<SplitItem> items;
        for (const qint64 id : ids)
            items.append({id, cls});
        const auto result = SplitAssigner::assign(items, groups, splits.pins(), SplitParams());
        splits.saveVersion(result.splitOf, SplitParams(), QStringLiteral("first"));
        SplitParams other;
        other.seed = 1;
        splits.saveVersion(SplitAssigner::assign(items, groups, splits.pins(), other).splitOf, other);
    }
    auto store = ProjectStore::open(path);
    SplitStore splits(*store);
    QCOMPARE(splits.versions().size(), 2);
    const auto first = splits.version(splits.versions().first().id);
    QCOMPARE(first->note, QStringLiteral("first"));
    QCOMPARE(first->params.seed, quint32(42));
    QCOMPARE(first->counts[0] + first->counts[1] + first->counts[2], 20);
    QCOMPARE(splits.currentVersion()->params.seed, quint32(1));
    const QHash<qint64, Split> assignment = splits.assignment(first->id);
    QCOMPARE(assignment.value(ids[5]), Split::Test);
    QCOMPARE(assignment.value(ids[0]), assignment.value(ids[1]));
    QCOMPARE(splits.pins().value(ids[5]), Split::Test);
    splits.unpin({ids[5]});
    QVERIFY(splits.pins().isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetSplit)
#include "tst_datasetsplit.moc"
