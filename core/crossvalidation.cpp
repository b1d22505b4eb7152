#include "crossvalidation.h"

#include "datapipeline.h"
#include "duplicategroups.h"
#include "error.h"
#include "cancelawareobserver_p.h"
#include "evaluationtask.h"
#include "modelpackage.h"
#include "parallelfor.h"
#include "predictor.h"
#include "progress.h"
#include "projectstore.h"
#include "runstore.h"
#include "seededrandom.h"
#include "trainer.h"
#include "trainingconfigyaml.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>

namespace Atelier {

namespace {

// Keeps the fold shuffle apart from the training streams of the same seed.
constexpr quint64 FoldStream = 0x464f4c44ULL; // "FOLD"

/// A fold's training, reported as one progress bar; the caller's cancel stops it.
class FoldTrainingObserver : public TrainingObserver
{
public:
    FoldTrainingObserver(ProgressObserver *next, const QString &phase)
        : m_next(next)
        , m_phase(phase)
    {}
    void started(const TrainingStart &start) override
    {
        m_batchesPerEpoch = start.batchesPerEpoch;
        m_total = qint64(start.epochs) * start.batchesPerEpoch;
        if (m_next)
            m_next->phase(m_phase, m_total);
    }
    void batchFinished(const BatchMetrics &metrics) override
    {
        if (m_next)
            m_next->progress(qint64(metrics.epoch) * m_batchesPerEpoch + metrics.batch + 1, m_total);
    }
    bool isCanceled() const override { return m_next && m_next->isCanceled(); }

private:
    ProgressObserver *m_next;
    QString m_phase;
    int m_batchesPerEpoch = 0;
    qint64 m_total = 0;
};

/// Every fold reads every image again. Decoded once, to the base image the data pipeline starts
/// from (cut to its content rectangle, short side inputSize / evalCrop), the samples give the
/// folds exactly the same pixels without decoding, when they fit in the config's cache budget.
/// Unreadable images get their reason in `errors` (empty for the others).
QList<TrainingSample> decodedOnce(const QList<TrainingSample> &samples, const TrainingConfig &config, QStringList *errors)
{
    *errors = QStringList(samples.size());
    PipelineOptions options;
    options.inputSize = config.model.inputSize;
    options.channels = config.model.channels;
    options.evalCrop = config.data.evalCrop;
    const qint64 side = DataPipeline::baseShortSide(options);
    const qint64 estimate = side * side * 4 * samples.size(); // 3 bytes a pixel at 4:3
    if (estimate > (qint64(config.data.cacheMegabytes) << 20))
        return samples;
    DataPipeline decoder(samples, options);
    std::vector<RgbImage> images(size_t(samples.size()));
    std::vector<QString> failures(size_t(samples.size()));
    parallelFor(samples.size(), threadCount(config.data.workers > 0 ? config.data.workers : config.threads), [&](qint64 i) {
        try {
            images[size_t(i)] = decoder.baseImage(int(i));
        } catch (const Error &error) {
            failures[size_t(i)] = error.message();
        } catch (const std::exception &error) {
            failures[size_t(i)] = QString::fromLocal8Bit(error.what());
        }
    });
    QList<TrainingSample> decoded;
    decoded.reserve(samples.size());
    for (int i = 0; i < samples.size(); ++i) {
        TrainingSample sample = samples[i];
        if (failures[size_t(i)].isEmpty()) {
            sample.image = images[size_t(i)];
            sample.crop = QRect();
        }
        (*errors)[i] = failures[size_t(i)];
        decoded.append(sample);
    }
    return decoded;
}

} // namespace

CrossValidationTask::CrossValidationTask(const CrossValidationRequest &request)
    : m_request(request)
{}

QList<int> CrossValidationTask::assignFolds(const QList<int> &labels, const QList<int> &groupOf, int folds, quint64 seed)
{
    if (folds < 1)
        throw Error::badInput(QStringLiteral("Cross-validation needs at least one fold"));
    // Units: a duplicate group, or an image of its own.
    QList<QList<int>> units;
    QHash<int, int> unitOfGroup;
    for (int i = 0; i < labels.size(); ++i) {
        const int group = groupOf.value(i, -1);
        if (group < 0) {
            units.append(QList<int>{i});
            continue;
        }
        const auto found = unitOfGroup.constFind(group);
        if (found == unitOfGroup.cend()) {
            unitOfGroup.insert(group, int(units.size()));
            units.append(QList<int>{i});
        } else {
            units[found.value()].append(i);
        }
    }
    // A shuffled order, larger groups first so that the small ones even the folds out.
    SeededRandom random(seed, FoldStream);
    std::vector<int> order(size_t(units.size()));
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(random.below(i))]);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return units[a].size() > units[b].size(); });

    int classes = 0;
    for (const int label : labels)
        classes = std::max(classes, label + 1);
    std::vector<std::vector<int>> perClass(size_t(folds), std::vector<int>(size_t(classes), 0));
    std::vector<int> perFold(size_t(folds), 0);
    QList<int> foldOf(labels.size(), 0);
    for (const int unit : order) {
        const int label = labels[units[unit].first()];
        int best = 0;
        for (int fold = 1; fold < folds; ++fold) {
            const auto key = [&](int f) { return std::make_pair(perClass[size_t(f)][size_t(label)], perFold[size_t(f)]); };
            if (key(fold) < key(best))
                best = fold;
        }
        for (const int item : units[unit]) {
            foldOf[item] = best;
            ++perClass[size_t(best)][size_t(labels[item])];
            ++perFold[size_t(best)];
        }
    }
    return foldOf;
}

ProbabilityRows CrossValidationTask::outOfFoldProbabilities(const QList<TrainingSample> &samples, const QStringList &classNames,
                                                            const TrainingConfig &config, const QList<int> &foldOf, int folds,
                                                            ProgressObserver *observer, QList<int> *failed, QStringList *failures,
                                                            bool *canceled)
{
    *canceled = false;
    ProbabilityRows rows(int(classNames.size()));
    rows.values.assign(size_t(samples.size()) * size_t(rows.classCount), 0.0f);
    TrainingConfig foldConfig = config;
    // The folds have no validation images: train for the given epochs and keep the last weights.
    foldConfig.callbacks.saveBest = false;
    foldConfig.callbacks.restoreBest = false;
    foldConfig.callbacks.earlyStopping = false;
    foldConfig.callbacks.timeLimitMinutes = 0;
    foldConfig.callbacks.checkpointEveryMinutes = 0;
    if (foldConfig.callbacks.monitor == MonitoredMetric::ValidationAccuracy)
        foldConfig.callbacks.monitor = MonitoredMetric::TrainAccuracy;
    else if (foldConfig.callbacks.monitor == MonitoredMetric::ValidationLoss)
        foldConfig.callbacks.monitor = MonitoredMetric::TrainLoss;

    if (observer)
        observer->phase(QStringLiteral("Reading images"), 0);
    QStringList unreadable;
    const QList<TrainingSample> decoded = decodedOnce(samples, config, &unreadable);
    for (int i = 0; i < samples.size(); ++i)
        if (!unreadable[i].isEmpty()) {
            failed->append(i);
            failures->append(unreadable[i]);
        }

    for (int fold = 0; fold < folds; ++fold) {
        TrainerSetup setup;
        setup.config = foldConfig;
        setup.config.seed = config.seed + quint64(fold);
        setup.data.classNames = classNames;
        QList<TrainingSample> heldOut;
        QList<int> heldOutIndex;
        for (int i = 0; i < decoded.size(); ++i) {
            if (!unreadable[i].isEmpty())
                continue;
            if (foldOf[i] == fold) {
                heldOut.append(decoded[i]);
                heldOutIndex.append(i);
            } else {
                setup.data.train.append(decoded[i]);
            }
        }
        if (heldOut.isEmpty())
            continue;
        QTemporaryDir folder;
        if (!folder.isValid())
            throw Error::failure(QStringLiteral("Cannot create a temporary folder for fold %1: %2").arg(fold + 1).arg(folder.errorString()));
        setup.checkpointDir = folder.path();

        FoldTrainingObserver training(observer, QStringLiteral("Fold %1/%2: training").arg(fold + 1).arg(folds));
        const TrainingResult trained = Trainer(setup).run(&training);
        if (trained.status == RunStatus::Canceled) {
            *canceled = true;
            return ProbabilityRows(rows.classCount);
        }
        if (trained.status == RunStatus::Diverged || trained.status == RunStatus::Failed)
            throw Error::failure(QStringLiteral("Fold %1 did not train: %2").arg(fold + 1).arg(trained.message));

        PredictorOptions options;
        options.threads = foldConfig.threads;
        options.device = foldConfig.device;
        options.workers = foldConfig.data.workers;
        Predictor predictor(ModelPackage::forCheckpoint(folder.path(), setup.config, classNames), options);
        if (observer)
            observer->phase(QStringLiteral("Fold %1/%2: predicting").arg(fold + 1).arg(folds), heldOut.size());
        const PredictionOutputs outputs = predictor.run(heldOut, false, observer);
        if (outputs.canceled) {
            *canceled = true;
            return ProbabilityRows(rows.classCount);
        }
        for (int j = 0; j < heldOut.size(); ++j)
            std::copy_n(outputs.probabilities.row(j), rows.classCount, rows.row(heldOutIndex[j]));
        for (int k = 0; k < outputs.failed.size(); ++k) {
            failed->append(heldOutIndex[outputs.failed[k]]);
            failures->append(outputs.failures[k]);
        }
    }
    return rows;
}

CrossValidationResult CrossValidationTask::run(ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    const int folds = m_request.folds;
    if (folds < 2)
        throw Error::badInput(QStringLiteral("Cross-validation needs at least 2 folds (got %1)").arg(folds));
    CancelAwareObserver progress(observer, m_canceled);
    const auto store = ProjectStore::open(m_request.projectFilePath);
    const qint64 runId = m_request.runId;
    const auto record = RunStore(*store).run(runId);
    if (!record)
        throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
    TrainingConfig config = TrainingConfigYaml::parse(record->configText, QStringLiteral("run %1").arg(runId));
    if (m_request.epochs > 0)
        config.epochs = m_request.epochs;
    if (m_request.threads)
        config.threads = *m_request.threads;
    if (m_request.device)
        config.device = *m_request.device;

    const TrainingData data = EvaluationTask::runImages(*store, runId);
    QList<TrainingSample> samples = data.train + data.validation + data.test;
    std::sort(samples.begin(), samples.end(), [](const TrainingSample &a, const TrainingSample &b) { return a.imageId < b.imageId; });
    if (samples.size() < folds)
        throw Error::badInput(QStringLiteral("%1 labelled images are too few for %2 folds").arg(samples.size()).arg(folds));

    // Duplicates in different folds would predict each other: keep each group in one fold.
    progress.phase(QStringLiteral("Finding duplicate groups"), 0);
    QHash<qint64, int> groupOfImage;
    const QList<QList<qint64>> groups = DuplicateGroups::forSplitting(*store);
    for (int g = 0; g < groups.size(); ++g)
        for (const qint64 id : groups[g])
            groupOfImage.insert(id, g);
    QList<int> labels;
    QList<int> groupOf;
    for (const TrainingSample &sample : std::as_const(samples)) {
        labels.append(sample.label);
        groupOf.append(groupOfImage.value(sample.imageId, -1));
    }
    const QList<int> foldOf = assignFolds(labels, groupOf, folds, config.seed);

    CrossValidationResult result;
    result.folds = folds;
    QList<int> failed;
    const ProbabilityRows rows = outOfFoldProbabilities(samples, data.classNames, config, foldOf, folds, &progress, &failed,
                                                        &result.problems, &result.canceled);
    result.seconds = timer.elapsed() / 1000.0;
    if (result.canceled)
        return result;

    result.predictions.probabilities = ProbabilityRows(rows.classCount);
    for (int i = 0; i < samples.size(); ++i) {
        if (failed.contains(i))
            continue;
        result.predictions.imageIds.append(samples[i].imageId);
        result.predictions.labels.append(samples[i].label);
        result.predictions.probabilities.appendRow(rows.row(i));
    }
    if (result.predictions.size() == 0)
        throw Error::badInput(QStringLiteral("None of run %1's images could be read").arg(runId));
    result.metrics = ClassificationMetrics::compute(result.predictions.labels, result.predictions.probabilities, data.classNames);
    EvaluationStore(*store).save(runId, EvaluationSource::CrossValidation, result.metrics, result.predictions);
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

} // namespace Atelier
