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
/// Museum strips are white, cream, grey or black: the spread of their channels stays below this,
/// a little more for warm tints (cream, old paper).
constexpr float MaxNeutralChroma = 20;
constexpr float MaxWarmChroma = 42;
/// Rows of patches or of a ruler still show this much of the strip's colour, rows of text more.
constexpr double MinMarkRowShare = 0.02;
constexpr double MinTextRowShare = 0.15;
/// Rows blending a mark's edge with the strip may show none of its colour: at most this many in a row.
constexpr int MaxBlendedRows = 2;
/// A plain strip's rows are all of its colour, noise aside; text or marks lower that.
constexpr double PlainRowShare = 0.9;
/// Below this share of colourful pixels an image is a grayscale one.
constexpr double ColourfulShare = 0.005;
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

/// White, cream (a warm tint: red over green over blue), grey or black.
bool isMuseumColour(const Colour &colour)
{
    const float chroma = *std::max_element(colour.begin(), colour.end()) - *std::min_element(colour.begin(), colour.end());
    const bool warm = colour[0] >= colour[1] && colour[1] >= colour[2];
    return chroma <= (warm ? MaxWarmChroma : MaxNeutralChroma);
}

/// Whether some of the image is in colour, rather than all gray.
bool isColourful(const cv::Mat &image)
{
    qint64 colourful = 0;
    for (int y = 0; y < image.rows; y += 2) {
        const uchar *p = image.ptr<uchar>(y);
        for (int x = 0; x < image.cols; x += 2, p += 6)
            colourful += std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}) > 40 ? 1 : 0;
    }
    return colourful > ColourfulShare * (image.rows / 2) * (image.cols / 2);
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

/// Looks for a strip along the top of a side's view, walking down from the edge: rows of the
/// strip's colour, a separator line, and rows that text, patches or a ruler interrupt.
class StripFinder
{
public:
    explicit StripFinder(const cv::Mat &view) : m_view(view) {}

    /// The strip's thickness in rows (separator included), 0 when there is none.
    int find()
    {
        const int rows = m_view.rows;
        const int edgeRows = std::max(2, rows / 200);
        if (rows < 40 || m_view.cols < 40)
            return 0;
        m_strip = medianColour(m_view, 0, edgeRows);
        if (!isMuseumColour(m_strip))
            return 0;
        estimateTolerance(edgeRows);
        // The edge itself must be the strip's colour all along.
        for (int y = 0; y < edgeRows; ++y)
            if (share(y) < 0.9)
                return 0;

        const int maxRows = int(rows * MaxStripShare);
        const int markLimit = int(rows * MaxMarkBandShare);
        int lastStripRow = -1;
        int gap = 0;        // rows since the last strip row
        int textRows = 0;   // rows in the gap crossed by text
        int foreignRows = 0; // rows in a row with next to none of the strip's colour
        int uniformRun = 0;
        for (int y = 0; y < maxRows; ++y) {
            const double rowShare = share(y);
            if (rowShare >= StripRowShare) {
                lastStripRow = y;
                gap = textRows = foreignRows = uniformRun = 0;
                continue;
            }
            ++gap;
            if (isUniform(y) && uniformRun < MaxSeparatorRows) {
                ++uniformRun; // a separator line
                continue;
            }
            uniformRun = MaxSeparatorRows;
            // Patches and rulers repeat row after row and leave some of the strip's colour
            // between or beside them; text leaves more of it. A poster's rows, or its band across
            // the whole width, leave next to none.
            if (isStable(y) && rowShare >= MinMarkRowShare) {
                foreignRows = 0; // a row of patches or of a ruler
            } else if (rowShare >= MinTextRowShare) {
                foreignRows = 0;
                ++textRows;
            } else if (++foreignRows > MaxBlendedRows) {
                break;
            }
            // Text may interrupt the strip about as much as the strip so far, marks a little more.
            const int textLimit = std::min(std::max(4, int(1.2 * (lastStripRow + 1))), markLimit);
            if (textRows > textLimit || gap > markLimit)
                break;
        }
        if (lastStripRow < 0)
            return 0;

        // A separator line: a few uniform rows of one colour, then something else. Uniform rows
        // that go on are the poster's (its paper, a band) and stay with it.
        int boundary = lastStripRow + 1;
        bool separated = false;
        if (isUniform(boundary) && share(boundary) < StripRowShare) {
            const Colour line = medianColour(m_view, boundary, boundary + 1);
            int end = boundary;
            while (end < rows && end <= boundary + MaxSeparatorRows && isUniform(end)
                   && distance(medianColour(m_view, end, end + 1), line) <= m_tolerance)
                ++end;
            if (end - boundary <= MaxSeparatorRows) {
                boundary = end;
                separated = true;
            }
        }
        if (!accepted(lastStripRow, boundary, separated))
            return 0;
        m_lastStripRow = lastStripRow;
        // Text, patches or a ruler inside make it a museum's strip beyond doubt. (The last row may
        // blend with the poster; a line may be a blend of the strip and the poster too.)
        m_marked = false;
        for (int y = 0; y < lastStripRow && !m_marked; ++y)
            m_marked = share(y) < PlainRowShare;
        return boundary;
    }

    /// The colour at the edge, and how far a pixel may be from it and still be the strip's.
    Colour colour() const { return m_strip; }
    float tolerance() const { return m_tolerance; }
    /// The last clean row of the strip, before any separator line; -1 without a strip.
    int lastStripRow() const { return m_lastStripRow; }
    /// Whether the strip carries text, patches or a ruler.
    bool isMarked() const { return m_marked; }

private:
    /// Paper grain and sensor noise, measured at the edge, set how close "the strip's colour" is.
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

    /// Whether what the walk found is a museum's strip rather than the poster's own edge.
    bool accepted(int lastStripRow, int boundary, bool separated)
    {
        const int rows = m_view.rows;
        if (boundary < std::max(3, rows / 150) || boundary + 4 >= rows)
            return false;
        // The strip's colour, or marks repeating row after row (patches, a ruler), and clean where
        // it meets the poster (or a line there).
        int stripRows = 0, explained = 0;
        for (int y = 0; y <= lastStripRow; ++y) {
            const bool plain = share(y) >= StripRowShare;
            stripRows += plain ? 1 : 0;
            explained += plain || isStable(y) ? 1 : 0;
        }
        if (stripRows < 0.2 * (lastStripRow + 1) || explained < 0.75 * (lastStripRow + 1))
            return false;
        // (Resampling may blend the last row with the poster: the one before it counts too.)
        const double clean = std::max(share(lastStripRow), lastStripRow > 0 ? share(lastStripRow - 1) : 0.0);
        if (!separated && clean < CleanRowShare)
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
        // ...and does not come back soon: a line inside a pale margin is the poster's frame.
        for (int y = boundary + 1; y < std::min(rows, boundary + std::max(6, rows / 60)); ++y)
            if (share(y) >= StripRowShare)
                return false;
        // ...and the rows there are not a continuation of the strip in a slightly different tone
        // (a sky, a haze). The row at the edge itself may blend both and is skipped.
        int continuing = 0;
        for (int y = boundary + 1; y < std::min(rows, boundary + 6); ++y)
            if (isUniform(y) && distance(medianColour(m_view, y, y + 1), m_strip) <= 1.5f * m_tolerance)
                ++continuing;
        if (continuing >= 2 && !separated)
            return false;
        return true;
    }

    const cv::Mat &m_view;
    Colour m_strip{};
    float m_tolerance = 20;
    float m_noise = 2;
    std::vector<double> m_shares;
    int m_lastStripRow = -1;
    bool m_marked = false;
};

struct Candidate
{
    cv::Mat view;
    int thickness = 0;
    bool marked = false;
    int lastStripRow = -1; ///< the last clean row of the strip, before any separator line
    Colour colour{};
    float tolerance = 0;
};

/// The sides that run along the two ends of a side's rows: for the top and bottom, the left
/// (row starts) and the right; for the left and right (transposed), the top and the bottom.
std::pair<Side, Side> endSides(Side side)
{
    return side == Top || side == Bottom ? std::make_pair(Left, Right) : std::make_pair(Top, Bottom);
}

/// A museum strip meets a poster that fills the width between the strips on the other sides, so
/// the edge between them runs all along. Where the strip's colour goes on past the "edge" in some
/// stretch (a pale margin around a picture, a sky behind a skyline, a haze), the strip is the
/// poster's own: each sixth of the width, and each end, must show the edge in most columns.
bool edgeRunsAllAlong(const std::array<Candidate, 4> &candidates, Side side)
{
    constexpr int Stretches = 6;
    constexpr double EdgeColumns = 0.5;
    const Candidate &c = candidates[size_t(side)];
    const auto [startSide, endSide] = endSides(side);
    const int slack = std::max(2, c.view.cols / 100);
    const int from = candidates[size_t(startSide)].thickness + slack;
    const int to = c.view.cols - candidates[size_t(endSide)].thickness - slack;
    const int inside = c.lastStripRow;
    const int outside = std::min(c.view.rows - 1, c.thickness + 1);
    if (to - from < Stretches * 4 || inside < 0)
        return false;
    // Three rows on each side, averaged: a poster close in colour to its strip still shows an edge.
    auto meanRows = [&](int from, int to) {
        std::vector<float> mean(size_t(c.view.cols) * 3, 0.0f);
        const int first = std::max(0, from), last = std::min(c.view.rows - 1, to);
        for (int y = first; y <= last; ++y) {
            const uchar *p = c.view.ptr<uchar>(y);
            for (size_t k = 0; k < mean.size(); ++k)
                mean[k] += p[k] / float(last - first + 1);
        }
        return mean;
    };
    const std::vector<float> strip = meanRows(inside - 2, inside);
    const std::vector<float> poster = meanRows(outside, outside + 2);
    const float threshold = 0.6f * c.tolerance;
    // Sixths of the width, and the two ends on their own: a margin is narrow.
    std::vector<std::pair<int, int>> stretches;
    for (int stretch = 0; stretch < Stretches; ++stretch)
        stretches.emplace_back(from + (to - from) * stretch / Stretches, from + (to - from) * (stretch + 1) / Stretches);
    const int endWidth = std::max(3, (to - from) / 40);
    stretches.emplace_back(from, from + endWidth);
    stretches.emplace_back(to - endWidth, to);
    for (const auto &[begin, end] : stretches) {
        int edges = 0;
        for (int x = begin; x < end; ++x) {
            const float *a = strip.data() + 3 * x;
            const float *b = poster.data() + 3 * x;
            const float difference = std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
            edges += difference > threshold ? 1 : 0;
        }
        if (edges < EdgeColumns * (end - begin))
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
        candidate.lastStripRow = finder.lastStripRow();
        candidate.marked = finder.isMarked();
    }
    // On a grayscale poster a printed band is gray too, and as plain as a museum's strip: there, a
    // strip counts only when it carries text, patches or a ruler, or beside another of its colour.
    if (!isColourful(analysed)) {
        std::array<bool, 4> keep{};
        for (int side = Top; side <= Right; ++side) {
            const Candidate &c = candidates[size_t(side)];
            keep[size_t(side)] = c.thickness > 0 && c.marked;
            for (int other = Top; other <= Right && c.thickness > 0 && !keep[size_t(side)]; ++other)
                keep[size_t(side)] = other != side && candidates[size_t(other)].thickness > 0
                                     && distance(candidates[size_t(other)].colour, c.colour) <= c.tolerance;
        }
        for (int side = Top; side <= Right; ++side)
            if (!keep[size_t(side)])
                candidates[size_t(side)].thickness = 0;
    }
    // Dropping one side can leave another unexplained: repeat until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (int side = Top; side <= Right; ++side) {
            Candidate &candidate = candidates[size_t(side)];
            if (candidate.thickness > 0 && !edgeRunsAllAlong(candidates, Side(side))) {
                candidate.thickness = 0;
                changed = true;
            }
        }
    }
    // Strips on all four sides are the poster's own paper or a mount: left alone.
    if (std::all_of(candidates.begin(), candidates.end(), [](const Candidate &c) { return c.thickness > 0; }))
        return result;

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
