#include "featureextractor.h"

#include "backbone.h"
#include "backbonecatalog.h"
#include "contenthash.h"
#include "datapipeline.h"
#include "error.h"
#include "parallelfor.h"
#include "seededrandom.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QThread>

#include <cstring>
#include <mutex>

namespace Atelier {

namespace {

/// Hashing a backbone file reads all of it: remember the digest while size and time are the same.
QByteArray fileDigest(const QString &path)
{
    static std::mutex mutex;
    static QHash<QString, std::pair<QString, QByteArray>> known; // path -> (size and time, digest)
    const QFileInfo info(path);
    const QString stamp = QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = known.constFind(path);
        if (it != known.cend() && it->first == stamp)
            return it->second;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read the backbone %1: %2").arg(path, file.errorString()));
    const QByteArray digest = sha256Hex(file.readAll());
    std::lock_guard<std::mutex> lock(mutex);
    known.insert(path, {stamp, digest});
    return digest;
}

quint64 mixIn(quint64 hash, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return SeededRandom::mix(hash ^ (bits + 0x9e3779b97f4a7c15ULL));
}

} // namespace

BackboneChoice BackboneChoice::find(const QString &name)
{
    BackboneChoice choice;
    if (!name.isEmpty()) {
        choice.name = name;
        choice.path = BackboneCatalog::path(name);
    } else {
        const QList<InstalledBackbone> installed = BackboneCatalog::installed();
        for (const InstalledBackbone &backbone : installed)
            if (backbone.error.isEmpty() && (choice.path.isEmpty() || backbone.name == starterName())) {
                choice.name = backbone.name;
                choice.path = backbone.path;
            }
        if (choice.path.isEmpty())
            throw Error::badInput(QStringLiteral("No pretrained backbone is installed: install the starter backbone with "
                                                 "packaging/fetch-backbone.sh or import one with 'atelier-cli backbones import'"));
    }
    choice.digest = fileDigest(choice.path);
    return choice;
}

void adoptBackboneInput(TrainingConfig &config, const BackboneSpec &spec)
{
    bool known = false;
    for (const ModelArchitecture architecture : {ModelArchitecture::MobileNetV2, ModelArchitecture::ResNet18, ModelArchitecture::ResNet50})
        if (architectureName(architecture) == spec.architecture) {
            config.model.architecture = architecture;
            known = true;
        }
    if (!known)
        throw Error::badInput(QStringLiteral("Backbone %1 is a %2, which runs cannot train").arg(spec.name, spec.architecture));
    config.model.channels = 3;
    config.model.inputSize = spec.preprocessing.inputSize;
    // The pipeline normalises samples on [0, 1]; the backbone takes x * scale, then (x - mean) / std.
    const double unit = 255.0 * spec.preprocessing.scale;
    config.data.mean.clear();
    config.data.std.clear();
    for (int c = 0; c < 3; ++c) {
        config.data.mean.append(spec.preprocessing.mean.value(c) / unit);
        config.data.std.append(spec.preprocessing.std.value(c, 1.0) / unit);
    }
}

void adoptBackboneInput(TrainingConfig &config)
{
    if (config.mode == TrainingMode::Scratch)
        return;
    adoptBackboneInput(config, BackboneFile::readSpec(BackboneCatalog::path(config.transfer.backbone)));
}

FeatureTransform FeatureTransform::of(const TrainingConfig &config)
{
    FeatureTransform transform;
    transform.inputSize = config.model.inputSize;
    transform.evalCrop = config.data.evalCrop;
    transform.augmentation = config.augmentation;
    transform.seed = config.seed;
    return transform;
}

QString FeatureTransform::key(int variant) const
{
    const QString base = QStringLiteral("%1 %2").arg(inputSize).arg(QString::number(evalCrop, 'g', QLocale::FloatingPointShortest));
    if (variant <= 0)
        return QStringLiteral("eval ") + base;
    const AugmentationConfig &a = augmentation;
    quint64 hash = SeededRandom::mix(seed);
    for (const double value : {double(a.enabled), double(a.randomResizedCrop), a.minScale, a.maxScale, a.minRatio, a.maxRatio,
                               double(a.horizontalFlip), a.rotationDegrees, a.brightness, a.contrast, a.saturation, a.blurProbability,
                               a.maxBlurSigma})
        hash = mixIn(hash, value);
    return QStringLiteral("augmented %1 #%2 %3").arg(base).arg(variant).arg(hash, 16, 16, QLatin1Char('0'));
}

class FeatureExtractor::Private
{
public:
    const Backbone &backbone;
    QString layer;
    FeatureTransform transform;
    int workers = 1;
    int dimension = 0;

    Private(const Backbone &backbone, const QString &layer, const FeatureTransform &transform, int workers)
        : backbone(backbone)
        , layer(layer.isEmpty() ? backbone.spec().defaultLayer : layer)
        , transform(transform)
        , workers(workers > 0 ? workers : std::max(1, QThread::idealThreadCount()))
        , dimension(backbone.featureSize(this->layer))
    {}

    PipelineOptions pipelineOptions(bool augment) const
    {
        PipelineOptions options;
        options.inputSize = transform.inputSize;
        options.channels = 3;
        options.augment = augment;
        options.augmentation = transform.augmentation;
        options.evalCrop = transform.evalCrop;
        options.workers = 1; // its threads stay idle: images are prepared here, on parallelFor's
        options.prefetchBatches = 1;
        options.cacheBytes = 0;
        options.seed = transform.seed;
        return options;
    }
};

FeatureExtractor::FeatureExtractor(const Backbone &backbone, const QString &layer, const FeatureTransform &transform, int workers)
    : d(std::make_unique<Private>(backbone, layer, transform, workers))
{}

FeatureExtractor::~FeatureExtractor() = default;

QString FeatureExtractor::layer() const
{
    return d->layer;
}

int FeatureExtractor::dimension() const
{
    return d->dimension;
}

FeatureExtractor::Output FeatureExtractor::compute(const QList<FeatureJob> &jobs)
{
    const int count = int(jobs.size());
    Output output;
    output.rows.resize(size_t(count));
    output.failures = QStringList(count, QString());
    if (count == 0)
        return output;

    QList<TrainingSample> samples;
    bool anyVariant = false;
    for (const FeatureJob &job : jobs) {
        samples.append(job.sample);
        anyVariant = anyVariant || job.variant > 0;
    }
    DataPipeline validation(samples, d->pipelineOptions(false));
    std::unique_ptr<DataPipeline> augmented = anyVariant ? std::make_unique<DataPipeline>(samples, d->pipelineOptions(true)) : nullptr;
    std::vector<RgbImage> images(static_cast<size_t>(count));
    parallelFor(count, d->workers, [&](qint64 i) {
        const FeatureJob &job = jobs[i];
        try {
            // The variant's draws are keyed by the image, not by its place in this list.
            images[size_t(i)] = job.variant == 0 ? validation.preparedImage(int(i), 0, 0)
                                                 : augmented->preparedImage(int(i), job.variant, int(job.variantKey & 0x7fffffff));
        } catch (const Error &error) {
            output.failures[i] = error.message();
        } catch (const std::exception &error) {
            output.failures[i] = QString::fromLocal8Bit(error.what());
        }
    });

    QList<RgbImage> batch;
    QList<int> positions;
    const auto flush = [&] {
        if (batch.isEmpty())
            return;
        std::vector<std::vector<float>> rows = d->backbone.features(batch, d->layer);
        for (qsizetype k = 0; k < positions.size(); ++k)
            output.rows[size_t(positions[k])] = std::move(rows[size_t(k)]);
        batch.clear();
        positions.clear();
    };
    for (int i = 0; i < count; ++i) {
        if (!output.failures[i].isEmpty())
            continue;
        batch.append(std::move(images[size_t(i)]));
        positions.append(i);
        if (batch.size() == 32)
            flush();
    }
    flush();
    return output;
}

} // namespace Atelier
