#include "backbonecommands.h"

#include "backbone.h"
#include "backbonecatalog.h"
#include "error.h"
#include "imagedecoder.h"
#include "weightimport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Atelier {

namespace {

QJsonArray numbers(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

QJsonObject specToJson(const BackboneSpec &spec)
{
    QJsonArray head;
    for (const BackboneHeadLayer &layer : spec.head)
        head.append(QJsonObject{{QStringLiteral("name"), layer.name},
                                {QStringLiteral("units"), layer.units},
                                {QStringLiteral("activation"), layer.activation}});
    return {{QStringLiteral("name"), spec.name},
            {QStringLiteral("architecture"), spec.architecture},
            {QStringLiteral("widthMultiplier"), spec.widthMultiplier},
            {QStringLiteral("inputSize"), spec.preprocessing.inputSize},
            {QStringLiteral("mean"), numbers(spec.preprocessing.mean)},
            {QStringLiteral("std"), numbers(spec.preprocessing.std)},
            {QStringLiteral("alignCorners"), spec.preprocessing.alignCorners},
            {QStringLiteral("defaultLayer"), spec.defaultLayer},
            {QStringLiteral("head"), head},
            {QStringLiteral("classes"), QJsonArray::fromStringList(spec.classNames)},
            {QStringLiteral("source"), spec.source},
            {QStringLiteral("provenance"), spec.provenance}};
}

/// "0,1" or "-1,1".
std::pair<double, double> rangeOption(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool lowOk = false, highOk = false;
    const double low = parts.value(0).toDouble(&lowOk);
    const double high = parts.value(1).toDouble(&highOk);
    if (parts.size() != 2 || !lowOk || !highOk || !(high > low))
        throw UsageError{QStringLiteral("--input-range takes LOW,HIGH, e.g. 0,1 or -1,1")};
    return {low, high};
}

class BackbonesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backbones"); }
    QString summary() const override
    {
        return QStringLiteral("Pretrained backbones: list them; 'import FILE --name N' (torchvision .pth or Keras model.json); "
                              "'show NAME'; 'features NAME IMAGE...'.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default), import, show or features."),
                                     QStringLiteral("[action]"));
        parser.addPositionalArgument(QStringLiteral("arguments"),
                                     QStringLiteral("import: the weight file; show: a backbone; features: a backbone and images."),
                                     QStringLiteral("[arguments...]"));
        parser.addOption({QStringLiteral("name"), QStringLiteral("import: the new backbone's name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("input-range"),
                          QStringLiteral("import: the range the network takes pixels in: 0,1 or -1,1 (default: -1,1 for Keras, "
                                         "ImageNet's mean and std for torchvision)."),
                          QStringLiteral("LOW,HIGH")});
        parser.addOption({QStringLiteral("align-corners"), QStringLiteral("import: resize as TensorFlow's resizeBilinear(alignCorners=true).")});
        parser.addOption({QStringLiteral("input-size"), QStringLiteral("import: the input size in pixels (default: the model's, else 224)."),
                          QStringLiteral("PIXELS")});
        parser.addOption({QStringLiteral("default-layer"), QStringLiteral("import: the layer features are read from by default."),
                          QStringLiteral("LAYER")});
        parser.addOption({QStringLiteral("classes"), QStringLiteral("import: the head's class names, comma-separated."),
                          QStringLiteral("NAMES")});
        parser.addOption({QStringLiteral("replace"), QStringLiteral("import: replace a backbone of the same name.")});
        parser.addOption({QStringLiteral("layer"), QStringLiteral("features: the layer to read (default: the backbone's)."),
                          QStringLiteral("LAYER")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0, QStringLiteral("list"));
        if (action == QLatin1String("list")) {
            positional(parser, 0, 1);
            return list(options);
        }
        if (action == QLatin1String("import"))
            return importWeights(parser, options);
        if (action == QLatin1String("show")) {
            positional(parser, 2, 2);
            return show(args[1], options);
        }
        if (action == QLatin1String("features"))
            return features(parser, options);
        throw UsageError{QStringLiteral("unknown action '%1': use list, import, show or features").arg(action)};
    }

private:
    static int list(const GlobalOptions &options)
    {
        const QList<InstalledBackbone> backbones = BackboneCatalog::installed();
        QJsonArray array;
        QString text;
        if (backbones.isEmpty())
            text = QStringLiteral("No backbones installed in %1.\nInstall the starter backbone with packaging/fetch-backbone.sh, "
                                  "or import weights with 'atelier-cli backbones import FILE --name NAME'.")
                       .arg(BackboneCatalog::userDirectory());
        for (const InstalledBackbone &backbone : backbones) {
            QJsonObject json{{QStringLiteral("name"), backbone.name}, {QStringLiteral("path"), backbone.path}};
            if (!backbone.error.isEmpty()) {
                json.insert(QStringLiteral("error"), backbone.error);
                text += QStringLiteral("%1  (unusable: %2)\n").arg(backbone.name, backbone.error);
            } else {
                const BackboneSpec &spec = backbone.spec;
                json.insert(QStringLiteral("spec"), specToJson(spec));
                text += QStringLiteral("%1  %2 x%3, %4 px, default layer %5, from %6\n    %7\n")
                            .arg(backbone.name, spec.architecture)
                            .arg(spec.widthMultiplier)
                            .arg(spec.preprocessing.inputSize)
                            .arg(spec.defaultLayer, spec.source, backbone.path);
            }
            array.append(json);
        }
        printResult(options, {{QStringLiteral("backbones"), array}, {QStringLiteral("directory"), BackboneCatalog::userDirectory()}}, text);
        return ExitSuccess;
    }

    static int importWeights(const QCommandLineParser &parser, const GlobalOptions &options)
    {
        const QStringList args = positional(parser, 2, 2);
        WeightImportOptions importOptions;
        importOptions.name = parser.value(QStringLiteral("name"));
        if (importOptions.name.isEmpty())
            throw UsageError{QStringLiteral("give the backbone a name with --name")};
        if (parser.isSet(QStringLiteral("input-range")))
            importOptions.inputRange = rangeOption(parser.value(QStringLiteral("input-range")));
        if (parser.isSet(QStringLiteral("align-corners")))
            importOptions.alignCorners = true;
        if (parser.isSet(QStringLiteral("input-size")))
            importOptions.inputSize = intOption(parser, QStringLiteral("input-size"), 16, 2048);
        importOptions.defaultLayer = parser.value(QStringLiteral("default-layer"));
        if (parser.isSet(QStringLiteral("classes")))
            importOptions.classNames = parser.value(QStringLiteral("classes")).split(QLatin1Char(','));
        importOptions.provenance.insert(QStringLiteral("imported from"), QFileInfo(args[1]).absoluteFilePath());

        const QString destination = BackboneCatalog::userPath(importOptions.name);
        if (QFileInfo::exists(destination) && !parser.isSet(QStringLiteral("replace")))
            throw Error::badInput(QStringLiteral("A backbone called %1 exists (%2); add --replace to replace it").arg(importOptions.name, destination));
        const Backbone backbone = Backbone::fromWeights(WeightImport::fromFile(args[1], importOptions));
        backbone.save(destination);
        printResult(options, {{QStringLiteral("path"), destination}, {QStringLiteral("spec"), specToJson(backbone.spec())}},
                    QStringLiteral("Imported %1 as backbone %2 (%3, default layer %4, %5 features)\n%6")
                        .arg(QFileInfo(args[1]).fileName(), backbone.name(), backbone.spec().architecture, backbone.spec().defaultLayer)
                        .arg(backbone.featureSize(QString()))
                        .arg(destination));
        return ExitSuccess;
    }

    static int show(const QString &name, const GlobalOptions &options)
    {
        const Backbone backbone = Backbone::load(BackboneCatalog::path(name));
        const BackboneSpec &spec = backbone.spec();
        QJsonArray layers;
        QString text = QStringLiteral("%1: %2 (width %3), %4x%4 RGB input, (x * %5 - mean) / std with mean %6 and std %7, %8 resize\n")
                           .arg(spec.name, spec.architecture)
                           .arg(spec.widthMultiplier)
                           .arg(spec.preprocessing.inputSize)
                           .arg(spec.preprocessing.scale, 0, 'g', 6)
                           .arg(QString::fromUtf8(QJsonDocument(numbers(spec.preprocessing.mean)).toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(numbers(spec.preprocessing.std)).toJson(QJsonDocument::Compact)),
                                spec.preprocessing.alignCorners ? QStringLiteral("bilinear (aligned corners)") : QStringLiteral("bilinear"));
        for (auto it = spec.provenance.begin(); it != spec.provenance.end(); ++it)
            text += QStringLiteral("  %1: %2\n").arg(it.key(), it.value().toString());
        text += QStringLiteral("Layers (* default):\n");
        for (const QString &layer : backbone.layers()) {
            layers.append(QJsonObject{{QStringLiteral("name"), layer}, {QStringLiteral("size"), backbone.featureSize(layer)}});
            text += QStringLiteral("  %1 %2 %3\n").arg(layer == spec.defaultLayer ? QLatin1Char('*') : QLatin1Char(' ')).arg(layer, -30).arg(backbone.featureSize(layer));
        }
        QJsonObject json = specToJson(spec);
        json.insert(QStringLiteral("layers"), layers);
        printResult(options, json, text);
        return ExitSuccess;
    }

    static int features(const QCommandLineParser &parser, const GlobalOptions &options)
    {
        const QStringList args = positional(parser, 3);
        const Backbone backbone = Backbone::load(BackboneCatalog::path(args[1]));
        const QString layer = parser.value(QStringLiteral("layer"));
        QList<RgbImage> images;
        for (const QString &path : args.mid(2))
            images.append(ImageDecoder::decodeFile(path, ImageDecoder::Options()));
        const std::vector<std::vector<float>> rows = backbone.features(images, layer);
        QJsonArray array;
        QString text;
        for (qsizetype i = 0; i < images.size(); ++i) {
            QJsonArray values;
            QStringList numbersText;
            for (const float value : rows[size_t(i)]) {
                values.append(double(value));
                numbersText.append(QString::number(value, 'g', 7));
            }
            array.append(QJsonObject{{QStringLiteral("file"), args[i + 2]}, {QStringLiteral("features"), values}});
            text += args[i + 2] + QLatin1Char('\t') + numbersText.join(QLatin1Char(' ')) + QLatin1Char('\n');
        }
        printResult(options,
                    {{QStringLiteral("backbone"), backbone.name()},
                     {QStringLiteral("layer"), layer.isEmpty() ? backbone.spec().defaultLayer : layer},
                     {QStringLiteral("images"), array}},
                    text);
        return ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> backboneCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<BackbonesCommand>());
    return commands;
}

} // namespace Atelier
