#include "imagefingerprint.h"

#include <QDataStream>
#include <QIODevice>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace Atelier {

namespace {

constexpr int HashSide = 32;
/// "ATFP" and the version, so that foreign or older blobs are recognised.
constexpr quint32 Magic = 0x41544650;

/// The 64 lowest-frequency AC coefficients of an 8 x 8-and-a-bit block, in zigzag order.
std::array<std::pair<int, int>, 64> zigzagCoefficients()
{
    std::array<std::pair<int, int>, 64> result{};
    int n = 0;
    for (int sum = 1; n < 64; ++sum)
        for (int row = 0; row <= sum && n < 64; ++row) {
            const int r = (sum % 2 == 0) ? row : sum - row;
            result[size_t(n++)] = {r, sum - r};
        }
    return result;
}

/// pHash: the signs of the low frequencies of the image's DCT around their median. Small geometric
/// changes, noise and recompression barely move these frequencies.
quint64 dctHash(const cv::Mat &gray)
{
    static const std::array<std::pair<int, int>, 64> coefficients = zigzagCoefficients();
    cv::Mat small;
    cv::resize(gray, small, {HashSide, HashSide}, 0, 0, cv::INTER_AREA);
    cv::Mat floats;
    small.convertTo(floats, CV_32F);
    cv::Mat dct;
    cv::dct(floats, dct);
    std::array<float, 64> values{};
    for (size_t i = 0; i < 64; ++i)
        values[i] = dct.at<float>(coefficients[i].first, coefficients[i].second);
    std::array<float, 64> sorted = values;
    std::nth_element(sorted.begin(), sorted.begin() + 32, sorted.end());
    const float median = sorted[32];
    quint64 hash = 0;
    for (size_t i = 0; i < 64; ++i)
        if (values[i] > median)
            hash |= quint64(1) << i;
    return hash;
}

} // namespace

ImageFingerprint::Trim ImageFingerprint::viewTrim(int index)
{
    // Per axis: 3% off both sides, 6% off the first side, 6% off the second side.
    static const std::pair<double, double> axis[] = {{0.03, 0.03}, {0.06, 0.0}, {0.0, 0.06}};
    const auto &horizontal = axis[index % 3];
    const auto &vertical = axis[index / 3];
    return {horizontal.first, horizontal.second, vertical.first, vertical.second};
}

ImageFingerprint ImageFingerprint::compute(const RgbImage &image)
{
    if (image.isNull())
        return {};
    GrayImage gray;
    gray.width = image.width;
    gray.height = image.height;
    gray.pixels = QByteArray(qsizetype(image.width) * image.height, Qt::Uninitialized);
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<char *>(image.pixels.constData()));
    cv::Mat target(image.height, image.width, CV_8UC1, gray.pixels.data());
    cv::cvtColor(rgb, target, cv::COLOR_RGB2GRAY);
    return compute(gray);
}

ImageFingerprint ImageFingerprint::compute(const GrayImage &image)
{
    ImageFingerprint fingerprint;
    if (image.isNull())
        return fingerprint;
    cv::Mat gray(image.height, image.width, CV_8UC1, const_cast<char *>(image.pixels.constData()));
    // Larger images (an import's thumbnail) are brought to the size FingerprintTask decodes to,
    // so that a fingerprint does not depend on which of the two computed it.
    const int longSide = std::max(gray.cols, gray.rows);
    if (longSide > DecodeSide) {
        const double scale = double(DecodeSide) / longSide;
        cv::Mat fitted;
        cv::resize(gray, fitted, {std::max(1, int(std::lround(gray.cols * scale))), std::max(1, int(std::lround(gray.rows * scale)))},
                   0, 0, cv::INTER_AREA);
        gray = fitted;
    }
    fingerprint.hash = dctHash(gray);
    for (int i = 0; i < ViewCount; ++i) {
        const Trim trim = viewTrim(i);
        const int left = int(std::lround(trim.left * gray.cols));
        const int right = int(std::lround(trim.right * gray.cols));
        const int top = int(std::lround(trim.top * gray.rows));
        const int bottom = int(std::lround(trim.bottom * gray.rows));
        const cv::Rect view(left, top, std::max(1, gray.cols - left - right), std::max(1, gray.rows - top - bottom));
        fingerprint.viewHashes[size_t(i)] = dctHash(gray(view));
    }
    cv::Mat small;
    cv::resize(gray, small, {Side, Side}, 0, 0, gray.cols >= Side && gray.rows >= Side ? cv::INTER_AREA : cv::INTER_LINEAR);
    for (int y = 0; y < Side; ++y)
        std::memcpy(fingerprint.picture.data() + y * Side, small.ptr<uchar>(y), Side);
    fingerprint.aspect = float(image.width) / float(image.height);
    return fingerprint;
}

QByteArray ImageFingerprint::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << Magic << qint32(Version) << hash;
    for (const quint64 viewHash : viewHashes)
        out << viewHash;
    out << aspect;
    out.writeRawData(reinterpret_cast<const char *>(picture.data()), int(picture.size()));
    return bytes;
}

std::optional<ImageFingerprint> ImageFingerprint::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0;
    qint32 version = 0;
    ImageFingerprint fingerprint;
    in >> magic >> version;
    if (magic != Magic || version != Version)
        return std::nullopt;
    in >> fingerprint.hash;
    for (quint64 &viewHash : fingerprint.viewHashes)
        in >> viewHash;
    in >> fingerprint.aspect;
    if (in.readRawData(reinterpret_cast<char *>(fingerprint.picture.data()), int(fingerprint.picture.size()))
            != int(fingerprint.picture.size())
        || in.status() != QDataStream::Ok)
        return std::nullopt;
    return fingerprint;
}

} // namespace Atelier
