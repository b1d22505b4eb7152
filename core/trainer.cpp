#include "trainer.h"

#include "computeruntime.h"
#include "datapipeline.h"
#include "epochsampler.h"
#include "error.h"
#include "featureextractor.h"
#include "headtrainer.h"
#include "learningrateschedule.h"
#include "modelzoo_p.h"
#include "optimizers_p.h"
#include "seededrandom.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <atomic>
#include <cmath>
#include <optional>
#include <sstream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Atelier {

namespace {

// Bump when checkpoints change shape; older ones are refused with a clear message.
constexpr int64_t CheckpointFormat = 1;
// Keeps dropout's seeds apart from the data streams.
constexpr quint64 DropoutStream = 0x44524f50ULL; // "DROP"

/// Where a run stands, besides its tensors: what a checkpoint restores.
struct Progress
{
    int epoch = 0;  ///< the epoch in progress, or the next to begin
    int batch = 0;  ///< batches of `epoch` done
    qint64 step = 0;
    double lossSum = 0; ///< this epoch so far
    double correct = 0;
    double seen = 0;
    double trainSeconds = 0;
    double epochSeconds = 0;
    int bestEpoch = -1;
    double best = NoMetric;
    int badEpochs = 0; ///< early stopping's count
    double learningRate = 0;
    LearningRateSchedule::State schedule;
    QList<EpochMetrics> history;
};

constexpr int HistoryColumns = 9;

torch::Tensor historyTensor(const QList<EpochMetrics> &history)
{
    torch::Tensor table = torch::zeros({int64_t(history.size()), HistoryColumns}, torch::kFloat64);
    auto rows = table.accessor<double, 2>();
    for (int i = 0; i < history.size(); ++i) {
        const EpochMetrics &m = history[i];
        const double values[HistoryColumns] = {double(m.epoch), m.trainLoss, m.trainAccuracy, m.validationLoss, m.validationAccuracy,
                                               m.learningRate, m.imagesPerSecond, m.seconds, m.improved ? 1.0 : 0.0};
        for (int c = 0; c < HistoryColumns; ++c)
            rows[i][c] = values[c];
    }
    return table;
}

QList<EpochMetrics> historyFrom(const torch::Tensor &table)
{
    QList<EpochMetrics> history;
    auto rows = table.accessor<double, 2>();
    for (int64_t i = 0; i < table.size(0); ++i) {
        EpochMetrics m;
        m.epoch = int(rows[i][0]);
        m.trainLoss = rows[i][1];
        m.trainAccuracy = rows[i][2];
        m.validationLoss = rows[i][3];
        m.validationAccuracy = rows[i][4];
        m.learningRate = rows[i][5];
        m.imagesPerSecond = rows[i][6];
        m.seconds = rows[i][7];
        m.improved = rows[i][8] != 0;
        history.append(m);
    }
    return history;
}

torch::Tensor cpuRandomState()
{
    at::Generator generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    return generator.get_state();
}

void setCpuRandomState(const torch::Tensor &state)
{
    at::Generator generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_state(state);
}

/// Mixed precision on CUDA: bfloat16 autocast around the forward pass (no loss scaling needed).
class AutocastGuard
{
public:
    explicit AutocastGuard(bool enabled)
        : m_enabled(enabled)
    {
        if (m_enabled)
            setEnabled(true);
    }
    ~AutocastGuard()
    {
        if (m_enabled) {
            setEnabled(false);
            at::autocast::clear_cache();
        }
    }
    AutocastGuard(const AutocastGuard &) = delete;
    AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
    static void setEnabled(bool enabled)
    {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
        at::autocast::set_autocast_enabled(at::kCUDA, enabled);
#else
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(enabled);
#endif
    }
    bool m_enabled;
};

/// Every step allocates and frees the same large activation buffers. By default glibc hands blocks
/// of more than a few MiB straight back to the system, so each step faults them in again: a third
/// of MobileNetV2's CPU time on two cores went to the kernel. During training freed blocks stay in
/// the heap for the next step; afterwards the thresholds return to glibc's largest defaults and the
/// spare memory goes back to the system.
class HeapReuse
{
public:
    HeapReuse()
    {
#ifdef __GLIBC__
        if (s_active++ == 0) {
            mallopt(M_MMAP_THRESHOLD, 1 << 30);
            mallopt(M_TRIM_THRESHOLD, 1 << 30);
        }
#endif
    }
    ~HeapReuse()
    {
#ifdef __GLIBC__
        if (--s_active == 0) {
            mallopt(M_MMAP_THRESHOLD, 32 << 20);
            mallopt(M_TRIM_THRESHOLD, 64 << 20);
            malloc_trim(0);
        }
#endif
    }
    HeapReuse(const HeapReuse &) = delete;
    HeapReuse &operator=(const HeapReuse &) = delete;

private:
    static inline std::atomic<int> s_active{0};
};

/// Writes bytes to a temporary file beside `path`, then renames it over `path`: a crash leaves
/// either the old file or the new one, never half of one.
void writeAtomically(const QString &path, const std::string &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

int64_t readInt(torch::serialize::InputArchive &archive, const char *key)
{
    c10::IValue value;
    archive.read(key, value);
    return value.toInt();
}

double readDouble(torch::serialize::InputArchive &archive, const char *key)
{
    c10::IValue value;
    archive.read(key, value);
    return value.toDouble();
}

QString readString(torch::serialize::InputArchive &archive, const char *key)
{
    c10::IValue value;
    archive.read(key, value);
    return QString::fromStdString(value.toStringRef());
}

QList<int> labelsOf(const QList<TrainingSample> &samples)
{
    QList<int> labels;
    labels.reserve(samples.size());
    for (const TrainingSample &sample : samples)
        labels.append(sample.label);
    return labels;
}

std::vector<int> inOrder(int count)
{
    std::vector<int> order(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        order[size_t(i)] = i;
    return order;
}

} // namespace

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerConfig &config,
                                                       std::vector<torch::optim::OptimizerParamGroup> groups)
{
    switch (config.kind) {
    case OptimizerKind::Adam:
        return std::make_unique<torch::optim::Adam>(
            std::move(groups), torch::optim::AdamOptions(config.learningRate).betas({config.beta1, config.beta2}).weight_decay(config.weightDecay));
    case OptimizerKind::AdamW:
        return std::make_unique<torch::optim::AdamW>(
            std::move(groups), torch::optim::AdamWOptions(config.learningRate).betas({config.beta1, config.beta2}).weight_decay(config.weightDecay));
    case OptimizerKind::Sgd:
        return std::make_unique<torch::optim::SGD>(std::move(groups), torch::optim::SGDOptions(config.learningRate)
                                                                          .momentum(config.momentum)
                                                                          .nesterov(config.nesterov)
                                                                          .weight_decay(config.weightDecay));
    }
    throw Error::failure(QStringLiteral("Unknown optimizer"));
}

void setLearningRate(torch::optim::Optimizer &optimizer, double rate, const std::vector<double> &factors)
{
    auto &groups = optimizer.param_groups();
    for (size_t i = 0; i < groups.size(); ++i)
        groups[i].options().set_lr(rate * (i < factors.size() ? factors[i] : 1.0));
}

class Trainer::Private
{
public:
    explicit Private(const TrainerSetup &setup)
        : setup(setup)
        , config(setup.config)
    {}

    TrainingResult run(TrainingObserver &observer);

    struct Evaluation
    {
        double loss = NoMetric;
        double accuracy = NoMetric;
        int images = 0;
        bool canceled = false;
    };

    torch::Device chooseDevice() const;
    void checkMixedPrecision(TrainingObserver &observer);
    torch::Tensor lossOf(const torch::Tensor &logits, const torch::Tensor &targets) const;
    Evaluation evaluate(DataPipeline &pipeline, TrainingObserver &observer);
    void saveCheckpoint(const Progress &progress, const LearningRateSchedule &schedule);
    void loadCheckpoint(Progress &progress, LearningRateSchedule &schedule);
    void saveBest(const Progress &progress);
    bool restoreBest();
    QString checkpointPath() const { return QDir(setup.checkpointDir).filePath(Trainer::checkpointFileName()); }
    QString bestPath() const { return QDir(setup.checkpointDir).filePath(Trainer::bestFileName()); }
    /// train() on the network; a fine-tuned backbone keeps frozen blocks' BatchNorm in eval mode.
    /// Fits the new head exactly on the backbone's cached features, as Quick mode does, and
    /// starts from it. False when canceled.
    bool startHeadFromFeatures(TrainingObserver &observer);
    void enterTraining();

    const TrainerSetup setup;
    TrainingConfig config;
    torch::Device device = torch::kCPU;
    bool mixedPrecision = false;
    torch::nn::AnyModule model;
    std::shared_ptr<torch::nn::Module> module;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    torch::Tensor classWeights;
    // Fine-tuning: the network on the backbone, its description for the weight files, and each
    // optimizer group's share of the learning rate (trunk, head).
    BackboneClassifier backboneNet{nullptr};
    std::string backboneNetJson;
    std::vector<double> learningRateFactors;
};

void Trainer::Private::enterTraining()
{
    if (backboneNet)
        backboneNet->setTraining(true, config.transfer.batchNorm);
    else
        module->train();
}

torch::Device Trainer::Private::chooseDevice() const
{
    const bool cuda = torch::cuda::is_available();
    if (config.device == TrainingDevice::Cuda && !cuda)
        throw Error::badInput(QStringLiteral("device: cuda was asked for, but this LibTorch build sees no CUDA GPU "
                                             "(use device: auto or cpu)"));
    return config.device != TrainingDevice::Cpu && cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

void Trainer::Private::checkMixedPrecision(TrainingObserver &observer)
{
    mixedPrecision = device.is_cuda() && config.mixedPrecision;
    if (!mixedPrecision)
        return;
    // Older GPUs lack bfloat16 arithmetic: find out with a tiny product rather than fail mid-run.
    try {
        const torch::Tensor probe = torch::ones({8, 8}, torch::TensorOptions().device(device).dtype(torch::kBFloat16));
        (void)probe.matmul(probe).sum().item<float>();
    } catch (const std::exception &) {
        mixedPrecision = false;
        observer.message(QStringLiteral("This GPU has no bfloat16 arithmetic: training in full precision"));
    }
}

torch::Tensor Trainer::Private::lossOf(const torch::Tensor &logits, const torch::Tensor &targets) const
{
    auto options = torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(config.labelSmoothing);
    if (classWeights.defined())
        options.weight(classWeights);
    return torch::nn::functional::cross_entropy(logits.to(torch::kFloat32), targets, options);
}

Trainer::Private::Evaluation Trainer::Private::evaluate(DataPipeline &pipeline, TrainingObserver &observer)
{
    Evaluation result;
    if (pipeline.sampleCount() == 0)
        return result;
    module->eval();
    torch::NoGradGuard noGrad;
    pipeline.start(0, inOrder(pipeline.sampleCount()), config.batchSize);
    double lossSum = 0;
    double correct = 0;
    ImageBatch batch;
    const int64_t side = config.model.inputSize;
    for (;;) {
        if (observer.isCanceled()) {
            pipeline.stop();
            result.canceled = true;
            break;
        }
        if (!pipeline.next(batch))
            break;
        const torch::Tensor input = torch::from_blob(batch.pixels.data(), {batch.size, config.model.channels, side, side}).to(device);
        const torch::Tensor targets = torch::from_blob(batch.labels.data(), {batch.size}, torch::kInt64).to(device);
        torch::Tensor logits;
        {
            AutocastGuard autocast(mixedPrecision);
            logits = model.forward(input);
        }
        lossSum += lossOf(logits, targets).item<double>() * batch.size;
        correct += logits.argmax(1).eq(targets).sum().item<double>();
        result.images += batch.size;
    }
    enterTraining();
    if (result.images > 0 && !result.canceled) {
        result.loss = lossSum / result.images;
        result.accuracy = correct / result.images;
    }
    return result;
}

void Trainer::Private::saveCheckpoint(const Progress &progress, const LearningRateSchedule &schedule)
{
    if (setup.checkpointDir.isEmpty())
        return;
    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(CheckpointFormat));
    archive.write("architecture", c10::IValue(architectureName(config.model.architecture).toStdString()));
    archive.write("classes", c10::IValue(setup.data.classNames.join(QLatin1Char('\n')).toStdString()));
    if (!backboneNetJson.empty())
        archive.write("backbone_net", c10::IValue(backboneNetJson));
    archive.write("epoch", c10::IValue(int64_t(progress.epoch)));
    archive.write("batch", c10::IValue(int64_t(progress.batch)));
    archive.write("step", c10::IValue(int64_t(progress.step)));
    archive.write("loss_sum", c10::IValue(progress.lossSum));
    archive.write("correct", c10::IValue(progress.correct));
    archive.write("seen", c10::IValue(progress.seen));
    archive.write("train_seconds", c10::IValue(progress.trainSeconds));
    archive.write("epoch_seconds", c10::IValue(progress.epochSeconds));
    archive.write("best_epoch", c10::IValue(int64_t(progress.bestEpoch)));
    archive.write("best", c10::IValue(progress.best));
    archive.write("bad_epochs", c10::IValue(int64_t(progress.badEpochs)));
    archive.write("learning_rate", c10::IValue(progress.learningRate));
    const LearningRateSchedule::State state = schedule.state();
    archive.write("schedule_scale", c10::IValue(state.plateauScale));
    archive.write("schedule_best", c10::IValue(state.best));
    archive.write("schedule_has_best", c10::IValue(int64_t(state.hasBest ? 1 : 0)));
    archive.write("schedule_bad_epochs", c10::IValue(int64_t(state.badEpochs)));
    archive.write("history", historyTensor(progress.history), /*is_buffer=*/true);
    archive.write("rng", cpuRandomState(), /*is_buffer=*/true);
    torch::serialize::OutputArchive modelArchive;
    module->save(modelArchive);
    archive.write("model", modelArchive);
    torch::serialize::OutputArchive optimizerArchive;
    optimizer->save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);

    std::ostringstream bytes;
    archive.save_to(bytes);
    writeAtomically(checkpointPath(), bytes.str());
}

void Trainer::Private::loadCheckpoint(Progress &progress, LearningRateSchedule &schedule)
{
    const QString path = checkpointPath();
    if (!QFileInfo::exists(path))
        throw Error::badInput(QStringLiteral("Nothing to resume: %1 does not exist").arg(path));
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString(), device);
        if (readInt(archive, "format") != CheckpointFormat)
            throw Error::badInput(QStringLiteral("%1 was written by another version of Atelier").arg(path));
        if (readString(archive, "architecture") != architectureName(config.model.architecture)
            || readString(archive, "classes") != setup.data.classNames.join(QLatin1Char('\n')))
            throw Error::badInput(QStringLiteral("%1 belongs to another network or other classes than this run's").arg(path));
        progress.epoch = int(readInt(archive, "epoch"));
        progress.batch = int(readInt(archive, "batch"));
        progress.step = readInt(archive, "step");
        progress.lossSum = readDouble(archive, "loss_sum");
        progress.correct = readDouble(archive, "correct");
        progress.seen = readDouble(archive, "seen");
        progress.trainSeconds = readDouble(archive, "train_seconds");
        progress.epochSeconds = readDouble(archive, "epoch_seconds");
        progress.bestEpoch = int(readInt(archive, "best_epoch"));
        progress.best = readDouble(archive, "best");
        progress.badEpochs = int(readInt(archive, "bad_epochs"));
        progress.learningRate = readDouble(archive, "learning_rate");
        LearningRateSchedule::State state;
        state.plateauScale = readDouble(archive, "schedule_scale");
        state.best = readDouble(archive, "schedule_best");
        state.hasBest = readInt(archive, "schedule_has_best") != 0;
        state.badEpochs = int(readInt(archive, "schedule_bad_epochs"));
        schedule.restore(state);
        torch::Tensor history;
        archive.read("history", history, /*is_buffer=*/true);
        progress.history = historyFrom(history.to(torch::kCPU));
        torch::Tensor rng;
        archive.read("rng", rng, /*is_buffer=*/true);
        setCpuRandomState(rng.to(torch::kCPU));
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        module->load(modelArchive);
        torch::serialize::InputArchive optimizerArchive;
        archive.read("optimizer", optimizerArchive);
        optimizer->load(optimizerArchive);
    } catch (const Error &) {
        throw;
    } catch (const std::exception &error) {
        throw Error::badInput(QStringLiteral("Cannot resume from %1: %2").arg(path, QString::fromLocal8Bit(error.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

void Trainer::Private::saveBest(const Progress &progress)
{
    if (setup.checkpointDir.isEmpty() || !config.callbacks.saveBest)
        return;
    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(CheckpointFormat));
    archive.write("architecture", c10::IValue(architectureName(config.model.architecture).toStdString()));
    archive.write("input_size", c10::IValue(int64_t(config.model.inputSize)));
    archive.write("channels", c10::IValue(int64_t(config.model.channels)));
    archive.write("classes", c10::IValue(setup.data.classNames.join(QLatin1Char('\n')).toStdString()));
    if (!backboneNetJson.empty())
        archive.write("backbone_net", c10::IValue(backboneNetJson));
    archive.write("epoch", c10::IValue(int64_t(progress.bestEpoch)));
    archive.write("metric", c10::IValue(progress.best));
    torch::serialize::OutputArchive modelArchive;
    module->save(modelArchive);
    archive.write("model", modelArchive);
    std::ostringstream bytes;
    archive.save_to(bytes);
    writeAtomically(bestPath(), bytes.str());
}

bool Trainer::Private::restoreBest()
{
    if (setup.checkpointDir.isEmpty() || !QFileInfo::exists(bestPath()))
        return false;
    torch::serialize::InputArchive archive;
    archive.load_from(bestPath().toStdString(), device);
    torch::serialize::InputArchive modelArchive;
    archive.read("model", modelArchive);
    module->load(modelArchive);
    return true;
}

bool Trainer::Private::startHeadFromFeatures(TrainingObserver &observer)
{
    // Quick mode on the same images and layer, its messages passed on, its epochs not: they are
    // not this run's.
    class MessagesOnly : public TrainingObserver
    {
    public:
        explicit MessagesOnly(TrainingObserver &outer)
            : m_outer(outer)
        {}
        void message(const QString &text) override { m_outer.message(QStringLiteral("Head start: ") + text); }
        bool isCanceled() const override { return m_outer.isCanceled(); }

    private:
        TrainingObserver &m_outer;
    };
    TrainerSetup quick = setup;
    quick.config.mode = TrainingMode::Features;
    quick.config.transfer.solver = HeadSolver::Lbfgs;
    quick.config.transfer.normaliseFeatures = false; // the fine-tuned network reads the features as they come
    quick.config.transfer.augmentedCopies = 0;
    quick.checkpointDir.clear();
    quick.resume = false;
    HeadTrainer fit(quick);
    MessagesOnly messages(observer);
    const TrainingResult fitted = fit.run(&messages);
    if (fitted.status == RunStatus::Canceled)
        return false;
    const HeadTrainer::DenseLayer dense = fit.denseLayer();
    torch::nn::LinearImpl *layer = nullptr;
    for (const auto &child : backboneNet->head->modules(/*include_self=*/false))
        if (auto *linear = child->as<torch::nn::Linear>())
            layer = linear;
    torch::NoGradGuard noGrad;
    layer->weight.copy_(torch::from_blob(const_cast<float *>(dense.weight.data()), layer->weight.sizes()).to(layer->weight.device()));
    layer->bias.copy_(torch::from_blob(const_cast<float *>(dense.bias.data()), layer->bias.sizes()).to(layer->bias.device()));
    observer.message(QStringLiteral("The new head starts from an exact fit on the features (best %1 %2)")
                         .arg(fitted.monitor)
                         .arg(fitted.bestMetric, 0, 'g', 4));
    return true;
}

TrainingResult Trainer::Private::run(TrainingObserver &observer)
{
    QElapsedTimer runTimer;
    runTimer.start();
    const TrainingData &data = setup.data;
    const int classes = int(data.classNames.size());
    if (data.train.isEmpty())
        throw Error::badInput(QStringLiteral("No training images: label some images and put them in the train split"));
    if (config.batchSize < 1 || config.epochs < 1)
        throw Error::badInput(QStringLiteral("batch_size and epochs must be at least 1"));

    // Fine-tuning starts from a backbone, whose weights decide the input size and normalisation.
    std::optional<BackboneWeights> backboneWeights;
    if (config.mode == TrainingMode::FineTune) {
        backboneWeights = BackboneFile::read(BackboneChoice::find(config.transfer.backbone).path);
        adoptBackboneInput(config, backboneWeights->spec);
    }

    const HeapReuse heapReuse;
    device = chooseDevice();
    const int threads = ComputeRuntime::setThreadCount(config.threads);
    checkMixedPrecision(observer);
    if (device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);

    torch::manual_seed(config.seed);
    if (backboneWeights) {
        backboneNet = ModelZoo::createOnBackbone(config.transfer, *backboneWeights, classes);
        backboneNet->freezeTrunk(config.transfer.unfreezeBlocks);
        backboneNetJson = backboneNet->spec.toJson();
        model = torch::nn::AnyModule(backboneNet);
        backboneWeights.reset();
    } else {
        model = ModelZoo::create(config.model, classes);
    }
    module = model.ptr();
    module->to(device);
    enterTraining();
    if (backboneNet) {
        // The backbone learns more slowly than the new head, which starts from nothing.
        std::vector<torch::optim::OptimizerParamGroup> groups;
        const std::vector<torch::Tensor> trunk = backboneNet->trainableTrunkParameters();
        if (!trunk.empty()) {
            groups.emplace_back(trunk);
            learningRateFactors.push_back(config.transfer.backboneLearningRateFactor);
        }
        groups.emplace_back(backboneNet->head->parameters());
        learningRateFactors.push_back(1.0);
        optimizer = makeOptimizer(config.optimizer, std::move(groups));
        int64_t trainable = 0;
        for (const torch::Tensor &parameter : trunk)
            trainable += parameter.numel();
        const int blocks = int(backboneNet->blocks().size());
        const int unfrozen = config.transfer.unfreezeBlocks < 0 ? blocks : std::min(blocks, config.transfer.unfreezeBlocks);
        observer.message(QStringLiteral("Fine-tuning the last %1 of %2 backbone blocks up to %3 (%4 weights) at %5x the head's learning rate")
                             .arg(unfrozen)
                             .arg(blocks)
                             .arg(backboneNet->spec.layer)
                             .arg(trainable)
                             .arg(config.transfer.backboneLearningRateFactor));
    } else {
        optimizer = makeOptimizer(config.optimizer, {torch::optim::OptimizerParamGroup(module->parameters())});
    }

    const EpochSampler sampler(labelsOf(data.train), classes, config.data.balance, config.seed);
    if (config.data.balance == ClassBalance::ClassWeights) {
        const std::vector<double> weights = sampler.classWeights();
        classWeights = torch::tensor(std::vector<float>(weights.begin(), weights.end())).to(device);
    }

    // Decoding shares the cores with the network: by default half of them, at least one.
    const int workers = config.data.workers > 0 ? config.data.workers : std::clamp(QThread::idealThreadCount() / 2, 1, 8);
    PipelineOptions pipelineOptions;
    pipelineOptions.inputSize = config.model.inputSize;
    pipelineOptions.channels = config.model.channels;
    pipelineOptions.augmentation = config.augmentation;
    pipelineOptions.evalCrop = config.data.evalCrop;
    pipelineOptions.mean = config.normalizeMean();
    pipelineOptions.std = config.normalizeStd();
    pipelineOptions.workers = workers;
    pipelineOptions.prefetchBatches = config.data.prefetchBatches;
    pipelineOptions.seed = config.seed;
    const qint64 cacheBytes = qint64(config.data.cacheMegabytes) << 20;
    const double trainShare = double(data.train.size()) / double(data.train.size() + data.validation.size());
    PipelineOptions trainOptions = pipelineOptions;
    trainOptions.augment = true;
    trainOptions.cacheBytes = qint64(cacheBytes * trainShare);
    PipelineOptions evalOptions = pipelineOptions;
    evalOptions.cacheBytes = cacheBytes - trainOptions.cacheBytes;
    DataPipeline trainPipeline(data.train, trainOptions);
    DataPipeline validationPipeline(data.validation, evalOptions);

    const int batchesPerEpoch = DataPipeline::batchCount(int(sampler.order(0).size()), config.batchSize);
    LearningRateSchedule schedule(config.schedule, config.optimizer.learningRate, batchesPerEpoch, config.epochs);
    Progress progress;
    progress.learningRate = schedule.rateAt(0);
    if (!setup.checkpointDir.isEmpty() && !QDir().mkpath(setup.checkpointDir))
        throw Error::failure(QStringLiteral("Cannot create the folder %1").arg(setup.checkpointDir));
    if (setup.resume)
        loadCheckpoint(progress, schedule);

    MonitoredMetric monitor = config.callbacks.monitor;
    if (data.validation.isEmpty() && (monitor == MonitoredMetric::ValidationLoss || monitor == MonitoredMetric::ValidationAccuracy)) {
        monitor = monitor == MonitoredMetric::ValidationLoss ? MonitoredMetric::TrainLoss : MonitoredMetric::TrainAccuracy;
        observer.message(QStringLiteral("No validation images: watching %1 instead").arg(metricName(monitor)));
    }
    const bool higherIsBetter = metricIncreases(monitor);

    TrainingStart start;
    start.runId = setup.runId;
    start.firstEpoch = progress.epoch;
    start.epochs = config.epochs;
    start.batchesPerEpoch = batchesPerEpoch;
    start.trainImages = int(data.train.size());
    start.validationImages = int(data.validation.size());
    start.testImages = int(data.test.size());
    start.classNames = data.classNames;
    start.device = device.is_cuda() ? QStringLiteral("cuda:0") : QStringLiteral("cpu");
    start.threads = threads;
    start.dataWorkers = workers;
    start.mixedPrecision = mixedPrecision;
    start.monitor = monitor;
    start.resumed = setup.resume;
    start.history = progress.history;
    observer.started(start);

    TrainingResult result;
    result.monitor = metricName(monitor);
    const auto finish = [&](RunStatus status, const QString &message) {
        result.status = status;
        result.message = message;
        result.epochsCompleted = int(progress.history.size());
        result.bestEpoch = progress.bestEpoch;
        result.bestMetric = progress.best;
        result.seconds = runTimer.elapsed() / 1000.0;
        return result;
    };
    const double timeLimitMs = config.callbacks.timeLimitMinutes * 60'000.0;
    const double checkpointEveryMs = config.callbacks.checkpointEveryMinutes * 60'000.0;
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    const int64_t side = config.model.inputSize;

    if (backboneNet && !setup.resume && config.transfer.fitHeadFirst && config.transfer.head == HeadKind::Linear
        && !startHeadFromFeatures(observer))
        return finish(RunStatus::Canceled, QStringLiteral("Canceled while fitting the head on the features, before fine-tuning began"));

    while (progress.epoch < config.epochs) {
        QElapsedTimer epochTimer;
        epochTimer.start();
        const double epochSecondsBefore = progress.epochSeconds;
        const auto epochSeconds = [&] { return epochSecondsBefore + epochTimer.nsecsElapsed() / 1e9; };
        // Dropout draws from torch's generator: seeding it per epoch keeps epochs independent of
        // how the run got there. A mid-epoch resume restored the generator from the checkpoint.
        if (progress.batch == 0)
            torch::manual_seed(SeededRandom(config.seed, DropoutStream, quint64(progress.epoch)).next());
        trainPipeline.start(progress.epoch, sampler.order(progress.epoch), config.batchSize, progress.batch);

        const double waitedBefore = trainPipeline.stats().waitSeconds;
        QElapsedTimer trainTimer;
        trainTimer.start();
        const double trainSecondsBefore = progress.trainSeconds;
        ImageBatch batch;
        for (;;) {
            progress.trainSeconds = trainSecondsBefore + trainTimer.nsecsElapsed() / 1e9;
            progress.epochSeconds = epochSeconds();
            if (observer.isCanceled()) {
                trainPipeline.stop();
                saveCheckpoint(progress, schedule);
                return finish(RunStatus::Canceled, QStringLiteral("Canceled at epoch %1, batch %2; resumable").arg(progress.epoch + 1).arg(progress.batch));
            }
            if (timeLimitMs > 0 && runTimer.elapsed() > timeLimitMs) {
                trainPipeline.stop();
                saveCheckpoint(progress, schedule);
                return finish(RunStatus::TimeLimit, QStringLiteral("Time limit of %1 min reached; resumable").arg(config.callbacks.timeLimitMinutes));
            }
            if (checkpointEveryMs > 0 && sinceCheckpoint.elapsed() > checkpointEveryMs) {
                saveCheckpoint(progress, schedule);
                sinceCheckpoint.restart();
            }
            if (!trainPipeline.next(batch))
                break;

            const double rate = schedule.rateAt(progress.step);
            setLearningRate(*optimizer, rate, learningRateFactors);
            const torch::Tensor input = torch::from_blob(batch.pixels.data(), {batch.size, config.model.channels, side, side}).to(device);
            const torch::Tensor targets = torch::from_blob(batch.labels.data(), {batch.size}, torch::kInt64).to(device);
            optimizer->zero_grad();
            torch::Tensor logits;
            {
                AutocastGuard autocast(mixedPrecision);
                logits = model.forward(input);
            }
            const torch::Tensor loss = lossOf(logits, targets);
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue) && config.callbacks.stopOnNan) {
                trainPipeline.stop();
                const QString kept = progress.history.isEmpty()
                                         ? QStringLiteral("no epoch had finished")
                                         : QStringLiteral("the checkpoint of epoch %1 is kept").arg(progress.history.last().epoch + 1);
                return finish(RunStatus::Diverged, QStringLiteral("The loss became %1 at epoch %2, batch %3 (try a lower learning rate); %4")
                                                       .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                                       .arg(progress.epoch + 1)
                                                       .arg(progress.batch + 1)
                                                       .arg(kept));
            }
            loss.backward();
            if (config.optimizer.gradientClip > 0)
                torch::nn::utils::clip_grad_norm_(module->parameters(), config.optimizer.gradientClip);
            optimizer->step();

            const double correct = logits.argmax(1).eq(targets).sum().item<double>();
            progress.lossSum += lossValue * batch.size;
            progress.correct += correct;
            progress.seen += batch.size;
            progress.learningRate = rate;
            ++progress.step;
            ++progress.batch;
            progress.trainSeconds = trainSecondsBefore + trainTimer.nsecsElapsed() / 1e9;

            BatchMetrics metrics;
            metrics.epoch = progress.epoch;
            metrics.batch = progress.batch - 1;
            metrics.batchCount = batchesPerEpoch;
            metrics.step = progress.step;
            metrics.loss = lossValue;
            metrics.accuracy = correct / batch.size;
            metrics.learningRate = rate;
            metrics.imagesPerSecond = progress.trainSeconds > 0 ? progress.seen / progress.trainSeconds : 0;
            observer.batchFinished(metrics);
        }

        const Evaluation validation = evaluate(validationPipeline, observer);
        progress.epochSeconds = epochSeconds();
        if (validation.canceled) {
            saveCheckpoint(progress, schedule); // training of this epoch is done: a resume validates
            return finish(RunStatus::Canceled, QStringLiteral("Canceled while validating epoch %1; resumable").arg(progress.epoch + 1));
        }

        EpochMetrics epoch;
        epoch.epoch = progress.epoch;
        epoch.trainLoss = progress.seen > 0 ? progress.lossSum / progress.seen : NoMetric;
        epoch.trainAccuracy = progress.seen > 0 ? progress.correct / progress.seen : NoMetric;
        epoch.validationLoss = validation.loss;
        epoch.validationAccuracy = validation.accuracy;
        epoch.learningRate = progress.learningRate;
        epoch.imagesPerSecond = progress.trainSeconds > 0 ? progress.seen / progress.trainSeconds : 0;
        epoch.dataWaitSeconds = trainPipeline.stats().waitSeconds - waitedBefore;
        epoch.seconds = progress.epochSeconds;

        const double value = monitoredValue(monitor, epoch);
        const double minDelta = config.callbacks.minDelta;
        epoch.improved = std::isfinite(value)
                         && (progress.bestEpoch < 0 || (higherIsBetter ? value > progress.best + minDelta : value < progress.best - minDelta));
        if (epoch.improved) {
            progress.best = value;
            progress.bestEpoch = epoch.epoch;
            progress.badEpochs = 0;
            saveBest(progress);
        } else {
            ++progress.badEpochs;
        }
        schedule.epochEnded(value, higherIsBetter, minDelta);

        progress.history.append(epoch);
        ++progress.epoch;
        progress.batch = 0;
        progress.lossSum = progress.correct = progress.seen = 0;
        progress.trainSeconds = progress.epochSeconds = 0;
        saveCheckpoint(progress, schedule);
        sinceCheckpoint.restart();
        observer.epochFinished(epoch);

        if (config.callbacks.earlyStopping && progress.badEpochs >= config.callbacks.earlyStoppingPatience
            && progress.epoch < config.epochs) {
            result.status = RunStatus::StoppedEarly;
            break;
        }
    }

    const bool stoppedEarly = result.status == RunStatus::StoppedEarly;
    const QString ending = stoppedEarly ? QStringLiteral("Stopped early: %1 did not improve for %2 epochs")
                                              .arg(metricName(monitor))
                                              .arg(config.callbacks.earlyStoppingPatience)
                                        : QStringLiteral("Completed %1 epochs").arg(config.epochs);
    if (config.callbacks.restoreBest && progress.bestEpoch >= 0 && restoreBest())
        observer.message(QStringLiteral("Using the weights of the best epoch (%1)").arg(progress.bestEpoch + 1));
    if (!data.test.isEmpty()) {
        PipelineOptions testOptions = pipelineOptions;
        testOptions.cacheBytes = 0;
        DataPipeline testPipeline(data.test, testOptions);
        const Evaluation test = evaluate(testPipeline, observer);
        result.testLoss = test.loss;
        result.testAccuracy = test.accuracy;
        result.testImages = test.images;
    }
    return finish(stoppedEarly ? RunStatus::StoppedEarly : RunStatus::Completed, ending);
}

Trainer::Trainer(const TrainerSetup &setup)
    : d(std::make_unique<Private>(setup))
{}

Trainer::~Trainer() = default;

TrainingResult Trainer::run(TrainingObserver *observer)
{
    // A features run trains a head on cached features: a loop of its own, much shorter.
    if (d->setup.config.mode == TrainingMode::Features)
        return HeadTrainer(d->setup).run(observer);
    TrainingObserver silent;
    try {
        return d->run(observer ? *observer : silent);
    } catch (const Error &) {
        throw;
    } catch (const c10::Error &error) {
        // LibTorch's messages carry a C++ backtrace after the first line: keep the sentence.
        throw Error::failure(QStringLiteral("Training failed: %1").arg(QString::fromStdString(error.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    }
}

bool Trainer::hasCheckpoint(const QString &checkpointDir)
{
    return QFileInfo::exists(QDir(checkpointDir).filePath(checkpointFileName()));
}

} // namespace Atelier
