#include "multiindexhash.h"

#include <algorithm>
#include <mutex>

namespace Atelier {

MultiIndexHash::MultiIndexHash(std::vector<Entry> entries)
    : m_entries(std::move(entries))
{
    constexpr size_t Buckets = size_t(1) << BlockBits;
    for (int block = 0; block < Blocks; ++block) {
        // Counting sort on the block's value.
        std::vector<quint32> &offsets = m_offsets[size_t(block)];
        offsets.assign(Buckets + 1, 0);
        for (const Entry &entry : m_entries)
            ++offsets[size_t(blockOf(entry.code, block)) + 1];
        for (size_t b = 0; b < Buckets; ++b)
            offsets[b + 1] += offsets[b];
        std::vector<quint32> next(offsets.begin(), offsets.end() - 1);
        std::vector<quint32> &order = m_order[size_t(block)];
        order.resize(m_entries.size());
        for (quint32 i = 0; i < quint32(m_entries.size()); ++i)
            order[next[blockOf(m_entries[i].code, block)]++] = i;
    }
}

const std::vector<quint16> &MultiIndexHash::flipsWithin(int bits)
{
    static std::once_flag once;
    static std::array<std::vector<quint16>, MaxBlockRadius + 1> tables;
    std::call_once(once, [] {
        for (int limit = 0; limit <= MaxBlockRadius; ++limit) {
            std::vector<quint16> &masks = tables[size_t(limit)];
            for (quint32 mask = 0; mask < (quint32(1) << BlockBits); ++mask)
                if (__builtin_popcount(mask) <= limit)
                    masks.push_back(quint16(mask));
            // Nearest buckets first; no caller relies on it, but it keeps memory access local.
            std::stable_sort(masks.begin(), masks.end(),
                             [](quint16 a, quint16 b) { return __builtin_popcount(a) < __builtin_popcount(b); });
        }
    });
    return tables[size_t(std::clamp(bits, 0, MaxBlockRadius))];
}

} // namespace Atelier
