// Prediction with trained runs: the evaluation stored at the end of training, single and batch
// prediction (top-3, calibration, neighbours, content rectangles), exported models, folders of
// labelled photos, every architecture's embeddings, and label errors found by cross-validation.

#include "colourprojects.h"
#include "crossvalidation.h"
#include "datasetsplit.h"
#include "error.h"
#include "evaluationstore.h"
#include "evaluationtask.h"
#include "importtask.h"
#include "labelerrorqueue.h"
#include "modelpackage.h"
#include "neighbourindex.h"
#include "predictor.h"
#include "projectstore.h"
#include "runstore.h"
#include "seededrandom.h"
#include "splitstore.h"
#include "testimages.h"
#include "trainer.h"
#include "trainingconfigyaml.h"
#include "trainingtask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Atelier;

namespace {

const char *const RunYaml = R"(
name: colours
model: {architecture: small_cnn, input_size: 16, width: 8}
epochs: 4
batch_size: 16
seed: 11
threads: 2
data: {eval_crop: 1.0, workers: 2}
optimizer: {type: adam, learning_rate: 0.003}
callbacks: {checkpoint_every_minutes: 0}
)";

PredictorOptions twoThreads()
{
    PredictorOptions options;
    options.threads = 2;
    options.workers = 2;
    return options;
}

void compareRows(const float *actual, const float *expected, int count, float tolerance = 1e-5f)
{
    for (int i = 0; i < count; ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance,
                 qPrintable(QStringLiteral("value %1: %2 vs %3").arg(i).arg(actual[i]).arg(expected[i])));
}

} // namespace

class TestPredictor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = ColourProjects::makeProject(m_dir.filePath(QStringLiteral("trained")), 30);
        TrainingRequest request;
        request.projectFilePath = m_project;
        request.configYaml = QString::fromUtf8(RunYaml);
        TrainingTask task(request);
        QCOMPARE(task.run().status, RunStatus::Completed);
        m_runId = task.runId();
    }

    /// A completed run is evaluated on its validation and test images at once.
    void trainingStoresAnEvaluation()
    {
        const auto store = ProjectStore::open(m_project);
        const TrainingData images = EvaluationTask::runImages(*store, m_runId);
        EvaluationStore evaluations(*store);
        const auto validation = evaluations.evaluation(m_runId, EvaluationSource::Validation);
        const auto test = evaluations.evaluation(m_runId, EvaluationSource::Test);
        QVERIFY(validation && test);
        QCOMPARE(validation->metrics.imageCount, int(images.validation.size()));
        QCOMPARE(test->metrics.imageCount, int(images.test.size()));
        QCOMPARE(test->metrics.classNames, RunStore(*store).run(m_runId)->classNames);
        QVERIFY2(test->metrics.accuracy > 0.8, qPrintable(QString::number(test->metrics.accuracy)));
        // The run's own test figure, measured by the trainer, is the same one.
        QVERIFY(std::abs(test->metrics.accuracy - RunStore(*store).run(m_runId)->testAccuracy) < 1e-9);
        const PredictionSet predictions = evaluations.predictions(m_runId, EvaluationSource::Test);
        QCOMPARE(predictions.size(), int(images.test.size()));
        for (int i = 0; i < predictions.size(); ++i) {
            const float *row = predictions.probabilities.row(i);
            QVERIFY(std::abs(row[0] + row[1] + row[2] - 1.0f) < 1e-4f);
        }
        const auto calibration = evaluations.calibration(m_runId);
        QVERIFY(calibration && calibration->isFitted());
        QCOMPARE(calibration->images, int(images.validation.size()));
        QVERIFY(calibration->nllAfter <= calibration->nllBefore);

        const QString embeddings = QDir(RunStore(*store).run(m_runId)->checkpointDir).filePath(ModelPackage::embeddingsFileName());
        const NeighbourIndex index = NeighbourIndex::load(embeddings);
        QCOMPARE(index.size(), 90);
        QCOMPARE(index.dimension(), 256);
    }

    void predictReturnsThreeClasses()
    {
        const auto predictor = Predictor::forRun(m_project, m_runId, twoThreads());
        QVERIFY(predictor->hasNeighbourIndex());
        const QString red = m_dir.filePath(QStringLiteral("trained/images/red/3.png"));
        const Prediction prediction = predictor->predictFile(red, QRect(), 3, 5);
        QCOMPARE(prediction.top.size(), 3);
        QCOMPARE(prediction.top.first().name, QStringLiteral("red"));
        QVERIFY(prediction.top[0].probability >= prediction.top[1].probability);
        QVERIFY(prediction.top[1].probability >= prediction.top[2].probability);
        QVERIFY(prediction.top[0].label != prediction.top[1].label && prediction.top[1].label != prediction.top[2].label);
        double sum = 0;
        for (const float p : prediction.probabilities)
            sum += p;
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        QCOMPARE(prediction.unsure, prediction.top[0].probability < predictor->calibration().unsureThreshold);
        QCOMPARE(prediction.embedding.size(), predictor->embeddingSize());

        // The file is in the project: its own embedding is its nearest neighbour.
        const auto store = ProjectStore::open(m_project);
        const auto image = store->imageByPath(store->storedPath(red));
        QVERIFY(image);
        QCOMPARE(prediction.neighbours.size(), 5);
        QCOMPARE(prediction.neighbours.first().imageId, image->id);
        QVERIFY(prediction.neighbours.first().similarity > 0.999f);
        // Asked about a project image, it is left out of its own neighbours.
        TrainingSample sample;
        sample.imageId = image->id;
        sample.filePath = red;
        const Prediction itself = predictor->predict(sample, 1, 5);
        QCOMPARE(itself.top.size(), 1);
        QVERIFY(itself.neighbours.first().imageId != image->id);
        // Most neighbours of a red image are red.
        int redNeighbours = 0;
        for (const Neighbour &neighbour : itself.neighbours)
            redNeighbours += store->image(neighbour.imageId)->path.contains(QLatin1String("/red/")) ? 1 : 0;
        QVERIFY2(redNeighbours >= 3, qPrintable(QString::number(redNeighbours)));

        QVERIFY_THROWS_EXCEPTION(Error, predictor->predictFile(m_dir.filePath(QStringLiteral("missing.png"))));
    }

    /// Batches give what single images give, with or without embeddings; a bad file fails alone.
    void batchesAgreeWithSingleImages()
    {
        const auto predictor = Predictor::forRun(m_project, m_runId, twoThreads());
        QList<TrainingSample> samples;
        for (int i = 0; i < 12; ++i) {
            TrainingSample sample;
            sample.filePath = m_dir.filePath(QStringLiteral("trained/images/%1/%2.png").arg(ColourProjects::classNames()[i % 3]).arg(i));
            samples.append(sample);
        }
        const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
        TestImages::writeFile(broken, QByteArray("not an image at all"));
        TrainingSample bad;
        bad.filePath = broken;
        samples.insert(5, bad);

        const PredictionOutputs plain = predictor->run(samples, false);
        const PredictionOutputs embedded = predictor->run(samples, true);
        QCOMPARE(plain.failed, QList<int>{5});
        QCOMPARE(embedded.failed, QList<int>{5});
        QVERIFY2(plain.failures.first().contains(QLatin1String("broken.png")), qPrintable(plain.failures.first()));
        QCOMPARE(plain.embeddingSize, 0);
        QCOMPARE(embedded.embeddingSize, 256);
        for (int i = 0; i < samples.size(); ++i) {
            if (i == 5)
                continue;
            // The embedding path computes the same logits as the network's forward().
            compareRows(embedded.probabilities.row(i), plain.probabilities.row(i), 3);
            const Prediction single = predictor->predictFile(samples[i].filePath);
            const Prediction fromBatch = predictor->answer(plain.probabilities.row(i), embedded.embedding(i));
            compareRows(fromBatch.probabilities.constData(), single.probabilities.constData(), 3);
            compareRows(embedded.embedding(i), single.embedding.constData(), 256, 1e-4f);
        }
    }

    /// A scan's content rectangle decides what the network sees.
    void contentRectangleIsUsed()
    {
        const auto predictor = Predictor::forRun(m_project, m_runId, twoThreads());
        // Red content in a wide green border.
        RgbImage framed = ColourProjects::image(1, 60, 77);
        framed.width = framed.height = 60;
        framed.pixels.resize(60 * 60 * 3);
        const RgbImage content = ColourProjects::image(0, 20, 78);
        for (int y = 0; y < 20; ++y)
            for (int x = 0; x < 20; ++x)
                for (int c = 0; c < 3; ++c)
                    framed.pixels[((y + 20) * 60 + x + 20) * 3 + c] = content.pixels[(y * content.width + x) * 3 + c];
        const QString path = m_dir.filePath(QStringLiteral("framed.png"));
        TestImages::writeFile(path, ImageDecoder::encodePng(framed));
        QCOMPARE(predictor->predictFile(path).top.first().name, QStringLiteral("green"));
        QCOMPARE(predictor->predictFile(path, QRect(20, 20, 20, 20)).top.first().name, QStringLiteral("red"));
    }

    void exportedModelPredictsTheSame()
    {
        const auto fromRun = Predictor::forRun(m_project, m_runId, twoThreads());
        const QString dir = m_dir.filePath(QStringLiteral("exported"));
        fromRun->exportTo(dir, QJsonObject{{QStringLiteral("note"), QStringLiteral("figures")}});
        for (const char *file : {"model.pt", "model.json", "classes.txt", "metrics.json"})
            QVERIFY2(QFileInfo::exists(QDir(dir).filePath(QLatin1String(file))), file);
        QFile classes(QDir(dir).filePath(QStringLiteral("classes.txt")));
        QVERIFY(classes.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(classes.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts), fromRun->classNames());

        const auto exported = Predictor::fromExport(dir, twoThreads());
        QCOMPARE(exported->classNames(), fromRun->classNames());
        QCOMPARE(exported->calibration().temperature, fromRun->calibration().temperature);
        QCOMPARE(exported->calibration().unsureThreshold, fromRun->calibration().unsureThreshold);
        QVERIFY(!exported->hasNeighbourIndex());
        const QString image = m_dir.filePath(QStringLiteral("trained/images/blue/7.png"));
        const Prediction a = fromRun->predictFile(image);
        const Prediction b = exported->predictFile(image);
        compareRows(b.probabilities.constData(), a.probabilities.constData(), 3, 1e-6f);
        QCOMPARE(b.unsure, a.unsure);

        // A folder that is not an export, and one whose weights are damaged.
        QVERIFY_THROWS_EXCEPTION(Error, Predictor::fromExport(m_dir.filePath(QStringLiteral("trained")), twoThreads()));
        QFile weights(QDir(dir).filePath(ModelPackage::weightsFileName()));
        QVERIFY(weights.resize(1000));
        try {
            Predictor::fromExport(dir, twoThreads());
            QFAIL("damaged weights must be refused");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY2(error.message().contains(QLatin1String("model.pt")), qPrintable(error.message()));
        }
    }

    /// Photos in class folders: evaluated, unknown folders left out.
    void folderOfPhotosIsEvaluated()
    {
        const QString folder = m_dir.filePath(QStringLiteral("photos"));
        for (int i = 0; i < 6; ++i) {
            ColourProjects::writeImage(QStringLiteral("%1/RED/%2.png").arg(folder).arg(i), 0, 5000 + i);
            ColourProjects::writeImage(QStringLiteral("%1/green/%2.png").arg(folder).arg(i), 1, 6000 + i);
            ColourProjects::writeImage(QStringLiteral("%1/blue/%2.png").arg(folder).arg(i), 2, 7000 + i);
        }
        ColourProjects::writeImage(folder + QStringLiteral("/purple/0.png"), 2, 8000);
        ColourProjects::writeImage(folder + QStringLiteral("/loose.png"), 2, 8001);
        TestImages::writeFile(folder + QStringLiteral("/blue/broken.jpg"), QByteArray("garbage"));

        const auto predictor = Predictor::forRun(m_project, m_runId, twoThreads());
        const FolderEvaluation evaluation = EvaluationTask::evaluateFolder(*predictor, folder);
        QCOMPARE(evaluation.metrics.imageCount, 18);
        QCOMPARE(evaluation.paths.size(), 18);
        QVERIFY2(evaluation.metrics.accuracy > 0.8, qPrintable(QString::number(evaluation.metrics.accuracy)));
        QVERIFY(evaluation.skipped.contains(QStringLiteral("purple")));
        QCOMPARE(evaluation.skipped.size(), 2);
        QCOMPARE(evaluation.problems.size(), 1);
        QVERIFY(evaluation.problems.first().contains(QLatin1String("broken.jpg")));
        QVERIFY_THROWS_EXCEPTION(Error, EvaluationTask::evaluateFolder(*predictor, folder + QStringLiteral("/purple")));
    }

    /// Every architecture of the zoo gives the logits of its forward() and an embedding.
    void everyArchitectureGivesEmbeddings_data()
    {
        QTest::addColumn<QString>("architecture");
        QTest::newRow("small_cnn") << QStringLiteral("small_cnn");
        QTest::newRow("resnet18") << QStringLiteral("resnet18");
        QTest::newRow("resnet50") << QStringLiteral("resnet50");
        QTest::newRow("mobilenet_v2") << QStringLiteral("mobilenet_v2");
    }

    void everyArchitectureGivesEmbeddings()
    {
        QFETCH(QString, architecture);
        QTemporaryDir dir;
        TrainingConfig config = TrainingConfigYaml::parse(QStringLiteral("model: {architecture: %1, input_size: 32, width: 8}\n"
                                                                         "epochs: 1\nbatch_size: 4\nthreads: 2\n"
                                                                         "data: {eval_crop: 1.0, workers: 1}\n")
                                                              .arg(architecture));
        TrainerSetup setup;
        setup.config = config;
        setup.checkpointDir = dir.path();
        setup.data.classNames = ColourProjects::classNames();
        for (int i = 0; i < 6; ++i) {
            TrainingSample sample;
            sample.imageId = i + 1;
            sample.label = i % 3;
            sample.image = ColourProjects::image(i % 3, 36, quint64(100 + i));
            setup.data.train.append(sample);
        }
        QCOMPARE(Trainer(setup).run().status, RunStatus::Completed);

        Predictor predictor(ModelPackage::forCheckpoint(dir.path(), config, ColourProjects::classNames()), twoThreads());
        QCOMPARE(predictor.embeddingSize(), 256);
        const PredictionOutputs plain = predictor.run(setup.data.train, false);
        const PredictionOutputs embedded = predictor.run(setup.data.train, true);
        QCOMPARE(embedded.embeddingSize, 256);
        for (int i = 0; i < setup.data.train.size(); ++i) {
            compareRows(embedded.probabilities.row(i), plain.probabilities.row(i), 3);
            double length = 0;
            for (int k = 0; k < 256; ++k)
                length += double(embedded.embedding(i)[k]) * embedded.embedding(i)[k];
            QVERIFY(length > 0);
        }
    }

    /// Out-of-fold predictions for every image find the labels planted wrong, first; duplicates
    /// with different labels join the queue.
    void crossValidationFindsPlantedLabelErrors()
    {
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        for (int label = 0; label < 3; ++label)
            for (int i = 0; i < 24; ++i)
                ColourProjects::writeImage(QStringLiteral("%1/%2/%3.png").arg(images, ColourProjects::classNames()[label]).arg(i), label, quint64(20000 + label * 100 + i));
        // An exact copy of a red image filed as blue: a duplicate group with two labels.
        QVERIFY(QFile::copy(images + QStringLiteral("/red/0.png"), images + QStringLiteral("/blue/copy.png")));
        const QString project = dir.filePath(QStringLiteral("labels.atelier"));
        ProjectStore::create(project).reset();
        ImportParams params;
        params.inputs = {images};
        params.threads = 2;
        ImportTask(project, params).run();

        auto store = ProjectStore::open(project);
        QHash<QString, qint64> classId;
        for (const ClassInfo &info : store->classes())
            classId.insert(info.name, info.id);
        // Three wrong labels: a red image called green, a green one blue, a blue one red.
        QList<qint64> planted;
        const struct
        {
            const char *file;
            const char *wrong;
        } errors[] = {{"red/5.png", "green"}, {"green/9.png", "blue"}, {"blue/13.png", "red"}};
        for (const auto &error : errors) {
            const auto image = store->imageByPath(store->storedPath(images + QLatin1Char('/') + QLatin1String(error.file)));
            QVERIFY(image);
            store->setLabels({image->id}, classId.value(QLatin1String(error.wrong)));
            planted.append(image->id);
        }
        // The copy is a red image labelled blue: wrong too.
        planted.append(store->imageByPath(store->storedPath(images + QStringLiteral("/blue/copy.png")))->id);
        QList<SplitItem> items;
        for (const ImageRecord &image : store->images())
            items.append({image.id, image.classId});
        const qint64 splitVersion = SplitStore(*store).saveVersion(SplitAssigner::assign(items, {}, {}, SplitParams()).splitOf, SplitParams());

        // A run as it is stored; cross-validation trains its own short runs.
        TrainingConfig config = TrainingConfigYaml::parse(QString::fromUtf8(RunYaml));
        NewRun run;
        run.name = QStringLiteral("labels");
        run.configText = TrainingConfigYaml::write(config);
        run.splitVersionId = splitVersion;
        run.classNames = TrainingTask::collectData(*store, config, splitVersion).classNames;
        const qint64 runId = RunStore(*store).create(run);

        // Nothing stored yet: the queue says what to do.
        try {
            LabelErrorQueue::build(*store, runId);
            QFAIL("a run without predictions has no queue");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QLatin1String("evaluate")));
        }

        CrossValidationRequest request;
        request.projectFilePath = project;
        request.runId = runId;
        request.folds = 4;
        request.epochs = 5;
        const CrossValidationResult result = CrossValidationTask(request).run();
        QVERIFY(!result.canceled);
        QCOMPARE(result.predictions.size(), 73);
        QVERIFY2(result.metrics.accuracy > 0.8, qPrintable(QString::number(result.metrics.accuracy)));
        QCOMPARE(EvaluationStore(*store).predictions(runId, EvaluationSource::CrossValidation).size(), 73);

        const LabelErrorReport report = LabelErrorQueue::build(*store, runId);
        QCOMPARE(report.sources, QList<EvaluationSource>{EvaluationSource::CrossValidation});
        QCOMPARE(report.imagesChecked, 73);
        QVERIFY(report.issues.size() >= 4);
        QList<qint64> first;
        for (int i = 0; i < 4; ++i)
            first.append(report.issues[i].imageId);
        std::sort(first.begin(), first.end());
        std::sort(planted.begin(), planted.end());
        QCOMPARE(first, planted);
        for (int i = 0; i < 4; ++i) {
            const LabelIssue &issue = report.issues[i];
            QVERIFY(issue.disagreesWithPrediction);
            const QString path = store->image(issue.imageId)->path;
            const QString truth = path.endsWith(QLatin1String("copy.png")) ? QStringLiteral("red") : path.section(QLatin1Char('/'), -2, -2);
            QCOMPARE(report.classNames[issue.suggestedLabel], truth);
        }
        QCOMPARE(report.conflictingGroups, 1);
        int conflicting = 0;
        for (const LabelIssue &issue : report.issues)
            conflicting += issue.conflictingDuplicate ? 1 : 0;
        QCOMPARE(conflicting, 2);

        // A label fixed since drops out of the queue.
        const qint64 fixedId = store->imageByPath(store->storedPath(images + QStringLiteral("/red/5.png")))->id;
        store->setLabels({fixedId}, classId.value(QStringLiteral("red")));
        const LabelErrorReport after = LabelErrorQueue::build(*store, runId, false);
        QVERIFY(after.issues.size() >= 2);
        for (const LabelIssue &issue : after.issues)
            QVERIFY(issue.imageId != fixedId);
        QCOMPARE(after.conflictingGroups, 0);
    }

    void unknownRunsAndRunsWithoutWeights()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Predictor::forRun(m_project, 999));
        EvaluationRequest request;
        request.projectFilePath = m_project;
        request.runId = 999;
        QVERIFY_THROWS_EXCEPTION(Error, EvaluationTask(request).run());
        auto store = ProjectStore::open(m_project);
        NewRun empty;
        empty.name = QStringLiteral("never trained");
        empty.configText = RunStore(*store).run(m_runId)->configText;
        empty.splitVersionId = RunStore(*store).run(m_runId)->splitVersionId;
        empty.classNames = ColourProjects::classNames();
        const qint64 id = RunStore(*store).create(empty);
        try {
            ModelPackage::forRun(*store, id);
            QFAIL("a run without weights cannot predict");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY(error.message().contains(QLatin1String("no trained weights")));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_runId = 0;
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
