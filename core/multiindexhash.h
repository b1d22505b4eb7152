#pragma once

#include <QtGlobal>

#include <array>
#include <utility>
#include <vector>

namespace Atelier {

/// Bits that differ between two hashes. (Counted by halving: without a CPU-specific build flag,
/// the compiler's popcount is a library call, slower than this.)
inline int hammingDistance(quint64 a, quint64 b)
{
    quint64 x = a ^ b;
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return int((x * 0x0101010101010101ULL) >> 56);
}

/// Finds the 64-bit codes within a Hamming radius of a query without comparing it with all of
/// them (multi-index hashing, Norouzi et al.): codes are split into four 16-bit blocks, each
/// indexed on its own. Two codes within radius r agree to within r / 4 bits on at least one
/// block, so only the buckets that close to the query's blocks are looked at. With radius 11
/// that is 4 x 137 buckets per query, however many codes there are.
class MultiIndexHash
{
public:
    struct Entry
    {
        quint64 code = 0;
        quint32 owner = 0; ///< what the code belongs to, for the caller
    };

    explicit MultiIndexHash(std::vector<Entry> entries);

    /// The largest radius searched exactly; beyond it the search would cost more than a scan.
    static constexpr int MaxRadius = 23;

    /// Calls visit(owner, distance) for every entry within `radius` (at most MaxRadius) of `code`. An entry close on
    /// several blocks is visited several times: callers de-duplicate.
    template<typename Visit>
    void search(quint64 code, int radius, Visit &&visit) const
    {
        const std::vector<quint16> &flips = flipsWithin(radius / Blocks);
        for (int block = 0; block < Blocks; ++block) {
            const quint16 key = blockOf(code, block);
            const std::vector<quint32> &offsets = m_offsets[size_t(block)];
            const std::vector<quint32> &order = m_order[size_t(block)];
            for (const quint16 flip : flips) {
                const quint16 bucket = key ^ flip;
                for (quint32 k = offsets[bucket]; k < offsets[size_t(bucket) + 1]; ++k) {
                    const Entry &entry = m_entries[order[k]];
                    const int distance = hammingDistance(entry.code, code);
                    if (distance <= radius)
                        visit(entry.owner, distance);
                }
            }
        }
    }

    size_t size() const { return m_entries.size(); }

private:
    static constexpr int Blocks = 4;
    static constexpr int BlockBits = 16;
    static constexpr int MaxBlockRadius = MaxRadius / Blocks;

    static quint16 blockOf(quint64 code, int block) { return quint16(code >> (block * BlockBits)); }
    /// Every 16-bit mask with at most `bits` bits set.
    static const std::vector<quint16> &flipsWithin(int bits);

    std::vector<Entry> m_entries;
    /// Per block: entries sorted by the block's value (as indexes into m_entries), and where each
    /// of the 65536 values starts in that order.
    std::array<std::vector<quint32>, Blocks> m_order;
    std::array<std::vector<quint32>, Blocks> m_offsets;
};

} // namespace Atelier
