#include "duplicatefinder.h"

#include "fingerprintmatcher.h"
#include "multiindexhash.h"
#include "parallelfor.h"
#include "progress.h"
#include "projectstore.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

namespace Atelier {

namespace {

/// Copies differ in shape by their crops only (a few percent per axis); beyond this ratio of
/// aspect ratios two images are not compared at all.
constexpr double MaxAspectChange = 1.15;
/// Candidate pairs are compared in slices; between slices, pairs already joined are dropped.
constexpr qint64 CompareSlice = 512;

class UnionFind
{
public:
    explicit UnionFind(int size) : m_parent(size_t(size)) { std::iota(m_parent.begin(), m_parent.end(), 0); }

    int find(int item)
    {
        while (m_parent[size_t(item)] != item) {
            m_parent[size_t(item)] = m_parent[size_t(m_parent[size_t(item)])];
            item = m_parent[size_t(item)];
        }
        return item;
    }

    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

/// A pair of pictures (indexes into the search's list) whose hashes are close.
struct CandidatePair
{
    quint32 first = 0;
    quint32 second = 0;
    int distance = 0; ///< the smallest over the views

    bool operator<(const CandidatePair &other) const
    {
        return std::tie(first, second, distance) < std::tie(other.first, other.second, other.distance);
    }
};

/// Candidate pairs of distinct pictures, each once, closest hashes first: the surest pairs join
/// their groups early, and pairs already in one group are then not compared.
std::vector<CandidatePair> candidatePairs(const std::vector<const ImageFingerprint *> &pictures, int threads,
                                          ProgressObserver *observer, bool *completed)
{
    std::vector<MultiIndexHash::Entry> entries;
    entries.reserve(pictures.size() * (1 + ImageFingerprint::ViewCount));
    for (quint32 i = 0; i < quint32(pictures.size()); ++i) {
        entries.push_back({pictures[i]->hash, i});
        for (const quint64 view : pictures[i]->viewHashes)
            entries.push_back({view, i});
    }
    const MultiIndexHash index(std::move(entries));

    // Each query collects its pairs in its own list: no locking on the hot path.
    const qint64 count = qint64(pictures.size());
    std::vector<std::vector<CandidatePair>> found(pictures.size());
    auto unique = [](std::vector<CandidatePair> &pairs) {
        // The same pair turns up through several views and blocks: keep its smallest distance.
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end(),
                                [](const CandidatePair &a, const CandidatePair &b) {
                                    return a.first == b.first && a.second == b.second;
                                }),
                    pairs.end());
    };
    *completed = parallelFor(
        count, threads,
        [&](qint64 query) {
            const quint32 self = quint32(query);
            std::vector<CandidatePair> &pairs = found[size_t(query)];
            index.search(pictures[size_t(query)]->hash, DuplicateFinder::HashRadius, [&](quint32 owner, int distance) {
                if (owner != self)
                    pairs.push_back({std::min(self, owner), std::max(self, owner), distance});
            });
            unique(pairs);
            pairs.shrink_to_fit();
        },
        observer);

    std::vector<CandidatePair> pairs;
    size_t total = 0;
    for (const auto &list : found)
        total += list.size();
    pairs.reserve(total);
    for (auto &list : found) {
        pairs.insert(pairs.end(), list.begin(), list.end());
        std::vector<CandidatePair>().swap(list);
    }
    unique(pairs);
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const CandidatePair &a, const CandidatePair &b) { return a.distance < b.distance; });
    return pairs;
}

bool similarShapes(const ImageFingerprint &a, const ImageFingerprint &b)
{
    return std::abs(std::log(double(a.aspect) / double(b.aspect))) <= std::log(MaxAspectChange);
}

} // namespace

DuplicateFinder::DuplicateFinder(const DuplicateSearchParams &params)
    : m_params(params)
{}

double DuplicateFinder::differenceThreshold(int sensitivity)
{
    // Measured on generated scans (bench_dedup): copies stay below about 0.3, posters of one
    // design family above about 0.39. Normal (50) sits between them, at 0.34.
    return 0.19 + 0.003 * std::clamp(sensitivity, 0, 100);
}

bool DuplicateFinder::isNearDuplicate(const ImageFingerprint &first, const ImageFingerprint &second, int sensitivity)
{
    if (!similarShapes(first, second))
        return false;
    const double threshold = differenceThreshold(sensitivity);
    return FingerprintMatcher::compare(first, second, threshold).difference <= threshold;
}

DuplicateReport DuplicateFinder::find(const std::vector<Item> &items, ProgressObserver *observer) const
{
    QElapsedTimer timer;
    timer.start();
    DuplicateReport report;
    report.imagesSearched = int(items.size());

    // Exact copies share one picture in the near search.
    std::vector<int> pictureOf(items.size());
    std::vector<const ImageFingerprint *> pictures;
    std::vector<std::vector<int>> itemsOfPicture;
    QHash<QByteArray, int> pictureBySha;
    for (size_t i = 0; i < items.size(); ++i) {
        const QByteArray &sha = items[i].sha256;
        const auto known = sha.isEmpty() ? pictureBySha.constEnd() : pictureBySha.constFind(sha);
        if (known != pictureBySha.constEnd()) {
            pictureOf[i] = *known;
        } else {
            pictureOf[i] = int(pictures.size());
            if (!sha.isEmpty())
                pictureBySha.insert(sha, pictureOf[i]);
            pictures.push_back(&items[i].fingerprint);
            itemsOfPicture.emplace_back();
        }
        itemsOfPicture[size_t(pictureOf[i])].push_back(int(i));
    }

    auto idsOf = [&](const std::vector<int> &itemIndexes) {
        QList<qint64> ids;
        for (const int i : itemIndexes)
            ids.append(items[size_t(i)].imageId);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QList<DuplicateGroup> exact;
    for (const std::vector<int> &copies : itemsOfPicture)
        if (copies.size() > 1)
            exact.append({DuplicateKind::Exact, idsOf(copies)});

    const int threads = threadCount(m_params.threads);
    if (observer)
        observer->phase(QStringLiteral("Finding candidates"), qint64(pictures.size()));
    bool completed = true;
    const std::vector<CandidatePair> pairs = candidatePairs(pictures, threads, observer, &completed);
    report.candidatePairs = qint64(pairs.size());

    UnionFind groups(int(pictures.size()));
    if (completed) {
        if (observer)
            observer->phase(QStringLiteral("Comparing"), report.candidatePairs);
        const double threshold = differenceThreshold(m_params.sensitivity);
        std::vector<CandidatePair> slice;
        std::vector<char> accepted;
        for (qint64 start = 0; start < qint64(pairs.size()) && completed; start += CompareSlice) {
            const qint64 end = std::min<qint64>(start + CompareSlice, qint64(pairs.size()));
            slice.clear();
            for (qint64 k = start; k < end; ++k) {
                const auto &pair = pairs[size_t(k)];
                if (groups.find(int(pair.first)) != groups.find(int(pair.second))
                    && similarShapes(*pictures[pair.first], *pictures[pair.second]))
                    slice.push_back(pair);
            }
            accepted.assign(slice.size(), 0);
            completed = parallelFor(
                qint64(slice.size()), threads,
                [&](qint64 k) {
                    const auto &pair = slice[size_t(k)];
                    const FingerprintMatch match =
                        FingerprintMatcher::compare(*pictures[pair.first], *pictures[pair.second], threshold);
                    accepted[size_t(k)] = match.difference <= threshold;
                },
                nullptr);
            report.comparedPairs += qint64(slice.size());
            for (size_t k = 0; k < slice.size(); ++k)
                if (accepted[k])
                    groups.join(int(slice[k].first), int(slice[k].second));
            if (observer) {
                observer->progress(end, report.candidatePairs);
                completed = completed && !observer->isCanceled();
            }
        }
    }
    report.canceled = !completed;

    std::map<int, std::vector<int>> members; // by root, which is the smallest picture index
    for (int p = 0; p < int(pictures.size()); ++p)
        members[groups.find(p)].push_back(p);
    QList<DuplicateGroup> near;
    for (const auto &[root, group] : members) {
        if (group.size() < 2)
            continue;
        std::vector<int> itemIndexes;
        for (const int p : group)
            itemIndexes.insert(itemIndexes.end(), itemsOfPicture[size_t(p)].begin(), itemsOfPicture[size_t(p)].end());
        near.append({DuplicateKind::Near, idsOf(itemIndexes)});
    }
    auto byFirstId = [](const DuplicateGroup &a, const DuplicateGroup &b) { return a.imageIds.first() < b.imageIds.first(); };
    std::sort(exact.begin(), exact.end(), byFirstId);
    std::sort(near.begin(), near.end(), byFirstId);
    report.groups = exact + near;
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

DuplicateReport DuplicateFinder::findInProject(ProjectStore &store, ProgressObserver *observer) const
{
    QElapsedTimer timer;
    timer.start();
    if (observer)
        observer->phase(QStringLiteral("Loading fingerprints"), 0);
    QHash<qint64, QByteArray> searched; // image id -> SHA-256
    for (const ImageRecord &image : store.images())
        if (m_params.includeExcluded || !image.excluded)
            searched.insert(image.id, image.sha256);

    std::vector<Item> items;
    items.reserve(size_t(searched.size()));
    store.forEachFingerprint(ImageFingerprint::Version, [&](qint64 imageId, const QByteArray &data) {
        const auto image = searched.constFind(imageId);
        if (image == searched.constEnd())
            return;
        if (const std::optional<ImageFingerprint> fingerprint = ImageFingerprint::fromBytes(data))
            items.push_back({imageId, *image, *fingerprint});
    });

    DuplicateReport report = find(items, observer);
    report.imagesSearched = int(searched.size());
    report.withoutFingerprint = int(searched.size() - qsizetype(items.size()));
    if (report.withoutFingerprint > 0) {
        // Images not fingerprinted yet still take part in the exact search.
        QHash<QByteArray, QList<qint64>> bySha;
        for (auto it = searched.cbegin(); it != searched.cend(); ++it)
            bySha[it.value()].append(it.key());
        QList<DuplicateGroup> groups;
        for (const QList<qint64> &ids : std::as_const(bySha))
            if (ids.size() > 1) {
                QList<qint64> sorted = ids;
                std::sort(sorted.begin(), sorted.end());
                groups.append({DuplicateKind::Exact, sorted});
            }
        std::sort(groups.begin(), groups.end(),
                  [](const DuplicateGroup &a, const DuplicateGroup &b) { return a.imageIds.first() < b.imageIds.first(); });
        for (const DuplicateGroup &group : std::as_const(report.groups))
            if (group.kind == DuplicateKind::Near)
                groups.append(group);
        report.groups = groups;
    }
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace Atelier
