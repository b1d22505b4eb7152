// Prediction on CPU, per architecture, on poster-like JPEG scans:
//
//  latency     image file to top-3 (decode, content crop, resize, network, calibration), the
//              model loaded and warmed up; median and 90th percentile of single images.
//              Goal: MobileNetV2 at 224 px within 150 ms.
//  throughput  Predictor::run over a folder in batches of 32, decoding on worker threads.
//  neighbours  one nearest-neighbour query among 100,000 embeddings of 256 floats.
//  k-fold      out-of-sample predictions for 1,000 images by k-fold cross-validation (k short
//              runs of the small CNN, then each fold predicted), as the label-error queue asks.
//
// The networks' weights come from one short training step on a few images: speed does not depend
// on what the weights are.

#include "benchsupport.h"
#include "computeruntime.h"
#include "crossvalidation.h"
#include "modelpackage.h"
#include "neighbourindex.h"
#include "openmpwaitpolicy.h"
#include "predictor.h"
#include "seededrandom.h"
#include "progress.h"
#include "trainer.h"
#include "trainingconfigyaml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Atelier;

namespace {

struct Architecture
{
    QString name;
    int inputSize;
};

QList<TrainingSample> scanSamples(const QString &dir, int count)
{
    QList<TrainingSample> samples;
    for (int i = 0; i < count; ++i) {
        TrainingSample sample;
        sample.imageId = i + 1;
        sample.filePath = QStringLiteral("%1/scan-%2.jpg").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
        sample.label = i % 4;
        samples.append(sample);
    }
    return samples;
}

TrainingConfig configFor(const Architecture &architecture, int threads)
{
    return TrainingConfigYaml::parse(QStringLiteral("model: {architecture: %1, input_size: %2}\n"
                                                    "epochs: 1\nbatch_size: 4\nthreads: %3\ndevice: cpu\n"
                                                    "callbacks: {checkpoint_every_minutes: 0}\n")
                                         .arg(architecture.name)
                                         .arg(architecture.inputSize)
                                         .arg(threads));
}

/// Prints how long each phase of the k-fold run took.
class PhaseTimer : public ProgressObserver
{
public:
    PhaseTimer() { m_timer.start(); }
    ~PhaseTimer() override { close(); }
    void phase(const QString &name, qint64 total) override
    {
        close();
        m_name = name;
        m_total = total;
        m_timer.restart();
    }
    void close()
    {
        if (!m_name.isEmpty())
            std::printf("  %-40s %8.2f s%s\n", qPrintable(m_name), m_timer.nsecsElapsed() / 1e9,
                        m_total > 0 && m_name.contains(QLatin1String("predicting"))
                            ? qPrintable(QStringLiteral(" (%1 images)").arg(m_total))
                            : "");
        m_name.clear();
    }

private:
    QElapsedTimer m_timer;
    QString m_name;
    qint64 m_total = 0;
};

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char *argv[])
{
    // As atelier-cli and the studio do: idle OpenMP threads sleep instead of spinning.
    OpenMpWaitPolicy::ensurePassive(argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prediction latency, batch throughput and k-fold time on CPU."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Compute threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("architectures"), QStringLiteral("Comma-separated (default: all four)."), QStringLiteral("LIST"),
                      QStringLiteral("small_cnn,resnet18,resnet50,mobilenet_v2")});
    parser.addOption({QStringLiteral("latency-images"), QStringLiteral("Single predictions timed (default 40)."), QStringLiteral("N"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("batch-images"), QStringLiteral("Images in the throughput run (default 256)."), QStringLiteral("N"),
                      QStringLiteral("256")});
    parser.addOption({QStringLiteral("batch-size"), QStringLiteral("Images per forward pass (default: the predictor's)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("kfold-images"), QStringLiteral("Images for k-fold (default 1000; 0: skip)."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("k (default 5)."), QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs per fold (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("fixtures"), QStringLiteral("Folder of generated scans."), QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/atelier-bench/posters-1200x1600")});
    parser.process(app);

    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const int latencyImages = std::max(5, parser.value(QStringLiteral("latency-images")).toInt());
    const int batchImages = std::max(32, parser.value(QStringLiteral("batch-images")).toInt());
    const int kfoldImages = parser.value(QStringLiteral("kfold-images")).toInt();
    const QString fixtures = parser.value(QStringLiteral("fixtures"));
    const int fixtureCount = std::max({batchImages, latencyImages, kfoldImages});
    std::printf("Writing or reusing %d scans of 1200x1600 in %s\n", fixtureCount, qPrintable(fixtures));
    std::fflush(stdout);
    Bench::ensureScanFixtures(fixtures, fixtureCount, 1200, 1600);
    const QList<TrainingSample> samples = scanSamples(fixtures, fixtureCount);
    ComputeRuntime::setThreadCount(threads);
    const RuntimeInfo runtime = ComputeRuntime::info();
    std::printf("LibTorch %s, %d compute threads, OpenMP wait policy %s, BLAS %s\n\n", qPrintable(runtime.torchVersion), runtime.threads,
                qPrintable(OpenMpWaitPolicy::current()),
                qPrintable(runtime.blasLibrary.isEmpty() ? QStringLiteral("unknown") : runtime.blasLibrary));

    const QStringList classes{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    for (const QString &name : parser.value(QStringLiteral("architectures")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Architecture architecture{name, name == QLatin1String("small_cnn") ? 64 : 224};
        const TrainingConfig config = configFor(architecture, threads);
        QTemporaryDir weights;
        TrainerSetup setup;
        setup.config = config;
        setup.checkpointDir = weights.path();
        setup.data.classNames = classes;
        setup.data.train = samples.mid(0, 4);
        if (Trainer(setup).run().status != RunStatus::Completed) {
            std::printf("%s: could not make weights\n", qPrintable(name));
            return 1;
        }

        PredictorOptions options;
        options.threads = threads;
        options.workers = std::max(1, threads / 2);
        options.device = TrainingDevice::Cpu;
        if (parser.value(QStringLiteral("batch-size")).toInt() > 0)
            options.batchSize = parser.value(QStringLiteral("batch-size")).toInt();
        QElapsedTimer loading;
        loading.start();
        Predictor predictor(ModelPackage::forCheckpoint(weights.path(), config, classes), options);
        const double loadMs = loading.nsecsElapsed() / 1e6;

        for (int i = 0; i < 3; ++i) // warm-up: first calls allocate and pick kernels
            predictor.predictFile(samples[i].filePath);
        std::vector<double> latencies;
        for (int i = 0; i < latencyImages; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Prediction prediction = predictor.predictFile(samples[i].filePath, QRect(), 3);
            latencies.push_back(timer.nsecsElapsed() / 1e6);
            if (prediction.top.size() != 3)
                return 1;
        }
        const double median = percentile(latencies, 0.5);
        const double p90 = percentile(latencies, 0.9);

        QElapsedTimer batchTimer;
        batchTimer.start();
        const PredictionOutputs outputs = predictor.run(samples.mid(0, batchImages), true);
        const double batchSeconds = batchTimer.nsecsElapsed() / 1e9;
        if (!outputs.failed.isEmpty())
            return 1;

        std::printf("%s at %d px: model loaded in %.0f ms; embedding %d floats\n", qPrintable(name), architecture.inputSize, loadMs,
                    predictor.embeddingSize());
        const bool mobile = name == QLatin1String("mobilenet_v2");
        Bench::report("  latency, file to top-3, median", median, "ms", mobile ? "<= 150 ms" : nullptr,
                      !mobile || median <= 150);
        Bench::report("  latency, 90th percentile", p90, "ms");
        Bench::report(qPrintable(QStringLiteral("  batch throughput (batches of %1, with embeddings)").arg(options.batchSize > 0 ? options.batchSize : 8)),
                      batchImages / batchSeconds, "images/s");
        std::printf("\n");
        std::fflush(stdout);
    }

    {
        constexpr int Images = 100000;
        constexpr int Dimension = 256;
        NeighbourIndex index(Dimension);
        index.reserve(Images);
        SeededRandom random(7);
        std::vector<float> vector(Dimension);
        for (int i = 0; i < Images; ++i) {
            for (float &value : vector)
                value = float(random.uniform(-1.0, 1.0));
            index.add(i + 1, vector.data());
        }
        std::vector<double> times;
        for (int query = 0; query < 20; ++query) {
            for (float &value : vector)
                value = float(random.uniform(-1.0, 1.0));
            QElapsedTimer timer;
            timer.start();
            if (index.nearest(vector.data(), 8).size() != 8)
                return 1;
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::printf("nearest neighbours among %d embeddings of %d floats (one thread)\n", Images, Dimension);
        Bench::report("  query, 8 neighbours, median", percentile(times, 0.5), "ms");
        std::printf("\n");
    }

    if (kfoldImages > 0) {
        const int folds = parser.value(QStringLiteral("folds")).toInt();
        TrainingConfig config = configFor({QStringLiteral("small_cnn"), 64}, threads);
        config.epochs = parser.value(QStringLiteral("epochs")).toInt();
        config.batchSize = 32;
        const QList<TrainingSample> kfoldSamples = samples.mid(0, kfoldImages);
        QList<int> labels;
        for (const TrainingSample &sample : kfoldSamples)
            labels.append(sample.label);
        const QList<int> foldOf = CrossValidationTask::assignFolds(labels, {}, folds, 42);
        QList<int> failed;
        QStringList failures;
        bool canceled = false;
        std::printf("k-fold out-of-sample predictions: %d scans of 1200x1600, small CNN at 64 px, %d folds x %d epochs\n", kfoldImages,
                    folds, config.epochs);
        QElapsedTimer timer;
        timer.start();
        PhaseTimer phases;
        const ProbabilityRows rows =
            CrossValidationTask::outOfFoldProbabilities(kfoldSamples, classes, config, foldOf, folds, &phases, &failed, &failures, &canceled);
        phases.close();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (rows.rowCount() != kfoldImages || !failed.isEmpty())
            return 1;
        Bench::report("  total time", seconds, "s");
        Bench::report("  per image", seconds * 1000 / kfoldImages, "ms");
    }
    return 0;
}
