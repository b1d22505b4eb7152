// Backbones: the file format (a safetensors layout) and its checks, the catalogue of installed
// backbones, the layers a MobileNetV2 offers, TensorFlow's 'same' padding, and, when installed,
// the nsfwjs starter backbone against TensorFlow.js.

#include "backbone.h"
#include "backbonecatalog.h"
#include "error.h"
#include "modelzoo_p.h"
#include "testimages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <functional>

using namespace Atelier;

namespace {

const QString FixtureDir = QStringLiteral(ATELIER_WEIGHTIMPORT_FIXTURES);

/// A width-1 Keras-style MobileNetV2 with a two-layer head and random weights, as backbone weights.
BackboneWeights randomMobileNetWeights(const QString &name)
{
    MobileNetV2Options options;
    options.batchNormEpsilon = 1e-3;
    options.tfSamePadding = true;
    options.classifier = false;
    torch::manual_seed(2);
    MobileNetV2 trunk(3, 1, options);
    BackboneWeights weights;
    const auto add = [&](const QString &key, const torch::Tensor &value) {
        const torch::Tensor t = value.detach().contiguous();
        weights.tensors.push_back(NamedTensor{key, t.sizes().vec(), std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel())});
    };
    for (const auto &item : trunk->named_parameters())
        add(QString::fromStdString(item.key()), item.value());
    for (const auto &item : trunk->named_buffers())
        if (item.key().find("num_batches_tracked") == std::string::npos)
            add(QString::fromStdString(item.key()), item.value());
    add(QStringLiteral("head.0.weight"), torch::randn({8, 1280}) * 0.05);
    add(QStringLiteral("head.0.bias"), torch::randn({8}) * 0.1);
    add(QStringLiteral("head.1.weight"), torch::randn({3, 8}));
    add(QStringLiteral("head.1.bias"), torch::zeros({3}));

    BackboneSpec &spec = weights.spec;
    spec.name = name;
    spec.architecture = QStringLiteral("mobilenet_v2");
    spec.batchNormEpsilon = 1e-3;
    spec.tfSamePadding = true;
    spec.head = {BackboneHeadLayer{QStringLiteral("dense_1"), 1280, 8, QStringLiteral("relu")},
                 BackboneHeadLayer{QStringLiteral("dense_2"), 8, 3, QStringLiteral("softmax")}};
    spec.classNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    spec.preprocessing.inputSize = 96;
    spec.defaultLayer = QStringLiteral("block_13_expand_relu");
    spec.source = QStringLiteral("test");
    spec.provenance = QJsonObject{{QStringLiteral("origin"), QStringLiteral("random")}};
    return weights;
}

QString expectBadInput(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.kind() == ErrorKind::BadInput ? error.message() : QStringLiteral("<failure: %1>").arg(error.message());
    }
    return QStringLiteral("<accepted>");
}

/// Rewrites a backbone file's header through `change` (the data stays as it was).
QByteArray withHeader(const QByteArray &file, const std::function<void(QJsonObject &)> &change)
{
    const quint64 length = qFromLittleEndian<quint64>(file.constData());
    QJsonObject header = QJsonDocument::fromJson(file.mid(8, qsizetype(length))).object();
    change(header);
    const QByteArray bytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    char prefix[8];
    qToLittleEndian<quint64>(quint64(bytes.size()), prefix);
    return QByteArray(prefix, 8) + bytes + file.mid(8 + qsizetype(length));
}

} // namespace

class TestBackbone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    /// Keras' layer names, in order, with their widths at width 1.
    void mobileNetLayers()
    {
        const Backbone backbone = Backbone::fromWeights(randomMobileNetWeights(QStringLiteral("random")));
        const QStringList layers = backbone.layers();
        QCOMPARE(layers.first(), QStringLiteral("Conv1_relu"));
        QCOMPARE(layers.mid(1, 2), (QStringList{QStringLiteral("expanded_conv_depthwise_relu"), QStringLiteral("expanded_conv_project_BN")}));
        QVERIFY(layers.contains(QStringLiteral("block_1_project_BN")));
        QVERIFY(layers.contains(QStringLiteral("block_2_add")));
        QVERIFY(!layers.contains(QStringLiteral("block_3_add")));
        QCOMPARE(layers.mid(layers.size() - 3), (QStringList{QStringLiteral("out_relu"), QStringLiteral("dense_1"), QStringLiteral("dense_2")}));
        QCOMPARE(layers.size(), 1 + 2 + 16 * 3 + 3);
        QCOMPARE(backbone.featureSize(QStringLiteral("block_13_expand_relu")), 576);
        QCOMPARE(backbone.featureSize(QStringLiteral("block_16_project_BN")), 320);
        QCOMPARE(backbone.featureSize(QStringLiteral("out_relu")), 1280);
        QCOMPARE(backbone.featureSize(QString()), 576);

        const QList<RgbImage> images{TestImages::formulaImage(96, 96, 0), TestImages::formulaImage(120, 80, 1), TestImages::formulaImage(30, 40, 0)};
        const auto probabilities = backbone.features(images, QStringLiteral("dense_2"));
        QCOMPARE(probabilities.size(), size_t(3));
        for (const auto &row : probabilities) {
            QCOMPARE(row.size(), size_t(3));
            QVERIFY(std::abs(row[0] + row[1] + row[2] - 1.0f) < 1e-5);
        }
        // A batch gives each image what it gets alone.
        const auto alone = backbone.features({images[1]});
        const auto together = backbone.features(images);
        for (size_t i = 0; i < alone[0].size(); ++i)
            QVERIFY(std::abs(alone[0][i] - together[1][i]) < 1e-5);
        QVERIFY(expectBadInput([&] { backbone.features(images, QStringLiteral("block_99_add")); }).contains(QStringLiteral("no layer")));
        QVERIFY(expectBadInput([&] { backbone.features({RgbImage()}); }).contains(QStringLiteral("empty")));
    }

    /// Stride 2 on an even size pads the bottom and right only; on an odd size, both sides.
    void tfSamePadding()
    {
        TfSameConv2d conv(torch::nn::Conv2dOptions(1, 1, 3).stride(2).padding(0).bias(false));
        torch::NoGradGuard noGrad;
        conv->weight.fill_(1);
        const torch::Tensor even = conv->forward(torch::ones({1, 1, 4, 4}));
        QCOMPARE(even.sizes().vec(), (std::vector<int64_t>{1, 1, 2, 2}));
        QCOMPARE(even[0][0][0][0].item<float>(), 9.0f); // no padding at the top left
        QCOMPARE(even[0][0][1][1].item<float>(), 4.0f); // one padded row and column at the bottom right
        const torch::Tensor odd = conv->forward(torch::ones({1, 1, 5, 5}));
        QCOMPARE(odd.sizes().vec(), (std::vector<int64_t>{1, 1, 3, 3}));
        QCOMPARE(odd[0][0][0][0].item<float>(), 4.0f);
        QCOMPARE(odd[0][0][2][2].item<float>(), 4.0f);
    }

    void fileRoundTrip()
    {
        const BackboneWeights weights = randomMobileNetWeights(QStringLiteral("round-trip"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("round-trip.backbone"));
        BackboneFile::write(path, weights);
        const BackboneWeights read = BackboneFile::read(path);
        QCOMPARE(BackboneFile::specToJson(read.spec), BackboneFile::specToJson(weights.spec));
        QCOMPARE(read.tensors.size(), weights.tensors.size());
        for (size_t i = 0; i < read.tensors.size(); ++i) {
            QCOMPARE(read.tensors[i].name, weights.tensors[i].name);
            QCOMPARE(read.tensors[i].shape, weights.tensors[i].shape);
            QCOMPARE(read.tensors[i].values, weights.tensors[i].values);
        }
        // The layout is safetensors': 8-byte length, JSON header, data.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const quint64 length = qFromLittleEndian<quint64>(bytes.constData());
        QCOMPARE(length % 8, 0u);
        const QJsonObject header = QJsonDocument::fromJson(bytes.mid(8, qsizetype(length))).object();
        QCOMPARE(header[QStringLiteral("__metadata__")].toObject()[QStringLiteral("format")].toString(), QStringLiteral("atelier-backbone"));
        QCOMPARE(header[QStringLiteral("features.0.0.weight")].toObject()[QStringLiteral("shape")].toArray(), (QJsonArray{32, 3, 3, 3}));
    }

    void malformedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("too short");
        QTest::newRow("header longer than the file") << QStringLiteral("length") << QStringLiteral("does not fit the file");
        QTest::newRow("truncated data") << QStringLiteral("truncated") << QStringLiteral("truncated?");
        QTest::newRow("range not matching the shape") << QStringLiteral("range") << QStringLiteral("its byte range does not match");
        QTest::newRow("half-precision tensor") << QStringLiteral("f16") << QStringLiteral("float32 (F32) only");
        QTest::newRow("overlapping tensors") << QStringLiteral("overlap") << QStringLiteral("overlap another's or leave a gap");
        QTest::newRow("plain safetensors") << QStringLiteral("foreign") << QStringLiteral("without Atelier's description");
        QTest::newRow("newer format") << QStringLiteral("newer") << QStringLiteral("newer Atelier");
        QTest::newRow("unknown architecture") << QStringLiteral("architecture") << QStringLiteral("unknown architecture 'vgg16'");
        QTest::newRow("NaN weight") << QStringLiteral("nan") << QStringLiteral("NaN or infinite");
        QTest::newRow("missing tensor") << QStringLiteral("missing") << QStringLiteral("lack 1 tensors");
        QTest::newRow("unknown default layer") << QStringLiteral("layer") << QStringLiteral("no layer 'block_42_add'");
    }

    void malformedFile()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        BackboneWeights weights = randomMobileNetWeights(QStringLiteral("damaged"));
        if (damage == QLatin1String("nan"))
            weights.tensors[5].values[3] = std::nanf("");
        if (damage == QLatin1String("missing"))
            weights.tensors.erase(weights.tensors.begin() + 7);
        if (damage == QLatin1String("layer"))
            weights.spec.defaultLayer = QStringLiteral("block_42_add");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.backbone"));
        BackboneFile::write(path, weights);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();

        const auto setSpec = [&](const QString &key, const QJsonValue &value) {
            bytes = withHeader(bytes, [&](QJsonObject &header) {
                QJsonObject metadata = header[QStringLiteral("__metadata__")].toObject();
                QJsonObject spec = QJsonDocument::fromJson(metadata[QStringLiteral("spec")].toString().toUtf8()).object();
                spec[key] = value;
                metadata[QStringLiteral("spec")] = QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
                header[QStringLiteral("__metadata__")] = metadata;
            });
        };
        if (damage == QLatin1String("empty"))
            bytes.clear();
        else if (damage == QLatin1String("length"))
            qToLittleEndian<quint64>(quint64(bytes.size()), bytes.data());
        else if (damage == QLatin1String("truncated"))
            bytes.chop(1000);
        else if (damage == QLatin1String("f16"))
            bytes = withHeader(bytes, [](QJsonObject &header) {
                QJsonObject entry = header[QStringLiteral("head.1.bias")].toObject();
                entry[QStringLiteral("dtype")] = QStringLiteral("F16");
                header[QStringLiteral("head.1.bias")] = entry;
            });
        else if (damage == QLatin1String("range"))
            bytes = withHeader(bytes, [](QJsonObject &header) {
                QJsonObject entry = header[QStringLiteral("head.1.bias")].toObject();
                entry[QStringLiteral("shape")] = QJsonArray{4};
                header[QStringLiteral("head.1.bias")] = entry;
            });
        else if (damage == QLatin1String("overlap"))
            bytes = withHeader(bytes, [](QJsonObject &header) {
                QJsonObject entry = header[QStringLiteral("head.1.bias")].toObject();
                entry[QStringLiteral("data_offsets")] = QJsonArray{0, 12};
                header[QStringLiteral("head.1.bias")] = entry;
            });
        else if (damage == QLatin1String("foreign"))
            bytes = withHeader(bytes, [](QJsonObject &header) { header.remove(QStringLiteral("__metadata__")); });
        else if (damage == QLatin1String("newer"))
            setSpec(QStringLiteral("version"), 2);
        else if (damage == QLatin1String("architecture"))
            setSpec(QStringLiteral("architecture"), QStringLiteral("vgg16"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        const QString message = expectBadInput([&] { Backbone::load(path); });
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void catalog()
    {
        QTemporaryDir dir;
        qputenv("ATELIER_BACKBONE_DIR", dir.path().toUtf8());
        QCOMPARE(BackboneCatalog::directories(), QStringList{dir.path()});
        QVERIFY(BackboneCatalog::installed().isEmpty());

        const Backbone backbone = Backbone::fromWeights(randomMobileNetWeights(QStringLiteral("mine")));
        backbone.save(BackboneCatalog::userPath(QStringLiteral("mine")));
        QFile damaged(dir.filePath(QStringLiteral("broken.backbone")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a backbone");
        damaged.close();

        const QList<InstalledBackbone> installed = BackboneCatalog::installed();
        QCOMPARE(installed.size(), 2);
        QCOMPARE(installed[0].name, QStringLiteral("broken"));
        QVERIFY(installed[0].error.contains(QStringLiteral("not a usable backbone file")));
        QCOMPARE(installed[1].name, QStringLiteral("mine"));
        QVERIFY(installed[1].error.isEmpty());
        QCOMPARE(installed[1].spec.defaultLayer, QStringLiteral("block_13_expand_relu"));
        QCOMPARE(BackboneCatalog::path(QStringLiteral("mine")), dir.filePath(QStringLiteral("mine.backbone")));
        QCOMPARE(Backbone::load(BackboneCatalog::path(QStringLiteral("mine"))).spec().classNames.size(), 3);

        QVERIFY(expectBadInput([] { BackboneCatalog::path(QStringLiteral("absent")); }).contains(QStringLiteral("No backbone is called")));
        for (const QString &name : {QStringLiteral("../escape"), QStringLiteral(""), QStringLiteral(".hidden"), QStringLiteral("a/b")})
            QVERIFY2(expectBadInput([&] { BackboneCatalog::userPath(name); }).contains(QStringLiteral("cannot name")), qPrintable(name));
        qunsetenv("ATELIER_BACKBONE_DIR");
    }

    /// The starter backbone, when packaging/fetch-backbone.sh installed it: TF.js' outputs to 1e-5.
    void nsfwjsMatchesTensorFlowJs()
    {
        qunsetenv("ATELIER_BACKBONE_DIR");
        QString path;
        try {
            path = BackboneCatalog::path(QStringLiteral("nsfwjs-mobilenet-v2"));
        } catch (const Error &) {
            QSKIP("the nsfwjs-mobilenet-v2 backbone is not installed (packaging/fetch-backbone.sh installs it)");
        }
        const Backbone backbone = Backbone::load(path);
        QCOMPARE(backbone.spec().defaultLayer, QStringLiteral("block_13_expand_relu"));
        QCOMPARE(backbone.featureSize(QString()), 576);
        QCOMPARE(backbone.spec().batchNormEpsilon, 1e-3);
        QCOMPARE(backbone.spec().classNames.size(), 5);
        QFile file(FixtureDir + QStringLiteral("/nsfwjs-reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject outputs = QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("outputs")].toObject();
        const QList<RgbImage> images{TestImages::formulaImage(40, 30, 0), TestImages::formulaImage(40, 30, 1)};
        for (const auto &[layer, tolerance] : {std::pair(QStringLiteral("dense_3"), 1e-5), std::pair(QStringLiteral("block_13_expand_relu"), 1e-4)}) {
            const auto rows = backbone.features(images, layer);
            const QJsonArray expected = outputs[layer].toArray();
            for (int r = 0; r < 2; ++r)
                for (size_t i = 0; i < rows[size_t(r)].size(); ++i) {
                    const double difference = std::abs(rows[size_t(r)][i] - expected[r].toArray()[qsizetype(i)].toDouble());
                    QVERIFY2(difference < tolerance, qPrintable(QStringLiteral("%1[%2] differs by %3").arg(layer).arg(i).arg(difference)));
                }
        }
    }
};

QTEST_GUILESS_MAIN(TestBackbone)
#include "tst_backbone.moc"
