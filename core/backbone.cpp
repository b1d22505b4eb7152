#include "backbone.h"

#include "error.h"
#include "modelzoo_p.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace Atelier {

namespace nn = torch::nn;

namespace {

constexpr int64_t BatchSize = 16;

/// Called at each named layer with its output; returning true stops the forward pass there.
using TapCallback = std::function<bool(const QString &layer, const torch::Tensor &output)>;

torch::Tensor applyActivation(const torch::Tensor &x, const QString &activation)
{
    if (activation == QLatin1String("relu"))
        return torch::relu(x);
    if (activation == QLatin1String("softmax"))
        return torch::softmax(x, 1);
    if (activation == QLatin1String("sigmoid"))
        return torch::sigmoid(x);
    return x;
}

QString firstFew(const QStringList &names)
{
    QStringList sorted = names;
    sorted.sort();
    return sorted.mid(0, 5).join(QStringLiteral(", ")) + (sorted.size() > 5 ? QStringLiteral(", ...") : QString());
}

} // namespace

class Backbone::Private
{
public:
    BackboneSpec spec;
    MobileNetV2 mobileNet{nullptr};
    ResNet resNet{nullptr};
    nn::Sequential head{nullptr};
    QStringList layers;
    QHash<QString, int> featureSizes;

    explicit Private(const BackboneSpec &backboneSpec)
        : spec(backboneSpec)
    {
        const QString &architecture = spec.architecture;
        if (architecture == QLatin1String("mobilenet_v2")) {
            MobileNetV2Options options;
            options.widthMultiplier = spec.widthMultiplier;
            options.batchNormEpsilon = spec.batchNormEpsilon;
            options.tfSamePadding = spec.tfSamePadding;
            options.classifier = false;
            mobileNet = MobileNetV2(3, 1, options);
        } else if (architecture == QLatin1String("resnet18") || architecture == QLatin1String("resnet50")) {
            if (spec.tfSamePadding || std::abs(spec.batchNormEpsilon - 1e-5) > 1e-12)
                throw Error::badInput(QStringLiteral("ResNet backbones take torchvision's padding and BatchNorm epsilon only"));
            const bool bottleneck = architecture == QLatin1String("resnet50");
            // The ResNet's own fc is never used: the backbone's head holds the classifier.
            resNet = bottleneck ? ResNet(true, std::array<int, 4>{3, 4, 6, 3}, 3, 1) : ResNet(false, std::array<int, 4>{2, 2, 2, 2}, 3, 1);
        } else {
            throw Error::badInput(QStringLiteral("Unknown backbone architecture '%1'").arg(architecture));
        }
        head = nn::Sequential();
        for (const BackboneHeadLayer &layer : std::as_const(spec.head))
            head->push_back(nn::Linear(layer.inputs, layer.units));
        trunk()->eval();
        head->eval();

        // The layer list and each layer's width, from one small forward pass.
        torch::NoGradGuard noGrad;
        run(torch::zeros({1, 3, 64, 64}), [this](const QString &layer, const torch::Tensor &output) {
            layers.append(layer);
            featureSizes.insert(layer, int(output.size(1)));
            return false;
        });
        if (spec.defaultLayer.isEmpty())
            spec.defaultLayer = spec.head.isEmpty() ? layers.last() : spec.head.first().name;
        if (!layers.contains(spec.defaultLayer))
            throw Error::badInput(QStringLiteral("The backbone has no layer '%1' (its layers: %2 ... %3)")
                                      .arg(spec.defaultLayer, layers.first(), layers.last()));
    }

    std::shared_ptr<nn::Module> trunk() const
    {
        return mobileNet ? std::static_pointer_cast<nn::Module>(mobileNet.ptr()) : std::static_pointer_cast<nn::Module>(resNet.ptr());
    }

    /// The trunk's and head's tensors under the names backbone files use, running statistics included.
    std::vector<std::pair<QString, torch::Tensor>> namedTensors() const
    {
        std::vector<std::pair<QString, torch::Tensor>> result;
        const auto collect = [&](const nn::Module &module, const QString &prefix) {
            for (const auto &item : module.named_parameters())
                result.emplace_back(prefix + QString::fromStdString(item.key()), item.value());
            for (const auto &item : module.named_buffers()) {
                const QString name = QString::fromStdString(item.key());
                if (!name.endsWith(QLatin1String("num_batches_tracked")))
                    result.emplace_back(prefix + name, item.value());
            }
        };
        collect(*trunk(), QString());
        if (resNet)
            result.erase(std::remove_if(result.begin(), result.end(),
                                        [](const auto &item) { return item.first.startsWith(QLatin1String("fc.")); }),
                         result.end());
        collect(*head, QStringLiteral("head."));
        return result;
    }

    /// Checks every tensor against the network before copying any.
    void loadWeights(const std::vector<NamedTensor> &tensors)
    {
        const auto targets = namedTensors();
        QHash<QString, const NamedTensor *> byName;
        for (const NamedTensor &tensor : tensors) {
            if (byName.contains(tensor.name))
                throw Error::badInput(QStringLiteral("The weights name %1 twice").arg(tensor.name));
            byName.insert(tensor.name, &tensor);
        }
        QStringList missing, unexpected;
        QSet<QString> known;
        for (const auto &[name, target] : targets) {
            known.insert(name);
            const NamedTensor *tensor = byName.value(name);
            if (!tensor) {
                missing.append(name);
                continue;
            }
            if (tensor->shape != target.sizes().vec())
                throw Error::badInput(QStringLiteral("Weight %1 has shape %2; the %3 needs %4")
                                          .arg(name, NamedTensor::shapeText(tensor->shape), spec.architecture,
                                               NamedTensor::shapeText(target.sizes().vec())));
            if (int64_t(tensor->values.size()) != target.numel())
                throw Error::badInput(QStringLiteral("Weight %1 holds the wrong number of values").arg(name));
        }
        for (const NamedTensor &tensor : tensors)
            if (!known.contains(tensor.name))
                unexpected.append(tensor.name);
        if (!missing.isEmpty())
            throw Error::badInput(QStringLiteral("The weights lack %1 tensors that the %2 needs: %3")
                                      .arg(missing.size())
                                      .arg(spec.architecture, firstFew(missing)));
        if (!unexpected.isEmpty())
            throw Error::badInput(QStringLiteral("The weights hold %1 tensors that the %2 does not have: %3")
                                      .arg(unexpected.size())
                                      .arg(spec.architecture, firstFew(unexpected)));

        torch::NoGradGuard noGrad;
        for (const auto &[name, target] : targets) {
            const NamedTensor &tensor = *byName.value(name);
            target.copy_(torch::from_blob(const_cast<float *>(tensor.values.data()), target.sizes(), torch::kFloat));
        }
    }

    /// The forward pass, reporting each named layer's output to `tap`; returns early when it says so.
    void run(torch::Tensor x, const TapCallback &tap)
    {
        if (mobileNet ? runMobileNet(x, tap) : runResNet(x, tap))
            return;
        x = x.mean({2, 3});
        for (qsizetype i = 0; i < spec.head.size(); ++i) {
            x = applyActivation((head->begin() + i)->forward(x), spec.head[i].activation);
            if (tap(spec.head[i].name, x))
                return;
        }
    }

    bool runMobileNet(torch::Tensor &x, const TapCallback &tap)
    {
        nn::Sequential features = mobileNet->features;
        x = features->begin()->forward(x);
        if (tap(QStringLiteral("Conv1_relu"), x))
            return true;
        for (size_t b = 0; b < features->size() - 2; ++b) {
            const auto block = std::dynamic_pointer_cast<InvertedResidualImpl>(features->ptr(b + 1));
            nn::Sequential conv = block->conv;
            const QString prefix = b == 0 ? QStringLiteral("expanded_conv_") : QStringLiteral("block_%1_").arg(b);
            const torch::Tensor input = x;
            auto step = conv->begin();
            if (conv->size() == 4) {
                x = (step++)->forward(x);
                if (tap(prefix + QStringLiteral("expand_relu"), x))
                    return true;
            }
            x = (step++)->forward(x);
            if (tap(prefix + QStringLiteral("depthwise_relu"), x))
                return true;
            x = (step++)->forward(x);
            x = step->forward(x);
            if (block->useResidual)
                x = x + input;
            if (tap(prefix + (block->useResidual ? QStringLiteral("add") : QStringLiteral("project_BN")), x))
                return true;
        }
        x = (features->begin() + qsizetype(features->size() - 1))->forward(x);
        return tap(QStringLiteral("out_relu"), x);
    }

    bool runResNet(torch::Tensor &x, const TapCallback &tap)
    {
        x = resNet->bn1->forward(resNet->conv1->forward(x)).relu_();
        x = torch::max_pool2d(x, 3, 2, 1);
        if (tap(QStringLiteral("maxpool"), x))
            return true;
        nn::Sequential stages[] = {resNet->layer1, resNet->layer2, resNet->layer3, resNet->layer4};
        for (int i = 0; i < 4; ++i) {
            x = stages[i]->forward(x);
            if (tap(QStringLiteral("layer%1").arg(i + 1), x))
                return true;
        }
        return false;
    }

    torch::Tensor preprocess(const RgbImage &image) const
    {
        if (image.isNull() || image.pixels.size() != qsizetype(image.width) * image.height * 3)
            throw Error::badInput(QStringLiteral("An image to compute features of is empty or malformed"));
        const BackbonePreprocessing &input = spec.preprocessing;
        torch::Tensor x = torch::from_blob(const_cast<char *>(image.pixels.constData()), {1, image.height, image.width, 3}, torch::kUInt8)
                              .permute({0, 3, 1, 2})
                              .to(torch::kFloat)
                              .mul(input.scale);
        if (image.width != input.inputSize || image.height != input.inputSize)
            x = nn::functional::interpolate(x, nn::functional::InterpolateFuncOptions()
                                                   .size(std::vector<int64_t>{input.inputSize, input.inputSize})
                                                   .mode(torch::kBilinear)
                                                   .align_corners(input.alignCorners));
        const torch::Tensor mean = torch::tensor({input.mean[0], input.mean[1], input.mean[2]}, torch::kFloat).view({1, 3, 1, 1});
        const torch::Tensor std = torch::tensor({input.std[0], input.std[1], input.std[2]}, torch::kFloat).view({1, 3, 1, 1});
        return (x - mean) / std;
    }
};

Backbone::Backbone(std::unique_ptr<Private> backbone)
    : d(std::move(backbone))
{}

Backbone::Backbone(Backbone &&other) noexcept = default;
Backbone &Backbone::operator=(Backbone &&other) noexcept = default;
Backbone::~Backbone() = default;

Backbone Backbone::load(const QString &path)
{
    return fromWeights(BackboneFile::read(path));
}

Backbone Backbone::fromWeights(const BackboneWeights &weights)
{
    try {
        auto d = std::make_unique<Private>(weights.spec);
        d->loadWeights(weights.tensors);
        return Backbone(std::move(d));
    } catch (const c10::Error &error) {
        throw Error::badInput(QStringLiteral("The backbone's network could not be built: %1")
                                  .arg(QString::fromStdString(error.what_without_backtrace())));
    }
}

const BackboneSpec &Backbone::spec() const
{
    return d->spec;
}

QStringList Backbone::layers() const
{
    return d->layers;
}

int Backbone::featureSize(const QString &layer) const
{
    const auto it = d->featureSizes.constFind(layer.isEmpty() ? d->spec.defaultLayer : layer);
    if (it == d->featureSizes.cend())
        throw Error::badInput(QStringLiteral("The backbone %1 has no layer '%2'").arg(d->spec.name, layer));
    return *it;
}

std::vector<std::vector<float>> Backbone::features(const QList<RgbImage> &images, const QString &layer) const
{
    const QString target = layer.isEmpty() ? d->spec.defaultLayer : layer;
    const int size = featureSize(target);
    std::vector<std::vector<float>> rows;
    rows.reserve(size_t(images.size()));
    torch::NoGradGuard noGrad;
    for (qsizetype start = 0; start < images.size(); start += BatchSize) {
        std::vector<torch::Tensor> inputs;
        for (qsizetype i = start; i < std::min<qsizetype>(images.size(), start + BatchSize); ++i)
            inputs.push_back(d->preprocess(images[i]));
        torch::Tensor result;
        d->run(torch::cat(inputs), [&](const QString &name, const torch::Tensor &output) {
            if (name != target)
                return false;
            result = output.dim() == 4 ? output.mean({2, 3}) : output;
            return true;
        });
        result = result.contiguous();
        const float *values = result.data_ptr<float>();
        for (int64_t row = 0; row < result.size(0); ++row)
            rows.emplace_back(values + row * size, values + (row + 1) * size);
    }
    return rows;
}

void Backbone::save(const QString &path) const
{
    BackboneWeights weights;
    weights.spec = d->spec;
    for (const auto &[name, tensor] : d->namedTensors()) {
        const torch::Tensor values = tensor.detach().contiguous();
        weights.tensors.push_back(NamedTensor{name, values.sizes().vec(),
                                              std::vector<float>(values.data_ptr<float>(), values.data_ptr<float>() + values.numel())});
    }
    BackboneFile::write(path, weights);
}

} // namespace Atelier
