#pragma once

#include "imagedecoder.h"

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>

/// Scan-like fixtures for the curation tests and benchmarks: posters with paper grain, the ways a
/// poster comes back when it is scanned again, museum borders, and the hard cases that must not be
/// mistaken for either. Everything is drawn from a seed, so a failure can be reproduced.
/// OpenCV stays inside the .cpp.
namespace Atelier::ScanFixtures {

/// A poster: a palette, a layout (picture box, title, lines of text), an illustration of soft
/// colour fields and shapes, and paper grain.
RgbImage poster(int width, int height, quint32 seed);

/// What changes between two posters of one design family. Everything else is shared: palette,
/// layout, typography, bands.
enum class FamilyChange {
    PictureAndText,
    PictureOnly,
    TextOnly,
};
/// Member `member` of the design family `familySeed`.
RgbImage familyPoster(int width, int height, quint32 familySeed, int member, FamilyChange change);

/// A painting larger than a poster, from which different crops are taken.
RgbImage scene(int width, int height, quint32 seed);
RgbImage cropped(const RgbImage &image, const QRect &rect);

/// The ways the same poster comes back: rescanned, resized, recompressed, trimmed, converted.
enum class Transform {
    Rescale,    ///< 0.3x to 2x
    Jpeg,       ///< quality 40 to 60
    Crop,       ///< 3% to 8% off one axis or both, split unevenly between the sides
    Brightness, ///< +-20 to 45 levels
    Contrast,   ///< x0.65 to 0.8 or x1.2 to 1.4
    Gamma,      ///< 0.6 to 0.8 or 1.3 to 1.7
    Rotate,     ///< 1 to 3 degrees either way, corners filled with the scanner's lid
    Grayscale,  ///< stored as a one-channel JPEG
    Combined,   ///< another museum: smaller, trimmed, brighter, quality 50
};
QList<Transform> allTransforms();
QString transformName(Transform transform);

/// The transformed poster as a file's bytes (JPEG), with fresh scanner noise; the parameters
/// come from `seed` and are described in `description` when given.
QByteArray transformed(const RgbImage &source, Transform transform, quint32 seed, QString *description = nullptr);
/// The transformed pixels, without encoding (except for the Jpeg transform's round trip).
RgbImage transformedImage(const RgbImage &source, Transform transform, quint32 seed, QString *description = nullptr);

/// Borderless posters whose edges look a little like a border and must be left alone.
enum class EdgeLook {
    Busy,       ///< a plain poster
    PlainSky,   ///< a smooth sky over a skyline at the top
    DarkGround, ///< a dark, uneven ground at the bottom
    PaleMargin, ///< a pale paper margin around the picture, the title in it
    GreyHaze,   ///< a grey, hazy top fading into the picture
    PrintedBand, ///< a solid band printed along the top or bottom; every other one in grayscale
};
QList<EdgeLook> allEdgeLooks();
QString edgeLookName(EdgeLook look);
RgbImage borderlessPoster(int width, int height, quint32 seed, EdgeLook look);

/// What a museum added around a scan.
enum class BorderStyle {
    Plain,          ///< a strip of one colour
    CatalogueText,  ///< a strip with the catalogue number and the collection's name
    Separator,      ///< a thin line between the strip and the poster, with text
    Ruler,          ///< a ruler with ticks and numbers
    ColourPatches,  ///< a row of colour patches, with text
};
QList<BorderStyle> allBorderStyles();
QString borderStyleName(BorderStyle style);

/// A scan with a border: the image and where the poster lies in it.
struct BorderedScan
{
    RgbImage image;
    QRect content;
    QString description;
};
/// Adds a border in `style` to `poster`: strips of white, cream, grey or black on one to three
/// sides (the bottom most often), 4% to 15% of the poster's size each, and scanner noise.
BorderedScan withBorder(const RgbImage &poster, BorderStyle style, quint32 seed);

/// One file of a labelled near-duplicate set.
struct LabelledScan
{
    QString fileName;    ///< "g0012-crop.jpg": the group, then what was done to the original
    QByteArray bytes;    ///< the file's content (JPEG)
    int group = 0;       ///< files of one group are copies of one poster; groups never share a poster
    QString kind;        ///< "original" or the transform's name
    QString origin;      ///< "poster", "family N" or "scene N": hard negatives share an origin
    QString description; ///< the transform's parameters
};

struct DedupSetParams
{
    int posters = 40;       ///< unrelated posters
    int families = 8;       ///< design families, each of familySize posters (hard negatives)
    int familySize = 4;
    int scenes = 8;         ///< scenes, each cropped cropsPerScene ways (hard negatives)
    int cropsPerScene = 3;
    int width = 800;        ///< of the originals; heights follow the posters' shapes
    quint32 seed = 1;
    QList<Transform> transforms = allTransforms(); ///< applied to every original
};

/// Originals and their transformed copies. Family members differ in picture and text, picture
/// only or text only; crops of one scene are at least a fifth of a frame apart.
QList<LabelledScan> dedupSet(const DedupSetParams &params);

QByteArray encodeJpeg(const RgbImage &image, int quality = 90);
QByteArray encodePng(const RgbImage &image);
/// Writes bytes to `path`, creating folders; aborts on failure.
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace Atelier::ScanFixtures
