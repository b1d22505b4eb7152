#include "headtrainer.h"

#include "computeruntime.h"
#include "epochsampler.h"
#include "error.h"
#include "featurecachetask.h"
#include "featureextractor.h"
#include "learningrateschedule.h"
#include "modelzoo_p.h"
#include "optimizers_p.h"
#include "progress.h"
#include "seededrandom.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

#include <torch/torch.h>

#include <cmath>
#include <sstream>

namespace Atelier {

namespace {

// The Trainer's weight-file format: ModelPackage and Predictor read these files as its own.
constexpr int64_t WeightsFormat = 1;
// As the Trainer's: keeps dropout's seeds apart from the data streams.
constexpr quint64 DropoutStream = 0x44524f50ULL; // "DROP"

/// Feature computing, told through the training observer, which can also cancel it.
class FeatureProgress : public ProgressObserver
{
public:
    explicit FeatureProgress(TrainingObserver &observer)
        : m_observer(observer)
    {
        m_sinceMessage.start();
    }
    void phase(const QString &name, qint64 total) override
    {
        m_observer.message(total > 0 ? QStringLiteral("%1: %2 images").arg(name).arg(total) : name);
        m_sinceMessage.restart();
    }
    void progress(qint64 done, qint64 total) override
    {
        // A line every few seconds: the CLI prints each message.
        if (m_sinceMessage.elapsed() < 3000 && done < total)
            return;
        m_observer.message(QStringLiteral("Features: %1 of %2 images").arg(done).arg(total));
        m_sinceMessage.restart();
    }
    bool isCanceled() const override { return m_observer.isCanceled(); }

private:
    TrainingObserver &m_observer;
    QElapsedTimer m_sinceMessage;
};

torch::Tensor rowsTensor(const std::vector<float> &values, int64_t dimension)
{
    if (values.empty())
        return torch::zeros({0, dimension});
    return torch::from_blob(const_cast<float *>(values.data()), {int64_t(values.size()) / dimension, dimension}).clone();
}

torch::Tensor labelTensor(const QList<TrainingSample> &samples, int repeats = 1)
{
    std::vector<int64_t> labels;
    for (int r = 0; r < repeats; ++r)
        for (const TrainingSample &sample : samples)
            labels.push_back(sample.label);
    return torch::tensor(labels, torch::kInt64);
}

std::vector<torch::Tensor> snapshot(torch::nn::Module &module)
{
    std::vector<torch::Tensor> values;
    for (const torch::Tensor &parameter : module.parameters())
        values.push_back(parameter.detach().clone());
    return values;
}

/// The weight penalties an exact fit tries, strongest first: each fit starts from the one before.
/// Without validation images nothing can choose, and the one most often chosen is used.
std::vector<double> exactFitPenalties(bool withValidation)
{
    if (!withValidation)
        return {0.1};
    return {3, 1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001};
}

/// The head's dense layer, whose weights the penalty applies to.
torch::nn::LinearImpl *denseLayerOf(torch::nn::Sequential &head)
{
    for (const auto &module : head->modules(/*include_self=*/false))
        if (auto *linear = module->as<torch::nn::Linear>())
            return linear;
    return nullptr;
}

void restore(torch::nn::Module &module, const std::vector<torch::Tensor> &values)
{
    torch::NoGradGuard noGrad;
    auto parameters = module.parameters();
    for (size_t i = 0; i < parameters.size(); ++i)
        parameters[i].copy_(values[i]);
}

} // namespace

class HeadTrainer::Private
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
    };
    Evaluation evaluate(const torch::Tensor &inputs, const torch::Tensor &targets);
    /// Fits a linear head to the minimum of its loss plus `penalty` / 2 times its squared weights.
    void fitExactly(const torch::Tensor &inputs, const torch::Tensor &targets, double penalty);
    torch::Tensor lossOf(const torch::Tensor &logits, const torch::Tensor &targets) const;
    /// A first layer's weight and bias for the features as they come, the centring and scale
    /// it was trained behind folded in.
    std::pair<torch::Tensor, torch::Tensor> folded(const torch::Tensor &weight, const torch::Tensor &bias) const
    {
        return {weight / featureScale, bias - weight.matmul(featureMean) / featureScale};
    }
    /// Writes the whole network, with the features' centring and scale folded into the head's
    /// first layer, in the Trainer's weight-file layout.
    void saveWeights(const QString &fileName, int epoch, double metric);

    const TrainerSetup setup;
    TrainingConfig config;
    BackboneClassifier network{nullptr};
    torch::Tensor classWeights;
    torch::Tensor featureMean; ///< per dimension, of the training features
    double featureScale = 1;   ///< one factor for every dimension
};

torch::Tensor HeadTrainer::Private::lossOf(const torch::Tensor &logits, const torch::Tensor &targets) const
{
    auto options = torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(config.labelSmoothing);
    if (classWeights.defined())
        options.weight(classWeights);
    return torch::nn::functional::cross_entropy(logits, targets, options);
}

HeadTrainer::Private::Evaluation HeadTrainer::Private::evaluate(const torch::Tensor &inputs, const torch::Tensor &targets)
{
    Evaluation result;
    if (inputs.size(0) == 0)
        return result;
    torch::NoGradGuard noGrad;
    network->head->eval();
    const torch::Tensor logits = network->head->forward(inputs);
    network->head->train();
    result.loss = lossOf(logits, targets).item<double>();
    result.accuracy = logits.argmax(1).eq(targets).to(torch::kFloat64).mean().item<double>();
    return result;
}

void HeadTrainer::Private::fitExactly(const torch::Tensor &inputs, const torch::Tensor &targets, double penalty)
{
    torch::nn::Sequential head = network->head;
    head->eval(); // no dropout: the objective must be the same at every evaluation
    torch::nn::LinearImpl *dense = denseLayerOf(head);
    auto options = torch::optim::LBFGSOptions(1.0).max_iter(200).history_size(20).tolerance_grad(1e-6).tolerance_change(1e-10);
    options.line_search_fn("strong_wolfe");
    torch::optim::LBFGS solver(head->parameters(), options);
    solver.step([&] {
        solver.zero_grad();
        torch::Tensor loss = lossOf(head->forward(inputs), targets) + 0.5 * penalty * dense->weight.pow(2).sum();
        loss.backward();
        return loss;
    });
    head->train();
}

void HeadTrainer::Private::saveWeights(const QString &fileName, int epoch, double metric)
{
    if (setup.checkpointDir.isEmpty())
        return;
    // The head saw (x - mean) / scale: W (x - mean) / scale + b = (W / scale) x + (b - W mean / scale).
    torch::nn::LinearImpl *first = denseLayerOf(network->head);
    torch::NoGradGuard noGrad;
    const torch::Tensor weight = first->weight.detach().clone();
    const torch::Tensor bias = first->bias.detach().clone();
    const auto [foldedWeight, foldedBias] = folded(weight, bias);
    first->weight.copy_(foldedWeight);
    first->bias.copy_(foldedBias);

    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(WeightsFormat));
    archive.write("architecture", c10::IValue(architectureName(config.model.architecture).toStdString()));
    archive.write("input_size", c10::IValue(int64_t(config.model.inputSize)));
    archive.write("channels", c10::IValue(int64_t(config.model.channels)));
    archive.write("classes", c10::IValue(setup.data.classNames.join(QLatin1Char('\n')).toStdString()));
    archive.write("backbone_net", c10::IValue(network->spec.toJson()));
    archive.write("epoch", c10::IValue(int64_t(epoch)));
    archive.write("metric", c10::IValue(metric));
    torch::serialize::OutputArchive model;
    network->save(model);
    archive.write("model", model);
    std::ostringstream bytes;
    archive.save_to(bytes);
    first->weight.copy_(weight);
    first->bias.copy_(bias);

    if (!QDir().mkpath(setup.checkpointDir))
        throw Error::failure(QStringLiteral("Cannot create the folder %1").arg(setup.checkpointDir));
    const std::string data = bytes.str();
    QSaveFile file(QDir(setup.checkpointDir).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(data.data(), qint64(data.size())) != qint64(data.size()) || !file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
}

TrainingResult HeadTrainer::Private::run(TrainingObserver &observer)
{
    QElapsedTimer runTimer;
    runTimer.start();
    const TrainingData &data = setup.data;
    const int classes = int(data.classNames.size());
    if (config.mode != TrainingMode::Features)
        throw Error::failure(QStringLiteral("HeadTrainer trains features runs only"));
    if (data.train.isEmpty())
        throw Error::badInput(QStringLiteral("No training images: label some images and put them in the train split"));
    if (config.batchSize < 1 || config.epochs < 1)
        throw Error::badInput(QStringLiteral("batch_size and epochs must be at least 1"));

    const BackboneWeights weights = BackboneFile::read(BackboneChoice::find(config.transfer.backbone).path);
    adoptBackboneInput(config, weights.spec);
    const int threads = ComputeRuntime::setThreadCount(config.threads);
    torch::manual_seed(config.seed);
    network = ModelZoo::createOnBackbone(config.transfer, weights, classes);
    network->spec.normaliseFeatures = config.transfer.normaliseFeatures;
    network->eval();

    TrainingResult result;
    const auto finish = [&](RunStatus status, const QString &message, int epochs) {
        result.status = status;
        result.message = message;
        result.epochsCompleted = epochs;
        result.seconds = runTimer.elapsed() / 1000.0;
        return result;
    };

    FeatureProgress featureProgress(observer);
    const std::optional<TrainingFeatures> features =
        setup.featureCacheProject.isEmpty() ? FeatureCacheTask::computeTrainingFeatures(config, data, &featureProgress)
                                            : FeatureCacheTask::trainingFeatures(setup.featureCacheProject, config, data, &featureProgress);
    if (!features)
        return finish(RunStatus::Canceled, QStringLiteral("Canceled while computing features; the ones computed are cached"), 0);
    const int64_t dimension = features->dimension;
    if (dimension != network->featureSize())
        throw Error::failure(QStringLiteral("The features have %1 values; layer %2 gives %3").arg(dimension).arg(network->spec.layer).arg(network->featureSize()));
    observer.message(QStringLiteral("Features of %1 images: %2 computed, %3 from the project's cache (%4 s)")
                         .arg(features->computed + features->reused)
                         .arg(features->computed)
                         .arg(features->reused)
                         .arg(features->seconds, 0, 'f', 1));

    // The training rows are the images' features and their augmented variants.
    const int variants = features->variants;
    // Cached features are the layer's own; the network normalises them the same way.
    const auto rowsOf = [&](const std::vector<float> &values) {
        const torch::Tensor rows = rowsTensor(values, dimension);
        return network->spec.normaliseFeatures && rows.size(0) > 0 ? BackboneClassifierImpl::powerNormalised(rows) : rows;
    };
    torch::Tensor trainInputs = rowsOf(features->train);
    if (variants > 0)
        trainInputs = torch::cat({trainInputs, rowsOf(features->augmented)});
    const torch::Tensor trainTargets = labelTensor(data.train, variants + 1);
    featureMean = trainInputs.mean(0);
    featureScale = trainInputs.size(0) > 1 ? trainInputs.std(0).mean().item<double>() : 1.0;
    if (!(featureScale > 1e-12))
        featureScale = 1;
    const auto standardised = [&](const torch::Tensor &rows) { return (rows - featureMean) / featureScale; };
    trainInputs = standardised(trainInputs);
    const torch::Tensor validationInputs = standardised(rowsOf(features->validation));
    const torch::Tensor validationTargets = labelTensor(data.validation);
    const torch::Tensor testInputs = standardised(rowsOf(features->test));
    const torch::Tensor testTargets = labelTensor(data.test);

    torch::nn::Sequential head = network->head;
    head->train();
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(head->parameters());
    const std::unique_ptr<torch::optim::Optimizer> optimizer = makeOptimizer(config.optimizer, std::move(groups));

    QList<int> trainLabels;
    for (int copy = 0; copy <= variants; ++copy)
        for (const TrainingSample &sample : data.train)
            trainLabels.append(sample.label);
    const EpochSampler sampler(trainLabels, classes, config.data.balance, config.seed);
    // An exact fit sees every row at once: balanced sampling becomes the class weights it stands for.
    const bool exact = config.fitsHeadExactly();
    if (config.data.balance == ClassBalance::ClassWeights || (exact && config.data.balance == ClassBalance::Sampler)) {
        const std::vector<double> weightsOfClasses = sampler.classWeights();
        classWeights = torch::tensor(std::vector<float>(weightsOfClasses.begin(), weightsOfClasses.end()));
    }
    const int batchSize = config.batchSize;
    const std::vector<double> penalties = exact ? exactFitPenalties(!data.validation.isEmpty()) : std::vector<double>();
    const int epochs = exact ? int(penalties.size()) : config.epochs;
    const int batchesPerEpoch = exact ? 1 : int((sampler.order(0).size() + size_t(batchSize) - 1) / size_t(batchSize));
    LearningRateSchedule schedule(config.schedule, config.optimizer.learningRate, batchesPerEpoch, config.epochs);

    MonitoredMetric monitor = config.callbacks.monitor;
    if (data.validation.isEmpty() && (monitor == MonitoredMetric::ValidationLoss || monitor == MonitoredMetric::ValidationAccuracy)) {
        monitor = monitor == MonitoredMetric::ValidationLoss ? MonitoredMetric::TrainLoss : MonitoredMetric::TrainAccuracy;
        observer.message(QStringLiteral("No validation images: watching %1 instead").arg(metricName(monitor)));
    }
    const bool higherIsBetter = metricIncreases(monitor);
    result.monitor = metricName(monitor);
    if (exact && penalties.size() > 1)
        observer.message(QStringLiteral("Fitting the linear head exactly (L-BFGS) for %1 weight penalties, from %2 to %3; the one with "
                                        "the best %4 is kept")
                             .arg(epochs)
                             .arg(penalties.front())
                             .arg(penalties.back())
                             .arg(metricName(monitor)));
    else if (exact)
        observer.message(QStringLiteral("Fitting the linear head exactly (L-BFGS) with weight penalty %1").arg(penalties.front()));

    TrainingStart start;
    start.runId = setup.runId;
    start.epochs = epochs;
    start.batchesPerEpoch = batchesPerEpoch;
    start.trainImages = int(data.train.size());
    start.validationImages = int(data.validation.size());
    start.testImages = int(data.test.size());
    start.classNames = data.classNames;
    start.device = QStringLiteral("cpu");
    start.threads = threads;
    start.monitor = monitor;
    // A resumed features run starts over: the epochs recorded before are replaced.
    start.resumed = setup.resume;
    observer.started(start);

    QList<EpochMetrics> history;
    int bestEpoch = -1;
    double best = NoMetric;
    double bestValidationLoss = NoMetric;
    int badEpochs = 0;
    qint64 step = 0;
    std::vector<torch::Tensor> bestHead;
    const double timeLimitMs = config.callbacks.timeLimitMinutes * 60'000.0;
    // Ends a run that stops early: the best epoch's weights are all it has to keep.
    const auto stop = [&](RunStatus status, const QString &message) {
        if (config.callbacks.saveBest && bestEpoch >= 0) {
            restore(*head, bestHead);
            saveWeights(Trainer::bestFileName(), bestEpoch, best);
        }
        result.bestEpoch = bestEpoch;
        result.bestMetric = best;
        return finish(status, message, int(history.size()));
    };

    bool stoppedEarly = false;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        QElapsedTimer epochTimer;
        epochTimer.start();
        torch::manual_seed(SeededRandom(config.seed, DropoutStream, quint64(epoch)).next());
        const std::vector<int> order = exact ? std::vector<int>() : sampler.order(epoch);
        double lossSum = 0;
        double correct = 0;
        double seen = 0;
        double rate = exact ? NoMetric : 0;
        if (exact) {
            if (observer.isCanceled())
                return stop(RunStatus::Canceled, QStringLiteral("Canceled at weight penalty %1 of %2").arg(epoch + 1).arg(epochs));
            fitExactly(trainInputs, trainTargets, penalties[size_t(epoch)]);
            const Evaluation fit = evaluate(trainInputs, trainTargets);
            if (!std::isfinite(fit.loss) && config.callbacks.stopOnNan)
                return stop(RunStatus::Diverged, QStringLiteral("The loss became %1 with weight penalty %2")
                                                     .arg(std::isnan(fit.loss) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                                     .arg(penalties[size_t(epoch)]));
            seen = double(trainInputs.size(0));
            lossSum = fit.loss * seen;
            correct = fit.accuracy * seen;
            ++step;
            BatchMetrics metrics;
            metrics.epoch = epoch;
            metrics.batch = 0;
            metrics.batchCount = 1;
            metrics.step = step;
            metrics.loss = fit.loss;
            metrics.accuracy = fit.accuracy;
            metrics.learningRate = NoMetric;
            metrics.imagesPerSecond = seen / std::max(1e-9, epochTimer.nsecsElapsed() / 1e9);
            observer.batchFinished(metrics);
        }
        for (int batch = 0; !exact && batch < batchesPerEpoch; ++batch) {
            if (observer.isCanceled())
                return stop(RunStatus::Canceled, QStringLiteral("Canceled at epoch %1; a features run starts over when resumed").arg(epoch + 1));
            if (timeLimitMs > 0 && runTimer.elapsed() > timeLimitMs)
                return stop(RunStatus::TimeLimit, QStringLiteral("Time limit of %1 min reached").arg(config.callbacks.timeLimitMinutes));
            const size_t first = size_t(batch) * size_t(batchSize);
            const size_t last = std::min(order.size(), first + size_t(batchSize));
            const torch::Tensor indices = torch::tensor(std::vector<int64_t>(order.begin() + ptrdiff_t(first), order.begin() + ptrdiff_t(last)),
                                                        torch::kInt64);
            const torch::Tensor inputs = trainInputs.index_select(0, indices);
            const torch::Tensor targets = trainTargets.index_select(0, indices);
            rate = schedule.rateAt(step);
            setLearningRate(*optimizer, rate);
            optimizer->zero_grad();
            const torch::Tensor logits = head->forward(inputs);
            const torch::Tensor loss = lossOf(logits, targets);
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue) && config.callbacks.stopOnNan)
                return stop(RunStatus::Diverged, QStringLiteral("The loss became %1 at epoch %2 (try a lower learning rate)")
                                                     .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                                     .arg(epoch + 1));
            loss.backward();
            if (config.optimizer.gradientClip > 0)
                torch::nn::utils::clip_grad_norm_(head->parameters(), config.optimizer.gradientClip);
            optimizer->step();
            ++step;

            const int64_t size = inputs.size(0);
            const double batchCorrect = logits.argmax(1).eq(targets).sum().item<double>();
            lossSum += lossValue * double(size);
            correct += batchCorrect;
            seen += double(size);
            BatchMetrics metrics;
            metrics.epoch = epoch;
            metrics.batch = batch;
            metrics.batchCount = batchesPerEpoch;
            metrics.step = step;
            metrics.loss = lossValue;
            metrics.accuracy = batchCorrect / double(size);
            metrics.learningRate = rate;
            metrics.imagesPerSecond = seen / std::max(1e-9, epochTimer.nsecsElapsed() / 1e9);
            observer.batchFinished(metrics);
        }
        const double trainSeconds = epochTimer.nsecsElapsed() / 1e9;
        const Evaluation validation = evaluate(validationInputs, validationTargets);

        EpochMetrics metrics;
        metrics.epoch = epoch;
        metrics.trainLoss = seen > 0 ? lossSum / seen : NoMetric;
        metrics.trainAccuracy = seen > 0 ? correct / seen : NoMetric;
        metrics.validationLoss = validation.loss;
        metrics.validationAccuracy = validation.accuracy;
        metrics.learningRate = rate;
        metrics.imagesPerSecond = trainSeconds > 0 ? seen / trainSeconds : 0;
        metrics.seconds = epochTimer.nsecsElapsed() / 1e9;
        const double value = monitoredValue(monitor, metrics);
        const double minDelta = config.callbacks.minDelta;
        metrics.improved = std::isfinite(value) && (bestEpoch < 0 || (higherIsBetter ? value > best + minDelta : value < best - minDelta));
        // A few dozen validation images often give several penalties the same accuracy: the
        // validation loss, which is never tied, then tells them apart.
        if (exact && monitor == MonitoredMetric::ValidationAccuracy && !metrics.improved && std::isfinite(value) && value == best
            && validation.loss < bestValidationLoss)
            metrics.improved = true;
        if (metrics.improved) {
            best = value;
            bestEpoch = epoch;
            bestValidationLoss = validation.loss;
            badEpochs = 0;
            bestHead = snapshot(*head);
        } else {
            ++badEpochs;
        }
        schedule.epochEnded(value, higherIsBetter, minDelta);
        history.append(metrics);
        observer.epochFinished(metrics);
        if (exact && !data.validation.isEmpty())
            observer.message(QStringLiteral("Weight penalty %1: validation loss %2, accuracy %3%")
                                 .arg(penalties[size_t(epoch)])
                                 .arg(validation.loss, 0, 'f', 3)
                                 .arg(validation.accuracy * 100, 0, 'f', 1));
        if (config.callbacks.earlyStopping && badEpochs >= config.callbacks.earlyStoppingPatience && epoch + 1 < epochs) {
            stoppedEarly = true;
            break;
        }
    }

    // best.pt holds the best epoch; the weights the run ends with go to checkpoint.pt unless they
    // are those, so that ModelPackage finds what the test figures below were measured with.
    const std::vector<torch::Tensor> lastHead = snapshot(*head);
    const bool savedBest = config.callbacks.saveBest && bestEpoch >= 0;
    if (savedBest) {
        restore(*head, bestHead);
        saveWeights(Trainer::bestFileName(), bestEpoch, best);
    }
    const bool endOnBest = config.callbacks.restoreBest && bestEpoch >= 0;
    restore(*head, endOnBest ? bestHead : lastHead);
    if (endOnBest)
        observer.message(QStringLiteral("Using the weights of the best epoch (%1)").arg(bestEpoch + 1));
    if (!(savedBest && endOnBest))
        saveWeights(Trainer::checkpointFileName(), int(history.size()) - 1, NoMetric);
    if (!data.test.isEmpty()) {
        const Evaluation test = evaluate(testInputs, testTargets);
        result.testLoss = test.loss;
        result.testAccuracy = test.accuracy;
        result.testImages = int(data.test.size());
    }
    result.bestEpoch = bestEpoch;
    result.bestMetric = best;
    return finish(stoppedEarly ? RunStatus::StoppedEarly : RunStatus::Completed,
                  stoppedEarly ? QStringLiteral("Stopped early: %1 did not improve for %2 epochs").arg(metricName(monitor)).arg(config.callbacks.earlyStoppingPatience)
                     : exact     ? QStringLiteral("Fitted the head for %1 weight penalties").arg(epochs)
                                 : QStringLiteral("Completed %1 epochs").arg(epochs),
                  int(history.size()));
}

HeadTrainer::HeadTrainer(const TrainerSetup &setup)
    : d(std::make_unique<Private>(setup))
{}

HeadTrainer::~HeadTrainer() = default;

HeadTrainer::DenseLayer HeadTrainer::denseLayer() const
{
    if (!d->network || !d->featureMean.defined() || d->network->spec.head != HeadKind::Linear || d->network->spec.normaliseFeatures)
        throw Error::failure(QStringLiteral("HeadTrainer: no fitted linear head on plain features"));
    torch::NoGradGuard noGrad;
    torch::nn::LinearImpl *dense = denseLayerOf(d->network->head);
    const auto [weight, bias] = d->folded(dense->weight.detach(), dense->bias.detach());
    const torch::Tensor w = weight.contiguous();
    const torch::Tensor b = bias.contiguous();
    return {std::vector<float>(w.data_ptr<float>(), w.data_ptr<float>() + w.numel()),
            std::vector<float>(b.data_ptr<float>(), b.data_ptr<float>() + b.numel())};
}

TrainingResult HeadTrainer::run(TrainingObserver *observer)
{
    TrainingObserver silent;
    try {
        return d->run(observer ? *observer : silent);
    } catch (const Error &) {
        throw;
    } catch (const c10::Error &error) {
        throw Error::failure(QStringLiteral("Training failed: %1").arg(QString::fromStdString(error.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace Atelier
