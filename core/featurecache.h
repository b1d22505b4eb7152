#pragma once

// A project's cache of backbone features (table feature_cache).
//
//   FeatureCache cache(*store);
//   const auto vectors = cache.find(keys);        // empty vectors where nothing is cached
//   cache.store(missingKeys, computedVectors);
//   cache.removeStale(backboneName, currentDigest);
//
// A vector is stored under everything it was computed from (FeatureKey): relabelling, a new
// split or another run reuse it, while a changed crop, file content, backbone file, layer or
// transform simply asks for another key, so a stale vector is never read. removeStale() drops
// the vectors no image can ask for any more.

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>

#include <vector>

namespace Atelier {

class ProjectStore;

/// What a cached feature vector is of.
struct FeatureKey
{
    QByteArray sha256;        ///< the image file's content, lowercase hex
    QRect crop;               ///< its content rectangle in original pixels; null: the whole image
    QString backbone;         ///< the backbone's name
    QByteArray backboneDigest; ///< SHA-256 of the backbone file
    QString layer;
    QString transform;        ///< FeatureTransform::key()
};

class FeatureCache
{
public:
    explicit FeatureCache(ProjectStore &store);

    /// The cached vector of each key, in the keys' order; an empty vector where none is cached.
    std::vector<std::vector<float>> find(const QList<FeatureKey> &keys) const;
    bool contains(const FeatureKey &key) const;
    /// Stores one vector per key (replacing what a key held), in one transaction.
    void store(const QList<FeatureKey> &keys, const std::vector<std::vector<float>> &vectors);

    /// Removes vectors that no image of the project can ask for any more: those of contents or
    /// content rectangles no image has now and, when `backbone` is given, those computed with
    /// another file of that name than the one with `currentDigest`. Returns how many went.
    int removeStale(const QString &backbone = QString(), const QByteArray &currentDigest = QByteArray());

    struct Summary
    {
        qint64 vectors = 0;
        qint64 bytes = 0; ///< of the vectors themselves
    };
    Summary summary() const;

    /// "x,y,width,height", or empty for the whole image.
    static QString cropText(const QRect &crop);

private:
    ProjectStore &m_store;
};

} // namespace Atelier
