#include "borderdetectiontask.h"
#include "borderdetector.h"
#include "imagedecoder.h"
#include "importtask.h"
#include "projectstore.h"
#include "scanfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;

namespace {

/// Detects on a file's bytes the way BorderDetectionTask does: reduced decode, original size.
BorderDetection detectFile(const QByteArray &file)
{
    const ImageHeader header = ImageDecoder::readHeader(file);
    ImageDecoder::Options options;
    options.maxSide = BorderDetector::AnalysisSide;
    return BorderDetector::detect(ImageDecoder::decode(file, options), QSize(header.width, header.height));
}

int worstEdgeError(const QRect &found, const QRect &truth)
{
    return std::max({std::abs(found.left() - truth.left()), std::abs(found.top() - truth.top()),
                     std::abs(found.right() - truth.right()), std::abs(found.bottom() - truth.bottom())});
}

QString describe(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestBorderDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void borderedScansAreCropped_data();
    void borderedScansAreCropped();
    void borderlessPostersAreLeftAlone_data();
    void borderlessPostersAreLeftAlone();
    void reducedImagesGiveOriginalCoordinates();
    void taskStoresProposalsAndKeepsDecisions();
};

void TestBorderDetector::borderedScansAreCropped_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<quint32>("seed");
    for (const ScanFixtures::BorderStyle style : ScanFixtures::allBorderStyles())
        for (quint32 seed = 1; seed <= 4; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(ScanFixtures::borderStyleName(style)).arg(seed)))
                << int(style) << seed;
}

void TestBorderDetector::borderedScansAreCropped()
{
    QFETCH(int, style);
    QFETCH(quint32, seed);
    const RgbImage poster = ScanFixtures::poster(600, 840, 300 + seed);
    const ScanFixtures::BorderedScan scan = ScanFixtures::withBorder(poster, ScanFixtures::BorderStyle(style), seed * 7 + quint32(style));
    const BorderDetection detection = detectFile(ScanFixtures::encodeJpeg(scan.image, 90));
    const QString what = QStringLiteral("%1: truth %2, found %3").arg(scan.description, describe(scan.content), describe(detection.content));
    QVERIFY2(detection.found, qPrintable(what));
    QVERIFY2(worstEdgeError(detection.content, scan.content) <= 3, qPrintable(what));
}

void TestBorderDetector::borderlessPostersAreLeftAlone_data()
{
    QTest::addColumn<int>("look");
    QTest::addColumn<quint32>("seed");
    for (const ScanFixtures::EdgeLook look : ScanFixtures::allEdgeLooks())
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(ScanFixtures::edgeLookName(look)).arg(seed))) << int(look) << seed;
}

void TestBorderDetector::borderlessPostersAreLeftAlone()
{
    QFETCH(int, look);
    QFETCH(quint32, seed);
    const RgbImage poster = ScanFixtures::borderlessPoster(600, 840, 500 + seed, ScanFixtures::EdgeLook(look));
    const BorderDetection detection = detectFile(ScanFixtures::encodeJpeg(poster, 90));
    QVERIFY2(!detection.found, qPrintable(describe(detection.content)));
    QCOMPARE(detection.content, QRect(0, 0, 600, 840));
}

void TestBorderDetector::reducedImagesGiveOriginalCoordinates()
{
    const ScanFixtures::BorderedScan scan =
        ScanFixtures::withBorder(ScanFixtures::poster(1400, 1960, 9), ScanFixtures::BorderStyle::CatalogueText, 2);
    const QSize original(scan.image.width, scan.image.height);
    // A quarter-size copy, as a reduced JPEG decode gives.
    ImageDecoder::Options options;
    options.maxSide = std::max(original.width(), original.height()) / 4;
    const RgbImage reduced = ImageDecoder::decode(ScanFixtures::encodeJpeg(scan.image, 90), options);
    const BorderDetection detection = BorderDetector::detect(reduced, original);
    QVERIFY(detection.found);
    QVERIFY2(worstEdgeError(detection.content, scan.content) <= 8,
             qPrintable(QStringLiteral("truth %1, found %2").arg(describe(scan.content), describe(detection.content))));
}

void TestBorderDetector::taskStoresProposalsAndKeepsDecisions()
{
    QTemporaryDir dir;
    const ScanFixtures::BorderedScan bordered =
        ScanFixtures::withBorder(ScanFixtures::poster(500, 700, 4), ScanFixtures::BorderStyle::Separator, 3);
    const QString borderedPath = dir.filePath(QStringLiteral("bordered.jpg"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.jpg"));
    ScanFixtures::writeFile(borderedPath, ScanFixtures::encodeJpeg(bordered.image));
    ScanFixtures::writeFile(plainPath, ScanFixtures::encodeJpeg(
                                           ScanFixtures::borderlessPoster(500, 700, 8, ScanFixtures::EdgeLook::PlainSky)));
    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    ProjectStore::create(project);
    ImportParams import;
    import.inputs = {borderedPath, plainPath};
    QCOMPARE(ImportTask(project, import).run().added, 2);

    const BorderDetectionReport report = BorderDetectionTask(project, BorderDetectionParams()).run();
    QCOMPARE(report.examined, 2);
    QCOMPARE(report.withBorder, 1);
    QVERIFY(report.problems.isEmpty());

    auto store = ProjectStore::open(project);
    const qint64 borderedId = store->imageByPath(store->storedPath(borderedPath))->id;
    const qint64 plainId = store->imageByPath(store->storedPath(plainPath))->id;
    const ContentRect proposal = *store->contentRect(borderedId);
    QCOMPARE(proposal.status, BorderStatus::Proposed);
    QVERIFY2(worstEdgeError(proposal.rect, bordered.content) <= 3, qPrintable(describe(proposal.rect)));
    QCOMPARE(store->contentRect(plainId)->status, BorderStatus::None);
    QCOMPARE(store->contentRect(plainId)->rect, QRect(0, 0, 500, 700));

    // Nothing left to do; a curator's decision stands.
    store->setContentRectStatus({borderedId}, BorderStatus::Rejected);
    const BorderDetectionReport again = BorderDetectionTask(project, BorderDetectionParams()).run();
    QCOMPARE(again.examined, 0);
    QCOMPARE(again.alreadyDone, 2);
    QCOMPARE(store->contentRect(borderedId)->status, BorderStatus::Rejected);
}

QTEST_GUILESS_MAIN(TestBorderDetector)
#include "tst_borderdetector.moc"
