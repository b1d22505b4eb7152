#pragma once

// The most similar images by their embeddings (a network's penultimate features).
//
//   NeighbourIndex index(256);
//   index.add(imageId, vector);                    // once per image
//   index.nearest(query, 8)                        // -> {imageId, cosine similarity}, best first
//   index.nearestTo(imageId, 8)                    // the image itself left out
//   index.save(path); NeighbourIndex::load(path);
//
// Brute force over unit vectors: 100,000 images of 256 floats take 100 MB and a query reads them
// once (a few milliseconds), which needs no approximate structure and never misses a neighbour.

#include <QList>
#include <QString>

#include <vector>

namespace Atelier {

struct Neighbour
{
    qint64 imageId = 0;
    float similarity = 0; ///< cosine, -1..1
};

class NeighbourIndex
{
public:
    explicit NeighbourIndex(int dimension = 0);

    int dimension() const { return m_dimension; }
    int size() const { return int(m_ids.size()); }
    bool isEmpty() const { return m_ids.empty(); }
    void reserve(int count);

    /// Adds an image's vector (dimension() floats), scaled to unit length. A zero vector is kept
    /// but is similar to nothing.
    void add(qint64 imageId, const float *vector);
    bool contains(qint64 imageId) const;

    /// The `count` vectors most similar to `query`, most similar first; `excludeId` is skipped.
    QList<Neighbour> nearest(const float *query, int count, qint64 excludeId = 0) const;
    /// The neighbours of an indexed image, itself left out; empty when it is not indexed.
    QList<Neighbour> nearestTo(qint64 imageId, int count) const;

    /// A little-endian binary file: magic, version, count, dimension, ids, vectors.
    /// Throws Error(Failure) when it cannot be written.
    void save(const QString &path) const;
    /// Throws Error(BadInput) for a missing, foreign or damaged file.
    static NeighbourIndex load(const QString &path);

private:
    int m_dimension = 0;
    std::vector<qint64> m_ids;
    std::vector<float> m_vectors; ///< unit length, one row per id
};

} // namespace Atelier
