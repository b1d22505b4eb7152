#include "predictor.h"

#include "computeruntime.h"
#include "datapipeline.h"
#include "error.h"
#include "modelzoo_p.h"
#include "progress.h"
#include "projectstore.h"
#include "seededrandom.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <torch/torch.h>

#include <cmath>
#include <sstream>

namespace Atelier {

namespace {

// The same format number as the trainer's best.pt: an exported model.pt is laid out the same way.
constexpr int64_t WeightsFormat = 1;
// Keeps the projection's numbers apart from every other seeded stream.
constexpr quint64 ProjectionSeed = 0x50524f4aULL; // "PROJ"

QString firstLine(const char *what)
{
    return QString::fromLocal8Bit(what).section(QLatin1Char('\n'), 0, 0);
}

QString readString(torch::serialize::InputArchive &archive, const char *key)
{
    c10::IValue value;
    if (!archive.try_read(key, value) || !value.isString())
        return QString();
    return QString::fromStdString(value.toStringRef());
}

std::vector<int> inOrder(int count)
{
    std::vector<int> order(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        order[size_t(i)] = i;
    return order;
}

/// The last fully connected layer: the classifier head of every network of the zoo.
torch::nn::LinearImpl *lastLinear(torch::nn::Module &module)
{
    torch::nn::LinearImpl *last = nullptr;
    for (const auto &child : module.modules(/*include_self=*/false))
        if (auto *linear = child->as<torch::nn::Linear>())
            last = linear;
    return last;
}

/// A fixed Gaussian projection (Johnson-Lindenstrauss): angles between vectors survive it,
/// so neighbours found in the small space are the neighbours of the large one.
torch::Tensor projectionMatrix(int64_t from, int64_t to)
{
    SeededRandom random(ProjectionSeed, quint64(from), quint64(to));
    std::vector<float> values(size_t(from * to));
    const double scale = 1.0 / std::sqrt(double(to));
    constexpr double TwoPi = 6.283185307179586;
    for (size_t i = 0; i < values.size(); i += 2) {
        // Box-Muller: two normal numbers from two uniform ones.
        const double u = 1.0 - random.uniform();
        const double v = random.uniform();
        const double radius = std::sqrt(-2.0 * std::log(u));
        values[i] = float(radius * std::cos(TwoPi * v) * scale);
        if (i + 1 < values.size())
            values[i + 1] = float(radius * std::sin(TwoPi * v) * scale);
    }
    return torch::from_blob(values.data(), {from, to}).clone();
}

} // namespace

class Predictor::Private
{
public:
    Private(const ModelPackage &package, const PredictorOptions &options);

    /// Logits, and the penultimate features when `features` is given (undefined for a network
    /// this file does not know: then there are no embeddings).
    torch::Tensor forward(const torch::Tensor &input, torch::Tensor *features);
    torch::Tensor inputOf(ImageBatch &batch) const;
    /// Decodes and prepares one image as validation images are. Throws Error(BadInput).
    ImageBatch prepareOne(const TrainingSample &sample) const;
    /// Writes probabilities (and embeddings) of a forward pass into rows first.. of the outputs.
    void store(const torch::Tensor &logits, const torch::Tensor &features, int first, PredictionOutputs &outputs) const;
    torch::Tensor embed(const torch::Tensor &features) const;

    ModelPackage package;
    PredictorOptions options;
    PipelineOptions pipeline;
    torch::Device device = torch::kCPU;
    torch::nn::AnyModule model;
    std::shared_ptr<torch::nn::Module> module;
    std::string backboneNet; ///< the network on a backbone (BackboneNetSpec); empty for the zoo's others
    int64_t featureSize = 0;
    torch::Tensor projection; ///< undefined: features are kept as they are
    Calibration calibration;
    std::shared_ptr<const NeighbourIndex> neighbours;
};

Predictor::Private::Private(const ModelPackage &package, const PredictorOptions &options)
    : package(package)
    , options(options)
    , calibration(package.calibration)
{
    const bool cuda = torch::cuda::is_available();
    if (options.device == TrainingDevice::Cuda && !cuda)
        throw Error::badInput(QStringLiteral("cuda was asked for, but this LibTorch build sees no CUDA GPU"));
    device = options.device != TrainingDevice::Cpu && cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    ComputeRuntime::setThreadCount(options.threads);

    const QString path = package.weightsFile;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString(), device);
        const QString architecture = readString(archive, "architecture");
        const QString classes = readString(archive, "classes");
        if ((!architecture.isEmpty() && architecture != architectureName(package.model.architecture))
            || (!classes.isEmpty() && classes != package.classNames.join(QLatin1Char('\n'))))
            throw Error::badInput(QStringLiteral("%1 holds another network or other classes than its description says").arg(path));
        // Runs on a pretrained backbone describe their network in the weights file itself.
        backboneNet = readString(archive, "backbone_net").toStdString();
        model = backboneNet.empty() ? ModelZoo::create(package.model, int(package.classNames.size()))
                                    : torch::nn::AnyModule(BackboneClassifier(BackboneNetSpec::fromJson(backboneNet), int(package.classNames.size())));
        module = model.ptr();
        torch::serialize::InputArchive weights;
        archive.read("model", weights);
        module->load(weights);
    } catch (const Error &) {
        throw;
    } catch (const std::exception &error) {
        throw Error::badInput(QStringLiteral("Cannot read the weights in %1: %2").arg(path, firstLine(error.what())));
    }
    module->to(device);
    module->eval();

    if (const torch::nn::LinearImpl *head = lastLinear(*module))
        featureSize = head->options.in_features();
    if (options.embeddingSize > 0 && featureSize > options.embeddingSize)
        projection = projectionMatrix(featureSize, options.embeddingSize).to(device);

    pipeline.inputSize = package.model.inputSize;
    pipeline.channels = package.model.channels;
    pipeline.augment = false;
    pipeline.evalCrop = package.evalCrop;
    pipeline.mean = package.mean;
    pipeline.std = package.std;
    pipeline.workers = options.workers > 0 ? options.workers : std::clamp(QThread::idealThreadCount() / 2, 1, 8);
    pipeline.cacheBytes = 0;
}

torch::Tensor Predictor::Private::forward(const torch::Tensor &input, torch::Tensor *features)
{
    if (!features)
        return model.forward(input);
    // The zoo's forward() passes, stopped before the head so that its input can be kept.
    if (auto *net = module->as<MobileNetV2>(); net && net->classifier) {
        *features = torch::adaptive_avg_pool2d(net->features->forward(input), {1, 1}).flatten(1);
        return net->classifier->forward(*features);
    }
    if (auto *net = module->as<ResNet>()) {
        torch::Tensor x = net->bn1->forward(net->conv1->forward(input)).relu_();
        x = torch::max_pool2d(x, 3, 2, 1);
        x = net->layer4->forward(net->layer3->forward(net->layer2->forward(net->layer1->forward(x))));
        *features = torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
        return net->fc->forward(*features);
    }
    if (auto *net = module->as<BackboneClassifier>()) {
        *features = net->headInput(net->features(input));
        return net->classify(*features);
    }
    if (auto *net = module->as<SmallCnn>()) {
        torch::Tensor x = net->features->forward(input);
        auto layer = net->classifier->begin();
        const auto last = net->classifier->end() - 1;
        for (; layer != last; ++layer)
            x = layer->forward(x);
        *features = x;
        return layer->forward(x);
    }
    *features = torch::Tensor();
    return model.forward(input);
}

torch::Tensor Predictor::Private::inputOf(ImageBatch &batch) const
{
    const int64_t side = package.model.inputSize;
    return torch::from_blob(batch.pixels.data(), {batch.size, package.model.channels, side, side}).to(device);
}

ImageBatch Predictor::Private::prepareOne(const TrainingSample &sample) const
{
    PipelineOptions single = pipeline;
    single.workers = 1;
    single.prefetchBatches = 1;
    DataPipeline one({sample}, single);
    one.start(0, {0}, 1);
    ImageBatch batch;
    if (!one.next(batch))
        throw Error::failure(QStringLiteral("The image was not prepared"));
    return batch;
}

torch::Tensor Predictor::Private::embed(const torch::Tensor &features) const
{
    const torch::Tensor values = features.to(torch::kFloat32);
    return projection.defined() ? values.matmul(projection) : values;
}

void Predictor::Private::store(const torch::Tensor &logits, const torch::Tensor &features, int first, PredictionOutputs &outputs) const
{
    const torch::Tensor probabilities = torch::softmax(logits.to(torch::kFloat32), 1).to(torch::kCPU).contiguous();
    const int64_t rows = probabilities.size(0);
    std::copy_n(probabilities.data_ptr<float>(), rows * outputs.probabilities.classCount, outputs.probabilities.row(first));
    if (outputs.embeddingSize > 0 && features.defined()) {
        const torch::Tensor vectors = embed(features).to(torch::kCPU).contiguous();
        std::copy_n(vectors.data_ptr<float>(), rows * outputs.embeddingSize, outputs.embeddings.data() + size_t(first) * size_t(outputs.embeddingSize));
    }
}

// ---------------------------------------------------------------------------------------------- Predictor

Predictor::Predictor(const ModelPackage &package, const PredictorOptions &options)
    : d(std::make_unique<Private>(package, options))
{}

Predictor::~Predictor() = default;

std::unique_ptr<Predictor> Predictor::forRun(const QString &projectFilePath, qint64 runId, const PredictorOptions &options)
{
    ModelPackage package;
    {
        const auto store = ProjectStore::open(projectFilePath);
        package = ModelPackage::forRun(*store, runId);
    }
    auto predictor = std::make_unique<Predictor>(package, options);
    if (!package.embeddingsFile.isEmpty()) {
        try {
            auto index = std::make_shared<const NeighbourIndex>(NeighbourIndex::load(package.embeddingsFile));
            predictor->setNeighbourIndex(index);
        } catch (const Error &) {
            // A damaged embeddings file only costs the neighbours; evaluating the run again rewrites it.
        }
    }
    return predictor;
}

std::unique_ptr<Predictor> Predictor::fromExport(const QString &dir, const PredictorOptions &options)
{
    return std::make_unique<Predictor>(ModelPackage::fromExport(dir), options);
}

const ModelPackage &Predictor::package() const
{
    return d->package;
}

int Predictor::embeddingSize() const
{
    return d->projection.defined() ? int(d->projection.size(1)) : int(d->featureSize);
}

void Predictor::setCalibration(const Calibration &calibration)
{
    d->calibration = calibration;
}

Calibration Predictor::calibration() const
{
    return d->calibration;
}

void Predictor::setNeighbourIndex(std::shared_ptr<const NeighbourIndex> index)
{
    d->neighbours = index && index->dimension() == embeddingSize() ? std::move(index) : nullptr;
}

bool Predictor::hasNeighbourIndex() const
{
    return d->neighbours != nullptr;
}

PredictionOutputs Predictor::run(const QList<TrainingSample> &samples, bool embeddings, ProgressObserver *observer)
{
    const int count = int(samples.size());
    PredictionOutputs outputs;
    outputs.probabilities = ProbabilityRows(int(d->package.classNames.size()));
    outputs.probabilities.values.assign(size_t(count) * size_t(outputs.probabilities.classCount), 0.0f);
    if (embeddings && embeddingSize() > 0) {
        outputs.embeddingSize = embeddingSize();
        outputs.embeddings.assign(size_t(count) * size_t(outputs.embeddingSize), 0.0f);
    }
    if (count == 0)
        return outputs;
    const bool wantFeatures = outputs.embeddingSize > 0;
    const int batchSize = d->options.batchSize > 0 ? d->options.batchSize : (d->device.is_cuda() ? 64 : 8);
    const auto canceled = [&] { return observer && observer->isCanceled(); };

    try {
        c10::InferenceMode inference;
        int done = 0;
        {
            DataPipeline pipeline(samples, d->pipeline);
            pipeline.start(0, inOrder(count), batchSize);
            ImageBatch batch;
            try {
                for (;;) {
                    if (canceled()) {
                        pipeline.stop();
                        outputs.canceled = true;
                        return outputs;
                    }
                    if (!pipeline.next(batch))
                        break;
                    torch::Tensor features;
                    const torch::Tensor logits = d->forward(d->inputOf(batch), wantFeatures ? &features : nullptr);
                    d->store(logits, features, batch.index * batchSize, outputs);
                    done += batch.size;
                    if (observer)
                        observer->progress(done, count);
                }
            } catch (const Error &) {
                pipeline.stop();
            }
        }
        // An image could not be read: batches arrive in order, so the ones from `done` on are
        // left; they go one at a time, so that only the unreadable ones fail.
        for (int i = done; i < count; ++i) {
            if (canceled()) {
                outputs.canceled = true;
                return outputs;
            }
            try {
                ImageBatch one = d->prepareOne(samples[i]);
                torch::Tensor features;
                const torch::Tensor logits = d->forward(d->inputOf(one), wantFeatures ? &features : nullptr);
                d->store(logits, features, i, outputs);
            } catch (const Error &error) {
                outputs.failed.append(i);
                outputs.failures.append(error.message());
            }
            if (observer)
                observer->progress(i + 1, count);
        }
    } catch (const c10::Error &error) {
        throw Error::failure(QStringLiteral("Prediction failed: %1").arg(firstLine(error.what_without_backtrace())));
    }
    return outputs;
}

Prediction Predictor::predict(const TrainingSample &sample, int topK, int neighbours)
{
    PredictionOutputs outputs;
    outputs.probabilities = ProbabilityRows(int(d->package.classNames.size()));
    outputs.probabilities.values.assign(size_t(outputs.probabilities.classCount), 0.0f);
    outputs.embeddingSize = embeddingSize();
    outputs.embeddings.assign(size_t(outputs.embeddingSize), 0.0f);
    bool embedded = false;
    try {
        c10::InferenceMode inference;
        ImageBatch batch = d->prepareOne(sample);
        torch::Tensor features;
        const torch::Tensor logits = d->forward(d->inputOf(batch), &features);
        d->store(logits, features, 0, outputs);
        embedded = features.defined() && outputs.embeddingSize > 0;
    } catch (const c10::Error &error) {
        throw Error::failure(QStringLiteral("Prediction failed: %1").arg(firstLine(error.what_without_backtrace())));
    }
    return answer(outputs.probabilities.row(0), embedded ? outputs.embedding(0) : nullptr, topK, neighbours, sample.imageId);
}

Prediction Predictor::answer(const float *probabilities, const float *embedding, int topK, int neighbours, qint64 excludeImageId) const
{
    const int classes = int(d->package.classNames.size());
    Prediction prediction;
    prediction.probabilities = QList<float>(probabilities, probabilities + classes);
    TemperatureScaling::apply(d->calibration.temperature > 0 ? d->calibration.temperature : 1.0, prediction.probabilities.data(), classes);
    const float *row = prediction.probabilities.constData();
    for (const int label : rankedClasses(row, classes, std::max(1, topK)))
        prediction.top.append({label, d->package.classNames[label], double(row[label])});
    prediction.unsure = prediction.top.first().probability < d->calibration.unsureThreshold;
    if (embedding) {
        prediction.embedding = QList<float>(embedding, embedding + embeddingSize());
        if (d->neighbours && neighbours > 0)
            prediction.neighbours = d->neighbours->nearest(embedding, neighbours, excludeImageId);
    }
    return prediction;
}

Prediction Predictor::predictFile(const QString &path, const QRect &crop, int topK, int neighbours)
{
    TrainingSample sample;
    sample.filePath = path;
    sample.crop = crop;
    return predict(sample, topK, neighbours);
}

void Predictor::exportTo(const QString &dir, const QJsonObject &metrics) const
{
    if (!QDir().mkpath(dir))
        throw Error::failure(QStringLiteral("Cannot create the folder %1").arg(dir));
    ModelPackage exported = d->package;
    exported.weightsFile = QDir(dir).filePath(ModelPackage::weightsFileName());
    exported.calibration = d->calibration;
    exported.embeddingsFile.clear();

    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(WeightsFormat));
    archive.write("architecture", c10::IValue(architectureName(exported.model.architecture).toStdString()));
    archive.write("classes", c10::IValue(exported.classNames.join(QLatin1Char('\n')).toStdString()));
    if (!d->backboneNet.empty())
        archive.write("backbone_net", c10::IValue(d->backboneNet));
    torch::serialize::OutputArchive weights;
    d->module->save(weights);
    archive.write("model", weights);
    std::ostringstream bytes;
    archive.save_to(bytes);
    const std::string data = bytes.str();
    QSaveFile file(exported.weightsFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.data(), qint64(data.size())) != qint64(data.size()) || !file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(exported.weightsFile, file.errorString()));
    exported.writeDescription(dir, metrics);
}

} // namespace Atelier
