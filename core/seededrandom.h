#pragma once

#include <QtGlobal>

#include <cmath>

namespace Atelier {

/// A small random stream that is a pure function of its keys, e.g. (seed, epoch, position):
/// training draws every random decision from one of these, so a run resumed from a checkpoint,
/// or prepared by any number of threads in any order, sees exactly the same numbers.
/// SplitMix64: fast, well mixed, and defined here rather than by the standard library.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed, quint64 key1 = 0, quint64 key2 = 0)
        : m_state(mix(mix(mix(seed) ^ (key1 + 0x632be59bd9b4e019ULL)) ^ (key2 + 0x9e3779b97f4a7c15ULL)))
    {}

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform in [0, n).
    quint64 below(quint64 n) { return n == 0 ? 0 : quint64(uniform() * double(n)) % n; }
    bool chance(double probability) { return uniform() < probability; }

    /// One well-mixed 64-bit value from another (a hash, e.g. to derive seeds).
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};

} // namespace Atelier
