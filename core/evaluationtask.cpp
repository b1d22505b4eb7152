#include "evaluationtask.h"

#include "error.h"
#include "cancelawareobserver_p.h"
#include "importtask.h"
#include "modelpackage.h"
#include "neighbourindex.h"
#include "progress.h"
#include "projectstore.h"
#include "runstore.h"
#include "splitstore.h"
#include "trainingconfigyaml.h"
#include "trainingtask.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

namespace Atelier {

namespace {

/// The predictions of samples[first, first + count) that succeeded.
PredictionSet predictionsOf(const QList<TrainingSample> &samples, int first, int count, const PredictionOutputs &outputs)
{
    PredictionSet set;
    set.probabilities = ProbabilityRows(outputs.probabilities.classCount);
    for (int i = first; i < first + count; ++i) {
        if (outputs.hasFailed(i))
            continue;
        set.imageIds.append(samples[i].imageId);
        set.labels.append(samples[i].label);
        set.probabilities.appendRow(outputs.probabilities.row(i));
    }
    return set;
}

} // namespace

const SourceEvaluation *EvaluationResult::evaluation(EvaluationSource source) const
{
    for (const SourceEvaluation &entry : evaluations)
        if (entry.source == source)
            return &entry;
    return nullptr;
}

EvaluationTask::EvaluationTask(const EvaluationRequest &request)
    : m_request(request)
{}

TrainingData EvaluationTask::runImages(ProjectStore &store, qint64 runId)
{
    const auto run = RunStore(store).run(runId);
    if (!run)
        throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
    if (run->splitVersionId <= 0 || !SplitStore(store).version(run->splitVersionId))
        throw Error::badInput(QStringLiteral("The split version that run %1 trained on no longer exists").arg(runId));
    const TrainingConfig config = TrainingConfigYaml::parse(run->configText, QStringLiteral("run %1").arg(runId));
    const TrainingData current = TrainingTask::collectData(store, config, run->splitVersionId);

    // Labels may have changed since the run: keep the run's outputs, in its order.
    QHash<QString, int> labelOf;
    for (int i = 0; i < run->classNames.size(); ++i)
        labelOf.insert(run->classNames[i], i);
    TrainingData data;
    data.classNames = run->classNames;
    const auto remap = [&](const QList<TrainingSample> &from, QList<TrainingSample> &to) {
        for (TrainingSample sample : from) {
            const auto label = labelOf.constFind(current.classNames.value(sample.label));
            if (label == labelOf.cend())
                continue;
            sample.label = label.value();
            to.append(sample);
        }
    };
    remap(current.train, data.train);
    remap(current.validation, data.validation);
    remap(current.test, data.test);
    return data;
}

EvaluationResult EvaluationTask::run(ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    CancelAwareObserver progress(observer, m_canceled);
    const auto store = ProjectStore::open(m_request.projectFilePath);
    const qint64 runId = m_request.runId;
    const TrainingData data = runImages(*store, runId);
    ModelPackage package = ModelPackage::forRun(*store, runId);
    package.calibration = Calibration(); // stored probabilities are the network's own
    Predictor predictor(package, m_request.predictor);

    // One pass: validation, then test, then (for the embeddings alone) training images.
    QList<TrainingSample> samples = data.validation + data.test;
    if (m_request.embeddings)
        samples += data.train;
    const int validationCount = int(data.validation.size());
    const int testCount = int(data.test.size());
    progress.phase(QStringLiteral("Evaluating run %1").arg(runId), samples.size());
    const PredictionOutputs outputs = predictor.run(samples, m_request.embeddings, &progress);

    EvaluationResult result;
    if (outputs.canceled) {
        result.canceled = true;
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    }
    for (const QString &failure : outputs.failures)
        result.problems.append(failure);

    EvaluationStore evaluations(*store);
    const struct
    {
        EvaluationSource source;
        int first;
        int count;
    } parts[] = {{EvaluationSource::Validation, 0, validationCount}, {EvaluationSource::Test, validationCount, testCount}};
    PredictionSet validation;
    for (const auto &part : parts) {
        const PredictionSet set = predictionsOf(samples, part.first, part.count, outputs);
        if (part.source == EvaluationSource::Validation)
            validation = set;
        if (set.size() == 0) {
            evaluations.remove(runId, part.source);
            continue;
        }
        SourceEvaluation evaluation;
        evaluation.source = part.source;
        evaluation.metrics = ClassificationMetrics::compute(set.labels, set.probabilities, data.classNames);
        evaluations.save(runId, part.source, evaluation.metrics, set);
        result.evaluations.append(evaluation);
    }
    result.calibration = TemperatureScaling::fit(validation.labels, validation.probabilities, m_request.targetAccuracy);
    evaluations.saveCalibration(runId, result.calibration);

    if (outputs.embeddingSize > 0) {
        NeighbourIndex index(outputs.embeddingSize);
        index.reserve(int(samples.size()));
        for (int i = 0; i < samples.size(); ++i)
            if (!outputs.hasFailed(i))
                index.add(samples[i].imageId, outputs.embedding(i));
        const auto record = RunStore(*store).run(runId);
        index.save(QDir(record->checkpointDir).filePath(ModelPackage::embeddingsFileName()));
        result.embeddedImages = index.size();
    }
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

FolderEvaluation EvaluationTask::evaluateFolder(Predictor &predictor, const QString &folder, ProgressObserver *observer)
{
    if (!QFileInfo(folder).isDir())
        throw Error::badInput(QStringLiteral("%1 is not a folder").arg(folder));
    ImportParams params;
    params.inputs = {folder};
    params.folderNamesAsLabels = true;
    QList<ImportProblem> listingProblems;
    const QList<ImportEntry> entries = ImportTask::collectEntries(params, QString(), &listingProblems);

    const QStringList classNames = predictor.classNames();
    FolderEvaluation evaluation;
    for (const ImportProblem &problem : listingProblems)
        evaluation.problems.append(QStringLiteral("%1: %2").arg(problem.path, problem.reason));
    QList<TrainingSample> samples;
    QStringList skippedFolders;
    for (const ImportEntry &entry : entries) {
        int label = -1;
        for (int c = 0; c < classNames.size() && label < 0; ++c)
            if (classNames[c].compare(entry.label, Qt::CaseInsensitive) == 0)
                label = c;
        if (label < 0) {
            const QString name = entry.label.isEmpty() ? QStringLiteral("(images outside class folders)") : entry.label;
            if (!skippedFolders.contains(name))
                skippedFolders.append(name);
            continue;
        }
        TrainingSample sample;
        sample.filePath = entry.filePath;
        sample.label = label;
        samples.append(sample);
    }
    evaluation.skipped = skippedFolders;
    if (samples.isEmpty())
        throw Error::badInput(QStringLiteral("No subfolder of %1 is named after a class of the model (%2)")
                                  .arg(folder, classNames.join(QStringLiteral(", "))));

    if (observer)
        observer->phase(QStringLiteral("Evaluating %1").arg(QDir(folder).dirName()), samples.size());
    const PredictionOutputs outputs = predictor.run(samples, false, observer);
    if (outputs.canceled) {
        evaluation.canceled = true;
        return evaluation;
    }
    for (const QString &failure : outputs.failures)
        evaluation.problems.append(failure);
    const double temperature = predictor.calibration().temperature;
    evaluation.probabilities = ProbabilityRows(outputs.probabilities.classCount);
    for (int i = 0; i < samples.size(); ++i) {
        if (outputs.hasFailed(i))
            continue;
        evaluation.paths.append(samples[i].filePath);
        evaluation.labels.append(samples[i].label);
        evaluation.probabilities.appendRow(outputs.probabilities.row(i));
    }
    evaluation.probabilities = TemperatureScaling::applied(evaluation.probabilities, temperature);
    if (evaluation.labels.isEmpty())
        throw Error::badInput(QStringLiteral("None of the images in %1 could be read").arg(folder));
    evaluation.metrics = ClassificationMetrics::compute(evaluation.labels, evaluation.probabilities, classNames);
    return evaluation;
}

} // namespace Atelier
