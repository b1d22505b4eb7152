#pragma once

// Private to the core: included only by .cpp files.

#include "imagedecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// Everything a header says that decoding needs, beyond what callers see in ImageHeader.
struct ImageHeaderInfo
{
    ImageHeader header;
    int storedWidth = 0;  ///< as stored in the file, before the orientation
    int storedHeight = 0;
    QString unsupportedDetail;       ///< why a recognised file cannot be decoded ("animated", "12-bit samples")
    qint64 orientationOffset = -1;   ///< TIFF: file offset of the orientation tag's SHORT value
    bool tiffBigEndian = false;
    qint64 jpegScanOffset = -1;      ///< JPEG: offset of the first SOS marker, when it was reached
};

/// Parses image headers from bytes without decoding pixels. Every read is bounds-checked and
/// every loop moves forward, so hostile files end in an Error, never in a crash or a hang.
class ImageHeaderReader
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ImageHeaderReader)

public:
    /// Throws Error(BadInput): "empty file", "not an image (unrecognised format)",
    /// "truncated file" or "damaged image header (...)".
    static ImageHeaderInfo read(const QByteArray &bytes);
};

} // namespace Atelier
