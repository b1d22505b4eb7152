#pragma once

#include "imagefingerprint.h"

namespace Atelier {

/// How two fingerprints' pictures compare once the second is aligned onto the first.
struct FingerprintMatch
{
    double difference = 1; ///< mean absolute difference of the aligned equalised pictures, 0..1
    double worstCell = 1;  ///< the same in the worst of 4 x 4 cells: a changed picture or title shows here
    double overlap = 0;    ///< share of the first picture that the second covers once aligned
    /// Where the first image's frame lies in the second's, in units of the second's width and height.
    double left = 0, right = 1, top = 0, bottom = 1;
};

/// Verifies candidate pairs of the near-duplicate search: aligns the two small pictures (a shift
/// and a scale per axis, which undoes crops of up to about 10% and changes of shape), then
/// measures what still differs, overall and cell by cell. Copies of one poster differ by noise
/// everywhere; two posters of one design family differ a lot in a few cells.
class FingerprintMatcher
{
public:
    static FingerprintMatch compare(const ImageFingerprint &first, const ImageFingerprint &second);
};

} // namespace Atelier
