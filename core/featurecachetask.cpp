#include "featurecachetask.h"

#include "backbone.h"
#include "cancelawareobserver_p.h"
#include "curationtypes.h"
#include "error.h"
#include "featurecache.h"
#include "featureextractor.h"
#include "progress.h"
#include "projectstore.h"
#include "seededrandom.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>

namespace Atelier {

namespace {

struct Rows
{
    std::vector<std::vector<float>> rows; ///< per job; empty where it failed
    QStringList failures;                  ///< per job
    int dimension = 0;
    int computed = 0;
    int reused = 0;
    bool canceled = false;
};

/// Feature rows of jobs: read from the cache where it has them (when there is a store), computed
/// for the rest, which are stored batch by batch so that a cancel keeps what was done.
/// `contents` are the images' SHA-256 (needed with a store).
Rows rowsFor(ProjectStore *store, const BackboneChoice &choice, const QString &layer, const FeatureTransform &transform,
             const QList<FeatureJob> &jobs, const QList<QByteArray> &contents, ProgressObserver *observer, int workers)
{
    const int count = int(jobs.size());
    Rows result;
    result.rows.resize(size_t(count));
    result.failures = QStringList(count, QString());
    QList<FeatureKey> keys;
    if (store) {
        for (int i = 0; i < count; ++i)
            keys.append(FeatureKey{contents[i], jobs[i].sample.crop, choice.name, choice.digest, layer, transform.key(jobs[i].variant)});
        result.rows = FeatureCache(*store).find(keys);
    }
    QList<int> missing;
    for (int i = 0; i < count; ++i) {
        if (result.rows[size_t(i)].empty())
            missing.append(i);
        else
            result.dimension = int(result.rows[size_t(i)].size());
    }
    result.reused = count - int(missing.size());
    if (missing.isEmpty())
        return result;

    if (observer)
        observer->phase(QStringLiteral("Loading backbone %1").arg(choice.name), 0);
    const Backbone backbone = Backbone::load(choice.path);
    FeatureExtractor extractor(backbone, layer, transform, workers);
    result.dimension = extractor.dimension();
    const int total = int(missing.size());
    if (observer)
        observer->phase(QStringLiteral("Computing features (%1, %2)").arg(choice.name, extractor.layer()), total);
    for (int start = 0; start < total; start += FeatureExtractor::ChunkSize) {
        if (observer && observer->isCanceled()) {
            result.canceled = true;
            return result;
        }
        const int size = std::min(FeatureExtractor::ChunkSize, total - start);
        QList<FeatureJob> chunk;
        for (int k = 0; k < size; ++k)
            chunk.append(jobs[missing[start + k]]);
        FeatureExtractor::Output output = extractor.compute(chunk);
        QList<FeatureKey> doneKeys;
        std::vector<std::vector<float>> doneRows;
        for (int k = 0; k < size; ++k) {
            const int i = missing[start + k];
            if (!output.failures[k].isEmpty()) {
                result.failures[i] = output.failures[k];
                continue;
            }
            result.rows[size_t(i)] = std::move(output.rows[size_t(k)]);
            ++result.computed;
            if (store) {
                doneKeys.append(keys[i]);
                doneRows.push_back(result.rows[size_t(i)]);
            }
        }
        if (store && !doneKeys.isEmpty())
            FeatureCache(*store).store(doneKeys, doneRows);
        if (observer)
            observer->progress(start + size, total);
    }
    return result;
}

/// What augmented variants of an image are drawn from, besides seed and variant: its content.
quint64 variantKeyOf(const QByteArray &sha256)
{
    return sha256.left(16).toULongLong(nullptr, 16);
}

QString layerOf(const BackboneChoice &choice, const QString &layer)
{
    return layer.isEmpty() ? BackboneFile::readSpec(choice.path).defaultLayer : layer;
}

/// The jobs of a run's samples: every sample with the validation transform, then each
/// augmented variant of the training samples.
QList<FeatureJob> jobsOf(const TrainingData &data, int variants, const std::function<quint64(const TrainingSample &)> &keyOf)
{
    QList<FeatureJob> jobs;
    for (const QList<TrainingSample> *samples : {&data.train, &data.validation, &data.test})
        for (const TrainingSample &sample : *samples)
            jobs.append(FeatureJob{sample, 0, 0});
    for (int variant = 1; variant <= variants; ++variant)
        for (const TrainingSample &sample : data.train)
            jobs.append(FeatureJob{sample, variant, keyOf(sample)});
    return jobs;
}

std::optional<TrainingFeatures> assemble(const TrainingData &data, int variants, Rows &&rows)
{
    if (rows.canceled)
        return std::nullopt;
    for (const QString &failure : std::as_const(rows.failures))
        if (!failure.isEmpty())
            throw Error::badInput(failure);
    TrainingFeatures features;
    features.dimension = rows.dimension;
    features.variants = variants;
    features.computed = rows.computed;
    features.reused = rows.reused;
    size_t next = 0;
    const auto take = [&](qsizetype count, std::vector<float> &target) {
        target.reserve(size_t(count) * size_t(rows.dimension));
        for (qsizetype i = 0; i < count; ++i, ++next)
            target.insert(target.end(), rows.rows[next].begin(), rows.rows[next].end());
    };
    take(data.train.size(), features.train);
    take(data.validation.size(), features.validation);
    take(data.test.size(), features.test);
    take(data.train.size() * variants, features.augmented);
    return features;
}

} // namespace

FeatureCacheTask::FeatureCacheTask(const FeatureCacheRequest &request)
    : m_request(request)
{}

FeatureCacheResult FeatureCacheTask::run(ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    CancelAwareObserver progress(observer, m_canceled);
    const auto store = ProjectStore::open(m_request.projectFilePath);
    const BackboneChoice choice = BackboneChoice::find(m_request.backbone);
    const BackboneSpec spec = BackboneFile::readSpec(choice.path);
    FeatureTransform transform;
    transform.inputSize = spec.preprocessing.inputSize;
    transform.evalCrop = m_request.evalCrop;
    if (!(transform.evalCrop >= 0.1 && transform.evalCrop <= 1.0))
        throw Error::badInput(QStringLiteral("The eval crop must be from 0.1 to 1 (got %1)").arg(transform.evalCrop));

    FeatureCacheResult result;
    result.backbone = choice.name;
    result.layer = m_request.layer.isEmpty() ? spec.defaultLayer : m_request.layer;

    QHash<qint64, QRect> cropOf;
    for (const ContentRect &rect : store->contentRects())
        if (cropApplies(rect.status))
            cropOf.insert(rect.imageId, rect.rect);
    const QSet<qint64> wanted(m_request.imageIds.cbegin(), m_request.imageIds.cend());
    QList<FeatureJob> jobs;
    QList<QByteArray> contents;
    for (const ImageRecord &image : store->images()) {
        if (wanted.isEmpty() ? (image.excluded || image.status != ImageStatus::Ok) : !wanted.contains(image.id))
            continue;
        FeatureJob job;
        job.sample.imageId = image.id;
        job.sample.filePath = store->absolutePath(image.path);
        job.sample.crop = cropOf.value(image.id);
        jobs.append(job);
        contents.append(image.sha256);
        result.imageIds.append(image.id);
    }
    result.images = int(jobs.size());

    Rows rows = rowsFor(store.get(), choice, result.layer, transform, jobs, contents, &progress, m_request.workers);
    result.dimension = rows.dimension;
    result.computed = rows.computed;
    result.reused = rows.reused;
    result.canceled = rows.canceled;
    for (const QString &failure : std::as_const(rows.failures))
        if (!failure.isEmpty())
            result.problems.append(failure);
    if (!result.canceled && m_request.removeStale)
        result.removed = FeatureCache(*store).removeStale(choice.name, choice.digest);
    if (m_request.keepVectors && !result.canceled)
        result.vectors = std::move(rows.rows);
    else
        result.imageIds.clear();
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

std::optional<TrainingFeatures> FeatureCacheTask::trainingFeatures(const QString &projectFilePath, const TrainingConfig &config,
                                                                   const TrainingData &data, ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    const auto store = ProjectStore::open(projectFilePath);
    QHash<qint64, QByteArray> contentOf;
    for (const ImageRecord &image : store->images())
        contentOf.insert(image.id, image.sha256);
    const auto contentOfSample = [&](const TrainingSample &sample) {
        const QByteArray content = contentOf.value(sample.imageId);
        if (content.isEmpty())
            throw Error::badInput(QStringLiteral("Image %1 of this run is no longer in the project").arg(sample.imageId));
        return content;
    };
    const int variants = config.transfer.augmentedCopies;
    const QList<FeatureJob> jobs = jobsOf(data, variants, [&](const TrainingSample &sample) { return variantKeyOf(contentOfSample(sample)); });
    QList<QByteArray> contents;
    for (const FeatureJob &job : jobs)
        contents.append(contentOfSample(job.sample));
    const BackboneChoice choice = BackboneChoice::find(config.transfer.backbone);
    std::optional<TrainingFeatures> features =
        assemble(data, variants,
                 rowsFor(store.get(), choice, layerOf(choice, config.transfer.layer), FeatureTransform::of(config), jobs, contents, observer,
                         config.data.workers));
    if (features)
        features->seconds = timer.elapsed() / 1000.0;
    return features;
}

std::optional<TrainingFeatures> FeatureCacheTask::computeTrainingFeatures(const TrainingConfig &config, const TrainingData &data,
                                                                          ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    const int variants = config.transfer.augmentedCopies;
    // Without content hashes, variants are keyed by the image's id.
    const QList<FeatureJob> jobs = jobsOf(data, variants, [](const TrainingSample &sample) { return SeededRandom::mix(quint64(sample.imageId)); });
    const BackboneChoice choice = BackboneChoice::find(config.transfer.backbone);
    std::optional<TrainingFeatures> features =
        assemble(data, variants,
                 rowsFor(nullptr, choice, layerOf(choice, config.transfer.layer), FeatureTransform::of(config), jobs, {}, observer,
                         config.data.workers));
    if (features)
        features->seconds = timer.elapsed() / 1000.0;
    return features;
}

} // namespace Atelier
