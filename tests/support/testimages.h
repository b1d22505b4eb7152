#pragma once

#include "imagedecoder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Synthetic image fixtures for the tests, written on the fly (OpenCV stays inside the .cpp).
/// Files that OpenCV cannot write (CMYK JPEG, palette PNG, gray+alpha PNG) are committed in
/// tests/data; see dataFile().
namespace Atelier::TestImages {

enum class Format { Jpeg, Png, Tiff, Bmp, WebP, WebPLossless };

/// A colour as 8-bit RGB, for comparing decoded pixels.
struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
};

/// A poster-like image: coloured background with paper grain, shapes and a title; `seed` varies it.
QByteArray poster(int width, int height, quint32 seed, Format format = Format::Jpeg, int jpegQuality = 90);
/// A deterministic pattern (variant 0 or 1), computed by the same formula in the weight-import
/// fixture scripts (tests/fixtures/weightimport), which give their reference outputs on it.
RgbImage formulaImage(int width, int height, int variant);

/// Writes poster(...) to `path` (folders are created) and returns the path.
QString writePoster(const QString &path, int width, int height, quint32 seed, Format format = Format::Jpeg);

/// Mid-gray with a red block in the stored top-left corner and a green block in the stored
/// top-right corner, to follow where corners go under an orientation.
QByteArray markedCorners(int width, int height, Format format);
/// markedCorners() as a JPEG carrying an EXIF orientation (APP1 inserted right after SOI).
QByteArray jpegWithExifOrientation(int width, int height, int orientation, bool bigEndian = false);
/// Inserts an APP1 EXIF block with tag 0x0112 = orientation after the SOI of a JPEG.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation, bool bigEndian = false);
/// markedCorners() as an uncompressed RGB TIFF with an orientation tag (written byte by byte).
QByteArray tiffWithOrientation(int width, int height, int orientation, bool bigEndian = false);
/// markedCorners() as a BMP stored top-down (negative height).
QByteArray topDownBmp(int width, int height);

/// One colour with 16-bit samples, as PNG or TIFF.
QByteArray sixteenBitImage(int width, int height, quint16 red, quint16 green, quint16 blue,
                           Format format = Format::Png);
/// One gray level, single channel.
QByteArray grayPng(int width, int height, int gray);
/// RGBA with alpha: the left half opaque red, the right half fully transparent black, except the
/// bottom row, which is blue at alpha 128 all along.
QByteArray rgbaImage(int width, int height, Format format = Format::Png);

/// A valid JPEG cut off at `keepFraction` of its length.
QByteArray truncatedJpeg(int width, int height, double keepFraction = 0.6);
/// A PNG signature and IHDR claiming width x height, followed by junk instead of image data.
QByteArray oversizedPngHeader(int width, int height);
/// A GIF header followed by junk.
QByteArray gifHeader(int width, int height);
/// A PNG whose image data is corrupted while its header and end are intact.
QByteArray damagedPng(int width, int height);

/// A file the decoder must refuse, and the reason it must give.
struct BadFile
{
    QString fileName;
    QString reason;
};
/// Writes one file of each kind of bad input into `dir`.
QList<BadFile> writeBadFiles(const QString &dir);

/// Names outside ASCII: "Affiche – été.jpg" and "ポスター.png".
QStringList nonAsciiNames();

/// Writes bytes through QFile (so any file name works), creating the folder; aborts on failure.
void writeFile(const QString &path, const QByteArray &bytes);
/// A committed fixture from tests/data.
QString dataFile(const QString &name);

Rgb pixel(const RgbImage &image, int x, int y);
/// Whether each channel is within `tolerance` of the expected colour.
bool isNear(const Rgb &actual, const Rgb &expected, int tolerance);

} // namespace Atelier::TestImages
