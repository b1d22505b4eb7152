#include "duplicatefinder.h"
#include "fingerprintmatcher.h"
#include "imagedecoder.h"
#include "imagefingerprint.h"
#include "multiindexhash.h"
#include "scanfixtures.h"

#include <QTest>

using namespace Atelier;

namespace {

constexpr int Width = 560;
constexpr int Height = 780;

ImageFingerprint fingerprintOf(const QByteArray &file)
{
    ImageDecoder::Options options;
    options.maxSide = ImageFingerprint::DecodeSide;
    return ImageFingerprint::compute(ImageDecoder::decode(file, options));
}

ImageFingerprint fingerprintOf(const RgbImage &image)
{
    return fingerprintOf(ScanFixtures::encodeJpeg(image, 92));
}

bool sameAtNormal(const ImageFingerprint &a, const ImageFingerprint &b)
{
    return DuplicateFinder::isNearDuplicate(a, b, DuplicateSearchParams::NormalSensitivity);
}

} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesRoundTrip();
    void refusesForeignBytes();
    void grayscaleCopyHasTheSameHash();
    void everyTransformationMatchesItsSource_data();
    void everyTransformationMatchesItsSource();
    void cropsOfOneSceneDoNotMatch();
    void designFamilyPostersDoNotMatch_data();
    void designFamilyPostersDoNotMatch();
    void sensitivityOrdersThresholds();
};

void TestFingerprint::bytesRoundTrip()
{
    const ImageFingerprint original = fingerprintOf(ScanFixtures::poster(Width, Height, 7));
    const std::optional<ImageFingerprint> read = ImageFingerprint::fromBytes(original.toBytes());
    QVERIFY(read.has_value());
    QCOMPARE(read->hash, original.hash);
    QVERIFY(read->viewHashes == original.viewHashes);
    QVERIFY(read->picture == original.picture);
    QCOMPARE(read->aspect, original.aspect);
}

void TestFingerprint::refusesForeignBytes()
{
    QVERIFY(!ImageFingerprint::fromBytes(QByteArray()).has_value());
    QVERIFY(!ImageFingerprint::fromBytes(QByteArray(5000, 'x')).has_value());
    QByteArray truncated = fingerprintOf(ScanFixtures::poster(Width, Height, 7)).toBytes();
    truncated.chop(100);
    QVERIFY(!ImageFingerprint::fromBytes(truncated).has_value());
}

void TestFingerprint::grayscaleCopyHasTheSameHash()
{
    const RgbImage poster = ScanFixtures::poster(Width, Height, 11);
    const ImageFingerprint colour = fingerprintOf(poster);
    const ImageFingerprint gray = fingerprintOf(ScanFixtures::transformed(poster, ScanFixtures::Transform::Grayscale, 1));
    QVERIFY2(hammingDistance(colour.hash, gray.hash) <= 4, qPrintable(QString::number(hammingDistance(colour.hash, gray.hash))));
}

void TestFingerprint::everyTransformationMatchesItsSource_data()
{
    QTest::addColumn<int>("transform");
    QTest::addColumn<quint32>("seed");
    for (const ScanFixtures::Transform transform : ScanFixtures::allTransforms())
        for (quint32 seed : {1u, 2u, 3u})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(ScanFixtures::transformName(transform)).arg(seed)))
                << int(transform) << seed;
}

void TestFingerprint::everyTransformationMatchesItsSource()
{
    QFETCH(int, transform);
    QFETCH(quint32, seed);
    const RgbImage poster = ScanFixtures::poster(Width, Height, 100 + seed);
    QString description;
    const QByteArray copy = ScanFixtures::transformed(poster, ScanFixtures::Transform(transform), seed * 13, &description);
    const ImageFingerprint a = fingerprintOf(poster);
    const ImageFingerprint b = fingerprintOf(copy);
    const FingerprintMatch match = FingerprintMatcher::compare(a, b);
    QVERIFY2(sameAtNormal(a, b), qPrintable(QStringLiteral("%1: difference %2").arg(description).arg(match.difference)));
    // The candidate search must find the pair too.
    int distance = hammingDistance(a.hash, b.hash);
    for (int k = 0; k < ImageFingerprint::ViewCount; ++k)
        distance = std::min({distance, hammingDistance(a.viewHashes[size_t(k)], b.hash),
                             hammingDistance(b.viewHashes[size_t(k)], a.hash)});
    QVERIFY2(distance <= DuplicateFinder::HashRadius, qPrintable(QStringLiteral("%1: hash distance %2").arg(description).arg(distance)));
}

void TestFingerprint::cropsOfOneSceneDoNotMatch()
{
    // Frames a fifth of a frame apart, or more.
    const RgbImage scene = ScanFixtures::scene(Width * 3 / 2, Height * 3 / 2, 5);
    const QList<QPoint> offsets = {{0, 0}, {Width / 5, 0}, {0, Height / 5}, {2 * Width / 5, 2 * Height / 5}};
    QList<ImageFingerprint> crops;
    for (const QPoint &offset : offsets)
        crops.append(fingerprintOf(ScanFixtures::cropped(scene, QRect(offset, QSize(Width, Height)))));
    for (int i = 0; i < crops.size(); ++i)
        for (int j = i + 1; j < crops.size(); ++j)
            QVERIFY2(!sameAtNormal(crops[i], crops[j]),
                     qPrintable(QStringLiteral("crops %1 and %2: difference %3")
                                    .arg(i)
                                    .arg(j)
                                    .arg(FingerprintMatcher::compare(crops[i], crops[j]).difference)));
}

void TestFingerprint::designFamilyPostersDoNotMatch_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<quint32>("family");
    const char *names[] = {"picture and text", "picture only", "text only"};
    for (int change = 0; change < 3; ++change)
        for (quint32 family : {3u, 4u, 5u})
            QTest::newRow(qPrintable(QStringLiteral("%1, family %2").arg(QLatin1String(names[change])).arg(family)))
                << change << family;
}

void TestFingerprint::designFamilyPostersDoNotMatch()
{
    QFETCH(int, change);
    QFETCH(quint32, family);
    const auto kind = ScanFixtures::FamilyChange(change);
    const ImageFingerprint first = fingerprintOf(ScanFixtures::familyPoster(Width, Height, family, 0, kind));
    const ImageFingerprint second = fingerprintOf(ScanFixtures::familyPoster(Width, Height, family, 1, kind));
    // Also through a rescan: the change must still show.
    const ImageFingerprint rescanned = fingerprintOf(ScanFixtures::transformed(
        ScanFixtures::familyPoster(Width, Height, family, 1, kind), ScanFixtures::Transform::Combined, family));
    QVERIFY2(!sameAtNormal(first, second),
             qPrintable(QString::number(FingerprintMatcher::compare(first, second).difference)));
    QVERIFY2(!sameAtNormal(first, rescanned),
             qPrintable(QString::number(FingerprintMatcher::compare(first, rescanned).difference)));
}

void TestFingerprint::sensitivityOrdersThresholds()
{
    QVERIFY(DuplicateFinder::differenceThreshold(DuplicateSearchParams::LowSensitivity)
            < DuplicateFinder::differenceThreshold(DuplicateSearchParams::NormalSensitivity));
    QVERIFY(DuplicateFinder::differenceThreshold(DuplicateSearchParams::NormalSensitivity)
            < DuplicateFinder::differenceThreshold(DuplicateSearchParams::HighSensitivity));
    // The same image is a duplicate of itself at any sensitivity.
    const ImageFingerprint print = fingerprintOf(ScanFixtures::poster(Width, Height, 3));
    QVERIFY(DuplicateFinder::isNearDuplicate(print, print, 0));
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
