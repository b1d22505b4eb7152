#pragma once

// A trained classifier at work: class probabilities and embeddings for images, preprocessed
// exactly as the run's validation images were (DataPipeline: decode, content crop, resize,
// centre crop, normalise).
//
//   auto predictor = Predictor::forRun(projectFile, runId);        // calibration and neighbours too
//   const Prediction p = predictor->predictFile(path, crop, 3, 8);
//   p.top[0].name, p.top[0].probability, p.unsure, p.neighbours
//
//   const PredictionOutputs out = predictor->run(samples, true);   // many images, batched
//   out.probabilities.row(i), out.embedding(i)
//
//   predictor->exportTo(dir, metrics);      // model.pt + model.json + classes.txt + metrics.json
//
// A Predictor is slow to create (the weights are read) and quick to use: load it once, on a
// worker thread, and keep it. Its functions run on the calling thread, one call at a time
// (never call one Predictor from two threads at once); create one per thread otherwise.
// Creating one sets LibTorch's compute thread count for the whole process.

#include "calibration.h"
#include "classificationmetrics.h"
#include "modelpackage.h"
#include "neighbourindex.h"
#include "trainingtypes.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Atelier {

class ProgressObserver;

struct PredictorOptions
{
    int threads = 0;       ///< compute threads; 0: one per core
    /// Images per forward pass in run(); 0: 8 on the CPU, where small batches keep the
    /// activations in the caches (1.5-2x the throughput of 32 for MobileNetV2), 64 on a GPU.
    int batchSize = 0;
    int workers = 0;       ///< decoding threads in run(); 0: half the cores
    /// Penultimate layers wider than this are projected (a fixed random projection, which keeps
    /// cosine similarities) to this many dimensions; 0: kept as they are.
    int embeddingSize = 256;
    /// Cpu by default: a single image is quick there and the GPU stays free for training;
    /// Auto takes a CUDA GPU when LibTorch sees one.
    TrainingDevice device = TrainingDevice::Cpu;
};

struct ClassScore
{
    int label = -1;
    QString name;
    double probability = 0;
};

/// One image's answer.
struct Prediction
{
    QList<ClassScore> top;       ///< most probable first, calibrated
    QList<float> probabilities;  ///< calibrated, one per class
    /// The top probability is below the run's unsure threshold.
    bool unsure = false;
    QList<Neighbour> neighbours; ///< most similar images of the project, most similar first
    QList<float> embedding;
};

/// What run() computes for many images, in their order.
struct PredictionOutputs
{
    ProbabilityRows probabilities; ///< uncalibrated (temperature 1); a failed image's row is all 0
    int embeddingSize = 0;         ///< 0 when embeddings were not asked for
    std::vector<float> embeddings; ///< rows of embeddingSize floats
    /// Images that could not be read, by index, with the reason.
    QList<int> failed;
    QStringList failures;
    bool canceled = false;

    const float *embedding(int index) const { return embeddings.data() + size_t(index) * size_t(embeddingSize); }
    bool hasFailed(int index) const { return failed.contains(index); }
};

class Predictor
{
public:
    /// Builds the network and reads its weights. Throws Error(BadInput) for weights that do not
    /// fit the package (another network, other classes) or cannot be read.
    explicit Predictor(const ModelPackage &package, const PredictorOptions &options = {});
    ~Predictor();
    Predictor(const Predictor &) = delete;
    Predictor &operator=(const Predictor &) = delete;

    /// A project's run, with its calibration and, when it has them, its images' embeddings.
    static std::unique_ptr<Predictor> forRun(const QString &projectFilePath, qint64 runId, const PredictorOptions &options = {});
    /// A folder written by exportTo().
    static std::unique_ptr<Predictor> fromExport(const QString &dir, const PredictorOptions &options = {});

    const ModelPackage &package() const;
    QStringList classNames() const { return package().classNames; }
    /// Floats per embedding (after any projection).
    int embeddingSize() const;

    /// Used by predict() and predictFile(); run() stays uncalibrated.
    void setCalibration(const Calibration &calibration);
    Calibration calibration() const;
    /// The images predict() looks for neighbours among; ignored when its dimension differs.
    void setNeighbourIndex(std::shared_ptr<const NeighbourIndex> index);
    bool hasNeighbourIndex() const;

    /// Probabilities (and embeddings when asked) for many images, batched, decoding on worker
    /// threads. An unreadable image is reported in `failed` and does not stop the others.
    /// Progress goes to the observer as images done of samples.size(); a cancel stops between
    /// batches (outputs.canceled).
    PredictionOutputs run(const QList<TrainingSample> &samples, bool embeddings, ProgressObserver *observer = nullptr);

    /// One image: the `topK` most probable classes (calibrated), the unsure flag and the
    /// `neighbours` most similar indexed images. Throws Error(BadInput) when it cannot be read.
    Prediction predict(const TrainingSample &sample, int topK = 3, int neighbours = 0);
    /// One file; `crop` is its content rectangle in original pixels (null: the whole image).
    Prediction predictFile(const QString &path, const QRect &crop = QRect(), int topK = 3, int neighbours = 0);
    /// The answer for one row of run()'s outputs: calibrated top-k, unsure flag, and neighbours
    /// when `embedding` is given (an indexed image `excludeImageId` is left out of them).
    Prediction answer(const float *probabilities, const float *embedding, int topK = 3, int neighbours = 0,
                      qint64 excludeImageId = 0) const;

    /// Writes a folder that fromExport() and `atelier-cli predict --model` read without the
    /// project: the weights (model.pt, a LibTorch archive), model.json with the preprocessing and
    /// calibration, classes.txt and metrics.json. The folder is created when missing.
    void exportTo(const QString &dir, const QJsonObject &metrics) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier

// The studio hands predictions from its worker thread to the UI in queued signals.
Q_DECLARE_METATYPE(Atelier::Prediction)
