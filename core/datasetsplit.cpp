#include "datasetsplit.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <random>

namespace Atelier {

QString splitName(Split split)
{
    switch (split) {
    case Split::Train: return QStringLiteral("train");
    case Split::Validation: return QStringLiteral("validation");
    case Split::Test: return QStringLiteral("test");
    }
    return QString();
}

bool splitFromName(const QString &name, Split *split)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("train") || lower == QLatin1String("training"))
        *split = Split::Train;
    else if (lower == QLatin1String("validation") || lower == QLatin1String("val") || lower == QLatin1String("valid"))
        *split = Split::Validation;
    else if (lower == QLatin1String("test"))
        *split = Split::Test;
    else
        return false;
    return true;
}

namespace {

/// Images that must land in the same split: a duplicate group, or a single image.
struct Unit
{
    QList<qint64> members;
    qint64 classId = 0;
    bool pinned = false;
    Split split = Split::Train;
};

// Joins overlapping groups, so that any image belongs to at most one unit.
class DisjointSets
{
public:
    qint64 find(qint64 x)
    {
        auto it = m_parent.find(x);
        if (it == m_parent.end()) {
            m_parent.insert(x, x);
            return x;
        }
        while (m_parent.value(x) != x) {
            const qint64 grand = m_parent.value(m_parent.value(x));
            m_parent[x] = grand;
            x = grand;
        }
        return x;
    }
    void unite(qint64 a, qint64 b)
    {
        const qint64 ra = find(a), rb = find(b);
        if (ra != rb)
            m_parent[std::max(ra, rb)] = std::min(ra, rb);
    }

private:
    QHash<qint64, qint64> m_parent;
};

// The most held-out split wins when a group's pins disagree: a test image must never train.
int heldOutRank(Split split)
{
    return split == Split::Test ? 2 : split == Split::Validation ? 1 : 0;
}

} // namespace

SplitAssigner::Result SplitAssigner::assign(const QList<SplitItem> &items, const QList<QList<qint64>> &groups,
                                            const QHash<qint64, Split> &pins, const SplitParams &params)
{
    QHash<qint64, qint64> classOf;
    for (const SplitItem &item : items)
        classOf.insert(item.imageId, item.classId);

    DisjointSets sets;
    for (const SplitItem &item : items)
        sets.find(item.imageId);
    if (params.groupAware) {
        for (const QList<qint64> &group : groups) {
            qint64 first = -1;
            for (const qint64 id : group) {
                if (!classOf.contains(id))
                    continue; // excluded or unknown images take no part
                if (first < 0)
                    first = id;
                else
                    sets.unite(first, id);
            }
        }
    }

    // Units in a deterministic order: by their smallest image id.
    QMap<qint64, Unit> unitsByRoot;
    for (const SplitItem &item : items)
        unitsByRoot[sets.find(item.imageId)].members.append(item.imageId);

    Result result;
    QList<Unit> units;
    units.reserve(unitsByRoot.size());
    for (Unit &unit : unitsByRoot) {
        std::sort(unit.members.begin(), unit.members.end());
        // The unit's class is its members' most common label (ties: the smallest class id).
        QMap<qint64, int> votes;
        for (const qint64 id : std::as_const(unit.members))
            votes[classOf.value(id)] += 1;
        int best = -1;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() > best) {
                best = it.value();
                unit.classId = it.key();
            }
        QList<Split> pinned;
        for (const qint64 id : std::as_const(unit.members))
            if (pins.contains(id))
                pinned.append(pins.value(id));
        if (!pinned.isEmpty()) {
            unit.pinned = true;
            unit.split = *std::max_element(pinned.cbegin(), pinned.cend(),
                                           [](Split a, Split b) { return heldOutRank(a) < heldOutRank(b); });
            if (std::any_of(pinned.cbegin(), pinned.cend(), [&](Split s) { return s != pinned.first(); }))
                result.conflictingPins.append(unit.members);
        }
        units.append(unit);
    }

    const std::array<double, 3> fractions = {params.trainFraction, params.validationFraction, params.testFraction};
    const double fractionSum = std::max(1e-9, fractions[0] + fractions[1] + fractions[2]);

    // Per class: pinned units first, then the others shuffled, each to the split furthest below its
    // share of that class. Groups count by their size, so the shares hold in images.
    QMap<qint64, QList<int>> unitsByClass;
    for (int i = 0; i < units.size(); ++i)
        unitsByClass[units[i].classId].append(i);
    std::mt19937 rng(params.seed);
    for (auto it = unitsByClass.begin(); it != unitsByClass.end(); ++it) {
        QList<int> &indices = it.value();
        int total = 0;
        std::array<double, 3> filled = {0, 0, 0};
        QList<int> free;
        for (const int index : std::as_const(indices)) {
            total += int(units[index].members.size());
            if (units[index].pinned)
                filled[size_t(units[index].split)] += units[index].members.size();
            else
                free.append(index);
        }
        std::shuffle(free.begin(), free.end(), rng);
        for (const int index : std::as_const(free)) {
            int bestSplit = 0;
            double bestDeficit = -1e300;
            for (int s = 0; s < 3; ++s) {
                if (fractions[size_t(s)] <= 0)
                    continue;
                const double target = total * fractions[size_t(s)] / fractionSum;
                const double deficit = (target - filled[size_t(s)]) / target;
                if (deficit > bestDeficit + 1e-12) {
                    bestDeficit = deficit;
                    bestSplit = s;
                }
            }
            units[index].split = static_cast<Split>(bestSplit);
            filled[size_t(bestSplit)] += units[index].members.size();
        }
    }

    for (const Unit &unit : std::as_const(units))
        for (const qint64 id : unit.members)
            result.splitOf.insert(id, unit.split);
    return result;
}

QList<LeakingGroup> findLeakingGroups(const QHash<qint64, Split> &assignment, const QList<QList<qint64>> &groups)
{
    QList<LeakingGroup> leaks;
    for (const QList<qint64> &group : groups) {
        LeakingGroup leak;
        bool mixed = false;
        std::optional<Split> first;
        for (const qint64 id : group) {
            const auto found = assignment.constFind(id);
            if (found == assignment.constEnd())
                continue;
            leak.imageIds.append(id);
            leak.splitOf.insert(id, *found);
            if (!first)
                first = *found;
            else if (*first != *found)
                mixed = true;
        }
        if (mixed)
            leaks.append(leak);
    }
    return leaks;
}

} // namespace Atelier
