#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// The default limit on an image's pixel count, checked from the header before decoding.
constexpr qint64 DefaultMaxPixels = 250'000'000;

/// What a file's header says, read without decoding the pixels.
struct ImageHeader
{
    QString format;       ///< "JPEG", "PNG", "TIFF", "BMP", "WebP"; not decodable: "GIF", "HEIF", "AVIF", "JPEG 2000", "PSD"
    int width = 0;        ///< as displayed, after the EXIF orientation
    int height = 0;
    int orientation = 1;  ///< EXIF orientation, 1..8 (1 = as stored)
    bool decodable = false; ///< false for recognised formats that Atelier cannot decode (GIF)

    qint64 pixelCount() const { return qint64(width) * qint64(height); }
};

/// An 8-bit RGB image, rows packed (stride = width * 3).
struct RgbImage
{
    int width = 0;
    int height = 0;
    QByteArray pixels;

    bool isNull() const { return width <= 0 || height <= 0; }
};

/// An 8-bit gray image, rows packed (stride = width): luma, as a JPEG stores it.
struct GrayImage
{
    int width = 0;
    int height = 0;
    QByteArray pixels;

    bool isNull() const { return width <= 0 || height <= 0; }
};

/// Decodes image files into 8-bit RGB in one defined way, whatever their kind:
/// 16-bit samples are scaled by 1/257; gray and palette become RGB; alpha is composited over white;
/// CMYK is converted by the JPEG decoder; the EXIF orientation (JPEG, TIFF) is applied.
/// Every function throws Error(BadInput) with a reason a user understands.
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ImageDecoder)

public:
    struct Options
    {
        qint64 maxPixels = DefaultMaxPixels; ///< refuse larger images before decoding
        int maxSide = 0; ///< > 0: the result fits in maxSide x maxSide (reduced-resolution decode where possible)
        /// Where a JPEG is decoded at 1/8 scale, its colours from the DC terms alone
        /// (JpegDcDecoder::decodeColour): twice as fast, and within a level or two of libjpeg's
        /// colours; meant for thumbnails. Gray decodes are exact either way.
        bool fastColour = false;
    };

    /// Reads the header only. Throws for empty, unrecognised or malformed data.
    static ImageHeader readHeader(const QByteArray &bytes);
    /// Decodes the whole image (or a reduced one, see Options::maxSide).
    static RgbImage decode(const QByteArray &bytes, const Options &options);
    static RgbImage decode(const QByteArray &bytes) { return decode(bytes, Options()); }
    /// Reads and decodes a file.
    static RgbImage decodeFile(const QString &path, const Options &options);
    /// Decodes to gray levels. A JPEG's colour planes are then skipped (and at 1/8 scale all but
    /// the DC terms, see JpegDcDecoder), which is what makes this faster than decode() followed
    /// by a conversion; other formats are converted.
    static GrayImage decodeGray(const QByteArray &bytes, const Options &options);
    static GrayImage decodeGrayFile(const QString &path, const Options &options);
    /// JPEG-encodes an RGB image (used for thumbnails).
    static QByteArray encodeJpeg(const RgbImage &image, int quality = 85);
    /// PNG-encodes an RGB image.
    static QByteArray encodePng(const RgbImage &image);
};

} // namespace Atelier
