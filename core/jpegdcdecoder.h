#pragma once

#include "imagedecoder.h"

#include <QByteArray>

namespace Atelier {

/// Decodes a JPEG's luma at 1/8 scale from the DC coefficients alone, which is all that scale
/// keeps. The pixels are the ones libjpeg gives for scale 1/8 and gray output, bit for bit, but
/// the rest is skipped instead of decoded: in a baseline file the AC codes are only stepped over
/// (twice as fast as libjpeg), in a progressive one only the DC scans are read (25 times as fast).
/// Fingerprinting spends nearly all its time here.
///
/// Returns a null image for whatever it leaves to libjpeg: arithmetic-coded, lossless, 12-bit,
/// RGB or CMYK files, progressive files that lack some coefficient's last bits (libjpeg smooths
/// those), and any damaged data, where libjpeg's own way of coping decides the pixels. The EXIF
/// orientation is not applied.
class JpegDcDecoder
{
public:
    static GrayImage decodeLuma(const QByteArray &bytes);
    /// The same in colour, for thumbnails: the luma as above, and each chroma plane from its DC
    /// terms, brought to the luma's size bilinearly. libjpeg keeps a little more of the chroma
    /// (a 2x2 inverse DCT for 4:2:0), so colours differ from its decode by a level or two, more
    /// along sharp colour edges. Gray files give gray RGB. Declines what decodeLuma() declines.
    static RgbImage decodeColour(const QByteArray &bytes);
};

} // namespace Atelier
