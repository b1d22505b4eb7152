#include "imageheaderreader.h"

#include "error.h"

#include <climits>
#include <cstring>

namespace Atelier {

namespace {

Error truncatedFile()
{
    return Error::badInput(ImageHeaderReader::tr("truncated file"));
}

Error damagedHeader(const QString &detail)
{
    return Error::badInput(ImageHeaderReader::tr("damaged image header (%1)").arg(detail));
}

/// Read-only access to a range of bytes; any read outside it throws "truncated file".
class ByteView
{
public:
    ByteView(const uchar *data, qint64 size, bool bigEndian = false)
        : m_data(data), m_size(size), m_bigEndian(bigEndian)
    {}

    qint64 size() const { return m_size; }
    bool bigEndian() const { return m_bigEndian; }
    void setBigEndian(bool bigEndian) { m_bigEndian = bigEndian; }

    bool has(qint64 offset, qint64 count) const
    {
        return offset >= 0 && count >= 0 && offset <= m_size && count <= m_size - offset;
    }

    /// A view of [offset, offset + count), clipped to this view.
    ByteView sub(qint64 offset, qint64 count) const
    {
        if (offset < 0 || offset > m_size)
            return ByteView(m_data, 0, m_bigEndian);
        return ByteView(m_data + offset, qMin(count, m_size - offset), m_bigEndian);
    }

    bool matches(qint64 offset, const char *text, qint64 length) const
    {
        return has(offset, length) && std::memcmp(m_data + offset, text, size_t(length)) == 0;
    }

    quint8 u8(qint64 offset) const
    {
        require(offset, 1);
        return m_data[offset];
    }
    quint16 u16(qint64 offset) const { return quint16(read(offset, 2, m_bigEndian)); }
    quint32 u24le(qint64 offset) const { return quint32(read(offset, 3, false)); }
    quint32 u32(qint64 offset) const { return quint32(read(offset, 4, m_bigEndian)); }
    quint64 u64(qint64 offset) const { return read(offset, 8, m_bigEndian); }
    quint16 u16be(qint64 offset) const { return quint16(read(offset, 2, true)); }
    quint32 u32be(qint64 offset) const { return quint32(read(offset, 4, true)); }
    quint16 u16le(qint64 offset) const { return quint16(read(offset, 2, false)); }
    quint32 u32le(qint64 offset) const { return quint32(read(offset, 4, false)); }

private:
    void require(qint64 offset, qint64 count) const
    {
        if (!has(offset, count))
            throw truncatedFile();
    }

    quint64 read(qint64 offset, int count, bool bigEndian) const
    {
        require(offset, count);
        quint64 value = 0;
        for (int i = 0; i < count; ++i) {
            const int index = bigEndian ? i : count - 1 - i;
            value = (value << 8) | m_data[offset + index];
        }
        return value;
    }

    const uchar *m_data;
    qint64 m_size;
    bool m_bigEndian;
};

void setDimensions(ImageHeaderInfo *info, qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0)
        throw damagedHeader(ImageHeaderReader::tr("zero size"));
    if (width > INT_MAX || height > INT_MAX)
        throw damagedHeader(ImageHeaderReader::tr("impossible size"));
    info->storedWidth = int(width);
    info->storedHeight = int(height);
}

/// Sets the displayed size from the stored one and the orientation (5..8 turn the image a quarter).
void applyOrientation(ImageHeaderInfo *info, int orientation)
{
    const bool quarterTurn = orientation >= 5 && orientation <= 8;
    info->header.orientation = (orientation >= 1 && orientation <= 8) ? orientation : 1;
    info->header.width = quarterTurn ? info->storedHeight : info->storedWidth;
    info->header.height = quarterTurn ? info->storedWidth : info->storedHeight;
}

// --- TIFF (files and the EXIF block of JPEGs) ----------------------------------------------------

struct TiffFields
{
    qint64 width = -1;
    qint64 height = -1;
    int orientation = 1;
    qint64 orientationOffset = -1; ///< relative to the TIFF header
    bool bigEndian = false;
};

bool isTiffSignature(const ByteView &view)
{
    return view.matches(0, "II*\0", 4) || view.matches(0, "MM\0*", 4)
        || view.matches(0, "II+\0", 4) || view.matches(0, "MM\0+", 4);
}

/// Reads the first value of an IFD entry whose value fits in the entry itself.
qint64 inlineValue(const ByteView &tiff, qint64 valueOffset, quint16 type, quint64 count, int fieldSize)
{
    if (count < 1)
        return -1;
    switch (type) {
    case 3: // SHORT
        return tiff.u16(valueOffset);
    case 4: // LONG
        return tiff.u32(valueOffset);
    case 16: // LONG8 (BigTIFF)
        return fieldSize == 8 ? qint64(qMin<quint64>(tiff.u64(valueOffset), quint64(LLONG_MAX))) : -1;
    default:
        return -1;
    }
}

/// Reads width, height and orientation from IFD0; offsets are never trusted beyond the view.
TiffFields readTiffFields(ByteView tiff)
{
    TiffFields fields;
    if (!isTiffSignature(tiff))
        throw damagedHeader(ImageHeaderReader::tr("bad TIFF signature"));
    fields.bigEndian = tiff.matches(0, "MM", 2);
    tiff.setBigEndian(fields.bigEndian);

    const bool bigTiff = tiff.u16(2) == 43;
    qint64 ifdOffset = 0;
    if (bigTiff) {
        if (tiff.u16(4) != 8 || tiff.u16(6) != 0)
            throw damagedHeader(ImageHeaderReader::tr("bad BigTIFF header"));
        ifdOffset = qint64(qMin<quint64>(tiff.u64(8), quint64(LLONG_MAX)));
    } else {
        ifdOffset = tiff.u32(4);
    }
    const int countSize = bigTiff ? 8 : 2;
    const int entrySize = bigTiff ? 20 : 12;
    const int fieldSize = bigTiff ? 8 : 4;

    if (ifdOffset < 8 || !tiff.has(ifdOffset, countSize))
        throw truncatedFile();
    const quint64 declared = bigTiff ? tiff.u64(ifdOffset) : tiff.u16(ifdOffset);
    const qint64 available = (tiff.size() - ifdOffset - countSize) / entrySize;
    const qint64 entryCount = qint64(qMin<quint64>(declared, quint64(qMax<qint64>(available, 0))));

    for (qint64 i = 0; i < entryCount; ++i) {
        const qint64 entry = ifdOffset + countSize + i * entrySize;
        const quint16 tag = tiff.u16(entry);
        const quint16 type = tiff.u16(entry + 2);
        const quint64 count = bigTiff ? tiff.u64(entry + 4) : tiff.u32(entry + 4);
        const qint64 valueOffset = entry + 4 + fieldSize;
        if (tag == 256)
            fields.width = inlineValue(tiff, valueOffset, type, count, fieldSize);
        else if (tag == 257)
            fields.height = inlineValue(tiff, valueOffset, type, count, fieldSize);
        else if (tag == 274 && type == 3 && count >= 1) {
            fields.orientation = tiff.u16(valueOffset);
            fields.orientationOffset = valueOffset;
        }
    }
    return fields;
}

void readTiff(const ByteView &view, ImageHeaderInfo *info)
{
    info->header.format = QStringLiteral("TIFF");
    info->header.decodable = true;
    const TiffFields fields = readTiffFields(view);
    if (fields.width < 0 || fields.height < 0)
        throw damagedHeader(ImageHeaderReader::tr("no image size in the TIFF directory"));
    setDimensions(info, fields.width, fields.height);
    info->tiffBigEndian = fields.bigEndian;
    if (fields.orientation >= 1 && fields.orientation <= 8)
        info->orientationOffset = fields.orientationOffset;
    applyOrientation(info, fields.orientation);
}

// --- JPEG ----------------------------------------------------------------------------------------

bool isStartOfFrame(quint8 marker)
{
    // SOF0..SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

QString jpegUnsupportedDetail(quint8 marker, int precision)
{
    if (marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF)
        return ImageHeaderReader::tr("lossless");
    if (marker == 0xC5 || marker == 0xC6 || marker == 0xCD || marker == 0xCE)
        return ImageHeaderReader::tr("hierarchical");
    if (precision != 8)
        return ImageHeaderReader::tr("%1-bit samples").arg(precision);
    return QString();
}

/// The EXIF orientation in an APP1 segment, or 1. A damaged EXIF block never makes the image unreadable.
int exifOrientation(const ByteView &segment)
{
    if (!segment.matches(0, "Exif\0\0", 6))
        return 0;
    try {
        const int orientation = readTiffFields(segment.sub(6, segment.size() - 6)).orientation;
        return (orientation >= 1 && orientation <= 8) ? orientation : 1;
    } catch (const Error &) {
        return 1;
    }
}

void readJpeg(const ByteView &view, ImageHeaderInfo *info)
{
    info->header.format = QStringLiteral("JPEG");
    int orientation = 0; // 0: no EXIF block seen yet
    bool haveFrame = false;
    qint64 pos = 2;
    // Every iteration moves pos forward, so the loop ends at the end of the data.
    while (true) {
        if (pos >= view.size()) {
            if (!haveFrame)
                throw truncatedFile();
            break; // the size is known; decoding reports the missing scan
        }
        if (view.u8(pos) != 0xFF) {
            ++pos; // stray byte between segments: skip it, as decoders do
            continue;
        }
        while (pos < view.size() && view.u8(pos) == 0xFF)
            ++pos; // fill bytes
        if (pos >= view.size())
            continue;
        const quint8 marker = view.u8(pos);
        ++pos;
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // no length follows these
        if (marker == 0xD9) {
            if (!haveFrame)
                throw damagedHeader(ImageHeaderReader::tr("no JPEG frame header"));
            break;
        }
        if (marker == 0xDA) {
            if (!haveFrame)
                throw damagedHeader(ImageHeaderReader::tr("JPEG scan before the frame header"));
            info->jpegScanOffset = pos - 2;
            break;
        }
        if (!view.has(pos, 2)) {
            if (!haveFrame)
                throw truncatedFile();
            break;
        }
        const quint16 length = view.u16be(pos);
        if (length < 2)
            throw damagedHeader(ImageHeaderReader::tr("bad JPEG segment length"));
        const qint64 segmentStart = pos + 2;
        if (isStartOfFrame(marker) && !haveFrame) {
            const int precision = view.u8(segmentStart);
            const quint16 height = view.u16be(segmentStart + 1);
            const quint16 width = view.u16be(segmentStart + 3);
            setDimensions(info, width, height);
            info->unsupportedDetail = jpegUnsupportedDetail(marker, precision);
            info->header.decodable = info->unsupportedDetail.isEmpty();
            haveFrame = true;
        } else if (marker == 0xE1 && orientation == 0) {
            orientation = exifOrientation(view.sub(segmentStart, length - 2));
        }
        pos += length;
    }
    applyOrientation(info, orientation == 0 ? 1 : orientation);
}

// --- PNG, BMP, WebP, GIF -------------------------------------------------------------------------

void readPng(const ByteView &view, ImageHeaderInfo *info)
{
    info->header.format = QStringLiteral("PNG");
    info->header.decodable = true;
    if (!view.has(8, 18))
        throw truncatedFile();
    if (!view.matches(12, "IHDR", 4))
        throw damagedHeader(ImageHeaderReader::tr("PNG without IHDR"));
    const quint32 width = view.u32be(16);
    const quint32 height = view.u32be(20);
    setDimensions(info, width, height);
    applyOrientation(info, 1);
}

void readBmp(const ByteView &view, ImageHeaderInfo *info)
{
    info->header.format = QStringLiteral("BMP");
    info->header.decodable = true;
    const quint32 dibSize = view.u32le(14);
    qint64 width = 0;
    qint64 height = 0;
    if (dibSize == 12) { // BITMAPCOREHEADER
        width = view.u16le(18);
        height = view.u16le(20);
    } else if (dibSize == 16 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64
               || dibSize == 108 || dibSize == 124) {
        width = qint32(view.u32le(18));
        height = qint32(view.u32le(22));
        height = qAbs(height); // negative: rows stored top-down
        if (dibSize >= 40) {
            const quint32 compression = view.u32le(30);
            if (compression == 4 || compression == 5) {
                info->header.decodable = false;
                info->unsupportedDetail = compression == 4 ? ImageHeaderReader::tr("embedded JPEG")
                                                           : ImageHeaderReader::tr("embedded PNG");
            }
        }
    } else {
        throw damagedHeader(ImageHeaderReader::tr("unknown BMP header size %1").arg(dibSize));
    }
    setDimensions(info, width, height);
    applyOrientation(info, 1);
}

void readWebP(const ByteView &view, ImageHeaderInfo *info)
{
    info->header.format = QStringLiteral("WebP");
    info->header.decodable = true;
    qint64 width = 0;
    qint64 height = 0;
    if (view.matches(12, "VP8 ", 4)) {
        if (!view.has(20, 10))
            throw truncatedFile();
        if (!view.matches(23, "\x9d\x01\x2a", 3))
            throw damagedHeader(ImageHeaderReader::tr("bad VP8 start code"));
        width = view.u16le(26) & 0x3FFF;
        height = view.u16le(28) & 0x3FFF;
    } else if (view.matches(12, "VP8L", 4)) {
        if (view.u8(20) != 0x2F)
            throw damagedHeader(ImageHeaderReader::tr("bad VP8L signature"));
        const quint32 bits = view.u32le(21);
        width = (bits & 0x3FFF) + 1;
        height = ((bits >> 14) & 0x3FFF) + 1;
    } else if (view.matches(12, "VP8X", 4)) {
        const quint8 flags = view.u8(20);
        width = qint64(view.u24le(24)) + 1;
        height = qint64(view.u24le(27)) + 1;
        if (flags & 0x02) {
            info->header.decodable = false;
            info->unsupportedDetail = ImageHeaderReader::tr("animated");
        }
    } else if (view.size() < 16) {
        throw truncatedFile();
    } else {
        throw damagedHeader(ImageHeaderReader::tr("unknown WebP chunk"));
    }
    setDimensions(info, width, height);
    applyOrientation(info, 1);
}

/// Formats Atelier recognises but does not decode: sized when cheap, refused by the decoder.
bool readUndecodable(const ByteView &view, ImageHeaderInfo *info)
{
    if (view.matches(0, "GIF87a", 6) || view.matches(0, "GIF89a", 6)) {
        info->header.format = QStringLiteral("GIF");
        if (view.has(6, 4)) {
            info->storedWidth = view.u16le(6);
            info->storedHeight = view.u16le(8);
        }
    } else if (view.matches(4, "ftyp", 4) && view.has(8, 4)) {
        const qint64 boxEnd = qMin<qint64>(view.u32be(0), view.size());
        bool avif = false;
        bool heif = false;
        for (qint64 brand = 8; brand + 4 <= boxEnd; brand += 4) {
            avif = avif || view.matches(brand, "avif", 4) || view.matches(brand, "avis", 4);
            heif = heif || view.matches(brand, "heic", 4) || view.matches(brand, "heix", 4)
                || view.matches(brand, "mif1", 4) || view.matches(brand, "msf1", 4);
        }
        if (!avif && !heif)
            return false;
        info->header.format = avif ? QStringLiteral("AVIF") : QStringLiteral("HEIF");
    } else if (view.matches(0, "\0\0\0\x0CjP  \r\n\x87\n", 12) || view.matches(0, "\xFF\x4F\xFF\x51", 4)) {
        info->header.format = QStringLiteral("JPEG 2000");
    } else if (view.matches(0, "8BPS", 4)) {
        info->header.format = QStringLiteral("PSD");
        if (view.has(14, 8)) {
            info->storedHeight = int(qMin<quint32>(view.u32be(14), INT_MAX));
            info->storedWidth = int(qMin<quint32>(view.u32be(18), INT_MAX));
        }
    } else {
        return false;
    }
    info->header.decodable = false;
    info->header.width = info->storedWidth;
    info->header.height = info->storedHeight;
    return true;
}

} // namespace

ImageHeaderInfo ImageHeaderReader::read(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        throw Error::badInput(ImageHeaderReader::tr("empty file"));
    const ByteView view(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
    ImageHeaderInfo info;
    if (view.matches(0, "\xFF\xD8\xFF", 3))
        readJpeg(view, &info);
    else if (view.matches(0, "\x89PNG\r\n\x1A\n", 8))
        readPng(view, &info);
    else if (isTiffSignature(view))
        readTiff(view, &info);
    else if (view.matches(0, "BM", 2) && view.has(14, 4))
        readBmp(view, &info);
    else if (view.matches(0, "RIFF", 4) && view.matches(8, "WEBP", 4))
        readWebP(view, &info);
    else if (!readUndecodable(view, &info))
        throw Error::badInput(ImageHeaderReader::tr("not an image (unrecognised format)"));
    return info;
}

} // namespace Atelier
