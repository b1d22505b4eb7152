#include "jpegdcdecoder.h"

#include "jpegentropy_p.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

// The rules followed here are ITU-T T.81 (sequential and progressive, Huffman-coded), and where a
// file bends them, libjpeg-turbo's reading of it: whatever this decoder cannot reproduce exactly,
// it declines, so that libjpeg decides.

namespace Atelier {

namespace {

using namespace JpegEntropy;

/// libjpeg refuses MCUs of more blocks than this.
constexpr int MaxBlocksInMcu = 10;

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
    int column = 0;    ///< position in the MCU, in the component's blocks
    int row = 0;
    int columnsPerMcu = 1; ///< the component's blocks across and down one MCU
    int rowsPerMcu = 1;
    bool kept = false; ///< its DC terms are wanted
};

/// Where a scan's blocks lie: an MCU's blocks in data order, and the grid of MCUs. A scan of one
/// component has one block an MCU.
struct ScanLayout
{
    std::vector<BlockSlot> blocks;
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

/// What a decode gives: each kept component's DC terms as pixels, on the component's own grid
/// of blocks, and its sampling relative to the luma.
struct DcPlanes
{
    std::vector<GrayImage> planes; ///< the luma first; empty: declined
    std::vector<int> columnsPerSample; ///< luma blocks across one sample of the plane
    std::vector<int> rowsPerSample;
};

/// The decoder's state from SOI to the end: frame, tables, and for a progressive file the kept
/// components' DC terms and how far each coefficient has been refined.
class Decoder
{
public:
    /// `colour`: keep every component's DC terms, not the luma's alone.
    Decoder(const QByteArray &bytes, bool colour)
        : m_data(reinterpret_cast<const Byte *>(bytes.constData()))
        , m_size(bytes.size())
        , m_colour(colour)
    {
    }

    DcPlanes decode()
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
                return m_progressive ? progressivePlanes() : m_baselinePlanes;
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
        for (const FrameComponent &component : m_components) {
            // libjpeg's width_in_blocks and height_in_blocks
            m_componentColumns.push_back(int((qint64(m_width) * component.horizontal + 8 * m_maxHorizontal - 1) / (8 * m_maxHorizontal)));
            m_componentRows.push_back(int((qint64(m_height) * component.vertical + 8 * m_maxVertical - 1) / (8 * m_maxVertical)));
            m_quantisers.push_back(-1);
            // Colour planes are brought to the luma's grid by whole factors only.
            if (m_colour && (m_maxHorizontal % component.horizontal != 0 || m_maxVertical % component.vertical != 0))
                return false;
        }
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
        for (int component : scan->components)
            if (m_quantisers[size_t(component)] < 0)
                m_quantisers[size_t(component)] = m_dcQuantisers[size_t(m_components[size_t(component)].quantTable)];
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
            const int component = scan.components[i];
            const FrameComponent &frame = m_components[size_t(component)];
            const int columns = interleaved ? frame.horizontal : 1;
            const int rows = interleaved ? frame.vertical : 1;
            for (int row = 0; row < rows; ++row)
                for (int column = 0; column < columns; ++column)
                    layout->blocks.push_back({component, dc, ac, column, row, columns, rows, isKept(component)});
        }
        if (int(layout->blocks.size()) > MaxBlocksInMcu)
            return false;
        if (interleaved) {
            layout->mcuColumns = (m_blockColumns + m_maxHorizontal - 1) / m_maxHorizontal;
            layout->mcuRows = (m_blockRows + m_maxVertical - 1) / m_maxVertical;
        } else {
            layout->mcuColumns = m_componentColumns[size_t(scan.components[0])];
            layout->mcuRows = m_componentRows[size_t(scan.components[0])];
        }
        return true;
    }

    /// Reads a scan's MCUs in order, restart markers included: `readBlock(slot, index, buffer,
    /// prediction)` reads one block, where `index` is a kept block's place in its component's
    /// plane, or -1.
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
                    const int x = mcuColumn * slot.columnsPerMcu + slot.column;
                    const int y = mcuRow * slot.rowsPerMcu + slot.row;
                    const int columns = m_componentColumns[size_t(slot.component)];
                    const qsizetype index = slot.kept && x < columns && y < m_componentRows[size_t(slot.component)]
                        ? qsizetype(y) * columns + x : -1;
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
        if (!m_baselinePlanes.planes.empty() || scan.components.size() != m_components.size() || scan.spectralStart != 0
            || scan.spectralEnd != 63 || scan.bitHigh != 0 || scan.bitLow != 0 || !layOut(scan, true, &layout))
            return false;
        DcPlanes planes = blankPlanes();
        std::array<Byte *, 3> pixels{};
        for (size_t c = 0; c < planes.planes.size(); ++c)
            pixels[c] = reinterpret_cast<Byte *>(planes.planes[c].pixels.data());
        ByteSource source(m_data + *pos, m_data + m_size);
        const bool read = readMcus(layout, source, [&](const BlockSlot &slot, qsizetype index, BitBuffer &buffer, qint64 &prediction) {
            if (!predict(slot, buffer, source, prediction))
                return false;
            if (index >= 0)
                pixels[size_t(slot.component)][index] = dcPixel(int(prediction), m_quantisers[size_t(slot.component)]);
            return slot.ac->skipBlock(buffer, source);
        });
        if (!read)
            return false;
        m_baselinePlanes = std::move(planes);
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
        const bool keepsAny = std::any_of(scan.components.begin(), scan.components.end(), [this](int c) { return isKept(c); });
        if (!dc || !keepsAny) {
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
        for (int component : scan.components)
            if (isKept(component) && m_dc[size_t(component)].empty())
                m_dc[size_t(component)].assign(size_t(m_componentColumns[size_t(component)]) * size_t(m_componentRows[size_t(component)]), 0);
        ByteSource source(data, m_data + m_size);
        const int shift = scan.bitLow;
        bool read;
        if (!refining) {
            read = readMcus(layout, source, [&](const BlockSlot &slot, qsizetype index, BitBuffer &buffer, qint64 &prediction) {
                if (!predict(slot, buffer, source, prediction))
                    return false;
                if (index >= 0) // libjpeg keeps the coefficient in 16 bits
                    m_dc[size_t(slot.component)][size_t(index)] = qint16(quint16(quint32(qint32(prediction)) << shift));
                return true;
            });
        } else {
            read = readMcus(layout, source, [&](const BlockSlot &slot, qsizetype index, BitBuffer &buffer, qint64 &) {
                if (buffer.count < 32)
                    buffer = source.refill(buffer);
                const bool set = buffer.peek(1) != 0;
                buffer.skip(1);
                if (set && index >= 0) {
                    qint16 &coefficient = m_dc[size_t(slot.component)][size_t(index)];
                    coefficient = qint16(coefficient | (1 << shift));
                }
                return true;
            });
        }
        if (!read)
            return false;
        *pos = nextMarker(source.position());
        return true;
    }

    /// The kept planes, once every scan is read. Only files that hold every coefficient to full
    /// precision are taken: otherwise libjpeg smooths the blocks, which this does not reproduce.
    DcPlanes progressivePlanes() const
    {
        for (size_t c = 0; c < m_components.size(); ++c) {
            if (isKept(int(c)) && m_dc[c].empty())
                return {};
            for (int bits : m_coefficientBits[c])
                if (bits != 0)
                    return {};
        }
        DcPlanes planes = blankPlanes();
        for (size_t c = 0; c < planes.planes.size(); ++c) {
            Byte *pixels = reinterpret_cast<Byte *>(planes.planes[c].pixels.data());
            for (size_t i = 0; i < m_dc[c].size(); ++i)
                pixels[i] = dcPixel(m_dc[c][i], m_quantisers[c]);
        }
        return planes;
    }

    bool isKept(int component) const { return component == 0 || m_colour; }

    DcPlanes blankPlanes() const
    {
        DcPlanes planes;
        for (size_t c = 0; c < m_components.size(); ++c) {
            if (!isKept(int(c)))
                continue;
            GrayImage plane;
            plane.width = m_componentColumns[c];
            plane.height = m_componentRows[c];
            plane.pixels = QByteArray(qsizetype(plane.width) * plane.height, Qt::Uninitialized);
            planes.planes.push_back(plane);
            planes.columnsPerSample.push_back(m_maxHorizontal / m_components[c].horizontal);
            planes.rowsPerSample.push_back(m_maxVertical / m_components[c].vertical);
        }
        return planes;
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
    bool m_colour = false;
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
    std::vector<int> m_quantisers;       ///< each component's DC quantiser, as its first scan found it
    std::vector<int> m_componentColumns; ///< each component's blocks across and down
    std::vector<int> m_componentRows;
    /// Progressive files: each component's coefficients' precision so far (libjpeg's coef_bits;
    /// -1: not yet seen), and the luma's DC terms.
    std::array<std::array<int, 64>, 3> m_coefficientBits = unseenCoefficients();
    std::array<std::vector<qint16>, 3> m_dc; ///< the kept components' DC terms
    DcPlanes m_baselinePlanes;
};

} // namespace

namespace {

/// Where each position of a line `size` long samples a plane line `factor` times coarser: the two
/// nearest samples and the second one's weight, sample centres aligned (for a factor of 2 these
/// are libjpeg's "fancy upsampling" weights, 3/4 and 1/4).
struct Tap
{
    int first = 0;
    int second = 0;
    float weight = 0;
};

std::vector<Tap> taps(int size, int planeSize, int factor)
{
    std::vector<Tap> result(static_cast<size_t>(size));
    for (int i = 0; i < size; ++i) {
        const float at = std::max(0.0f, (float(i) + 0.5f) / float(factor) - 0.5f);
        Tap &tap = result[size_t(i)];
        tap.first = std::min(int(at), planeSize - 1);
        tap.second = std::min(tap.first + 1, planeSize - 1);
        tap.weight = at - float(int(at));
    }
    return result;
}

/// A chroma plane brought to the luma's grid, bilinearly.
std::vector<float> upsampled(const GrayImage &plane, int columnsPerSample, int rowsPerSample, int width, int height)
{
    const std::vector<Tap> across = taps(width, plane.width, columnsPerSample);
    const std::vector<Tap> down = taps(height, plane.height, rowsPerSample);
    const auto *samples = reinterpret_cast<const Byte *>(plane.pixels.constData());
    std::vector<float> result(size_t(width) * size_t(height));
    for (int y = 0; y < height; ++y) {
        const Tap &row = down[size_t(y)];
        const Byte *upper = samples + qsizetype(row.first) * plane.width;
        const Byte *lower = samples + qsizetype(row.second) * plane.width;
        for (int x = 0; x < width; ++x) {
            const Tap &column = across[size_t(x)];
            const float top = upper[column.first] + column.weight * float(upper[column.second] - upper[column.first]);
            const float bottom = lower[column.first] + column.weight * float(lower[column.second] - lower[column.first]);
            result[size_t(y) * size_t(width) + size_t(x)] = top + row.weight * (bottom - top);
        }
    }
    return result;
}

inline Byte clampedLevel(float value)
{
    return Byte(std::clamp(int(std::floor(value + 0.5f)), 0, 255));
}

} // namespace

GrayImage JpegDcDecoder::decodeLuma(const QByteArray &bytes)
{
    const DcPlanes decoded = Decoder(bytes, false).decode();
    return decoded.planes.empty() ? GrayImage() : decoded.planes.front();
}

RgbImage JpegDcDecoder::decodeColour(const QByteArray &bytes)
{
    const DcPlanes decoded = Decoder(bytes, true).decode();
    if (decoded.planes.empty())
        return {};
    const GrayImage &luma = decoded.planes.front();
    RgbImage image;
    image.width = luma.width;
    image.height = luma.height;
    image.pixels = QByteArray(qsizetype(luma.width) * luma.height * 3, Qt::Uninitialized);
    auto *rgb = reinterpret_cast<Byte *>(image.pixels.data());
    const auto *levels = reinterpret_cast<const Byte *>(luma.pixels.constData());
    const size_t count = size_t(luma.width) * size_t(luma.height);
    if (decoded.planes.size() == 1) {
        for (size_t i = 0; i < count; ++i)
            rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = levels[i];
        return image;
    }
    const std::vector<float> blue = upsampled(decoded.planes[1], decoded.columnsPerSample[1], decoded.rowsPerSample[1], luma.width, luma.height);
    const std::vector<float> red = upsampled(decoded.planes[2], decoded.columnsPerSample[2], decoded.rowsPerSample[2], luma.width, luma.height);
    for (size_t i = 0; i < count; ++i) { // JFIF's YCbCr
        const float y = levels[i];
        const float cb = blue[i] - 128.0f;
        const float cr = red[i] - 128.0f;
        rgb[3 * i] = clampedLevel(y + 1.402f * cr);
        rgb[3 * i + 1] = clampedLevel(y - 0.344136f * cb - 0.714136f * cr);
        rgb[3 * i + 2] = clampedLevel(y + 1.772f * cb);
    }
    return image;
}

} // namespace Atelier
