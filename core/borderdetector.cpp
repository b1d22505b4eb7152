#include "borderdetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace Atelier {

namespace {

enum Side { Top = 0, Bottom = 1, Left = 2, Right = 3 };

/// A strip is at most this share of the image across it.
constexpr double MaxStripShare = 0.3;
/// Rows of the strip's colour make up at least half of a strip row (text and marks the rest).
constexpr double StripRowShare = 0.5;
/// The last strip row before the poster is clean background...
constexpr double CleanRowShare = 0.8;
/// ...and the first rows of the poster hardly show the strip's colour: a sharp, straight edge.
constexpr double ContentRowShare = 0.3;
/// A separator line is at most this many analysed rows thick.
constexpr int MaxSeparatorRows = 3;
/// Museum strips are white, cream, grey or black: the spread of their channels stays below this.
constexpr int MaxStripChroma = 42;
/// Colour patches and rulers interrupt a strip for at most this share of the image.
constexpr double MaxMarkBandShare = 0.11;

using Colour = std::array<float, 3>;

float distance(const uchar *pixel, const Colour &colour)
{
    return std::max({std::abs(pixel[0] - colour[0]), std::abs(pixel[1] - colour[1]), std::abs(pixel[2] - colour[2])});
}

float distance(const Colour &a, const Colour &b)
{
    return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

/// The per-channel median of some rows, from histograms.
Colour medianColour(const cv::Mat &image, int fromRow, int toRow)
{
    std::array<std::array<int, 256>, 3> histograms{};
    for (int y = fromRow; y < toRow; ++y) {
        const uchar *p = image.ptr<uchar>(y);
        for (int x = 0; x < image.cols; ++x, p += 3)
            for (int c = 0; c < 3; ++c)
                ++histograms[size_t(c)][p[c]];
    }
    const int half = (toRow - fromRow) * image.cols / 2;
    Colour median{};
    for (int c = 0; c < 3; ++c) {
        int seen = 0;
        for (int v = 0; v < 256; ++v) {
            seen += histograms[size_t(c)][size_t(v)];
            if (seen > half) {
                median[size_t(c)] = float(v);
                break;
            }
        }
    }
    return median;
}

/// One side of the image, turned so that its edge is row 0 and rows run inward.
cv::Mat sideView(const cv::Mat &image, Side side)
{
    cv::Mat view;
    switch (side) {
    case Top: view = image; break;
    case Bottom: cv::flip(image, view, 0); break;
    case Left: cv::transpose(image, view); break;
    case Right:
        cv::transpose(image, view);
        cv::flip(view, view, 0);
        break;
    }
    return view;
}

/// Looks for a strip along the top of `view`; returns its thickness in rows, 0 when none.
class StripFinder
{
public:
    explicit StripFinder(const cv::Mat &view) : m_view(view) {}

    int find()
    {
        const int rows = m_view.rows;
        const int edgeRows = std::max(2, rows / 200);
        if (rows < 40 || m_view.cols < 40)
            return 0;
        m_strip = medianColour(m_view, 0, edgeRows);
        const float chroma = *std::max_element(m_strip.begin(), m_strip.end())
                             - *std::min_element(m_strip.begin(), m_strip.end());
        if (chroma > MaxStripChroma)
            return 0;
        estimateTolerance(edgeRows);
        // The edge itself must be the strip's colour all along.
        for (int y = 0; y < edgeRows; ++y)
            if (share(y) < 0.9)
                return 0;

        const int maxRows = int(rows * MaxStripShare);
        const int markLimit = int(rows * MaxMarkBandShare);
        int lastStripRow = -1;
        int gap = 0;      // rows since the last strip row
        int unexplained = 0; // rows in the gap that are neither stable marks nor separators
        int uniformRun = 0;
        for (int y = 0; y < maxRows; ++y) {
            if (share(y) >= StripRowShare) {
                lastStripRow = y;
                gap = unexplained = uniformRun = 0;
                continue;
            }
            ++gap;
            if (isUniform(y) && uniformRun < MaxSeparatorRows) {
                ++uniformRun;
            } else {
                uniformRun = MaxSeparatorRows;
                if (!isStable(y))
                    ++unexplained;
            }
            // Text may interrupt the strip about as much as the strip so far; patches and rulers
            // (rows repeating their neighbours) a little more.
            const int textLimit = std::min(std::max(4, int(1.2 * (lastStripRow + 1))), markLimit);
            if (unexplained > textLimit || gap > markLimit)
                break;
        }
        if (lastStripRow < 0)
            return 0;

        int boundary = lastStripRow + 1;
        bool separated = false;
        while (boundary < lastStripRow + 1 + MaxSeparatorRows && boundary < rows && isUniform(boundary)
               && share(boundary) < StripRowShare) {
            ++boundary;
            separated = true;
        }
        return accepted(lastStripRow, boundary, separated) ? boundary : 0;
    }

private:
    void estimateTolerance(int edgeRows)
    {
        std::vector<float> deviations;
        for (int y = 0; y < edgeRows; ++y) {
            const uchar *p = m_view.ptr<uchar>(y);
            for (int x = 0; x < m_view.cols; ++x, p += 3)
                for (int c = 0; c < 3; ++c)
                    deviations.push_back(std::abs(p[c] - m_strip[size_t(c)]));
        }
        std::nth_element(deviations.begin(), deviations.begin() + long(deviations.size() / 2), deviations.end());
        const float sigma = 1.4826f * deviations[deviations.size() / 2];
        m_noise = std::max(1.0f, sigma);
        m_tolerance = std::clamp(3.5f * sigma + 10.0f, 18.0f, 45.0f);
    }

    /// Share of a row's pixels in the strip's colour.
    double share(int y)
    {
        if (y >= int(m_shares.size()))
            m_shares.resize(size_t(y + 1), -1.0);
        double &cached = m_shares[size_t(y)];
        if (cached < 0) {
            const uchar *p = m_view.ptr<uchar>(y);
            int near = 0;
            for (int x = 0; x < m_view.cols; ++x, p += 3)
                near += distance(p, m_strip) <= m_tolerance ? 1 : 0;
            cached = double(near) / m_view.cols;
        }
        return cached;
    }

    /// Whether a row is one colour (a separator line, a uniform band).
    bool isUniform(int y) const
    {
        const Colour median = medianColour(m_view, y, y + 1);
        const uchar *p = m_view.ptr<uchar>(y);
        int near = 0;
        for (int x = 0; x < m_view.cols; ++x, p += 3)
            near += distance(p, median) <= m_tolerance ? 1 : 0;
        return near >= 0.85 * m_view.cols;
    }

    /// Whether a row repeats the one before it (inside a row of patches or a ruler).
    bool isStable(int y) const
    {
        if (y == 0)
            return false;
        const uchar *p = m_view.ptr<uchar>(y);
        const uchar *q = m_view.ptr<uchar>(y - 1);
        double sum = 0;
        for (int x = 0; x < m_view.cols * 3; ++x)
            sum += std::abs(p[x] - q[x]);
        return sum / (m_view.cols * 3) <= 2.0 * m_noise + 3.0;
    }

    bool accepted(int lastStripRow, int boundary, bool separated)
    {
        const int rows = m_view.rows;
        if (boundary < std::max(3, rows / 150) || boundary + 4 >= rows)
            return false;
        // Mostly the strip's colour, and clean where it meets the poster (or a line there).
        int stripRows = 0;
        for (int y = 0; y <= lastStripRow; ++y)
            stripRows += share(y) >= StripRowShare ? 1 : 0;
        if (stripRows < 0.4 * (lastStripRow + 1))
            return false;
        if (!separated && share(lastStripRow) < CleanRowShare)
            return false;
        // One colour from the edge to the poster: no gradient.
        if (distance(medianColour(m_view, lastStripRow, lastStripRow + 1), m_strip) > m_tolerance)
            return false;
        // A sharp, straight edge: just past it the strip's colour is rare...
        double after = 0;
        for (int y = boundary + 1; y <= boundary + 3; ++y)
            after += share(y) / 3;
        if (after > ContentRowShare)
            return false;
        // ...and the rows there are not a continuation of the strip in a slightly different tone
        // (a sky, a haze).
        for (int y = boundary; y < std::min(rows, boundary + 6); ++y) {
            if (!isUniform(y))
                continue;
            const float drift = distance(medianColour(m_view, y, y + 1), m_strip);
            if (drift <= 2.5f * m_tolerance && !separated)
                return false;
        }
        return true;
    }

public:
    Colour colour() const { return m_strip; }
    float tolerance() const { return m_tolerance; }

private:
    const cv::Mat &m_view;
    Colour m_strip{};
    float m_tolerance = 20;
    float m_noise = 2;
    std::vector<double> m_shares;
};

/// How many pixels from one end of a row are the strip's colour.
int runFromEnd(const cv::Mat &view, int row, const Colour &colour, float tolerance, bool fromStart)
{
    const uchar *p = view.ptr<uchar>(row);
    int run = 0;
    for (int k = 0; k < view.cols; ++k) {
        const int x = fromStart ? k : view.cols - 1 - k;
        if (distance(p + 3 * x, colour) > tolerance)
            break;
        ++run;
    }
    return run;
}

struct Candidate
{
    cv::Mat view;
    int thickness = 0;
    Colour colour{};
    float tolerance = 0;
};

/// The sides that run along the two ends of a side's rows: for the top and bottom, the left
/// (row starts) and the right; for the left and right (transposed), the top and the bottom.
std::pair<Side, Side> endSides(Side side)
{
    return side == Top || side == Bottom ? std::make_pair(Left, Right) : std::make_pair(Top, Bottom);
}

/// A museum strip meets a poster that fills the width between the strips on the other sides.
/// Where the strip's colour goes on along both ends of the first poster rows, the "strip" is a
/// margin of the poster's own paper around a picture.
bool meetsFullWidthContent(const std::array<Candidate, 4> &candidates, Side side)
{
    const Candidate &c = candidates[size_t(side)];
    const auto [startSide, endSide] = endSides(side);
    const int slack = std::max(3, c.view.cols / 50);
    for (const bool fromStart : {true, false}) {
        const int beside = candidates[size_t(fromStart ? startSide : endSide)].thickness;
        std::vector<int> runs;
        for (int y = c.thickness + 1; y <= c.thickness + 3 && y < c.view.rows; ++y)
            runs.push_back(runFromEnd(c.view, y, c.colour, c.tolerance, fromStart));
        std::nth_element(runs.begin(), runs.begin() + long(runs.size() / 2), runs.end());
        const int run = runs[runs.size() / 2];
        const bool explained = run <= slack || (beside > 0 && std::abs(run - beside) <= slack);
        if (!explained)
            return false;
    }
    return true;
}

} // namespace

BorderDetection BorderDetector::detect(const RgbImage &image, const QSize &originalSize)
{
    BorderDetection result;
    result.content = QRect(QPoint(0, 0), originalSize);
    if (image.isNull() || originalSize.isEmpty())
        return result;
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<char *>(image.pixels.constData()));
    cv::Mat analysed;
    const int longSide = std::max(image.width, image.height);
    if (longSide > AnalysisSide) {
        const double scale = double(AnalysisSide) / longSide;
        cv::resize(rgb, analysed, {}, scale, scale, cv::INTER_AREA);
    } else {
        analysed = rgb;
    }

    std::array<Candidate, 4> candidates;
    for (int side = Top; side <= Right; ++side) {
        Candidate &candidate = candidates[size_t(side)];
        candidate.view = sideView(analysed, Side(side));
        StripFinder finder(candidate.view);
        candidate.thickness = finder.find();
        candidate.colour = finder.colour();
        candidate.tolerance = finder.tolerance();
    }
    // Dropping one side can leave another unexplained: repeat until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (int side = Top; side <= Right; ++side) {
            Candidate &candidate = candidates[size_t(side)];
            if (candidate.thickness > 0 && !meetsFullWidthContent(candidates, Side(side))) {
                candidate.thickness = 0;
                changed = true;
            }
        }
    }
    // The same colour on all four sides is the poster's own paper, not a museum's strip.
    const bool allSides = std::all_of(candidates.begin(), candidates.end(), [](const Candidate &c) { return c.thickness > 0; });
    if (allSides) {
        bool sameColour = true;
        for (int side = Bottom; side <= Right; ++side)
            sameColour = sameColour && distance(candidates[size_t(side)].colour, candidates[Top].colour) <= 30;
        if (sameColour)
            return result;
    }

    const double sx = double(originalSize.width()) / analysed.cols;
    const double sy = double(originalSize.height()) / analysed.rows;
    const int left = int(std::lround(candidates[Left].thickness * sx));
    const int right = int(std::lround(candidates[Right].thickness * sx));
    const int top = int(std::lround(candidates[Top].thickness * sy));
    const int bottom = int(std::lround(candidates[Bottom].thickness * sy));
    if (left + right >= originalSize.width() / 2 || top + bottom >= originalSize.height() / 2)
        return result;
    for (int side = Top; side <= Right; ++side)
        if (candidates[size_t(side)].thickness > 0)
            result.sides |= 1 << side;
    if (result.sides == 0)
        return result;
    result.found = true;
    result.content = QRect(left, top, originalSize.width() - left - right, originalSize.height() - top - bottom);
    return result;
}

} // namespace Atelier
