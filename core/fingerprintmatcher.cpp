#include "fingerprintmatcher.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace Atelier {

namespace {

constexpr int FineSide = ImageFingerprint::Side;
constexpr int CoarseSide = FineSide / 2;
constexpr int HalfSide = CoarseSide / 2;
/// Cells of the fine comparison, per axis: a changed title or picture shows in a few of them.
constexpr int CellSide = 8;
constexpr int Cells = FineSide / CellSide;
/// Each cell may move this far (fine pixels) on its own: a rotation of a few degrees, a slightly
/// wrong scale or the warp of a rescan move parts of a picture by a pixel or two.
constexpr int LocalShift = 2;
/// The decision rests on this worst cell (the fifth worst of 64): measured on generated scans
/// (bench_dedup), it separates copies from posters of one design family better than the worst
/// cell or the mean of the three worst.
constexpr size_t DecidingCell = 5;
/// Cells are visited in this stride through the 64 (odd, so every cell comes once).
constexpr int CellOrderStride = 29;
/// A cell this well explained at the alignment found needs no shift of its own.
constexpr double GoodFit = 0.08;
/// The outermost pixels are not compared: a rotated rescan shows the scanner's lid there, and a
/// crop's rounding leaves half pixels.
constexpr int EdgeMargin = 3;
/// How far a crop may move an edge: beyond this, two pictures are different framings.
constexpr double MaxEdgeShift = 0.11;
/// Below this overlap the two frames are not the same picture.
constexpr double MinOverlap = 0.75;
/// Above this the aligned pictures are plainly different (mean rank difference, 0..1; unrelated
/// pictures score about 1/3): the fine comparison is skipped.
constexpr double PlainlyDifferent = 0.2;

template<int S>
struct Grid
{
    std::array<float, S * S> v{};
    float at(int x, int y) const { return v[size_t(y * S + x)]; }
};

template<int S>
Grid<S / 2> halved(const Grid<S> &full)
{
    Grid<S / 2> half;
    for (int y = 0; y < S / 2; ++y)
        for (int x = 0; x < S / 2; ++x)
            half.v[size_t(y * (S / 2) + x)] = 0.25f * (full.at(2 * x, 2 * y) + full.at(2 * x + 1, 2 * y)
                                                      + full.at(2 * x, 2 * y + 1) + full.at(2 * x + 1, 2 * y + 1));
    return half;
}

Grid<FineSide> fineGrid(const ImageFingerprint &fingerprint)
{
    Grid<FineSide> grid;
    for (size_t i = 0; i < grid.v.size(); ++i)
        grid.v[i] = fingerprint.picture[i];
    return grid;
}

/// A light blur: print finer than a pixel aliases differently in every rescan.
template<int S>
Grid<S> softened(const Grid<S> &grid)
{
    Grid<S> across, result;
    for (int y = 0; y < S; ++y)
        for (int x = 0; x < S; ++x)
            across.v[size_t(y * S + x)] = 0.25f * grid.at(std::max(0, x - 1), y) + 0.5f * grid.at(x, y)
                                          + 0.25f * grid.at(std::min(S - 1, x + 1), y);
    for (int y = 0; y < S; ++y)
        for (int x = 0; x < S; ++x)
            result.v[size_t(y * S + x)] = 0.25f * across.at(x, std::max(0, y - 1)) + 0.5f * across.at(x, y)
                                          + 0.25f * across.at(x, std::min(S - 1, y + 1));
    return result;
}

/// Replaces each level by its rank (ties share the middle rank), for the alignment search only:
/// brightness, contrast and gamma then no longer move the residual's minimum.
template<int S>
Grid<S> equalised(const Grid<S> &grid)
{
    std::array<int, 256> histogram{};
    for (const float value : grid.v)
        ++histogram[size_t(std::clamp(int(value), 0, 255))];
    std::array<float, 256> lut{};
    int below = 0;
    for (int level = 0; level < 256; ++level) {
        lut[size_t(level)] = 255.0f * (below + histogram[size_t(level)] * 0.5f) / (S * S);
        below += histogram[size_t(level)];
    }
    Grid<S> result;
    for (size_t i = 0; i < grid.v.size(); ++i)
        result.v[i] = lut[size_t(std::clamp(int(grid.v[i]), 0, 255))];
    return result;
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

template<int S>
double alignmentResidual(const Grid<S> &first, const Grid<S> &second, const Frame &frame)
{
    const AxisSampling<S> xs(frame.left, frame.right);
    const AxisSampling<S> ys(frame.top, frame.bottom);
    if (double(xs.insideCount) * ys.insideCount / (S * S) < MinOverlap)
        return std::numeric_limits<double>::max();
    double sum = 0;
    for (int y = 0; y < S; ++y) {
        if (!ys.inside[size_t(y)])
            continue;
        const float fy = ys.fraction[size_t(y)];
        const float *row0 = second.v.data() + ys.index[size_t(y)] * S;
        const float *row1 = row0 + S;
        const float *target = first.v.data() + y * S;
        for (int x = 0; x < S; ++x) {
            if (!xs.inside[size_t(x)])
                continue;
            const int sx = xs.index[size_t(x)];
            const float fx = xs.fraction[size_t(x)];
            const float upper = row0[sx] + fx * (row0[sx + 1] - row0[sx]);
            const float lower = row1[sx] + fx * (row1[sx + 1] - row1[sx]);
            sum += std::abs(target[x] - (upper + fy * (lower - upper)));
        }
    }
    return sum / (xs.insideCount * ys.insideCount);
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
    double best = alignmentResidual(first, second, frame);
    for (int round = 0; round < rounds; ++round) {
        bool improved = false;
        for (double Frame::*edge : {&Frame::left, &Frame::right, &Frame::top, &Frame::bottom})
            for (const double direction : {-1.0, 1.0}) {
                Frame moved = frame;
                moved.*edge += direction * step;
                if (!withinCropRange(moved))
                    continue;
                const double score = alignmentResidual(first, second, moved);
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

/// Finds where the first picture lies in the second: each axis on its own from the mean
/// profiles, the best pairings in 2-D, then edge by edge on finer pictures.
Frame align(const Grid<CoarseSide> &first, const Grid<CoarseSide> &second)
{
    const Grid<HalfSide> firstHalf = halved(first);
    const Grid<HalfSide> secondHalf = halved(second);
    std::array<float, HalfSide> firstColumns, firstRows, secondColumns, secondRows;
    profiles<HalfSide>(firstHalf, &firstColumns, &firstRows);
    profiles<HalfSide>(secondHalf, &secondColumns, &secondRows);
    const auto xs = bestAxisPlacements<HalfSide>(firstColumns, secondColumns);
    const auto ys = bestAxisPlacements<HalfSide>(firstRows, secondRows);
    Frame frame;
    double best = alignmentResidual(firstHalf, secondHalf, frame);
    for (const auto &x : xs)
        for (const auto &y : ys) {
            const Frame candidate{x.first, x.second, y.first, y.second};
            const double score = alignmentResidual(firstHalf, secondHalf, candidate);
            if (score < best) {
                best = score;
                frame = candidate;
            }
        }
    frame = refine(firstHalf, secondHalf, frame, 0.0125, 8);
    // Plainly different pictures need no finer alignment.
    if (alignmentResidual(firstHalf, secondHalf, frame) > 255 * PlainlyDifferent * 1.25)
        return frame;
    return refine(first, second, frame, 0.00625, 8);
}


/// Areas where a picture is flat at black or white (clipped by a brighter or darker scan) hold
/// no detail to compare: where either picture has one, the pixels are left out.
template<int S>
std::vector<quint8> clippedAreas(const Grid<S> &grid)
{
    std::vector<quint8> clipped(size_t(S * S), 0);
    for (int y = 0; y < S; ++y)
        for (int x = 0; x < S; ++x) {
            const float centre = grid.at(x, y);
            if (centre > 8 && centre < 247)
                continue; // most pixels: no need to look around
            bool allLight = true, allDark = true;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const float v = grid.at(std::clamp(x + dx, 0, S - 1), std::clamp(y + dy, 0, S - 1));
                    allLight = allLight && v >= 247;
                    allDark = allDark && v <= 8;
                }
            clipped[size_t(y * S + x)] = allLight || allDark;
        }
    return clipped;
}

struct CellResiduals
{
    double decidingCell = 1; ///< the residual of the DecidingCell-th worst cell
    double overlap = 0;
};

/// Compares the first picture with the second resampled onto it, cell by cell, each cell with its
/// own small shift (in half-pixel steps), gain and offset. A cell's residual is the part of its
/// contrast that the other picture cannot explain (1 - correlation squared, square-rooted), damped
/// in flat cells, so that sharp print and soft washes weigh alike and noise counts for little.
CellResiduals cellResiduals(const Grid<FineSide> &first, const Grid<FineSide> &second, const Frame &frame, double enough)
{
    constexpr int S = FineSide;
    // The second picture is sampled in half-pixel steps of the first's grid, with a margin for the
    // shifts: index 2x + Margin is the first picture's pixel x itself.
    constexpr int Margin = 2 * LocalShift;
    constexpr int Padded = 2 * S + 2 * Margin;
    struct HalfSteps
    {
        std::array<float, Padded> position{}; ///< in the second picture's pixels, clamped
        std::array<bool, Padded> inside{};
        int insideCount = 0; ///< among the first picture's own pixels
    };
    auto halfSteps = [](double from, double to) {
        HalfSteps axis;
        for (int k = 0; k < Padded; ++k) {
            const double h = (k - Margin) / 2.0;
            const double position = from * S + (h + 0.5) * (to - from) - 0.5;
            axis.inside[size_t(k)] = position >= -0.5 && position <= S - 0.5;
            axis.position[size_t(k)] = float(std::clamp(position, 0.0, double(S - 1)));
            if ((k - Margin) % 2 == 0 && k >= Margin && k < Margin + 2 * S && axis.inside[size_t(k)])
                ++axis.insideCount;
        }
        return axis;
    };
    const HalfSteps xs = halfSteps(frame.left, frame.right);
    const HalfSteps ys = halfSteps(frame.top, frame.bottom);
    CellResiduals result;
    result.overlap = double(xs.insideCount) * ys.insideCount / (S * S);
    if (result.overlap < MinOverlap)
        return result;

    const std::vector<quint8> firstClips = clippedAreas(first);
    const std::vector<quint8> secondClips = clippedAreas(second);
    std::vector<float> sampled(size_t(Padded * Padded), 0.0f);
    std::vector<quint8> inside(size_t(Padded * Padded), 0);
    for (int y = 0; y < Padded; ++y) {
        const float py = ys.position[size_t(y)];
        const int sy = std::min(int(py), S - 2);
        const float fy = py - sy;
        const float *row0 = second.v.data() + sy * S;
        const float *row1 = row0 + S;
        for (int x = 0; x < Padded; ++x) {
            const float px = xs.position[size_t(x)];
            const int sx = std::min(int(px), S - 2);
            const float fx = px - sx;
            const float upper = row0[sx] + fx * (row0[sx + 1] - row0[sx]);
            const float lower = row1[sx] + fx * (row1[sx + 1] - row1[sx]);
            sampled[size_t(y * Padded + x)] = upper + fy * (lower - upper);
            const bool secondClipped = secondClips[size_t(int(py + 0.5f) * S + int(px + 0.5f))];
            inside[size_t(y * Padded + x)] = xs.inside[size_t(x)] && ys.inside[size_t(y)] && !secondClipped;
        }
    }
    // Where the first picture's pixel (x, y) lies in `sampled`.
    auto at = [&](int x, int y) { return size_t((2 * y + Margin) * Padded + 2 * x + Margin); };

    // Pixels that count: inside both pictures and clipped in neither.
    std::vector<quint8> compared(size_t(S * S), 0);
    double sumA = 0, sumA2 = 0, sumB = 0, sumB2 = 0;
    int count = 0;
    for (int y = 0; y < S; ++y)
        for (int x = 0; x < S; ++x) {
            if (!inside[at(x, y)] || firstClips[size_t(y * S + x)] || x < EdgeMargin || y < EdgeMargin
                || x >= S - EdgeMargin || y >= S - EdgeMargin)
                continue;
            compared[size_t(y * S + x)] = 1;
            const double a = first.at(x, y), b = sampled[at(x, y)];
            sumA += a;
            sumA2 += a * a;
            sumB += b;
            sumB2 += b * b;
            ++count;
        }
    if (count == 0)
        return result;
    const double contrastA = std::sqrt(std::max(0.0, sumA2 / count - (sumA / count) * (sumA / count)));
    const double contrastB = std::sqrt(std::max(0.0, sumB2 / count - (sumB / count) * (sumB / count)));
    // The second picture's levels in the first's contrast, to weigh its cells alike.
    const double gainB = contrastA > 1 && contrastB > 1 ? contrastA / contrastB : 1.0;
    // Below this a cell is flat: paper grain and noise must not look like a difference there.
    const double flatness = std::max(6.0, 0.3 * contrastA);

    // Cells are visited in a scattered order, so that a changed area shows early: once enough
    // cells are known to be worse than `enough`, the answer is known too.
    std::vector<double> residuals;
    residuals.reserve(Cells * Cells);
    size_t worseThanEnough = 0;
    double lowestOfWorse = std::numeric_limits<double>::max();
    for (int visit = 0; visit < Cells * Cells; ++visit) {
        const int cell = (visit * CellOrderStride) % (Cells * Cells);
        const int cx = cell % Cells, cy = cell / Cells;
        int pixels = 0;
        for (int y = cy * CellSide; y < (cy + 1) * CellSide; ++y)
            for (int x = cx * CellSide; x < (cx + 1) * CellSide; ++x)
                pixels += compared[size_t(y * S + x)];
        if (pixels * 2 < CellSide * CellSide)
            continue;
        // How much of the cell's contrast a shifted cell of the other picture cannot explain. Each
        // cell gets its own gain and offset: a local change of brightness (one colour clipping,
        // uneven lighting) costs nothing, while different content leaves what no gain explains.
        auto residualAt = [&](int dx, int dy) {
            double a1 = 0, a2 = 0, b1 = 0, b2 = 0, ab = 0;
            int used = 0;
            for (int y = cy * CellSide; y < (cy + 1) * CellSide; ++y) {
                const long row = long(at(0, y)) + dy * Padded + dx;
                for (int x = cx * CellSide; x < (cx + 1) * CellSide; ++x) {
                    const size_t k = size_t(row + 2 * x);
                    if (!inside[k] || !compared[size_t(y * S + x)])
                        continue;
                    const double a = first.at(x, y), b = sampled[k];
                    a1 += a;
                    a2 += a * a;
                    b1 += b;
                    b2 += b * b;
                    ab += a * b;
                    ++used;
                }
            }
            if (used * 2 < pixels)
                return std::numeric_limits<double>::max();
            const double varA = std::max(0.0, a2 / used - (a1 / used) * (a1 / used));
            const double varB = std::max(0.0, b2 / used - (b1 / used) * (b1 / used));
            const double cov = ab / used - (a1 / used) * (b1 / used);
            const double correlation = varA > 0 && varB > 0 ? std::max(0.0, cov / std::sqrt(varA * varB)) : 0.0;
            const double strength = std::max(std::sqrt(varA), gainB * std::sqrt(varB));
            return std::sqrt(std::max(0.0, 1 - correlation * correlation)) * std::min(1.0, strength / flatness);
        };
        // Where the alignment already fits, no shift is searched; otherwise whole pixels first,
        // then the half pixels around the best of them.
        double best = residualAt(0, 0);
        if (best > GoodFit) {
            int bestX = 0, bestY = 0;
            for (int dy = -Margin; dy <= Margin; dy += 2)
                for (int dx = -Margin; dx <= Margin; dx += 2) {
                    const double residual = dx == 0 && dy == 0 ? best : residualAt(dx, dy);
                    if (residual < best) {
                        best = residual;
                        bestX = dx;
                        bestY = dy;
                    }
                }
            for (int dy = std::max(-Margin, bestY - 1); dy <= std::min(Margin, bestY + 1); ++dy)
                for (int dx = std::max(-Margin, bestX - 1); dx <= std::min(Margin, bestX + 1); ++dx)
                    if ((dx - bestX) % 2 != 0 || (dy - bestY) % 2 != 0)
                        best = std::min(best, residualAt(dx, dy));
        }
        if (best == std::numeric_limits<double>::max())
            continue;
        residuals.push_back(best);
        if (best > enough) {
            lowestOfWorse = std::min(lowestOfWorse, best);
            if (++worseThanEnough == DecidingCell) {
                result.decidingCell = lowestOfWorse; // the true value is at least this
                return result;
            }
        }
    }
    // A few odd cells (a speck, a fold, the scanner's lid in a corner) must not decide; a changed
    // title or picture spreads over more of them.
    if (residuals.size() < DecidingCell)
        return result;
    std::nth_element(residuals.begin(), residuals.begin() + long(DecidingCell - 1), residuals.end(), std::greater<double>());
    result.decidingCell = residuals[DecidingCell - 1];
    return result;
}

} // namespace

FingerprintMatch FingerprintMatcher::compare(const ImageFingerprint &firstPrint, const ImageFingerprint &secondPrint,
                                             double enough)
{
    const Grid<FineSide> first = fineGrid(firstPrint);
    const Grid<FineSide> second = fineGrid(secondPrint);
    const Grid<CoarseSide> firstCoarse = equalised(halved(first));
    const Grid<CoarseSide> secondCoarse = equalised(halved(second));
    const Frame frame = align(firstCoarse, secondCoarse);

    FingerprintMatch match;
    match.left = frame.left;
    match.right = frame.right;
    match.top = frame.top;
    match.bottom = frame.bottom;
    match.alignmentResidual = std::min(1.0, alignmentResidual(firstCoarse, secondCoarse, frame) / 255.0);
    if (match.alignmentResidual > PlainlyDifferent)
        return match; // difference stays 1

    const CellResiduals residuals = cellResiduals(softened(first), softened(second), frame, enough);
    match.overlap = residuals.overlap;
    match.difference = residuals.decidingCell;
    return match;
}

} // namespace Atelier
