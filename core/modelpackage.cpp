#include "modelpackage.h"

#include "error.h"
#include "evaluationstore.h"
#include "projectstore.h"
#include "runstore.h"
#include "trainer.h"
#include "trainingconfigyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace Atelier {

namespace {

// Bump when model.json changes shape; older Atelier versions then refuse it clearly.
constexpr int DescriptionFormat = 1;

QJsonArray numbers(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

QList<double> numbersFrom(const QJsonValue &value)
{
    QList<double> result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toDouble());
    return result;
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

ModelPackage packageFor(const TrainingConfig &config, const QStringList &classNames)
{
    ModelPackage package;
    package.model = config.model;
    package.classNames = classNames;
    package.evalCrop = config.data.evalCrop;
    package.mean = config.normalizeMean();
    package.std = config.normalizeStd();
    return package;
}

} // namespace

ModelPackage ModelPackage::forCheckpoint(const QString &dir, const TrainingConfig &config, const QStringList &classNames)
{
    ModelPackage package = packageFor(config, classNames);
    const QString best = QDir(dir).filePath(Trainer::bestFileName());
    const QString last = QDir(dir).filePath(Trainer::checkpointFileName());
    // The weights the run ended with, as its test figures were measured.
    if (config.callbacks.restoreBest && QFileInfo::exists(best))
        package.weightsFile = best;
    else if (QFileInfo::exists(last))
        package.weightsFile = last;
    else if (QFileInfo::exists(best))
        package.weightsFile = best;
    else
        throw Error::badInput(QStringLiteral("%1 holds no trained weights yet").arg(QDir::toNativeSeparators(dir)));
    return package;
}

ModelPackage ModelPackage::forRun(ProjectStore &store, qint64 runId)
{
    const auto run = RunStore(store).run(runId);
    if (!run)
        throw Error::badInput(QStringLiteral("The project has no run %1").arg(runId));
    const TrainingConfig config = TrainingConfigYaml::parse(run->configText, QStringLiteral("run %1").arg(runId));
    ModelPackage package;
    try {
        package = forCheckpoint(run->checkpointDir, config, run->classNames);
    } catch (const Error &) {
        throw Error::badInput(QStringLiteral("Run %1 has no trained weights yet (%2)").arg(runId).arg(runStatusName(run->status)));
    }
    package.runId = runId;
    package.runName = run->name;
    if (const auto calibration = EvaluationStore(store).calibration(runId))
        package.calibration = *calibration;
    const QString embeddings = QDir(run->checkpointDir).filePath(embeddingsFileName());
    if (QFileInfo::exists(embeddings))
        package.embeddingsFile = embeddings;
    return package;
}

ModelPackage ModelPackage::fromExport(const QString &dir)
{
    const QString descriptionPath = QDir(dir).filePath(descriptionFileName());
    QFile file(descriptionPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("%1 is not an exported model: %2 is missing").arg(dir, descriptionFileName()));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        throw Error::badInput(QStringLiteral("%1: %2").arg(descriptionPath, parseError.errorString()));
    if (json.value(QStringLiteral("format")).toInt() != DescriptionFormat)
        throw Error::badInput(QStringLiteral("%1 was written by another version of Atelier").arg(descriptionPath));

    ModelPackage package;
    const QString architecture = json.value(QStringLiteral("architecture")).toString();
    bool known = false;
    for (const ModelArchitecture candidate : {ModelArchitecture::SmallCnn, ModelArchitecture::ResNet18, ModelArchitecture::ResNet50,
                                              ModelArchitecture::MobileNetV2})
        if (architectureName(candidate) == architecture) {
            package.model.architecture = candidate;
            known = true;
        }
    if (!known)
        throw Error::badInput(QStringLiteral("%1: unknown architecture \"%2\"").arg(descriptionPath, architecture));
    package.model.inputSize = json.value(QStringLiteral("inputSize")).toInt();
    package.model.channels = json.value(QStringLiteral("channels")).toInt();
    package.model.width = json.value(QStringLiteral("width")).toInt(package.model.width);
    package.evalCrop = json.value(QStringLiteral("evalCrop")).toDouble(package.evalCrop);
    package.mean = numbersFrom(json.value(QStringLiteral("mean")));
    package.std = numbersFrom(json.value(QStringLiteral("std")));
    for (const QJsonValue &name : json.value(QStringLiteral("classes")).toArray())
        package.classNames.append(name.toString());
    if (package.model.inputSize < 8 || (package.model.channels != 1 && package.model.channels != 3) || package.classNames.size() < 2
        || package.mean.size() != package.model.channels || package.std.size() != package.model.channels || !(package.evalCrop > 0))
        throw Error::badInput(QStringLiteral("%1 is incomplete or damaged").arg(descriptionPath));

    const QJsonObject calibration = json.value(QStringLiteral("calibration")).toObject();
    package.calibration.temperature = calibration.value(QStringLiteral("temperature")).toDouble(1.0);
    package.calibration.unsureThreshold = calibration.value(QStringLiteral("unsureThreshold")).toDouble(TemperatureScaling::MinimumThreshold);
    package.calibration.images = calibration.value(QStringLiteral("images")).toInt();
    if (!(package.calibration.temperature > 0))
        throw Error::badInput(QStringLiteral("%1: the temperature must be above 0").arg(descriptionPath));
    package.runId = json.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toInteger();
    package.runName = json.value(QStringLiteral("run")).toObject().value(QStringLiteral("name")).toString();
    package.weightsFile = QDir(dir).filePath(json.value(QStringLiteral("weights")).toString(weightsFileName()));
    if (!QFileInfo::exists(package.weightsFile))
        throw Error::badInput(QStringLiteral("%1 is missing from the exported model").arg(package.weightsFile));
    return package;
}

void ModelPackage::writeDescription(const QString &dir, const QJsonObject &metrics) const
{
    const QJsonObject description{
        {QStringLiteral("format"), DescriptionFormat},
        {QStringLiteral("architecture"), architectureName(model.architecture)},
        {QStringLiteral("inputSize"), model.inputSize},
        {QStringLiteral("channels"), model.channels},
        {QStringLiteral("width"), model.width},
        {QStringLiteral("evalCrop"), evalCrop},
        {QStringLiteral("mean"), numbers(mean)},
        {QStringLiteral("std"), numbers(std)},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
        {QStringLiteral("weights"), weightsFileName()},
        {QStringLiteral("calibration"), QJsonObject{{QStringLiteral("temperature"), calibration.temperature},
                                                    {QStringLiteral("unsureThreshold"), calibration.unsureThreshold},
                                                    {QStringLiteral("images"), calibration.images}}},
        {QStringLiteral("run"), QJsonObject{{QStringLiteral("id"), runId}, {QStringLiteral("name"), runName}}},
    };
    writeText(QDir(dir).filePath(descriptionFileName()), QJsonDocument(description).toJson(QJsonDocument::Indented));
    writeText(QDir(dir).filePath(QStringLiteral("classes.txt")), (classNames.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    writeText(QDir(dir).filePath(QStringLiteral("metrics.json")), QJsonDocument(metrics).toJson(QJsonDocument::Indented));
}

} // namespace Atelier
