// Training throughput and accuracy, measured the same way as tests/benchmarks/peer_training.py
// measures PyTorch (run both with run-training-benchmark.sh):
//
//  --fashion-mnist  the small CNN on Fashion-MNIST (in memory): test accuracy after N epochs and
//                   training images/s. Goal: >= 92 % after 5 epochs, throughput >= PyTorch's.
//  --pipeline       the data pipeline alone on the posters, one decoding thread, no network:
//                   images/s decoded and augmented (first epoch) and from the cache (second).
//  --scans          MobileNetV2 or ResNet-18 at 224 px on a folder of poster JPEGs, through a
//                   project and the whole pipeline (decoding, content crop, augmentation):
//                   training images/s per epoch. Goal: >= PyTorch with a DataLoader.
//
// The last line of output is one JSON object with the figures, for the comparison script.

#include "benchsupport.h"
#include "computeruntime.h"
#include "datapipeline.h"
#include "importtask.h"
#include "projectstore.h"
#include "splitstore.h"
#include "testimages.h"
#include "trainer.h"
#include "trainingtask.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <sys/resource.h>

using namespace Atelier;

namespace {

/// CPU time of this process, every thread included: the work done, whatever else shares the cores.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// Prints each epoch as it ends and keeps the figures, with the CPU time each epoch took.
class EpochPrinter : public TrainingObserver
{
public:
    void started(const TrainingStart &start) override
    {
        info = start;
        std::printf("atelier: %d training images, %d test images, %d batches/epoch; device %s, %d compute threads, %d decoding threads\n",
                    start.trainImages, start.testImages, start.batchesPerEpoch, qPrintable(start.device), start.threads, start.dataWorkers);
        std::fflush(stdout);
        m_cpu = cpuSeconds();
    }
    void epochFinished(const EpochMetrics &epoch) override
    {
        const double cpu = cpuSeconds();
        epochs.append(epoch);
        imagesPerCpuSecond.append(info.trainImages / (cpu - m_cpu));
        std::printf("atelier: epoch %d  train loss %.4f acc %.4f  %.1f images/s  %.1f s (%.1f s waiting for data)  %.1f images/CPU-s\n",
                    epoch.epoch + 1, epoch.trainLoss, epoch.trainAccuracy, epoch.imagesPerSecond, epoch.seconds, epoch.dataWaitSeconds,
                    imagesPerCpuSecond.last());
        std::fflush(stdout);
        m_cpu = cpu;
    }
    /// Images per CPU-second over all epochs.
    double overallImagesPerCpuSecond() const
    {
        double perImage = 0;
        for (const double rate : imagesPerCpuSecond)
            perImage += 1.0 / rate;
        return perImage > 0 ? imagesPerCpuSecond.size() / perImage : 0;
    }

    TrainingStart info;
    QList<EpochMetrics> epochs;
    QList<double> imagesPerCpuSecond;

private:
    double m_cpu = 0;
};

QByteArray gunzip(const QString &path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gzip.waitForFinished(120000) || gzip.exitCode() != 0)
        qFatal("cannot decompress %s (is dataset-fashion-mnist installed?)", qPrintable(path));
    return gzip.readAllStandardOutput();
}

/// IDX files: images (magic 2051) as 28x28 gray, labels (2049) as bytes.
QList<TrainingSample> readIdx(const QString &imagesPath, const QString &labelsPath)
{
    const QByteArray images = gunzip(imagesPath);
    const QByteArray labels = gunzip(labelsPath);
    const auto be32 = [](const QByteArray &bytes, int offset) {
        return (quint32(uchar(bytes[offset])) << 24) | (quint32(uchar(bytes[offset + 1])) << 16) | (quint32(uchar(bytes[offset + 2])) << 8)
               | quint32(uchar(bytes[offset + 3]));
    };
    if (be32(images, 0) != 2051 || be32(labels, 0) != 2049)
        qFatal("not IDX files: %s", qPrintable(imagesPath));
    const int count = int(be32(images, 4));
    const int rows = int(be32(images, 8));
    const int columns = int(be32(images, 12));
    QList<TrainingSample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        TrainingSample sample;
        sample.imageId = i + 1;
        sample.label = uchar(labels[8 + i]);
        sample.image.width = columns;
        sample.image.height = rows;
        sample.image.pixels.resize(qsizetype(rows) * columns * 3);
        const char *gray = images.constData() + 16 + qsizetype(i) * rows * columns;
        for (int p = 0; p < rows * columns; ++p)
            sample.image.pixels[p * 3] = sample.image.pixels[p * 3 + 1] = sample.image.pixels[p * 3 + 2] = gray[p];
        samples.append(sample);
    }
    return samples;
}

/// Training images per second of training over all epochs (validation and testing excluded).
double overallImagesPerSecond(const QList<EpochMetrics> &epochs)
{
    double seconds = 0;
    for (const EpochMetrics &epoch : epochs)
        seconds += epoch.imagesPerSecond > 0 ? 1.0 / epoch.imagesPerSecond : 0; // per training image
    return seconds > 0 ? epochs.size() / seconds : 0;
}

int fashionMnist(const QCommandLineParser &parser)
{
    const QString data = parser.value(QStringLiteral("data"));
    TrainerSetup setup;
    setup.data.classNames = {QStringLiteral("T-shirt/top"), QStringLiteral("Trouser"), QStringLiteral("Pullover"), QStringLiteral("Dress"),
                             QStringLiteral("Coat"), QStringLiteral("Sandal"), QStringLiteral("Shirt"), QStringLiteral("Sneaker"),
                             QStringLiteral("Bag"), QStringLiteral("Ankle boot")};
    setup.data.train = readIdx(data + QStringLiteral("/train-images-idx3-ubyte.gz"), data + QStringLiteral("/train-labels-idx1-ubyte.gz"));
    setup.data.test = readIdx(data + QStringLiteral("/t10k-images-idx3-ubyte.gz"), data + QStringLiteral("/t10k-labels-idx1-ubyte.gz"));

    TrainingConfig &config = setup.config;
    config.model.architecture = ModelArchitecture::SmallCnn;
    config.model.inputSize = 28;
    config.model.channels = 1;
    config.model.width = parser.value(QStringLiteral("width")).toInt();
    config.data.evalCrop = 1.0;
    config.data.mean = {0.2860};
    config.data.std = {0.3530};
    config.data.workers = parser.value(QStringLiteral("workers")).toInt();
    config.augmentation.enabled = false;
    config.optimizer.kind = OptimizerKind::Adam;
    config.optimizer.learningRate = parser.value(QStringLiteral("lr")).toDouble();
    config.optimizer.weightDecay = 0;
    config.schedule.kind = ScheduleKind::Cosine;
    config.epochs = parser.value(QStringLiteral("epochs")).toInt();
    config.batchSize = parser.value(QStringLiteral("batch")).toInt();
    config.threads = parser.value(QStringLiteral("threads")).toInt();
    config.seed = 1;
    config.callbacks.monitor = MonitoredMetric::TrainLoss;
    config.callbacks.restoreBest = false; // the network after the last epoch, as the peer tests it
    QTemporaryDir checkpoints;
    setup.checkpointDir = checkpoints.path(); // checkpoints are part of a run's cost

    std::printf("== Fashion-MNIST, small CNN (width %d), %d epochs, batch %d, Adam lr %g, cosine schedule\n", config.model.width,
                config.epochs, config.batchSize, config.optimizer.learningRate);
    const RuntimeInfo runtime = ComputeRuntime::info();
    std::printf("atelier: LibTorch %s, BLAS %s\n", qPrintable(runtime.torchVersion), qPrintable(runtime.blasLibrary));
    EpochPrinter printer;
    const TrainingResult result = Trainer(setup).run(&printer);
    const double throughput = overallImagesPerSecond(printer.epochs);
    Bench::report("atelier test accuracy", result.testAccuracy * 100, "%", ">= 92 %", result.testAccuracy >= 0.92);
    Bench::report("atelier training throughput", throughput, "images/s");
    Bench::report("atelier training work", printer.overallImagesPerCpuSecond(), "images/CPU-s");
    QJsonArray perEpoch;
    for (const EpochMetrics &epoch : std::as_const(printer.epochs))
        perEpoch.append(epoch.imagesPerSecond);
    const QJsonObject json{{QStringLiteral("side"), QStringLiteral("atelier")},
                           {QStringLiteral("task"), QStringLiteral("fashion-mnist")},
                           {QStringLiteral("testAccuracy"), result.testAccuracy},
                           {QStringLiteral("imagesPerSecond"), throughput},
                           {QStringLiteral("epochImagesPerSecond"), perEpoch},
                           {QStringLiteral("imagesPerCpuSecond"), printer.overallImagesPerCpuSecond()},
                           {QStringLiteral("threads"), printer.info.threads},
                           {QStringLiteral("dataWorkers"), printer.info.dataWorkers}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return result.status == RunStatus::Completed ? 0 : 1;
}

/// `count` poster-like scans in three class folders, kept between runs.
void ensurePosters(const QString &dir, int count, int width, int height)
{
    const QStringList classes{QStringLiteral("cabaret"), QStringLiteral("exhibition"), QStringLiteral("travel")};
    int written = 0;
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/%2/poster-%3.jpg").arg(dir, classes[i % 3]).arg(i, 4, 10, QLatin1Char('0'));
        if (QFile::exists(path))
            continue;
        TestImages::writeFile(path, TestImages::poster(width, height, quint32(i + 1)));
        ++written;
    }
    if (written > 0)
        std::printf("prepared %d poster scans of %dx%d in %s\n", written, width, height, qPrintable(dir));
}

int scans(const QCommandLineParser &parser)
{
    const QString fixtures = parser.value(QStringLiteral("fixtures"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    ensurePosters(fixtures, count, 1200, 1600);

    QTemporaryDir work;
    const QString project = work.filePath(QStringLiteral("posters.atelier"));
    ProjectStore::create(project).reset();
    ImportParams import;
    import.inputs = {fixtures};
    ImportTask(project, import).run();
    {
        // Every image trains: the figure is training throughput, validation would only dilute it.
        const auto store = ProjectStore::open(project);
        QHash<qint64, Split> all;
        for (const ImageRecord &image : store->images())
            all.insert(image.id, Split::Train);
        SplitStore(*store).saveVersion(all, SplitParams());
    }

    const QString model = parser.value(QStringLiteral("model"));
    const QString yaml = QStringLiteral(R"(
model: {architecture: %1, input_size: 224}
epochs: %2
batch_size: %3
threads: %4
seed: 1
data: {workers: %5}
augmentation:
  random_resized_crop: {scale: [0.25, 1.0], ratio: [0.75, 1.3333333]}
  horizontal_flip: true
  rotation_degrees: 5
  brightness: 0.2
  contrast: 0.2
  saturation: 0.2
  blur: {probability: 0.1, max_sigma: 1.5}
optimizer: {type: adamw, learning_rate: 0.001, weight_decay: 0.0001}
schedule: constant
callbacks: {monitor: train_loss, save_best: false, checkpoint_every_minutes: 0}
)")
                             .arg(model, parser.value(QStringLiteral("epochs")), parser.value(QStringLiteral("batch")),
                                  parser.value(QStringLiteral("threads")), parser.value(QStringLiteral("workers")));
    std::printf("== %d poster scans (1200x1600 JPEG), %s at 224 px, batch %s, full augmentation\n", count, qPrintable(model),
                qPrintable(parser.value(QStringLiteral("batch"))));
    const RuntimeInfo runtime = ComputeRuntime::info();
    std::printf("atelier: LibTorch %s, BLAS %s\n", qPrintable(runtime.torchVersion), qPrintable(runtime.blasLibrary));
    TrainingRequest request;
    request.projectFilePath = project;
    request.configYaml = yaml;
    EpochPrinter printer;
    const TrainingResult result = TrainingTask(request).run(&printer);
    QJsonArray perEpoch;
    for (const EpochMetrics &epoch : std::as_const(printer.epochs)) {
        perEpoch.append(epoch.imagesPerSecond);
        Bench::report(qPrintable(QStringLiteral("atelier epoch %1 throughput").arg(epoch.epoch + 1)), epoch.imagesPerSecond, "images/s");
    }
    const QJsonObject json{{QStringLiteral("side"), QStringLiteral("atelier")},
                           {QStringLiteral("task"), QStringLiteral("scans-") + model},
                           {QStringLiteral("epochImagesPerSecond"), perEpoch},
                           {QStringLiteral("imagesPerSecond"), overallImagesPerSecond(printer.epochs)},
                           {QStringLiteral("imagesPerCpuSecond"), printer.overallImagesPerCpuSecond()},
                           {QStringLiteral("threads"), printer.info.threads},
                           {QStringLiteral("dataWorkers"), printer.info.dataWorkers}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return result.status == RunStatus::Completed ? 0 : 1;
}

/// The data pipeline alone: what one decoding thread delivers, cold and from the cache.
int pipelineOnly(const QCommandLineParser &parser)
{
    const QString fixtures = parser.value(QStringLiteral("fixtures"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    ensurePosters(fixtures, count, 1200, 1600);
    QList<TrainingSample> samples;
    for (QDirIterator it(fixtures, {QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        TrainingSample sample;
        sample.filePath = it.next();
        samples.append(sample);
    }
    PipelineOptions options;
    options.inputSize = 224;
    options.augment = true; // the defaults: random resized crop, flip, rotation, jitter, blur
    options.augmentation.minScale = 0.25;
    options.workers = 1;
    options.cacheBytes = qint64(2048) << 20;
    DataPipeline pipeline(samples, options);
    std::vector<int> order(size_t(samples.size()));
    for (int i = 0; i < int(order.size()); ++i)
        order[size_t(i)] = i;
    std::printf("== data pipeline alone: %lld posters (1200x1600 JPEG) to 224 px, augmented, 1 thread\n", qlonglong(samples.size()));
    QJsonArray perEpoch;
    for (int epoch = 0; epoch < 2; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        pipeline.start(epoch, order, 32);
        ImageBatch batch;
        while (pipeline.next(batch)) {
        }
        const double rate = samples.size() / (timer.nsecsElapsed() / 1e9);
        perEpoch.append(rate);
        Bench::report(epoch == 0 ? "atelier pipeline, decoding" : "atelier pipeline, from the cache", rate, "images/s");
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("side"), QStringLiteral("atelier")},
                                                  {QStringLiteral("task"), QStringLiteral("pipeline")},
                                                  {QStringLiteral("epochImagesPerSecond"), perEpoch}})
                             .toJson(QJsonDocument::Compact)
                             .constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Training benchmark (see run-training-benchmark.sh)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("fashion-mnist"), QStringLiteral("Small CNN on Fashion-MNIST.")});
    parser.addOption({QStringLiteral("scans"), QStringLiteral("A 224-px network on poster JPEGs.")});
    parser.addOption({QStringLiteral("pipeline"), QStringLiteral("The data pipeline alone on poster JPEGs.")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Fashion-MNIST folder (gzip'd IDX)."), QStringLiteral("DIR"),
                      QStringLiteral("/usr/share/datasets/fashion-mnist")});
    parser.addOption({QStringLiteral("fixtures"), QStringLiteral("Folder of generated posters (kept between runs)."), QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/atelier-bench/posters-1200x1600")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Posters."), QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("mobilenet_v2 or resnet18."), QStringLiteral("NAME"), QStringLiteral("mobilenet_v2")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("N"), QStringLiteral("128")});
    parser.addOption({QStringLiteral("lr"), QStringLiteral("Learning rate (Fashion-MNIST)."), QStringLiteral("RATE"), QStringLiteral("0.002")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Small CNN width."), QStringLiteral("N"), QStringLiteral("32")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Compute threads."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("workers"), QStringLiteral("Decoding threads (0: automatic)."), QStringLiteral("N"), QStringLiteral("0")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("scans")))
        return scans(parser);
    if (parser.isSet(QStringLiteral("pipeline")))
        return pipelineOnly(parser);
    return fashionMnist(parser);
}
