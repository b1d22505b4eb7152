#include "scanfixtures.h"

#include <QDir>
#include <QPoint>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace Atelier::ScanFixtures {

namespace {

using Rng = std::mt19937;

int pickInt(Rng &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

double pickReal(Rng &rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

bool chance(Rng &rng, double probability)
{
    return pickReal(rng, 0, 1) < probability;
}

cv::Mat toMat(const RgbImage &image)
{
    cv::Mat mat(image.height, image.width, CV_8UC3);
    std::copy_n(image.pixels.constData(), image.pixels.size(), reinterpret_cast<char *>(mat.data));
    return mat;
}

RgbImage fromMat(const cv::Mat &mat)
{
    cv::Mat rgb;
    if (mat.channels() == 1)
        cv::cvtColor(mat, rgb, cv::COLOR_GRAY2RGB);
    else
        rgb = mat.isContinuous() ? mat : mat.clone();
    RgbImage image;
    image.width = rgb.cols;
    image.height = rgb.rows;
    image.pixels = QByteArray(reinterpret_cast<const char *>(rgb.data), int(rgb.total() * 3));
    return image;
}

/// Paper grain and sensor noise: what a scanner adds to every image.
void addGrain(cv::Mat &image, double sigma, Rng &rng)
{
    cv::Mat noise(image.size(), CV_16SC(image.channels()));
    cv::theRNG().state = rng();
    cv::randn(noise, 0, sigma);
    cv::Mat wide;
    image.convertTo(wide, CV_16S);
    wide += noise;
    wide.convertTo(image, image.type());
}

cv::Scalar rgb(int r, int g, int b)
{
    return cv::Scalar(r, g, b);
}

cv::Scalar mix(const cv::Scalar &a, const cv::Scalar &b, double t)
{
    return a * (1 - t) + b * t;
}

cv::Scalar randomColour(Rng &rng)
{
    return rgb(pickInt(rng, 0, 255), pickInt(rng, 0, 255), pickInt(rng, 0, 255));
}

// --- Posters -----------------------------------------------------------------------------------

struct Palette
{
    cv::Scalar paperTop;
    cv::Scalar paperBottom;
    cv::Scalar band;
    cv::Scalar ink;
    std::vector<cv::Scalar> accents;
};

Palette makePalette(Rng &rng)
{
    Palette palette;
    const cv::Scalar base = randomColour(rng);
    const bool darkPaper = chance(rng, 0.25);
    palette.paperTop = darkPaper ? mix(base, rgb(0, 0, 0), 0.6) : mix(base, rgb(255, 250, 240), 0.55);
    palette.paperBottom = mix(palette.paperTop, randomColour(rng), 0.35);
    // Printed bands are in the poster's bold colours, never the pale neutral of a museum strip.
    palette.band = rgb(pickInt(rng, 0, 80), pickInt(rng, 60, 200), pickInt(rng, 150, 255));
    std::shuffle(&palette.band[0], &palette.band[0] + 3, rng);
    palette.ink = darkPaper ? rgb(240, 235, 220) : mix(randomColour(rng), rgb(0, 0, 0), 0.75);
    for (int i = 0; i < 5; ++i)
        palette.accents.push_back(randomColour(rng));
    return palette;
}

struct Layout
{
    cv::Rect2d picture; ///< relative to the poster
    double headerBand = 0; ///< relative height, 0 = none
    double footerBand = 0;
    double titleY = 0;     ///< relative baseline
    double titleWidth = 0; ///< relative width the title fills
    int titleFont = cv::FONT_HERSHEY_DUPLEX;
    int textLines = 0;
    double textY = 0;
    bool framed = false;
    bool titleAbove = false;
};

Layout makeLayout(Rng &rng)
{
    Layout layout;
    const double x = pickReal(rng, 0.04, 0.14);
    const double w = pickReal(rng, 0.6, 1 - 2 * x);
    layout.titleAbove = chance(rng, 0.5);
    const double top = layout.titleAbove ? pickReal(rng, 0.2, 0.3) : pickReal(rng, 0.05, 0.12);
    const double h = pickReal(rng, 0.45, 0.62);
    layout.picture = cv::Rect2d(x + pickReal(rng, 0, 1 - 2 * x - w), top, w, h);
    layout.headerBand = chance(rng, 0.3) ? pickReal(rng, 0.03, 0.06) : 0;
    layout.footerBand = chance(rng, 0.3) ? pickReal(rng, 0.03, 0.06) : 0;
    layout.titleY = layout.titleAbove ? top - pickReal(rng, 0.04, 0.07) : top + h + pickReal(rng, 0.09, 0.12);
    layout.titleWidth = pickReal(rng, 0.55, 0.85);
    const int fonts[] = {cv::FONT_HERSHEY_DUPLEX, cv::FONT_HERSHEY_TRIPLEX, cv::FONT_HERSHEY_COMPLEX,
                         cv::FONT_HERSHEY_SIMPLEX};
    layout.titleFont = fonts[pickInt(rng, 0, 3)];
    layout.textLines = pickInt(rng, 1, 3);
    layout.textY = layout.titleAbove ? top + h + pickReal(rng, 0.05, 0.08) : layout.titleY + pickReal(rng, 0.05, 0.07);
    layout.framed = chance(rng, 0.4);
    return layout;
}

std::string randomWord(Rng &rng, int minLength, int maxLength)
{
    static const char *const syllables[] = {"LA", "MO", "RI", "VEN", "TOR", "SA", "LON", "EX", "PO", "SI",
                                            "TION", "GRA", "PHI", "QUE", "DU", "CAR", "NA", "VAL", "BEL", "LE",
                                            "OPE", "RA", "THE", "A", "TRE", "CI", "NE", "MA", "FES", "TI"};
    std::string word;
    const int length = pickInt(rng, minLength, maxLength);
    while (int(word.size()) < length)
        word += syllables[pickInt(rng, 0, int(std::size(syllables)) - 1)];
    return word;
}

std::string randomLine(Rng &rng, int words)
{
    std::string line;
    for (int i = 0; i < words; ++i)
        line += (i ? " " : "") + randomWord(rng, 2, 8);
    return line;
}

/// Draws `text` so that it spans `width` pixels, its baseline at `origin`.
void putTextFitted(cv::Mat &image, const std::string &text, cv::Point origin, int width, int font,
                   const cv::Scalar &colour, double thicknessRatio = 0.08)
{
    int baseline = 0;
    const cv::Size unit = cv::getTextSize(text, font, 1.0, 1, &baseline);
    const double scale = std::max(0.2, double(width) / std::max(1, unit.width));
    const int thickness = std::max(1, int(std::lround(scale * unit.height * thicknessRatio)));
    cv::putText(image, text, origin, font, scale, colour, thickness, cv::LINE_AA);
}

/// An illustration: soft fields of colour, shapes and some hatching.
cv::Mat drawPicture(cv::Size size, const Palette &palette, quint32 seed, double shapeDensity = 1.0)
{
    Rng rng(seed * 2654435761u + 17);
    const int gridW = pickInt(rng, 3, 6);
    const int gridH = pickInt(rng, 3, 6);
    cv::Mat field(gridH, gridW, CV_8UC3);
    for (int y = 0; y < gridH; ++y)
        for (int x = 0; x < gridW; ++x) {
            const cv::Scalar c = chance(rng, 0.6) ? palette.accents[size_t(pickInt(rng, 0, 4))] : randomColour(rng);
            field.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(c[0]), cv::saturate_cast<uchar>(c[1]),
                                                  cv::saturate_cast<uchar>(c[2]));
        }
    cv::Mat picture;
    cv::resize(field, picture, size, 0, 0, cv::INTER_CUBIC);
    cv::GaussianBlur(picture, picture, {0, 0}, std::max(1.0, size.width / 40.0));

    const int w = size.width;
    const int h = size.height;
    const int shapes = int(std::lround(pickInt(rng, 7, 14) * shapeDensity));
    for (int i = 0; i < shapes; ++i) {
        const cv::Scalar c = chance(rng, 0.5) ? palette.accents[size_t(pickInt(rng, 0, 4))] : randomColour(rng);
        const cv::Point centre(pickInt(rng, 0, w), pickInt(rng, 0, h));
        switch (pickInt(rng, 0, 4)) {
        case 0:
            cv::circle(picture, centre, pickInt(rng, w / 20, w / 5), c, cv::FILLED, cv::LINE_AA);
            break;
        case 1:
            cv::ellipse(picture, centre, {pickInt(rng, w / 16, w / 4), pickInt(rng, h / 20, h / 6)},
                        pickReal(rng, 0, 180), 0, 360, c, cv::FILLED, cv::LINE_AA);
            break;
        case 2: {
            std::vector<cv::Point> polygon;
            const int corners = pickInt(rng, 3, 6);
            const int radius = pickInt(rng, w / 12, w / 4);
            for (int k = 0; k < corners; ++k) {
                const double angle = 2 * M_PI * k / corners + pickReal(rng, -0.4, 0.4);
                polygon.emplace_back(centre.x + int(radius * std::cos(angle)), centre.y + int(radius * std::sin(angle)));
            }
            cv::fillPoly(picture, std::vector<std::vector<cv::Point>>{polygon}, c, cv::LINE_AA);
            break;
        }
        case 3:
            cv::line(picture, centre, {pickInt(rng, 0, w), pickInt(rng, 0, h)}, c, pickInt(rng, 2, std::max(3, w / 40)),
                     cv::LINE_AA);
            break;
        default: {
            // Hatching: engraved shading in a box.
            const cv::Rect box(centre.x, centre.y, pickInt(rng, w / 10, w / 3), pickInt(rng, h / 10, h / 3));
            const int step = std::max(3, w / 60);
            for (int k = -box.height; k < box.width; k += step)
                cv::line(picture, {box.x + k, box.y + box.height}, {box.x + k + box.height, box.y}, c, 1, cv::LINE_AA);
            break;
        }
        }
    }
    return picture;
}

cv::Mat drawPoster(int width, int height, const Palette &palette, const Layout &layout, quint32 pictureSeed,
                   quint32 textSeed)
{
    cv::Mat poster(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        poster.row(y).setTo(mix(palette.paperTop, palette.paperBottom, double(y) / height));
    if (layout.headerBand > 0)
        poster(cv::Rect(0, 0, width, int(layout.headerBand * height))).setTo(palette.band);
    if (layout.footerBand > 0) {
        const int bandHeight = int(layout.footerBand * height);
        poster(cv::Rect(0, height - bandHeight, width, bandHeight)).setTo(palette.band);
    }

    const cv::Rect box(int(layout.picture.x * width), int(layout.picture.y * height),
                       int(layout.picture.width * width), int(layout.picture.height * height));
    drawPicture(box.size(), palette, pictureSeed).copyTo(poster(box));
    if (layout.framed)
        cv::rectangle(poster, box, palette.ink, std::max(2, width / 150));

    Rng text(textSeed * 40503u + 7);
    const std::string title = randomWord(text, 5, 11);
    const int titleWidth = int(layout.titleWidth * width);
    putTextFitted(poster, title, {(width - titleWidth) / 2, int(layout.titleY * height)}, titleWidth, layout.titleFont,
                  palette.ink);
    for (int i = 0; i < layout.textLines; ++i) {
        const int lineWidth = int(width * pickReal(text, 0.35, 0.7));
        const int y = int((layout.textY + i * 0.035) * height);
        putTextFitted(poster, randomLine(text, pickInt(text, 2, 4)), {(width - lineWidth) / 2, y}, lineWidth,
                      cv::FONT_HERSHEY_SIMPLEX, palette.ink, 0.1);
    }
    return poster;
}

void finishScan(cv::Mat &image, Rng &rng, double grain = 5.0)
{
    cv::GaussianBlur(image, image, {3, 3}, 0.6);
    addGrain(image, grain, rng);
}

// --- Transformations ---------------------------------------------------------------------------

cv::Mat applyLut(const cv::Mat &image, const std::function<double(double)> &curve)
{
    cv::Mat lut(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i)
        lut.at<uchar>(i) = cv::saturate_cast<uchar>(curve(i));
    cv::Mat result;
    cv::LUT(image, lut, result);
    return result;
}

cv::Mat cropFraction(const cv::Mat &image, Rng &rng, double low, double high, QString *what)
{
    const int axes = pickInt(rng, 0, 2); // 0: horizontal, 1: vertical, 2: both
    double fx = 0;
    double fy = 0;
    if (axes != 1)
        fx = pickReal(rng, low, high);
    if (axes != 0)
        fy = pickReal(rng, low, high);
    const double leftShare = chance(rng, 0.3) ? double(pickInt(rng, 0, 1)) : pickReal(rng, 0, 1);
    const double topShare = chance(rng, 0.3) ? double(pickInt(rng, 0, 1)) : pickReal(rng, 0, 1);
    const int cutX = int(image.cols * fx);
    const int cutY = int(image.rows * fy);
    const int left = int(cutX * leftShare);
    const int top = int(cutY * topShare);
    if (what)
        *what = QStringLiteral("crop %1% x %2% (left %3 px, top %4 px)")
                    .arg(fx * 100, 0, 'f', 1)
                    .arg(fy * 100, 0, 'f', 1)
                    .arg(left)
                    .arg(top);
    return image(cv::Rect(left, top, image.cols - cutX, image.rows - cutY)).clone();
}

cv::Mat rescale(const cv::Mat &image, double factor)
{
    cv::Mat result;
    cv::resize(image, result, {}, factor, factor, factor < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    return result;
}

cv::Mat jpegRoundTrip(const cv::Mat &image, int quality)
{
    std::vector<uchar> bytes;
    cv::Mat bgr;
    cv::cvtColor(image, bgr, cv::COLOR_RGB2BGR);
    cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_COLOR);
    cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
    return decoded;
}

struct TransformResult
{
    cv::Mat image;
    int quality = 90;
    bool gray = false;
};

TransformResult transform(const cv::Mat &source, Transform kind, quint32 seed, QString *description)
{
    Rng rng(seed * 747796405u + 2891336453u);
    TransformResult result;
    QString what;
    switch (kind) {
    case Transform::Rescale: {
        const double factors[] = {0.3, 0.4, 0.55, 0.75, 1.3, 1.6, 2.0};
        const double factor = factors[pickInt(rng, 0, 6)];
        result.image = rescale(source, factor);
        what = QStringLiteral("rescale x%1").arg(factor);
        break;
    }
    case Transform::Jpeg:
        result.image = source.clone();
        result.quality = pickInt(rng, 40, 60);
        what = QStringLiteral("JPEG quality %1").arg(result.quality);
        break;
    case Transform::Crop:
        result.image = cropFraction(source, rng, 0.03, 0.08, &what);
        break;
    case Transform::Brightness: {
        const int shift = pickInt(rng, 20, 45) * (chance(rng, 0.5) ? 1 : -1);
        result.image = applyLut(source, [shift](double v) { return v + shift; });
        what = QStringLiteral("brightness %1").arg(shift);
        break;
    }
    case Transform::Contrast: {
        const double factor = chance(rng, 0.5) ? pickReal(rng, 0.65, 0.8) : pickReal(rng, 1.2, 1.4);
        result.image = applyLut(source, [factor](double v) { return 128 + (v - 128) * factor; });
        what = QStringLiteral("contrast x%1").arg(factor, 0, 'f', 2);
        break;
    }
    case Transform::Gamma: {
        const double gamma = chance(rng, 0.5) ? pickReal(rng, 0.6, 0.8) : pickReal(rng, 1.3, 1.7);
        result.image = applyLut(source, [gamma](double v) { return 255 * std::pow(v / 255, gamma); });
        what = QStringLiteral("gamma %1").arg(gamma, 0, 'f', 2);
        break;
    }
    case Transform::Rotate: {
        const double angle = pickReal(rng, 1, 3) * (chance(rng, 0.5) ? 1 : -1);
        const cv::Mat rotation = cv::getRotationMatrix2D({source.cols / 2.0f, source.rows / 2.0f}, angle, 1.0);
        cv::warpAffine(source, result.image, rotation, source.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                       rgb(232, 232, 228));
        what = QStringLiteral("rotate %1 degrees").arg(angle, 0, 'f', 2);
        break;
    }
    case Transform::Grayscale:
        cv::cvtColor(source, result.image, cv::COLOR_RGB2GRAY);
        result.gray = true;
        what = QStringLiteral("grayscale");
        break;
    case Transform::Combined: {
        QString crop;
        const double factor = pickReal(rng, 0.45, 0.7);
        const double gamma = pickReal(rng, 0.8, 1.25);
        result.image = applyLut(rescale(cropFraction(source, rng, 0.02, 0.05, &crop), factor),
                                [gamma](double v) { return 255 * std::pow(v / 255, gamma) + 10; });
        result.quality = 50;
        what = QStringLiteral("another museum: %1, x%2, gamma %3, quality 50")
                   .arg(crop)
                   .arg(factor, 0, 'f', 2)
                   .arg(gamma, 0, 'f', 2);
        break;
    }
    }
    // Every copy is a new scan: fresh sensor noise, a touch of it.
    addGrain(result.image, 2.0, rng);
    if (description)
        *description = what;
    return result;
}

std::vector<uchar> encode(const cv::Mat &image, bool gray, int quality)
{
    cv::Mat out;
    if (gray)
        out = image;
    else
        cv::cvtColor(image, out, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    cv::imencode(".jpg", out, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return bytes;
}

// --- Borderless posters with misleading edges --------------------------------------------------

/// An uneven horizon: hills and roofs, between `low` and `high` (rows).
std::vector<int> horizon(int width, int low, int high, Rng &rng)
{
    std::vector<int> heights(static_cast<size_t>(width));
    const double a1 = pickReal(rng, 0.3, 1.0), f1 = pickReal(rng, 1.5, 4.0), p1 = pickReal(rng, 0, 6.3);
    const double a2 = pickReal(rng, 0.2, 0.6), f2 = pickReal(rng, 6.0, 14.0), p2 = pickReal(rng, 0, 6.3);
    int roof = 0;
    int roofEnd = 0;
    for (int x = 0; x < width; ++x) {
        const double t = double(x) / width;
        double v = 0.5 + 0.5 * (a1 * std::sin(2 * M_PI * f1 * t + p1) + a2 * std::sin(2 * M_PI * f2 * t + p2)) / (a1 + a2);
        if (x >= roofEnd && chance(rng, 0.01)) {
            roof = pickInt(rng, 0, (high - low) / 2);
            roofEnd = x + pickInt(rng, width / 30, width / 8);
        }
        heights[size_t(x)] = int(low + v * (high - low)) - (x < roofEnd ? roof : 0);
    }
    return heights;
}

} // namespace

RgbImage poster(int width, int height, quint32 seed)
{
    Rng rng(seed * 2246822519u + 3);
    const Palette palette = makePalette(rng);
    const Layout layout = makeLayout(rng);
    cv::Mat image = drawPoster(width, height, palette, layout, seed, seed);
    finishScan(image, rng);
    return fromMat(image);
}

RgbImage familyPoster(int width, int height, quint32 familySeed, int member, FamilyChange change)
{
    Rng rng(familySeed * 3266489917u + 11);
    const Palette palette = makePalette(rng);
    const Layout layout = makeLayout(rng);
    const quint32 base = familySeed * 1000;
    const quint32 memberSeed = base + quint32(member); // member 0 is the family's first poster
    const quint32 pictureSeed = change == FamilyChange::TextOnly ? base : memberSeed;
    const quint32 textSeed = change == FamilyChange::PictureOnly ? base : memberSeed;
    cv::Mat image = drawPoster(width, height, palette, layout, pictureSeed, textSeed);
    Rng grain(memberSeed);
    finishScan(image, grain);
    return fromMat(image);
}

RgbImage scene(int width, int height, quint32 seed)
{
    Rng rng(seed * 668265263u + 5);
    const Palette palette = makePalette(rng);
    cv::Mat image = drawPicture({width, height}, palette, seed, 6.0);
    for (int i = 0; i < 6; ++i) {
        const int lineWidth = pickInt(rng, width / 10, width / 4);
        putTextFitted(image, randomWord(rng, 4, 9), {pickInt(rng, 0, width - lineWidth), pickInt(rng, height / 10, height)},
                      lineWidth, cv::FONT_HERSHEY_DUPLEX, palette.ink);
    }
    finishScan(image, rng);
    return fromMat(image);
}

RgbImage cropped(const RgbImage &image, const QRect &rect)
{
    const cv::Mat mat = toMat(image);
    return fromMat(mat(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height())).clone());
}

QList<Transform> allTransforms()
{
    return {Transform::Rescale, Transform::Jpeg,   Transform::Crop,      Transform::Brightness, Transform::Contrast,
            Transform::Gamma,   Transform::Rotate, Transform::Grayscale, Transform::Combined};
}

QString transformName(Transform transform)
{
    switch (transform) {
    case Transform::Rescale: return QStringLiteral("rescale");
    case Transform::Jpeg: return QStringLiteral("jpeg");
    case Transform::Crop: return QStringLiteral("crop");
    case Transform::Brightness: return QStringLiteral("brightness");
    case Transform::Contrast: return QStringLiteral("contrast");
    case Transform::Gamma: return QStringLiteral("gamma");
    case Transform::Rotate: return QStringLiteral("rotate");
    case Transform::Grayscale: return QStringLiteral("grayscale");
    case Transform::Combined: return QStringLiteral("combined");
    }
    return {};
}

QByteArray transformed(const RgbImage &source, Transform kind, quint32 seed, QString *description)
{
    const TransformResult result = transform(toMat(source), kind, seed, description);
    const std::vector<uchar> bytes = encode(result.image, result.gray, result.quality);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}

RgbImage transformedImage(const RgbImage &source, Transform kind, quint32 seed, QString *description)
{
    TransformResult result = transform(toMat(source), kind, seed, description);
    if (kind == Transform::Jpeg || kind == Transform::Combined)
        result.image = jpegRoundTrip(result.image, result.quality);
    return fromMat(result.image);
}

QList<EdgeLook> allEdgeLooks()
{
    return {EdgeLook::Busy, EdgeLook::PlainSky, EdgeLook::DarkGround, EdgeLook::PaleMargin, EdgeLook::GreyHaze,
            EdgeLook::PrintedBand};
}

QString edgeLookName(EdgeLook look)
{
    switch (look) {
    case EdgeLook::Busy: return QStringLiteral("busy");
    case EdgeLook::PlainSky: return QStringLiteral("plain-sky");
    case EdgeLook::DarkGround: return QStringLiteral("dark-ground");
    case EdgeLook::PaleMargin: return QStringLiteral("pale-margin");
    case EdgeLook::GreyHaze: return QStringLiteral("grey-haze");
    case EdgeLook::PrintedBand: return QStringLiteral("printed-band");
    }
    return {};
}

RgbImage borderlessPoster(int width, int height, quint32 seed, EdgeLook look)
{
    Rng rng(seed * 1597334677u + 29);
    const Palette palette = makePalette(rng);
    Layout layout = makeLayout(rng);
    layout.headerBand = 0;
    layout.footerBand = 0;
    cv::Mat image;

    switch (look) {
    case EdgeLook::Busy:
        image = drawPoster(width, height, palette, layout, seed, seed);
        break;
    case EdgeLook::PlainSky: {
        // The picture fills the poster; its top is a smooth sky over an uneven skyline.
        image = drawPicture({width, height}, palette, seed, 2.0);
        const bool greySky = chance(rng, 0.4);
        const cv::Scalar top = greySky ? rgb(150, 152, 158) : rgb(70, 120, 200);
        const cv::Scalar bottom = greySky ? rgb(222, 222, 220) : rgb(195, 220, 240);
        const int skyEnd = int(height * pickReal(rng, 0.2, 0.35));
        const std::vector<int> line = horizon(width, skyEnd * 2 / 3, skyEnd, rng);
        for (int y = 0; y < skyEnd; ++y)
            for (int x = 0; x < width; ++x)
                if (y < line[size_t(x)]) {
                    const cv::Scalar c = mix(top, bottom, double(y) / skyEnd);
                    image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(c[0]), uchar(c[1]), uchar(c[2]));
                }
        if (chance(rng, 0.5)) {
            const int titleWidth = int(width * 0.6);
            putTextFitted(image, randomWord(rng, 5, 9), {width / 5, skyEnd / 2}, titleWidth, layout.titleFont, palette.ink);
        }
        break;
    }
    case EdgeLook::DarkGround: {
        image = drawPoster(width, height, palette, layout, seed, seed);
        const int groundTop = int(height * (1 - pickReal(rng, 0.12, 0.25)));
        const std::vector<int> line = horizon(width, groundTop, groundTop + height / 14, rng);
        const cv::Scalar ground = rgb(pickInt(rng, 15, 40), pickInt(rng, 15, 40), pickInt(rng, 15, 40));
        for (int x = 0; x < width; ++x)
            cv::line(image, {x, line[size_t(x)]}, {x, height - 1}, ground);
        if (chance(rng, 0.5)) {
            const int lineWidth = int(width * 0.4);
            putTextFitted(image, randomLine(rng, 3), {width / 8, height - height / 30}, lineWidth,
                          cv::FONT_HERSHEY_SIMPLEX, rgb(220, 220, 210), 0.1);
        }
        break;
    }
    case EdgeLook::PaleMargin: {
        Palette pale = palette;
        pale.paperTop = rgb(244, 240, 228);
        pale.paperBottom = rgb(238, 233, 220);
        pale.ink = rgb(40, 30, 30);
        image = drawPoster(width, height, pale, layout, seed, seed);
        // The poster's own decorative frame, inside the margin on every side.
        const int inset = width / 40;
        cv::rectangle(image, {inset, inset}, {width - inset, height - inset}, palette.accents[0], std::max(2, width / 200));
        break;
    }
    case EdgeLook::GreyHaze: {
        image = drawPoster(width, height, palette, layout, seed, seed);
        const int hazeEnd = int(height * pickReal(rng, 0.15, 0.3));
        const cv::Scalar haze = rgb(190, 190, 188);
        for (int y = 0; y < hazeEnd; ++y) {
            const double alpha = std::pow(1.0 - double(y) / hazeEnd, 0.7);
            cv::Mat row = image.row(y);
            cv::addWeighted(row, 1 - alpha, cv::Mat(row.size(), row.type(), haze), alpha, 0, row);
        }
        break;
    }
    case EdgeLook::PrintedBand: {
        image = drawPoster(width, height, palette, layout, seed, seed);
        const int band = int(height * pickReal(rng, 0.04, 0.1));
        const bool top = chance(rng, 0.5);
        image(cv::Rect(0, top ? 0 : height - band, width, band)).setTo(palette.band);
        if (seed % 2 == 0) {
            cv::cvtColor(image, image, cv::COLOR_RGB2GRAY);
            cv::cvtColor(image, image, cv::COLOR_GRAY2RGB);
        }
        break;
    }
    }
    finishScan(image, rng);
    return fromMat(image);
}

QList<BorderStyle> allBorderStyles()
{
    return {BorderStyle::Plain, BorderStyle::CatalogueText, BorderStyle::Separator, BorderStyle::Ruler,
            BorderStyle::ColourPatches};
}

QString borderStyleName(BorderStyle style)
{
    switch (style) {
    case BorderStyle::Plain: return QStringLiteral("plain");
    case BorderStyle::CatalogueText: return QStringLiteral("catalogue-text");
    case BorderStyle::Separator: return QStringLiteral("separator");
    case BorderStyle::Ruler: return QStringLiteral("ruler");
    case BorderStyle::ColourPatches: return QStringLiteral("colour-patches");
    }
    return {};
}

BorderedScan withBorder(const RgbImage &posterImage, BorderStyle style, quint32 seed)
{
    Rng rng(seed * 3432918353u + 41);
    const cv::Mat poster = toMat(posterImage);
    const int pw = poster.cols;
    const int ph = poster.rows;

    enum Side { Top, Bottom, Left, Right };
    // The bottom most often; one to three sides.
    const std::vector<Side> sides = [&]() -> std::vector<Side> {
        const double roll = pickReal(rng, 0, 1);
        const Side oneSide = chance(rng, 0.5) ? Left : Right;
        if (roll < 0.45)
            return {Bottom};
        if (roll < 0.6)
            return {Top};
        if (roll < 0.7)
            return {oneSide};
        if (roll < 0.82)
            return {Bottom, oneSide};
        if (roll < 0.92)
            return {Bottom, Top};
        return {Bottom, Left, Right};
    }();

    struct Colour
    {
        const char *name;
        cv::Scalar value;
    };
    const Colour colours[] = {{"white", rgb(246, 246, 243)}, {"cream", rgb(238, 228, 202)},
                              {"light grey", rgb(200, 200, 198)}, {"grey", rgb(128, 128, 128)},
                              {"dark grey", rgb(62, 62, 64)},    {"black", rgb(16, 16, 18)}};
    const Colour colour = colours[pickInt(rng, 0, 5)];
    const bool darkStrip = colour.value[0] < 100;
    const cv::Scalar ink = darkStrip ? rgb(225, 225, 220) : rgb(30, 30, 32);

    int top = 0, bottom = 0, left = 0, right = 0;
    for (Side side : sides) {
        const bool vertical = side == Top || side == Bottom;
        const int size = int((vertical ? ph : pw) * pickReal(rng, 0.04, 0.15));
        (side == Top ? top : side == Bottom ? bottom : side == Left ? left : right) = std::max(12, size);
    }
    cv::Mat scan(ph + top + bottom, pw + left + right, CV_8UC3, colour.value);
    poster.copyTo(scan(cv::Rect(left, top, pw, ph)));

    // The decorations go into the first strip.
    const Side main = sides.front();
    const bool horizontal = main == Top || main == Bottom;
    cv::Rect strip;
    switch (main) {
    case Top: strip = cv::Rect(0, 0, scan.cols, top); break;
    case Bottom: strip = cv::Rect(0, top + ph, scan.cols, bottom); break;
    case Left: strip = cv::Rect(0, 0, left, scan.rows); break;
    case Right: strip = cv::Rect(left + pw, 0, right, scan.rows); break;
    }
    // Decorations are drawn on a horizontal canvas and turned for side strips.
    cv::Mat canvas = horizontal ? scan(strip).clone() : cv::Mat();
    if (!horizontal)
        cv::rotate(scan(strip), canvas, cv::ROTATE_90_CLOCKWISE);
    const int cw = canvas.cols;
    const int ch = canvas.rows;
    // Which long edge of the canvas touches the poster.
    const bool posterBelow = main == Top || main == Left;
    const std::string catalogue = "Inv. " + std::to_string(pickInt(rng, 1890, 2015)) + "." +
                                  std::to_string(pickInt(rng, 1, 99)) + "." + std::to_string(pickInt(rng, 1, 999)) +
                                  "   " + randomLine(rng, 3) + "   Coll. " + randomWord(rng, 4, 8);
    auto drawCatalogue = [&](double heightShare, double centre) {
        int baseline = 0;
        const cv::Size unit = cv::getTextSize(catalogue, cv::FONT_HERSHEY_SIMPLEX, 1.0, 1, &baseline);
        const double scale = std::min(ch * heightShare / unit.height, cw * 0.8 / unit.width);
        const int textHeight = int(unit.height * scale);
        const int x = chance(rng, 0.5) ? cw / 30 : (cw - int(unit.width * scale)) / 2;
        cv::putText(canvas, catalogue, {x, int(ch * centre) + textHeight / 2}, cv::FONT_HERSHEY_SIMPLEX, scale, ink,
                    std::max(1, int(scale * 1.5)), cv::LINE_AA);
    };

    QString what;
    switch (style) {
    case BorderStyle::Plain:
        break;
    case BorderStyle::CatalogueText:
        drawCatalogue(pickReal(rng, 0.2, 0.35), 0.5);
        break;
    case BorderStyle::Separator: {
        const int thickness = std::max(1, int(std::lround(std::max(pw, ph) * pickReal(rng, 0.0008, 0.003))));
        const cv::Scalar line = darkStrip ? rgb(200, 200, 195) : (chance(rng, 0.5) ? rgb(20, 20, 20) : rgb(110, 110, 110));
        const int gap = chance(rng, 0.5) ? 0 : pickInt(rng, 1, 4);
        const int y = posterBelow ? ch - gap - thickness : gap;
        canvas(cv::Rect(0, y, cw, thickness)).setTo(line);
        drawCatalogue(pickReal(rng, 0.2, 0.3), 0.5);
        what = QStringLiteral(", %1 px line").arg(thickness);
        break;
    }
    case BorderStyle::Ruler: {
        const int rulerHeight = std::max(6, int(ch * pickReal(rng, 0.3, 0.5)));
        const int y0 = posterBelow ? ch / 8 : ch - rulerHeight - ch / 8;
        const int length = int(cw * pickReal(rng, 0.3, 0.9));
        const int x0 = pickInt(rng, cw / 40, cw - length - cw / 40);
        const int step = std::max(4, length / pickInt(rng, 20, 40));
        if (chance(rng, 0.5)) {
            // Alternating black and white segments, a scale bar.
            canvas(cv::Rect(x0, y0, length, rulerHeight / 2)).setTo(rgb(250, 250, 250));
            for (int k = 0; k * step * 2 < length; ++k)
                canvas(cv::Rect(x0 + k * step * 2, y0, std::min(step, length - k * step * 2), rulerHeight / 2))
                    .setTo(rgb(10, 10, 10));
            cv::rectangle(canvas, cv::Rect(x0, y0, length, rulerHeight / 2), rgb(10, 10, 10), 1);
        } else {
            for (int k = 0; k * step < length; ++k) {
                const int tick = k % 5 == 0 ? rulerHeight : rulerHeight / 2;
                cv::line(canvas, {x0 + k * step, y0}, {x0 + k * step, y0 + tick}, ink, std::max(1, step / 8));
                if (k % 10 == 0)
                    cv::putText(canvas, std::to_string(k / 10), {x0 + k * step + 2, y0 + rulerHeight}, cv::FONT_HERSHEY_SIMPLEX,
                                rulerHeight / 40.0, ink, 1, cv::LINE_AA);
            }
            cv::line(canvas, {x0, y0}, {x0 + length, y0}, ink, std::max(1, step / 8));
        }
        what = QStringLiteral(", ruler");
        break;
    }
    case BorderStyle::ColourPatches: {
        static const int patches[][3] = {{115, 82, 68},  {194, 150, 130}, {98, 122, 157}, {87, 108, 67},
                                         {133, 128, 177}, {103, 189, 170}, {214, 126, 44}, {80, 91, 166},
                                         {193, 90, 99},  {94, 60, 108},   {157, 188, 64}, {224, 163, 46},
                                         {56, 61, 150},  {70, 148, 73},   {175, 54, 60},  {231, 199, 31},
                                         {187, 86, 149}, {8, 133, 161},   {243, 243, 242}, {200, 200, 200},
                                         {160, 160, 160}, {122, 122, 121}, {85, 85, 85},   {52, 52, 52}};
        const int side = std::max(4, int(ch * pickReal(rng, 0.45, 0.7)));
        const int count = pickInt(rng, 12, 24);
        const int gap = chance(rng, 0.5) ? 0 : std::max(1, side / 8);
        const int y0 = (ch - side) / 2;
        int x = pickInt(rng, cw / 40, cw / 8);
        for (int k = 0; k < count && x + side < cw; ++k, x += side + gap)
            canvas(cv::Rect(x, y0, side, side)).setTo(rgb(patches[k][0], patches[k][1], patches[k][2]));
        if (x + cw / 5 < cw) {
            cv::putText(canvas, catalogue.substr(0, 14), {x + cw / 40, ch / 2 + ch / 8}, cv::FONT_HERSHEY_SIMPLEX,
                        ch / 90.0, ink, std::max(1, ch / 60), cv::LINE_AA);
        }
        what = QStringLiteral(", %1 patches").arg(count);
        break;
    }
    }
    if (horizontal)
        canvas.copyTo(scan(strip));
    else {
        cv::Mat back;
        cv::rotate(canvas, back, cv::ROTATE_90_COUNTERCLOCKWISE);
        back.copyTo(scan(strip));
    }
    finishScan(scan, rng, 3.0);

    BorderedScan result;
    result.image = fromMat(scan);
    result.content = QRect(left, top, pw, ph);
    const char *sideNames[] = {"top", "bottom", "left", "right"};
    QStringList sideList;
    for (Side s : sides)
        sideList << QString::fromLatin1(sideNames[s]);
    result.description = QStringLiteral("%1 %2 strip on %3%4")
                             .arg(QString::fromLatin1(colour.name), borderStyleName(style), sideList.join(QLatin1Char('+')), what);
    return result;
}

QList<LabelledScan> dedupSet(const DedupSetParams &params)
{
    Rng rng(params.seed * 2654435761u + 99);
    QList<LabelledScan> files;
    int group = 0;
    auto addGroup = [&](const RgbImage &original, const QString &origin) {
        const QString prefix = QStringLiteral("g%1").arg(group, 4, 10, QLatin1Char('0'));
        files.append({prefix + QStringLiteral("-original.jpg"), encodeJpeg(original, 92), group,
                      QStringLiteral("original"), origin, QString()});
        for (const Transform transform : params.transforms) {
            LabelledScan copy;
            copy.bytes = transformed(original, transform, params.seed * 7919u + quint32(group * 31) + quint32(transform),
                                     &copy.description);
            copy.fileName = QStringLiteral("%1-%2.jpg").arg(prefix, transformName(transform));
            copy.group = group;
            copy.kind = transformName(transform);
            copy.origin = origin;
            files.append(copy);
        }
        ++group;
    };
    auto posterSize = [&] {
        const double aspect = chance(rng, 0.8) ? pickReal(rng, 1.3, 1.45) : pickReal(rng, 0.7, 0.8);
        return cv::Size(params.width, int(params.width * aspect));
    };

    for (int i = 0; i < params.posters; ++i) {
        const cv::Size size = posterSize();
        addGroup(poster(size.width, size.height, params.seed * 100000u + quint32(i)), QStringLiteral("poster"));
    }
    const FamilyChange changes[] = {FamilyChange::PictureAndText, FamilyChange::PictureOnly, FamilyChange::TextOnly};
    for (int f = 0; f < params.families; ++f) {
        const cv::Size size = posterSize();
        const quint32 familySeed = params.seed * 1000u + quint32(f) + 1;
        for (int m = 0; m < params.familySize; ++m)
            addGroup(familyPoster(size.width, size.height, familySeed, m, changes[m % 3]),
                     QStringLiteral("family %1").arg(f));
    }
    for (int s = 0; s < params.scenes; ++s) {
        const cv::Size size = posterSize();
        const RgbImage painting = scene(size.width * 3 / 2, size.height * 3 / 2, params.seed * 5000u + quint32(s));
        // Any two frames are at least a fifth of a frame apart, along one axis or both.
        const int fifthX = size.width / 5;
        const int fifthY = size.height / 5;
        const QPoint offsets[] = {{0, 0}, {fifthX, 0}, {0, fifthY}, {2 * fifthX, 2 * fifthY}, {fifthX, 2 * fifthY}};
        for (int c = 0; c < params.cropsPerScene && c < 5; ++c)
            addGroup(cropped(painting, QRect(offsets[c], QSize(size.width, size.height))), QStringLiteral("scene %1").arg(s));
    }
    return files;
}

QByteArray encodeJpeg(const RgbImage &image, int quality)
{
    const std::vector<uchar> bytes = encode(toMat(image), false, quality);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}

QByteArray encodePng(const RgbImage &image)
{
    cv::Mat bgr;
    cv::cvtColor(toMat(image), bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    cv::imencode(".png", bgr, bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

} // namespace Atelier::ScanFixtures
