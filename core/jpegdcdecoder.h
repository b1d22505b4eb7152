#pragma once

#include "imagedecoder.h"

#include <QByteArray>

namespace Atelier {

/// Decodes a baseline JPEG's luma at 1/8 scale from the DC coefficients alone. The pixels are the
/// ones libjpeg gives for scale 1/8 and gray output, but the AC coefficients, which that scale
/// throws away, are only stepped over instead of decoded: about twice as fast, and fingerprinting
/// spends nearly all its time here.
///
/// Returns a null image for whatever it leaves to libjpeg: progressive, arithmetic-coded, 12-bit,
/// RGB, CMYK or multi-scan files, and any damaged data, where libjpeg's own way of coping decides
/// the pixels. The EXIF orientation is not applied.
class JpegDcDecoder
{
public:
    static GrayImage decodeLuma(const QByteArray &bytes);
};

} // namespace Atelier
