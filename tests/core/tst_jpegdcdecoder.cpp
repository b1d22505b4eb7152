// JpegDcDecoder against libjpeg itself: the fixtures are encoded with libjpeg (every sampling
// layout, restart intervals, optimised tables, gray, progressions), and libjpeg's own 1/8-scale
// gray decode is the reference, pixel for pixel. Damaged data must be declined or decoded exactly
// as libjpeg does.

#include "imagedecoder.h"
#include "jpegdcdecoder.h"
#include "scanfixtures.h"
#include "testimages.h"

#include <QFile>
#include <QTest>

#include <csetjmp>
#include <cstdio>
#include <random>
#include <vector>

#include <jpeglib.h>

using namespace Atelier;
namespace TI = Atelier::TestImages;

namespace {

struct EncodeOptions
{
    int width = 301;
    int height = 217;
    int quality = 90;
    bool gray = false;
    int lumaHorizontal = 2; ///< the luma's sampling factors; chroma is 1 x 1
    int lumaVertical = 2;
    int restartInterval = 0; ///< in MCUs
    bool optimiseTables = false;
    bool progressive = false;
    bool arithmetic = false;
    bool rgbWithoutTransform = false; ///< stored as R, G, B planes with an Adobe marker saying so
    std::vector<jpeg_scan_info> scans; ///< a progression of one's own (else libjpeg's, when progressive)
    /// Poster: patterns sharp in every channel; Scan: a poster as tests/support draws scans
    enum class Content { Poster, Scan, Noise, Flat } content = Content::Poster;
};

/// A progression for three components: Ss..Se of the given components, bits Ah and Al.
jpeg_scan_info scan(std::vector<int> components, int start, int end, int high, int low)
{
    jpeg_scan_info info{};
    info.comps_in_scan = int(components.size());
    for (size_t i = 0; i < components.size(); ++i)
        info.component_index[i] = components[i];
    info.Ss = start;
    info.Se = end;
    info.Ah = high;
    info.Al = low;
    return info;
}

/// Deterministic pixels: gradients, sharp-edged shapes and grain, like a scanned poster; or noise.
std::vector<JSAMPLE> samples(const EncodeOptions &options)
{
    const int channels = options.gray ? 1 : 3;
    std::vector<JSAMPLE> pixels(size_t(options.width) * options.height * channels);
    std::mt19937 random(uint32_t(options.width * 7919 + options.height));
    std::uniform_int_distribution<int> grain(-12, 12);
    std::uniform_int_distribution<int> any(0, 255);
    if (options.content == EncodeOptions::Content::Scan) {
        const RgbImage scan = ScanFixtures::poster(options.width, options.height, quint32(options.width + options.height));
        for (size_t i = 0; i < pixels.size() / size_t(channels); ++i)
            for (int c = 0; c < channels; ++c)
                pixels[i * size_t(channels) + size_t(c)] = JSAMPLE(uchar(scan.pixels.at(qsizetype(i) * 3 + (channels == 3 ? c : 1))));
        return pixels;
    }
    for (int y = 0; y < options.height; ++y)
        for (int x = 0; x < options.width; ++x)
            for (int c = 0; c < channels; ++c) {
                int value = 128;
                if (options.content == EncodeOptions::Content::Noise) {
                    value = any(random);
                } else if (options.content == EncodeOptions::Content::Poster) {
                    value = (x * (3 + c) + y * (5 - c)) % 256;
                    if ((x / 13 + y / 9) % 4 == 0)
                        value = 255 - value;
                    if (x % 37 < 3 || y % 29 < 2)
                        value = 20 + 60 * c;
                    value = std::clamp(value + grain(random), 0, 255);
                }
                pixels[(size_t(y) * options.width + x) * channels + c] = JSAMPLE(value);
            }
    return pixels;
}

QByteArray encode(const EncodeOptions &options)
{
    jpeg_compress_struct info;
    jpeg_error_mgr errors;
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(options.width);
    info.image_height = JDIMENSION(options.height);
    info.input_components = options.gray ? 1 : 3;
    info.in_color_space = options.gray ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&info);
    if (options.rgbWithoutTransform)
        jpeg_set_colorspace(&info, JCS_RGB);
    jpeg_set_quality(&info, options.quality, TRUE);
    info.comp_info[0].h_samp_factor = options.lumaHorizontal;
    info.comp_info[0].v_samp_factor = options.lumaVertical;
    info.restart_interval = unsigned(options.restartInterval);
    info.optimize_coding = options.optimiseTables ? TRUE : FALSE;
    info.arith_code = options.arithmetic ? TRUE : FALSE;
    if (options.progressive)
        jpeg_simple_progression(&info);
    if (!options.scans.empty()) {
        info.scan_info = options.scans.data();
        info.num_scans = int(options.scans.size());
    }
    jpeg_start_compress(&info, TRUE);
    const std::vector<JSAMPLE> pixels = samples(options);
    const int rowSize = options.width * info.input_components;
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = const_cast<JSAMPLE *>(pixels.data()) + size_t(info.next_scanline) * rowSize;
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray bytes(reinterpret_cast<const char *>(buffer), qsizetype(size));
    std::free(buffer);
    return bytes;
}

struct Reference
{
    bool decoded = false;
    GrayImage image;  ///< gray output
    RgbImage colour;  ///< RGB output, when asked for
};

struct QuietErrors
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
};

void leave(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<QuietErrors *>(info->err)->jump, 1);
}

void ignore(j_common_ptr, int) {}

/// libjpeg's decode at 1/8 scale to gray levels (or RGB), or decoded == false where libjpeg gives up.
Reference libjpegReference(const QByteArray &bytes, bool colour = false)
{
    Reference reference;
    jpeg_decompress_struct info;
    QuietErrors errors;
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = leave;
    errors.base.emit_message = ignore;
    jpeg_create_decompress(&info);
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        reference.decoded = false;
        return reference;
    }
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    info.scale_num = 1;
    info.scale_denom = 8;
    info.out_color_space = colour ? JCS_RGB : JCS_GRAYSCALE;
    jpeg_start_decompress(&info);
    const int channels = colour ? 3 : 1;
    QByteArray pixels(qsizetype(info.output_width) * info.output_height * channels, Qt::Uninitialized);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = reinterpret_cast<JSAMPROW>(pixels.data()) + size_t(info.output_scanline) * info.output_width * channels;
        jpeg_read_scanlines(&info, &row, 1);
    }
    if (colour)
        reference.colour = {int(info.output_width), int(info.output_height), pixels};
    else
        reference.image = {int(info.output_width), int(info.output_height), pixels};
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    reference.decoded = true;
    return reference;
}

/// The first differing pixel, for the failure message; empty when the images are the same.
QString difference(const GrayImage &ours, const GrayImage &theirs)
{
    if (ours.width != theirs.width || ours.height != theirs.height)
        return QStringLiteral("%1x%2 against libjpeg's %3x%4").arg(ours.width).arg(ours.height).arg(theirs.width).arg(theirs.height);
    for (qsizetype i = 0; i < ours.pixels.size(); ++i)
        if (ours.pixels.at(i) != theirs.pixels.at(i))
            return QStringLiteral("pixel (%1, %2): %3 against libjpeg's %4")
                .arg(i % ours.width)
                .arg(i / ours.width)
                .arg(uchar(ours.pixels.at(i)))
                .arg(uchar(theirs.pixels.at(i)));
    return {};
}

/// Where the entropy-coded data of the (first) scan starts.
qsizetype scanDataStart(const QByteArray &bytes)
{
    const qsizetype sos = bytes.indexOf(QByteArray("\xFF\xDA", 2));
    return sos + 2 + ((uchar(bytes.at(sos + 2)) << 8) | uchar(bytes.at(sos + 3)));
}

} // namespace

Q_DECLARE_METATYPE(EncodeOptions)

class TestJpegDcDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAsLibjpeg_data();
    void decodesAsLibjpeg();
    void filesWithDifferentTablesInTurn();
    void colourIsCloseToLibjpegs_data();
    void colourIsCloseToLibjpegs();
    void leavesOtherKindsToLibjpeg_data();
    void leavesOtherKindsToLibjpeg();
    void damagedDataIsDeclinedOrDecodedAsLibjpegDoes_data();
    void damagedDataIsDeclinedOrDecodedAsLibjpegDoes();
    void grayDecodeAtOneEighthGivesItsPixels();
};

void TestJpegDcDecoder::decodesAsLibjpeg_data()
{
    QTest::addColumn<EncodeOptions>("options");
    auto row = [](const char *name, auto change) {
        EncodeOptions options;
        change(options);
        QTest::newRow(name) << options;
    };
    row("4:2:0, quality 90", [](EncodeOptions &) {});
    row("4:2:0, quality 100", [](EncodeOptions &o) { o.quality = 100; });
    row("4:2:0, quality 5", [](EncodeOptions &o) { o.quality = 5; });
    row("4:4:4", [](EncodeOptions &o) { o.lumaHorizontal = o.lumaVertical = 1; });
    row("4:2:2", [](EncodeOptions &o) { o.lumaVertical = 1; });
    row("4:4:0", [](EncodeOptions &o) { o.lumaHorizontal = 1; });
    row("4:1:1", [](EncodeOptions &o) { o.lumaHorizontal = 4, o.lumaVertical = 1; });
    row("gray", [](EncodeOptions &o) { o.gray = true, o.lumaHorizontal = o.lumaVertical = 1; });
    row("gray, sampling 2x2 (still one block an MCU)", [](EncodeOptions &o) { o.gray = true; });
    row("restart every MCU", [](EncodeOptions &o) { o.restartInterval = 1; });
    row("restart every 7 MCUs", [](EncodeOptions &o) { o.restartInterval = 7; });
    row("gray, restart every 5 blocks", [](EncodeOptions &o) { o.gray = true, o.restartInterval = 5; });
    row("optimised Huffman tables", [](EncodeOptions &o) { o.optimiseTables = true; });
    row("noise, quality 98 (long codes, zero runs)", [](EncodeOptions &o) { o.content = EncodeOptions::Content::Noise, o.quality = 98; });
    row("noise, optimised, 4:4:4", [](EncodeOptions &o) {
        o.content = EncodeOptions::Content::Noise, o.optimiseTables = true, o.lumaHorizontal = o.lumaVertical = 1;
    });
    row("flat (end of block only)", [](EncodeOptions &o) { o.content = EncodeOptions::Content::Flat; });
    row("1 x 1", [](EncodeOptions &o) { o.width = o.height = 1; });
    row("7 x 9", [](EncodeOptions &o) { o.width = 7, o.height = 9; });
    row("8 x 8", [](EncodeOptions &o) { o.width = o.height = 8; });
    row("17 x 33, 4:1:1", [](EncodeOptions &o) { o.width = 17, o.height = 33, o.lumaHorizontal = 4, o.lumaVertical = 1; });
    row("2000 x 9", [](EncodeOptions &o) { o.width = 2000, o.height = 9; });
    row("9 x 1500", [](EncodeOptions &o) { o.width = 9, o.height = 1500; });
    // Progressive files: only their DC scans are read.
    row("progressive, 4:2:0", [](EncodeOptions &o) { o.progressive = true; });
    row("progressive, 4:4:4 noise", [](EncodeOptions &o) {
        o.progressive = true, o.content = EncodeOptions::Content::Noise, o.lumaHorizontal = o.lumaVertical = 1;
    });
    row("progressive, gray", [](EncodeOptions &o) { o.progressive = true, o.gray = true; });
    row("progressive, restart every 3 MCUs", [](EncodeOptions &o) { o.progressive = true, o.restartInterval = 3; });
    row("progressive, 4:1:1, 17 x 33", [](EncodeOptions &o) {
        o.progressive = true, o.width = 17, o.height = 33, o.lumaHorizontal = 4, o.lumaVertical = 1;
    });
    row("progressive, a DC scan for each component", [](EncodeOptions &o) {
        o.scans = {scan({0}, 0, 0, 0, 0), scan({2}, 0, 0, 0, 0), scan({1}, 0, 0, 0, 0),
                   scan({0}, 1, 63, 0, 0), scan({1}, 1, 63, 0, 0), scan({2}, 1, 63, 0, 0)};
    });
    row("progressive, DC refined twice", [](EncodeOptions &o) {
        o.scans = {scan({0, 1, 2}, 0, 0, 0, 2), scan({0}, 1, 63, 0, 0), scan({0, 1, 2}, 0, 0, 2, 1),
                   scan({1}, 1, 63, 0, 0), scan({2}, 1, 63, 0, 0), scan({0, 1, 2}, 0, 0, 1, 0)};
    });
}

void TestJpegDcDecoder::decodesAsLibjpeg()
{
    QFETCH(EncodeOptions, options);
    const QByteArray bytes = encode(options);
    const Reference reference = libjpegReference(bytes);
    QVERIFY(reference.decoded);
    const GrayImage ours = JpegDcDecoder::decodeLuma(bytes);
    QVERIFY2(!ours.isNull(), "declined a baseline JPEG");
    const QString different = difference(ours, reference.image);
    QVERIFY2(different.isEmpty(), qPrintable(different));
}

void TestJpegDcDecoder::filesWithDifferentTablesInTurn()
{
    // Huffman tables are kept from file to file; files sharing some tables and not others, in
    // every order, must each still be read with their own.
    std::vector<QByteArray> files;
    for (int i = 0; i < 6; ++i) {
        EncodeOptions options; // the standard tables, then optimised ones that differ with the content
        options.width = 40 + 8 * i;
        options.height = 32;
        options.gray = i % 2 == 1;
        options.optimiseTables = i >= 2;
        files.push_back(encode(options));
    }
    std::mt19937 random(5);
    for (int step = 0; step < 1000; ++step) {
        const QByteArray &bytes = files[random() % files.size()];
        const GrayImage ours = JpegDcDecoder::decodeLuma(bytes);
        QVERIFY(!ours.isNull());
        const QString different = difference(ours, libjpegReference(bytes).image);
        QVERIFY2(different.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(different)));
    }
}

void TestJpegDcDecoder::colourIsCloseToLibjpegs_data()
{
    QTest::addColumn<EncodeOptions>("options");
    QTest::addColumn<double>("meanDifference"); ///< at most, per channel and pixel
    auto row = [](const char *name, double meanDifference, auto change) {
        EncodeOptions options; // a scan: thumbnails come from 1/8 decodes of large scans
        options.content = EncodeOptions::Content::Scan;
        options.width = 1600;
        options.height = 2200;
        change(options);
        QTest::newRow(name) << options << meanDifference;
    };
    // Measured: 2.3, 0.9, 1.5, 2.3 and 2.9 levels; Cb and Cr swapped give 34 to 44.
    row("4:2:0", 4.0, [](EncodeOptions &) {});
    row("4:4:4: libjpeg too uses the DC terms alone", 0.5, [](EncodeOptions &o) { o.lumaHorizontal = o.lumaVertical = 1; });
    row("4:2:2", 4.0, [](EncodeOptions &o) { o.lumaVertical = 1; });
    row("4:1:1", 4.0, [](EncodeOptions &o) { o.lumaHorizontal = 4, o.lumaVertical = 1; });
    row("progressive", 4.0, [](EncodeOptions &o) { o.progressive = true; });
    row("restarts, odd size", 4.0, [](EncodeOptions &o) { o.restartInterval = 5, o.width = 1203, o.height = 917; });
    row("gray: exactly libjpeg's", 0.0, [](EncodeOptions &o) { o.gray = true; });
}

void TestJpegDcDecoder::colourIsCloseToLibjpegs()
{
    // The luma is libjpeg's; the chroma comes from its DC terms alone, where libjpeg also uses a
    // few AC terms: the colours are close, not equal, and the gray levels keep the luma.
    QFETCH(EncodeOptions, options);
    QFETCH(double, meanDifference);
    const QByteArray bytes = encode(options);
    const RgbImage ours = JpegDcDecoder::decodeColour(bytes);
    const Reference reference = libjpegReference(bytes, true);
    QVERIFY(reference.decoded && !ours.isNull());
    QCOMPARE(ours.width, reference.colour.width);
    QCOMPARE(ours.height, reference.colour.height);
    const GrayImage luma = JpegDcDecoder::decodeLuma(bytes);
    double colourDifference = 0;
    double lumaDifference = 0;
    for (qsizetype i = 0; i < qsizetype(ours.width) * ours.height; ++i) {
        double y = 0;
        for (int c = 0; c < 3; ++c) {
            const int level = uchar(ours.pixels.at(3 * i + c));
            colourDifference += std::abs(level - uchar(reference.colour.pixels.at(3 * i + c)));
            y += level * (c == 0 ? 0.299 : c == 1 ? 0.587 : 0.114);
        }
        lumaDifference += std::abs(y - uchar(luma.pixels.at(i)));
    }
    colourDifference /= 3.0 * ours.width * ours.height;
    lumaDifference /= double(ours.width) * ours.height;
    QVERIFY2(colourDifference <= meanDifference, qPrintable(QStringLiteral("mean difference %1").arg(colourDifference)));
    QVERIFY2(lumaDifference <= 1.0, qPrintable(QStringLiteral("luma moved by %1").arg(lumaDifference)));
}

void TestJpegDcDecoder::leavesOtherKindsToLibjpeg_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // libjpeg smooths the blocks of a progressive file that lacks some coefficient's last bits.
    EncodeOptions unrefined;
    unrefined.scans = {scan({0, 1, 2}, 0, 0, 0, 1), scan({0}, 1, 63, 0, 0), scan({1}, 1, 63, 0, 0), scan({2}, 1, 63, 0, 0)};
    QTest::newRow("progressive, DC never refined") << encode(unrefined);
    EncodeOptions partial;
    partial.scans = {scan({0, 1, 2}, 0, 0, 0, 0), scan({0}, 1, 5, 0, 0)};
    QTest::newRow("progressive, some AC coefficients missing") << encode(partial);
    EncodeOptions arithmetic;
    arithmetic.arithmetic = true;
    QTest::newRow("arithmetic coding") << encode(arithmetic);
    EncodeOptions rgb;
    rgb.rgbWithoutTransform = true; // libjpeg mixes R, G and B into gray: not a plane to copy
    QTest::newRow("RGB planes") << encode(rgb);
    QFile cmyk(TI::dataFile(QStringLiteral("cmyk.jpg")));
    QVERIFY(cmyk.open(QIODevice::ReadOnly));
    QTest::newRow("CMYK") << cmyk.readAll();
    const QByteArray baseline = encode(EncodeOptions());
    QTest::newRow("cut in the data") << baseline.left(baseline.size() * 2 / 3);
    // libjpeg reads on to the end of the image after the last scan, and refuses what it finds there.
    QByteArray unknownMarker = baseline;
    unknownMarker.insert(baseline.size() - 2, QByteArray("\xFF\x93\x00\x04" "ab", 6));
    QTest::newRow("an unknown marker after the scan") << unknownMarker;
    QByteArray secondScan = baseline;
    secondScan.insert(baseline.size() - 2, baseline.mid(baseline.indexOf(QByteArray("\xFF\xDA", 2))).chopped(2));
    QTest::newRow("a second scan") << secondScan;
    QTest::newRow("cut before the scan") << baseline.left(scanDataStart(baseline) - 4);
    QTest::newRow("not a JPEG") << QByteArray("GIF89a, not a JPEG at all");
    QTest::newRow("empty") << QByteArray();
}

void TestJpegDcDecoder::leavesOtherKindsToLibjpeg()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(JpegDcDecoder::decodeLuma(bytes).isNull());
    QVERIFY(JpegDcDecoder::decodeColour(bytes).isNull());
}

void TestJpegDcDecoder::damagedDataIsDeclinedOrDecodedAsLibjpegDoes_data()
{
    QTest::addColumn<int>("restartInterval");
    QTest::addColumn<bool>("progressive");
    QTest::newRow("no restarts") << 0 << false;
    QTest::newRow("restart every 4 MCUs") << 4 << false;
    QTest::newRow("progressive") << 0 << true;
    QTest::newRow("progressive, restart every 4 MCUs") << 4 << true;
}

void TestJpegDcDecoder::damagedDataIsDeclinedOrDecodedAsLibjpegDoes()
{
    QFETCH(int, restartInterval);
    QFETCH(bool, progressive);
    EncodeOptions options;
    options.progressive = progressive;
    options.width = 160;
    options.height = 120;
    options.restartInterval = restartInterval;
    const QByteArray original = encode(options);
    // Damage lands in the first scan: a progressive file's later scans, but for the DC
    // refinement, hold AC coefficients, which neither decoder lets reach a 1/8-scale image.
    const qsizetype start = scanDataStart(original);
    const qsizetype end = progressive ? original.indexOf(QByteArray("\xFF\xC4", 2), start) : original.size() - 2;
    QVERIFY(end > start);
    std::mt19937 random(17);
    int declined = 0;
    int decoded = 0;
    for (int trial = 0; trial < 400; ++trial) {
        QByteArray damaged = original;
        const qsizetype at = start + qsizetype(random() % uint32_t(end - start));
        switch (trial % 4) {
        case 0: damaged[at] = char(damaged.at(at) ^ char(1 << (random() % 8))); break; // a flipped bit
        case 1: damaged[at] = char(random() % 256); break;                              // a wrong byte
        case 2: damaged.insert(at, QByteArray(1, char(0xFF)) + char(random() % 256)); break; // a stray marker
        case 3: damaged.remove(at, 1 + qsizetype(random() % 40)); break;                // lost bytes
        }
        const GrayImage ours = JpegDcDecoder::decodeLuma(damaged);
        if (ours.isNull()) {
            ++declined;
            continue;
        }
        ++decoded;
        const Reference reference = libjpegReference(damaged);
        QVERIFY2(reference.decoded, qPrintable(QStringLiteral("trial %1: decoded what libjpeg refuses").arg(trial)));
        const QString different = difference(ours, reference.image);
        QVERIFY2(different.isEmpty(), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(different)));
    }
    // Both outcomes occur: a flipped bit often still decodes, a stray marker seldom does.
    QVERIFY(declined >= 100);
    QVERIFY(decoded >= 20);
}

void TestJpegDcDecoder::grayDecodeAtOneEighthGivesItsPixels()
{
    // A scan-sized image decoded for fingerprinting (1/8 scale, nothing resized): its pixels.
    EncodeOptions options;
    options.width = 1500;
    options.height = 1100;
    const QByteArray bytes = encode(options);
    ImageDecoder::Options decoding;
    decoding.maxSide = 188;
    const GrayImage gray = ImageDecoder::decodeGray(bytes, decoding);
    const GrayImage luma = JpegDcDecoder::decodeLuma(bytes);
    QCOMPARE(gray.width, 188);
    QCOMPARE(gray.height, 138);
    QVERIFY2(difference(gray, luma).isEmpty(), qPrintable(difference(gray, luma)));
}

QTEST_GUILESS_MAIN(TestJpegDcDecoder)
#include "tst_jpegdcdecoder.moc"
