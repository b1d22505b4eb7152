#include "jpegdcdecoder.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

// The rules followed here are ITU-T T.81 (sequential and progressive, Huffman-coded), and where a
// file bends them, libjpeg-turbo's reading of it: whatever this decoder cannot reproduce exactly,
// it declines, so that libjpeg decides.

namespace Atelier {

namespace {

using Byte = unsigned char;

/// An AC step that ends the block: end-of-block, or a zero run other than 16, read as one.
constexpr int EndOfBlock = 128;
/// libjpeg refuses MCUs of more blocks than this.
constexpr int MaxBlocksInMcu = 10;

/// A Huffman table as a DHT segment defines it.
struct HuffmanSpec
{
    bool defined = false;
    std::array<int, 17> counts{}; ///< counts[l]: how many codes have l bits
    std::array<Byte, 256> symbols{};

    bool operator==(const HuffmanSpec &other) const
    {
        return defined == other.defined && counts == other.counts && symbols == other.symbols;
    }
};

/// Bits not yet read, most significant first, and how many there are. Kept apart from the
/// ByteSource so that the decoding loops hold it in registers.
struct BitBuffer
{
    quint64 bits = 0;
    int count = 0;

    quint64 peek(int n) const { return bits >> (64 - n); }
    void skip(int n)
    {
        bits <<= n;
        count -= n;
    }
};

/// The entropy-coded bytes, fed into a BitBuffer: 0xFF 0x00 is read as 0xFF, and past a marker
/// or the end of the data come zeros, as libjpeg reads them.
class ByteSource
{
public:
    ByteSource(const Byte *data, const Byte *end) : m_next(data), m_end(end) {}

    /// Tops the buffer up to at least 56 bits.
    Q_ALWAYS_INLINE BitBuffer refill(BitBuffer buffer)
    {
        if (!m_ended && m_end - m_next >= 8) {
            quint64 word;
            std::memcpy(&word, m_next, 8);
            if (!containsFF(word)) {
                word = fromBigEndian(word);
                const int bytes = (63 - buffer.count) >> 3;
                buffer.bits |= (word >> (64 - 8 * bytes)) << (64 - buffer.count - 8 * bytes);
                buffer.count += 8 * bytes;
                m_next += bytes;
                return buffer;
            }
        }
        return refillByteByByte(buffer);
    }

    /// The next byte to read: where a marker starts once the data is used up.
    const Byte *position() const { return m_next; }

    /// True once more bits were taken than the data holds: the data was cut short.
    bool overran(const BitBuffer &buffer) const { return buffer.count < m_padding; }

    /// Steps over the restart marker the data stopped at; false unless it is RST`expected`.
    bool takeRestartMarker(int expected)
    {
        if (!m_ended || m_next == m_end)
            return false;
        const Byte *p = m_next;
        while (p < m_end && *p == 0xFF)
            ++p;
        if (p == m_end || *p != 0xD0 + expected)
            return false;
        *this = ByteSource(p + 1, m_end);
        return true;
    }

private:
    static quint64 fromBigEndian(quint64 word)
    {
#if defined(__GNUC__)
        return __builtin_bswap64(word); // Qt's own swap is an out-of-line call in this hot loop
#else
        return qFromBigEndian(word);
#endif
    }

    static bool containsFF(quint64 word)
    {
        const quint64 inverted = ~word;
        return ((inverted - 0x0101010101010101ULL) & ~inverted & 0x8080808080808080ULL) != 0;
    }

    Q_NEVER_INLINE BitBuffer refillByteByByte(BitBuffer buffer)
    {
        while (buffer.count <= 56) {
            quint64 byte = 0;
            if (!m_ended)
                byte = nextByte();
            if (m_ended)
                m_padding += 8;
            buffer.bits |= byte << (56 - buffer.count);
            buffer.count += 8;
        }
        return buffer;
    }

    /// The next data byte; sets m_ended at a marker or the end.
    quint64 nextByte()
    {
        if (m_next == m_end) {
            m_ended = true;
            return 0;
        }
        if (*m_next != 0xFF)
            return *m_next++;
        const Byte *p = m_next + 1;
        while (p < m_end && *p == 0xFF) // fill bytes, which libjpeg skips
            ++p;
        if (p < m_end && *p == 0x00) {
            m_next = p + 1;
            return 0xFF;
        }
        m_ended = true; // m_next stays on the marker
        return 0;
    }

    const Byte *m_next;
    const Byte *m_end;
    int m_padding = 0; ///< zero bits fed past the data
    bool m_ended = false;
};

/// A Huffman table's canonical code: decodes any symbol, one code length at a time.
class CanonicalCode
{
public:
    /// False where libjpeg would refuse the table.
    bool build(const HuffmanSpec &spec)
    {
        if (!spec.defined)
            return false;
        int code = 0;
        int index = 0;
        for (int length = 1; length <= 16; ++length) {
            m_offset[size_t(length)] = index - code;
            m_firstCode[size_t(length)] = code;
            m_maxCode[size_t(length)] = spec.counts[size_t(length)] > 0 ? code + spec.counts[size_t(length)] - 1 : -1;
            code += spec.counts[size_t(length)];
            index += spec.counts[size_t(length)];
            if (code >= (1 << length)) // no code may be all ones
                return false;
            code <<= 1;
        }
        m_symbols = spec.symbols;
        m_symbolCount = index;
        return true;
    }

    /// Decodes the symbol `bits` start with: (code length << 8) | symbol, or -1 for a code the
    /// table lacks.
    int decode(quint64 bits) const
    {
        for (int length = 1; length <= 16; ++length) {
            const int code = int(bits >> (64 - length));
            if (code <= m_maxCode[size_t(length)])
                return (length << 8) | m_symbols[size_t(code + m_offset[size_t(length)])];
        }
        return -1;
    }

    int symbolCount() const { return m_symbolCount; }

    /// Calls `visit(pattern, bits, symbol, extra)` for every `lookupBits`-bit pattern that starts
    /// with a whole symbol: its code, then `symbol & 15` extra bits worth `extra`, `bits` in all.
    template<typename Visit>
    void forEachWholeSymbol(int lookupBits, Visit visit) const
    {
        for (int length = 1; length <= lookupBits; ++length)
            for (int code = m_firstCode[size_t(length)]; code <= m_maxCode[size_t(length)]; ++code) {
                const int symbol = m_symbols[size_t(code + m_offset[size_t(length)])];
                const int extraBits = symbol & 15;
                if (length + extraBits > lookupBits)
                    continue;
                const int free = lookupBits - length;
                for (int suffix = 0; suffix < (1 << free); ++suffix)
                    visit((code << free) | suffix, length + extraBits, symbol, suffix >> (free - extraBits));
            }
    }

private:
    std::array<int, 17> m_firstCode{};
    std::array<int, 17> m_maxCode{};
    std::array<int, 17> m_offset{};
    std::array<Byte, 256> m_symbols{};
    int m_symbolCount = 0;
};

inline int extend(int value, int bits)
{
    return value < (1 << (bits - 1)) ? value - (1 << bits) + 1 : value;
}

/// A DC table: one look-up gives a short code's difference, extra bits included.
class DcTable
{
public:
    struct Entry
    {
        qint16 difference = 0;
        quint8 bits = 0; ///< code and extra bits; 0: decode the long way
    };

    bool build(const HuffmanSpec &spec)
    {
        if (!m_code.build(spec))
            return false;
        for (int i = 0; i < m_code.symbolCount(); ++i)
            if (spec.symbols[size_t(i)] > 15) // libjpeg refuses these as DC sizes
                return false;
        m_lookup.fill({});
        m_code.forEachWholeSymbol(DcLookupBits, [this](int pattern, int bits, int size, int extra) {
            Entry &entry = m_lookup[size_t(pattern)];
            entry.bits = quint8(bits);
            entry.difference = qint16(size == 0 ? 0 : extend(extra, size));
        });
        return true;
    }

    /// Reads a difference; false for a bad code.
    Q_ALWAYS_INLINE bool decode(BitBuffer &buffer, ByteSource &source, int *difference) const
    {
        if (buffer.count < 32)
            buffer = source.refill(buffer);
        const Entry &entry = m_lookup[size_t(buffer.peek(DcLookupBits))];
        if (entry.bits != 0) {
            buffer.skip(entry.bits);
            *difference = entry.difference;
            return true;
        }
        const int decoded = m_code.decode(buffer.bits);
        if (decoded < 0)
            return false;
        buffer.skip(decoded >> 8);
        const int bits = decoded & 0xFF;
        *difference = 0;
        if (bits > 0) {
            *difference = extend(int(buffer.peek(bits)), bits);
            buffer.skip(bits);
        }
        return true;
    }

private:
    static constexpr int DcLookupBits = 11;

    CanonicalCode m_code;
    std::array<Entry, 1 << DcLookupBits> m_lookup{};
};

/// An AC table, only ever stepped over: one look-up takes as many whole symbols (code and extra
/// bits) as fit in its bits, two on average, up to an end of block.
class AcTable
{
public:
    struct Entry
    {
        quint8 bits = 0;    ///< 0: decode the long way
        quint8 advance = 0; ///< how far the coefficient index moves; EndOfBlock or more ends the block
        quint8 guard = 0;   ///< the move before the last symbol: past the block's end, that symbol is the next block's
        quint8 unused = 0;  ///< makes an entry 4 bytes, for faster indexing
    };

    bool build(const HuffmanSpec &spec)
    {
        if (!m_code.build(spec))
            return false;
        // Single symbols first, then runs of them read through that table.
        std::array<Entry, 1 << AcLookupBits> single{};
        m_code.forEachWholeSymbol(AcLookupBits, [&single](int pattern, int bits, int symbol, int) {
            const int run = symbol >> 4;
            Entry &entry = single[size_t(pattern)];
            entry.bits = quint8(bits);
            entry.advance = quint8((symbol & 15) != 0 ? run + 1 : run == 15 ? 16 : EndOfBlock);
        });
        constexpr int Mask = (1 << AcLookupBits) - 1;
        for (int pattern = 0; pattern <= Mask; ++pattern) {
            Entry run;
            int advance = 0;
            while (run.bits < AcLookupBits && advance < 64) {
                const Entry &next = single[size_t((pattern << run.bits) & Mask)];
                if (next.bits == 0 || next.bits > AcLookupBits - run.bits)
                    break;
                run.guard = quint8(advance);
                advance += next.advance;
                run.bits = quint8(run.bits + next.bits);
            }
            run.advance = quint8(std::min(advance, 255));
            m_lookup[size_t(pattern)] = run;
        }
        return true;
    }

    /// Steps over a block's 63 AC coefficients; false for a bad code. A run past the end of the
    /// block ends it without complaint, as in libjpeg.
    Q_ALWAYS_INLINE bool skipBlock(BitBuffer &buffer, ByteSource &source) const
    {
        int index = 1;
        while (index < 64) {
            if (buffer.count < 32)
                buffer = source.refill(buffer);
            const Entry &entry = m_lookup[size_t(buffer.peek(AcLookupBits))];
            if (entry.bits != 0 && index + entry.guard < 64) {
                buffer.skip(entry.bits);
                index += entry.advance;
                continue;
            }
            const int decoded = m_code.decode(buffer.bits);
            if (decoded < 0)
                return false;
            buffer.skip(decoded >> 8);
            const int run = (decoded >> 4) & 15;
            const int bits = decoded & 15;
            if (bits != 0) {
                buffer.skip(bits);
                index += run + 1;
            } else {
                index += run == 15 ? 16 : EndOfBlock;
            }
        }
        return true;
    }

private:
    static constexpr int AcLookupBits = 13;

    CanonicalCode m_code;
    std::array<Entry, 1 << AcLookupBits> m_lookup{};
};

/// Tables built for earlier files, which a collection's files usually share: building an AC
/// table costs as much as decoding a few hundred thousand pixels.
template<typename Table>
class TableCache
{
public:
    /// The table for `spec`, or null where libjpeg would refuse it. The least recently used table
    /// makes room: never one the current scan took, since a scan takes at most three of the four.
    const Table *table(const HuffmanSpec &spec)
    {
        ++m_clock;
        for (Slot &slot : m_slots)
            if (slot.table && slot.spec == spec) {
                slot.lastUse = m_clock;
                return slot.table.get();
            }
        Slot &slot = *std::min_element(m_slots.begin(), m_slots.end(),
                                       [](const Slot &a, const Slot &b) { return a.lastUse < b.lastUse; });
        if (!slot.table)
            slot.table = std::make_unique<Table>();
        slot.lastUse = m_clock;
        if (!slot.table->build(spec)) {
            slot.table.reset();
            return nullptr;
        }
        slot.spec = spec;
        return slot.table.get();
    }

private:
    struct Slot
    {
        HuffmanSpec spec;
        std::unique_ptr<Table> table;
        quint64 lastUse = 0;
    };
    std::array<Slot, 4> m_slots;
    quint64 m_clock = 0;
};

thread_local TableCache<DcTable> dcTables;
thread_local TableCache<AcTable> acTables;

/// libjpeg's 1x1 inverse DCT: the DC term dequantised (in 16-bit arithmetic, as libjpeg keeps its
/// tables), divided by 8 and level-shifted, through its range-limit table.
inline Byte dcPixel(int coefficient, int quantiser)
{
    const int value = ((int(qint16(coefficient)) * int(qint16(quantiser)) + 4) >> 3) & 1023;
    if (value < 128)
        return Byte(value + 128);
    if (value < 512)
        return 255;
    if (value < 896)
        return 0;
    return Byte(value - 896);
}

struct FrameComponent
{
    int id = 0;
    int horizontal = 1;
    int vertical = 1;
    int quantTable = 0;
};

/// One block of an MCU, in the order the data holds them.
struct BlockSlot
{
    int component = 0; ///< index in the frame; 0 is the luma
    const DcTable *dc = nullptr;
    const AcTable *ac = nullptr;
    int column = 0;    ///< position in the MCU, in blocks
    int row = 0;
};

/// Where a scan's blocks lie: an MCU's blocks in data order, and the grid of MCUs. A scan of one
/// component has one block an MCU.
struct ScanLayout
{
    std::vector<BlockSlot> blocks;
    int mcuWidth = 1; ///< in luma blocks
    int mcuHeight = 1;
    int mcuColumns = 0;
    int mcuRows = 0;
};

/// What an SOS segment says.
struct ScanHeader
{
    std::vector<int> components; ///< frame indexes
    std::vector<int> dcTables;
    std::vector<int> acTables;
    int spectralStart = 0;
    int spectralEnd = 63;
    int bitHigh = 0; ///< Ah: 0 for a first scan, else the bit position the last scan left
    int bitLow = 0;  ///< Al: the point transform

    bool includesLuma() const { return std::find(components.begin(), components.end(), 0) != components.end(); }
};

/// The decoder's state from SOI to the end: frame, tables, and for a progressive file the luma's
/// DC terms and how far each coefficient has been refined.
class Decoder
{
public:
    explicit Decoder(const QByteArray &bytes)
        : m_data(reinterpret_cast<const Byte *>(bytes.constData()))
        , m_size(bytes.size())
    {
    }

    GrayImage decode()
    {
        if (m_size < 4 || m_data[0] != 0xFF || m_data[1] != 0xD8)
            return {};
        qint64 pos = 2;
        for (;;) {
            if (pos >= m_size || m_data[pos] != 0xFF)
                return {};
            while (pos < m_size && m_data[pos] == 0xFF)
                ++pos;
            if (pos >= m_size)
                return {};
            const int marker = m_data[pos++];
            if (marker == 0xD9) // the end of the image
                return m_progressive ? progressiveImage() : m_baselineImage;
            if (pos + 2 > m_size)
                return {};
            const int length = qFromBigEndian<quint16>(m_data + pos);
            if (length < 2 || pos + length > m_size)
                return {};
            const Byte *segment = m_data + pos + 2;
            const int segmentSize = length - 2;
            pos += length;
            bool understood = true;
            switch (marker) {
            case 0xC0: // baseline
            case 0xC1: // extended sequential, Huffman-coded
            case 0xC2: // progressive, Huffman-coded
                m_progressive = marker == 0xC2;
                understood = readFrame(segment, segmentSize);
                break;
            case 0xC4:
                understood = readHuffmanTables(segment, segmentSize);
                break;
            case 0xDB:
                understood = readQuantTables(segment, segmentSize);
                break;
            case 0xDD:
                understood = segmentSize == 2;
                m_restartInterval = qFromBigEndian<quint16>(segment);
                break;
            case 0xE0:
                if (segmentSize >= 14 && std::memcmp(segment, "JFIF", 5) == 0)
                    m_sawJfif = true;
                break;
            case 0xEE:
                if (segmentSize >= 12 && std::memcmp(segment, "Adobe", 5) == 0) {
                    m_sawAdobe = true;
                    m_adobeTransform = segment[11];
                }
                break;
            case 0xDA: {
                ScanHeader scan;
                if (!readScanHeader(segment, segmentSize, &scan))
                    return {};
                understood = m_progressive ? readProgressiveScan(scan, &pos) : readBaselineScan(scan, &pos);
                break;
            }
            default:
                // Segments libjpeg steps over: application data, comments, DNL. It refuses
                // other markers, and decodes other frame kinds (arithmetic-coded) itself.
                understood = (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE || marker == 0xDC;
                break;
            }
            if (!understood)
                return {};
        }
    }

private:
    bool readFrame(const Byte *segment, int size)
    {
        if (!m_components.empty() || size < 6 || segment[0] != 8)
            return false;
        m_height = qFromBigEndian<quint16>(segment + 1);
        m_width = qFromBigEndian<quint16>(segment + 3);
        const int count = segment[5];
        if (m_height == 0 || m_width == 0 || (count != 1 && count != 3) || size != 6 + 3 * count)
            return false;
        for (int i = 0; i < count; ++i) {
            const Byte *c = segment + 6 + 3 * i;
            FrameComponent component{c[0], c[1] >> 4, c[1] & 15, c[2]};
            if (component.horizontal < 1 || component.horizontal > 4 || component.vertical < 1
                || component.vertical > 4 || component.quantTable > 3)
                return false;
            m_components.push_back(component);
        }
        m_maxHorizontal = 1;
        m_maxVertical = 1;
        for (const FrameComponent &component : m_components) {
            m_maxHorizontal = std::max(m_maxHorizontal, component.horizontal);
            m_maxVertical = std::max(m_maxVertical, component.vertical);
        }
        // The output holds the luma's blocks as they are: a luma sampled below the other
        // components would need libjpeg's upsampling.
        if (m_components[0].horizontal != m_maxHorizontal || m_components[0].vertical != m_maxVertical)
            return false;
        m_blockColumns = (m_width + 7) / 8; // libjpeg's output size at 1/8 scale
        m_blockRows = (m_height + 7) / 8;
        for (size_t i = 0; i < m_components.size(); ++i)
            for (size_t j = i + 1; j < m_components.size(); ++j)
                if (m_components[i].id == m_components[j].id) // scans name components by id
                    return false;
        return true;
    }

    /// True where libjpeg gives component 0 as the gray image.
    bool lumaIsFirstComponent() const
    {
        if (m_components.size() == 1 || m_sawJfif)
            return true;
        if (m_sawAdobe)
            return m_adobeTransform != 0;
        return !(m_components[0].id == 'R' && m_components[1].id == 'G' && m_components[2].id == 'B');
    }

    bool readHuffmanTables(const Byte *segment, int size)
    {
        int at = 0;
        while (at < size) {
            if (size - at < 17)
                return false;
            const int classAndIndex = segment[at];
            if ((classAndIndex & 0xEC) != 0) // class 0 or 1, index 0..3
                return false;
            HuffmanSpec &spec = (classAndIndex >> 4) ? m_acSpecs[classAndIndex & 3] : m_dcSpecs[classAndIndex & 3];
            spec = {};
            int total = 0;
            for (int length = 1; length <= 16; ++length) {
                spec.counts[size_t(length)] = segment[at + length];
                total += segment[at + length];
            }
            at += 17;
            if (total > 256 || size - at < total)
                return false;
            std::memcpy(spec.symbols.data(), segment + at, size_t(total));
            spec.defined = true;
            at += total;
        }
        return true;
    }

    bool readQuantTables(const Byte *segment, int size)
    {
        int at = 0;
        while (at < size) {
            const int precisionAndIndex = segment[at++];
            const int index = precisionAndIndex & 15;
            const bool wide = (precisionAndIndex >> 4) != 0;
            if (index > 3 || size - at < (wide ? 128 : 64))
                return false;
            // Only the DC quantiser counts at 1/8 scale; it comes first in either order.
            m_dcQuantisers[size_t(index)] = wide ? qFromBigEndian<quint16>(segment + at) : segment[at];
            at += wide ? 128 : 64;
        }
        return true;
    }

    bool readScanHeader(const Byte *segment, int size, ScanHeader *scan)
    {
        if (m_components.empty() || size < 1 || !lumaIsFirstComponent())
            return false;
        const int count = segment[0];
        if (count < 1 || count > int(m_components.size()) || size != 4 + 2 * count)
            return false;
        for (int i = 0; i < count; ++i) {
            const Byte *selector = segment + 1 + 2 * i;
            int component = -1;
            for (size_t c = 0; c < m_components.size(); ++c)
                if (m_components[c].id == selector[0])
                    component = int(c);
            const int dcTable = selector[1] >> 4;
            const int acTable = selector[1] & 15;
            if (component < 0 || dcTable > 3 || acTable > 3
                || std::find(scan->components.begin(), scan->components.end(), component) != scan->components.end())
                return false;
            scan->components.push_back(component);
            scan->dcTables.push_back(dcTable);
            scan->acTables.push_back(acTable);
        }
        const Byte *spectral = segment + 1 + 2 * count;
        scan->spectralStart = spectral[0];
        scan->spectralEnd = spectral[1];
        scan->bitHigh = spectral[2] >> 4;
        scan->bitLow = spectral[2] & 15;
        // libjpeg takes each component's table as it stands at the component's first scan, and
        // refuses a scan whose tables are missing.
        for (int component : scan->components)
            if (m_dcQuantisers[size_t(m_components[size_t(component)].quantTable)] < 0)
                return false;
        if (scan->includesLuma() && m_lumaQuantiser < 0)
            m_lumaQuantiser = m_dcQuantisers[size_t(m_components[0].quantTable)];
        return true;
    }

    /// The scan's MCU layout, with the tables its blocks use (`withAcTables`: false leaves those out).
    bool layOut(const ScanHeader &scan, bool withAcTables, ScanLayout *layout)
    {
        const bool interleaved = scan.components.size() > 1;
        for (size_t i = 0; i < scan.components.size(); ++i) {
            const DcTable *dc = dcTables.table(m_dcSpecs[size_t(scan.dcTables[i])]);
            const AcTable *ac = withAcTables ? acTables.table(m_acSpecs[size_t(scan.acTables[i])]) : nullptr;
            if (!dc || (withAcTables && !ac))
                return false;
            const FrameComponent &frame = m_components[size_t(scan.components[i])];
            const int columns = interleaved ? frame.horizontal : 1;
            const int rows = interleaved ? frame.vertical : 1;
            for (int row = 0; row < rows; ++row)
                for (int column = 0; column < columns; ++column)
                    layout->blocks.push_back({scan.components[i], dc, ac, column, row});
        }
        if (int(layout->blocks.size()) > MaxBlocksInMcu)
            return false;
        layout->mcuWidth = interleaved ? m_maxHorizontal : 1;
        layout->mcuHeight = interleaved ? m_maxVertical : 1;
        layout->mcuColumns = (m_blockColumns + layout->mcuWidth - 1) / layout->mcuWidth;
        layout->mcuRows = (m_blockRows + layout->mcuHeight - 1) / layout->mcuHeight;
        return true;
    }

    /// Reads a scan's MCUs in order, restart markers included: `readBlock(slot, index, buffer,
    /// prediction)` reads one block, where `index` is a luma block's place in the output, or -1.
    /// False where the data breaks off or breaks the rules.
    template<typename ReadBlock>
    bool readMcus(const ScanLayout &layout, ByteSource &source, ReadBlock readBlock) const
    {
        BitBuffer buffer;
        std::array<qint64, 4> predictions{};
        int untilRestart = m_restartInterval;
        int restarts = 0;
        for (int mcuRow = 0; mcuRow < layout.mcuRows; ++mcuRow) {
            for (int mcuColumn = 0; mcuColumn < layout.mcuColumns; ++mcuColumn) {
                if (m_restartInterval > 0) {
                    if (untilRestart == 0) {
                        if (source.overran(buffer) || !source.takeRestartMarker(restarts & 7))
                            return false;
                        ++restarts;
                        buffer = {};
                        predictions = {};
                        untilRestart = m_restartInterval;
                    }
                    --untilRestart;
                }
                for (const BlockSlot &slot : layout.blocks) {
                    const int x = mcuColumn * layout.mcuWidth + slot.column;
                    const int y = mcuRow * layout.mcuHeight + slot.row;
                    const qsizetype index = slot.component == 0 && x < m_blockColumns && y < m_blockRows
                        ? qsizetype(y) * m_blockColumns + x : -1;
                    if (!readBlock(slot, index, buffer, predictions[size_t(slot.component)]))
                        return false;
                }
            }
            if (source.overran(buffer)) // stop early on a file that ends long before its pixels
                return false;
        }
        return !source.overran(buffer);
    }

    /// Adds a DC difference to the prediction; false where libjpeg would stop (int overflow).
    static Q_ALWAYS_INLINE bool predict(const BlockSlot &slot, BitBuffer &buffer, ByteSource &source, qint64 &prediction)
    {
        int difference;
        if (!slot.dc->decode(buffer, source, &difference))
            return false;
        prediction += difference;
        return prediction <= INT_MAX && prediction >= INT_MIN;
    }

    /// A sequential file has one scan, of every component: the image is read there. libjpeg
    /// goes on to the end of the image, and refuses a second scan or a marker it does not know,
    /// so those are still looked at. `pos` moves past the data.
    bool readBaselineScan(const ScanHeader &scan, qint64 *pos)
    {
        ScanLayout layout;
        if (!m_baselineImage.isNull() || scan.components.size() != m_components.size() || scan.spectralStart != 0
            || scan.spectralEnd != 63 || scan.bitHigh != 0 || scan.bitLow != 0 || !layOut(scan, true, &layout))
            return false;
        GrayImage image = blankImage();
        Byte *pixels = reinterpret_cast<Byte *>(image.pixels.data());
        const int quantiser = m_lumaQuantiser;
        ByteSource source(m_data + *pos, m_data + m_size);
        const bool read = readMcus(layout, source, [&](const BlockSlot &slot, qsizetype index, BitBuffer &buffer, qint64 &prediction) {
            if (!predict(slot, buffer, source, prediction))
                return false;
            if (index >= 0)
                pixels[index] = dcPixel(int(prediction), quantiser);
            return slot.ac->skipBlock(buffer, source);
        });
        if (!read)
            return false;
        m_baselineImage = image;
        *pos = nextMarker(source.position());
        return true;
    }

    /// A progressive file's scans: the DC ones that include the luma are read, the others only
    /// stepped over (their coefficients do not reach a 1/8-scale image). `pos` moves past the data.
    bool readProgressiveScan(const ScanHeader &scan, qint64 *pos)
    {
        const bool dc = scan.spectralStart == 0;
        const bool refining = scan.bitHigh != 0;
        // libjpeg's own checks (it refuses such scans), then the order of refinements, which
        // libjpeg only warns about: declined here.
        if ((dc && scan.spectralEnd != 0) || (!dc && (scan.spectralEnd < scan.spectralStart || scan.spectralEnd > 63 || scan.components.size() != 1))
            || (refining && scan.bitLow != scan.bitHigh - 1) || scan.bitLow > 10)
            return false;
        for (int component : scan.components) {
            std::array<int, 64> &bits = m_coefficientBits[size_t(component)];
            if (!dc && bits[0] < 0)
                return false;
            for (int k = scan.spectralStart; k <= scan.spectralEnd; ++k) {
                if (bits[size_t(k)] != (refining ? scan.bitHigh : -1))
                    return false;
                bits[size_t(k)] = scan.bitLow;
            }
        }
        const Byte *data = m_data + *pos;
        if (!dc || !scan.includesLuma()) {
            // libjpeg refuses a scan without its tables, even one that cannot change the image.
            for (size_t i = 0; i < scan.components.size(); ++i)
                if (!(dc ? refining || CanonicalCode().build(m_dcSpecs[size_t(scan.dcTables[i])])
                         : CanonicalCode().build(m_acSpecs[size_t(scan.acTables[i])])))
                    return false;
            *pos = nextMarker(data);
            return true;
        }
        ScanLayout layout;
        if (!layOut(scan, false, &layout))
            return false;
        if (m_lumaDc.empty())
            m_lumaDc.assign(size_t(m_blockColumns) * size_t(m_blockRows), 0);
        ByteSource source(data, m_data + m_size);
        const int shift = scan.bitLow;
        bool read;
        if (!refining) {
            read = readMcus(layout, source, [&](const BlockSlot &slot, qsizetype index, BitBuffer &buffer, qint64 &prediction) {
                if (!predict(slot, buffer, source, prediction))
                    return false;
                if (index >= 0) // libjpeg keeps the coefficient in 16 bits
                    m_lumaDc[size_t(index)] = qint16(quint16(quint32(qint32(prediction)) << shift));
                return true;
            });
        } else {
            read = readMcus(layout, source, [&](const BlockSlot &, qsizetype index, BitBuffer &buffer, qint64 &) {
                if (buffer.count < 32)
                    buffer = source.refill(buffer);
                const bool set = buffer.peek(1) != 0;
                buffer.skip(1);
                if (set && index >= 0)
                    m_lumaDc[size_t(index)] = qint16(m_lumaDc[size_t(index)] | (1 << shift));
                return true;
            });
        }
        if (!read)
            return false;
        *pos = nextMarker(source.position());
        return true;
    }

    /// The luma, once every scan is read. Only files that hold every coefficient to full precision
    /// are taken: otherwise libjpeg smooths the blocks, which this does not reproduce.
    GrayImage progressiveImage() const
    {
        if (m_lumaDc.empty())
            return {};
        for (size_t c = 0; c < m_components.size(); ++c)
            for (int bits : m_coefficientBits[c])
                if (bits != 0)
                    return {};
        GrayImage image = blankImage();
        Byte *pixels = reinterpret_cast<Byte *>(image.pixels.data());
        for (size_t i = 0; i < m_lumaDc.size(); ++i)
            pixels[i] = dcPixel(m_lumaDc[i], m_lumaQuantiser);
        return image;
    }

    GrayImage blankImage() const
    {
        GrayImage image;
        image.width = m_blockColumns;
        image.height = m_blockRows;
        image.pixels = QByteArray(qsizetype(m_blockColumns) * m_blockRows, Qt::Uninitialized);
        return image;
    }

    /// Where the next marker starts, at or after `from`: past stuffed bytes and restart markers.
    qint64 nextMarker(const Byte *from) const
    {
        const Byte *end = m_data + m_size;
        const Byte *p = from;
        for (;;) {
            p = static_cast<const Byte *>(std::memchr(p, 0xFF, size_t(end - p)));
            if (!p)
                return m_size;
            const Byte *next = p + 1;
            while (next < end && *next == 0xFF)
                ++next;
            if (next == end)
                return m_size;
            if (*next != 0x00 && !(*next >= 0xD0 && *next <= 0xD7))
                return p - m_data;
            p = next + 1;
        }
    }

    static std::array<std::array<int, 64>, 3> unseenCoefficients()
    {
        std::array<std::array<int, 64>, 3> bits;
        for (std::array<int, 64> &component : bits)
            component.fill(-1);
        return bits;
    }

    const Byte *m_data;
    qint64 m_size;
    bool m_progressive = false;
    std::vector<FrameComponent> m_components;
    int m_width = 0;
    int m_height = 0;
    int m_maxHorizontal = 1;
    int m_maxVertical = 1;
    int m_blockColumns = 0;
    int m_blockRows = 0;
    int m_restartInterval = 0;
    bool m_sawJfif = false;
    bool m_sawAdobe = false;
    int m_adobeTransform = 0;
    std::array<HuffmanSpec, 4> m_dcSpecs;
    std::array<HuffmanSpec, 4> m_acSpecs;
    std::array<int, 4> m_dcQuantisers{-1, -1, -1, -1};
    int m_lumaQuantiser = -1;
    /// Progressive files: each component's coefficients' precision so far (libjpeg's coef_bits;
    /// -1: not yet seen), and the luma's DC terms.
    std::array<std::array<int, 64>, 3> m_coefficientBits = unseenCoefficients();
    std::vector<qint16> m_lumaDc;
    GrayImage m_baselineImage;
};

} // namespace

GrayImage JpegDcDecoder::decodeLuma(const QByteArray &bytes)
{
    return Decoder(bytes).decode();
}

} // namespace Atelier
