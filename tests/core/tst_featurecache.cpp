// Transfer learning on a small random backbone: the feature cache (hits, misses, invalidation
// when a crop or the backbone changes, pruning), heads trained on cached features, fine-tuning
// with frozen blocks, the YAML of both modes, and similar images.

#include "backbone.h"
#include "backbonecatalog.h"
#include "colourprojects.h"
#include "datasetsplit.h"
#include "error.h"
#include "evaluationstore.h"
#include "featurecache.h"
#include "featurecachetask.h"
#include "featureextractor.h"
#include "headtrainer.h"
#include "importtask.h"
#include "modelpackage.h"
#include "modelzoo_p.h"
#include "predictor.h"
#include "projectstore.h"
#include "runstore.h"
#include "seededrandom.h"
#include "similarity.h"
#include "splitstore.h"
#include "testbackbones.h"
#include "testimages.h"
#include "trainer.h"
#include "trainingconfigyaml.h"
#include "trainingtask.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Atelier;

namespace {

const QString BackboneName = QStringLiteral("tiny");
const QString Layer = TestBackbones::defaultLayer();


TrainingData colourData(int perClassTrain, int perClassValidation, int perClassTest)
{
    return ColourProjects::trainingData(perClassTrain, perClassValidation, perClassTest, 40);
}

const char *const FeaturesYaml = R"(
name: quick
mode: features
transfer: {backbone: tiny, head: linear, dropout: 0.1}
epochs: 40
batch_size: 16
seed: 5
threads: 2
data: {eval_crop: 1.0, workers: 2}
optimizer: {type: adam, learning_rate: 0.01}
callbacks: {checkpoint_every_minutes: 0}
)";

/// The test accuracy of the network a run saved, as the predictor reads it back from its files
/// (the images, not the feature cache); `weightsFile` tells which file it read.
double savedNetworkAccuracy(const TrainerSetup &setup, QString *weightsFile = nullptr)
{
    TrainingConfig config = setup.config;
    adoptBackboneInput(config);
    const ModelPackage package = ModelPackage::forCheckpoint(setup.checkpointDir, config, setup.data.classNames);
    if (weightsFile)
        *weightsFile = package.weightsFile;
    Predictor predictor(package, PredictorOptions{2, 0, 1, 256, TrainingDevice::Cpu});
    const PredictionOutputs outputs = predictor.run(setup.data.test, false);
    const int classes = outputs.probabilities.classCount;
    int correct = 0;
    for (int i = 0; i < setup.data.test.size(); ++i) {
        const float *row = outputs.probabilities.row(i);
        correct += int(std::max_element(row, row + classes) - row) == setup.data.test[i].label ? 1 : 0;
    }
    return double(correct) / double(setup.data.test.size());
}

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.message();
    }
    return QString();
}

class Messages : public TrainingObserver
{
public:
    void message(const QString &text) override { lines.append(text); }
    void epochFinished(const EpochMetrics &metrics) override { epochs.append(metrics); }
    QStringList lines;
    QList<EpochMetrics> epochs;
};

FeatureCacheResult cacheFeatures(const QString &project, const QString &layer = QString(), bool prune = false)
{
    FeatureCacheRequest request;
    request.projectFilePath = project;
    request.backbone = BackboneName;
    request.layer = layer;
    request.evalCrop = 1.0;
    request.removeStale = prune;
    request.workers = 2;
    return FeatureCacheTask(request).run();
}

std::map<std::string, torch::Tensor> tensorsOf(const torch::nn::Module &module)
{
    std::map<std::string, torch::Tensor> result;
    for (const auto &item : module.named_parameters())
        result[item.key()] = item.value().detach().clone();
    for (const auto &item : module.named_buffers())
        result[item.key()] = item.value().detach().clone();
    return result;
}

} // namespace

class TestFeatureCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(2);
        QVERIFY(m_backbones.isValid());
        qputenv("ATELIER_BACKBONE_DIR", m_backbones.path().toUtf8());
        BackboneFile::write(BackboneCatalog::userPath(BackboneName), TestBackbones::randomMobileNetV2(BackboneName, 3));
    }

    void cleanupTestCase() { qunsetenv("ATELIER_BACKBONE_DIR"); }

    void yamlRoundTrip()
    {
        const TrainingConfig config = TrainingConfigYaml::parse(QStringLiteral(R"(
mode: fine_tune
transfer:
  backbone: tiny
  layer: block_6_expand_relu
  head: mlp
  hidden_units: 64
  dropout: 0.3
  augmented_copies: 2
  unfreeze_blocks: all
  backbone_lr_factor: 0.05
  batch_norm: train
  solver: optimizer
  normalise_features: false
  fit_head_first: false
)"));
        QCOMPARE(config.mode, TrainingMode::FineTune);
        QCOMPARE(config.transfer.backbone, BackboneName);
        QCOMPARE(config.transfer.layer, Layer);
        QCOMPARE(config.transfer.head, HeadKind::Mlp);
        QCOMPARE(config.transfer.hiddenUnits, 64);
        QCOMPARE(config.transfer.dropout, 0.3);
        QCOMPARE(config.transfer.augmentedCopies, 2);
        QCOMPARE(config.transfer.unfreezeBlocks, -1);
        QCOMPARE(config.transfer.backboneLearningRateFactor, 0.05);
        QCOMPARE(config.transfer.batchNorm, BatchNormMode::Train);
        QCOMPARE(config.transfer.solver, HeadSolver::Optimizer);
        QVERIFY(!config.transfer.normaliseFeatures);
        QVERIFY(!config.transfer.fitHeadFirst);

        const TrainingConfig again = TrainingConfigYaml::parse(TrainingConfigYaml::write(config));
        QCOMPARE(again.mode, config.mode);
        QCOMPARE(again.transfer.backbone, config.transfer.backbone);
        QCOMPARE(again.transfer.layer, config.transfer.layer);
        QCOMPARE(again.transfer.head, config.transfer.head);
        QCOMPARE(again.transfer.hiddenUnits, config.transfer.hiddenUnits);
        QCOMPARE(again.transfer.dropout, config.transfer.dropout);
        QCOMPARE(again.transfer.augmentedCopies, config.transfer.augmentedCopies);
        QCOMPARE(again.transfer.unfreezeBlocks, -1);
        QCOMPARE(again.transfer.backboneLearningRateFactor, config.transfer.backboneLearningRateFactor);
        QCOMPARE(again.transfer.batchNorm, config.transfer.batchNorm);
        QCOMPARE(again.transfer.solver, HeadSolver::Optimizer);
        QVERIFY(!again.transfer.normaliseFeatures);
        QVERIFY(!again.transfer.fitHeadFirst);
        QCOMPARE(TrainingConfigYaml::parse(QStringLiteral("transfer: {unfreeze_blocks: 3}")).transfer.unfreezeBlocks, 3);
        // Older configs have no mode: they train from scratch.
        QCOMPARE(TrainingConfigYaml::parse(QStringLiteral("epochs: 2")).mode, TrainingMode::Scratch);
    }

    void yamlMistakes_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no backbone") << "mode: features" << "transfer.backbone: mode features needs a pretrained backbone";
        QTest::newRow("mode") << "mode: quick" << "mode: expected one of scratch, features, fine_tune";
        QTest::newRow("head") << "transfer: {head: deep}" << "transfer.head: expected one of linear, mlp";
        QTest::newRow("blocks") << "transfer: {unfreeze_blocks: some}" << "transfer.unfreeze_blocks: expected a whole number";
        QTest::newRow("typo") << "transfer: {backbone_lr_facter: 0.1}" << "did you mean backbone_lr_factor?";
        QTest::newRow("batch norm") << "transfer: {batch_norm: off}" << "transfer.batch_norm: expected one of frozen, train";
        QTest::newRow("solver") << "transfer: {solver: sgd}" << "transfer.solver: expected one of lbfgs, optimizer";
    }

    void yamlMistakes()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        const QString message = errorOf([&] { TrainingConfigYaml::parse(yaml, QStringLiteral("run.yaml")); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void cacheHitsMissesAndInvalidation()
    {
        QTemporaryDir dir;
        const QString project = ColourProjects::makeProject(dir.path(), 4, 1, 40);

        FeatureCacheResult first = cacheFeatures(project);
        QCOMPARE(first.images, 12);
        QCOMPARE(first.computed, 12);
        QCOMPARE(first.reused, 0);
        QCOMPARE(first.layer, Layer);
        QVERIFY(first.problems.isEmpty());
        const int dimension = first.dimension;
        QVERIFY(dimension > 0);

        FeatureCacheResult second = cacheFeatures(project);
        QCOMPARE(second.computed, 0);
        QCOMPARE(second.reused, 12);

        // A new crop is another key: that image alone is computed again.
        qint64 cropped = 0;
        {
            const auto store = ProjectStore::open(project);
            cropped = store->images().first().id;
            store->setContentRect(ContentRect{cropped, QRect(2, 2, 30, 30), BorderStatus::Accepted, 0});
        }
        FeatureCacheResult afterCrop = cacheFeatures(project);
        QCOMPARE(afterCrop.computed, 1);
        QCOMPARE(afterCrop.reused, 11);

        // Another layer, and another file under the backbone's name: all computed again.
        QCOMPARE(cacheFeatures(project, QStringLiteral("block_3_expand_relu")).computed, 12);
        BackboneFile::write(BackboneCatalog::userPath(BackboneName), TestBackbones::randomMobileNetV2(BackboneName, 4));
        FeatureCacheResult afterBackbone = cacheFeatures(project);
        QCOMPARE(afterBackbone.computed, 12);
        QCOMPARE(afterBackbone.reused, 0);
        {
            const auto store = ProjectStore::open(project);
            QCOMPARE(FeatureCache(*store).summary().vectors, qint64(12 + 1 + 12 + 12));
        }

        // Pruning drops the old file's vectors and the uncropped one; what images need stays.
        FeatureCacheResult pruned = cacheFeatures(project, QString(), true);
        QCOMPARE(pruned.computed, 0);
        QCOMPARE(pruned.removed, 12 + 1 + 12);
        const auto store = ProjectStore::open(project);
        QCOMPARE(FeatureCache(*store).summary().vectors, qint64(12));
        QCOMPARE(FeatureCache(*store).summary().bytes, qint64(12) * dimension * 4);

        // The cached vectors are the backbone's features of the transformed image.
        const BackboneChoice choice = BackboneChoice::find(BackboneName);
        const ImageRecord image = store->images().last();
        const FeatureKey key{image.sha256, QRect(), BackboneName, choice.digest, Layer, FeatureTransform{64, 1.0, {}, 0}.key(0)};
        const std::vector<float> cached = FeatureCache(*store).find({key}).front();
        QCOMPARE(int(cached.size()), dimension);
        const Backbone backbone = Backbone::load(choice.path);
        FeatureJob job;
        job.sample.filePath = store->absolutePath(image.path);
        const std::vector<float> direct = FeatureExtractor(backbone, Layer, FeatureTransform{64, 1.0, {}, 0}).compute({job}).rows.front();
        QCOMPARE(direct.size(), cached.size());
        for (size_t i = 0; i < direct.size(); ++i)
            QVERIFY(std::abs(direct[i] - cached[i]) <= 1e-5f * (1 + std::abs(cached[i])));

        BackboneFile::write(BackboneCatalog::userPath(BackboneName), TestBackbones::randomMobileNetV2(BackboneName, 3));
    }

    void unreadableImagesAreReported()
    {
        QTemporaryDir dir;
        const QString project = ColourProjects::makeProject(dir.path(), 2, 1, 40);
        QString broken;
        {
            const auto store = ProjectStore::open(project);
            broken = store->absolutePath(store->images().first().path);
        }
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        const FeatureCacheResult result = cacheFeatures(project);
        QCOMPARE(result.computed, 5);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().contains(broken), qPrintable(result.problems.first()));
        QVERIFY(errorOf([&] { cacheFeatures(project, QStringLiteral("no_such_layer")); }).contains(QStringLiteral("no_such_layer")));
    }

    void headOnCachedFeaturesBeatsChance()
    {
        QTemporaryDir dir;
        const QString project = ColourProjects::makeProject(dir.path(), 20, 1, 40);
        TrainingRequest request;
        request.projectFilePath = project;
        request.configYaml = QString::fromLatin1(FeaturesYaml);
        Messages first;
        TrainingTask task(request);
        const TrainingResult result = task.run(&first);
        QCOMPARE(result.status, RunStatus::Completed);
        // The linear head is fitted exactly, once per weight penalty.
        QCOMPARE(first.epochs.size(), 8);
        // Three classes: chance is a third.
        QVERIFY2(result.testAccuracy >= 0.8, qPrintable(QString::number(result.testAccuracy)));
        QVERIFY2(first.lines.join(QLatin1Char('\n')).contains(QStringLiteral("60 computed, 0 from the project's cache")),
                 qPrintable(first.lines.join(QLatin1Char('\n'))));

        // The run is recorded like any other, with the input settings the backbone decided, and
        // its saved network (trunk + head) gives the evaluation the head's own test figures.
        const auto store = ProjectStore::open(project);
        const auto run = RunStore(*store).run(task.runId());
        QVERIFY(run);
        QCOMPARE(RunStore(*store).epochs(task.runId()).size(), 8);
        const TrainingConfig stored = TrainingConfigYaml::parse(run->configText);
        QCOMPARE(stored.mode, TrainingMode::Features);
        QCOMPARE(stored.model.architecture, ModelArchitecture::MobileNetV2);
        QCOMPARE(stored.model.inputSize, 64);
        QCOMPARE(stored.normalizeMean(), (QList<double>{0, 0, 0}));
        QVERIFY(QFileInfo::exists(QDir(run->checkpointDir).filePath(Trainer::bestFileName())));
        const auto test = EvaluationStore(*store).evaluation(task.runId(), EvaluationSource::Test);
        QVERIFY(test);
        QCOMPARE(test->metrics.imageCount, 12);
        // (Batches of another size may round a borderline image the other way.)
        QVERIFY2(std::abs(test->metrics.accuracy - result.testAccuracy) <= 1.0 / 12 + 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(test->metrics.accuracy).arg(result.testAccuracy)));

        // The next run finds every feature in the cache.
        Messages second;
        const TrainingResult again = TrainingTask(request).run(&second);
        QCOMPARE(again.status, RunStatus::Completed);
        QVERIFY2(second.lines.join(QLatin1Char('\n')).contains(QStringLiteral("0 computed, 60 from the project's cache")),
                 qPrintable(second.lines.join(QLatin1Char('\n'))));
        QCOMPARE(again.testAccuracy, result.testAccuracy);
    }

    void exactFitKeepsThePenaltyValidationPrefers()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = TrainingConfigYaml::parse(QString::fromLatin1(FeaturesYaml));
        QCOMPARE(setup.config.transfer.solver, HeadSolver::Lbfgs);
        QVERIFY(setup.config.transfer.normaliseFeatures);
        setup.config.callbacks.monitor = MonitoredMetric::ValidationLoss;
        setup.data = colourData(10, 6, 6);
        setup.checkpointDir = dir.filePath(QStringLiteral("run"));
        Messages messages;
        const TrainingResult result = Trainer(setup).run(&messages);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(messages.epochs.size(), 8);
        const QString log = messages.lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("Weight penalty 0.001: validation loss")), qPrintable(log));
        // The kept fit is the one with the lowest validation loss, and the run ends on it.
        int lowest = 0;
        for (int i = 1; i < messages.epochs.size(); ++i)
            if (messages.epochs[i].validationLoss < messages.epochs[lowest].validationLoss)
                lowest = i;
        QCOMPARE(result.bestEpoch, lowest);
        QVERIFY2(result.testAccuracy >= 0.8, qPrintable(QString::number(result.testAccuracy)));

        // The saved network normalises its features itself, so the predictor, which reads the
        // images rather than the cache, agrees with the run's own test figure.
        QVERIFY(std::abs(savedNetworkAccuracy(setup) - result.testAccuracy) <= 1.0 / 18 + 1e-9);

        // Judged by validation accuracy, ties (frequent with few images) go to the lower loss.
        setup.config.callbacks.monitor = MonitoredMetric::ValidationAccuracy;
        setup.checkpointDir = dir.filePath(QStringLiteral("run1"));
        Messages byAccuracy;
        const TrainingResult accurate = Trainer(setup).run(&byAccuracy);
        int chosen = 0;
        for (int i = 1; i < byAccuracy.epochs.size(); ++i) {
            const EpochMetrics &e = byAccuracy.epochs[i];
            const EpochMetrics &c = byAccuracy.epochs[chosen];
            if (e.validationAccuracy > c.validationAccuracy
                || (e.validationAccuracy == c.validationAccuracy && e.validationLoss < c.validationLoss))
                chosen = i;
        }
        QCOMPARE(accurate.bestEpoch, chosen);

        // The optimizer solver trains for the config's epochs instead.
        setup.config.transfer.solver = HeadSolver::Optimizer;
        setup.config.epochs = 12;
        setup.checkpointDir = dir.filePath(QStringLiteral("run2"));
        Messages optimized;
        QCOMPARE(Trainer(setup).run(&optimized).status, RunStatus::Completed);
        QCOMPARE(optimized.epochs.size(), 12);
    }

    void powerNormalisedFeatures()
    {
        // Signed square roots, then unit length: large activations no longer dominate.
        const torch::Tensor rows = torch::tensor({4.0f, 0.0f, 9.0f, -16.0f, 1.0f, 0.0f, 0.0f, 0.0f}).view({2, 4});
        const torch::Tensor normalised = BackboneClassifierImpl::powerNormalised(rows);
        const torch::Tensor expected = torch::tensor({2.0f, 0.0f, 3.0f, -4.0f, 1.0f, 0.0f, 0.0f, 0.0f}).view({2, 4}) / torch::tensor({std::sqrt(29.0f), 1.0f}).view({2, 1});
        QVERIFY(torch::allclose(normalised, expected, 1e-6, 1e-6));
        QVERIFY(torch::isfinite(BackboneClassifierImpl::powerNormalised(torch::zeros({1, 4}))).all().item<bool>());
        // The network's description keeps the setting; older descriptions read as off.
        BackboneNetSpec spec;
        spec.architecture = QStringLiteral("mobilenet_v2");
        spec.layer = Layer;
        spec.normaliseFeatures = true;
        QVERIFY(BackboneNetSpec::fromJson(spec.toJson()).normaliseFeatures);
        spec.normaliseFeatures = false;
        QVERIFY(!BackboneNetSpec::fromJson(spec.toJson()).normaliseFeatures);
    }

    void mlpHeadWithAugmentedCopiesInMemory()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = TrainingConfigYaml::parse(QString::fromLatin1(FeaturesYaml));
        setup.config.transfer.head = HeadKind::Mlp;
        setup.config.transfer.hiddenUnits = 32;
        setup.config.transfer.augmentedCopies = 2;
        setup.config.callbacks.restoreBest = false;
        setup.data = colourData(12, 4, 6);
        setup.checkpointDir = dir.filePath(QStringLiteral("run"));
        Messages messages;
        const TrainingResult result = Trainer(setup).run(&messages);
        QCOMPARE(result.status, RunStatus::Completed);
        QVERIFY2(result.testAccuracy >= 0.8, qPrintable(QString::number(result.testAccuracy)));
        // 66 images plus two variants of the 36 training ones, none from a cache.
        QVERIFY2(messages.lines.join(QLatin1Char('\n')).contains(QStringLiteral("138 computed, 0 from")),
                 qPrintable(messages.lines.join(QLatin1Char('\n'))));

        // Without restore_best the run ends on its last weights: checkpoint.pt, which the
        // predictor reads (network from the file's description, no backbone needed).
        QString weightsFile;
        QVERIFY(std::abs(savedNetworkAccuracy(setup, &weightsFile) - result.testAccuracy) <= 1.0 / 18 + 1e-9);
        QVERIFY(weightsFile.endsWith(Trainer::checkpointFileName()));
    }

    void fineTuningStartsFromTheExactHead()
    {
        // With a learning rate too small to move anything, a fine-tuning run scores what its
        // starting head scores: Quick mode's fit, or chance from a random head.
        const auto fineTune = [](bool fitHeadFirst, Messages *messages) {
            QTemporaryDir dir;
            TrainerSetup setup;
            setup.config = TrainingConfigYaml::parse(QStringLiteral(R"(
mode: fine_tune
transfer: {backbone: tiny, unfreeze_blocks: 1}
epochs: 1
batch_size: 8
seed: 3
threads: 2
data: {eval_crop: 1.0, workers: 2}
optimizer: {type: adamw, learning_rate: 1.0e-9}
callbacks: {checkpoint_every_minutes: 0}
)"));
            setup.config.transfer.fitHeadFirst = fitHeadFirst;
            setup.data = colourData(10, 6, 6);
            setup.checkpointDir = dir.filePath(QStringLiteral("run"));
            return Trainer(setup).run(messages);
        };
        Messages started;
        const TrainingResult fitted = fineTune(true, &started);
        QCOMPARE(fitted.status, RunStatus::Completed);
        const QString log = started.lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("The new head starts from an exact fit on the features")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("Head start: Weight penalty")), qPrintable(log));
        QVERIFY2(fitted.testAccuracy >= 0.8, qPrintable(QString::number(fitted.testAccuracy)));
        Messages random;
        const TrainingResult unfitted = fineTune(false, &random);
        QVERIFY(!random.lines.join(QLatin1Char('\n')).contains(QStringLiteral("Head start")));
        QVERIFY2(unfitted.testAccuracy < fitted.testAccuracy - 0.3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(unfitted.testAccuracy).arg(fitted.testAccuracy)));
    }

    void fineTuneTrainsOnlyTheLastBlocks()
    {
        QTemporaryDir dir;
        TrainerSetup setup;
        setup.config = TrainingConfigYaml::parse(QStringLiteral(R"(
mode: fine_tune
transfer: {backbone: tiny, unfreeze_blocks: 2, backbone_lr_factor: 0.5}
epochs: 2
batch_size: 8
seed: 3
threads: 2
data: {eval_crop: 1.0, workers: 2}
optimizer: {type: adamw, learning_rate: 0.01}
callbacks: {checkpoint_every_minutes: 0}
)"));
        setup.data = colourData(8, 3, 3);
        setup.checkpointDir = dir.filePath(QStringLiteral("run"));
        const TrainingResult result = Trainer(setup).run();
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(result.epochsCompleted, 2);

        // Rebuild the trained network from its checkpoint, as the predictor does.
        torch::serialize::InputArchive archive;
        archive.load_from(QDir(setup.checkpointDir).filePath(Trainer::checkpointFileName()).toStdString());
        c10::IValue description;
        archive.read("backbone_net", description);
        BackboneClassifier trained(BackboneNetSpec::fromJson(description.toStringRef()), 3);
        torch::serialize::InputArchive model;
        archive.read("model", model);
        trained->load(model);
        BackboneClassifier original = ModelZoo::createOnBackbone(setup.config.transfer, BackboneFile::read(BackboneCatalog::path(BackboneName)), 3);

        // block_6_expand_relu ends in the expansion of block 6: the last two blocks are that
        // expansion and block 5 (features.6). Everything before them is as the backbone had it.
        const auto before = tensorsOf(*original->mobileNet);
        const auto after = tensorsOf(*trained->mobileNet);
        int changed = 0;
        for (const auto &[name, value] : before) {
            const bool trainable = name.rfind("features.6.", 0) == 0 || name.rfind("features.7.conv.0.", 0) == 0;
            const bool isStatistic = name.find("running_") != std::string::npos || name.find("num_batches") != std::string::npos;
            const bool same = torch::equal(value, after.at(name));
            if (!trainable || isStatistic)
                QVERIFY2(same, name.c_str()); // frozen weights, and every BatchNorm statistic (batch_norm: frozen)
            else if (!same)
                ++changed;
        }
        QVERIFY2(changed >= 6, qPrintable(QString::number(changed)));
        QVERIFY(!torch::equal(original->head->parameters().back(), trained->head->parameters().back()));

        // The predictor runs the fine-tuned network.
        TrainingConfig config = setup.config;
        adoptBackboneInput(config);
        Predictor predictor(ModelPackage::forCheckpoint(setup.checkpointDir, config, setup.data.classNames));
        const PredictionOutputs outputs = predictor.run(setup.data.test, true);
        QVERIFY(outputs.failed.isEmpty());
        QVERIFY(outputs.embeddingSize > 0);
    }

    void denseHeadLayersAreRefused()
    {
        BackboneWeights weights = TestBackbones::randomMobileNetV2(BackboneName, 3);
        weights.spec.head = {BackboneHeadLayer{QStringLiteral("dense_1"), 640, 4, QStringLiteral("softmax")}};
        TransferConfig transfer;
        transfer.layer = QStringLiteral("dense_1");
        QVERIFY(errorOf([&] { ModelZoo::createOnBackbone(transfer, weights, 3); }).contains(QStringLiteral("dense head")));
        transfer.layer = QStringLiteral("block_99_add");
        QVERIFY(errorOf([&] { ModelZoo::createOnBackbone(transfer, weights, 3); }).contains(QStringLiteral("block_99_add")));
    }

    void similarImages()
    {
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        for (int i = 0; i < 8; ++i)
            TestImages::writeFile(QStringLiteral("%1/%2.png").arg(images).arg(i), ImageDecoder::encodePng(ColourProjects::image(i % 3, 40, quint64(50 + i))));
        // A copy under another name, and the same picture a little brighter.
        QFile::copy(images + QStringLiteral("/3.png"), images + QStringLiteral("/copy.png"));
        RgbImage brighter = ColourProjects::image(3 % 3, 40, 53);
        for (char &value : brighter.pixels)
            value = char(std::min(255, int(uchar(value)) + 12));
        TestImages::writeFile(images + QStringLiteral("/brighter.png"), ImageDecoder::encodePng(brighter));
        const QString project = dir.filePath(QStringLiteral("similar.atelier"));
        ProjectStore::create(project).reset();
        ImportParams params;
        params.inputs = {images};
        params.threads = 2;
        ImportTask(project, params).run();
        QHash<QString, qint64> idOf;
        {
            const auto store = ProjectStore::open(project);
            for (const ImageRecord &image : store->images())
                idOf.insert(QFileInfo(image.path).completeBaseName(), image.id);
        }

        SimilarityOptions options;
        options.backbone = BackboneName;
        options.evalCrop = 1.0;
        options.workers = 2;
        const std::unique_ptr<SimilarImages> similar = SimilarImages::build(project, options);
        QVERIFY(similar);
        QCOMPARE(similar->size(), 10);
        QCOMPARE(similar->layer(), Layer);
        const QList<Neighbour> nearest = similar->similarToImage(idOf.value(QStringLiteral("3")), 3);
        QCOMPARE(nearest.size(), 3);
        QCOMPARE(nearest[0].imageId, idOf.value(QStringLiteral("copy")));
        QVERIFY(nearest[0].similarity > 0.9999f);
        // A random backbone sees mostly colour: the brighter version is as close as the other reds.
        QVERIFY(nearest[1].imageId == idOf.value(QStringLiteral("brighter")) || nearest[2].imageId == idOf.value(QStringLiteral("brighter")));
        QVERIFY(nearest[2].similarity > 0.9f);

        const QList<SimilarPair> pairs = similar->pairsAbove(0.9999f);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs[0].first, std::min(idOf.value(QStringLiteral("3")), idOf.value(QStringLiteral("copy"))));

        // A file from outside the project, through the same backbone.
        const QString outside = dir.filePath(QStringLiteral("outside.png"));
        QVERIFY(QFile::copy(images + QStringLiteral("/5.png"), outside));
        const QList<Neighbour> fromFile = similar->similarToFile(outside, QRect(), 2);
        QCOMPARE(fromFile.first().imageId, idOf.value(QStringLiteral("5")));
        QVERIFY(fromFile.first().similarity > 0.9999f);
        QVERIFY(errorOf([&] { similar->similarToImage(9999, 3); }).contains(QStringLiteral("9999")));
    }

private:
    QTemporaryDir m_backbones;
};

QTEST_GUILESS_MAIN(TestFeatureCache)
#include "tst_featurecache.moc"
