#include "similarity.h"

#include "backbone.h"
#include "error.h"
#include "featurecachetask.h"
#include "featureextractor.h"

#include <QSet>

#include <algorithm>

namespace Atelier {

class SimilarImages::Private
{
public:
    BackboneChoice choice;
    QString layer;
    FeatureTransform transform;
    int workers = 0;
    NeighbourIndex index;
    QList<qint64> ids;       ///< the indexed images
    std::vector<float> mean; ///< of their features, taken off every vector before indexing
    QStringList problems;
    std::unique_ptr<Backbone> backbone; ///< loaded for the first file asked about
};

SimilarImages::SimilarImages()
    : d(std::make_unique<Private>())
{}

SimilarImages::~SimilarImages() = default;

std::unique_ptr<SimilarImages> SimilarImages::build(const QString &projectFilePath, const SimilarityOptions &options, ProgressObserver *observer)
{
    FeatureCacheRequest request;
    request.projectFilePath = projectFilePath;
    request.backbone = options.backbone;
    request.layer = options.layer;
    request.evalCrop = options.evalCrop;
    request.workers = options.workers;
    request.keepVectors = true;
    FeatureCacheResult cached = FeatureCacheTask(request).run(observer);
    if (cached.canceled)
        return nullptr;

    std::unique_ptr<SimilarImages> similar(new SimilarImages());
    Private &d = *similar->d;
    d.choice = BackboneChoice::find(cached.backbone);
    d.layer = cached.layer;
    d.transform.inputSize = BackboneFile::readSpec(d.choice.path).preprocessing.inputSize;
    d.transform.evalCrop = options.evalCrop;
    d.workers = options.workers;
    d.problems = cached.problems;
    // Features after a ReLU are all positive and share a large common part: their cosines are
    // all near 1. Centred on the project's mean, they compare by what sets images apart.
    const int dimension = cached.dimension;
    QList<int> usable;
    for (qsizetype i = 0; i < cached.imageIds.size(); ++i)
        if (dimension > 0 && int(cached.vectors[size_t(i)].size()) == dimension)
            usable.append(int(i));
    d.mean.assign(size_t(dimension), 0.0f);
    std::vector<double> sum(size_t(dimension), 0.0);
    for (const int i : std::as_const(usable))
        for (int k = 0; k < dimension; ++k)
            sum[size_t(k)] += cached.vectors[size_t(i)][size_t(k)];
    for (int k = 0; k < dimension && !usable.isEmpty(); ++k)
        d.mean[size_t(k)] = float(sum[size_t(k)] / double(usable.size()));
    d.index = NeighbourIndex(dimension);
    d.index.reserve(int(usable.size()));
    for (const int i : std::as_const(usable)) {
        d.index.add(cached.imageIds[i], similar->centred(cached.vectors[size_t(i)]).data());
        d.ids.append(cached.imageIds[i]);
    }
    return similar;
}

std::vector<float> SimilarImages::centred(std::vector<float> vector) const
{
    for (size_t k = 0; k < vector.size() && k < d->mean.size(); ++k)
        vector[k] -= d->mean[k];
    return vector;
}

QString SimilarImages::backbone() const
{
    return d->choice.name;
}

QString SimilarImages::layer() const
{
    return d->layer;
}

int SimilarImages::size() const
{
    return d->index.size();
}

int SimilarImages::dimension() const
{
    return d->index.dimension();
}

bool SimilarImages::contains(qint64 imageId) const
{
    return d->index.contains(imageId);
}

QStringList SimilarImages::problems() const
{
    return d->problems;
}

QList<Neighbour> SimilarImages::similarToImage(qint64 imageId, int count) const
{
    if (!d->index.contains(imageId))
        throw Error::badInput(QStringLiteral("Image %1 has no features: it is not in the project, excluded, missing or unreadable").arg(imageId));
    return d->index.nearestTo(imageId, count);
}

QList<Neighbour> SimilarImages::similarToFile(const QString &path, const QRect &crop, int count)
{
    if (!d->backbone)
        d->backbone = std::make_unique<Backbone>(Backbone::load(d->choice.path));
    FeatureExtractor extractor(*d->backbone, d->layer, d->transform, 1);
    FeatureJob job;
    job.sample.filePath = path;
    job.sample.crop = crop;
    const FeatureExtractor::Output output = extractor.compute({job});
    if (!output.failures.first().isEmpty())
        throw Error::badInput(output.failures.first());
    if (d->index.isEmpty())
        return {};
    return d->index.nearest(centred(output.rows.front()).data(), count);
}

QList<SimilarPair> SimilarImages::pairsAbove(float threshold, int neighbours) const
{
    QList<SimilarPair> pairs;
    QSet<std::pair<qint64, qint64>> seen;
    for (const qint64 id : std::as_const(d->ids))
        for (const Neighbour &neighbour : d->index.nearestTo(id, neighbours)) {
            if (neighbour.similarity < threshold)
                break; // most similar first
            const std::pair<qint64, qint64> key{std::min(id, neighbour.imageId), std::max(id, neighbour.imageId)};
            if (seen.contains(key))
                continue;
            seen.insert(key);
            pairs.append(SimilarPair{key.first, key.second, neighbour.similarity});
        }
    std::sort(pairs.begin(), pairs.end(), [](const SimilarPair &a, const SimilarPair &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : std::make_pair(a.first, a.second) < std::make_pair(b.first, b.second);
    });
    return pairs;
}

} // namespace Atelier
