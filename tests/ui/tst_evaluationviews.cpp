#include "classmetricsmodel.h"
#include "confusionmatrixwidget.h"
#include "evaluationcontroller.h"
#include "evaluationdata.h"
#include "evaluationstore.h"
#include "evaluationview.h"
#include "imagedecoder.h"
#include "importtask.h"
#include "keptlabels.h"
#include "labelerrormodel.h"
#include "labelerrorview.h"
#include "mainwindow.h"
#include "predictionbars.h"
#include "predictedimagesmodel.h"
#include "predictionpanel.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "relabelcommand.h"
#include "runstore.h"
#include "seededrandom.h"
#include "testimages.h"
#include "thumbnailgridview.h"
#include "trainingcontroller.h"
#include "trainingtask.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace Atelier;

namespace {

const QStringList ColourNames{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};

/// A picture whose dominant colour is its class (0 red, 1 green, 2 blue), with noise and a
/// block of another colour, so that one pixel does not give the answer away.
RgbImage colourPicture(int colour, quint64 seed)
{
    SeededRandom random(seed);
    RgbImage image;
    image.width = 22 + int(random.below(6));
    image.height = 22 + int(random.below(6));
    image.pixels.resize(qsizetype(image.width) * image.height * 3);
    const int blockX = int(random.below(quint64(image.width / 2)));
    const int blockY = int(random.below(quint64(image.height / 2)));
    const int blockChannel = int(random.below(3));
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            for (int c = 0; c < 3; ++c) {
                const bool inBlock = x >= blockX && x < blockX + image.width / 4 && y >= blockY && y < blockY + image.height / 4;
                int value = c == colour ? 180 : 55;
                if (inBlock)
                    value = c == blockChannel ? 140 : 50;
                value += int(random.below(50)) - 25;
                image.pixels[(qsizetype(y) * image.width + x) * 3 + c] = char(std::clamp(value, 0, 255));
            }
    return image;
}

QString runYaml(const QString &name, int epochs, int seed)
{
    return QStringLiteral("name: %1\n"
                          "model: {architecture: small_cnn, input_size: 16, width: 8}\n"
                          "epochs: %2\n"
                          "batch_size: 16\n"
                          "seed: %3\n"
                          "threads: 2\n"
                          "data: {eval_crop: 1.0, workers: 2}\n"
                          "optimizer: {type: adam, learning_rate: 0.004}\n"
                          "callbacks: {checkpoint_every_minutes: 0}\n")
        .arg(name)
        .arg(epochs)
        .arg(seed);
}

/// The cell's images as the store has them: label t, top-1 p, the surest first.
QList<qint64> expectedCell(const PredictionSet &set, int trueClass, int predictedClass)
{
    QList<QPair<double, qint64>> cell;
    for (int i = 0; i < set.size(); ++i) {
        const float *row = set.probabilities.row(i);
        const int top = rankedClasses(row, set.probabilities.classCount, 1).constFirst();
        if (set.labels[i] == trueClass && top == predictedClass)
            cell.append({row[top], set.imageIds[i]});
    }
    std::stable_sort(cell.begin(), cell.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<qint64> ids;
    for (const auto &entry : cell)
        ids.append(entry.second);
    return ids;
}

} // namespace

/// The studio's evaluation views on a project trained for real: the Evaluation tab (figures,
/// confusion matrix, cell images and relabelling from there), the label-error queue and its
/// keys, cross-validation, and the prediction of a dropped or pasted image.
class TestEvaluationViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void metricsShownMatchTheStore();
    void clickingACellListsExactlyItsImages();
    void mostConfusedPairsOpenTheirCell();
    void relabelFromACellIsUndoable();
    void rowSharesAndComparisonWithAnotherRun();
    void evaluateButtonEvaluatesARunInTheBackground();
    void crossValidationFindsThePlantedLabelErrors();
    void queueKeysAcceptKeepAndExclude();
    void droppedImageGetsThreeClassesAndNeighbours();
    void pastedImageIsPredictedToo();
    void severalDroppedFilesAreStillImported();
    void aNewRunIsShownUnlessAnOlderOneWasChosen();

private:
    /// A window on the trained project, showing `tab`.
    void open(MainWindow &window, QWidget *tab = nullptr);
    qint64 classId(const MainWindow &window, const QString &name) const;
    /// Waits until the label-error tab shows a queue.
    static void waitForQueue(MainWindow &window);
    /// Drags files onto the window and drops them, as a file manager would.
    static void dropFiles(MainWindow &window, const QStringList &files);

    QTemporaryDir m_dir;
    QString m_projectFile;
    qint64 m_firstRun = 0;
    qint64 m_secondRun = 0;
    QList<qint64> m_planted; ///< red pictures filed as green, and blue ones filed as red
};

void TestEvaluationViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_evaluationviews"));

    // 30 pictures of each colour in its folder, and four label errors planted among them.
    const QString images = m_dir.filePath(QStringLiteral("images"));
    quint64 seed = 1;
    for (int colour = 0; colour < 3; ++colour)
        for (int i = 0; i < 30; ++i)
            TestImages::writeFile(QStringLiteral("%1/%2/%2-%3.png").arg(images, ColourNames[colour]).arg(i),
                                  ImageDecoder::encodePng(colourPicture(colour, seed++)));
    for (int i = 0; i < 2; ++i) {
        TestImages::writeFile(QStringLiteral("%1/green/planted-red-%2.png").arg(images).arg(i),
                              ImageDecoder::encodePng(colourPicture(0, 500 + i)));
        TestImages::writeFile(QStringLiteral("%1/red/planted-blue-%2.png").arg(images).arg(i),
                              ImageDecoder::encodePng(colourPicture(2, 600 + i)));
    }
    m_projectFile = m_dir.filePath(QStringLiteral("colours.atelier"));
    ProjectStore::create(m_projectFile).reset();
    ImportParams params;
    params.inputs = {images};
    params.threads = 2;
    QCOMPARE(ImportTask(m_projectFile, params).run().added, 94);
    QVERIFY(TrainingController::makeStandardSplitIfMissing(m_projectFile) > 0);
    {
        const auto store = ProjectStore::open(m_projectFile);
        for (const ImageRecord &image : store->images())
            if (QFileInfo(image.path).fileName().startsWith(QLatin1String("planted-")))
                m_planted.append(image.id);
    }
    QCOMPARE(m_planted.size(), 4);

    // Two real runs; each is evaluated as it ends.
    QElapsedTimer clock;
    clock.start();
    for (const auto &[name, epochs, runSeed] : {std::tuple{QStringLiteral("first"), 6, 11}, std::tuple{QStringLiteral("second"), 2, 5}}) {
        TrainingRequest request;
        request.projectFilePath = m_projectFile;
        request.configYaml = runYaml(name, epochs, runSeed);
        TrainingTask task(request);
        const TrainingResult result = task.run();
        QCOMPARE(result.status, RunStatus::Completed);
        (m_firstRun == 0 ? m_firstRun : m_secondRun) = task.runId();
    }
    qInfo("Two runs trained and evaluated in %.1f s", clock.elapsed() / 1000.0);
    const auto store = ProjectStore::open(m_projectFile);
    EvaluationStore evaluations(*store);
    for (const qint64 run : {m_firstRun, m_secondRun}) {
        QVERIFY(evaluations.evaluation(run, EvaluationSource::Validation));
        QVERIFY(evaluations.evaluation(run, EvaluationSource::Test));
    }
    const auto validation = evaluations.evaluation(m_firstRun, EvaluationSource::Validation);
    qInfo("First run: validation accuracy %.3f", validation->metrics.accuracy);
}

void TestEvaluationViews::init()
{
    QSettings().clear();
}

void TestEvaluationViews::cleanup()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

void TestEvaluationViews::open(MainWindow &window, QWidget *tab)
{
    window.setImportSummaryEnabled(false);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_projectFile));
    if (tab)
        window.views()->setCurrentWidget(tab);
    QApplication::setActiveWindow(&window);
}

qint64 TestEvaluationViews::classId(const MainWindow &window, const QString &name) const
{
    const auto info = window.document()->store().classByName(name);
    return info ? info->id : 0;
}

void TestEvaluationViews::waitForQueue(MainWindow &window)
{
    LabelErrorView *view = window.labelErrorView();
    QTRY_VERIFY_WITH_TIMEOUT(view->hasQueue() && !window.evaluationController()->isFindingLabelErrors(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->report().runId == window.evaluationController()->currentRunId(), 60000);
}

void TestEvaluationViews::dropFiles(MainWindow &window, const QStringList &files)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file));
    data.setUrls(urls);
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
}

// --- The Evaluation tab ------------------------------------------------------------------------------

void TestEvaluationViews::metricsShownMatchTheStore()
{
    MainWindow window;
    open(window);
    EvaluationView *view = window.evaluationView();
    window.views()->setCurrentWidget(view);
    EvaluationController *controller = window.evaluationController();

    // Both runs are offered, the newest first; the newest evaluated one is shown.
    QCOMPARE(view->runChooser()->count(), 2);
    QCOMPARE(view->runChooser()->itemData(0).toLongLong(), m_secondRun);
    QCOMPARE(controller->currentRunId(), m_secondRun);
    controller->setCurrentRunId(m_firstRun);
    QCOMPARE(view->runChooser()->currentData().toLongLong(), m_firstRun);

    const QLocale locale;
    const auto percent = [&](double value) { return locale.toString(value * 100, 'f', 1) + QLatin1Char('%'); };
    for (const EvaluationSource source : {EvaluationSource::Validation, EvaluationSource::Test}) {
        view->setSource(source);
        QVERIFY(view->data());
        QCOMPARE(view->data()->source(), source);
        const auto stored = EvaluationStore(window.document()->store()).evaluation(m_firstRun, source);
        QVERIFY(stored);
        const ClassificationMetrics &metrics = stored->metrics;
        QCOMPARE(view->figureLabel(EvaluationView::Figure::Accuracy)->text(), percent(metrics.accuracy));
        QCOMPARE(view->figureLabel(EvaluationView::Figure::BalancedAccuracy)->text(), percent(metrics.balancedAccuracy));
        QCOMPARE(view->figureLabel(EvaluationView::Figure::Top1)->text(), percent(metrics.top1Accuracy));
        QCOMPARE(view->figureLabel(EvaluationView::Figure::Top3)->text(), percent(metrics.top3Accuracy));
        QCOMPARE(view->figureLabel(EvaluationView::Figure::MacroF1)->text(), locale.toString(metrics.macroF1, 'f', 3));
        QCOMPARE(view->figureLabel(EvaluationView::Figure::Images)->text(), locale.toString(metrics.imageCount));

        // The matrix and the per-class table hold the stored figures.
        ConfusionMatrixWidget *matrix = view->matrix();
        QCOMPARE(matrix->classCount(), metrics.classCount());
        ClassMetricsModel *table = view->classMetricsModel();
        QCOMPARE(table->rowCount(), metrics.classCount());
        for (int c = 0; c < metrics.classCount(); ++c) {
            QCOMPARE(table->index(c, ClassMetricsModel::ClassColumn).data().toString(), metrics.classNames[c]);
            QCOMPARE(table->index(c, ClassMetricsModel::SupportColumn).data(ClassMetricsModel::SortRole).toInt(),
                     metrics.perClass[c].support);
            if (metrics.perClass[c].support > 0)
                QCOMPARE(table->index(c, ClassMetricsModel::RecallColumn).data(ClassMetricsModel::SortRole).toDouble(),
                         metrics.perClass[c].recall);
            for (int p = 0; p < metrics.classCount(); ++p) {
                const QString tip = matrix->cellDescription(c, p);
                QVERIFY2(tip.contains(locale.toString(metrics.count(c, p)) + QLatin1Char(' ')), qPrintable(tip));
            }
        }
    }
}

void TestEvaluationViews::clickingACellListsExactlyItsImages()
{
    MainWindow window;
    open(window);
    EvaluationView *view = window.evaluationView();
    window.views()->setCurrentWidget(view);
    window.evaluationController()->setCurrentRunId(m_secondRun); // two epochs: it still makes mistakes
    view->setSource(EvaluationSource::Validation);
    QVERIFY(view->data());
    ConfusionMatrixWidget *matrix = view->matrix();
    const PredictionSet stored = EvaluationStore(window.document()->store()).predictions(m_secondRun, EvaluationSource::Validation);
    QVERIFY(stored.size() > 0);

    int cellsWithImages = 0;
    for (int t = 0; t < matrix->classCount(); ++t) {
        for (int p = 0; p < matrix->classCount(); ++p) {
            const QRect rect = matrix->cellRect(t, p);
            QVERIFY(!rect.isEmpty());
            QTest::mouseClick(matrix, Qt::LeftButton, Qt::NoModifier, rect.center());
            QCOMPARE(matrix->selectedCell(), QPoint(p, t));
            const QList<qint64> expected = expectedCell(stored, t, p);
            QList<qint64> listed;
            for (int row = 0; row < view->cellImagesModel()->rowCount(); ++row)
                listed.append(view->cellImagesModel()->imageId(row));
            QCOMPARE(listed, expected);
            QCOMPARE(int(listed.size()), view->data()->metrics().count(t, p));
            // The most confident first.
            for (int row = 1; row < listed.size(); ++row)
                QVERIFY(view->cellImagesModel()->image(row - 1)->confidence >= view->cellImagesModel()->image(row)->confidence);
            cellsWithImages += listed.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(cellsWithImages >= 3);

    // Shown in the grid on request.
    QTest::mouseClick(matrix, Qt::LeftButton, Qt::NoModifier, matrix->cellRect(0, 0).center());
    QVERIFY(view->cellImagesModel()->rowCount() > 0);
    view->cellImagesView()->setFocus();
    emit view->cellImagesView()->activated(view->cellImagesModel()->index(0, 1));
    QCOMPARE(window.views()->currentIndex(), 0);
    QCOMPARE(window.gridView()->currentImageId(), view->cellImagesModel()->imageId(0));
}

void TestEvaluationViews::mostConfusedPairsOpenTheirCell()
{
    MainWindow window;
    open(window);
    EvaluationView *view = window.evaluationView();
    window.views()->setCurrentWidget(view);
    window.evaluationController()->setCurrentRunId(m_secondRun);
    // The planted errors sit in validation or test, and the second run is weak: some source has mistakes.
    const EvaluationData *data = nullptr;
    for (const EvaluationSource source : {EvaluationSource::Validation, EvaluationSource::Test}) {
        view->setSource(source);
        if (!view->data()->mostConfusedPairs(1).isEmpty()) {
            data = view->data();
            break;
        }
    }
    if (!data)
        QSKIP("The run made no mistake on its validation and test images");
    const QList<ConfusedPair> pairs = data->mostConfusedPairs(100);
    QCOMPARE(view->pairsList()->count(), std::min<int>(12, int(pairs.size())));
    for (int i = 1; i < pairs.size(); ++i)
        QVERIFY(pairs[i - 1].count >= pairs[i].count);
    view->pairsList()->setCurrentRow(0);
    QCOMPARE(view->matrix()->selectedCell(), QPoint(pairs[0].predictedClass, pairs[0].trueClass));
    QCOMPARE(view->cellImagesModel()->rowCount(), pairs[0].count);
}

void TestEvaluationViews::relabelFromACellIsUndoable()
{
    MainWindow window;
    open(window);
    EvaluationView *view = window.evaluationView();
    window.views()->setCurrentWidget(view);
    window.evaluationController()->setCurrentRunId(m_firstRun);
    view->setSource(EvaluationSource::Validation);
    ConfusionMatrixWidget *matrix = view->matrix();
    const int red = view->data()->classNames().indexOf(QStringLiteral("red"));
    QVERIFY(red >= 0);
    view->showCell(red, red);
    QTableView *cellView = view->cellImagesView();
    QVERIFY(view->cellImagesModel()->rowCount() >= 2);
    QCOMPARE(matrix->selectedCell(), QPoint(red, red));

    // The class key of "blue" relabels the first image and moves on to the next.
    const auto blue = window.document()->store().classByName(QStringLiteral("blue"));
    QVERIFY(blue && !blue->shortcut.isEmpty());
    const qint64 first = view->cellImagesModel()->imageId(0);
    const qint64 redId = classId(window, QStringLiteral("red"));
    QCOMPARE(window.document()->store().image(first)->classId, redId);
    const int blueIndex = view->data()->classNames().indexOf(QStringLiteral("blue"));
    const int redAsRed = view->data()->metrics().count(red, red);
    const int blueAsRed = view->data()->metrics().count(blueIndex, red);
    const int listed = view->cellImagesModel()->rowCount();
    cellView->setFocus();
    QTRY_VERIFY(cellView->hasFocus());
    QTest::keyClick(cellView, blue->shortcut.at(0).toLatin1());
    QCOMPARE(window.document()->store().image(first)->classId, blue->id);
    QCOMPARE(view->cellImagesModel()->currentLabel(0), QStringLiteral("blue"));
    QCOMPARE(cellView->currentIndex().row(), 1);
    QVERIFY(window.undoAction()->text().contains(QStringLiteral("blue")));

    // The matrix and figures are counted again with the new label; the list being worked through stays.
    QTRY_COMPARE(view->data()->metrics().count(red, red), redAsRed - 1);
    QCOMPARE(view->data()->metrics().count(blueIndex, red), blueAsRed + 1);
    QCOMPARE(view->data()->relabelledCount(), 1);
    QCOMPARE(matrix->selectedCell(), QPoint(red, red));
    QCOMPARE(view->cellImagesModel()->rowCount(), listed);
    QCOMPARE(cellView->currentIndex().row(), 1);
    QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("relabelled since")), qPrintable(view->statusLabel()->text()));

    // Ctrl+Z through the window's Undo: the label comes back, and the list and the counts show it.
    window.undoAction()->trigger();
    QCOMPARE(window.document()->store().image(first)->classId, redId);
    QCOMPARE(view->cellImagesModel()->currentLabel(0), QStringLiteral("red"));
    QTRY_COMPARE(view->data()->metrics().count(red, red), redAsRed);
    QCOMPARE(view->data()->relabelledCount(), 0);

    // X excludes the current image, undoably too.
    const qint64 second = view->cellImagesModel()->imageId(1);
    QTest::keyClick(cellView, Qt::Key_X);
    QVERIFY(window.document()->store().image(second)->excluded);
    QVERIFY(view->cellImagesModel()->isExcluded(1));
    QTRY_COMPARE(view->data()->droppedCount(), 1);
    QCOMPARE(view->data()->metrics().count(red, red), redAsRed - 1);
    window.undoAction()->trigger();
    QTRY_COMPARE(view->data()->droppedCount(), 0);

    // Relabelled while the tab is hidden: counted again once it is shown, not before.
    window.views()->setCurrentIndex(0);
    QVERIFY(!view->isVisible());
    window.document()->execute(new RelabelCommand(window.document(), {first}, blue->id, QStringLiteral("blue")));
    QTest::qWait(200);
    QCOMPARE(view->data()->relabelledCount(), 0);
    window.views()->setCurrentWidget(view);
    QTRY_COMPARE(view->data()->relabelledCount(), 1);
    window.undoAction()->trigger();
    QVERIFY(!window.document()->store().image(second)->excluded);
    QCOMPARE(window.document()->undoStack()->index(), 0);
}

void TestEvaluationViews::rowSharesAndComparisonWithAnotherRun()
{
    MainWindow window;
    open(window);
    EvaluationView *view = window.evaluationView();
    window.views()->setCurrentWidget(view);
    window.evaluationController()->setCurrentRunId(m_firstRun);
    view->setSource(EvaluationSource::Validation);
    ConfusionMatrixWidget *matrix = view->matrix();

    view->sharesButton()->click();
    QCOMPARE(matrix->mode(), ConfusionMatrixWidget::Mode::RowShares);
    view->countsButton()->click();
    QCOMPARE(matrix->mode(), ConfusionMatrixWidget::Mode::Counts);

    // The other run is offered for comparison on the same images.
    QComboBox *compare = view->compareChooser();
    const int otherIndex = compare->findData(m_secondRun);
    QVERIFY(otherIndex > 0);
    view->compareWith(m_secondRun);
    QVERIFY(matrix->isComparing());
    const ClassificationMetrics mine = view->data()->metrics();
    const auto theirs = EvaluationStore(window.document()->store()).evaluation(m_secondRun, EvaluationSource::Validation);
    const std::vector<double> difference = EvaluationData::shareDifference(mine, theirs->metrics);
    const std::vector<double> myShares = EvaluationData::rowShares(mine);
    const std::vector<double> theirShares = EvaluationData::rowShares(theirs->metrics);
    const int n = mine.classCount();
    for (int t = 0; t < n; ++t) {
        const int ot = theirs->metrics.classNames.indexOf(mine.classNames[t]);
        for (int p = 0; p < n; ++p) {
            const int op = theirs->metrics.classNames.indexOf(mine.classNames[p]);
            QVERIFY(std::abs(difference[size_t(t * n + p)] - (myShares[size_t(t * n + p)] - theirShares[size_t(ot * n + op)])) < 1e-12);
        }
    }
    const QString tip = matrix->cellDescription(0, 0);
    QVERIFY2(tip.contains(EvaluationController::runTitle(*RunStore(window.document()->store()).run(m_secondRun))), qPrintable(tip));
    view->compareWith(0);
    QVERIFY(!matrix->isComparing());
}

void TestEvaluationViews::evaluateButtonEvaluatesARunInTheBackground()
{
    // The second run forgets its test figures; Evaluate brings them back.
    {
        const auto store = ProjectStore::open(m_projectFile);
        EvaluationStore(*store).remove(m_secondRun, EvaluationSource::Test);
    }
    MainWindow window;
    open(window);
    EvaluationView *view = window.evaluationView();
    window.views()->setCurrentWidget(view);
    EvaluationController *controller = window.evaluationController();
    controller->setCurrentRunId(m_secondRun);
    QCOMPARE(view->sourceChooser()->findData(int(EvaluationSource::Test)), -1);
    QVERIFY(view->evaluateButton()->isEnabled());

    QSignalSpy stored(controller, &EvaluationController::evaluationStored);
    view->evaluateButton()->click();
    QVERIFY(controller->isBusy());
    QVERIFY(!view->evaluateButton()->isEnabled());
    QVERIFY(stored.wait(60000));
    QTRY_VERIFY(!controller->isBusy());
    QCOMPARE(stored.constFirst().constFirst().toLongLong(), m_secondRun);
    QVERIFY(view->sourceChooser()->findData(int(EvaluationSource::Test)) >= 0);
    view->setSource(EvaluationSource::Test);
    QVERIFY(view->data());
    QCOMPARE(view->data()->source(), EvaluationSource::Test);
    QVERIFY(view->data()->imageCount() > 0);
}

// --- The label-error queue ---------------------------------------------------------------------------

void TestEvaluationViews::crossValidationFindsThePlantedLabelErrors()
{
    MainWindow window;
    open(window);
    window.evaluationController()->setCurrentRunId(m_firstRun);
    LabelErrorView *view = window.labelErrorView();
    window.views()->setCurrentWidget(view);
    waitForQueue(window);
    QVERIFY(!view->model()->report().sources.contains(EvaluationSource::CrossValidation));

    // Cross-validate: every image gets an out-of-sample prediction, and the queue is built again.
    view->foldsBox()->setValue(3);
    QSignalSpy shown(view, &LabelErrorView::queueShown);
    QElapsedTimer clock;
    clock.start();
    view->crossValidateButton()->click();
    QVERIFY(window.evaluationController()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!window.evaluationController()->isBusy(), 300000);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
    qInfo("Cross-validation with 3 folds and the queue: %.1f s", clock.elapsed() / 1000.0);
    const LabelErrorReport &report = view->model()->report();
    QCOMPARE(report.sources, QList<EvaluationSource>{EvaluationSource::CrossValidation});
    QCOMPARE(report.imagesChecked, 94);

    // Every planted error is in the queue, near the top, with the right suggestion.
    for (const qint64 planted : std::as_const(m_planted)) {
        const int row = view->model()->rowOfImage(planted);
        QVERIFY2(row >= 0 && row < 10, qPrintable(QStringLiteral("planted image %1 at row %2").arg(planted).arg(row)));
        const QString file = window.document()->store().image(planted)->path;
        const QString expected = file.contains(QLatin1String("planted-red")) ? QStringLiteral("red") : QStringLiteral("blue");
        QCOMPARE(view->model()->index(row, LabelErrorModel::SuggestedColumn).data().toString(), expected);
    }
}

void TestEvaluationViews::queueKeysAcceptKeepAndExclude()
{
    MainWindow window;
    open(window);
    window.evaluationController()->setCurrentRunId(m_firstRun);
    LabelErrorView *view = window.labelErrorView();
    window.views()->setCurrentWidget(view);
    waitForQueue(window);
    LabelErrorModel *model = view->model();
    QVERIFY(model->rowCount() >= 3);
    QTableView *table = view->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    ProjectStore &store = window.document()->store();

    // A: the suggested class, undoable.
    table->setCurrentIndex(model->index(0, LabelErrorModel::FileColumn));
    const qint64 first = model->imageId(0);
    const qint64 before = store.image(first)->classId;
    const qint64 suggested = model->suggestedClassId(0);
    QVERIFY(suggested != 0 && suggested != before);
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(store.image(first)->classId, suggested);
    QCOMPARE(model->state(0), LabelErrorModel::State::Accepted);
    QVERIFY(table->currentIndex().row() != 0); // on to the next open issue
    window.undoAction()->trigger();
    QCOMPARE(store.image(first)->classId, before);
    QCOMPARE(model->state(0), LabelErrorModel::State::Open);

    // K: the label stays, the issue is marked as looked at, and the project remembers it.
    table->setCurrentIndex(model->index(1, LabelErrorModel::FileColumn));
    const qint64 second = model->imageId(1);
    const int openBefore = model->openCount();
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(model->state(1), LabelErrorModel::State::Kept);
    QCOMPARE(model->openCount(), openBefore - 1);
    QCOMPARE(store.image(second)->classId, model->currentClassId(1));
    QVERIFY(KeptLabels::read(store).isKept(second, model->currentClassId(1)));
    table->setCurrentIndex(model->index(1, LabelErrorModel::FileColumn));
    QTest::keyClick(table, Qt::Key_K); // again: open again
    QCOMPARE(model->state(1), LabelErrorModel::State::Open);
    QVERIFY(!KeptLabels::read(store).isKept(second, model->currentClassId(1)));

    // X: excluded, undoable.
    table->setCurrentIndex(model->index(2, LabelErrorModel::FileColumn));
    const qint64 third = model->imageId(2);
    QTest::keyClick(table, Qt::Key_X);
    QVERIFY(store.image(third)->excluded);
    QCOMPARE(model->state(2), LabelErrorModel::State::Excluded);
    window.undoAction()->trigger();
    QVERIFY(!store.image(third)->excluded);
    QCOMPARE(model->state(2), LabelErrorModel::State::Open);

    // A class's key gives another label.
    table->setCurrentIndex(model->index(0, LabelErrorModel::FileColumn));
    const auto green = store.classByName(QStringLiteral("green"));
    const qint64 other = before == green->id ? classId(window, QStringLiteral("blue")) : green->id;
    const auto otherInfo = store.classById(other);
    QTest::keyClick(table, otherInfo->shortcut.at(0).toLatin1());
    QCOMPARE(store.image(first)->classId, other);
    QVERIFY(model->state(0) == LabelErrorModel::State::Relabelled || model->state(0) == LabelErrorModel::State::Accepted);
    window.undoAction()->trigger();
    QCOMPARE(store.image(first)->classId, before);
    QCOMPARE(window.document()->undoStack()->index(), 0);
}

// --- Prediction of a dropped or pasted image ---------------------------------------------------------

void TestEvaluationViews::droppedImageGetsThreeClassesAndNeighbours()
{
    const QString red = m_dir.filePath(QStringLiteral("outside/red-poster.png"));
    TestImages::writeFile(red, ImageDecoder::encodePng(colourPicture(0, 9001)));
    MainWindow window;
    open(window);
    window.evaluationController()->setCurrentRunId(m_firstRun);
    PredictionPanel *panel = window.predictionPanel();
    QVERIFY(panel->canPredict());
    const qint64 imagesBefore = window.document()->store().imageCount();

    // The first drop may wait for the classifier to load; the next ones are quick.
    QSignalSpy answered(panel, &PredictionPanel::answered);
    for (int round = 0; round < 3; ++round) {
        answered.clear();
        dropFiles(window, {red});
        QVERIFY(panel->isWaiting());
        QVERIFY(answered.wait(60000));
        qInfo("Drop %d: answered %lld ms after the drop", round + 1, panel->lastLatencyMs());
    }
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("predictionDock"))->isVisible());
    QCOMPARE(window.document()->store().imageCount(), imagesBefore); // asked about, not imported

    QVERIFY(panel->prediction());
    const Prediction &prediction = *panel->prediction();
    QCOMPARE(prediction.top.size(), 3);
    double sum = 0;
    for (int i = 0; i < prediction.top.size(); ++i) {
        QVERIFY(prediction.top[i].probability >= 0 && prediction.top[i].probability <= 1);
        if (i > 0)
            QVERIFY(prediction.top[i - 1].probability >= prediction.top[i].probability);
        sum += prediction.top[i].probability;
    }
    QVERIFY(sum <= 1.0 + 1e-6);
    QCOMPARE(prediction.top.constFirst().name, QStringLiteral("red"));
    QCOMPARE(panel->bars()->scores().size(), 3);
    QVERIFY(!panel->verdictLabel()->text().isEmpty());
    QVERIFY(panel->runLabel()->text().contains(QStringLiteral("first")));

    // Its nearest images of the project, shown as thumbnails; a click finds one in the grid.
    QVERIFY(!prediction.neighbours.isEmpty());
    QListWidget *neighbours = panel->neighboursList();
    QVERIFY(neighbours->count() > 0);
    const qint64 nearest = neighbours->item(0)->data(Qt::UserRole).toLongLong();
    QVERIFY(window.document()->store().image(nearest));
    emit neighbours->itemClicked(neighbours->item(0));
    QCOMPARE(window.gridView()->currentImageId(), nearest);

    // Add to Project imports it.
    QSignalSpy imported(&window, &MainWindow::importFinished);
    panel->addButton()->click();
    QVERIFY(imported.wait(30000));
    QCOMPARE(window.document()->store().imageCount(), imagesBefore + 1);
}

void TestEvaluationViews::pastedImageIsPredictedToo()
{
    MainWindow window;
    open(window);
    window.evaluationController()->setCurrentRunId(m_firstRun);
    PredictionPanel *panel = window.predictionPanel();
    const RgbImage blue = colourPicture(2, 9002);
    const QImage image(reinterpret_cast<const uchar *>(blue.pixels.constData()), blue.width, blue.height,
                       blue.width * 3, QImage::Format_RGB888);
    QApplication::clipboard()->setImage(image.copy());
    QSignalSpy answered(panel, &PredictionPanel::answered);
    window.pasteToPredictAction()->trigger();
    QVERIFY(panel->isWaiting());
    QVERIFY(answered.wait(60000));
    qInfo("Paste: answered %lld ms after the paste", panel->lastLatencyMs());
    QVERIFY(panel->prediction());
    QCOMPARE(panel->prediction()->top.size(), 3);
    QCOMPARE(panel->prediction()->top.constFirst().name, QStringLiteral("blue"));
    double sum = 0;
    for (const ClassScore &score : panel->prediction()->top)
        sum += score.probability;
    QVERIFY(sum <= 1.0 + 1e-6);
}

void TestEvaluationViews::severalDroppedFilesAreStillImported()
{
    const QString a = m_dir.filePath(QStringLiteral("several/a.png"));
    const QString b = m_dir.filePath(QStringLiteral("several/b.png"));
    TestImages::writeFile(a, ImageDecoder::encodePng(colourPicture(1, 9003)));
    TestImages::writeFile(b, ImageDecoder::encodePng(colourPicture(1, 9004)));
    MainWindow window;
    open(window);
    const qint64 before = window.document()->store().imageCount();
    QSignalSpy imported(&window, &MainWindow::importFinished);
    dropFiles(window, {a, b});
    QVERIFY(imported.wait(30000));
    QCOMPARE(window.document()->store().imageCount(), before + 2);
    QVERIFY(!window.predictionPanel()->isWaiting());
}

void TestEvaluationViews::aNewRunIsShownUnlessAnOlderOneWasChosen()
{
    // (Last: it adds runs to the shared project.)
    MainWindow window;
    open(window);
    EvaluationController *controller = window.evaluationController();
    controller->refreshRuns();
    QCOMPARE(controller->currentRunId(), m_secondRun);
    const auto train = [this](const QString &name) {
        TrainingRequest request;
        request.projectFilePath = m_projectFile;
        request.configYaml = runYaml(name, 1, 3);
        TrainingTask task(request);
        [&] { QCOMPARE(task.run().status, RunStatus::Completed); }();
        return task.runId();
    };

    // Looking at the newest run: a run that ends (and is evaluated) is shown next.
    const qint64 third = train(QStringLiteral("third"));
    controller->refreshRuns();
    QCOMPARE(controller->currentRunId(), third);

    // Gone back to an older run: it stays.
    controller->setCurrentRunId(m_firstRun);
    train(QStringLiteral("fourth"));
    controller->refreshRuns();
    QCOMPARE(controller->currentRunId(), m_firstRun);
}

QTEST_MAIN(TestEvaluationViews)

#include "tst_evaluationviews.moc"
