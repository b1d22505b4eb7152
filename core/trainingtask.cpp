#include "trainingtask.h"

#include "classmappings.h"
#include "error.h"
#include "evaluationtask.h"
#include "featureextractor.h"
#include "progress.h"
#include "projectstore.h"
#include "runstore.h"
#include "splitstore.h"
#include "trainer.h"
#include "trainingconfigyaml.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Atelier {

namespace {

/// The images of a run, written when it starts, so that a resumed run trains on exactly the same
/// images and labels even if the project's labels changed meanwhile.
const QString ManifestFileName = QStringLiteral("samples.json");

QJsonArray samplesToJson(const QList<TrainingSample> &samples)
{
    QJsonArray array;
    for (const TrainingSample &sample : samples)
        array.append(QJsonArray{sample.imageId, sample.label, sample.crop.x(), sample.crop.y(), sample.crop.width(), sample.crop.height()});
    return array;
}

void writeManifest(const QString &dir, const TrainingData &data)
{
    const QJsonObject manifest{{QStringLiteral("classes"), QJsonArray::fromStringList(data.classNames)},
                               {QStringLiteral("train"), samplesToJson(data.train)},
                               {QStringLiteral("validation"), samplesToJson(data.validation)},
                               {QStringLiteral("test"), samplesToJson(data.test)}};
    QSaveFile file(QDir(dir).filePath(ManifestFileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
}

TrainingData readManifest(const QString &dir, const ProjectStore &store)
{
    QFile file(QDir(dir).filePath(ManifestFileName));
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot resume: %1 is missing (%2)").arg(file.fileName(), file.errorString()));
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    TrainingData data;
    for (const QJsonValue &name : manifest.value(QStringLiteral("classes")).toArray())
        data.classNames.append(name.toString());
    QHash<qint64, QString> pathOf;
    for (const ImageRecord &image : store.images())
        pathOf.insert(image.id, store.absolutePath(image.path));
    const auto read = [&](const QString &key, QList<TrainingSample> &samples) {
        for (const QJsonValue &value : manifest.value(key).toArray()) {
            const QJsonArray fields = value.toArray();
            TrainingSample sample;
            sample.imageId = fields.at(0).toInteger();
            sample.label = fields.at(1).toInt();
            sample.crop = QRect(fields.at(2).toInt(), fields.at(3).toInt(), fields.at(4).toInt(), fields.at(5).toInt());
            sample.filePath = pathOf.value(sample.imageId);
            if (sample.filePath.isEmpty())
                throw Error::badInput(QStringLiteral("Cannot resume: image %1 of this run is no longer in the project").arg(sample.imageId));
            samples.append(sample);
        }
    };
    read(QStringLiteral("train"), data.train);
    read(QStringLiteral("validation"), data.validation);
    read(QStringLiteral("test"), data.test);
    if (data.classNames.size() < 2 || data.train.isEmpty())
        throw Error::badInput(QStringLiteral("Cannot resume: %1 is damaged").arg(file.fileName()));
    return data;
}

/// Stores each epoch as it ends and passes everything on to the caller's observer.
class RunRecorder : public TrainingObserver
{
public:
    RunRecorder(RunStore &runs, qint64 runId, TrainingObserver *next, const std::atomic<bool> &canceled)
        : m_runs(runs)
        , m_runId(runId)
        , m_next(next ? next : &m_silent)
        , m_canceled(canceled)
    {}

    void started(const TrainingStart &start) override
    {
        m_monitor = start.monitor;
        // The checkpoint is the reference: epochs recorded after it (a crash between the two
        // writes) are dropped, missing ones restored.
        if (start.resumed)
            m_runs.replaceEpochs(m_runId, start.history);
        m_next->started(start);
    }
    void batchFinished(const BatchMetrics &metrics) override { m_next->batchFinished(metrics); }
    void epochFinished(const EpochMetrics &metrics) override
    {
        m_runs.recordEpoch(m_runId, metrics);
        if (metrics.improved)
            m_runs.setBest(m_runId, metricName(m_monitor), monitoredValue(m_monitor, metrics), metrics.epoch);
        m_next->epochFinished(metrics);
    }
    void message(const QString &text) override { m_next->message(text); }
    bool isCanceled() const override { return m_canceled.load() || m_next->isCanceled(); }

private:
    RunStore &m_runs;
    qint64 m_runId;
    TrainingObserver m_silent;
    TrainingObserver *m_next;
    const std::atomic<bool> &m_canceled;
    MonitoredMetric m_monitor = MonitoredMetric::ValidationAccuracy;
};

/// Tells an evaluation's phases through the training observer, which can also cancel it.
class EvaluationProgress : public ProgressObserver
{
public:
    explicit EvaluationProgress(TrainingObserver &observer)
        : m_observer(observer)
    {}
    void phase(const QString &name, qint64 total) override { m_observer.message(QStringLiteral("%1 (%2 images)").arg(name).arg(total)); }
    bool isCanceled() const override { return m_observer.isCanceled(); }

private:
    TrainingObserver &m_observer;
};

/// A finished run is evaluated at once, so that its figures, calibration and embeddings are
/// there when the studio shows it. A failure here leaves the run as it ended.
void evaluateFinishedRun(const QString &projectFilePath, qint64 runId, const TrainingConfig &config, TrainingObserver &observer)
{
    EvaluationRequest request;
    request.projectFilePath = projectFilePath;
    request.runId = runId;
    request.predictor.threads = config.threads;
    request.predictor.device = config.device;
    request.predictor.workers = config.data.workers;
    try {
        EvaluationProgress progress(observer);
        const EvaluationResult result = EvaluationTask(request).run(&progress);
        if (result.canceled)
            return;
        QStringList figures;
        for (const SourceEvaluation &evaluation : result.evaluations)
            figures.append(QStringLiteral("%1 accuracy %2%, balanced %3%")
                               .arg(evaluationSourceName(evaluation.source))
                               .arg(evaluation.metrics.accuracy * 100, 0, 'f', 1)
                               .arg(evaluation.metrics.balancedAccuracy * 100, 0, 'f', 1));
        observer.message(QStringLiteral("Evaluation stored: %1; temperature %2")
                             .arg(figures.isEmpty() ? QStringLiteral("no validation or test images") : figures.join(QStringLiteral("; ")))
                             .arg(result.calibration.temperature, 0, 'f', 2));
    } catch (const Error &error) {
        observer.message(QStringLiteral("The run could not be evaluated: %1").arg(error.message()));
    }
}

} // namespace

TrainingTask::TrainingTask(const TrainingRequest &request)
    : m_request(request)
{}

TrainingTask::~TrainingTask() = default;

TrainingData TrainingTask::collectData(ProjectStore &store, const TrainingConfig &config, qint64 splitVersionId)
{
    const QHash<qint64, Split> splitOf = SplitStore(store).assignment(splitVersionId);

    // Output names, in order: the classes in display order, or the mapping's sorted targets.
    QStringList names;
    QHash<qint64, QString> nameOfClass;
    if (config.data.classMapping.isEmpty()) {
        for (const ClassInfo &info : store.classes()) {
            names.append(info.name);
            nameOfClass.insert(info.id, info.name);
        }
    } else {
        const auto mapping = ClassMappings(store).byName(config.data.classMapping);
        if (!mapping)
            throw Error::badInput(QStringLiteral("class_mapping: the project has no mapping named \"%1\"").arg(config.data.classMapping));
        names = mapping->targets();
        nameOfClass = mapping->targetOfClass;
    }

    QHash<qint64, QRect> cropOf;
    for (const ContentRect &rect : store.contentRects())
        if (rect.status == BorderStatus::Proposed || rect.status == BorderStatus::Accepted)
            cropOf.insert(rect.imageId, rect.rect);

    struct Candidate
    {
        TrainingSample sample;
        QString name;
        Split split;
    };
    QList<Candidate> candidates;
    QSet<QString> trained;
    for (const ImageRecord &image : store.images()) {
        const auto split = splitOf.constFind(image.id);
        if (image.excluded || image.status != ImageStatus::Ok || image.classId == 0 || split == splitOf.cend()
            || !nameOfClass.contains(image.classId))
            continue;
        Candidate candidate;
        candidate.sample.imageId = image.id;
        candidate.sample.filePath = store.absolutePath(image.path);
        candidate.sample.crop = cropOf.value(image.id);
        candidate.name = nameOfClass.value(image.classId);
        candidate.split = split.value();
        if (candidate.split == Split::Train)
            trained.insert(candidate.name);
        candidates.append(candidate);
    }

    TrainingData data;
    for (const QString &name : std::as_const(names))
        if (trained.contains(name))
            data.classNames.append(name);
    QHash<QString, int> labelOf;
    for (int i = 0; i < data.classNames.size(); ++i)
        labelOf.insert(data.classNames[i], i);
    for (Candidate &candidate : candidates) {
        const auto label = labelOf.constFind(candidate.name);
        if (label == labelOf.cend())
            continue;
        candidate.sample.label = label.value();
        QList<TrainingSample> &target = candidate.split == Split::Train        ? data.train
                                        : candidate.split == Split::Validation ? data.validation
                                                                               : data.test;
        target.append(candidate.sample);
    }
    if (data.classNames.size() < 2)
        throw Error::badInput(QStringLiteral("Training needs at least two classes with labelled images in the train split "
                                             "(this one has %1)").arg(data.classNames.size()));
    return data;
}

TrainingResult TrainingTask::run(TrainingObserver *observer)
{
    const auto store = ProjectStore::open(m_request.projectFilePath);
    RunStore runs(*store);
    TrainerSetup setup;
    qint64 runId = m_request.resumeRunId;

    if (runId > 0) {
        const auto record = runs.run(runId);
        if (!record)
            throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
        if (record->status == RunStatus::Diverged)
            throw Error::badInput(QStringLiteral("Run %1 diverged: resuming would diverge again. Start a new run with a lower "
                                                 "learning rate.").arg(runId));
        if (!isResumable(record->status))
            throw Error::badInput(QStringLiteral("Run %1 has ended (%2): nothing to resume").arg(runId).arg(runStatusName(record->status)));
        setup.config = TrainingConfigYaml::parse(record->configText, QStringLiteral("run %1").arg(runId));
        setup.checkpointDir = record->checkpointDir;
        setup.data = readManifest(setup.checkpointDir, *store);
        // Killed before its first checkpoint: it starts over, with the same images.
        setup.resume = Trainer::hasCheckpoint(setup.checkpointDir);
        runs.markRunning(runId);
    } else {
        setup.config = TrainingConfigYaml::parse(m_request.configYaml, m_request.configSource);
        // Runs on a backbone store the input size and normalisation it decides, as they train with.
        adoptBackboneInput(setup.config);
        SplitStore splits(*store);
        const qint64 wanted = setup.config.data.splitVersion;
        const auto version = wanted > 0 ? splits.version(wanted) : splits.currentVersion();
        if (!version)
            throw Error::badInput(wanted > 0 ? QStringLiteral("split: the project has no split version %1").arg(wanted)
                                             : QStringLiteral("The project has no train/validation/test split yet: make one first "
                                                              "(atelier-cli split)"));
        setup.data = collectData(*store, setup.config, version->id);
        NewRun run;
        run.name = setup.config.name.isEmpty()
                       ? QStringLiteral("%1 %2").arg(architectureName(setup.config.model.architecture),
                                                     QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh:mm")))
                       : setup.config.name;
        run.configText = TrainingConfigYaml::write(setup.config);
        run.splitVersionId = version->id;
        run.classMapping = setup.config.data.classMapping;
        run.classNames = setup.data.classNames;
        runId = runs.create(run);
        setup.checkpointDir = runs.run(runId)->checkpointDir;
        try {
            if (!QDir().mkpath(setup.checkpointDir))
                throw Error::failure(QStringLiteral("Cannot create the folder %1").arg(setup.checkpointDir));
            writeManifest(setup.checkpointDir, setup.data);
            QSaveFile config(QDir(setup.checkpointDir).filePath(QStringLiteral("config.yaml")));
            if (config.open(QIODevice::WriteOnly)) {
                config.write(run.configText.toUtf8());
                config.commit();
            }
        } catch (const Error &error) {
            runs.finish(runId, RunStatus::Failed, error.message());
            throw;
        }
    }
    if (m_request.device)
        setup.config.device = *m_request.device;
    if (m_request.threads)
        setup.config.threads = *m_request.threads;
    setup.runId = runId;
    setup.featureCacheProject = m_request.projectFilePath;
    m_runId.store(runId);

    RunRecorder recorder(runs, runId, observer, m_canceled);
    TrainingResult result;
    try {
        result = Trainer(setup).run(&recorder);
    } catch (const Error &error) {
        runs.finish(runId, RunStatus::Failed, error.message());
        throw;
    } catch (const std::exception &error) {
        runs.finish(runId, RunStatus::Failed, QString::fromLocal8Bit(error.what()));
        throw;
    }
    // Canceled and time-limited runs stay resumable: their status says so.
    runs.finish(runId, result.status, result.message, result.testAccuracy);
    if (result.status == RunStatus::Completed || result.status == RunStatus::StoppedEarly)
        evaluateFinishedRun(m_request.projectFilePath, runId, setup.config, recorder);
    return result;
}

} // namespace Atelier
