#include "backgroundtask.h"
#include "exponentialsmoothing.h"
#include "importtask.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "qcustomplotheader.h"
#include "runstore.h"
#include "splitstore.h"
#include "testimages.h"
#include "trainingconfigyaml.h"
#include "trainingcontroller.h"
#include "trainingcurvesview.h"
#include "trainingform.h"
#include "trainingrunsmodel.h"
#include "trainingtimeestimate.h"
#include "trainpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Atelier;

namespace {

TrainingStart fakeStart(qint64 runId, int epochs, int batchesPerEpoch)
{
    TrainingStart start;
    start.runId = runId;
    start.epochs = epochs;
    start.batchesPerEpoch = batchesPerEpoch;
    start.trainImages = batchesPerEpoch * 8;
    start.device = QStringLiteral("cpu");
    start.threads = 2;
    return start;
}

BatchMetrics fakeBatch(int epoch, int batch, int batchCount, double loss)
{
    BatchMetrics metrics;
    metrics.epoch = epoch;
    metrics.batch = batch;
    metrics.batchCount = batchCount;
    metrics.loss = loss;
    metrics.accuracy = 0.5;
    metrics.learningRate = 0.001 * (1 + batch);
    metrics.imagesPerSecond = 120;
    return metrics;
}

EpochMetrics fakeEpoch(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                       double validationAccuracy)
{
    EpochMetrics metrics;
    metrics.epoch = epoch;
    metrics.trainLoss = trainLoss;
    metrics.validationLoss = validationLoss;
    metrics.trainAccuracy = trainAccuracy;
    metrics.validationAccuracy = validationAccuracy;
    metrics.learningRate = 0.0005;
    return metrics;
}

QList<double> values(const QCPGraph *graph)
{
    QList<double> result;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        result.append(it->value);
    return result;
}

QList<double> keys(const QCPGraph *graph)
{
    QList<double> result;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        result.append(it->key);
    return result;
}

/// A tiny run: 16-pixel images, a narrow CNN, batches of 8.
QString tinyRunYaml(int epochs)
{
    return QStringLiteral("model: {architecture: small_cnn, input_size: 16, width: 8}\n"
                          "epochs: %1\nbatch_size: 8\nseed: 3\nthreads: 2\n"
                          "data: {eval_crop: 1.0, workers: 1}\n"
                          "callbacks: {checkpoint_every_minutes: 0}\n")
        .arg(epochs);
}

} // namespace

/// The Training tab: a fake metrics stream drawn as curves, progress and status; the form over
/// the YAML; and real runs of a tiny project through the controller.
class TestTrainPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void smoothingRemovesTheStartBias();
    void timeLeftFollowsThePace();
    void fakeStreamDrawsCurvesAndProgress();
    void repaintsAreCoalesced();
    void buttonsFollowTheRun();
    void overlaysNameEarlierRuns();
    void formAndYamlRoundTrip();
    void formKeepsKeysItHasNoFieldFor();
    void invalidYamlIsShownAndBlocksTraining();
    void realRunsStopAndResume();
    void mainWindowHasATrainingTab();
    void closingWhileTrainingAsksFirst();

private:
    /// A fresh copy of the tiny project (three classes of posters, no split yet).
    QString copyProject(const QString &name);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestTrainPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trainpanel"));

    const QStringList classes{QStringLiteral("cabaret"), QStringLiteral("travel"), QStringLiteral("opera")};
    for (int label = 0; label < classes.size(); ++label)
        for (int i = 0; i < 10; ++i)
            TestImages::writePoster(QStringLiteral("%1/images/%2/%3.png").arg(m_dir.path(), classes[label]).arg(i), 24,
                                    32, quint32(100 * label + i + 1), TestImages::Format::Png);
    m_project = m_dir.filePath(QStringLiteral("tiny.atelier"));
    ProjectStore::create(m_project).reset();
    ImportParams params;
    params.inputs = {m_dir.filePath(QStringLiteral("images"))};
    params.threads = 2;
    ImportTask(m_project, params).run();
}

QString TestTrainPanel::copyProject(const QString &name)
{
    const QString copy = m_dir.filePath(name + QStringLiteral(".atelier"));
    QFile::remove(copy);
    if (!QFile::copy(m_project, copy))
        qFatal("cannot copy the project");
    return copy;
}

void TestTrainPanel::smoothingRemovesTheStartBias()
{
    ExponentialSmoothing smoothing(0.5);
    QCOMPARE(smoothing.add(2.0), 2.0); // not 1.0: the zero start is corrected for
    QVERIFY(std::abs(smoothing.add(0.0) - 2.0 / 3.0) < 1e-12);
    QVERIFY(std::abs(smoothing.add(1.0) - (0.5 * 0.5 * 1.0 + 0.5) / 0.875) < 1e-12);
    smoothing.reset();
    QCOMPARE(smoothing.add(5.0), 5.0);
    QCOMPARE(ExponentialSmoothing::weightForSpan(1), 0.0);
    QVERIFY(std::abs(ExponentialSmoothing::weightForSpan(19) - 0.9) < 1e-12);
}

void TestTrainPanel::timeLeftFollowsThePace()
{
    TrainingTimeEstimate estimate;
    estimate.begin(100);
    QVERIFY(estimate.secondsLeft() < 0);
    estimate.update(10, 5000); // the clock starts at the first batch seen
    QVERIFY(estimate.secondsLeft() < 0);
    estimate.update(30, 15000); // 20 batches in 10 s
    QCOMPARE(estimate.secondsLeft(), 35.0);
    estimate.update(100, 40000);
    QCOMPARE(estimate.secondsLeft(), 0.0);

    QCOMPARE(TrainingTimeEstimate::describe(-1), QString());
    QCOMPARE(TrainingTimeEstimate::describe(4), QStringLiteral("a few seconds left"));
    QCOMPARE(TrainingTimeEstimate::describe(33), QStringLiteral("about 35 s left"));
    QCOMPARE(TrainingTimeEstimate::describe(150), QStringLiteral("about 3 min left"));
    QCOMPARE(TrainingTimeEstimate::describe(2 * 3600 + 5 * 60), QStringLiteral("about 2 h 5 min left"));
}

void TestTrainPanel::fakeStreamDrawsCurvesAndProgress()
{
    TrainPanel panel;
    qint64 now = 0;
    panel.setClock([&now] { return now; });
    TrainingCurvesView *curves = panel.curves();

    panel.onStarted(fakeStart(7, 3, 4));
    QCOMPARE(panel.epochProgress()->maximum(), 4);
    QCOMPARE(panel.epochProgress()->value(), 0);
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("starting: 3 epoch")),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(curves->hasCurves());
    QCOMPARE(curves->rawBatchLossGraph()->dataCount(), 0);

    const QList<double> losses{2.0, 1.0, 1.5, 0.5};
    now = 30000;
    panel.onBatchesFinished({fakeBatch(0, 0, 4, losses[0]), fakeBatch(0, 1, 4, losses[1])});
    QCOMPARE(panel.epochProgress()->value(), 2);
    QVERIFY(panel.epochProgress()->format().contains(QLatin1String("batch 2 of 4")));
    // One update so far: no pace yet.
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("estimating")),
             qPrintable(panel.statusLabel()->text()));
    now = 90000; // two more batches in 60 s: 8 left take 4 minutes
    panel.onBatchesFinished({fakeBatch(0, 2, 4, losses[2]), fakeBatch(0, 3, 4, losses[3])});
    QCOMPARE(panel.epochProgress()->value(), 4);
    const QString status = panel.statusLabel()->text();
    QVERIFY2(status.contains(QLatin1String("about 4 min left")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("epoch 1 of 3")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("120 images/s")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("on the CPU, 2 thread")), qPrintable(status));

    // Batches sit at their fraction of the epoch; the smoothed curve is the moving average.
    QCOMPARE(keys(curves->rawBatchLossGraph()), (QList<double>{0.25, 0.5, 0.75, 1.0}));
    QCOMPARE(values(curves->rawBatchLossGraph()), losses);
    ExponentialSmoothing expected(curves->smoothingWeight());
    const QList<double> smoothed = values(curves->smoothedBatchLossGraph());
    QCOMPARE(smoothed.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY(std::abs(smoothed[i] - expected.add(losses[i])) < 1e-12);
    QCOMPARE(curves->learningRateGraph()->dataCount(), 4);

    // Epochs at their end; accuracy in percent; a figure not measured is left out.
    panel.onEpochFinished(fakeEpoch(0, 1.25, 1.1, 0.5, 0.6));
    panel.onEpochFinished(fakeEpoch(1, 0.75, NoMetric, 0.7, NoMetric));
    QCOMPARE(keys(curves->trainLossGraph()), (QList<double>{1.0, 2.0}));
    QCOMPARE(values(curves->trainLossGraph()), (QList<double>{1.25, 0.75}));
    QCOMPARE(values(curves->validationLossGraph()), (QList<double>{1.1}));
    QCOMPARE(values(curves->trainAccuracyGraph()), (QList<double>{50.0, 70.0}));
    QCOMPARE(values(curves->validationAccuracyGraph()), (QList<double>{60.0}));
    // The per-batch learning rate already covers epoch 1's end; epoch 2's is added.
    QCOMPARE(curves->learningRateGraph()->dataCount(), 5);

    // The axes span the planned epochs; accuracy from 0 to 100 %.
    curves->replotNow();
    QCOMPARE(curves->epochLossPlot()->xAxis->range().upper, 3.0);
    QCOMPARE(curves->accuracyPlot()->yAxis->range().upper, 100.0);
    QVERIFY(curves->batchLossPlot()->yAxis->range().upper >= 2.0);

    TrainingResult result;
    result.status = RunStatus::Completed;
    result.epochsCompleted = 3;
    result.seconds = 12;
    result.testImages = 10;
    result.testAccuracy = 0.9;
    panel.onFinished(result);
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("completed")), qPrintable(panel.statusLabel()->text()));
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("test accuracy 90.0% on 10 image")),
             qPrintable(panel.statusLabel()->text()));
    QCOMPARE(panel.epochProgress()->value(), panel.epochProgress()->maximum());
    // The finished run's curves stay in sight.
    QCOMPARE(curves->rawBatchLossGraph()->dataCount(), 4);
}

void TestTrainPanel::repaintsAreCoalesced()
{
    TrainingCurvesView curves;
    curves.resize(900, 600);
    curves.show();
    curves.beginRun(QStringLiteral("run"), fakeStart(1, 100, 500));
    curves.replotNow();
    const int before = curves.replotCount();
    // A burst of 2,000 batch reports, one at a time, as a fast trainer could send them.
    for (int i = 0; i < 2000; ++i)
        curves.addBatches({fakeBatch(i / 500, i % 500, 500, 1.0 / (1 + i))});
    QCOMPARE(curves.replotCount(), before); // nothing painted yet, one repaint pending
    QVERIFY(curves.isReplotPending());
    QTRY_VERIFY(!curves.isReplotPending());
    QCOMPARE(curves.replotCount(), before + 1);
    QCOMPARE(curves.rawBatchLossGraph()->dataCount(), 2000);
}

void TestTrainPanel::buttonsFollowTheRun()
{
    const QString project = copyProject(QStringLiteral("buttons"));
    ProjectDocument document(ProjectStore::open(project));
    TrainPanel panel;
    QVERIFY(!panel.trainButton()->isEnabled()); // no project
    panel.setDocument(&document);
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("no split yet")));
    QVERIFY(panel.trainButton()->isEnabled());
    QVERIFY(!panel.stopButton()->isEnabled());
    QVERIFY(!panel.resumeButton()->isEnabled());
    QVERIFY(panel.form()->isEnabled());

    panel.onStarted(fakeStart(1, 2, 3));
    QVERIFY(panel.isTraining());
    QVERIFY(!panel.trainButton()->isEnabled());
    QVERIFY(panel.stopButton()->isEnabled());
    QVERIFY(!panel.resumeButton()->isEnabled());
    QVERIFY(!panel.form()->isEnabled());

    panel.stop();
    QVERIFY(!panel.stopButton()->isEnabled());
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("Stopping")));
    // A late batch does not overwrite "Stopping…".
    panel.onBatchesFinished({fakeBatch(0, 0, 3, 1.0)});
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("Stopping")));

    TrainingResult canceled;
    canceled.status = RunStatus::Canceled;
    canceled.epochsCompleted = 1;
    panel.onFinished(canceled);
    QVERIFY(!panel.isTraining());
    QVERIFY(panel.trainButton()->isEnabled());
    QVERIFY(!panel.stopButton()->isEnabled());
    QVERIFY(panel.form()->isEnabled());
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("Resume continues it")),
             qPrintable(panel.statusLabel()->text()));

    panel.onStarted(fakeStart(2, 2, 3));
    panel.onFailed(QStringLiteral("The disk is full"));
    QVERIFY(!panel.isTraining());
    QVERIFY(panel.trainButton()->isEnabled());
    QVERIFY(!panel.stopButton()->isEnabled());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Training failed: The disk is full"));

    panel.setDocument(nullptr);
    QVERIFY(!panel.trainButton()->isEnabled());
}

void TestTrainPanel::overlaysNameEarlierRuns()
{
    TrainingCurvesView curves;
    QVERIFY(!curves.hasCurves());
    QVERIFY(curves.legendEntries().isEmpty());
    const int ownLossGraphs = curves.epochLossPlot()->graphCount();
    RunCurves first{3, QStringLiteral("resnet"), {fakeEpoch(0, 1.0, 1.2, 0.4, 0.3), fakeEpoch(1, 0.8, 0.9, 0.6, 0.5)}};
    RunCurves second{4, QStringLiteral("no validation"), {fakeEpoch(0, 1.0, NoMetric, 0.4, NoMetric)}};
    curves.setOverlays({first, second});
    QVERIFY(curves.hasCurves()); // earlier runs alone are worth showing
    QCOMPARE(curves.overlayRunIds(), (QList<qint64>{3, 4}));
    QCOMPARE(curves.legendEntries(),
             (QStringList{QStringLiteral("Run 3: resnet"), QStringLiteral("Run 4: no validation")}));
    // Training dotted and validation dashed, per run.
    QCOMPARE(curves.epochLossPlot()->graphCount(), ownLossGraphs + 4);
    bool found = false;
    for (int i = 0; i < curves.epochLossPlot()->graphCount(); ++i) {
        QCPGraph *graph = curves.epochLossPlot()->graph(i);
        if (graph->name() == QStringLiteral("Run 3: resnet") && graph->pen().style() == Qt::DashLine) {
            found = true;
            QCOMPARE(values(graph), (QList<double>{1.2, 0.9}));
        }
        if (graph->name() == QStringLiteral("Run 4: no validation") && graph->pen().style() == Qt::DashLine)
            QCOMPARE(graph->dataCount(), 0);
    }
    QVERIFY(found);
    QCOMPARE(curves.learningRatePlot()->graphCount(), 3);

    // With a run shown, its own curves come first in the legend.
    curves.showRun(QStringLiteral("Run 5"), {fakeEpoch(0, 0.9, 1.0, 0.5, 0.5)});
    QCOMPARE(curves.legendEntries().size(), 4);
    QCOMPARE(curves.legendEntries().constFirst(), QStringLiteral("Training"));

    curves.setOverlays({});
    QCOMPARE(curves.epochLossPlot()->graphCount(), ownLossGraphs);
    QCOMPARE(curves.legendEntries().size(), 2);
    curves.clear();
    QVERIFY(!curves.hasCurves());
}

void TestTrainPanel::formAndYamlRoundTrip()
{
    TrainingForm form;
    // The defaults a curator starts from.
    QCOMPARE(form.config().model.architecture, ModelArchitecture::SmallCnn);
    QVERIFY(form.isValid());
    QCOMPARE(TrainingConfigYaml::parse(form.yamlText()).epochs, TrainingForm::defaultConfig().epochs);

    TrainingConfig config = TrainingForm::defaultConfig();
    config.name = QStringLiteral("posters");
    config.model.architecture = ModelArchitecture::MobileNetV2;
    config.model.inputSize = 160;
    config.epochs = 25;
    config.batchSize = 48;
    config.optimizer.kind = OptimizerKind::Sgd;
    config.optimizer.learningRate = 0.05;
    config.schedule.kind = ScheduleKind::Step;
    config.augmentation.horizontalFlip = false;
    config.augmentation.rotationDegrees = 12;
    config.callbacks.earlyStopping = true;
    config.callbacks.earlyStoppingPatience = 4;
    config.callbacks.monitor = MonitoredMetric::ValidationLoss;
    config.data.classMapping = QStringLiteral("countries");
    config.data.balance = ClassBalance::Sampler;
    config.seed = 1234;
    config.threads = 3;
    config.device = TrainingDevice::Cpu;
    form.setConfig(config);

    // The fields show it ...
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("runName"))->text(), QStringLiteral("posters"));
    QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("architecture"))->currentData().toInt(),
             int(ModelArchitecture::MobileNetV2));
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("inputSize"))->value(), 160);
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("epochs"))->value(), 25);
    QCOMPARE(form.findChild<QDoubleSpinBox *>(QStringLiteral("learningRate"))->value(), 0.05);
    QVERIFY(!form.findChild<QCheckBox *>(QStringLiteral("horizontalFlip"))->isChecked());
    QVERIFY(form.findChild<QCheckBox *>(QStringLiteral("earlyStopping"))->isChecked());
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("patience"))->value(), 4);
    QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("classMapping"))->currentData().toString(),
             QStringLiteral("countries"));
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("threads"))->value(), 3);
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("seed"))->text(), QStringLiteral("1234"));

    // ... and the YAML tab holds the same config.
    const TrainingConfig parsed = TrainingConfigYaml::parse(form.yamlText());
    QCOMPARE(TrainingConfigYaml::write(parsed), TrainingConfigYaml::write(config));
    QCOMPARE(form.yaml(), TrainingConfigYaml::write(config));

    // A field edited: the YAML follows.
    form.findChild<QSpinBox *>(QStringLiteral("epochs"))->setValue(7);
    QCOMPARE(TrainingConfigYaml::parse(form.yamlText()).epochs, 7);
    QTest::keyClick(form.findChild<QComboBox *>(QStringLiteral("optimizer")), Qt::Key_Up); // Adam sits above SGD
    QCOMPARE(form.config().optimizer.kind, OptimizerKind::Adam);
    QVERIFY(form.yamlText().contains(QLatin1String("type: adam\n")));
    form.findChild<QGroupBox *>(QStringLiteral("augmentation"))->setChecked(false);
    QCOMPARE(TrainingConfigYaml::parse(form.yamlText()).augmentation.enabled, false);

    // The YAML edited: the form follows.
    QVERIFY(form.setYaml(QStringLiteral("epochs: 12\nmodel: {architecture: resnet18, input_size: 128}\n"
                                        "optimizer: {learning_rate: 0.0003}\ncallbacks: {early_stopping: false}\n")));
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("epochs"))->value(), 12);
    QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("architecture"))->currentData().toInt(),
             int(ModelArchitecture::ResNet18));
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("inputSize"))->value(), 128);
    QCOMPARE(form.findChild<QDoubleSpinBox *>(QStringLiteral("learningRate"))->value(), 0.0003);
    QVERIFY(!form.findChild<QCheckBox *>(QStringLiteral("earlyStopping"))->isChecked());
    QVERIFY(!form.findChild<QSpinBox *>(QStringLiteral("patience"))->isEnabled());
    // Keys the text leaves out take their defaults.
    QCOMPARE(form.config().batchSize, TrainingConfig().batchSize);
}

void TestTrainPanel::formKeepsKeysItHasNoFieldFor()
{
    TrainingForm form;
    QVERIFY(form.setYaml(QStringLiteral("augmentation: {blur: {probability: 0.3, max_sigma: 2.5}, brightness: 0.123}\n"
                                        "data: {cache_mb: 512, eval_crop: 0.9}\nloss: {label_smoothing: 0.1}\n")));
    form.findChild<QSpinBox *>(QStringLiteral("batchSize"))->setValue(20);
    const TrainingConfig config = TrainingConfigYaml::parse(form.yamlText());
    QCOMPARE(config.batchSize, 20);
    QCOMPARE(config.augmentation.blurProbability, 0.3);
    QCOMPARE(config.augmentation.maxBlurSigma, 2.5);
    QCOMPARE(config.augmentation.brightness, 0.123); // shown as 12 %, kept exact until edited
    QCOMPARE(config.data.cacheMegabytes, 512);
    QCOMPARE(config.labelSmoothing, 0.1);
    form.findChild<QSpinBox *>(QStringLiteral("brightness"))->setValue(30);
    QCOMPARE(form.config().augmentation.brightness, 0.3);

    // A split version the project does not have stays chosen, and is named so.
    form.setSplitVersions({});
    QVERIFY(form.setYaml(QStringLiteral("split: 9\n")));
    auto *split = form.findChild<QComboBox *>(QStringLiteral("splitVersion"));
    QCOMPARE(split->currentData().toLongLong(), 9);
    QVERIFY(split->currentText().contains(QLatin1String("not in this project")));
}

void TestTrainPanel::invalidYamlIsShownAndBlocksTraining()
{
    const QString project = copyProject(QStringLiteral("invalid"));
    ProjectDocument document(ProjectStore::open(project));
    TrainPanel panel;
    panel.setDocument(&document);
    TrainingForm *form = panel.form();
    const TrainingConfig before = form->config();
    QSignalSpy changed(form, &TrainingForm::changed);

    QVERIFY(!form->setYaml(QStringLiteral("epochs: 5\noptimizer: {learning_rate: fast}\n")));
    QVERIFY(changed.count() > 0);
    QVERIFY(!form->isValid());
    QVERIFY(form->errorLabel()->isVisibleTo(form));
    QVERIFY2(form->errorLabel()->text().contains(QLatin1String("line 2: optimizer.learning_rate")),
             qPrintable(form->errorLabel()->text()));
    // The line is marked in the text.
    QCOMPARE(form->yamlEditor()->extraSelections().size(), 1);
    QCOMPARE(form->yamlEditor()->extraSelections().constFirst().cursor.blockNumber(), 1);
    QVERIFY(!panel.trainButton()->isEnabled());
    // The fields keep the last valid settings, and wait for the fix.
    QCOMPARE(form->config().epochs, before.epochs);
    QVERIFY(!form->findChild<QSpinBox *>(QStringLiteral("epochs"))->isEnabled());
    // Train does nothing meanwhile.
    panel.train();
    QVERIFY(!panel.isTraining());

    QVERIFY(!form->setYaml(QStringLiteral("model: [resnet18\n")));
    QVERIFY(form->errorLabel()->text().contains(QLatin1String("not valid YAML")));
    QVERIFY(!form->setYaml(QStringLiteral("epoch: 5\n")));
    QVERIFY(form->errorLabel()->text().contains(QLatin1String("did you mean epochs?")));

    QVERIFY(form->setYaml(QStringLiteral("epochs: 5\noptimizer: {learning_rate: 0.01}\n")));
    QVERIFY(!form->errorLabel()->isVisibleTo(form));
    QVERIFY(form->yamlEditor()->extraSelections().isEmpty());
    QVERIFY(panel.trainButton()->isEnabled());
    QVERIFY(form->findChild<QSpinBox *>(QStringLiteral("epochs"))->isEnabled());
    QCOMPARE(form->config().epochs, 5);
}

void TestTrainPanel::realRunsStopAndResume()
{
    const QString project = copyProject(QStringLiteral("real"));
    ProjectDocument document(ProjectStore::open(project));
    QSignalSpy splitsChanged(&document, &ProjectDocument::splitsChanged);
    TrainPanel panel;
    panel.resize(1200, 800);
    panel.setDocument(&document);
    TrainingController *controller = panel.controller();
    QSignalSpy started(controller, &TrainingController::started);
    QSignalSpy finished(controller, &TrainingController::finished);
    QSignalSpy failed(controller, &TrainingController::failed);
    QSignalSpy tasks(&panel, &TrainPanel::taskStarted);

    // One click on a project with no split: the standard split is made, then a short run.
    QVERIFY(panel.form()->setYaml(tinyRunYaml(2)));
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QVERIFY(panel.isTraining());
    QVERIFY(!panel.trainButton()->isEnabled());
    QCOMPARE(tasks.count(), 1);
    QVERIFY2(finished.wait(120000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QVERIFY(failed.isEmpty());
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.first().first().value<TrainingResult>().status, RunStatus::Completed);
    QVERIFY(splitsChanged.count() >= 1);
    QVERIFY(SplitStore(document.store()).currentVersion().has_value());
    QVERIFY(!panel.isTraining());
    QVERIFY(panel.trainButton()->isEnabled());

    const qint64 first = controller->runId();
    QVERIFY(first > 0);
    QCOMPARE(panel.runsModel()->rowCount(), 1);
    QCOMPARE(panel.runsModel()->run(0)->id, first);
    QCOMPARE(panel.runsModel()->run(0)->status, RunStatus::Completed);
    QCOMPARE(panel.selectedRunId(), first);
    QCOMPARE(panel.runsModel()->data(panel.runsModel()->index(0, TrainingRunsModel::StatusColumn)).toString(),
             QStringLiteral("Completed"));
    const int batchesPerEpoch = started.first().first().value<TrainingStart>().batchesPerEpoch;
    QCOMPARE(panel.curves()->rawBatchLossGraph()->dataCount(), 2 * batchesPerEpoch);
    QCOMPARE(panel.curves()->trainLossGraph()->dataCount(), 2);

    // A longer run, stopped at its first batch with the task area's Cancel: it stays resumable.
    QVERIFY(panel.form()->setYaml(tinyRunYaml(20)));
    QSignalSpy stopRequests(controller, &TrainingController::stopRequested);
    panel.train();
    QCOMPARE(tasks.count(), 2);
    auto *task = tasks.last().first().value<BackgroundTask *>();
    QVERIFY(task);
    connect(controller, &TrainingController::batchesFinished, task, &BackgroundTask::cancel, Qt::SingleShotConnection);
    QVERIFY(finished.wait(120000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(stopRequests.count(), 1);
    QCOMPARE(finished.last().first().value<TrainingResult>().status, RunStatus::Canceled);
    const qint64 second = controller->runId();
    QVERIFY(second != first);
    QCOMPARE(panel.runsModel()->rowCount(), 2);
    QCOMPARE(panel.runsModel()->run(0)->id, second); // newest first
    QCOMPARE(panel.selectedRunId(), second);
    QVERIFY(panel.resumeButton()->isEnabled());

    // A finished run chosen in the list shows its stored epochs; the other is drawn behind.
    panel.selectRun(first);
    QVERIFY(!panel.resumeButton()->isEnabled());
    QCOMPARE(panel.curves()->trainLossGraph()->dataCount(), 2);
    QCOMPARE(panel.curves()->rawBatchLossGraph()->dataCount(), 0);
    panel.runsModel()->setChecked(second, true);
    panel.runsModel()->setChecked(first, true);
    QCOMPARE(panel.curves()->overlayRunIds(), (QList<qint64>{second})); // the shown run is not drawn twice

    // Resume the stopped run to its end.
    panel.selectRun(second);
    QVERIFY(panel.resumeButton()->isEnabled());
    QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
    QVERIFY(panel.isTraining());
    QVERIFY(finished.wait(120000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(finished.last().first().value<TrainingResult>().status, RunStatus::Completed);
    QCOMPARE(controller->runId(), second);
    QVERIFY(started.last().first().value<TrainingStart>().resumed);
    QCOMPARE(RunStore(document.store()).run(second)->status, RunStatus::Completed);
    QCOMPARE(RunStore(document.store()).epochs(second).size(), 20);
    QCOMPARE(panel.curves()->trainLossGraph()->dataCount(), 20);
    QCOMPARE(panel.runsModel()->rowCount(), 2);
    QVERIFY(!panel.resumeButton()->isEnabled());

    // "Use Its Settings" puts a run's config into the form, without its name.
    panel.selectRun(first);
    panel.useSelectedSettings();
    QCOMPARE(panel.form()->config().epochs, 2);
    QVERIFY(panel.form()->config().name.isEmpty());
}

void TestTrainPanel::mainWindowHasATrainingTab()
{
    const QString project = copyProject(QStringLiteral("window"));
    MainWindow window;
    QVERIFY(window.trainPanel());
    const int tab = window.views()->indexOf(window.trainPanel());
    QVERIFY(tab >= 0);
    QCOMPARE(window.views()->tabText(tab), QStringLiteral("Training"));
    QVERIFY(window.openProject(project));
    QVERIFY(window.trainPanel()->trainButton()->isEnabled());
    window.closeProject();
    QVERIFY(!window.trainPanel()->trainButton()->isEnabled());
}

void TestTrainPanel::closingWhileTrainingAsksFirst()
{
    const QString project = copyProject(QStringLiteral("closing"));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(project));
    TrainPanel *panel = window.trainPanel();
    QVERIFY(panel->form()->setYaml(tinyRunYaml(200)));
    QSignalSpy finished(panel->controller(), &TrainingController::finished);
    panel->train();
    QVERIFY(panel->isTraining());

    // Answers the next question box the way a user would.
    const auto answerNextQuestion = [](bool stop) {
        auto *poll = new QTimer(qApp);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, stop] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                // The buttons are named after what they do: click the one with the role asked for.
                const QMessageBox::ButtonRole role = stop ? QMessageBox::AcceptRole : QMessageBox::RejectRole;
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) == role)
                        button->click();
            }
        });
        poll->start();
    };

    // "Keep Training": the window stays and so does the run.
    answerNextQuestion(false);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(panel->isTraining());

    // "Stop Training": the window closes; the run stops after its batch and can be resumed.
    answerNextQuestion(true);
    QVERIFY(window.close());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isTraining(), 60000);
    const auto store = ProjectStore::open(project);
    const QList<RunRecord> runs = RunStore(*store).runs();
    QCOMPARE(runs.size(), 1);
    QVERIFY(isResumable(runs.first().status));
}

QTEST_MAIN(TestTrainPanel)
#include "tst_trainpanel.moc"
