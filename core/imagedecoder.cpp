#include "imagedecoder.h"

#include "error.h"
#include "imageheaderreader.h"
#include "jpegdcdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <cstring>

namespace Atelier {

namespace {

/// How far from the end an end marker is looked for: some writers append data after it.
constexpr qint64 TailSearchBytes = 64 * 1024;

Error damagedData()
{
    return Error::badInput(ImageDecoder::tr("damaged or truncated image data"));
}

// --- Limits ------------------------------------------------------------------------------------

/// One of OpenCV's size limits, read from the environment the way OpenCV reads it.
qint64 openCvLimit(const char *variable, qint64 defaultValue)
{
    const QByteArray text = qgetenv(variable).trimmed().toUpper();
    if (text.isEmpty())
        return defaultValue;
    qint64 factor = 1;
    QByteArray digits = text;
    if (digits.endsWith("B"))
        digits.chop(1);
    if (digits.endsWith("K"))
        factor = qint64(1) << 10;
    else if (digits.endsWith("M"))
        factor = qint64(1) << 20;
    else if (digits.endsWith("G"))
        factor = qint64(1) << 30;
    if (factor != 1)
        digits.chop(1);
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? value * factor : defaultValue;
}

/// OpenCV refuses images beyond its own limits with a message no user could act on, so the
/// limits are checked here first; its defaults lie well above DefaultMaxPixels.
void checkLibraryLimits(const ImageHeaderInfo &info)
{
    static const qint64 maxWidth = openCvLimit("OPENCV_IO_MAX_IMAGE_WIDTH", qint64(1) << 20);
    static const qint64 maxHeight = openCvLimit("OPENCV_IO_MAX_IMAGE_HEIGHT", qint64(1) << 20);
    static const qint64 maxPixels = openCvLimit("OPENCV_IO_MAX_IMAGE_PIXELS", qint64(1) << 30);
    const qint64 width = info.storedWidth;
    const qint64 height = info.storedHeight;
    QString variable;
    if (width > maxWidth)
        variable = QStringLiteral("OPENCV_IO_MAX_IMAGE_WIDTH=%1").arg(maxWidth);
    else if (height > maxHeight)
        variable = QStringLiteral("OPENCV_IO_MAX_IMAGE_HEIGHT=%1").arg(maxHeight);
    else if (width * height > maxPixels)
        variable = QStringLiteral("OPENCV_IO_MAX_IMAGE_PIXELS=%1").arg(maxPixels);
    if (!variable.isEmpty())
        throw Error::badInput(ImageDecoder::tr("too large: %1 x %2 pixels exceeds the image library's limit "
                                               "(%3; set it higher in the environment to decode this image)")
                                  .arg(width)
                                  .arg(height)
                                  .arg(variable));
}

void checkPixelLimit(const ImageHeader &header, qint64 maxPixels)
{
    if (maxPixels > 0 && header.pixelCount() > maxPixels)
        throw Error::badInput(ImageDecoder::tr("too large: %1 x %2 pixels exceeds the limit of %3 megapixels")
                                  .arg(header.width)
                                  .arg(header.height)
                                  .arg(QString::number(double(maxPixels) / 1e6, 'g', 6)));
}

// --- Completeness ------------------------------------------------------------------------------

bool tailContains(const QByteArray &bytes, qint64 from, const char *pattern, qint64 length)
{
    const qint64 start = qMax(from, qint64(bytes.size()) - TailSearchBytes);
    const char *data = bytes.constData();
    for (qint64 i = qint64(bytes.size()) - length; i >= start; --i)
        if (std::memcmp(data + i, pattern, size_t(length)) == 0)
            return true;
    return false;
}

/// Decoders fill a cut-off JPEG with gray and call it a success, so the end is checked here.
void checkComplete(const QByteArray &bytes, const ImageHeaderInfo &info)
{
    bool complete = true;
    if (info.header.format == QLatin1String("JPEG"))
        complete = info.jpegScanOffset >= 0 && tailContains(bytes, info.jpegScanOffset, "\xFF\xD9", 2);
    else if (info.header.format == QLatin1String("PNG"))
        complete = tailContains(bytes, 8, "IEND", 4);
    else if (info.header.format == QLatin1String("WebP"))
        complete = qint64(qFromLittleEndian<quint32>(bytes.constData() + 4)) + 8 <= bytes.size();
    if (!complete)
        throw Error::badInput(ImageDecoder::tr("truncated file"));
}

// --- Decoding ----------------------------------------------------------------------------------

cv::Mat imdecode(const QByteArray &bytes, int flags)
{
    const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
    try {
        return cv::imdecode(buffer, flags);
    } catch (const cv::Exception &) {
        return cv::Mat();
    }
}

int ceilDiv(int value, int divisor)
{
    return (value + divisor - 1) / divisor;
}

/// Decodes a JPEG at 1/2, 1/4 or 1/8 scale when the result still covers maxSide: several times faster.
cv::Mat decodeJpeg(const QByteArray &bytes, const ImageHeaderInfo &info, int maxSide, bool gray, bool fastColour)
{
    int flags = gray ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR;
    if (maxSide > 0) {
        const int longSide = qMax(info.storedWidth, info.storedHeight);
        if (ceilDiv(longSide, 8) >= maxSide)
            flags = gray ? cv::IMREAD_REDUCED_GRAYSCALE_8 : cv::IMREAD_REDUCED_COLOR_8;
        else if (ceilDiv(longSide, 4) >= maxSide)
            flags = gray ? cv::IMREAD_REDUCED_GRAYSCALE_4 : cv::IMREAD_REDUCED_COLOR_4;
        else if (ceilDiv(longSide, 2) >= maxSide)
            flags = gray ? cv::IMREAD_REDUCED_GRAYSCALE_2 : cv::IMREAD_REDUCED_COLOR_2;
    }
    if (flags == cv::IMREAD_REDUCED_GRAYSCALE_8) {
        // The same pixels as libjpeg's, 2 to 25 times as fast; libjpeg decodes what this declines.
        const GrayImage luma = JpegDcDecoder::decodeLuma(bytes);
        if (!luma.isNull())
            return cv::Mat(luma.height, luma.width, CV_8UC1, const_cast<char *>(luma.pixels.constData())).clone();
    }
    if (flags == cv::IMREAD_REDUCED_COLOR_8 && fastColour) {
        const RgbImage colour = JpegDcDecoder::decodeColour(bytes);
        if (!colour.isNull()) {
            cv::Mat bgr;
            cv::cvtColor(cv::Mat(colour.height, colour.width, CV_8UC3, const_cast<char *>(colour.pixels.constData())), bgr,
                         cv::COLOR_RGB2BGR);
            return bgr;
        }
    }
    // The orientation is applied by us, the same way for every format.
    return imdecode(bytes, flags | cv::IMREAD_IGNORE_ORIENTATION);
}

/// Decodes a TIFF as stored: its orientation tag is set to 1 in a copy, since libtiff applies
/// some orientations itself and not others.
cv::Mat decodeTiff(const QByteArray &bytes, const ImageHeaderInfo &info)
{
    if (info.header.orientation == 1 || info.orientationOffset < 0)
        return imdecode(bytes, cv::IMREAD_UNCHANGED);
    QByteArray upright = bytes;
    uchar *value = reinterpret_cast<uchar *>(upright.data()) + info.orientationOffset;
    value[0] = info.tiffBigEndian ? 0 : 1;
    value[1] = info.tiffBigEndian ? 1 : 0;
    return imdecode(upright, cv::IMREAD_UNCHANGED);
}

cv::Mat toEightBit(const cv::Mat &image)
{
    switch (image.depth()) {
    case CV_8U:
        return image;
    case CV_16U: {
        cv::Mat result;
        image.convertTo(result, CV_8U, 1.0 / 257.0); // rounds and saturates
        return result;
    }
    case CV_32F:
    case CV_64F: {
        cv::Mat result;
        image.convertTo(result, CV_8U, 255.0); // saturation clamps to [0, 1]
        return result;
    }
    default:
        throw Error::badInput(Atelier::ImageDecoder::tr("unsupported sample format (signed integer samples)"));
    }
}

inline uchar overWhite(int value, int alpha)
{
    return uchar((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

/// Turns gray+alpha and BGRA into BGR composited over white; gray and BGR pass through.
cv::Mat withoutAlpha(const cv::Mat &image)
{
    const int channels = image.channels();
    if (channels == 1 || channels == 3)
        return image;
    if (channels != 2 && channels != 4)
        throw Error::badInput(Atelier::ImageDecoder::tr("unsupported image with %1 channels").arg(channels));
    cv::Mat result(image.rows, image.cols, CV_8UC3);
    for (int y = 0; y < image.rows; ++y) {
        const uchar *in = image.ptr<uchar>(y);
        uchar *out = result.ptr<uchar>(y);
        for (int x = 0; x < image.cols; ++x, in += channels, out += 3) {
            if (channels == 2) {
                out[0] = out[1] = out[2] = overWhite(in[0], in[1]);
            } else {
                out[0] = overWhite(in[0], in[3]);
                out[1] = overWhite(in[1], in[3]);
                out[2] = overWhite(in[2], in[3]);
            }
        }
    }
    return result;
}

cv::Mat fitWithin(const cv::Mat &image, int maxSide)
{
    const int longSide = qMax(image.cols, image.rows);
    if (maxSide <= 0 || longSide <= maxSide)
        return image;
    const double scale = double(maxSide) / longSide;
    const cv::Size size(qMax(1, qRound(image.cols * scale)), qMax(1, qRound(image.rows * scale)));
    cv::Mat result;
    cv::resize(image, result, size, 0, 0, cv::INTER_AREA);
    return result;
}

/// Turns a stored image into the displayed one, for EXIF orientations 1..8.
cv::Mat oriented(const cv::Mat &image, int orientation)
{
    if (orientation <= 1 || orientation > 8)
        return image;
    cv::Mat result;
    if (orientation == 2)
        cv::flip(image, result, 1);
    else if (orientation == 3)
        cv::flip(image, result, -1);
    else if (orientation == 4)
        cv::flip(image, result, 0);
    else {
        cv::transpose(image, result);
        if (orientation == 6)
            cv::flip(result, result, 1);
        else if (orientation == 7)
            cv::flip(result, result, -1);
        else if (orientation == 8)
            cv::flip(result, result, 0);
    }
    return result;
}

/// Copies a gray or BGR image into packed RGB.
RgbImage toRgbImage(const cv::Mat &image)
{
    RgbImage result;
    result.width = image.cols;
    result.height = image.rows;
    result.pixels = QByteArray(qsizetype(image.cols) * image.rows * 3, Qt::Uninitialized);
    cv::Mat target(image.rows, image.cols, CV_8UC3, result.pixels.data());
    cv::cvtColor(image, target, image.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
    Q_ASSERT(target.data == reinterpret_cast<uchar *>(result.pixels.data()));
    return result;
}

/// Copies a gray or BGR image into packed gray levels.
GrayImage toGrayImage(const cv::Mat &image)
{
    GrayImage result;
    result.width = image.cols;
    result.height = image.rows;
    result.pixels = QByteArray(qsizetype(image.cols) * image.rows, Qt::Uninitialized);
    cv::Mat target(image.rows, image.cols, CV_8UC1, result.pixels.data());
    if (image.channels() == 1)
        image.copyTo(target);
    else
        cv::cvtColor(image, target, cv::COLOR_BGR2GRAY);
    Q_ASSERT(target.data == reinterpret_cast<uchar *>(result.pixels.data()));
    return result;
}

cv::Mat bgrMat(const RgbImage &image)
{
    if (image.isNull() || image.pixels.size() != qsizetype(image.width) * image.height * 3)
        throw Error::badInput(Atelier::ImageDecoder::tr("cannot encode an invalid image"));
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<char *>(image.pixels.constData()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

QByteArray encode(const RgbImage &image, const char *extension, const std::vector<int> &params)
{
    std::vector<uchar> buffer;
    bool ok = false;
    try {
        ok = cv::imencode(extension, bgrMat(image), buffer, params);
    } catch (const cv::Exception &) {
        ok = false;
    }
    if (!ok)
        throw Error::failure(ImageDecoder::tr("cannot encode the image"));
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

// Damaged files are expected input: their reason reaches the user through Error, so OpenCV's
// own warnings about them would only be noise on the console.
void silenceCodecWarnings()
{
    static const bool silenced = [] {
        cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
        return true;
    }();
    Q_UNUSED(silenced)
}

/// Decodes to BGR or, where `gray` and the format allow it, straight to gray levels.
cv::Mat decodeToMat(const QByteArray &bytes, const ImageDecoder::Options &options, bool gray)
{
    silenceCodecWarnings();
    const ImageHeaderInfo info = ImageHeaderReader::read(bytes);
    const ImageHeader &header = info.header;
    if (!header.decodable) {
        const QString detail = info.unsupportedDetail.isEmpty() ? QString()
                                                                : QStringLiteral(" (%1)").arg(info.unsupportedDetail);
        throw Error::badInput(Atelier::ImageDecoder::tr("unsupported format: %1%2").arg(header.format, detail));
    }
    // Both limits come before any pixel is decoded: a hostile header must not allocate gigabytes.
    checkPixelLimit(header, options.maxPixels);
    checkLibraryLimits(info);
    checkComplete(bytes, info);

    const bool isJpeg = header.format == QLatin1String("JPEG");
    cv::Mat image;
    if (isJpeg)
        image = decodeJpeg(bytes, info, options.maxSide, gray, options.fastColour);
    else if (header.format == QLatin1String("TIFF"))
        image = decodeTiff(bytes, info);
    else
        image = imdecode(bytes, cv::IMREAD_UNCHANGED);
    if (image.empty())
        throw damagedData();

    if (!isJpeg)
        image = withoutAlpha(toEightBit(image));
    // Scaling first and turning afterwards gives the same result, since the box is square.
    image = oriented(fitWithin(image, options.maxSide), header.orientation);
    return image;
}

} // namespace

ImageHeader ImageDecoder::readHeader(const QByteArray &bytes)
{
    return ImageHeaderReader::read(bytes).header;
}

RgbImage ImageDecoder::decode(const QByteArray &bytes, const Options &options)
{
    return toRgbImage(decodeToMat(bytes, options, false));
}

GrayImage ImageDecoder::decodeGray(const QByteArray &bytes, const Options &options)
{
    return toGrayImage(decodeToMat(bytes, options, true));
}

namespace {

QByteArray readImageFile(const QString &path)
{
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        throw Error::badInput(ImageDecoder::tr("no such file"));
    if (fileInfo.isDir())
        throw Error::badInput(ImageDecoder::tr("a folder, not an image file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(ImageDecoder::tr("cannot read the file (%1)").arg(file.errorString()));
    return file.readAll();
}

} // namespace

RgbImage ImageDecoder::decodeFile(const QString &path, const Options &options)
{
    return decode(readImageFile(path), options);
}

GrayImage ImageDecoder::decodeGrayFile(const QString &path, const Options &options)
{
    return decodeGray(readImageFile(path), options);
}

QByteArray ImageDecoder::encodeJpeg(const RgbImage &image, int quality)
{
    return encode(image, ".jpg", {cv::IMWRITE_JPEG_QUALITY, qBound(1, quality, 100)});
}

QByteArray ImageDecoder::encodePng(const RgbImage &image)
{
    return encode(image, ".png", {cv::IMWRITE_PNG_COMPRESSION, 3});
}

} // namespace Atelier
