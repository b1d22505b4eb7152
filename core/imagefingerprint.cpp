#include "imagefingerprint.h"

#include <QDataStream>
#include <QIODevice>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
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

/// Replaces each gray level by its rank among the picture's pixels (ties share the middle rank):
/// any change of brightness, contrast or gamma that keeps the order of gray levels is undone.
void equalise(const cv::Mat &small, quint8 *out)
{
    std::array<int, 256> histogram{};
    for (int y = 0; y < small.rows; ++y)
        for (int x = 0; x < small.cols; ++x)
            ++histogram[small.at<uchar>(y, x)];
    std::array<quint8, 256> lut{};
    const double total = double(small.total());
    int below = 0;
    for (int v = 0; v < 256; ++v) {
        lut[size_t(v)] = quint8(std::min(255.0, (below + histogram[size_t(v)] / 2.0) / total * 256.0));
        below += histogram[size_t(v)];
    }
    for (int y = 0; y < small.rows; ++y)
        for (int x = 0; x < small.cols; ++x)
            *out++ = lut[small.at<uchar>(y, x)];
}

} // namespace

ImageFingerprint ImageFingerprint::compute(const RgbImage &image)
{
    ImageFingerprint fingerprint;
    if (image.isNull())
        return fingerprint;
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<char *>(image.pixels.constData()));
    cv::Mat gray;
    cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);
    fingerprint.hash = dctHash(gray);
    cv::Mat small;
    cv::resize(gray, small, {Side, Side}, 0, 0, cv::INTER_AREA);
    equalise(small, fingerprint.picture.data());
    fingerprint.aspect = float(image.width) / float(image.height);
    return fingerprint;
}

QByteArray ImageFingerprint::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << Magic << qint32(Version) << hash << aspect;
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
    in >> magic >> version >> fingerprint.hash >> fingerprint.aspect;
    if (magic != Magic || version != Version)
        return std::nullopt;
    if (in.readRawData(reinterpret_cast<char *>(fingerprint.picture.data()), int(fingerprint.picture.size()))
            != int(fingerprint.picture.size())
        || in.status() != QDataStream::Ok)
        return std::nullopt;
    return fingerprint;
}

} // namespace Atelier
