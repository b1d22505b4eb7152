#pragma once

// The entropy-coded side of JpegDcDecoder: reading the bits, and Huffman tables built for
// stepping over AC codes rather than decoding them. Private to core; everything is inline, so
// that the decoding loops compile into one function.

#include <QtEndian>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstring>

namespace Atelier::JpegEntropy {

using Byte = unsigned char;

/// An AC step that ends the block: end-of-block, or a zero run other than 16, read as one.
constexpr int EndOfBlock = 128;

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

} // namespace Atelier::JpegEntropy
