#include "trainingcommands.h"

#include "computeruntime.h"
#include "openmpwaitpolicy.h"
#include "error.h"
#include "projectstore.h"
#include "runstore.h"
#include "terminalprogress.h"
#include "trainingtask.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace Atelier {

namespace {

/// A metric for JSON: null when it was not measured.
QJsonValue jsonMetric(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString percent(double value)
{
    return std::isfinite(value) ? QStringLiteral("%1%").arg(value * 100, 0, 'f', 1) : QStringLiteral("-");
}

QString loss(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("-");
}

QJsonObject epochToJson(const EpochMetrics &epoch)
{
    return {{QStringLiteral("epoch"), epoch.epoch + 1},
            {QStringLiteral("trainLoss"), jsonMetric(epoch.trainLoss)},
            {QStringLiteral("trainAccuracy"), jsonMetric(epoch.trainAccuracy)},
            {QStringLiteral("valLoss"), jsonMetric(epoch.validationLoss)},
            {QStringLiteral("valAccuracy"), jsonMetric(epoch.validationAccuracy)},
            {QStringLiteral("learningRate"), jsonMetric(epoch.learningRate)},
            {QStringLiteral("imagesPerSecond"), epoch.imagesPerSecond},
            {QStringLiteral("seconds"), epoch.seconds},
            {QStringLiteral("improved"), epoch.improved}};
}

QString epochToText(const EpochMetrics &epoch, int epochs)
{
    return QStringLiteral("epoch %1/%2  train loss %3 acc %4  val loss %5 acc %6  lr %7  %8 img/s  %9 s%10")
        .arg(epoch.epoch + 1, 3)
        .arg(epochs)
        .arg(loss(epoch.trainLoss), percent(epoch.trainAccuracy), loss(epoch.validationLoss), percent(epoch.validationAccuracy))
        .arg(std::isfinite(epoch.learningRate) ? QString::number(epoch.learningRate, 'g', 3) : QStringLiteral("-"))
        .arg(epoch.imagesPerSecond, 0, 'f', 0)
        .arg(epoch.seconds, 0, 'f', 1)
        .arg(epoch.improved ? QStringLiteral("  *") : QString());
}

void printLine(const QByteArray &line)
{
    fwrite(line.constData(), 1, size_t(line.size()), stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

/// Draws a bar per epoch on stderr, prints one line (or one JSON object) per epoch on stdout,
/// and turns Ctrl+C into a cancel through TerminalProgress.
class TerminalTrainingObserver : public TrainingObserver
{
public:
    explicit TerminalTrainingObserver(const GlobalOptions &options)
        : m_options(options)
        , m_progress(!options.quiet)
    {}

    void started(const TrainingStart &start) override
    {
        m_start = start;
        const RuntimeInfo runtime = ComputeRuntime::info();
        if (!m_options.quiet)
            fprintf(stderr,
                    "Run %lld%s: %d classes; %d training, %d validation, %d test images; %d epochs of %d batches\n"
                    "Device %s%s, %d compute threads (OpenMP wait policy: %s), %d decoding threads; LibTorch %s; BLAS %s\n",
                    qlonglong(start.runId), start.resumed ? qPrintable(QStringLiteral(" (resumed at epoch %1)").arg(start.firstEpoch + 1)) : "",
                    int(start.classNames.size()), start.trainImages, start.validationImages, start.testImages, start.epochs,
                    start.batchesPerEpoch, qPrintable(start.device), start.mixedPrecision ? " (bfloat16 autocast)" : "",
                    start.threads, qPrintable(OpenMpWaitPolicy::current()), start.dataWorkers,
                    qPrintable(runtime.torchVersion),
                    runtime.blasLibrary.isEmpty() ? "unknown" : qPrintable(runtime.blasLibrary));
        if (!m_options.json)
            for (const EpochMetrics &epoch : start.history)
                printLine(epochToText(epoch, start.epochs).toUtf8());
    }

    void batchFinished(const BatchMetrics &metrics) override
    {
        if (metrics.epoch != m_barEpoch) {
            m_barEpoch = metrics.epoch;
            m_progress.phase(QStringLiteral("Epoch %1/%2").arg(metrics.epoch + 1).arg(m_start.epochs), metrics.batchCount);
        }
        m_progress.progress(metrics.batch + 1, metrics.batchCount);
    }

    void epochFinished(const EpochMetrics &epoch) override
    {
        m_progress.finish();
        if (m_options.json)
            printLine(QJsonDocument(epochToJson(epoch)).toJson(QJsonDocument::Compact));
        else
            printLine(epochToText(epoch, m_start.epochs).toUtf8());
    }

    void message(const QString &text) override
    {
        m_progress.finish();
        if (!m_options.quiet)
            fprintf(stderr, "%s\n", qPrintable(text));
    }

    bool isCanceled() const override { return m_progress.isCanceled(); }

    void finish() { m_progress.finish(); }

private:
    GlobalOptions m_options;
    TerminalProgress m_progress;
    TrainingStart m_start;
    int m_barEpoch = -1;
};

std::optional<TrainingDevice> deviceOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("device")))
        return std::nullopt;
    const QString value = parser.value(QStringLiteral("device"));
    for (const TrainingDevice device : {TrainingDevice::Auto, TrainingDevice::Cpu, TrainingDevice::Cuda})
        if (deviceName(device) == value)
            return device;
    throw UsageError{QStringLiteral("--device takes cpu, cuda or auto")};
}

qint64 runIdArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{QStringLiteral("%1 takes a run id (see 'atelier-cli runs PROJECT')").arg(what)};
    return id;
}

class TrainCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("train"); }
    QString summary() const override
    {
        return QStringLiteral("Train a classifier as a YAML config describes (--config), or resume a run (--resume). "
                              "Ctrl+C stops after the current batch and keeps a resumable checkpoint.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier), or use --project."),
                                     QStringLiteral("[project]"));
        parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("config"), QStringLiteral("The run's YAML description."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("resume"), QStringLiteral("Continue run RUN from its last checkpoint."), QStringLiteral("RUN")});
        parser.addOption({QStringLiteral("device"), QStringLiteral("cpu, cuda or auto (overrides the config)."), QStringLiteral("DEVICE")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QStringList args = positional(parser, 0, 1);
        const QString project = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project")) : args.value(0);
        if (project.isEmpty())
            throw UsageError{QStringLiteral("give the project, e.g. 'atelier-cli train posters.atelier --config run.yaml'")};
        if (!args.isEmpty() && parser.isSet(QStringLiteral("project")))
            throw UsageError{QStringLiteral("give the project once: as an argument or with --project")};
        const bool resuming = parser.isSet(QStringLiteral("resume"));
        if (resuming == parser.isSet(QStringLiteral("config")))
            throw UsageError{QStringLiteral("give either --config FILE (a new run) or --resume RUN")};

        TrainingRequest request;
        request.projectFilePath = project;
        request.device = deviceOption(parser);
        if (options.threads > 0)
            request.threads = options.threads;
        if (resuming) {
            request.resumeRunId = runIdArgument(parser.value(QStringLiteral("resume")), QStringLiteral("--resume"));
        } else {
            const QString configPath = parser.value(QStringLiteral("config"));
            QFile file(configPath);
            if (!file.open(QIODevice::ReadOnly))
                throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(configPath, file.errorString()));
            request.configYaml = QString::fromUtf8(file.readAll());
            request.configSource = QFileInfo(configPath).fileName();
        }

        TrainingTask task(request);
        TerminalTrainingObserver observer(options);
        const TrainingResult result = task.run(&observer);
        observer.finish();

        const QJsonObject summary{{QStringLiteral("run"), task.runId()},
                                  {QStringLiteral("status"), runStatusName(result.status)},
                                  {QStringLiteral("message"), result.message},
                                  {QStringLiteral("epochs"), result.epochsCompleted},
                                  {QStringLiteral("bestEpoch"), result.bestEpoch >= 0 ? QJsonValue(result.bestEpoch + 1) : QJsonValue()},
                                  {QStringLiteral("monitor"), result.monitor},
                                  {QStringLiteral("bestMetric"), jsonMetric(result.bestMetric)},
                                  {QStringLiteral("testLoss"), jsonMetric(result.testLoss)},
                                  {QStringLiteral("testAccuracy"), jsonMetric(result.testAccuracy)},
                                  {QStringLiteral("testImages"), result.testImages},
                                  {QStringLiteral("seconds"), result.seconds}};
        if (options.json) {
            printLine(QJsonDocument(summary).toJson(QJsonDocument::Compact));
        } else {
            QString text = QStringLiteral("Run %1: %2").arg(task.runId()).arg(result.message);
            if (result.bestEpoch >= 0)
                text += QStringLiteral("\nBest %1: %2 at epoch %3").arg(result.monitor).arg(result.bestMetric, 0, 'f', 4).arg(result.bestEpoch + 1);
            if (result.testImages > 0)
                text += QStringLiteral("\nTest: accuracy %1, loss %2 on %3 images")
                            .arg(percent(result.testAccuracy), loss(result.testLoss))
                            .arg(result.testImages);
            if (isResumable(result.status))
                text += QStringLiteral("\nResume with: atelier-cli train %1 --resume %2").arg(project).arg(task.runId());
            printText(text);
        }
        switch (result.status) {
        case RunStatus::Canceled:
            return ExitCanceled;
        case RunStatus::Diverged:
        case RunStatus::Failed:
            return ExitFailure;
        default:
            return ExitSuccess;
        }
    }
};

QJsonObject runToJson(const RunRecord &run)
{
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("name"), run.name},
            {QStringLiteral("status"), runStatusName(run.status)},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("epochs"), run.epochCount},
            {QStringLiteral("bestMetricName"), run.bestMetricName},
            {QStringLiteral("bestMetric"), jsonMetric(run.bestMetric)},
            {QStringLiteral("bestEpoch"), run.bestEpoch >= 0 ? QJsonValue(run.bestEpoch + 1) : QJsonValue()},
            {QStringLiteral("testAccuracy"), jsonMetric(run.testAccuracy)},
            {QStringLiteral("splitVersion"), run.splitVersionId},
            {QStringLiteral("classMapping"), run.classMapping},
            {QStringLiteral("classes"), QJsonArray::fromStringList(run.classNames)},
            {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(run.createdMs).toString(Qt::ISODate)},
            {QStringLiteral("finished"), run.finishedMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(run.finishedMs).toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("checkpointDir"), run.checkpointDir}};
}

class RunsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override
    {
        return QStringLiteral("List a project's training runs and their best figures; with a run id, its epochs and config.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."));
        parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("A run id: show its epochs."), QStringLiteral("[run]"));
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QStringList args = positional(parser, 1, 2);
        const auto store = ProjectStore::open(args[0]);
        RunStore runs(*store);
        if (args.size() == 2) {
            const qint64 id = runIdArgument(args[1], QStringLiteral("runs PROJECT"));
            const auto run = runs.run(id);
            if (!run)
                throw Error::badInput(QStringLiteral("The project has no run %1").arg(id));
            QJsonArray epochs;
            QString text = QStringLiteral("Run %1 \"%2\": %3%4\n").arg(id).arg(run->name, runStatusName(run->status),
                                                                     run->message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(run->message));
            const int total = int(runs.epochs(id).size());
            for (const EpochMetrics &epoch : runs.epochs(id)) {
                epochs.append(epochToJson(epoch));
                text += epochToText(epoch, total) + QLatin1Char('\n');
            }
            text += QStringLiteral("\n") + run->configText;
            QJsonObject json = runToJson(*run);
            json.insert(QStringLiteral("epochFigures"), epochs);
            json.insert(QStringLiteral("config"), run->configText);
            printResult(options, json, text);
            return ExitSuccess;
        }
        QJsonArray list;
        QString text;
        if (runs.runs().isEmpty())
            text = QStringLiteral("No training runs yet: start one with 'atelier-cli train %1 --config run.yaml'").arg(args[0]);
        else
            text = QStringLiteral("%1  %2 %3 %4  %5  %6\n")
                       .arg(QStringLiteral("id"), 4)
                       .arg(QStringLiteral("name"), -28)
                       .arg(QStringLiteral("status"), -14)
                       .arg(QStringLiteral("epochs"), 6)
                       .arg(QStringLiteral("best"), -30)
                       .arg(QStringLiteral("test acc"));
        for (const RunRecord &run : runs.runs()) {
            list.append(runToJson(run));
            const QString best = std::isfinite(run.bestMetric)
                                     ? QStringLiteral("%1 %2 (ep %3)").arg(run.bestMetricName).arg(run.bestMetric, 0, 'f', 4).arg(run.bestEpoch + 1)
                                     : QStringLiteral("-");
            text += QStringLiteral("%1  %2 %3 %4  %5  %6\n")
                        .arg(run.id, 4)
                        .arg(run.name.left(28), -28)
                        .arg(runStatusName(run.status), -14)
                        .arg(run.epochCount, 6)
                        .arg(best, -30)
                        .arg(percent(run.testAccuracy));
        }
        printResult(options, {{QStringLiteral("runs"), list}}, text);
        return ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> trainingCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<TrainCommand>());
    commands.push_back(std::make_unique<RunsCommand>());
    return commands;
}

} // namespace Atelier
