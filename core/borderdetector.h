#pragma once

#include "imagedecoder.h"

#include <QRect>
#include <QSize>

namespace Atelier {

/// What the border detector found on a scan.
struct BorderDetection
{
    bool found = false; ///< false: no added border, `content` is the whole image
    QRect content;      ///< in the original image's pixel coordinates
    /// Sides with a strip, as bits: 1 top, 2 bottom, 4 left, 8 right.
    int sides = 0;
};

/// Finds the strips a museum added around a scanned poster: a band of near-uniform, unsaturated
/// colour (white, cream, grey, black) along one to three sides, plain or carrying a catalogue
/// number, a ruler, a row of colour patches, or a thin line against the poster.
///
/// A strip is accepted only when it is one colour from the edge inward (no gradient), and meets the
/// poster along a sharp, straight line: a plain sky, a dark ground, a haze or the poster's own
/// margin fade or wander and are left alone, since cutting off part of a poster is worse than
/// keeping a strip. The same colour on all four sides is taken as the poster's own paper.
class BorderDetector
{
public:
    /// Images are analysed at about this size (long side).
    static constexpr int AnalysisSide = 768;
    /// Bumped whenever detection changes: stored proposals of older versions are redone.
    static constexpr int Version = 1;

    /// Detects the content rectangle of `image`, a reduced copy of an original of `originalSize`
    /// (the same size when the image is the original).
    static BorderDetection detect(const RgbImage &image, const QSize &originalSize);
};

} // namespace Atelier
