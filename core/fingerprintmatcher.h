#pragma once

#include "imagefingerprint.h"

namespace Atelier {

/// How two fingerprints' pictures compare once the second is aligned onto the first.
struct FingerprintMatch
{
    /// Mean difference of the aligned, equalised pictures at low resolution, 0..1 (unrelated
    /// pictures score about 1/3). Above a threshold the finer measures are not computed.
    double alignmentResidual = 1;
    /// What the second picture cannot explain of the first in the fifth worst of 8 x 8 cells,
    /// each cell having its own small shift, gain and offset: 0 for the same picture, about 1 for
    /// unrelated content. On generated scans, copies of one poster stay below about 0.3 (0.38 at
    /// worst); two posters of one design family, which differ in a title or a picture, score
    /// above about 0.39 (0.365 at the closest).
    double difference = 1;
    double overlap = 0; ///< share of the first picture that the second covers once aligned
    /// Where the first image's frame lies in the second's, in units of the second's width and height.
    double left = 0, right = 1, top = 0, bottom = 1;
};

/// Verifies candidate pairs of the near-duplicate search: aligns the two small pictures (a shift
/// and a scale per axis, which undoes crops of up to about 10% and changes of shape), then
/// measures what still differs cell by cell. Copies of one poster differ by noise everywhere;
/// two posters of one design family differ a lot in a few cells (a title, a picture).
class FingerprintMatcher
{
public:
    /// Compares two fingerprints. The comparison stops as soon as the difference is known to be
    /// above `enough`; the difference returned is then a value above `enough`, not the exact one.
    static FingerprintMatch compare(const ImageFingerprint &first, const ImageFingerprint &second, double enough = 1.0);
};

} // namespace Atelier
