#pragma once

// Fills a project's feature cache in the background, and hands features runs their features.
//
//   FeatureCacheRequest request{projectFile};          // the starter backbone, its default layer
//   const FeatureCacheResult result = FeatureCacheTask(request).run(&observer);
//   result.computed, result.reused, result.problems
//
// Incremental: only vectors the cache lacks are computed, and each batch is stored as soon as it
// is done, so a canceled task keeps its work. The backbone is loaded only when something is missing.

#include "headtrainer.h"
#include "trainingconfig.h"
#include "trainingtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace Atelier {

class ProgressObserver;

struct FeatureCacheRequest
{
    QString projectFilePath;
    QString backbone;        ///< an installed backbone; empty: the starter backbone (BackboneChoice::find)
    QString layer;           ///< empty: the backbone's default layer
    double evalCrop = 0.875; ///< as the runs' data.eval_crop, so that they find the vectors
    QList<qint64> imageIds;  ///< empty: every included image whose file is present
    bool removeStale = false; ///< then drop what no image can ask for any more (FeatureCache::removeStale)
    bool keepVectors = false; ///< return the vectors in the result
    int workers = 0;         ///< decoding threads; 0: one per core
};

struct FeatureCacheResult
{
    QString backbone;
    QString layer;
    int dimension = 0;
    int images = 0;   ///< asked for
    int computed = 0;
    int reused = 0;   ///< found in the cache
    int removed = 0;  ///< stale vectors dropped
    QStringList problems; ///< "path: reason" for images that could not be read
    bool canceled = false;
    double seconds = 0;
    /// With keepVectors: the images in order and their vectors (empty for a failed image).
    QList<qint64> imageIds;
    std::vector<std::vector<float>> vectors;
};

class FeatureCacheTask
{
public:
    explicit FeatureCacheTask(const FeatureCacheRequest &request);

    /// Runs on the calling thread with its own connection. Throws Error(BadInput) for an
    /// unknown backbone or layer, or a project that cannot be opened.
    FeatureCacheResult run(ProgressObserver *observer = nullptr);
    /// From any thread: stops after the current batch (what was computed stays cached).
    void cancel() { m_canceled.store(true); }

    /// The features a features run trains on, through the project's cache: its samples with the
    /// validation transform, and `transfer.augmented_copies` augmented variants of the training
    /// samples. `config` must have adopted its backbone's input settings (adoptBackboneInput).
    /// std::nullopt when canceled; throws Error(BadInput) when an image cannot be read.
    static std::optional<TrainingFeatures> trainingFeatures(const QString &projectFilePath, const TrainingConfig &config,
                                                            const TrainingData &data, ProgressObserver *observer = nullptr);
    /// The same without a project: computed in memory, for this run only.
    static std::optional<TrainingFeatures> computeTrainingFeatures(const TrainingConfig &config, const TrainingData &data,
                                                                   ProgressObserver *observer = nullptr);

private:
    FeatureCacheRequest m_request;
    std::atomic<bool> m_canceled{false};
};

} // namespace Atelier
