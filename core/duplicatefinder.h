#pragma once

#include "imagefingerprint.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace Atelier {

class ProgressObserver;
class ProjectStore;

/// How to search for duplicates.
struct DuplicateSearchParams
{
    /// Presets of `sensitivity`: Low groups only close copies, High also heavily changed ones, at
    /// a greater risk of grouping posters of one design family. Normal suits rescanned posters.
    static constexpr int LowSensitivity = 25;
    static constexpr int NormalSensitivity = 50;
    static constexpr int HighSensitivity = 75;

    int sensitivity = NormalSensitivity; ///< 0..100
    int threads = 0;                     ///< 0 = one per core
    bool includeExcluded = false;        ///< search excluded images too (findInProject)
};

enum class DuplicateKind {
    Exact, ///< the same file content (SHA-256)
    Near,  ///< the same picture: rescanned, resized, recompressed, trimmed, converted
};

/// Images that are copies of one another.
struct DuplicateGroup
{
    DuplicateKind kind = DuplicateKind::Near;
    QList<qint64> imageIds; ///< ascending
};

/// What a search found.
struct DuplicateReport
{
    /// Exact groups first, then near ones, each ordered by their first image id. An image may be in
    /// an exact group and a near one: a near group lists every copy of the pictures it joins.
    QList<DuplicateGroup> groups;
    int imagesSearched = 0;
    int withoutFingerprint = 0; ///< left out of the near search: not fingerprinted yet
    qint64 candidatePairs = 0;  ///< pairs whose hashes were close
    qint64 comparedPairs = 0;   ///< pairs whose pictures were compared
    bool canceled = false;      ///< the groups found until then are reported
    double seconds = 0;
};

/// Finds exact and near duplicates among fingerprinted images, without comparing every pair:
/// a multi-index hash yields the pairs whose hashes are close (each image's hash against the
/// others' trimmed views as well, so that crops are found), pictures are compared for those only,
/// and confirmed pairs are joined into groups (union-find). Pairs already in one group are not
/// compared again.
class DuplicateFinder
{
public:
    /// The Hamming radius within which hashes make a candidate pair.
    static constexpr int HashRadius = 11;

    struct Item
    {
        qint64 imageId = 0;
        QByteArray sha256;
        ImageFingerprint fingerprint;
    };

    explicit DuplicateFinder(const DuplicateSearchParams &params);

    /// Searches the given images. Items without a SHA-256 are never exact duplicates.
    DuplicateReport find(const std::vector<Item> &items, ProgressObserver *observer = nullptr) const;
    /// Searches a project's images (not excluded ones unless asked), using the stored fingerprints;
    /// images without one take part in the exact search only.
    DuplicateReport findInProject(ProjectStore &store, ProgressObserver *observer = nullptr) const;

    /// The largest FingerprintMatch::difference accepted at a sensitivity.
    static double differenceThreshold(int sensitivity);
    /// Whether two fingerprints show the same picture at a sensitivity: what find() decides for
    /// each candidate pair.
    static bool isNearDuplicate(const ImageFingerprint &first, const ImageFingerprint &second, int sensitivity);

private:
    DuplicateSearchParams m_params;
};

} // namespace Atelier
