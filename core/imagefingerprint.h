#pragma once

#include "imagedecoder.h"

#include <QByteArray>

#include <array>
#include <optional>

namespace Atelier {

/// What the near-duplicate search knows of an image: perceptual hashes to find candidates quickly,
/// and a small grayscale picture to verify them (see FingerprintMatcher).
///
/// Everything comes from gray levels, so a grayscale copy matches its colour original.
/// A copy cropped by a few percent has a whole-image hash far from its original's, but close to
/// the hash of one of the original's trimmed views: those are hashed too, and the search compares
/// each image's hash with the others' views.
struct ImageFingerprint
{
    /// Bumped whenever the computation changes: stored fingerprints of another version are redone.
    static constexpr int Version = 1;
    /// The picture is Side x Side gray levels, whatever the image's shape.
    static constexpr int Side = 64;
    /// Trimmed views: each axis loses 3% on both sides, or 6% on one side.
    static constexpr int ViewCount = 9;
    /// Images are decoded to about this size to be fingerprinted; larger brings nothing.
    static constexpr int DecodeSide = 128;

    quint64 hash = 0;                          ///< DCT hash (pHash) of the whole image
    std::array<quint64, ViewCount> viewHashes{}; ///< DCT hashes of the trimmed views
    std::array<quint8, Side * Side> picture{}; ///< gray levels, rows top to bottom
    float aspect = 1;                          ///< width / height of the image

    /// The trimmed view `index` as fractions cut from the left, right, top and bottom.
    struct Trim
    {
        double left, right, top, bottom;
    };
    static Trim viewTrim(int index);

    /// Computes the fingerprint of an image of any size; larger than DecodeSide, it is reduced first.
    static ImageFingerprint compute(const GrayImage &image);
    /// The same from colour pixels, turned to gray levels first.
    static ImageFingerprint compute(const RgbImage &image);

    QByteArray toBytes() const;
    /// Reads toBytes()'s output; nothing when the data is not a fingerprint of this version.
    static std::optional<ImageFingerprint> fromBytes(const QByteArray &bytes);
};

} // namespace Atelier
