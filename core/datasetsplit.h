#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Atelier {

/// Which part of the data set an image belongs to. Stored as an integer: never renumber.
enum class Split : int {
    Train = 0,
    Validation = 1,
    Test = 2,
};

QString splitName(Split split);                        ///< "train", "validation", "test"
bool splitFromName(const QString &name, Split *split); ///< accepts "val" and "valid" too

/// How to split.
struct SplitParams
{
    double trainFraction = 0.7;
    double validationFraction = 0.15;
    double testFraction = 0.15;
    quint32 seed = 42;
    /// Keep every member of a near-duplicate group in one split (no leakage from a scan to its rescan).
    bool groupAware = true;
};

/// One image that takes part in the split.
struct SplitItem
{
    qint64 imageId = 0;
    qint64 classId = 0; ///< 0: unlabelled, a stratum of its own
};

/// Assigns train / validation / test: stratified by class, deterministic for a seed, keeping
/// duplicate groups whole, and honouring images pinned to a split (a pinned image pulls its whole
/// group with it).
class SplitAssigner
{
public:
    struct Result
    {
        QHash<qint64, Split> splitOf;
        /// Groups whose members were pinned to different splits; they follow the most held-out one.
        QList<QList<qint64>> conflictingPins;
    };

    static Result assign(const QList<SplitItem> &items, const QList<QList<qint64>> &groups,
                         const QHash<qint64, Split> &pins, const SplitParams &params);
};

/// A duplicate group whose members lie in more than one split.
struct LeakingGroup
{
    QList<qint64> imageIds;
    QHash<qint64, Split> splitOf;
};

/// Lists every group that straddles splits under an assignment.
QList<LeakingGroup> findLeakingGroups(const QHash<qint64, Split> &assignment, const QList<QList<qint64>> &groups);

} // namespace Atelier
