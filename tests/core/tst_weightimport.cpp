// Weight importers: Keras (TensorFlow.js layers) and torchvision files against the outputs their own
// frameworks compute, and malformed or mismatched files refused with a clear reason.
//
// Fixtures: tests/fixtures/weightimport (see make_fixtures.js there, and make_torchvision_fixtures.py,
// which this test runs when Debian's python3-torchvision is installed).

#include "backbone.h"
#include "error.h"
#include "modelzoo_p.h"
#include "testimages.h"
#include "weightimport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <functional>

using namespace Atelier;

namespace {

const QString FixtureDir = QStringLiteral(ATELIER_WEIGHTIMPORT_FIXTURES);
const QString SourceDir = QStringLiteral(ATELIER_SOURCE_DIR);

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The largest difference between rows and a reference [[...], [...]], relative to the
/// reference's largest magnitude when that exceeds 1.
double maxDifference(const std::vector<std::vector<float>> &rows, const QJsonArray &reference)
{
    double scale = 1.0;
    for (const QJsonValue &row : reference)
        for (const QJsonValue &value : row.toArray())
            scale = std::max(scale, std::abs(value.toDouble()));
    double worst = rows.size() == size_t(reference.size()) ? 0.0 : INFINITY;
    for (size_t r = 0; r < rows.size() && r < size_t(reference.size()); ++r) {
        const QJsonArray expected = reference[qsizetype(r)].toArray();
        if (rows[r].size() != size_t(expected.size()))
            return INFINITY;
        for (size_t i = 0; i < rows[r].size(); ++i)
            worst = std::max(worst, std::abs(double(rows[r][i]) - expected[qsizetype(i)].toDouble()) / scale);
    }
    return worst;
}

/// Copies a Keras fixture into `dir` so that a test can damage it.
QString copyFixture(const QString &name, const QTemporaryDir &dir)
{
    for (const QString &file : {QStringLiteral("model.json"), QStringLiteral("group1-shard1of1.bin")})
        QFile::copy(FixtureDir + QLatin1Char('/') + name + QLatin1Char('/') + file, dir.filePath(file));
    return dir.filePath(QStringLiteral("model.json"));
}

/// Where a weight's bytes start in a one-shard fixture.
qint64 shardOffset(const QJsonObject &model, const QString &weight)
{
    qint64 offset = 0;
    for (const QJsonValue &value : model[QStringLiteral("weightsManifest")].toArray()[0].toObject()[QStringLiteral("weights")].toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry[QStringLiteral("name")].toString() == weight)
            return offset;
        qint64 count = 1;
        for (const QJsonValue &dim : entry[QStringLiteral("shape")].toArray())
            count *= dim.toInt();
        const QString stored = entry[QStringLiteral("quantization")].toObject()[QStringLiteral("dtype")].toString(entry[QStringLiteral("dtype")].toString());
        offset += count * (stored == QLatin1String("uint8") ? 1 : stored == QLatin1String("float32") ? 4 : 2);
    }
    return -1;
}

/// Applies `change` to the layer called `name` of the keras-mobilenet fixture's topology.
void editLayer(QJsonObject &model, const QString &name, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject topology = model[QStringLiteral("modelTopology")].toObject();
    QJsonObject modelConfig = topology[QStringLiteral("model_config")].toObject();
    QJsonObject config = modelConfig[QStringLiteral("config")].toObject();
    QJsonArray layers = config[QStringLiteral("layers")].toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        QJsonObject layer = layers[i].toObject();
        if (layer[QStringLiteral("name")].toString() == name) {
            change(layer);
            layers[i] = layer;
        }
    }
    config[QStringLiteral("layers")] = layers;
    modelConfig[QStringLiteral("config")] = config;
    topology[QStringLiteral("model_config")] = modelConfig;
    model[QStringLiteral("modelTopology")] = topology;
}

void editWeight(QJsonObject &model, const QString &name, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray manifest = model[QStringLiteral("weightsManifest")].toArray();
    QJsonObject group = manifest[0].toObject();
    QJsonArray weights = group[QStringLiteral("weights")].toArray();
    for (qsizetype i = 0; i < weights.size(); ++i) {
        QJsonObject weight = weights[i].toObject();
        if (weight[QStringLiteral("name")].toString() == name) {
            change(weight);
            weights[i] = weight;
        }
    }
    group[QStringLiteral("weights")] = weights;
    manifest[0] = group;
    model[QStringLiteral("weightsManifest")] = manifest;
}

// ------------------------------------------------------------------------------------------------ zip files

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

/// A zip archive with stored entries, as torch.save writes them; `method` 8 claims deflate.
QByteArray storedZip(const QList<std::pair<QString, QByteArray>> &entries, int method = 0)
{
    QByteArray zip, directory;
    const auto u16 = [](QByteArray &out, quint16 v) { char b[2]; qToLittleEndian(v, b); out.append(b, 2); };
    const auto u32 = [](QByteArray &out, quint32 v) { char b[4]; qToLittleEndian(v, b); out.append(b, 4); };
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(zip.size());
        const QByteArray nameBytes = name.toUtf8();
        u32(zip, 0x04034b50u); u16(zip, 20); u16(zip, 0); u16(zip, quint16(method)); u16(zip, 0); u16(zip, 0);
        u32(zip, crc32(data)); u32(zip, quint32(data.size())); u32(zip, quint32(data.size()));
        u16(zip, quint16(nameBytes.size())); u16(zip, 0);
        zip.append(nameBytes);
        zip.append(data);
        u32(directory, 0x02014b50u); u16(directory, 20); u16(directory, 20); u16(directory, 0); u16(directory, quint16(method));
        u16(directory, 0); u16(directory, 0); u32(directory, crc32(data)); u32(directory, quint32(data.size()));
        u32(directory, quint32(data.size())); u16(directory, quint16(nameBytes.size())); u16(directory, 0); u16(directory, 0);
        u16(directory, 0); u16(directory, 0); u32(directory, 0); u32(directory, offset);
        directory.append(nameBytes);
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip.append(directory);
    u32(zip, 0x06054b50u); u16(zip, 0); u16(zip, 0); u16(zip, quint16(entries.size())); u16(zip, quint16(entries.size()));
    u32(zip, quint32(directory.size())); u32(zip, directoryOffset); u16(zip, 0);
    return zip;
}

/// A state dict written by LibTorch's own torch::pickle_save, which writes torch.save's format.
QByteArray pickledStateDict(const std::vector<std::pair<std::string, torch::Tensor>> &tensors)
{
    c10::Dict<std::string, torch::Tensor> dict;
    for (const auto &[name, tensor] : tensors)
        dict.insert(name, tensor);
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

std::vector<std::pair<std::string, torch::Tensor>> stateDictOf(const torch::nn::Module &module)
{
    std::vector<std::pair<std::string, torch::Tensor>> result;
    for (const auto &item : module.named_parameters())
        result.emplace_back(item.key(), item.value().detach().clone());
    for (const auto &item : module.named_buffers())
        result.emplace_back(item.key(), item.value().detach().clone());
    return result;
}

MobileNetV2 randomMobileNet(int classes)
{
    torch::manual_seed(5);
    MobileNetV2 model(3, classes);
    torch::NoGradGuard noGrad;
    for (auto &module : model->modules(false))
        if (auto *norm = module->as<torch::nn::BatchNorm2d>()) {
            norm->weight.uniform_(0.6, 1.4);
            norm->bias.uniform_(-0.2, 0.2);
            norm->running_mean.uniform_(-0.2, 0.2);
            norm->running_var.uniform_(0.5, 1.5);
        }
    model->eval();
    return model;
}

QString expectBadInput(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        if (error.kind() != ErrorKind::BadInput)
            return QStringLiteral("<failure, not bad input: %1>").arg(error.message());
        return error.message();
    }
    return QStringLiteral("<accepted>");
}

/// Generates the torchvision fixtures once per run, when python3-torchvision is there.
const QTemporaryDir *torchvisionFixtures()
{
    static QTemporaryDir dir;
    static bool made = [] {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {FixtureDir + QStringLiteral("/make_torchvision_fixtures.py"), dir.path()});
        return python.waitForFinished(300000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
    }();
    return made ? &dir : nullptr;
}

} // namespace

class TestWeightImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    // -------------------------------------------------------------------------------------------- Keras

    void kerasMatchesTensorFlowJs_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<double>("low");
        QTest::addColumn<bool>("alignCorners");
        QTest::addColumn<QString>("output");
        QTest::newRow("functional, uint8, [0,1], resized") << QStringLiteral("keras-mobilenet") << 0.0 << true << QStringLiteral("dense_2");
        QTest::newRow("nested, uint16+float16+float32, [-1,1]") << QStringLiteral("teachable-mobilenet") << -1.0 << false << QStringLiteral("dense_Dense2");
    }

    /// Every probed layer and the probabilities match TF.js within 1e-4.
    void kerasMatchesTensorFlowJs()
    {
        QFETCH(QString, fixture);
        QFETCH(double, low);
        QFETCH(bool, alignCorners);
        QFETCH(QString, output);
        WeightImportOptions options;
        options.inputRange = std::pair(low, 1.0);
        options.alignCorners = alignCorners;
        const BackboneWeights weights = WeightImport::fromKeras(FixtureDir + QLatin1Char('/') + fixture + QStringLiteral("/model.json"), options);
        QCOMPARE(weights.spec.architecture, QStringLiteral("mobilenet_v2"));
        QCOMPARE(weights.spec.batchNormEpsilon, 1e-3);
        QVERIFY(weights.spec.tfSamePadding);
        QCOMPARE(weights.spec.head.last().name, output);
        QCOMPARE(weights.spec.head.last().activation, QStringLiteral("softmax"));
        const Backbone backbone = Backbone::fromWeights(weights);

        const QJsonObject reference = readJson(FixtureDir + QLatin1Char('/') + fixture + QStringLiteral("/reference.json"));
        const QJsonObject image = reference[QStringLiteral("image")].toObject();
        const QList<RgbImage> images{TestImages::formulaImage(image[QStringLiteral("width")].toInt(), image[QStringLiteral("height")].toInt(), 0),
                                     TestImages::formulaImage(image[QStringLiteral("width")].toInt(), image[QStringLiteral("height")].toInt(), 1)};
        const QJsonObject outputs = reference[QStringLiteral("outputs")].toObject();
        QVERIFY(outputs.contains(output));
        for (auto it = outputs.begin(); it != outputs.end(); ++it) {
            QVERIFY2(backbone.layers().contains(it.key()), qPrintable(it.key()));
            const double difference = maxDifference(backbone.features(images, it.key()), it.value().toArray());
            QVERIFY2(difference < 1e-4, qPrintable(QStringLiteral("%1 differs by %2").arg(it.key()).arg(difference)));
        }
    }

    /// The reference is sharp enough to catch the classic porting mistakes.
    void kerasMistakesAreCaught_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::newRow("BatchNorm epsilon 1e-5") << QStringLiteral("epsilon");
        QTest::newRow("symmetric stride-2 padding") << QStringLiteral("padding");
        QTest::newRow("input in [-1, 1]") << QStringLiteral("range");
        QTest::newRow("resize without aligned corners") << QStringLiteral("corners");
    }

    void kerasMistakesAreCaught()
    {
        QFETCH(QString, mistake);
        WeightImportOptions options;
        options.inputRange = std::pair(mistake == QLatin1String("range") ? -1.0 : 0.0, 1.0);
        options.alignCorners = mistake != QLatin1String("corners");
        BackboneWeights weights = WeightImport::fromKeras(FixtureDir + QStringLiteral("/keras-mobilenet/model.json"), options);
        if (mistake == QLatin1String("epsilon"))
            weights.spec.batchNormEpsilon = 1e-5;
        if (mistake == QLatin1String("padding"))
            weights.spec.tfSamePadding = false;
        const Backbone backbone = Backbone::fromWeights(weights);
        const QJsonObject reference = readJson(FixtureDir + QStringLiteral("/keras-mobilenet/reference.json"));
        const double difference = maxDifference(backbone.features({TestImages::formulaImage(40, 30, 0), TestImages::formulaImage(40, 30, 1)}, QStringLiteral("dense_2")),
                                                reference[QStringLiteral("outputs")].toObject()[QStringLiteral("dense_2")].toArray());
        QVERIFY2(difference > 1e-3, qPrintable(QString::number(difference)));
    }

    void kerasSurvivesBackboneFile()
    {
        WeightImportOptions options;
        options.inputRange = std::pair(0.0, 1.0);
        options.alignCorners = true;
        options.name = QStringLiteral("tiny");
        options.defaultLayer = QStringLiteral("block_13_expand_relu");
        const Backbone imported = Backbone::fromWeights(WeightImport::fromKeras(FixtureDir + QStringLiteral("/keras-mobilenet/model.json"), options));
        QTemporaryDir dir;
        imported.save(dir.filePath(QStringLiteral("tiny.backbone")));
        const Backbone loaded = Backbone::load(dir.filePath(QStringLiteral("tiny.backbone")));
        QCOMPARE(loaded.name(), QStringLiteral("tiny"));
        QCOMPARE(loaded.spec().defaultLayer, QStringLiteral("block_13_expand_relu"));
        QCOMPARE(loaded.spec().preprocessing.alignCorners, true);
        QCOMPARE(loaded.layers(), imported.layers());
        const QList<RgbImage> images{TestImages::formulaImage(40, 30, 0), TestImages::formulaImage(50, 20, 1)};
        QCOMPARE(loaded.features(images), imported.features(images));
        QCOMPARE(int(loaded.features(images).front().size()), loaded.featureSize(QString()));
    }

    /// The packaging converter (node) writes the same backbone as the C++ importer.
    void packagingConverterAgrees()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed: the packaging converter is not checked");
        QTemporaryDir dir;
        const QString converted = dir.filePath(QStringLiteral("converted.backbone"));
        QProcess process;
        process.start(node, {SourceDir + QStringLiteral("/packaging/fetch-backbone.js"), QStringLiteral("convert"),
                             FixtureDir + QStringLiteral("/keras-mobilenet/model.json"), converted, QStringLiteral("--name"),
                             QStringLiteral("converted"), QStringLiteral("--input-range"), QStringLiteral("0,1"),
                             QStringLiteral("--align-corners")});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        WeightImportOptions options;
        options.inputRange = std::pair(0.0, 1.0);
        options.alignCorners = true;
        const Backbone imported = Backbone::fromWeights(WeightImport::fromKeras(FixtureDir + QStringLiteral("/keras-mobilenet/model.json"), options));
        const Backbone fromNode = Backbone::load(converted);
        QCOMPARE(fromNode.spec().widthMultiplier, imported.spec().widthMultiplier);
        QCOMPARE(fromNode.layers(), imported.layers());
        const QList<RgbImage> images{TestImages::formulaImage(40, 30, 0)};
        for (const QString &layer : {QStringLiteral("block_13_expand_relu"), QStringLiteral("dense_2")}) {
            const auto a = fromNode.features(images, layer);
            const auto b = imported.features(images, layer);
            for (size_t i = 0; i < a[0].size(); ++i)
                QVERIFY2(std::abs(a[0][i] - b[0][i]) < 1e-6, qPrintable(layer));
        }
    }

    void malformedKeras_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QStringLiteral("not-json") << QStringLiteral("not JSON");
        QTest::newRow("shard truncated") << QStringLiteral("truncate") << QStringLiteral("fewer bytes than the manifest");
        QTest::newRow("shard too long") << QStringLiteral("extend") << QStringLiteral("the manifest describes");
        QTest::newRow("shard missing") << QStringLiteral("no-shard") << QStringLiteral("is missing");
        QTest::newRow("shard outside the folder") << QStringLiteral("escape") << QStringLiteral("leaves the model's folder");
        QTest::newRow("kernel of the wrong shape") << QStringLiteral("shape") << QStringLiteral("the architecture needs 3x3x3x8");
        QTest::newRow("infinite after dequantising") << QStringLiteral("infinite") << QStringLiteral("NaN or infinite");
        QTest::newRow("NaN float32 weight") << QStringLiteral("nan") << QStringLiteral("NaN or infinite");
        QTest::newRow("unsupported quantisation") << QStringLiteral("int4") << QStringLiteral("unsupported type");
        QTest::newRow("not a ReLU6") << QStringLiteral("elu") << QStringLiteral("Conv1_relu is a ELU");
        QTest::newRow("mixed BatchNorm epsilons") << QStringLiteral("epsilon") << QStringLiteral("different epsilons");
        QTest::newRow("miswired block") << QStringLiteral("wiring") << QStringLiteral("block_2_add takes");
        QTest::newRow("stray weight") << QStringLiteral("stray") << QStringLiteral("belongs to no layer");
        QTest::newRow("not a MobileNetV2") << QStringLiteral("no-stem") << QStringLiteral("no layer Conv1");
        QTest::newRow("odd input size") << QStringLiteral("odd-size") << QStringLiteral("pads (0, 1) rows");
        QTest::newRow("unsupported head layer") << QStringLiteral("head") << QStringLiteral("is not supported");
    }

    void malformedKeras()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const bool teachable = damage == QLatin1String("nan");
        const QString modelPath = copyFixture(teachable ? QStringLiteral("teachable-mobilenet") : QStringLiteral("keras-mobilenet"), dir);
        const QString shardPath = dir.filePath(QStringLiteral("group1-shard1of1.bin"));
        QJsonObject model = readJson(modelPath);
        QByteArray shard = readFile(shardPath);

        if (damage == QLatin1String("truncate"))
            shard.chop(100);
        else if (damage == QLatin1String("extend"))
            shard.append(QByteArray(8, '\0'));
        else if (damage == QLatin1String("no-shard"))
            QFile::remove(shardPath);
        else if (damage == QLatin1String("escape")) {
            QJsonArray manifest = model[QStringLiteral("weightsManifest")].toArray();
            QJsonObject group = manifest[0].toObject();
            group[QStringLiteral("paths")] = QJsonArray{QStringLiteral("../group1-shard1of1.bin")};
            manifest[0] = group;
            model[QStringLiteral("weightsManifest")] = manifest;
        } else if (damage == QLatin1String("shape"))
            editWeight(model, QStringLiteral("Conv1/kernel"), [](QJsonObject &w) { w[QStringLiteral("shape")] = QJsonArray{3, 3, 8, 3}; });
        else if (damage == QLatin1String("infinite"))
            editWeight(model, QStringLiteral("Conv1/kernel"), [](QJsonObject &w) {
                w[QStringLiteral("quantization")] = QJsonObject{{QStringLiteral("dtype"), QStringLiteral("uint8")},
                                                                {QStringLiteral("min"), 1e39}, {QStringLiteral("scale"), 1.0}};
            });
        else if (damage == QLatin1String("nan")) {
            const qint64 offset = shardOffset(model, QStringLiteral("bn_Conv1/gamma"));
            QVERIFY(offset >= 0);
            const quint32 nan = 0x7fc00000u;
            qToLittleEndian(nan, shard.data() + offset + 4);
        } else if (damage == QLatin1String("int4"))
            editWeight(model, QStringLiteral("Conv1/kernel"), [](QJsonObject &w) {
                QJsonObject q = w[QStringLiteral("quantization")].toObject();
                q[QStringLiteral("dtype")] = QStringLiteral("int4");
                w[QStringLiteral("quantization")] = q;
            });
        else if (damage == QLatin1String("elu"))
            editLayer(model, QStringLiteral("Conv1_relu"), [](QJsonObject &l) { l[QStringLiteral("class_name")] = QStringLiteral("ELU"); });
        else if (damage == QLatin1String("epsilon"))
            editLayer(model, QStringLiteral("block_3_expand_BN"), [](QJsonObject &l) {
                QJsonObject config = l[QStringLiteral("config")].toObject();
                config[QStringLiteral("epsilon")] = 1e-5;
                l[QStringLiteral("config")] = config;
            });
        else if (damage == QLatin1String("wiring"))
            editLayer(model, QStringLiteral("block_2_add"), [](QJsonObject &l) {
                l[QStringLiteral("inbound_nodes")] = QJsonArray{QJsonArray{QJsonArray{QStringLiteral("block_2_expand_relu"), 0, 0, QJsonObject()},
                                                                           QJsonArray{QStringLiteral("block_2_project_BN"), 0, 0, QJsonObject()}}};
            });
        else if (damage == QLatin1String("stray")) {
            QJsonArray manifest = model[QStringLiteral("weightsManifest")].toArray();
            QJsonObject group = manifest[0].toObject();
            QJsonArray weights = group[QStringLiteral("weights")].toArray();
            weights.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("extra/kernel")}, {QStringLiteral("shape"), QJsonArray{2}},
                                       {QStringLiteral("dtype"), QStringLiteral("float32")}});
            group[QStringLiteral("weights")] = weights;
            manifest[0] = group;
            model[QStringLiteral("weightsManifest")] = manifest;
            shard.append(QByteArray(8, '\0'));
        } else if (damage == QLatin1String("no-stem")) {
            editLayer(model, QStringLiteral("Conv1"), [](QJsonObject &l) {
                l[QStringLiteral("name")] = QStringLiteral("stem");
                QJsonObject config = l[QStringLiteral("config")].toObject();
                config[QStringLiteral("name")] = QStringLiteral("stem");
                l[QStringLiteral("config")] = config;
            });
            editLayer(model, QStringLiteral("bn_Conv1"), [](QJsonObject &l) {
                l[QStringLiteral("inbound_nodes")] = QJsonArray{QJsonArray{QJsonArray{QStringLiteral("stem"), 0, 0, QJsonObject()}}};
            });
        }
        else if (damage == QLatin1String("odd-size"))
            editLayer(model, QStringLiteral("input_1"), [](QJsonObject &l) {
                QJsonObject config = l[QStringLiteral("config")].toObject();
                config[QStringLiteral("batch_input_shape")] = QJsonArray{QJsonValue(), 63, 63, 3};
                l[QStringLiteral("config")] = config;
            });
        else if (damage == QLatin1String("head"))
            editLayer(model, QStringLiteral("flatten_1"), [](QJsonObject &l) { l[QStringLiteral("class_name")] = QStringLiteral("LayerNormalization"); });

        if (damage == QLatin1String("not-json"))
            writeFile(modelPath, "{\"modelTopology\": [");
        else
            writeFile(modelPath, QJsonDocument(model).toJson(QJsonDocument::Compact));
        if (damage != QLatin1String("no-shard"))
            writeFile(shardPath, shard);

        const QString message = expectBadInput([&] {
            Backbone::fromWeights(WeightImport::fromKeras(modelPath, {}));
        });
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    // -------------------------------------------------------------------------------------------- torchvision

    void torchvisionMatchesPyTorch_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("trunk");
        QTest::newRow("resnet18") << QStringLiteral("resnet18") << QStringLiteral("resnet18") << QStringLiteral("fc") << QStringLiteral("layer4");
        QTest::newRow("resnet50") << QStringLiteral("resnet50") << QStringLiteral("resnet50") << QStringLiteral("fc") << QStringLiteral("layer4");
        QTest::newRow("mobilenet_v2") << QStringLiteral("mobilenet_v2") << QStringLiteral("mobilenet_v2") << QStringLiteral("classifier")
                                      << QStringLiteral("out_relu");
    }

    /// State dicts that Python's torch.save wrote, read without Python, give PyTorch's outputs.
    void torchvisionMatchesPyTorch()
    {
        QFETCH(QString, model);
        QFETCH(QString, architecture);
        QFETCH(QString, head);
        QFETCH(QString, trunk);
        const QTemporaryDir *fixtures = torchvisionFixtures();
        if (!fixtures)
            QSKIP("python3-torchvision is not installed: no torch.save files to read");
        const QJsonObject reference = readJson(fixtures->filePath(model + QStringLiteral(".json")));
        const int size = reference[QStringLiteral("size")].toInt();
        WeightImportOptions options;
        options.inputSize = size;
        const BackboneWeights weights = WeightImport::fromTorchvision(fixtures->filePath(model + QStringLiteral(".pth")), options);
        QCOMPARE(weights.spec.architecture, architecture);
        QCOMPARE(weights.spec.head.size(), 1);
        QCOMPARE(weights.spec.head[0].units, 10);
        QCOMPARE(weights.spec.defaultLayer, trunk);
        const Backbone backbone = Backbone::fromWeights(weights);
        const QList<RgbImage> images{TestImages::formulaImage(size, size, 0), TestImages::formulaImage(size, size, 1)};
        for (const QString &layer : {head, trunk}) {
            const double difference = maxDifference(backbone.features(images, layer),
                                                    reference[QStringLiteral("outputs")].toObject()[layer].toArray());
            QVERIFY2(difference < 1e-4, qPrintable(QStringLiteral("%1 differs by %2").arg(layer).arg(difference)));
        }
    }

    /// LibTorch's own writer, no Python needed: our MobileNetV2 round-trips through a .pth file.
    void torchvisionFromLibTorchWriter()
    {
        MobileNetV2 model = randomMobileNet(7);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mobilenet.pth"));
        writeFile(path, pickledStateDict(stateDictOf(*model)));
        WeightImportOptions options;
        options.inputSize = 48;
        options.inputRange = std::pair(0.0, 1.0);
        const Backbone backbone = Backbone::fromWeights(WeightImport::fromTorchvision(path, options));
        QCOMPARE(backbone.spec().widthMultiplier, 1.0);
        QCOMPARE(backbone.featureSize(QStringLiteral("block_13_expand_relu")), 576);
        QCOMPARE(backbone.featureSize(QStringLiteral("out_relu")), 1280);

        const RgbImage image = TestImages::formulaImage(48, 48, 1);
        torch::Tensor input = torch::from_blob(const_cast<char *>(image.pixels.constData()), {1, 48, 48, 3}, torch::kUInt8)
                                  .permute({0, 3, 1, 2})
                                  .to(torch::kFloat)
                                  .div(255);
        torch::NoGradGuard noGrad;
        const torch::Tensor expected = model->forward(input);
        const std::vector<float> actual = backbone.features({image}, QStringLiteral("classifier")).front();
        QCOMPARE(int(actual.size()), 7);
        for (int i = 0; i < 7; ++i)
            QVERIFY2(std::abs(actual[size_t(i)] - expected[0][i].item<float>()) < 1e-4, qPrintable(QString::number(i)));
    }

    void malformedTorch_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not a zip archive");
        QTest::newRow("legacy pickle") << QStringLiteral("legacy") << QStringLiteral("before PyTorch 1.6");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("not a zip archive");
        QTest::newRow("damaged byte") << QStringLiteral("crc") << QStringLiteral("CRC mismatch");
        QTest::newRow("compressed entry") << QStringLiteral("deflate") << QStringLiteral("is compressed");
        QTest::newRow("code in the pickle") << QStringLiteral("evil") << QStringLiteral("Python object of type posix.system");
        QTest::newRow("no data.pkl") << QStringLiteral("no-pickle") << QStringLiteral("without data.pkl");
        QTest::newRow("NaN weight") << QStringLiteral("nan") << QStringLiteral("NaN or infinite");
        QTest::newRow("integer weight") << QStringLiteral("integer") << QStringLiteral("weights are floating point");
        QTest::newRow("wrong shape") << QStringLiteral("shape") << QStringLiteral("the resnet18 needs 64x3x7x7");
        QTest::newRow("missing tensor") << QStringLiteral("missing") << QStringLiteral("lack 1 tensors");
        QTest::newRow("unknown tensor") << QStringLiteral("unknown") << QStringLiteral("does not have: layer9.weight");
        QTest::newRow("not a known network") << QStringLiteral("alien") << QStringLiteral("neither features.0.0.weight");
    }

    void malformedTorch()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        torch::manual_seed(1);
        ResNet resnet(false, std::array<int, 4>{2, 2, 2, 2}, 3, 4);
        auto tensors = stateDictOf(*resnet);
        const auto replace = [&](const std::string &name, const torch::Tensor &value) {
            for (auto &[key, tensor] : tensors)
                if (key == name)
                    tensor = value;
        };

        QByteArray bytes;
        if (damage == QLatin1String("random")) {
            for (int i = 0; i < 4096; ++i)
                bytes.append(char((i * 7919 + 13) % 251));
        } else if (damage == QLatin1String("legacy")) {
            bytes = QByteArray::fromHex("80028a0a6cfc9c46f92050a86a") + QByteArray(100, 'x');
        } else if (damage == QLatin1String("evil")) {
            bytes = storedZip({{QStringLiteral("archive/data.pkl"), QByteArray("\x80\x02" "cposix\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.", 37)}});
        } else if (damage == QLatin1String("no-pickle")) {
            bytes = storedZip({{QStringLiteral("archive/other.txt"), QByteArray("hello")}});
        } else if (damage == QLatin1String("deflate")) {
            bytes = storedZip({{QStringLiteral("archive/data.pkl"), QByteArray("\x80\x02}q\x00.", 5)}}, 8);
        } else if (damage != QLatin1String("empty")) {
            if (damage == QLatin1String("nan"))
                replace("layer2.0.bn1.weight", torch::full({128}, std::nanf("")));
            if (damage == QLatin1String("integer"))
                replace("layer2.0.bn1.weight", torch::ones({128}, torch::kInt32));
            if (damage == QLatin1String("shape"))
                replace("conv1.weight", torch::zeros({64, 3, 5, 5}));
            if (damage == QLatin1String("missing"))
                tensors.erase(std::remove_if(tensors.begin(), tensors.end(), [](const auto &t) { return t.first == "layer3.1.bn2.bias"; }),
                              tensors.end());
            if (damage == QLatin1String("unknown"))
                tensors.emplace_back("layer9.weight", torch::zeros({3}));
            if (damage == QLatin1String("alien"))
                tensors = {{"encoder.weight", torch::zeros({3})}};
            bytes = pickledStateDict(tensors);
            if (damage == QLatin1String("truncated"))
                bytes.chop(bytes.size() / 3);
            if (damage == QLatin1String("crc"))
                bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55); // inside a weight's storage
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weights.pth"));
        writeFile(path, bytes);
        const QString message = expectBadInput([&] { Backbone::fromWeights(WeightImport::fromTorchvision(path)); });
        QVERIFY2(message.contains(reason), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestWeightImport)
#include "tst_weightimport.moc"
