#include "evaluationcommands.h"

#include "crossvalidation.h"
#include "curationtypes.h"
#include "error.h"
#include "evaluationstore.h"
#include "evaluationtask.h"
#include "importtask.h"
#include "labelerrorqueue.h"
#include "modelpackage.h"
#include "predictor.h"
#include "projectstore.h"
#include "runstore.h"
#include "terminalprogress.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace Atelier {

namespace {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString percent(double value)
{
    return std::isfinite(value) ? QStringLiteral("%1%").arg(value * 100, 0, 'f', 1) : QStringLiteral("-");
}

QString fixed(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

void warn(const GlobalOptions &options, const QString &text)
{
    if (!options.quiet)
        fprintf(stderr, "%s\n", qPrintable(text));
}

qint64 runOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("run")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{QStringLiteral("--run takes a run id (see 'atelier-cli runs PROJECT')")};
    return id;
}

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

PredictorOptions predictorOptionsFrom(const QCommandLineParser &parser, const GlobalOptions &options)
{
    PredictorOptions predictor;
    predictor.threads = options.threads;
    predictor.device = deviceOption(parser).value_or(TrainingDevice::Cpu);
    return predictor;
}

/// The project: --project FILE, or the first argument when it is a project file (taken out of args).
QString takeProject(const QCommandLineParser &parser, QStringList &args)
{
    if (parser.isSet(QStringLiteral("project")))
        return parser.value(QStringLiteral("project"));
    if (!args.isEmpty() && args.first().endsWith(QStringLiteral(".") + QLatin1String(ProjectStore::fileSuffix), Qt::CaseInsensitive))
        return args.takeFirst();
    return QString();
}

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("run"), QStringLiteral("The training run (see 'atelier-cli runs PROJECT')."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("cpu (default), cuda or auto."), QStringLiteral("DEVICE")});
}

QJsonObject calibrationToJson(const Calibration &calibration)
{
    return {{QStringLiteral("temperature"), jsonNumber(calibration.temperature)},
            {QStringLiteral("unsureThreshold"), jsonNumber(calibration.unsureThreshold)},
            {QStringLiteral("images"), calibration.images},
            {QStringLiteral("nllBefore"), jsonNumber(calibration.nllBefore)},
            {QStringLiteral("nllAfter"), jsonNumber(calibration.nllAfter)},
            {QStringLiteral("eceBefore"), jsonNumber(calibration.eceBefore)},
            {QStringLiteral("eceAfter"), jsonNumber(calibration.eceAfter)}};
}

QString calibrationToText(const Calibration &calibration)
{
    if (!calibration.isFitted())
        return QStringLiteral("Calibration: none (no validation images); unsure below %1\n").arg(fixed(calibration.unsureThreshold, 2));
    return QStringLiteral("Calibration on %1 validation images: temperature %2 (NLL %3 -> %4, ECE %5 -> %6); unsure below %7\n")
        .arg(calibration.images)
        .arg(fixed(calibration.temperature, 3), fixed(calibration.nllBefore, 4), fixed(calibration.nllAfter, 4),
             fixed(calibration.eceBefore, 4), fixed(calibration.eceAfter, 4), fixed(calibration.unsureThreshold, 3));
}

/// Figures, per-class table and confusion matrix, as a person reads them.
QString metricsToText(const QString &title, const ClassificationMetrics &metrics)
{
    QString text = QStringLiteral("%1: %2 images  accuracy %3  balanced accuracy %4  macro F1 %5  top-3 %6  log loss %7\n\n")
                       .arg(title)
                       .arg(metrics.imageCount)
                       .arg(percent(metrics.accuracy), percent(metrics.balancedAccuracy), fixed(metrics.macroF1),
                            percent(metrics.top3Accuracy), fixed(metrics.logLoss, 4));
    int nameWidth = 5;
    for (const QString &name : metrics.classNames)
        nameWidth = std::max(nameWidth, int(name.size()));
    nameWidth = std::min(nameWidth, 32);
    text += QStringLiteral("%1  %2 %3 %4 %5\n")
                .arg(QStringLiteral("class"), -nameWidth)
                .arg(QStringLiteral("precision"), 9)
                .arg(QStringLiteral("recall"), 8)
                .arg(QStringLiteral("F1"), 7)
                .arg(QStringLiteral("support"), 8);
    for (int c = 0; c < metrics.classCount(); ++c) {
        const ClassMetrics &m = metrics.perClass[c];
        text += QStringLiteral("%1  %2 %3 %4 %5\n")
                    .arg(metrics.classNames[c].left(nameWidth), -nameWidth)
                    .arg(fixed(m.precision), 9)
                    .arg(fixed(m.recall), 8)
                    .arg(fixed(m.f1), 7)
                    .arg(m.support, 8);
    }
    const int cell = 9;
    text += QStringLiteral("\nConfusion matrix (rows: true class, columns: predicted)\n%1 ").arg(QString(), -nameWidth);
    for (const QString &name : metrics.classNames)
        text += QStringLiteral(" %1").arg(name.left(cell - 1), cell - 1);
    text += QLatin1Char('\n');
    for (int row = 0; row < metrics.classCount(); ++row) {
        text += QStringLiteral("%1 ").arg(metrics.classNames[row].left(nameWidth), -nameWidth);
        for (int column = 0; column < metrics.classCount(); ++column)
            text += QStringLiteral(" %1").arg(metrics.count(row, column), cell - 1);
        text += QLatin1Char('\n');
    }
    return text;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Evaluates a run's validation and test images when nothing is stored yet (or when asked).
void evaluateRun(const QString &project, qint64 runId, const PredictorOptions &predictor, bool embeddings, const GlobalOptions &options)
{
    EvaluationRequest request;
    request.projectFilePath = project;
    request.runId = runId;
    request.embeddings = embeddings;
    request.predictor = predictor;
    TerminalProgress progress(!options.quiet);
    const EvaluationResult result = EvaluationTask(request).run(&progress);
    progress.finish();
    if (result.canceled)
        throw Error::failure(QStringLiteral("Evaluation canceled; nothing was stored"));
    for (const QString &problem : result.problems)
        warn(options, QStringLiteral("Not evaluated: %1").arg(problem));
}

bool hasHeldOutEvaluation(ProjectStore &store, qint64 runId)
{
    EvaluationStore evaluations(store);
    return evaluations.evaluation(runId, EvaluationSource::Validation) || evaluations.evaluation(runId, EvaluationSource::Test);
}

// ---------------------------------------------------------------------------------------------- predict

class PredictCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("predict"); }
    QString summary() const override
    {
        return QStringLiteral("Print the most probable classes of images or folders of images, with a project's run "
                              "(--run) or an exported model (--model).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Images and folders (searched recursively); "
                                                                              "the project file may come first."),
                                     QStringLiteral("[project] path..."));
        addRunOptions(parser);
        parser.addOption({QStringLiteral("model"), QStringLiteral("A folder written by 'atelier-cli export-model'."), QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("top"), QStringLiteral("Classes per image (default 3)."), QStringLiteral("K")});
        parser.addOption({QStringLiteral("neighbours"), QStringLiteral("Also list the N most similar images of the project (--run)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV: path, class and probability per rank, unsure.")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QStringList args = positional(parser, 0);
        const QString project = takeProject(parser, args);
        const bool fromRun = parser.isSet(QStringLiteral("run"));
        if (fromRun == parser.isSet(QStringLiteral("model")))
            throw UsageError{QStringLiteral("give either --run ID (with the project) or --model DIR")};
        if (fromRun && project.isEmpty())
            throw UsageError{QStringLiteral("--run needs the project, e.g. 'atelier-cli predict posters.atelier --run 3 photo.jpg'")};
        if (args.isEmpty())
            throw UsageError{QStringLiteral("give the images or folders to predict")};
        const int topK = parser.isSet(QStringLiteral("top")) ? intOption(parser, QStringLiteral("top"), 1, 1000) : 3;
        const int neighbours = parser.isSet(QStringLiteral("neighbours")) ? intOption(parser, QStringLiteral("neighbours"), 1, 1000) : 0;
        if (neighbours > 0 && !fromRun)
            throw UsageError{QStringLiteral("--neighbours needs --run: an exported model knows no project images")};
        const bool csv = parser.isSet(QStringLiteral("csv"));
        if (csv && options.json)
            throw UsageError{QStringLiteral("give --csv or --json, not both")};

        const PredictorOptions predictorOptions = predictorOptionsFrom(parser, options);
        const std::unique_ptr<Predictor> predictor = fromRun ? Predictor::forRun(project, runOption(parser), predictorOptions)
                                                             : Predictor::fromExport(parser.value(QStringLiteral("model")), predictorOptions);
        if (neighbours > 0 && !predictor->hasNeighbourIndex())
            warn(options, QStringLiteral("Run %1 has no image embeddings yet: run 'atelier-cli evaluate' first to list neighbours")
                              .arg(predictor->package().runId));

        ImportParams listing;
        listing.inputs = args;
        listing.folderNamesAsLabels = false;
        QList<ImportProblem> problems;
        const QList<ImportEntry> entries = ImportTask::collectEntries(listing, project, &problems);

        // Images of the project are predicted as training saw them: through their content rectangle.
        std::unique_ptr<ProjectStore> store = project.isEmpty() ? nullptr : ProjectStore::open(project);
        QList<TrainingSample> samples;
        for (const ImportEntry &entry : entries) {
            TrainingSample sample;
            sample.filePath = entry.filePath;
            if (store) {
                if (const auto image = store->imageByPath(store->storedPath(entry.filePath))) {
                    sample.imageId = image->id;
                    const auto rect = store->contentRect(image->id);
                    if (rect && cropApplies(rect->status))
                        sample.crop = rect->rect;
                }
            }
            samples.append(sample);
        }

        TerminalProgress progress(!options.quiet && samples.size() > 1);
        progress.phase(QStringLiteral("Predicting"), samples.size());
        const PredictionOutputs outputs = predictor->run(samples, neighbours > 0, &progress);
        progress.finish();
        if (outputs.canceled)
            return ExitCanceled;
        for (int k = 0; k < outputs.failed.size(); ++k)
            problems.append({samples[outputs.failed[k]].filePath, outputs.failures[k]});

        const auto pathOf = [&](qint64 imageId) {
            const auto image = store ? store->image(imageId) : std::nullopt;
            return image ? store->absolutePath(image->path) : QString();
        };
        QJsonArray predictions;
        QString text;
        if (csv) {
            QStringList header{QStringLiteral("path")};
            for (int rank = 1; rank <= std::min(topK, int(predictor->classNames().size())); ++rank)
                header << QStringLiteral("class_%1").arg(rank) << QStringLiteral("probability_%1").arg(rank);
            text = header.join(QLatin1Char(',')) + QStringLiteral(",unsure\n");
        }
        int predicted = 0;
        for (int i = 0; i < samples.size(); ++i) {
            if (outputs.hasFailed(i))
                continue;
            ++predicted;
            const Prediction prediction = predictor->answer(outputs.probabilities.row(i), outputs.embeddingSize > 0 ? outputs.embedding(i) : nullptr,
                                                            topK, neighbours, samples[i].imageId);
            const QString &path = samples[i].filePath;
            QJsonArray top;
            QStringList fields{csvField(path)};
            QString line = path;
            for (const ClassScore &score : prediction.top) {
                top.append(QJsonObject{{QStringLiteral("class"), score.name}, {QStringLiteral("probability"), score.probability}});
                fields << csvField(score.name) << QString::number(score.probability, 'f', 4);
                line += QStringLiteral("  %1 %2").arg(score.name, QString::number(score.probability, 'f', 3));
            }
            if (prediction.unsure)
                line += QStringLiteral("  (unsure)");
            QJsonArray similar;
            for (const Neighbour &neighbour : prediction.neighbours) {
                similar.append(QJsonObject{{QStringLiteral("imageId"), neighbour.imageId},
                                           {QStringLiteral("path"), pathOf(neighbour.imageId)},
                                           {QStringLiteral("similarity"), neighbour.similarity}});
                line += QStringLiteral("\n    like %1 (%2)").arg(pathOf(neighbour.imageId), QString::number(neighbour.similarity, 'f', 3));
            }
            QJsonObject entry{{QStringLiteral("path"), path}, {QStringLiteral("top"), top}, {QStringLiteral("unsure"), prediction.unsure}};
            if (neighbours > 0)
                entry.insert(QStringLiteral("neighbours"), similar);
            predictions.append(entry);
            text += (csv ? fields.join(QLatin1Char(',')) + QLatin1Char(',') + (prediction.unsure ? QStringLiteral("1") : QStringLiteral("0"))
                         : line)
                    + QLatin1Char('\n');
        }

        QJsonArray problemList;
        for (const ImportProblem &problem : std::as_const(problems)) {
            problemList.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("reason"), problem.reason}});
            warn(options, QStringLiteral("Not predicted: %1").arg(problem.reason.startsWith(problem.path) ? problem.reason
                                                                                                     : problem.path + QStringLiteral(": ") + problem.reason));
        }
        const ModelPackage &package = predictor->package();
        const QJsonObject json{{QStringLiteral("model"),
                                QJsonObject{{QStringLiteral("architecture"), architectureName(package.model.architecture)},
                                            {QStringLiteral("classes"), QJsonArray::fromStringList(package.classNames)},
                                            {QStringLiteral("run"), package.runId},
                                            {QStringLiteral("temperature"), package.calibration.temperature},
                                            {QStringLiteral("unsureThreshold"), package.calibration.unsureThreshold}}},
                               {QStringLiteral("predictions"), predictions},
                               {QStringLiteral("problems"), problemList}};
        printResult(options, json, text);
        return predicted == 0 && !problems.isEmpty() ? ExitBadInput : ExitSuccess;
    }
};

// ---------------------------------------------------------------------------------------------- evaluate

class EvaluateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString summary() const override
    {
        return QStringLiteral("Print a run's figures and confusion matrix on its validation and test images (evaluating it "
                              "when needed), or on a folder of labelled images (--folder).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier), or use --project."),
                                     QStringLiteral("[project]"));
        addRunOptions(parser);
        parser.addOption({QStringLiteral("split"), QStringLiteral("validation, test, cross-validation or all (default)."),
                          QStringLiteral("SPLIT")});
        parser.addOption({QStringLiteral("folder"), QStringLiteral("Evaluate a folder with a subfolder per class instead "
                                                                   "(e.g. phone photos); nothing is stored."),
                          QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("recompute"), QStringLiteral("Evaluate again even if figures are stored.")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QStringList args = positional(parser, 0, 1);
        const QString project = takeProject(parser, args);
        if (project.isEmpty() || !args.isEmpty())
            throw UsageError{QStringLiteral("give the project, e.g. 'atelier-cli evaluate posters.atelier --run 3'")};
        if (!parser.isSet(QStringLiteral("run")))
            throw UsageError{QStringLiteral("give the run with --run ID")};
        const qint64 runId = runOption(parser);
        const PredictorOptions predictorOptions = predictorOptionsFrom(parser, options);

        if (parser.isSet(QStringLiteral("folder"))) {
            const QString folder = parser.value(QStringLiteral("folder"));
            const std::unique_ptr<Predictor> predictor = Predictor::forRun(project, runId, predictorOptions);
            TerminalProgress progress(!options.quiet);
            const FolderEvaluation evaluation = EvaluationTask::evaluateFolder(*predictor, folder, &progress);
            progress.finish();
            if (evaluation.canceled)
                return ExitCanceled;
            for (const QString &skipped : evaluation.skipped)
                warn(options, QStringLiteral("Left out: %1 (no class of run %2)").arg(skipped).arg(runId));
            for (const QString &problem : evaluation.problems)
                warn(options, QStringLiteral("Not evaluated: %1").arg(problem));
            QJsonObject json = evaluation.metrics.toJson();
            json.insert(QStringLiteral("run"), runId);
            json.insert(QStringLiteral("folder"), QFileInfo(folder).absoluteFilePath());
            json.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(evaluation.skipped));
            json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(evaluation.problems));
            printResult(options, json, metricsToText(QDir(folder).dirName(), evaluation.metrics));
            return ExitSuccess;
        }

        QList<EvaluationSource> wanted{EvaluationSource::Validation, EvaluationSource::Test, EvaluationSource::CrossValidation};
        if (parser.isSet(QStringLiteral("split")) && parser.value(QStringLiteral("split")) != QLatin1String("all")) {
            EvaluationSource source;
            if (!evaluationSourceFromName(parser.value(QStringLiteral("split")), &source))
                throw UsageError{QStringLiteral("--split takes validation, test, cross-validation or all")};
            wanted = {source};
        }
        bool evaluated = false;
        {
            const auto store = ProjectStore::open(project);
            if (!RunStore(*store).run(runId))
                throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
            evaluated = parser.isSet(QStringLiteral("recompute")) || !hasHeldOutEvaluation(*store, runId);
        }
        if (evaluated)
            evaluateRun(project, runId, predictorOptions, true, options);

        const auto store = ProjectStore::open(project);
        const auto run = RunStore(*store).run(runId);
        EvaluationStore evaluations(*store);
        QJsonArray list;
        QString text = QStringLiteral("Run %1 \"%2\"\n\n").arg(runId).arg(run->name);
        for (const StoredEvaluation &stored : evaluations.evaluations(runId)) {
            if (!wanted.contains(stored.source))
                continue;
            QJsonObject entry = stored.metrics.toJson();
            entry.insert(QStringLiteral("split"), evaluationSourceName(stored.source));
            list.append(entry);
            QString title = evaluationSourceName(stored.source);
            title[0] = title[0].toUpper();
            text += metricsToText(title, stored.metrics) + QLatin1Char('\n');
        }
        if (list.isEmpty())
            throw Error::badInput(QStringLiteral("Run %1 has no %2 images to evaluate")
                                      .arg(runId)
                                      .arg(wanted.size() == 1 ? evaluationSourceName(wanted.first()) : QStringLiteral("validation or test")));
        const Calibration calibration = evaluations.calibration(runId).value_or(Calibration());
        text += calibrationToText(calibration);
        printResult(options, {{QStringLiteral("run"), runId},
                              {QStringLiteral("name"), run->name},
                              {QStringLiteral("evaluated"), evaluated},
                              {QStringLiteral("evaluations"), list},
                              {QStringLiteral("calibration"), calibrationToJson(calibration)}},
                    text);
        return ExitSuccess;
    }
};

// ---------------------------------------------------------------------------------------------- export-model

class ExportModelCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export-model"); }
    QString summary() const override
    {
        return QStringLiteral("Write a run's model to a folder (LibTorch weights, classes, preprocessing, calibration and "
                              "metrics) that 'atelier-cli predict --model DIR' uses without the project.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier), or use --project."),
                                     QStringLiteral("[project]"));
        parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The folder to write (created when missing)."));
        addRunOptions(parser);
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QStringList args = positional(parser, 1, 2);
        const QString project = takeProject(parser, args);
        if (project.isEmpty() || args.size() != 1)
            throw UsageError{QStringLiteral("give the project and the folder, e.g. 'atelier-cli export-model posters.atelier --run 3 model/'")};
        if (!parser.isSet(QStringLiteral("run")))
            throw UsageError{QStringLiteral("give the run with --run ID")};
        const qint64 runId = runOption(parser);
        const QString dir = QFileInfo(args.first()).absoluteFilePath();
        const PredictorOptions predictorOptions = predictorOptionsFrom(parser, options);
        {
            const auto store = ProjectStore::open(project);
            if (!RunStore(*store).run(runId))
                throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
            if (!hasHeldOutEvaluation(*store, runId)) {
                warn(options, QStringLiteral("Run %1 was not evaluated yet: evaluating it for the metrics").arg(runId));
                evaluateRun(project, runId, predictorOptions, false, options);
            }
        }
        const auto store = ProjectStore::open(project);
        const ModelPackage package = ModelPackage::forRun(*store, runId);
        QJsonObject metrics{{QStringLiteral("run"), QJsonObject{{QStringLiteral("id"), runId}, {QStringLiteral("name"), package.runName}}},
                            {QStringLiteral("calibration"), calibrationToJson(package.calibration)}};
        for (const StoredEvaluation &stored : EvaluationStore(*store).evaluations(runId))
            metrics.insert(evaluationSourceName(stored.source), stored.metrics.toJson());
        Predictor(package, predictorOptions).exportTo(dir, metrics);

        QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        printResult(options,
                    {{QStringLiteral("dir"), dir},
                     {QStringLiteral("run"), runId},
                     {QStringLiteral("architecture"), architectureName(package.model.architecture)},
                     {QStringLiteral("classes"), QJsonArray::fromStringList(package.classNames)},
                     {QStringLiteral("files"), QJsonArray::fromStringList(files)}},
                    QStringLiteral("Run %1 (%2, %3 classes) exported to %4: %5\nUse it with: atelier-cli predict --model %4 IMAGES")
                        .arg(runId)
                        .arg(architectureName(package.model.architecture))
                        .arg(package.classNames.size())
                        .arg(dir, files.join(QStringLiteral(", "))));
        return ExitSuccess;
    }
};

// ---------------------------------------------------------------------------------------------- label-errors

class LabelErrorsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("label-errors"); }
    QString summary() const override
    {
        return QStringLiteral("List images whose label a run's out-of-sample predictions confidently contradict, and "
                              "duplicates with different labels; --cross-validate K predicts every image first.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier), or use --project."),
                                     QStringLiteral("[project]"));
        addRunOptions(parser);
        parser.addOption({QStringLiteral("cross-validate"), QStringLiteral("Train K short runs so every labelled image gets an "
                                                                           "out-of-sample prediction."),
                          QStringLiteral("K")});
        parser.addOption({QStringLiteral("epochs"), QStringLiteral("Epochs per cross-validation run (default: the run's)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("limit"), QStringLiteral("Print at most N images (default 50; 0: all)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("no-duplicates"), QStringLiteral("Leave out duplicate groups with conflicting labels.")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QStringList args = positional(parser, 0, 1);
        const QString project = takeProject(parser, args);
        if (project.isEmpty() || !args.isEmpty())
            throw UsageError{QStringLiteral("give the project, e.g. 'atelier-cli label-errors posters.atelier --run 3'")};
        if (!parser.isSet(QStringLiteral("run")))
            throw UsageError{QStringLiteral("give the run with --run ID")};
        const qint64 runId = runOption(parser);
        const int limit = parser.isSet(QStringLiteral("limit")) ? intOption(parser, QStringLiteral("limit"), 0, 1000000) : 50;
        const PredictorOptions predictorOptions = predictorOptionsFrom(parser, options);

        if (parser.isSet(QStringLiteral("cross-validate"))) {
            CrossValidationRequest request;
            request.projectFilePath = project;
            request.runId = runId;
            request.folds = intOption(parser, QStringLiteral("cross-validate"), 2, 100);
            request.epochs = parser.isSet(QStringLiteral("epochs")) ? intOption(parser, QStringLiteral("epochs"), 1, 100000) : 0;
            if (options.threads > 0)
                request.threads = options.threads;
            request.device = deviceOption(parser);
            TerminalProgress progress(!options.quiet);
            const CrossValidationResult result = CrossValidationTask(request).run(&progress);
            progress.finish();
            if (result.canceled)
                return ExitCanceled;
            for (const QString &problem : result.problems)
                warn(options, QStringLiteral("Not predicted: %1").arg(problem));
            warn(options, QStringLiteral("Cross-validation, %1 folds: %2 images, accuracy %3, balanced %4 (%5 s)")
                              .arg(result.folds)
                              .arg(result.predictions.size())
                              .arg(percent(result.metrics.accuracy), percent(result.metrics.balancedAccuracy))
                              .arg(result.seconds, 0, 'f', 1));
        } else if (parser.isSet(QStringLiteral("epochs"))) {
            throw UsageError{QStringLiteral("--epochs goes with --cross-validate")};
        } else {
            const auto store = ProjectStore::open(project);
            if (!RunStore(*store).run(runId))
                throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
            if (!hasHeldOutEvaluation(*store, runId) && !EvaluationStore(*store).evaluation(runId, EvaluationSource::CrossValidation)) {
                warn(options, QStringLiteral("Run %1 was not evaluated yet: evaluating it").arg(runId));
                evaluateRun(project, runId, predictorOptions, false, options);
            }
        }

        const auto store = ProjectStore::open(project);
        const LabelErrorReport report = LabelErrorQueue::build(*store, runId, !parser.isSet(QStringLiteral("no-duplicates")));
        const auto className = [&](int label) { return label >= 0 ? report.classNames.value(label) : QStringLiteral("-"); };
        QStringList sources;
        for (const EvaluationSource source : report.sources)
            sources.append(evaluationSourceName(source));
        QJsonArray issues;
        QString text = QStringLiteral("%1 of %2 images look mislabelled (predictions: %3; %4 conflicting duplicate groups)\n")
                           .arg(report.issues.size())
                           .arg(report.imagesChecked)
                           .arg(sources.join(QStringLiteral(" + ")))
                           .arg(report.conflictingGroups);
        const int shown = limit == 0 ? int(report.issues.size()) : std::min(limit, int(report.issues.size()));
        for (int i = 0; i < shown; ++i) {
            const LabelIssue &issue = report.issues[i];
            const auto image = store->image(issue.imageId);
            const QString path = image ? store->absolutePath(image->path) : QString();
            QJsonArray duplicates;
            for (const qint64 id : issue.duplicates)
                duplicates.append(id);
            issues.append(QJsonObject{{QStringLiteral("imageId"), issue.imageId},
                                      {QStringLiteral("path"), path},
                                      {QStringLiteral("given"), className(issue.givenLabel)},
                                      {QStringLiteral("suggested"), className(issue.suggestedLabel)},
                                      {QStringLiteral("givenProbability"), issue.givenProbability},
                                      {QStringLiteral("suggestedProbability"), issue.suggestedProbability},
                                      {QStringLiteral("margin"), issue.margin},
                                      {QStringLiteral("disagreesWithPrediction"), issue.disagreesWithPrediction},
                                      {QStringLiteral("conflictingDuplicate"), issue.conflictingDuplicate},
                                      {QStringLiteral("duplicates"), duplicates}});
            text += QStringLiteral("%1. %2  labelled %3, looks like %4 (%5 vs %6)%7\n")
                        .arg(i + 1)
                        .arg(path, className(issue.givenLabel), className(issue.suggestedLabel), fixed(issue.suggestedProbability),
                             fixed(issue.givenProbability),
                             issue.conflictingDuplicate ? QStringLiteral("  [duplicate labelled differently]") : QString());
        }
        if (shown < report.issues.size())
            text += QStringLiteral("... and %1 more (--limit 0 lists all)\n").arg(report.issues.size() - shown);
        printResult(options,
                    {{QStringLiteral("run"), runId},
                     {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                     {QStringLiteral("imagesChecked"), report.imagesChecked},
                     {QStringLiteral("conflictingGroups"), report.conflictingGroups},
                     {QStringLiteral("total"), int(report.issues.size())},
                     {QStringLiteral("issues"), issues}},
                    text);
        return ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> evaluationCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<PredictCommand>());
    commands.push_back(std::make_unique<EvaluateCommand>());
    commands.push_back(std::make_unique<ExportModelCommand>());
    commands.push_back(std::make_unique<LabelErrorsCommand>());
    return commands;
}

} // namespace Atelier
