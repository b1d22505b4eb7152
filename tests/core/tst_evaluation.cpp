// Evaluation without a network: metrics against hand-computed figures, temperature scaling,
// the label-error ranking, nearest neighbours, and the evaluation tables of a project.

#include "calibration.h"
#include "classificationmetrics.h"
#include "crossvalidation.h"
#include "error.h"
#include "evaluationstore.h"
#include "labelerrorranker.h"
#include "neighbourindex.h"
#include "projectstore.h"
#include "runstore.h"
#include "seededrandom.h"
#include "sqlitedatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Atelier;

namespace {

ProbabilityRows rowsOf(int classes, const QList<QList<float>> &rows)
{
    ProbabilityRows result(classes);
    for (const QList<float> &row : rows)
        result.appendRow(row.constData());
    return result;
}

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance;
}

/// Softmax of a row of logits scaled by `sharpness`.
QList<float> softmax(const QList<double> &logits, double sharpness)
{
    double top = -1e300;
    for (const double z : logits)
        top = std::max(top, z * sharpness);
    QList<double> exps;
    double total = 0;
    for (const double z : logits) {
        exps.append(std::exp(z * sharpness - top));
        total += exps.last();
    }
    QList<float> row;
    for (const double e : exps)
        row.append(float(e / total));
    return row;
}

/// `count` images whose labels follow softmax(z) while the reported probabilities are
/// softmax(sharpness * z): an over-confident network when sharpness > 1.
void overconfidentSet(int count, int classes, double sharpness, quint64 seed, QList<int> *labels, ProbabilityRows *rows)
{
    SeededRandom random(seed);
    *rows = ProbabilityRows(classes);
    for (int i = 0; i < count; ++i) {
        QList<double> logits;
        for (int c = 0; c < classes; ++c)
            logits.append(random.uniform(-2.0, 2.0));
        const QList<float> truth = softmax(logits, 1.0);
        double draw = random.uniform();
        int label = classes - 1;
        for (int c = 0; c < classes; ++c) {
            draw -= truth[c];
            if (draw < 0) {
                label = c;
                break;
            }
        }
        labels->append(label);
        const QList<float> reported = softmax(logits, sharpness);
        rows->appendRow(reported.constData());
    }
}

NewImage newImage(const QString &path)
{
    NewImage image;
    image.path = path;
    image.sha256 = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    image.byteSize = 100;
    image.width = 10;
    image.height = 10;
    image.format = QStringLiteral("PNG");
    return image;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Seven images, four classes (the last without images), figures worked out by hand.
    void metricsMatchHandComputedValues()
    {
        const QList<int> labels{0, 0, 0, 1, 1, 2, 2};
        const ProbabilityRows rows = rowsOf(4, {
                                                   {0.6f, 0.2f, 0.1f, 0.1f},   // 0 -> 0
                                                   {0.4f, 0.3f, 0.1f, 0.2f},   // 0 -> 0
                                                   {0.05f, 0.5f, 0.1f, 0.35f}, // 0 -> 1, and 0 is last: a top-3 miss
                                                   {0.1f, 0.7f, 0.1f, 0.1f},   // 1 -> 1
                                                   {0.4f, 0.3f, 0.2f, 0.1f},   // 1 -> 0
                                                   {0.1f, 0.2f, 0.6f, 0.1f},   // 2 -> 2
                                                   {0.1f, 0.1f, 0.3f, 0.5f},   // 2 -> 3
                                               });
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        const ClassificationMetrics m = ClassificationMetrics::compute(labels, rows, names);

        const int expected[4][4] = {{2, 1, 0, 0}, {1, 1, 0, 0}, {0, 0, 1, 1}, {0, 0, 0, 0}};
        for (int t = 0; t < 4; ++t)
            for (int p = 0; p < 4; ++p)
                QCOMPARE(m.count(t, p), expected[t][p]);
        QCOMPARE(m.imageCount, 7);
        QVERIFY(near(m.accuracy, 4.0 / 7));
        QVERIFY(near(m.top1Accuracy, 4.0 / 7));
        QVERIFY(near(m.top3Accuracy, 6.0 / 7));
        QVERIFY(near(m.perClass[0].precision, 2.0 / 3) && near(m.perClass[0].recall, 2.0 / 3) && near(m.perClass[0].f1, 2.0 / 3));
        QVERIFY(near(m.perClass[1].precision, 0.5) && near(m.perClass[1].recall, 0.5) && near(m.perClass[1].f1, 0.5));
        QVERIFY(near(m.perClass[2].precision, 1.0) && near(m.perClass[2].recall, 0.5) && near(m.perClass[2].f1, 2.0 / 3));
        QCOMPARE(m.perClass[2].support, 2);
        QCOMPARE(m.perClass[2].predicted, 1);
        // A class without images: predicted once, so precision 0; recall and F1 not measured.
        QCOMPARE(m.perClass[3].support, 0);
        QCOMPARE(m.perClass[3].precision, 0.0);
        QVERIFY(std::isnan(m.perClass[3].recall) && std::isnan(m.perClass[3].f1));
        QVERIFY(near(m.balancedAccuracy, 5.0 / 9));
        QVERIFY(near(m.macroF1, 11.0 / 18));
        const double loss = -(std::log(0.6) + std::log(0.4) + std::log(0.05) + std::log(0.7) + std::log(0.3) + std::log(0.6) + std::log(0.3)) / 7;
        QVERIFY2(near(m.logLoss, loss, 1e-6), qPrintable(QString::number(m.logLoss)));

        // Stored as JSON and read back: the same figures.
        const ClassificationMetrics back = ClassificationMetrics::fromJson(m.toJson());
        QCOMPARE(back.confusion, m.confusion);
        QCOMPARE(back.classNames, names);
        QVERIFY(near(back.balancedAccuracy, m.balancedAccuracy) && near(back.top3Accuracy, m.top3Accuracy));
        QVERIFY(near(back.perClass[2].f1, 2.0 / 3));
    }

    void metricsRefuseMismatchedInput()
    {
        const QStringList names{QStringLiteral("a"), QStringLiteral("b")};
        const ProbabilityRows rows = rowsOf(2, {{0.5f, 0.5f}});
        QVERIFY_THROWS_EXCEPTION(Error, ClassificationMetrics::compute({0, 1}, rows, names));
        QVERIFY_THROWS_EXCEPTION(Error, ClassificationMetrics::compute({2}, rows, names));
        QVERIFY_THROWS_EXCEPTION(Error, ClassificationMetrics::compute({0}, rows, {QStringLiteral("a")}));
        // Ties go to the lower class, everywhere.
        QCOMPARE(rankedClasses(rows.row(0), 2, 2), (QList<int>{0, 1}));
        QCOMPARE(ClassificationMetrics::compute({0}, rows, names).accuracy, 1.0);
    }

    /// Probabilities three times too sharp: the fitted temperature undoes it.
    void temperatureScalingUndoesOverconfidence()
    {
        QList<int> labels;
        ProbabilityRows rows;
        overconfidentSet(3000, 4, 3.0, 11, &labels, &rows);
        const Calibration c = TemperatureScaling::fit(labels, rows);
        QVERIFY2(std::abs(c.temperature - 3.0) < 0.35, qPrintable(QString::number(c.temperature)));
        QCOMPARE(c.images, 3000);
        QVERIFY(c.nllAfter < c.nllBefore);
        QVERIFY(c.eceAfter < c.eceBefore / 2);
        QVERIFY(near(TemperatureScaling::negativeLogLikelihood(labels, rows, c.temperature), c.nllAfter, 1e-9));

        // The unsure line: answers above it were right at least 95% of the time.
        const ProbabilityRows calibrated = TemperatureScaling::applied(rows, c.temperature);
        int answered = 0;
        int right = 0;
        for (int i = 0; i < labels.size(); ++i) {
            const int top = rankedClasses(calibrated.row(i), 4, 1).first();
            if (calibrated.row(i)[top] >= c.unsureThreshold) {
                ++answered;
                right += top == labels[i] ? 1 : 0;
            }
        }
        QVERIFY(c.unsureThreshold >= TemperatureScaling::MinimumThreshold);
        QVERIFY(answered > 0);
        QVERIFY2(double(right) / answered >= 0.95, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(answered)));

        // Applying a temperature keeps every row a distribution and keeps its order.
        float row[3] = {0.7f, 0.2f, 0.1f};
        TemperatureScaling::apply(2.0, row, 3);
        QVERIFY(near(row[0] + row[1] + row[2], 1.0, 1e-6));
        QVERIFY(row[0] < 0.7f && row[0] > row[1] && row[1] > row[2]);
        QVERIFY(near(row[0] / row[1], std::sqrt(0.7 / 0.2), 1e-5));
    }

    /// A small validation set with one confident mistake: the line must not climb above every
    /// right answer (which would make the run "unsure" of everything).
    void oneConfidentMistakeDoesNotMakeEverythingUnsure()
    {
        QList<int> labels;
        ProbabilityRows rows(3);
        for (int i = 0; i < 18; ++i) {
            const float p = 0.8f + 0.008f * float(i);
            float row[3] = {(1 - p) / 2, (1 - p) / 2, (1 - p) / 2};
            row[i % 3] = p;
            labels << i % 3;
            rows.appendRow(row);
        }
        const float mistake[3] = {0.00001f, 0.99998f, 0.00001f};
        labels << 0;
        rows.appendRow(mistake);
        const Calibration c = TemperatureScaling::fit(labels, rows);
        const ProbabilityRows calibrated = TemperatureScaling::applied(rows, c.temperature);
        int sure = 0;
        for (int i = 0; i < 18; ++i)
            sure += calibrated.row(i)[i % 3] >= c.unsureThreshold ? 1 : 0;
        QVERIFY2(sure >= 9, qPrintable(QStringLiteral("%1 of 18 right answers sure; threshold %2").arg(sure).arg(c.unsureThreshold)));
        QVERIFY(c.unsureThreshold >= TemperatureScaling::MinimumThreshold);
    }

    void calibrationWithoutImagesKeepsDefaults()
    {
        const Calibration c = TemperatureScaling::fit({}, ProbabilityRows(3));
        QCOMPARE(c.temperature, 1.0);
        QCOMPARE(c.unsureThreshold, TemperatureScaling::MinimumThreshold);
        QVERIFY(!c.isFitted());
        // Well calibrated already: T stays near 1.
        QList<int> labels;
        ProbabilityRows rows;
        overconfidentSet(3000, 3, 1.0, 5, &labels, &rows);
        QVERIFY(std::abs(TemperatureScaling::fit(labels, rows).temperature - 1.0) < 0.15);
        // Four images, all right: the likelihood alone would sharpen without end; the prior
        // keeps T near 1.
        const ProbabilityRows few = rowsOf(3, {{0.9f, 0.05f, 0.05f}, {0.1f, 0.85f, 0.05f}, {0.1f, 0.1f, 0.8f}, {0.7f, 0.2f, 0.1f}});
        const Calibration small = TemperatureScaling::fit({0, 1, 2, 0}, few);
        QVERIFY2(small.temperature > 0.5 && small.temperature <= 1.0, qPrintable(QString::number(small.temperature)));
        QVERIFY(small.nllAfter <= small.nllBefore);
    }

    /// Planted label errors come first; honest but hard images do not get in.
    void labelErrorsRankPlantedErrorsFirst()
    {
        SeededRandom random(3);
        QList<qint64> ids;
        QList<int> labels;
        ProbabilityRows rows(3);
        QList<qint64> planted;
        for (int i = 0; i < 90; ++i) {
            const int truth = i % 3;
            QList<float> row{0.05f, 0.05f, 0.05f};
            row[truth] = 0.9f;
            // A little noise: images are not all equally easy.
            const float shift = float(random.uniform(0.0, 0.25));
            row[truth] -= shift;
            row[(truth + 1) % 3] += shift;
            int label = truth;
            if (i % 15 == 7) { // a wrong label: the network is sure of the truth
                label = (truth + 2) % 3;
                planted.append(1000 + i);
                row = {0.04f, 0.04f, 0.04f};
                row[truth] = 0.92f;
            }
            ids.append(1000 + i);
            labels.append(label);
            rows.appendRow(row.constData());
        }
        // Ambiguous images: the given label is second by a small margin.
        for (int i = 0; i < 4; ++i) {
            const QList<float> row{0.48f, 0.44f, 0.08f};
            ids.append(2000 + i);
            labels.append(1);
            rows.appendRow(row.constData());
        }
        const QList<LabelIssue> issues = LabelErrorRanker::rank(ids, labels, rows);
        QVERIFY(issues.size() >= planted.size());
        QList<qint64> top;
        for (int i = 0; i < planted.size(); ++i) {
            top.append(issues[i].imageId);
            QVERIFY(issues[i].disagreesWithPrediction);
            QCOMPARE(issues[i].suggestedLabel, int((issues[i].imageId - 1000) % 3));
            QVERIFY(issues[i].margin > 0.5);
        }
        std::sort(top.begin(), top.end());
        QCOMPARE(top, planted);
        for (int i = 1; i < issues.size(); ++i)
            QVERIFY(issues[i - 1].margin >= issues[i].margin);

        const std::vector<double> thresholds = LabelErrorRanker::classThresholds(labels, rows);
        QCOMPARE(int(thresholds.size()), 3);
        QVERIFY(thresholds[0] > 0.6 && thresholds[0] < 0.9);
        QVERIFY_THROWS_EXCEPTION(Error, LabelErrorRanker::rank({1}, {0, 1}, rows));
    }

    void foldsKeepGroupsTogetherAndStratify()
    {
        QList<int> labels;
        QList<int> groups;
        for (int i = 0; i < 60; ++i) {
            labels.append(i % 3);
            groups.append(i < 6 ? 0 : (i < 9 ? 1 : -1)); // a group of six, one of three
        }
        const QList<int> folds = CrossValidationTask::assignFolds(labels, groups, 5, 42);
        QCOMPARE(folds, CrossValidationTask::assignFolds(labels, groups, 5, 42));
        for (int i = 1; i < 6; ++i)
            QCOMPARE(folds[i], folds[0]);
        QCOMPARE(folds[7], folds[6]);
        QCOMPARE(folds[8], folds[6]);
        int perFold[5] = {0, 0, 0, 0, 0};
        for (const int fold : folds) {
            QVERIFY(fold >= 0 && fold < 5);
            ++perFold[fold];
        }
        for (const int count : perFold)
            QVERIFY2(count >= 10 && count <= 14, qPrintable(QString::number(count)));
    }

    void neighboursByCosine()
    {
        NeighbourIndex index(3);
        const float a[3] = {1, 0, 0};
        const float b[3] = {0.9f, 0.1f, 0};
        const float c[3] = {0, 1, 0};
        const float d[3] = {-1, 0, 0};
        const float zero[3] = {0, 0, 0};
        index.add(1, a);
        index.add(2, b);
        index.add(3, c);
        index.add(4, d);
        index.add(5, zero);
        const float query[3] = {2, 0, 0}; // length does not matter
        const QList<Neighbour> found = index.nearest(query, 3);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].imageId, 1);
        QVERIFY(near(found[0].similarity, 1.0, 1e-6));
        QCOMPARE(found[1].imageId, 2);
        QCOMPARE(found.last().imageId, 3);
        QCOMPARE(index.nearestTo(1, 1).first().imageId, 2);
        QCOMPARE(index.nearest(query, 10).last().imageId, 4);
        QVERIFY(index.nearestTo(99, 3).isEmpty());
        QVERIFY(index.nearest(zero, 3).isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("embeddings.bin"));
        index.save(path);
        const NeighbourIndex loaded = NeighbourIndex::load(path);
        QCOMPARE(loaded.size(), 5);
        QCOMPARE(loaded.dimension(), 3);
        QCOMPARE(loaded.nearest(query, 2).last().imageId, 2);
        QFile file(path);
        QVERIFY(file.resize(file.size() - 4));
        QVERIFY_THROWS_EXCEPTION(Error, NeighbourIndex::load(path));
        QVERIFY_THROWS_EXCEPTION(Error, NeighbourIndex::load(dir.filePath(QStringLiteral("missing.bin"))));
    }

    /// Figures, predictions and calibration survive the project; an older project gains the tables.
    void evaluationsAreStoredWithTheRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.atelier"));
        ProjectStore::createAtVersionForTesting(path, 5);
        auto store = ProjectStore::open(path);
        QCOMPARE(store->schemaVersion(), ProjectStore::currentSchemaVersion());
        QVERIFY(ProjectStore::currentSchemaVersion() >= 6);

        const qint64 first = store->addImage(newImage(QStringLiteral("a.png")));
        const qint64 second = store->addImage(newImage(QStringLiteral("b.png")));
        NewRun newRun;
        newRun.name = QStringLiteral("run");
        newRun.classNames = {QStringLiteral("x"), QStringLiteral("y")};
        const qint64 runId = RunStore(*store).create(newRun);

        PredictionSet set;
        set.imageIds = {second, first};
        set.labels = {1, 0};
        set.probabilities = rowsOf(2, {{0.25f, 0.75f}, {0.125f, 0.875f}});
        const ClassificationMetrics metrics = ClassificationMetrics::compute(set.labels, set.probabilities, newRun.classNames);
        EvaluationStore evaluations(*store);
        evaluations.save(runId, EvaluationSource::Test, metrics, set);
        Calibration calibration;
        calibration.temperature = 1.75;
        calibration.unsureThreshold = 0.625;
        calibration.images = 12;
        calibration.nllBefore = 0.5;
        calibration.nllAfter = 0.25;
        evaluations.saveCalibration(runId, calibration);

        store.reset();
        store = ProjectStore::open(path);
        EvaluationStore reread(*store);
        const auto stored = reread.evaluation(runId, EvaluationSource::Test);
        QVERIFY(stored);
        QCOMPARE(stored->metrics.confusion, metrics.confusion);
        QCOMPARE(stored->metrics.accuracy, 0.5);
        QCOMPARE(stored->metrics.top3Accuracy, 1.0);
        QVERIFY(near(stored->metrics.logLoss, metrics.logLoss));
        QVERIFY(!reread.evaluation(runId, EvaluationSource::Validation));
        QCOMPARE(reread.evaluations(runId).size(), 1);
        const PredictionSet back = reread.predictions(runId, EvaluationSource::Test);
        QCOMPARE(back.imageIds, (QList<qint64>{first, second})); // by image id
        QCOMPARE(back.labels, (QList<int>{0, 1}));
        QCOMPARE(back.probabilities.classCount, 2);
        QCOMPARE(back.probabilities.row(0)[1], 0.875f);
        QCOMPARE(back.probabilities.row(1)[0], 0.25f);
        const auto readCalibration = reread.calibration(runId);
        QVERIFY(readCalibration);
        QCOMPARE(readCalibration->temperature, 1.75);
        QCOMPARE(readCalibration->unsureThreshold, 0.625);
        QCOMPARE(readCalibration->images, 12);

        // Saving again replaces; removing an image removes its predictions.
        set.imageIds = {first};
        set.labels = {0};
        set.probabilities = rowsOf(2, {{0.9f, 0.1f}});
        reread.save(runId, EvaluationSource::Test, ClassificationMetrics::compute(set.labels, set.probabilities, newRun.classNames), set);
        QCOMPARE(reread.predictions(runId, EvaluationSource::Test).size(), 1);
        QCOMPARE(reread.evaluation(runId, EvaluationSource::Test)->metrics.accuracy, 1.0);
        SqliteStatement remove(store->database(), "DELETE FROM images WHERE id = ?");
        remove.bind(1, first).exec();
        QCOMPARE(reread.predictions(runId, EvaluationSource::Test).size(), 0);
        reread.clear(runId);
        QVERIFY(reread.evaluations(runId).isEmpty());
        QVERIFY(!reread.calibration(runId));

        QVERIFY_THROWS_EXCEPTION(Error, reread.save(runId, EvaluationSource::Test, metrics, PredictionSet{{1}, {}, ProbabilityRows(2)}));
        EvaluationSource source;
        QVERIFY(evaluationSourceFromName(QStringLiteral("val"), &source) && source == EvaluationSource::Validation);
        QVERIFY(evaluationSourceFromName(QStringLiteral("cv"), &source) && source == EvaluationSource::CrossValidation);
        QVERIFY(!evaluationSourceFromName(QStringLiteral("train"), &source));
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
