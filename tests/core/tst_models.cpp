// The networks: shapes through forward and backward, torchvision's layout and initialisation.

#include "error.h"
#include "modelzoo_p.h"
#include "testimages.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <cmath>

using namespace Atelier;

namespace {

ModelConfig modelConfig(ModelArchitecture architecture, int inputSize, int channels = 3)
{
    ModelConfig config;
    config.architecture = architecture;
    config.inputSize = inputSize;
    config.channels = channels;
    return config;
}

QString shapeText(const torch::Tensor &tensor)
{
    QStringList sizes;
    for (const int64_t size : tensor.sizes())
        sizes << QString::number(size);
    return sizes.isEmpty() ? QStringLiteral("scalar") : sizes.join(QLatin1Char('x'));
}

/// key -> shape for one model, from the torchvision listing in tests/data.
QHash<QString, QString> torchvisionStateDict(const QString &model)
{
    QFile file(TestImages::dataFile(QStringLiteral("torchvision-state-dicts.txt")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("torchvision-state-dicts.txt is missing");
    QHash<QString, QString> result;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(' '));
        if (fields.size() == 3 && fields[0] == model)
            result.insert(fields[1], fields[2]);
    }
    return result;
}

QHash<QString, QString> stateDict(const torch::nn::Module &module)
{
    QHash<QString, QString> result;
    for (const auto &item : module.named_parameters())
        result.insert(QString::fromStdString(item.key()), shapeText(item.value()));
    for (const auto &item : module.named_buffers())
        result.insert(QString::fromStdString(item.key()), shapeText(item.value()));
    return result;
}

int64_t parameterCount(const torch::nn::Module &module)
{
    int64_t count = 0;
    for (const auto &parameter : module.parameters())
        count += parameter.numel();
    return count;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(1);
        torch::set_num_threads(2);
    }

    void forwardAndBackward_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::addColumn<int>("inputSize");
        QTest::addColumn<int>("channels");
        QTest::newRow("small_cnn 28 gray") << int(ModelArchitecture::SmallCnn) << 28 << 1;
        QTest::newRow("small_cnn 64 rgb") << int(ModelArchitecture::SmallCnn) << 64 << 3;
        QTest::newRow("small_cnn 100 rgb") << int(ModelArchitecture::SmallCnn) << 100 << 3;
        QTest::newRow("resnet18 32") << int(ModelArchitecture::ResNet18) << 32 << 3;
        QTest::newRow("resnet50 32") << int(ModelArchitecture::ResNet50) << 32 << 3;
        QTest::newRow("mobilenet_v2 32") << int(ModelArchitecture::MobileNetV2) << 32 << 3;
        QTest::newRow("mobilenet_v2 48 gray") << int(ModelArchitecture::MobileNetV2) << 48 << 1;
    }

    void forwardAndBackward()
    {
        QFETCH(int, architecture);
        QFETCH(int, inputSize);
        QFETCH(int, channels);
        constexpr int classes = 5;
        torch::nn::AnyModule model = ModelZoo::create(modelConfig(ModelArchitecture(architecture), inputSize, channels), classes);
        model.ptr()->train();
        const torch::Tensor input = torch::randn({3, channels, inputSize, inputSize});
        const torch::Tensor logits = model.forward(input);
        QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{3, classes}));
        QVERIFY(torch::isfinite(logits).all().item<bool>());

        torch::nn::functional::cross_entropy(logits, torch::tensor({0, 3, 4})).backward();
        for (const auto &parameter : model.ptr()->named_parameters()) {
            const torch::Tensor grad = parameter.value().grad();
            QVERIFY2(grad.defined(), parameter.key().c_str());
            QCOMPARE(grad.sizes(), parameter.value().sizes());
            QVERIFY2(torch::isfinite(grad).all().item<bool>(), parameter.key().c_str());
        }
        // The first layer's weights receive a signal: the whole network is connected.
        const auto first = model.ptr()->parameters().front();
        QVERIFY(first.grad().abs().sum().item<double>() > 0);

        model.ptr()->eval();
        torch::NoGradGuard noGrad;
        QCOMPARE(model.forward(input.narrow(0, 0, 1)).sizes().vec(), (std::vector<int64_t>{1, classes}));
    }

    void torchvisionLayout_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qlonglong>("parameters");
        QTest::newRow("resnet18") << int(ModelArchitecture::ResNet18) << QStringLiteral("resnet18") << 11'689'512LL;
        QTest::newRow("resnet50") << int(ModelArchitecture::ResNet50) << QStringLiteral("resnet50") << 25'557'032LL;
        QTest::newRow("mobilenet_v2") << int(ModelArchitecture::MobileNetV2) << QStringLiteral("mobilenet_v2") << 3'504'872LL;
    }

    /// Same keys, same shapes, same parameter count as torchvision: its .pth files map one to one.
    void torchvisionLayout()
    {
        QFETCH(int, architecture);
        QFETCH(QString, name);
        QFETCH(qlonglong, parameters);
        const torch::nn::AnyModule model = ModelZoo::create(modelConfig(ModelArchitecture(architecture), 224), 1000);
        QCOMPARE(qlonglong(parameterCount(*model.ptr())), parameters);

        const QHash<QString, QString> expected = torchvisionStateDict(name);
        const QHash<QString, QString> actual = stateDict(*model.ptr());
        QVERIFY(!expected.isEmpty());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(actual.contains(it.key()), qPrintable(QStringLiteral("missing %1").arg(it.key())));
            QCOMPARE(actual.value(it.key()), it.value());
        }
        QCOMPARE(actual.size(), expected.size());
    }

    void initialisedLikeTorchvision()
    {
        const torch::nn::AnyModule resnet = ModelZoo::create(modelConfig(ModelArchitecture::ResNet50, 224), 10);
        for (const auto &item : resnet.ptr()->named_parameters()) {
            const QString key = QString::fromStdString(item.key());
            const torch::Tensor value = item.value();
            if (key.contains(QLatin1String("bn")) || key.contains(QLatin1String("downsample.1"))) {
                const double expected = key.endsWith(QLatin1String(".weight")) ? 1.0 : 0.0;
                QVERIFY2(value.eq(expected).all().item<bool>(), qPrintable(key));
            } else if (value.dim() == 4 && value.numel() > 20000) {
                // Kaiming normal, fan-out: std = sqrt(2 / (out channels * kernel area)).
                const double fanOut = double(value.size(0)) * value.size(2) * value.size(3);
                const double std = value.std().item<double>();
                QVERIFY2(std::abs(std / std::sqrt(2.0 / fanOut) - 1.0) < 0.05, qPrintable(key));
                QVERIFY2(std::abs(value.mean().item<double>()) < 0.1 * std, qPrintable(key));
            }
        }
        const torch::nn::AnyModule mobilenet = ModelZoo::create(modelConfig(ModelArchitecture::MobileNetV2, 224), 1000);
        for (const auto &item : mobilenet.ptr()->named_parameters()) {
            if (item.key() == "classifier.1.weight")
                QVERIFY(std::abs(item.value().std().item<double>() - 0.01) < 0.0005);
            if (item.key() == "classifier.1.bias")
                QVERIFY(item.value().eq(0).all().item<bool>());
        }
    }

    void sameSeedSameWeights()
    {
        const ModelConfig config = modelConfig(ModelArchitecture::SmallCnn, 32);
        torch::manual_seed(7);
        const auto a = ModelZoo::create(config, 3).ptr()->parameters();
        torch::manual_seed(7);
        const auto b = ModelZoo::create(config, 3).ptr()->parameters();
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(torch::equal(a[i], b[i]));
    }

    void refusesSingleClass()
    {
        QVERIFY_THROWS_EXCEPTION(Error, ModelZoo::create(modelConfig(ModelArchitecture::SmallCnn, 32), 1));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
