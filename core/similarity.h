#pragma once

// "Similar images" over a whole project, from a pretrained backbone's cached features: for the
// prediction panel (an image of the project, or any file) and the duplicates view (close pairs).
//
//   const auto similar = SimilarImages::build(projectFile, {}, &observer);  // caches what is missing
//   similar->similarToImage(imageId, 8)        // -> {imageId, cosine similarity}, best first
//   similar->similarToFile(path, QRect(), 8)   // a file, through the same backbone
//   similar->pairsAbove(0.95)                  // candidate near-duplicates
//
// Unlike a run's embeddings (Predictor's neighbours), these need no trained run: any project with
// an installed backbone has them, and relabelling never changes them. Similarity is the cosine of
// the features centred on the project's mean (what all its images share says nothing about any pair).

#include "neighbourindex.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Atelier {

class ProgressObserver;

struct SimilarityOptions
{
    QString backbone;        ///< an installed backbone; empty: the starter backbone
    QString layer;           ///< empty: the backbone's default layer
    double evalCrop = 0.875; ///< as the runs' data.eval_crop, so that the same vectors serve both
    int workers = 0;         ///< decoding threads; 0: one per core
};

/// Two images whose features are close.
struct SimilarPair
{
    qint64 first = 0;  ///< the smaller id
    qint64 second = 0;
    float similarity = 0;
};

class SimilarImages
{
public:
    /// Indexes every included image of the project whose file is present. Features the cache
    /// lacks are computed and cached first, with progress on the observer; images that cannot
    /// be read are left out (problems()). nullptr when canceled. Throws Error(BadInput) for an
    /// unknown backbone or layer.
    static std::unique_ptr<SimilarImages> build(const QString &projectFilePath, const SimilarityOptions &options = {},
                                                ProgressObserver *observer = nullptr);
    ~SimilarImages();
    SimilarImages(const SimilarImages &) = delete;
    SimilarImages &operator=(const SimilarImages &) = delete;

    QString backbone() const;
    QString layer() const;
    int size() const;
    int dimension() const;
    bool contains(qint64 imageId) const;
    QStringList problems() const;

    /// The `count` indexed images most similar to an indexed one, itself left out. Throws
    /// Error(BadInput) when the image is not indexed.
    QList<Neighbour> similarToImage(qint64 imageId, int count) const;
    /// The `count` indexed images most similar to a file; `crop` is its content rectangle in
    /// original pixels (null: the whole image). The backbone is loaded on the first call.
    /// Throws Error(BadInput) when the file cannot be read.
    QList<Neighbour> similarToFile(const QString &path, const QRect &crop = QRect(), int count = 8);
    /// Every pair of indexed images with a cosine similarity of at least `threshold` among each
    /// other's `neighbours` nearest, most similar first.
    QList<SimilarPair> pairsAbove(float threshold, int neighbours = 8) const;

private:
    SimilarImages();
    std::vector<float> centred(std::vector<float> vector) const;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier
