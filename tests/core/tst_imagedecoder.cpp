#include "error.h"
#include "imagedecoder.h"
#include "testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <tuple>

using namespace Atelier;
namespace TI = Atelier::TestImages;

namespace {

enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

const TI::Rgb Red{255, 0, 0};
const TI::Rgb Green{0, 255, 0};
const TI::Rgb Gray{128, 128, 128};
const TI::Rgb White{255, 255, 255};

/// A pixel a little inside the given corner, clear of the block edges.
TI::Rgb cornerPixel(const RgbImage &image, Corner corner)
{
    const int inset = qMax(1, qMin(image.width, image.height) / 24);
    const bool right = corner == Corner::TopRight || corner == Corner::BottomRight;
    const bool bottom = corner == Corner::BottomLeft || corner == Corner::BottomRight;
    return TI::pixel(image, right ? image.width - 1 - inset : inset, bottom ? image.height - 1 - inset : inset);
}

/// Where the stored top-left (red) and top-right (green) corners are displayed, per EXIF orientation.
QPair<Corner, Corner> displayedCorners(int orientation)
{
    switch (orientation) {
    case 2: return {Corner::TopRight, Corner::TopLeft};
    case 3: return {Corner::BottomRight, Corner::BottomLeft};
    case 4: return {Corner::BottomLeft, Corner::BottomRight};
    case 5: return {Corner::TopLeft, Corner::BottomLeft};
    case 6: return {Corner::TopRight, Corner::BottomRight};
    case 7: return {Corner::BottomRight, Corner::TopRight};
    case 8: return {Corner::BottomLeft, Corner::TopLeft};
    default: return {Corner::TopLeft, Corner::TopRight};
    }
}

QString describe(const TI::Rgb &c)
{
    return QStringLiteral("(%1, %2, %3)").arg(c.r).arg(c.g).arg(c.b);
}

#define VERIFY_NEAR(actual, expected, tolerance)                                                      \
    QVERIFY2(TI::isNear((actual), (expected), (tolerance)),                                           \
             qPrintable(QStringLiteral("got %1, expected %2").arg(describe(actual), describe(expected))))

void verifyMarkedCorners(const RgbImage &image, int orientation, int tolerance)
{
    const auto [red, green] = displayedCorners(orientation);
    VERIFY_NEAR(cornerPixel(image, red), Red, tolerance);
    VERIFY_NEAR(cornerPixel(image, green), Green, tolerance);
    VERIFY_NEAR(TI::pixel(image, image.width / 2, image.height / 2), Gray, tolerance);
    for (Corner corner : {Corner::TopLeft, Corner::TopRight, Corner::BottomLeft, Corner::BottomRight})
        if (corner != red && corner != green)
            VERIFY_NEAR(cornerPixel(image, corner), Gray, tolerance);
}

QString errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const Error &error) {
        return error.kind() == ErrorKind::BadInput ? error.message() : QStringLiteral("(not BadInput) ") + error.message();
    }
    return QString();
}

QByteArray readFixture(const QString &name)
{
    QFile file(TI::dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray animatedWebPHeader()
{
    QByteArray webp = TI::rgbaImage(16, 16, TI::Format::WebP);
    webp[20] = char(webp.at(20) | 0x02); // VP8X flags: animation
    return webp;
}

/// The first SOF0 of a JPEG turned into a 12-bit frame header.
QByteArray twelveBitJpeg()
{
    QByteArray jpeg = TI::markedCorners(32, 24, TI::Format::Jpeg);
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    jpeg[sof + 1] = char(0xC1);
    jpeg[sof + 4] = char(12);
    return jpeg;
}

/// A little-endian BigTIFF header: 640 x 480 stored, orientation 6. No pixels: for readHeader only.
QByteArray bigTiffHeader()
{
    QByteArray bytes("II\x2B\0\x08\0\0\0", 8);
    auto append = [&bytes](quint64 value, int size) {
        for (int i = 0; i < size; ++i)
            bytes.append(char((value >> (8 * i)) & 0xFF));
    };
    append(16, 8); // IFD0 offset
    append(3, 8);  // entry count
    for (const auto &[tag, type, value] : {std::tuple{256, 16, 640}, std::tuple{257, 3, 480}, std::tuple{274, 3, 6}}) {
        append(quint64(tag), 2);
        append(quint64(type), 2);
        append(1, 8);
        append(quint64(value), 8);
    }
    append(0, 8); // no next IFD
    return bytes;
}

const QByteArray HeifHeader("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic", 24);

} // namespace

class TestImageDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerDimensions_data();
    void headerDimensions();
    void exifOrientation_data();
    void exifOrientation();
    void tiffOrientation_data();
    void tiffOrientation();
    void damagedExifIsIgnored();
    void topDownBmp();
    void sixteenBitSamples_data();
    void sixteenBitSamples();
    void grayBecomesRgb();
    void alphaOverWhite_data();
    void alphaOverWhite();
    void grayAlphaOverWhite();
    void palettePng();
    void cmykJpeg();
    void grayDecodeMatchesColour_data();
    void grayDecodeMatchesColour();
    void fastColourIsCloseAndOriented_data();
    void fastColourIsCloseAndOriented();
    void badInput_data();
    void badInput();
    void badFilesFromTheSupportLibrary();
    void oversizeRefusedBeforeDecoding();
    void libraryLimitReportedClearly();
    void reducedDecodeFitsMaxSide_data();
    void reducedDecodeFitsMaxSide();
    void hostileBytesNeverCrash();
    void nonAsciiFileNames();
    void missingFile();
    void encodeRoundTrip();
    void thumbnailDecodeSpeed();
};

void TestImageDecoder::headerDimensions_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("decodable");
    QTest::addColumn<QByteArray>("webpChunk");

    const QString jpeg = QStringLiteral("JPEG");
    const QString png = QStringLiteral("PNG");
    const QString tiff = QStringLiteral("TIFF");
    const QString bmp = QStringLiteral("BMP");
    const QString webp = QStringLiteral("WebP");
    QTest::newRow("JPEG") << TI::markedCorners(64, 48, TI::Format::Jpeg) << jpeg << 64 << 48 << 1 << true << QByteArray();
    QTest::newRow("JPEG, EXIF 6, little-endian")
        << TI::jpegWithExifOrientation(64, 48, 6, false) << jpeg << 48 << 64 << 6 << true << QByteArray();
    QTest::newRow("JPEG, EXIF 3, big-endian")
        << TI::jpegWithExifOrientation(64, 48, 3, true) << jpeg << 64 << 48 << 3 << true << QByteArray();
    QTest::newRow("JPEG, CMYK") << readFixture(QStringLiteral("cmyk.jpg")) << jpeg << 40 << 30 << 1 << true
                                << QByteArray();
    QTest::newRow("JPEG, 12-bit") << twelveBitJpeg() << jpeg << 32 << 24 << 1 << false << QByteArray();
    QTest::newRow("PNG") << TI::markedCorners(50, 70, TI::Format::Png) << png << 50 << 70 << 1 << true << QByteArray();
    QTest::newRow("PNG, palette") << readFixture(QStringLiteral("palette.png")) << png << 40 << 30 << 1 << true
                                  << QByteArray();
    QTest::newRow("PNG, header only") << TI::oversizedPngHeader(30000, 30000) << png << 30000 << 30000 << 1 << true
                                      << QByteArray();
    QTest::newRow("TIFF, OpenCV") << TI::markedCorners(33, 21, TI::Format::Tiff) << tiff << 33 << 21 << 1 << true
                                  << QByteArray();
    QTest::newRow("TIFF, II, orientation 8") << TI::tiffWithOrientation(33, 21, 8, false) << tiff << 21 << 33 << 8
                                             << true << QByteArray();
    QTest::newRow("TIFF, MM, orientation 2") << TI::tiffWithOrientation(33, 21, 2, true) << tiff << 33 << 21 << 2
                                             << true << QByteArray();
    QTest::newRow("BMP") << TI::markedCorners(31, 17, TI::Format::Bmp) << bmp << 31 << 17 << 1 << true << QByteArray();
    QTest::newRow("BMP, top-down") << TI::topDownBmp(31, 17) << bmp << 31 << 17 << 1 << true << QByteArray();
    QTest::newRow("WebP, VP8") << TI::markedCorners(45, 27, TI::Format::WebP) << webp << 45 << 27 << 1 << true
                               << QByteArray("VP8 ");
    QTest::newRow("WebP, VP8L") << TI::markedCorners(45, 27, TI::Format::WebPLossless) << webp << 45 << 27 << 1
                                << true << QByteArray("VP8L");
    QTest::newRow("WebP, VP8X") << TI::rgbaImage(46, 28, TI::Format::WebP) << webp << 46 << 28 << 1 << true
                                << QByteArray("VP8X");
    QTest::newRow("WebP, animated") << animatedWebPHeader() << webp << 16 << 16 << 1 << false << QByteArray("VP8X");
    QTest::newRow("GIF") << TI::gifHeader(40, 30) << QStringLiteral("GIF") << 40 << 30 << 1 << false << QByteArray();
    QTest::newRow("BigTIFF, orientation 6") << bigTiffHeader() << tiff << 480 << 640 << 6 << true << QByteArray();
    QTest::newRow("HEIF") << HeifHeader << QStringLiteral("HEIF") << 0 << 0 << 1 << false << QByteArray();
}

void TestImageDecoder::headerDimensions()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, orientation);
    QFETCH(bool, decodable);
    QFETCH(QByteArray, webpChunk);

    if (!webpChunk.isEmpty())
        QCOMPARE(bytes.mid(12, 4), webpChunk); // the fixture really is of the kind the row names
    const ImageHeader header = ImageDecoder::readHeader(bytes);
    QCOMPARE(header.format, format);
    QCOMPARE(header.width, width);
    QCOMPARE(header.height, height);
    QCOMPARE(header.orientation, orientation);
    QCOMPARE(header.decodable, decodable);
    QCOMPARE(header.pixelCount(), qint64(width) * height);
}

void TestImageDecoder::exifOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<int>("maxSide");
    for (int orientation = 1; orientation <= 8; ++orientation) {
        QTest::addRow("%d, II, full size", orientation) << orientation << false << 0;
        QTest::addRow("%d, MM, reduced", orientation) << orientation << true << 100;
    }
}

void TestImageDecoder::exifOrientation()
{
    QFETCH(int, orientation);
    QFETCH(bool, bigEndian);
    QFETCH(int, maxSide);

    const int storedWidth = maxSide > 0 ? 640 : 64;
    const int storedHeight = maxSide > 0 ? 480 : 48;
    const QByteArray jpeg = TI::jpegWithExifOrientation(storedWidth, storedHeight, orientation, bigEndian);
    ImageDecoder::Options options;
    options.maxSide = maxSide;
    const RgbImage image = ImageDecoder::decode(jpeg, options);

    const bool turned = orientation >= 5;
    const int longSide = maxSide > 0 ? maxSide : storedWidth;
    const int shortSide = maxSide > 0 ? maxSide * storedHeight / storedWidth : storedHeight;
    QCOMPARE(image.width, turned ? shortSide : longSide);
    QCOMPARE(image.height, turned ? longSide : shortSide);
    QCOMPARE(image.pixels.size(), qsizetype(image.width) * image.height * 3);
    verifyMarkedCorners(image, orientation, 40);
}

void TestImageDecoder::tiffOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("bigEndian");
    for (int orientation = 1; orientation <= 8; ++orientation)
        QTest::addRow("%d", orientation) << orientation << (orientation % 2 == 0);
}

void TestImageDecoder::tiffOrientation()
{
    QFETCH(int, orientation);
    QFETCH(bool, bigEndian);

    const QByteArray tiff = TI::tiffWithOrientation(40, 24, orientation, bigEndian);
    const RgbImage image = ImageDecoder::decode(tiff);
    QCOMPARE(image.width, orientation >= 5 ? 24 : 40);
    QCOMPARE(image.height, orientation >= 5 ? 40 : 24);
    verifyMarkedCorners(image, orientation, 0);
}

void TestImageDecoder::damagedExifIsIgnored()
{
    QByteArray jpeg = TI::jpegWithExifOrientation(64, 48, 6);
    // The IFD0 offset of the EXIF block (after SOI, APP1 header and "Exif\0\0II*\0") points far away.
    const qsizetype ifdOffset = 2 + 4 + 6 + 4;
    QCOMPARE(jpeg.mid(2 + 4 + 6, 4), QByteArray("II*\0", 4));
    jpeg[ifdOffset] = char(0xF0);
    jpeg[ifdOffset + 3] = char(0x7F);
    const ImageHeader header = ImageDecoder::readHeader(jpeg);
    QCOMPARE(header.orientation, 1);
    QCOMPARE(header.width, 64);
    verifyMarkedCorners(ImageDecoder::decode(jpeg), 1, 40);
}

void TestImageDecoder::topDownBmp()
{
    const RgbImage image = ImageDecoder::decode(TI::topDownBmp(31, 17));
    QCOMPARE(image.width, 31);
    QCOMPARE(image.height, 17);
    verifyMarkedCorners(image, 1, 0);
    verifyMarkedCorners(ImageDecoder::decode(TI::markedCorners(31, 17, TI::Format::Bmp)), 1, 0);
}

void TestImageDecoder::sixteenBitSamples_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("PNG") << TI::sixteenBitImage(6, 4, 65535, 32896, 1000, TI::Format::Png);
    QTest::newRow("TIFF") << TI::sixteenBitImage(6, 4, 65535, 32896, 1000, TI::Format::Tiff);
}

void TestImageDecoder::sixteenBitSamples()
{
    QFETCH(QByteArray, bytes);
    const RgbImage image = ImageDecoder::decode(bytes);
    QCOMPARE(image.width, 6);
    QCOMPARE(image.height, 4);
    // 65535 / 257 = 255, 32896 / 257 = 128, 1000 / 257 = 3.89, rounded to 4.
    VERIFY_NEAR(TI::pixel(image, 3, 2), (TI::Rgb{255, 128, 4}), 0);
}

void TestImageDecoder::grayBecomesRgb()
{
    const RgbImage image = ImageDecoder::decode(TI::grayPng(5, 3, 100));
    QCOMPARE(image.width, 5);
    QCOMPARE(image.pixels.size(), 5 * 3 * 3);
    VERIFY_NEAR(TI::pixel(image, 4, 2), (TI::Rgb{100, 100, 100}), 0);
}

void TestImageDecoder::alphaOverWhite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("PNG") << TI::rgbaImage(8, 6, TI::Format::Png);
    QTest::newRow("WebP, lossless") << TI::rgbaImage(8, 6, TI::Format::WebPLossless);
}

void TestImageDecoder::alphaOverWhite()
{
    QFETCH(QByteArray, bytes);
    const RgbImage image = ImageDecoder::decode(bytes);
    VERIFY_NEAR(TI::pixel(image, 1, 1), Red, 0);
    VERIFY_NEAR(TI::pixel(image, 6, 1), White, 0); // fully transparent black
    // Blue at alpha 128: 255 * 127 / 255 of white remains in red and green.
    VERIFY_NEAR(TI::pixel(image, 6, 5), (TI::Rgb{127, 127, 255}), 1);
}

void TestImageDecoder::grayAlphaOverWhite()
{
    const RgbImage image = ImageDecoder::decode(readFixture(QStringLiteral("gray-alpha.png")));
    QCOMPARE(image.width, 40);
    VERIFY_NEAR(TI::pixel(image, 5, 5), (TI::Rgb{63, 63, 63}), 1);
    VERIFY_NEAR(TI::pixel(image, 30, 5), White, 0);
}

void TestImageDecoder::palettePng()
{
    const RgbImage image = ImageDecoder::decode(readFixture(QStringLiteral("palette.png")));
    QCOMPARE(image.width, 40);
    QCOMPARE(image.height, 30);
    VERIFY_NEAR(TI::pixel(image, 5, 5), Red, 2);
    VERIFY_NEAR(TI::pixel(image, 30, 5), Green, 2);
    VERIFY_NEAR(TI::pixel(image, 5, 20), (TI::Rgb{0, 0, 255}), 2);
    VERIFY_NEAR(TI::pixel(image, 30, 20), (TI::Rgb{255, 255, 0}), 2);
}

void TestImageDecoder::cmykJpeg()
{
    const RgbImage image = ImageDecoder::decode(readFixture(QStringLiteral("cmyk.jpg")));
    QCOMPARE(image.width, 40);
    QCOMPARE(image.height, 30);
    VERIFY_NEAR(TI::pixel(image, 5, 5), Red, 40);
    VERIFY_NEAR(TI::pixel(image, 30, 5), Green, 40);
    VERIFY_NEAR(TI::pixel(image, 5, 20), (TI::Rgb{0, 0, 255}), 40);
    VERIFY_NEAR(TI::pixel(image, 30, 20), (TI::Rgb{255, 255, 0}), 40);
}

void TestImageDecoder::grayDecodeMatchesColour_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxSide");
    QTest::newRow("JPEG, orientation 6, reduced") << TI::jpegWithExifOrientation(640, 480, 6, false) << 100;
    // 1/8 scale: the gray decode reads the DC terms alone (JpegDcDecoder), the colour one is libjpeg's.
    QTest::newRow("JPEG, orientation 6, 1/8 scale") << TI::jpegWithExifOrientation(1280, 960, 6, false) << 160;
    QTest::newRow("JPEG, orientation 8, 1/8 scale") << TI::jpegWithExifOrientation(1280, 960, 8, false) << 160;
    QTest::newRow("JPEG, orientation 3, full size") << TI::jpegWithExifOrientation(64, 48, 3, true) << 0;
    QTest::newRow("CMYK JPEG") << readFixture(QStringLiteral("cmyk.jpg")) << 0;
    QTest::newRow("PNG with alpha") << TI::rgbaImage(8, 6, TI::Format::Png) << 0;
    QTest::newRow("gray PNG") << TI::grayPng(5, 3, 100) << 0;
    QTest::newRow("TIFF, orientation 5") << TI::tiffWithOrientation(24, 16, 5, false) << 0;
}

void TestImageDecoder::grayDecodeMatchesColour()
{
    // A JPEG decoded to gray gives its stored luma without the colour planes: the same picture as
    // the colour decode turned to gray, up to rounding, with orientation and alpha applied alike.
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxSide);
    ImageDecoder::Options options;
    options.maxSide = maxSide;
    const RgbImage colour = ImageDecoder::decode(bytes, options);
    const GrayImage gray = ImageDecoder::decodeGray(bytes, options);
    QCOMPARE(gray.width, colour.width);
    QCOMPARE(gray.height, colour.height);
    QCOMPARE(gray.pixels.size(), qsizetype(gray.width) * gray.height);
    double difference = 0;
    for (int y = 0; y < gray.height; ++y)
        for (int x = 0; x < gray.width; ++x) {
            const TI::Rgb c = TI::pixel(colour, x, y);
            const double luma = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
            difference += std::abs(luma - uchar(gray.pixels.at(qsizetype(y) * gray.width + x)));
        }
    const double meanDifference = difference / (qint64(gray.width) * gray.height);
    QVERIFY2(meanDifference < 2.5, qPrintable(QStringLiteral("mean difference %1").arg(meanDifference)));
}

void TestImageDecoder::fastColourIsCloseAndOriented_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Large enough for a 256-px thumbnail from a 1/8-scale decode, where fastColour applies.
    QTest::newRow("orientation 1") << TI::jpegWithExifOrientation(2400, 1800, 1, false);
    QTest::newRow("orientation 6") << TI::jpegWithExifOrientation(2400, 1800, 6, false);
    QTest::newRow("orientation 3") << TI::jpegWithExifOrientation(2400, 1800, 3, false);
}

void TestImageDecoder::fastColourIsCloseAndOriented()
{
    // A thumbnail's colours from the DC terms (imports ask for it): the same size and turn as
    // libjpeg's decode, and close to its colours.
    QFETCH(QByteArray, bytes);
    ImageDecoder::Options options;
    options.maxSide = 256;
    const RgbImage exact = ImageDecoder::decode(bytes, options);
    options.fastColour = true;
    const RgbImage fast = ImageDecoder::decode(bytes, options);
    QCOMPARE(fast.width, exact.width);
    QCOMPARE(fast.height, exact.height);
    QVERIFY(fast.pixels != exact.pixels); // the fast decode did run
    double difference = 0;
    for (qsizetype i = 0; i < fast.pixels.size(); ++i)
        difference += std::abs(int(uchar(fast.pixels.at(i))) - int(uchar(exact.pixels.at(i))));
    difference /= double(fast.pixels.size());
    QVERIFY2(difference < 3, qPrintable(QStringLiteral("mean difference %1").arg(difference)));
}

void TestImageDecoder::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("text") << QByteArray("Poster list, second draft\n") << QStringLiteral("not an image (unrecognised format)");
    QTest::newRow("truncated JPEG") << TI::truncatedJpeg(300, 400) << QStringLiteral("truncated file");
    QTest::newRow("JPEG cut in the header") << TI::markedCorners(64, 48, TI::Format::Jpeg).left(40)
                                            << QStringLiteral("truncated file");
    QTest::newRow("JPEG signature only") << QByteArray("\xFF\xD8\xFF", 3) << QStringLiteral("truncated file");
    QTest::newRow("PNG without end") << TI::oversizedPngHeader(100, 100) << QStringLiteral("truncated file");
    QTest::newRow("PNG signature only") << QByteArray("\x89PNG\r\n\x1A\n", 8) << QStringLiteral("truncated file");
    QTest::newRow("WebP cut off") << TI::markedCorners(45, 27, TI::Format::WebP).left(60)
                                  << QStringLiteral("truncated file");
    QTest::newRow("damaged PNG") << TI::damagedPng(120, 90) << QStringLiteral("damaged or truncated image data");
    QTest::newRow("GIF") << TI::gifHeader(40, 30) << QStringLiteral("unsupported format: GIF");
    QTest::newRow("HEIF") << HeifHeader << QStringLiteral("unsupported format: HEIF");
    QTest::newRow("animated WebP") << animatedWebPHeader() << QStringLiteral("unsupported format: WebP (animated)");
    QTest::newRow("12-bit JPEG") << twelveBitJpeg() << QStringLiteral("unsupported format: JPEG (12-bit samples)");
    QTest::newRow("zero width PNG") << TI::oversizedPngHeader(0, 10) << QStringLiteral("damaged image header (zero size)");
}

void TestImageDecoder::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QCOMPARE(errorOf([&] { ImageDecoder::decode(bytes); }), reason);
}

void TestImageDecoder::badFilesFromTheSupportLibrary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<TI::BadFile> files = TI::writeBadFiles(dir.path());
    QVERIFY(files.size() >= 6);
    for (const TI::BadFile &file : files) {
        const QString path = QDir(dir.path()).filePath(file.fileName);
        QCOMPARE(errorOf([&] { ImageDecoder::decodeFile(path, ImageDecoder::Options()); }), file.reason);
    }
}

void TestImageDecoder::oversizeRefusedBeforeDecoding()
{
    // Only the header is real: had decoding started, the junk after it would say "damaged".
    const QByteArray huge = TI::oversizedPngHeader(30000, 30000);
    QCOMPARE(ImageDecoder::readHeader(huge).pixelCount(), qint64(900'000'000));
    QCOMPARE(errorOf([&] { ImageDecoder::decode(huge); }),
             QStringLiteral("too large: 30000 x 30000 pixels exceeds the limit of 250 megapixels"));

    ImageDecoder::Options options;
    options.maxPixels = 10'000;
    const QByteArray poster = TI::poster(200, 100, 1, TI::Format::Png);
    QCOMPARE(errorOf([&] { ImageDecoder::decode(poster, options); }),
             QStringLiteral("too large: 200 x 100 pixels exceeds the limit of 0.01 megapixels"));
    options.maxPixels = 20'000;
    QCOMPARE(ImageDecoder::decode(poster, options).width, 200);

    // The limit is on the displayed size, which is the stored size turned.
    options.maxPixels = 64 * 48 - 1;
    QCOMPARE(errorOf([&] { ImageDecoder::decode(TI::jpegWithExifOrientation(64, 48, 6), options); }),
             QStringLiteral("too large: 48 x 64 pixels exceeds the limit of 0.003071 megapixels"));
}

void TestImageDecoder::libraryLimitReportedClearly()
{
    // OpenCV's own limits stay above ours by default, so ours is what refuses large images ...
    QVERIFY(DefaultMaxPixels < (qint64(1) << 30));
    if (qEnvironmentVariableIsSet("OPENCV_IO_MAX_IMAGE_PIXELS") || qEnvironmentVariableIsSet("OPENCV_IO_MAX_IMAGE_WIDTH"))
        QSKIP("OpenCV's limits are set in the environment");
    // ... and when a caller raises ours past OpenCV's, the refusal names the setting to change.
    ImageDecoder::Options options;
    options.maxPixels = 4'000'000'000;
    const QString pixels = errorOf([&] { ImageDecoder::decode(TI::oversizedPngHeader(40000, 30000), options); });
    QVERIFY2(pixels.startsWith(QStringLiteral("too large: 40000 x 30000 pixels exceeds the image library's limit")),
             qPrintable(pixels));
    QVERIFY2(pixels.contains(QStringLiteral("OPENCV_IO_MAX_IMAGE_PIXELS=1073741824")), qPrintable(pixels));
    const QString width = errorOf([&] { ImageDecoder::decode(TI::oversizedPngHeader(2'000'000, 10), options); });
    QVERIFY2(width.contains(QStringLiteral("OPENCV_IO_MAX_IMAGE_WIDTH")), qPrintable(width));
}

void TestImageDecoder::reducedDecodeFitsMaxSide_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxSide");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    const QByteArray jpeg = TI::poster(1500, 2200, 11, TI::Format::Jpeg);
    QTest::newRow("JPEG 1/8") << jpeg << 256 << 175 << 256;
    QTest::newRow("JPEG 1/2") << jpeg << 1000 << 682 << 1000;
    QTest::newRow("JPEG larger than the image") << jpeg << 4000 << 1500 << 2200;
    QTest::newRow("JPEG, no limit") << jpeg << 0 << 1500 << 2200;
    QTest::newRow("PNG") << TI::poster(300, 200, 2, TI::Format::Png) << 64 << 64 << 43;
    QTest::newRow("WebP") << TI::poster(300, 200, 2, TI::Format::WebP) << 64 << 64 << 43;
    QTest::newRow("tiny JPEG") << TI::poster(20, 10, 2, TI::Format::Jpeg) << 256 << 20 << 10;
}

void TestImageDecoder::reducedDecodeFitsMaxSide()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxSide);
    QFETCH(int, width);
    QFETCH(int, height);
    ImageDecoder::Options options;
    options.maxSide = maxSide;
    const RgbImage image = ImageDecoder::decode(bytes, options);
    QCOMPARE(image.width, width);
    QCOMPARE(image.height, height);
    QCOMPARE(image.pixels.size(), qsizetype(width) * height * 3);
}

void TestImageDecoder::hostileBytesNeverCrash()
{
    // Cut and mutated headers must end in an Error or an image: never a crash, a hang or another exception.
    const QList<QByteArray> seeds = {
        TI::jpegWithExifOrientation(48, 32, 6, true), TI::markedCorners(48, 32, TI::Format::Png),
        TI::tiffWithOrientation(24, 16, 5, false),    TI::tiffWithOrientation(24, 16, 7, true),
        TI::markedCorners(24, 16, TI::Format::Tiff),  TI::markedCorners(48, 32, TI::Format::Bmp),
        TI::markedCorners(48, 32, TI::Format::WebP),  TI::markedCorners(48, 32, TI::Format::WebPLossless),
        TI::rgbaImage(48, 32, TI::Format::WebP),      TI::gifHeader(10, 10),
    };
    QRandomGenerator random(20240601);
    ImageDecoder::Options options;
    options.maxPixels = 1'000'000;
    int refused = 0;
    int decoded = 0;
    auto attempt = [&](const QByteArray &bytes) {
        try {
            const ImageHeader header = ImageDecoder::readHeader(bytes);
            QVERIFY(header.width >= 0 && header.height >= 0);
            const RgbImage image = ImageDecoder::decode(bytes, options);
            QCOMPARE(image.pixels.size(), qsizetype(image.width) * image.height * 3);
            ++decoded;
        } catch (const Error &) {
            ++refused;
        }
    };
    for (const QByteArray &seed : seeds) {
        for (qsizetype cut = 0; cut < seed.size(); cut += qMax<qsizetype>(1, seed.size() / 40))
            attempt(seed.left(cut));
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = seed;
            const int changes = 1 + int(random.bounded(4));
            for (int i = 0; i < changes; ++i) {
                const qsizetype at = qsizetype(random.bounded(int(qMin<qsizetype>(bytes.size(), 200))));
                bytes[at] = char(random.bounded(256));
            }
            attempt(bytes);
        }
    }
    qInfo("hostile inputs: %d refused, %d decoded", refused, decoded);
    QVERIFY(refused > 0);
}

void TestImageDecoder::nonAsciiFileNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList names = TI::nonAsciiNames();
    QCOMPARE(names.size(), 2);
    TI::writeFile(QDir(dir.path()).filePath(names.at(0)), TI::markedCorners(64, 48, TI::Format::Jpeg));
    TI::writeFile(QDir(dir.path()).filePath(names.at(1)), TI::markedCorners(32, 16, TI::Format::Png));
    const RgbImage jpeg = ImageDecoder::decodeFile(QDir(dir.path()).filePath(names.at(0)), ImageDecoder::Options());
    QCOMPARE(jpeg.width, 64);
    const RgbImage png = ImageDecoder::decodeFile(QDir(dir.path()).filePath(names.at(1)), ImageDecoder::Options());
    QCOMPARE(png.width, 32);
    verifyMarkedCorners(png, 1, 0);
}

void TestImageDecoder::missingFile()
{
    QTemporaryDir dir;
    QCOMPARE(errorOf([&] { ImageDecoder::decodeFile(dir.filePath(QStringLiteral("gone.jpg")), ImageDecoder::Options()); }),
             QStringLiteral("no such file"));
    QCOMPARE(errorOf([&] { ImageDecoder::decodeFile(dir.path(), ImageDecoder::Options()); }),
             QStringLiteral("a folder, not an image file"));
}

void TestImageDecoder::encodeRoundTrip()
{
    const RgbImage image = ImageDecoder::decode(TI::markedCorners(40, 24, TI::Format::Png));
    const QByteArray png = ImageDecoder::encodePng(image);
    const RgbImage again = ImageDecoder::decode(png);
    QCOMPARE(again.width, image.width);
    QCOMPARE(again.pixels, image.pixels);

    const QByteArray jpeg = ImageDecoder::encodeJpeg(image, 90);
    const ImageHeader header = ImageDecoder::readHeader(jpeg);
    QCOMPARE(header.format, QStringLiteral("JPEG"));
    QCOMPARE(header.width, 40);
    verifyMarkedCorners(ImageDecoder::decode(jpeg), 1, 40);

    QCOMPARE(errorOf([] { ImageDecoder::encodeJpeg(RgbImage()); }), QStringLiteral("cannot encode an invalid image"));
}

void TestImageDecoder::thumbnailDecodeSpeed()
{
    const QByteArray jpeg = TI::poster(1500, 2200, 5, TI::Format::Jpeg);
    ImageDecoder::Options options;
    options.maxSide = 256;
    ImageDecoder::decode(jpeg, options); // warm up

    constexpr int rounds = 40;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        ImageDecoder::decode(jpeg, options);
    const double reducedMs = timer.nsecsElapsed() / 1e6 / rounds;
    timer.restart();
    ImageDecoder::decode(jpeg);
    const double fullMs = timer.nsecsElapsed() / 1e6;
    qInfo("1500 x 2200 JPEG (%lld KB): %.2f ms to a 256-px thumbnail, %.1f ms at full size",
          qint64(jpeg.size() / 1024), reducedMs, fullMs);
    // Generous, for loaded machines: a reduced decode is a few milliseconds, a full one ten times that.
    QVERIFY2(reducedMs < 25, qPrintable(QStringLiteral("%1 ms").arg(reducedMs)));
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
