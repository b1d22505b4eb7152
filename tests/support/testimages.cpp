#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

namespace Atelier::TestImages {

namespace {

/// Appends integers in a chosen byte order.
class ByteWriter
{
public:
    explicit ByteWriter(bool bigEndian = false) : m_bigEndian(bigEndian) {}

    ByteWriter &u8(int value)
    {
        m_bytes.append(char(value & 0xFF));
        return *this;
    }
    ByteWriter &u16(quint32 value) { return put(value, 2); }
    ByteWriter &u32(quint32 value) { return put(value, 4); }
    ByteWriter &bytes(const QByteArray &data)
    {
        m_bytes.append(data);
        return *this;
    }
    qsizetype size() const { return m_bytes.size(); }
    QByteArray data() const { return m_bytes; }

private:
    ByteWriter &put(quint32 value, int count)
    {
        for (int i = 0; i < count; ++i) {
            const int shift = m_bigEndian ? 8 * (count - 1 - i) : 8 * i;
            m_bytes.append(char((value >> shift) & 0xFF));
        }
        return *this;
    }

    QByteArray m_bytes;
    bool m_bigEndian;
};

QByteArray encode(const cv::Mat &image, Format format, int jpegQuality = 95)
{
    std::vector<uchar> buffer;
    bool ok = false;
    switch (format) {
    case Format::Jpeg:
        ok = cv::imencode(".jpg", image, buffer, {cv::IMWRITE_JPEG_QUALITY, jpegQuality});
        break;
    case Format::Png:
        ok = cv::imencode(".png", image, buffer);
        break;
    case Format::Tiff:
        ok = cv::imencode(".tiff", image, buffer);
        break;
    case Format::Bmp:
        ok = cv::imencode(".bmp", image, buffer);
        break;
    case Format::WebP:
        ok = cv::imencode(".webp", image, buffer, {cv::IMWRITE_WEBP_QUALITY, 90});
        break;
    case Format::WebPLossless:
        ok = cv::imencode(".webp", image, buffer, {cv::IMWRITE_WEBP_QUALITY, 101});
        break;
    }
    if (!ok)
        qFatal("TestImages: cannot encode a fixture");
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

/// BGR, as OpenCV stores it.
cv::Mat markedCornersMat(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(128, 128, 128));
    const int block = qMax(4, qMin(width, height) / 4);
    image(cv::Rect(0, 0, block, block)).setTo(cv::Scalar(0, 0, 255));
    image(cv::Rect(width - block, 0, block, block)).setTo(cv::Scalar(0, 255, 0));
    return image;
}

QByteArray exifBlock(int orientation, bool bigEndian)
{
    // IFD0 holds Make (to be skipped over) and Orientation; the Make text follows the IFD.
    ByteWriter tiff(bigEndian);
    tiff.bytes(bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4)).u32(8);
    const quint32 makeOffset = 8 + 2 + 2 * 12 + 4;
    tiff.u16(2);
    tiff.u16(0x010F).u16(2).u32(8).u32(makeOffset);
    tiff.u16(0x0112).u16(3).u32(1).u16(quint32(orientation)).u16(0);
    tiff.u32(0);
    tiff.bytes(QByteArray("Atelier\0", 8));

    ByteWriter app1(true);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff.data();
    app1.u8(0xFF).u8(0xE1).u16(quint32(payload.size() + 2)).bytes(payload);
    return app1.data();
}

} // namespace

QByteArray poster(int width, int height, quint32 seed, Format format, int jpegQuality)
{
    cv::RNG rng(seed * 2654435761u + 1);
    auto colour = [&rng] { return cv::Scalar(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256)); };
    cv::Mat image(height, width, CV_8UC3, colour());
    const int shapes = 6 + int(seed % 5);
    for (int i = 0; i < shapes; ++i) {
        const cv::Point centre(rng.uniform(0, width), rng.uniform(0, height));
        const int size = rng.uniform(qMax(2, qMin(width, height) / 12), qMax(3, qMin(width, height) / 3));
        if (i % 2 == 0)
            cv::circle(image, centre, size, colour(), cv::FILLED, cv::LINE_AA);
        else
            cv::rectangle(image, cv::Rect(centre.x - size / 2, centre.y - size / 3, size, size * 2 / 3), colour(),
                          cv::FILLED);
    }
    const double scale = qMax(0.3, width / 400.0);
    const int thickness = qMax(1, int(scale * 2));
    cv::putText(image, "ATELIER " + std::to_string(seed), cv::Point(width / 12, height / 6),
                cv::FONT_HERSHEY_DUPLEX, scale, cv::Scalar(255, 255, 255), thickness, cv::LINE_AA);
    cv::putText(image, "Exhibition", cv::Point(width / 12, height * 5 / 6), cv::FONT_HERSHEY_SIMPLEX,
                scale * 0.8, cv::Scalar(20, 20, 20), thickness, cv::LINE_AA);
    // Paper grain, as in a scan: makes file sizes and decoding times realistic.
    cv::Mat grain(height, width, CV_8UC3);
    cv::randn(grain, cv::Scalar::all(0), cv::Scalar::all(4));
    cv::Mat noisy;
    image.convertTo(noisy, CV_16SC3);
    grain.convertTo(grain, CV_16SC3);
    cv::Mat withGrain;
    cv::add(noisy, grain, withGrain);
    withGrain.convertTo(image, CV_8UC3);
    return encode(image, format, jpegQuality);
}

QString writePoster(const QString &path, int width, int height, quint32 seed, Format format)
{
    writeFile(path, poster(width, height, seed, format));
    return path;
}

QByteArray markedCorners(int width, int height, Format format)
{
    return encode(markedCornersMat(width, height), format);
}

QByteArray jpegWithExifOrientation(int width, int height, int orientation, bool bigEndian)
{
    return withExifOrientation(markedCorners(width, height, Format::Jpeg), orientation, bigEndian);
}

QByteArray withExifOrientation(const QByteArray &jpeg, int orientation, bool bigEndian)
{
    return jpeg.left(2) + exifBlock(orientation, bigEndian) + jpeg.mid(2);
}

QByteArray tiffWithOrientation(int width, int height, int orientation, bool bigEndian)
{
    const cv::Mat bgr = markedCornersMat(width, height);
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);

    constexpr int entryCount = 11;
    const quint32 bitsOffset = 8 + 2 + entryCount * 12 + 4;
    const quint32 pixelOffset = bitsOffset + 6;
    const quint32 pixelBytes = quint32(width * height * 3);
    ByteWriter tiff(bigEndian);
    tiff.bytes(bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4)).u32(8);
    tiff.u16(entryCount);
    auto shortEntry = [&](int tag, int value) { tiff.u16(tag).u16(3).u32(1).u16(quint32(value)).u16(0); };
    auto longEntry = [&](int tag, quint32 value) { tiff.u16(tag).u16(4).u32(1).u32(value); };
    longEntry(256, quint32(width));
    longEntry(257, quint32(height));
    tiff.u16(258).u16(3).u32(3).u32(bitsOffset); // BitsPerSample 8,8,8
    shortEntry(259, 1);                          // no compression
    shortEntry(262, 2);                          // RGB
    longEntry(273, pixelOffset);                 // StripOffsets
    shortEntry(274, orientation);
    shortEntry(277, 3);                          // SamplesPerPixel
    longEntry(278, quint32(height));             // RowsPerStrip
    longEntry(279, pixelBytes);                  // StripByteCounts
    shortEntry(284, 1);                          // PlanarConfiguration: chunky
    tiff.u32(0);
    tiff.u16(8).u16(8).u16(8);
    tiff.bytes(QByteArray(reinterpret_cast<const char *>(rgb.data), qsizetype(pixelBytes)));
    return tiff.data();
}

QByteArray topDownBmp(int width, int height)
{
    const cv::Mat bgr = markedCornersMat(width, height);
    const int rowBytes = (width * 3 + 3) / 4 * 4;
    const quint32 pixelBytes = quint32(rowBytes * height);
    ByteWriter bmp;
    bmp.bytes("BM").u32(14 + 40 + pixelBytes).u32(0).u32(14 + 40);
    bmp.u32(40).u32(quint32(width)).u32(quint32(-height)).u16(1).u16(24).u32(0).u32(pixelBytes)
        .u32(2835).u32(2835).u32(0).u32(0);
    for (int y = 0; y < height; ++y) {
        bmp.bytes(QByteArray(reinterpret_cast<const char *>(bgr.ptr(y)), width * 3));
        bmp.bytes(QByteArray(rowBytes - width * 3, '\0'));
    }
    return bmp.data();
}

QByteArray sixteenBitImage(int width, int height, quint16 red, quint16 green, quint16 blue, Format format)
{
    const cv::Mat image(height, width, CV_16UC3, cv::Scalar(blue, green, red));
    return encode(image, format);
}

QByteArray grayPng(int width, int height, int gray)
{
    return encode(cv::Mat(height, width, CV_8UC1, cv::Scalar(gray)), Format::Png);
}

QByteArray rgbaImage(int width, int height, Format format)
{
    cv::Mat image(height, width, CV_8UC4, cv::Scalar(0, 0, 0, 0));
    image(cv::Rect(0, 0, width / 2, height)).setTo(cv::Scalar(0, 0, 255, 255));
    image.row(height - 1).setTo(cv::Scalar(255, 0, 0, 128));
    return encode(image, format);
}

QByteArray truncatedJpeg(int width, int height, double keepFraction)
{
    const QByteArray jpeg = poster(width, height, 7, Format::Jpeg);
    return jpeg.left(qsizetype(jpeg.size() * keepFraction));
}

QByteArray oversizedPngHeader(int width, int height)
{
    ByteWriter png(true);
    png.bytes(QByteArray("\x89PNG\r\n\x1A\n", 8));
    png.u32(13).bytes("IHDR").u32(quint32(width)).u32(quint32(height)).u8(8).u8(2).u8(0).u8(0).u8(0);
    png.u32(0xDEADBEEF); // not the CRC: nothing may get as far as checking it
    png.bytes(QByteArray(1024, '\x5A'));
    return png.data();
}

QByteArray gifHeader(int width, int height)
{
    ByteWriter gif;
    gif.bytes("GIF89a").u16(quint32(width)).u16(quint32(height)).u8(0).u8(0).u8(0);
    gif.bytes(QByteArray(64, '\x01'));
    return gif.data();
}

QByteArray damagedPng(int width, int height)
{
    QByteArray png = poster(width, height, 3, Format::Png);
    // Flip bytes in the middle of the image data: the IDAT checksum and zlib stream break.
    for (qsizetype i = png.size() / 2; i < png.size() / 2 + 64 && i < png.size() - 16; ++i)
        png[i] = char(png.at(i) ^ 0x5A);
    return png;
}

QList<BadFile> writeBadFiles(const QString &dir)
{
    const QList<QPair<BadFile, QByteArray>> files = {
        {{QStringLiteral("empty.jpg"), QStringLiteral("empty file")}, QByteArray()},
        {{QStringLiteral("notes.jpg"), QStringLiteral("not an image (unrecognised format)")},
         QByteArray("These are notes about the posters, not a picture.\n")},
        {{QStringLiteral("cut-off.jpg"), QStringLiteral("truncated file")}, truncatedJpeg(300, 400)},
        {{QStringLiteral("huge.png"),
          QStringLiteral("too large: 30000 x 30000 pixels exceeds the limit of 250 megapixels")},
         oversizedPngHeader(30000, 30000)},
        {{QStringLiteral("animation.gif"), QStringLiteral("unsupported format: GIF")}, gifHeader(40, 30)},
        {{QStringLiteral("damaged.png"), QStringLiteral("damaged or truncated image data")}, damagedPng(120, 90)},
    };
    QList<BadFile> result;
    for (const auto &file : files) {
        writeFile(QDir(dir).filePath(file.first.fileName), file.second);
        result.append(file.first);
    }
    return result;
}

QStringList nonAsciiNames()
{
    return {QStringLiteral(u"Affiche – été.jpg"), QStringLiteral(u"ポスター.png")};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("TestImages: cannot write %s", qPrintable(path));
}

QString dataFile(const QString &name)
{
    // ATELIER_TEST_DATA when set; run outside CTest, the fixtures lie beside this file's folder.
    const QStringList dirs = {qEnvironmentVariable("ATELIER_TEST_DATA"),
                              QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../data")};
    for (const QString &dir : dirs) {
        const QString path = QDir::cleanPath(QDir(dir).filePath(name));
        if (!dir.isEmpty() && QFileInfo::exists(path))
            return path;
    }
    return QDir::cleanPath(QDir(dirs.last()).filePath(name));
}

Rgb pixel(const RgbImage &image, int x, int y)
{
    Q_ASSERT(x >= 0 && y >= 0 && x < image.width && y < image.height);
    const auto *p = reinterpret_cast<const uchar *>(image.pixels.constData()) + (qsizetype(y) * image.width + x) * 3;
    return {p[0], p[1], p[2]};
}

bool isNear(const Rgb &actual, const Rgb &expected, int tolerance)
{
    return qAbs(actual.r - expected.r) <= tolerance && qAbs(actual.g - expected.g) <= tolerance
        && qAbs(actual.b - expected.b) <= tolerance;
}

RgbImage formulaImage(int width, int height, int variant)
{
    RgbImage image;
    image.width = width;
    image.height = height;
    image.pixels.resize(qsizetype(width) * height * 3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < 3; ++c)
                image.pixels[(qsizetype(y) * width + x) * 3 + c] =
                    char(variant == 0 ? (x * 37 + y * 91 + c * 53 + x * y * 7) % 256
                                      : (x * 13 + y * 29 + c * 101 + (x ^ y) * 3) % 256);
    return image;
}

} // namespace Atelier::TestImages
