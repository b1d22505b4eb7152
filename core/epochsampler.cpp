#include "epochsampler.h"

#include "seededrandom.h"

#include <numeric>

namespace Atelier {

namespace {

// Keys that keep the sampler's random streams apart from the augmentations'.
constexpr quint64 ShuffleStream = 0x5348554646ULL;  // "SHUFF"
constexpr quint64 BalanceStream = 0x42414c414eULL;  // "BALAN"

} // namespace

EpochSampler::EpochSampler(const QList<int> &labels, int classCount, ClassBalance balance, quint64 seed)
    : m_labels(labels.cbegin(), labels.cend())
    , m_counts(size_t(std::max(classCount, 0)), 0)
    , m_members(size_t(std::max(classCount, 0)))
    , m_balance(balance)
    , m_seed(seed)
{
    for (int i = 0; i < int(m_labels.size()); ++i) {
        const int label = m_labels[size_t(i)];
        if (label >= 0 && label < classCount) {
            ++m_counts[size_t(label)];
            m_members[size_t(label)].push_back(i);
        }
    }
}

std::vector<int> EpochSampler::order(int epoch) const
{
    const int n = int(m_labels.size());
    std::vector<int> result;
    if (m_balance == ClassBalance::Sampler) {
        // Draw a class uniformly among the non-empty ones, then an image of it: every class gets
        // the same expected share, rare images are seen several times, frequent ones less often.
        std::vector<int> present;
        for (int c = 0; c < int(m_members.size()); ++c)
            if (!m_members[size_t(c)].empty())
                present.push_back(c);
        SeededRandom random(m_seed, BalanceStream, quint64(epoch));
        result.reserve(size_t(n));
        for (int i = 0; i < n && !present.empty(); ++i) {
            const auto &members = m_members[size_t(present[random.below(present.size())])];
            result.push_back(members[random.below(members.size())]);
        }
        return result;
    }
    result.resize(size_t(n));
    std::iota(result.begin(), result.end(), 0);
    SeededRandom random(m_seed, ShuffleStream, quint64(epoch));
    for (int i = n - 1; i > 0; --i)
        std::swap(result[size_t(i)], result[random.below(quint64(i) + 1)]);
    return result;
}

std::vector<double> EpochSampler::classWeights() const
{
    std::vector<double> weights(m_counts.size(), 1.0);
    if (m_balance != ClassBalance::ClassWeights)
        return weights;
    int present = 0;
    for (const int count : m_counts)
        present += count > 0 ? 1 : 0;
    const double total = double(m_labels.size());
    for (size_t c = 0; c < m_counts.size(); ++c)
        weights[c] = m_counts[c] > 0 ? total / (present * double(m_counts[c])) : 0.0;
    return weights;
}

} // namespace Atelier
