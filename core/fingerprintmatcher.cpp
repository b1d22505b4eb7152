#include "fingerprintmatcher.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Atelier {

namespace {

constexpr int FullSide = ImageFingerprint::Side;
constexpr int HalfSide = FullSide / 2;
constexpr int Cells = 4;
/// How far a crop may move an edge: beyond this, two pictures are different framings.
constexpr double MaxEdgeShift = 0.11;
/// Below this overlap the two frames are not the same picture.
constexpr double MinOverlap = 0.75;

template<int S>
struct Grid
{
    std::array<float, S * S> v{};
    float at(int x, int y) const { return v[size_t(y * S + x)]; }
};

Grid<FullSide> fullGrid(const ImageFingerprint &fingerprint)
{
    Grid<FullSide> grid;
    for (size_t i = 0; i < grid.v.size(); ++i)
        grid.v[i] = fingerprint.picture[i];
    return grid;
}

Grid<HalfSide> halfGrid(const Grid<FullSide> &full)
{
    Grid<HalfSide> half;
    for (int y = 0; y < HalfSide; ++y)
        for (int x = 0; x < HalfSide; ++x)
            half.v[size_t(y * HalfSide + x)] = 0.25f * (full.at(2 * x, 2 * y) + full.at(2 * x + 1, 2 * y)
                                                        + full.at(2 * x, 2 * y + 1) + full.at(2 * x + 1, 2 * y + 1));
    return half;
}

/// The first picture's frame in the second's normalised coordinates.
struct Frame
{
    double left = 0, right = 1, top = 0, bottom = 1;
};

/// Where each row or column of the first picture falls in the second: an index, a fraction for
/// linear interpolation, and whether it falls inside at all. Axes are independent, so the 2-D
/// sampling costs one lookup per axis.
template<int S>
struct AxisSampling
{
    std::array<int, S> index{};
    std::array<float, S> fraction{};
    std::array<bool, S> inside{};
    int insideCount = 0;

    AxisSampling(double from, double to)
    {
        for (int i = 0; i < S; ++i) {
            const double position = from * S + (i + 0.5) * (to - from) - 0.5;
            inside[size_t(i)] = position >= -0.5 && position <= S - 0.5;
            const double clamped = std::clamp(position, 0.0, double(S - 1));
            const int low = std::min(int(clamped), S - 2);
            index[size_t(i)] = low;
            fraction[size_t(i)] = float(clamped - low);
            insideCount += inside[size_t(i)] ? 1 : 0;
        }
    }
};

struct Residual
{
    double difference = std::numeric_limits<double>::max();
    double overlap = 0;
};

template<int S>
Residual residual(const Grid<S> &first, const Grid<S> &second, const Frame &frame,
                  std::array<double, Cells * Cells> *cells = nullptr)
{
    const AxisSampling<S> xs(frame.left, frame.right);
    const AxisSampling<S> ys(frame.top, frame.bottom);
    Residual result;
    result.overlap = double(xs.insideCount) * ys.insideCount / (S * S);
    if (result.overlap < MinOverlap)
        return result;
    std::array<double, Cells * Cells> cellSum{};
    std::array<int, Cells * Cells> cellCount{};
    double sum = 0;
    for (int y = 0; y < S; ++y) {
        if (!ys.inside[size_t(y)])
            continue;
        const int sy = ys.index[size_t(y)];
        const float fy = ys.fraction[size_t(y)];
        const float *row0 = second.v.data() + sy * S;
        const float *row1 = row0 + S;
        const float *target = first.v.data() + y * S;
        const int cellRow = (y * Cells / S) * Cells;
        for (int x = 0; x < S; ++x) {
            if (!xs.inside[size_t(x)])
                continue;
            const int sx = xs.index[size_t(x)];
            const float fx = xs.fraction[size_t(x)];
            const float top = row0[sx] + fx * (row0[sx + 1] - row0[sx]);
            const float bottom = row1[sx] + fx * (row1[sx + 1] - row1[sx]);
            const float d = std::abs(target[x] - (top + fy * (bottom - top)));
            sum += d;
            if (cells) {
                const int cell = cellRow + x * Cells / S;
                cellSum[size_t(cell)] += d;
                ++cellCount[size_t(cell)];
            }
        }
    }
    const int count = xs.insideCount * ys.insideCount;
    result.difference = sum / count / 255.0;
    if (cells) {
        const int cellPixels = (S / Cells) * (S / Cells);
        for (size_t c = 0; c < cellSum.size(); ++c)
            (*cells)[c] = cellCount[c] * 2 >= cellPixels ? cellSum[c] / cellCount[c] / 255.0 : -1.0;
    }
    return result;
}

/// Best placements of one axis from the pictures' mean profiles along it.
template<int S>
std::array<std::pair<double, double>, 2> bestAxisPlacements(const std::array<float, S> &first,
                                                            const std::array<float, S> &second)
{
    constexpr double step = 0.025;
    std::array<std::pair<double, double>, 2> best{};
    std::array<double, 2> bestScore{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (double from = -0.1; from <= 0.1 + 1e-9; from += step)
        for (double to = 0.9; to <= 1.1 + 1e-9; to += step) {
            const AxisSampling<S> axis(from, to);
            if (axis.insideCount < S * 0.8)
                continue;
            double sum = 0;
            for (int i = 0; i < S; ++i) {
                if (!axis.inside[size_t(i)])
                    continue;
                const int j = axis.index[size_t(i)];
                const float value = second[size_t(j)] + axis.fraction[size_t(i)] * (second[size_t(j + 1)] - second[size_t(j)]);
                sum += std::abs(first[size_t(i)] - value);
            }
            const double score = sum / axis.insideCount;
            if (score < bestScore[0]) {
                bestScore[1] = bestScore[0];
                best[1] = best[0];
                bestScore[0] = score;
                best[0] = {from, to};
            } else if (score < bestScore[1]) {
                bestScore[1] = score;
                best[1] = {from, to};
            }
        }
    return best;
}

template<int S>
void profiles(const Grid<S> &grid, std::array<float, S> *columns, std::array<float, S> *rows)
{
    columns->fill(0);
    rows->fill(0);
    for (int y = 0; y < S; ++y)
        for (int x = 0; x < S; ++x) {
            (*columns)[size_t(x)] += grid.at(x, y) / S;
            (*rows)[size_t(y)] += grid.at(x, y) / S;
        }
}

bool withinCropRange(const Frame &frame)
{
    return std::abs(frame.left) <= MaxEdgeShift && std::abs(frame.top) <= MaxEdgeShift
           && std::abs(frame.right - 1) <= MaxEdgeShift && std::abs(frame.bottom - 1) <= MaxEdgeShift;
}

/// Moves one edge at a time while that lowers the residual.
template<int S>
Frame refine(const Grid<S> &first, const Grid<S> &second, Frame frame, double step, int rounds)
{
    double best = residual(first, second, frame).difference;
    for (int round = 0; round < rounds; ++round) {
        bool improved = false;
        for (double Frame::*edge : {&Frame::left, &Frame::right, &Frame::top, &Frame::bottom})
            for (const double direction : {-1.0, 1.0}) {
                Frame moved = frame;
                moved.*edge += direction * step;
                if (!withinCropRange(moved))
                    continue;
                const double score = residual(first, second, moved).difference;
                if (score < best) {
                    best = score;
                    frame = moved;
                    improved = true;
                }
            }
        if (!improved)
            break;
    }
    return frame;
}

} // namespace

FingerprintMatch FingerprintMatcher::compare(const ImageFingerprint &firstPrint, const ImageFingerprint &secondPrint)
{
    const Grid<FullSide> first = fullGrid(firstPrint);
    const Grid<FullSide> second = fullGrid(secondPrint);
    const Grid<HalfSide> firstHalf = halfGrid(first);
    const Grid<HalfSide> secondHalf = halfGrid(second);

    // Coarse: each axis on its own from the mean profiles, then the best pairings in 2-D.
    std::array<float, HalfSide> firstColumns, firstRows, secondColumns, secondRows;
    profiles<HalfSide>(firstHalf, &firstColumns, &firstRows);
    profiles<HalfSide>(secondHalf, &secondColumns, &secondRows);
    const auto xs = bestAxisPlacements<HalfSide>(firstColumns, secondColumns);
    const auto ys = bestAxisPlacements<HalfSide>(firstRows, secondRows);
    Frame frame;
    double best = residual(firstHalf, secondHalf, frame).difference;
    for (const auto &x : xs)
        for (const auto &y : ys) {
            const Frame candidate{x.first, x.second, y.first, y.second};
            const double score = residual(firstHalf, secondHalf, candidate).difference;
            if (score < best) {
                best = score;
                frame = candidate;
            }
        }

    // Fine: edge by edge, on the half and then the full pictures.
    frame = refine(firstHalf, secondHalf, frame, 0.0125, 8);
    frame = refine(first, second, frame, 0.00625, 8);

    FingerprintMatch match;
    std::array<double, Cells * Cells> cells{};
    const Residual full = residual(first, second, frame, &cells);
    match.overlap = full.overlap;
    if (full.overlap < MinOverlap)
        return match;
    match.difference = full.difference;
    match.worstCell = *std::max_element(cells.begin(), cells.end());
    match.left = frame.left;
    match.right = frame.right;
    match.top = frame.top;
    match.bottom = frame.bottom;
    return match;
}

} // namespace Atelier
