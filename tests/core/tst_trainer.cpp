// The trainer and training runs: learning, schedules, checkpoints and resuming, NaN stop, cancel,
// YAML configs, and runs recorded in a project.

#include "colourprojects.h"
#include "computeruntime.h"
#include "datasetsplit.h"
#include "error.h"
#include "importtask.h"
#include "learningrateschedule.h"
#include "projectstore.h"
#include "runstore.h"
#include "seededrandom.h"
#include "splitstore.h"
#include "testimages.h"
#include "trainer.h"
#include "trainingconfigyaml.h"
#include "trainingtask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Atelier;

namespace {

TrainingData colourData(int perClassTrain, int perClassValidation, int perClassTest = 0)
{
    return ColourProjects::trainingData(perClassTrain, perClassValidation, perClassTest, 20);
}

TrainingConfig smallConfig()
{
    TrainingConfig config;
    config.model.architecture = ModelArchitecture::SmallCnn;
    config.model.inputSize = 16;
    config.model.width = 8;
    config.data.evalCrop = 1.0;
    config.data.workers = 2;
    config.epochs = 3;
    config.batchSize = 16;
    config.seed = 7;
    config.threads = 2;
    config.optimizer.kind = OptimizerKind::Adam;
    config.optimizer.learningRate = 3e-3;
    config.schedule.kind = ScheduleKind::Cosine;
    config.schedule.warmupEpochs = 0.5;
    config.augmentation.rotationDegrees = 5;
    config.callbacks.checkpointEveryMinutes = 0;
    return config;
}

/// Records what a run reports, and cancels when told to.
class Recorder : public TrainingObserver
{
public:
    void started(const TrainingStart &value) override { start = value; }
    void batchFinished(const BatchMetrics &metrics) override
    {
        batches.append(metrics);
        if (cancelAtEpoch == metrics.epoch && cancelAfterBatch == metrics.batch)
            canceled = true;
    }
    void epochFinished(const EpochMetrics &metrics) override { epochs.append(metrics); }
    void message(const QString &text) override { messages.append(text); }
    bool isCanceled() const override { return canceled; }

    TrainingStart start;
    QList<BatchMetrics> batches;
    QList<EpochMetrics> epochs;
    QStringList messages;
    int cancelAtEpoch = -1;
    int cancelAfterBatch = -1;
    bool canceled = false;
};

void compareFigures(const QList<EpochMetrics> &actual, const QList<EpochMetrics> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].epoch, expected[i].epoch);
        QCOMPARE(actual[i].trainLoss, expected[i].trainLoss);
        QCOMPARE(actual[i].trainAccuracy, expected[i].trainAccuracy);
        QCOMPARE(actual[i].validationLoss, expected[i].validationLoss);
        QCOMPARE(actual[i].validationAccuracy, expected[i].validationAccuracy);
        QCOMPARE(actual[i].learningRate, expected[i].learningRate);
    }
}

QString yamlError(const QString &yaml)
{
    try {
        TrainingConfigYaml::parse(yaml, QStringLiteral("run.yaml"));
    } catch (const Error &error) {
        return error.message();
    }
    return QString();
}

const char *const projectRunYaml = R"(
name: colours
model: {architecture: small_cnn, input_size: 16, width: 8}
epochs: 3
batch_size: 16
seed: 11
threads: 2
data: {eval_crop: 1.0, workers: 2}
optimizer: {type: adam, learning_rate: 0.003}
callbacks: {checkpoint_every_minutes: 0}
)";

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsASeparableTask()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.data = colourData(40, 15, 10);
        setup.checkpointDir = dir.filePath(QStringLiteral("run"));
        Recorder recorder;
        const TrainingResult result = Trainer(setup).run(&recorder);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(recorder.epochs.size(), 3);
        QCOMPARE(recorder.start.threads, 2);
        QCOMPARE(recorder.start.device, QStringLiteral("cpu"));
        QCOMPARE(recorder.start.batchesPerEpoch, 8); // 120 images in batches of 16
        QCOMPARE(recorder.batches.size(), 24);
        const EpochMetrics last = recorder.epochs.last();
        QVERIFY2(last.validationAccuracy > 0.9, qPrintable(QString::number(last.validationAccuracy)));
        QVERIFY(last.trainLoss < recorder.epochs.first().trainLoss);
        QVERIFY(last.imagesPerSecond > 0);
        QVERIFY(result.testAccuracy > 0.85);
        QCOMPARE(result.testImages, 30);
        QVERIFY(Trainer::hasCheckpoint(setup.checkpointDir));
        QVERIFY(QFileInfo::exists(QDir(setup.checkpointDir).filePath(Trainer::bestFileName())));
        QCOMPARE(result.bestEpoch >= 0, true);
    }

    void learningRateSchedules()
    {
        ScheduleConfig cosine;
        cosine.kind = ScheduleKind::Cosine;
        cosine.warmupEpochs = 1;
        LearningRateSchedule warm(cosine, 1.0, 10, 5);
        QCOMPARE(warm.rateAt(0), 0.1);
        QCOMPARE(warm.rateAt(9), 1.0);
        QCOMPARE(warm.rateAt(10), 1.0);
        QVERIFY(std::abs(warm.rateAt(30) - 0.5) < 1e-9); // half-way through the cosine
        QVERIFY(warm.rateAt(49) < 0.01);

        ScheduleConfig step;
        step.kind = ScheduleKind::Step;
        step.stepEpochs = 2;
        step.gamma = 0.5;
        LearningRateSchedule stepped(step, 1.0, 10, 6);
        QCOMPARE(stepped.rateAt(19), 1.0);
        QCOMPARE(stepped.rateAt(20), 0.5);
        QCOMPARE(stepped.rateAt(45), 0.25);

        ScheduleConfig plateau;
        plateau.kind = ScheduleKind::Plateau;
        plateau.plateauPatience = 1;
        plateau.plateauFactor = 0.1;
        LearningRateSchedule reduce(plateau, 1.0, 10, 10);
        reduce.epochEnded(1.0, false, 0); // loss: lower is better
        reduce.epochEnded(0.9, false, 0);
        reduce.epochEnded(0.95, false, 0);
        QCOMPARE(reduce.rateAt(100), 1.0);
        reduce.epochEnded(0.95, false, 0); // second epoch without progress: reduced
        QVERIFY(std::abs(reduce.rateAt(100) - 0.1) < 1e-12);
        LearningRateSchedule restored(plateau, 1.0, 10, 10);
        restored.restore(reduce.state());
        QCOMPARE(restored.rateAt(0), reduce.rateAt(0));
    }

    /// A run canceled mid-epoch, then resumed, reports exactly what an uninterrupted run reports.
    void resumeGivesTheSameFigures_data()
    {
        QTest::addColumn<int>("cancelEpoch");
        QTest::addColumn<int>("cancelBatch");
        QTest::newRow("mid-epoch") << 1 << 2;
        QTest::newRow("after an epoch") << 0 << 7;
    }

    void resumeGivesTheSameFigures()
    {
        QFETCH(int, cancelEpoch);
        QFETCH(int, cancelBatch);
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.config.data.balance = ClassBalance::Sampler;
        setup.data = colourData(40, 10);

        // The uninterrupted run, once for both rows.
        if (m_uninterrupted.epochs.isEmpty()) {
            setup.checkpointDir = dir.filePath(QStringLiteral("whole"));
            QCOMPARE(Trainer(setup).run(&m_uninterrupted).status, RunStatus::Completed);
        }
        const Recorder &whole = m_uninterrupted;

        setup.checkpointDir = dir.filePath(QStringLiteral("interrupted"));
        Recorder first;
        first.cancelAtEpoch = cancelEpoch;
        first.cancelAfterBatch = cancelBatch;
        const TrainingResult canceled = Trainer(setup).run(&first);
        QCOMPARE(canceled.status, RunStatus::Canceled);
        QVERIFY(Trainer::hasCheckpoint(setup.checkpointDir));

        setup.resume = true;
        Recorder second;
        QCOMPARE(Trainer(setup).run(&second).status, RunStatus::Completed);
        QVERIFY(second.start.resumed);
        QCOMPARE(second.start.history.size(), cancelEpoch);
        // Batches: none repeated, none skipped.
        QCOMPARE(first.batches.size() + second.batches.size(), whole.batches.size());
        for (int i = 0; i < second.batches.size(); ++i)
            QCOMPARE(second.batches[i].loss, whole.batches[first.batches.size() + i].loss);
        compareFigures(second.start.history + second.epochs, whole.epochs);
    }

    /// Cancel takes effect before the next batch, and the run can go on.
    void cancelStopsWithinABatch()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.data = colourData(40, 10);
        setup.checkpointDir = dir.path();
        Recorder recorder;
        recorder.cancelAtEpoch = 0;
        recorder.cancelAfterBatch = 3;
        const TrainingResult result = Trainer(setup).run(&recorder);
        QCOMPARE(result.status, RunStatus::Canceled);
        QCOMPARE(recorder.batches.size(), 4);
        QVERIFY(recorder.epochs.isEmpty());
        QVERIFY(Trainer::hasCheckpoint(dir.path()));
        QVERIFY(isResumable(result.status));
    }

    /// A loss that turns NaN or infinite stops the run; the last good checkpoint stays.
    void nonFiniteLossStops()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.config.optimizer.kind = OptimizerKind::Sgd;
        setup.config.optimizer.learningRate = 0.01;
        // From the second epoch on, an absurd rate: the weights explode.
        setup.config.schedule.kind = ScheduleKind::Step;
        setup.config.schedule.stepEpochs = 1;
        setup.config.schedule.gamma = 1e30;
        setup.data = colourData(40, 10);
        setup.checkpointDir = dir.path();
        Recorder recorder;
        const TrainingResult result = Trainer(setup).run(&recorder);
        QCOMPARE(result.status, RunStatus::Diverged);
        QVERIFY2(result.message.contains(QLatin1String("epoch 2")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("checkpoint of epoch 1 is kept")));
        QCOMPARE(recorder.epochs.size(), 1);
        QCOMPARE(result.epochsCompleted, 1);
        QVERIFY(Trainer::hasCheckpoint(dir.path()));

        // The checkpoint is the good one: resuming restarts epoch 2 from finite weights.
        setup.resume = true;
        setup.config.callbacks.stopOnNan = true;
        Recorder again;
        QCOMPARE(Trainer(setup).run(&again).status, RunStatus::Diverged);
        QCOMPARE(again.start.history.size(), 1);
        QVERIFY(std::isfinite(again.start.history.first().trainLoss));
    }

    void timeLimitLeavesAResumableRun()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.config.epochs = 1000;
        setup.config.callbacks.timeLimitMinutes = 0.5 / 60; // half a second
        setup.data = colourData(10, 5);
        setup.checkpointDir = dir.path();
        const TrainingResult result = Trainer(setup).run();
        QCOMPARE(result.status, RunStatus::TimeLimit);
        QVERIFY(result.epochsCompleted < 1000);
        QVERIFY(isResumable(result.status));
        QVERIFY(Trainer::hasCheckpoint(dir.path()));
    }

    void earlyStopping()
    {
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.config.epochs = 20;
        setup.config.optimizer.learningRate = 1e-9; // nothing improves
        setup.config.callbacks.monitor = MonitoredMetric::ValidationLoss;
        setup.config.callbacks.earlyStopping = true;
        setup.config.callbacks.earlyStoppingPatience = 2;
        setup.config.callbacks.minDelta = 0.01;
        setup.data = colourData(10, 5);
        Recorder recorder;
        const TrainingResult result = Trainer(setup).run(&recorder);
        // BatchNorm's running statistics still move for a few epochs; then nothing does.
        QCOMPARE(result.status, RunStatus::StoppedEarly);
        QVERIFY(recorder.epochs.size() < 20);
        const int last = int(recorder.epochs.size()) - 1;
        QVERIFY(!recorder.epochs[last].improved && !recorder.epochs[last - 1].improved);
        QVERIFY(recorder.epochs[last - 2].improved);
        QCOMPARE(result.bestEpoch, last - 2);
        QCOMPARE(result.monitor, QStringLiteral("val_loss"));
    }

    void classWeightsAndBalancing()
    {
        TrainingData data = colourData(30, 5);
        data.train = data.train.mid(0, 30) + data.train.mid(30, 5) + data.train.mid(60, 5); // 30 red, 5 green, 5 blue
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.config.epochs = 1;
        setup.data = data;
        for (const ClassBalance balance : {ClassBalance::ClassWeights, ClassBalance::Sampler}) {
            setup.config.data.balance = balance;
            Recorder recorder;
            QCOMPARE(Trainer(setup).run(&recorder).status, RunStatus::Completed);
            QVERIFY(std::isfinite(recorder.epochs.first().trainLoss));
        }
    }

    void needsTrainingImagesAndCuda()
    {
        TrainerSetup setup;
        setup.config = smallConfig();
        setup.data = colourData(0, 5);
        QVERIFY_THROWS_EXCEPTION(Error, Trainer(setup).run());
        if (ComputeRuntime::info().cudaAvailable)
            QSKIP("a CUDA device is present");
        setup.data = colourData(5, 5);
        setup.config.device = TrainingDevice::Cuda;
        try {
            Trainer(setup).run();
            QFAIL("cuda without a GPU must be refused");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QLatin1String("cuda")));
        }
    }

    void yamlConfig()
    {
        const TrainingConfig config = TrainingConfigYaml::parse(QStringLiteral(R"(
name: posters
model: {architecture: mobilenet_v2, input_size: 224}
epochs: 30
batch_size: 24
seed: 5
threads: 2
device: cpu
split: 3
class_mapping: countries
data: {balance: sampler, cache_mb: 512, eval_crop: 0.9}
augmentation:
  horizontal_flip: false
  random_resized_crop: {scale: [0.5, 1.0]}
  blur: false
optimizer: {type: sgd, learning_rate: 0.05, momentum: 0.9, nesterov: true, gradient_clip: 2}
schedule: {type: step, step_epochs: 10, gamma: 0.5}
loss: {label_smoothing: 0.1}
callbacks: {monitor: val_loss, early_stopping: {patience: 4}, time_limit_minutes: 90}
)"));
        QCOMPARE(config.name, QStringLiteral("posters"));
        QCOMPARE(config.model.architecture, ModelArchitecture::MobileNetV2);
        QCOMPARE(config.model.inputSize, 224);
        QCOMPARE(config.epochs, 30);
        QCOMPARE(config.batchSize, 24);
        QCOMPARE(config.device, TrainingDevice::Cpu);
        QCOMPARE(config.data.splitVersion, 3);
        QCOMPARE(config.data.classMapping, QStringLiteral("countries"));
        QCOMPARE(config.data.balance, ClassBalance::Sampler);
        QCOMPARE(config.augmentation.horizontalFlip, false);
        QCOMPARE(config.augmentation.minScale, 0.5);
        QCOMPARE(config.augmentation.blurProbability, 0.0);
        QCOMPARE(config.optimizer.kind, OptimizerKind::Sgd);
        QCOMPARE(config.optimizer.nesterov, true);
        QCOMPARE(config.schedule.kind, ScheduleKind::Step);
        QCOMPARE(config.labelSmoothing, 0.1);
        QCOMPARE(config.callbacks.earlyStopping, true);
        QCOMPARE(config.callbacks.earlyStoppingPatience, 4);
        QCOMPARE(config.callbacks.monitor, MonitoredMetric::ValidationLoss);

        // Written out in full, it reads back to the same config.
        const QString written = TrainingConfigYaml::write(config);
        QCOMPARE(TrainingConfigYaml::write(TrainingConfigYaml::parse(written)), written);
        QVERIFY(written.contains(QLatin1String("learning_rate: 0.05")));

        // Shorthands and an empty file.
        const TrainingConfig shorthand = TrainingConfigYaml::parse(QStringLiteral("model: resnet18\noptimizer: sgd\nschedule: plateau\n"));
        QCOMPARE(shorthand.model.architecture, ModelArchitecture::ResNet18);
        QCOMPARE(shorthand.optimizer.kind, OptimizerKind::Sgd);
        QCOMPARE(shorthand.schedule.kind, ScheduleKind::Plateau);
        QCOMPARE(TrainingConfigYaml::parse(QString()).epochs, TrainingConfig().epochs);
    }

    void yamlErrorsNameTheKey_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QStringLiteral("epochs: 3\noptimizer:\n  learnig_rate: 0.1\n")
                                     << QStringLiteral("run.yaml:3: optimizer.learnig_rate: unknown key (did you mean learning_rate?)");
        QTest::newRow("unknown top key") << QStringLiteral("epoch: 3\n") << QStringLiteral("run.yaml:1: epoch: unknown key (did you mean epochs?)");
        QTest::newRow("not a number") << QStringLiteral("optimizer: {learning_rate: fast}")
                                      << QStringLiteral("optimizer.learning_rate: expected a number above 0, got \"fast\"");
        QTest::newRow("out of range") << QStringLiteral("epochs: 0") << QStringLiteral("run.yaml:1: epochs: expected a whole number from 1 to 100000, got 0");
        QTest::newRow("not whole") << QStringLiteral("batch_size: 2.5") << QStringLiteral("batch_size: expected a whole number");
        QTest::newRow("bad choice") << QStringLiteral("model:\n  architecture: vgg16")
                                    << QStringLiteral("run.yaml:2: model.architecture: expected one of small_cnn, resnet18, resnet50, mobilenet_v2, got \"vgg16\"");
        QTest::newRow("nested") << QStringLiteral("augmentation:\n  random_resized_crop:\n    scale: [0.9, 0.2]\n")
                                << QStringLiteral("augmentation.random_resized_crop.scale: the first value must not exceed the second");
        QTest::newRow("list") << QStringLiteral("data: {mean: 0.5}") << QStringLiteral("data.mean: expected a list of 1 to 3 numbers");
        QTest::newRow("channels") << QStringLiteral("model: {channels: 1}\ndata: {mean: [0.4, 0.4, 0.4]}")
                                  << QStringLiteral("data.mean: needs 1 value(s), one per channel");
        QTest::newRow("boolean") << QStringLiteral("augmentation: {horizontal_flip: sometimes}")
                                 << QStringLiteral("augmentation.horizontal_flip: expected true or false, got \"sometimes\"");
        QTest::newRow("mapping expected") << QStringLiteral("callbacks: [1, 2]") << QStringLiteral("callbacks: expected a mapping");
        QTest::newRow("small input") << QStringLiteral("model: {architecture: resnet50, input_size: 24}")
                                     << QStringLiteral("model.input_size: resnet50 needs inputs of at least 32 pixels");
        QTest::newRow("split") << QStringLiteral("split: latest") << QStringLiteral("split: expected a whole number of at least 1, got \"latest\"");
        QTest::newRow("not yaml") << QStringLiteral("model: [resnet18\n") << QStringLiteral("not valid YAML");
    }

    void yamlErrorsNameTheKey()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        const QString message = yamlError(yaml);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    /// A run of a project: its config, split version and epochs are stored; a canceled run
    /// resumes to the same figures as an uninterrupted one.
    void projectRuns()
    {
        QTemporaryDir dir;
        const QString project = ColourProjects::makeProject(dir.path(), 30);

        TrainingRequest request;
        request.projectFilePath = project;
        request.configYaml = QString::fromUtf8(projectRunYaml);
        TrainingTask whole(request);
        Recorder wholeRecorder;
        const TrainingResult result = whole.run(&wholeRecorder);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(wholeRecorder.start.trainImages, 54);
        QCOMPARE(wholeRecorder.start.classNames, (QStringList{QStringLiteral("blue"), QStringLiteral("green"), QStringLiteral("red")}));

        auto store = ProjectStore::open(project);
        RunStore runs(*store);
        const auto record = runs.run(whole.runId());
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("colours"));
        QCOMPARE(record->status, RunStatus::Completed);
        QCOMPARE(record->splitVersionId, SplitStore(*store).currentVersion()->id);
        QCOMPARE(record->epochCount, 3);
        QCOMPARE(record->bestMetricName, QStringLiteral("val_accuracy"));
        QVERIFY(record->bestMetric > 0.8);
        QVERIFY(record->testAccuracy > 0.8);
        QVERIFY(record->finishedMs >= record->createdMs);
        QCOMPARE(record->checkpointDir, QStringLiteral("%1/colours.runs/%2").arg(dir.path()).arg(whole.runId()));
        QVERIFY(Trainer::hasCheckpoint(record->checkpointDir));
        // The stored config is complete: defaults are written out.
        QVERIFY(record->configText.contains(QLatin1String("label_smoothing: 0")));
        compareFigures(runs.epochs(whole.runId()), wholeRecorder.epochs);

        // The same run, canceled in its second epoch and resumed.
        TrainingTask interrupted(request);
        Recorder first;
        first.cancelAtEpoch = 1;
        first.cancelAfterBatch = 1;
        QCOMPARE(interrupted.run(&first).status, RunStatus::Canceled);
        const qint64 id = interrupted.runId();
        QCOMPARE(runs.run(id)->status, RunStatus::Canceled);
        QCOMPARE(runs.run(id)->epochCount, 1);

        TrainingRequest resume;
        resume.projectFilePath = project;
        resume.resumeRunId = id;
        TrainingTask resumed(resume);
        QCOMPARE(resumed.run().status, RunStatus::Completed);
        QCOMPARE(resumed.runId(), id);
        QCOMPARE(runs.run(id)->status, RunStatus::Completed);
        compareFigures(runs.epochs(id), runs.epochs(whole.runId()));
        QCOMPARE(runs.run(id)->testAccuracy, runs.run(whole.runId())->testAccuracy);

        // A finished run cannot be resumed; an unknown one neither.
        QVERIFY_THROWS_EXCEPTION(Error, TrainingTask(resume).run());
        resume.resumeRunId = 99;
        QVERIFY_THROWS_EXCEPTION(Error, TrainingTask(resume).run());
        QCOMPARE(runs.runs().size(), 2);
    }

    /// atelier-cli killed with SIGKILL in the middle of a run: --resume finishes it with the
    /// figures of a run that was never interrupted.
    void killedCliRunResumes()
    {
        QTemporaryDir dir;
        const QString project = ColourProjects::makeProject(dir.path(), 30);
        const QString config = dir.filePath(QStringLiteral("run.yaml"));
        TestImages::writeFile(config, QByteArray(projectRunYaml));
        const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/atelier-cli");

        QProcess killed;
        killed.start(cli, {QStringLiteral("train"), project, QStringLiteral("--config"), config, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QVERIFY(killed.waitForStarted());
        int epochLines = 0;
        while (epochLines < 1 && killed.waitForReadyRead(60000))
            while (killed.canReadLine())
                epochLines += QJsonDocument::fromJson(killed.readLine()).object().contains(QLatin1String("epoch")) ? 1 : 0;
        QCOMPARE(epochLines, 1);
        killed.kill(); // SIGKILL: no chance to write anything more
        QVERIFY(killed.waitForFinished());

        const auto store = ProjectStore::open(project);
        RunStore runs(*store);
        QCOMPARE(runs.runs().size(), 1);
        const qint64 id = runs.runs().first().id;
        QCOMPARE(runs.run(id)->status, RunStatus::Running); // a killed run says so only by staying "running"

        const auto runCli = [&](const QStringList &arguments) {
            QProcess process;
            process.start(cli, arguments);
            if (!process.waitForFinished(120000))
                qFatal("atelier-cli did not finish");
            return process.exitCode();
        };
        QCOMPARE(runCli({QStringLiteral("train"), project, QStringLiteral("--resume"), QString::number(id), QStringLiteral("--quiet")}), 0);
        // The uninterrupted run, started as a user would (no OpenMP wait policy of their own):
        // the CLI restarts itself with idle OpenMP threads sleeping, and says so.
        QProcess uninterruptedRun;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("OMP_WAIT_POLICY"));
        uninterruptedRun.setProcessEnvironment(environment);
        uninterruptedRun.start(cli, {QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--config"), config});
        QVERIFY(uninterruptedRun.waitForFinished(120000));
        QCOMPARE(uninterruptedRun.exitCode(), 0);
        const QString log = QString::fromUtf8(uninterruptedRun.readAllStandardError());
        QVERIFY2(log.contains(QLatin1String("OpenMP wait policy: passive")), qPrintable(log.left(400)));
        QCOMPARE(runs.runs().size(), 2);
        const qint64 uninterrupted = runs.runs().last().id;
        QCOMPARE(runs.run(id)->status, RunStatus::Completed);
        QCOMPARE(runs.epochs(id).size(), 3);
        compareFigures(runs.epochs(id), runs.epochs(uninterrupted));
    }

    void projectWithoutSplitOrClasses()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("empty.atelier"));
        ProjectStore::create(project).reset();
        TrainingRequest request;
        request.projectFilePath = project;
        request.configYaml = QString::fromUtf8(projectRunYaml);
        try {
            TrainingTask(request).run();
            QFAIL("a project without a split cannot train");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QLatin1String("split")));
        }
        request.configYaml = QStringLiteral("class_mapping: nowhere");
        QVERIFY_THROWS_EXCEPTION(Error, TrainingTask(request).run());
    }


private:
    Recorder m_uninterrupted;
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
