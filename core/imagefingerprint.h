#pragma once

#include "imagedecoder.h"

#include <QByteArray>

#include <array>
#include <optional>

namespace Atelier {

/// What the near-duplicate search knows of an image: a 64-bit perceptual hash to find candidates
/// quickly, and a small equalised grayscale picture to verify them (see FingerprintMatcher).
///
/// Both come from gray levels, so a grayscale copy matches its colour original; the picture is
/// histogram-equalised, so brightness, contrast and gamma changes leave it nearly as it was.
struct ImageFingerprint
{
    /// Bumped whenever the computation changes: stored fingerprints of another version are redone.
    static constexpr int Version = 1;
    /// The verification picture is Side x Side gray levels, whatever the image's shape.
    static constexpr int Side = 32;
    /// Images are decoded to about this size to be fingerprinted; larger brings nothing.
    static constexpr int DecodeSide = 128;

    quint64 hash = 0;                            ///< DCT hash of the gray image (pHash)
    std::array<quint8, Side * Side> picture{};   ///< equalised gray levels, rows top to bottom
    float aspect = 1;                            ///< width / height of the image

    /// Computes the fingerprint of an image of any size (typically decoded at DecodeSide).
    static ImageFingerprint compute(const RgbImage &image);

    QByteArray toBytes() const;
    /// Reads toBytes()'s output; nothing when the data is not a fingerprint of this version.
    static std::optional<ImageFingerprint> fromBytes(const QByteArray &bytes);
};

} // namespace Atelier
