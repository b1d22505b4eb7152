#pragma once

#include "trainingconfig.h"

#include <QList>

#include <vector>

namespace Atelier {

/// Decides which training images an epoch visits, and in what order: a shuffle, or with
/// ClassBalance::Sampler draws that give every class the same share. The order is a pure function
/// of (seed, epoch), so a resumed run visits exactly what an uninterrupted one would.
class EpochSampler
{
public:
    EpochSampler(const QList<int> &labels, int classCount, ClassBalance balance, quint64 seed);

    /// Indices into the training images, one epoch's worth.
    std::vector<int> order(int epoch) const;
    /// Loss weights per class: the inverse of each class's frequency, averaging 1 over the images
    /// (n / (classes * count)); all 1 unless the balance is ClassWeights. Empty classes weigh 0.
    std::vector<double> classWeights() const;
    /// Images per class.
    std::vector<int> classCounts() const { return m_counts; }

private:
    std::vector<int> m_labels;
    std::vector<int> m_counts;
    std::vector<std::vector<int>> m_members; ///< image indices per class
    ClassBalance m_balance;
    quint64 m_seed;
};

} // namespace Atelier
