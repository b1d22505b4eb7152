#include "modelzoo_p.h"

#include "error.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Atelier {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1, int64_t groups = 1)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding((kernel - 1) / 2).groups(groups).bias(false));
}

/// torchvision's scheme: Kaiming-normal (fan-out) convolutions, BatchNorm at identity.
/// Linear layers keep LibTorch's default, which is torch.nn.Linear's (Kaiming-uniform, a = sqrt(5)).
void initialiseLikeTorchvision(nn::Module &model)
{
    torch::NoGradGuard noGrad;
    for (auto &module : model.modules(/*include_self=*/false)) {
        if (auto *convolution = module->as<nn::Conv2d>()) {
            nn::init::kaiming_normal_(convolution->weight, 0.0, torch::kFanOut, torch::kReLU);
            if (convolution->bias.defined())
                nn::init::zeros_(convolution->bias);
        } else if (auto *norm = module->as<nn::BatchNorm2d>()) {
            nn::init::ones_(norm->weight);
            nn::init::zeros_(norm->bias);
        }
    }
}

/// torchvision's Conv2dNormActivation as MobileNetV2 uses it: conv, BN, ReLU6 (names .0, .1, .2).
/// A Sequential with a plain forward(), so that it can sit inside another Sequential.
struct Conv2dNormActivationImpl : nn::SequentialImpl
{
    Conv2dNormActivationImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups,
                             const MobileNetV2Options &options = {})
    {
        if (options.tfSamePadding && stride > 1)
            push_back(TfSameConv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(0).groups(groups).bias(false)));
        else
            push_back(conv(in, out, kernel, stride, groups));
        push_back(nn::BatchNorm2d(nn::BatchNorm2dOptions(out).eps(options.batchNormEpsilon)));
        push_back(nn::ReLU6(nn::ReLU6Options().inplace(true)));
    }
    torch::Tensor forward(torch::Tensor x) { return nn::SequentialImpl::forward(x); }
};
TORCH_MODULE(Conv2dNormActivation);

Conv2dNormActivation convBnRelu6(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups = 1,
                                 const MobileNetV2Options &options = {})
{
    return Conv2dNormActivation(in, out, kernel, stride, groups, options);
}

/// torchvision's _make_divisible: channel counts rounded to multiples of 8, never down by more than 10%.
int64_t makeDivisible(double value, int64_t divisor = 8)
{
    int64_t rounded = std::max<int64_t>(divisor, int64_t(value + divisor / 2.0) / divisor * divisor);
    if (double(rounded) < 0.9 * value)
        rounded += divisor;
    return rounded;
}

} // namespace

// ---------------------------------------------------------------------------------------------- small CNN

SmallCnnImpl::SmallCnnImpl(int channels, int inputSize, int classes, int width)
{
    features = register_module("features", nn::Sequential());
    int64_t in = channels;
    int size = inputSize;
    int block = 0;
    do {
        const int64_t out = int64_t(width) << std::min(block, 2);
        features->push_back(conv(in, out, 3));
        features->push_back(nn::BatchNorm2d(out));
        features->push_back(nn::ReLU(nn::ReLUOptions().inplace(true)));
        features->push_back(conv(out, out, 3));
        features->push_back(nn::BatchNorm2d(out));
        features->push_back(nn::ReLU(nn::ReLUOptions().inplace(true)));
        features->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2)));
        in = out;
        size /= 2;
        ++block;
    } while (size > 8);

    classifier = register_module("classifier", nn::Sequential(nn::Flatten(), nn::Linear(in * size * size, 256),
                                                             nn::ReLU(nn::ReLUOptions().inplace(true)),
                                                             nn::Dropout(0.25), nn::Linear(256, classes)));
    initialiseLikeTorchvision(*this);
}

torch::Tensor SmallCnnImpl::forward(torch::Tensor x)
{
    return classifier->forward(features->forward(x));
}

// ---------------------------------------------------------------------------------------------- ResNet

BasicBlockImpl::BasicBlockImpl(int64_t inPlanes, int64_t planes, int64_t stride, nn::Sequential downsampleLayer)
{
    conv1 = register_module("conv1", conv(inPlanes, planes, 3, stride));
    bn1 = register_module("bn1", nn::BatchNorm2d(planes));
    conv2 = register_module("conv2", conv(planes, planes, 3));
    bn2 = register_module("bn2", nn::BatchNorm2d(planes));
    if (downsampleLayer)
        downsample = register_module("downsample", downsampleLayer);
}

torch::Tensor BasicBlockImpl::forward(torch::Tensor x)
{
    torch::Tensor out = bn1->forward(conv1->forward(x)).relu_();
    out = bn2->forward(conv2->forward(out));
    const torch::Tensor identity = downsample ? downsample->forward(x) : x;
    return (out + identity).relu_();
}

BottleneckImpl::BottleneckImpl(int64_t inPlanes, int64_t planes, int64_t stride, nn::Sequential downsampleLayer)
{
    conv1 = register_module("conv1", conv(inPlanes, planes, 1));
    bn1 = register_module("bn1", nn::BatchNorm2d(planes));
    conv2 = register_module("conv2", conv(planes, planes, 3, stride));
    bn2 = register_module("bn2", nn::BatchNorm2d(planes));
    conv3 = register_module("conv3", conv(planes, planes * expansion, 1));
    bn3 = register_module("bn3", nn::BatchNorm2d(planes * expansion));
    if (downsampleLayer)
        downsample = register_module("downsample", downsampleLayer);
}

torch::Tensor BottleneckImpl::forward(torch::Tensor x)
{
    torch::Tensor out = bn1->forward(conv1->forward(x)).relu_();
    out = bn2->forward(conv2->forward(out)).relu_();
    out = bn3->forward(conv3->forward(out));
    const torch::Tensor identity = downsample ? downsample->forward(x) : x;
    return (out + identity).relu_();
}

ResNetImpl::ResNetImpl(bool bottleneck, const std::array<int, 4> &blocksPerLayer, int channels, int classes)
{
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(channels, 64, 7).stride(2).padding(3).bias(false)));
    bn1 = register_module("bn1", nn::BatchNorm2d(64));
    layer1 = register_module("layer1", makeLayer(bottleneck, 64, blocksPerLayer[0], 1));
    layer2 = register_module("layer2", makeLayer(bottleneck, 128, blocksPerLayer[1], 2));
    layer3 = register_module("layer3", makeLayer(bottleneck, 256, blocksPerLayer[2], 2));
    layer4 = register_module("layer4", makeLayer(bottleneck, 512, blocksPerLayer[3], 2));
    fc = register_module("fc", nn::Linear(512 * (bottleneck ? BottleneckImpl::expansion : BasicBlockImpl::expansion), classes));
    initialiseLikeTorchvision(*this);
}

nn::Sequential ResNetImpl::makeLayer(bool bottleneck, int64_t planes, int blocks, int64_t stride)
{
    const int64_t expansion = bottleneck ? BottleneckImpl::expansion : BasicBlockImpl::expansion;
    nn::Sequential downsample{nullptr};
    if (stride != 1 || m_inPlanes != planes * expansion)
        downsample = nn::Sequential(conv(m_inPlanes, planes * expansion, 1, stride), nn::BatchNorm2d(planes * expansion));
    nn::Sequential layer;
    for (int i = 0; i < blocks; ++i) {
        const int64_t blockStride = i == 0 ? stride : 1;
        const nn::Sequential blockDownsample = i == 0 ? downsample : nn::Sequential(nullptr);
        if (bottleneck)
            layer->push_back(Bottleneck(m_inPlanes, planes, blockStride, blockDownsample));
        else
            layer->push_back(BasicBlock(m_inPlanes, planes, blockStride, blockDownsample));
        m_inPlanes = planes * expansion;
    }
    return layer;
}

torch::Tensor ResNetImpl::forward(torch::Tensor x)
{
    x = bn1->forward(conv1->forward(x)).relu_();
    x = torch::max_pool2d(x, 3, 2, 1);
    x = layer4->forward(layer3->forward(layer2->forward(layer1->forward(x))));
    x = torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    return fc->forward(x);
}

// ---------------------------------------------------------------------------------------------- MobileNetV2

torch::Tensor TfSameConv2dImpl::forward(const torch::Tensor &x)
{
    // TensorFlow's 'same': as many outputs as ceil(size / stride); the odd one of the padding goes after.
    std::vector<int64_t> pads; // F.pad order: left, right, top, bottom
    for (const int dim : {3, 2}) {
        const int64_t size = x.size(dim);
        const int64_t stride = options.stride()->at(dim - 2);
        const int64_t kernel = options.kernel_size()->at(dim - 2);
        const int64_t outputs = (size + stride - 1) / stride;
        const int64_t total = std::max<int64_t>((outputs - 1) * stride + kernel - size, 0);
        pads.push_back(total / 2);
        pads.push_back(total - total / 2);
    }
    return nn::Conv2dImpl::forward(nn::functional::pad(x, nn::functional::PadFuncOptions(pads)));
}

InvertedResidualImpl::InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expandRatio)
    : InvertedResidualImpl(in, out, stride, expandRatio, MobileNetV2Options())
{}

InvertedResidualImpl::InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expandRatio,
                                           const MobileNetV2Options &options)
{
    const int64_t hidden = in * expandRatio;
    useResidual = stride == 1 && in == out;
    conv = nn::Sequential();
    if (expandRatio != 1)
        conv->push_back(convBnRelu6(in, hidden, 1, 1, 1, options));
    conv->push_back(convBnRelu6(hidden, hidden, 3, stride, hidden, options));
    conv->push_back(nn::Conv2d(nn::Conv2dOptions(hidden, out, 1).bias(false)));
    conv->push_back(nn::BatchNorm2d(nn::BatchNorm2dOptions(out).eps(options.batchNormEpsilon)));
    conv = register_module("conv", conv);
}

torch::Tensor InvertedResidualImpl::forward(torch::Tensor x)
{
    return useResidual ? x + conv->forward(x) : conv->forward(x);
}

MobileNetV2Impl::MobileNetV2Impl(int channels, int classes)
    : MobileNetV2Impl(channels, classes, MobileNetV2Options())
{}

MobileNetV2Impl::MobileNetV2Impl(int channels, int classes, const MobileNetV2Options &options)
{
    struct Stage
    {
        int64_t expand, out, repeats, stride;
    };
    const Stage stages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                            {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    const double width = options.widthMultiplier;
    int64_t in = makeDivisible(32 * width);
    const int64_t last = makeDivisible(1280 * std::max(1.0, width));
    features = nn::Sequential(convBnRelu6(channels, in, 3, 2, 1, options));
    for (const Stage &stage : stages) {
        const int64_t out = makeDivisible(double(stage.out) * width);
        for (int64_t i = 0; i < stage.repeats; ++i) {
            features->push_back(InvertedResidual(in, out, i == 0 ? stage.stride : 1, stage.expand, options));
            in = out;
        }
    }
    features->push_back(convBnRelu6(in, last, 1, 1, 1, options));
    features = register_module("features", features);
    if (options.classifier)
        classifier = register_module("classifier", nn::Sequential(nn::Dropout(0.2), nn::Linear(last, classes)));
    initialiseLikeTorchvision(*this);
    if (!options.classifier)
        return;

    // torchvision draws MobileNetV2's classifier from N(0, 0.01) with zero bias.
    torch::NoGradGuard noGrad;
    for (auto &module : classifier->modules(false))
        if (auto *linear = module->as<nn::Linear>()) {
            nn::init::normal_(linear->weight, 0, 0.01);
            nn::init::zeros_(linear->bias);
        }
}

torch::Tensor MobileNetV2Impl::forward(torch::Tensor x)
{
    x = features->forward(x);
    x = torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    return classifier ? classifier->forward(x) : x;
}

// ---------------------------------------------------------------------------------------------- factory

nn::AnyModule ModelZoo::create(const ModelConfig &config, int classes)
{
    if (classes < 2)
        throw Error::badInput(QStringLiteral("A classifier needs at least two classes (this run has %1)").arg(classes));
    switch (config.architecture) {
    case ModelArchitecture::SmallCnn:
        return nn::AnyModule(SmallCnn(config.channels, config.inputSize, classes, config.width));
    case ModelArchitecture::ResNet18:
        return nn::AnyModule(ResNet(false, std::array<int, 4>{2, 2, 2, 2}, config.channels, classes));
    case ModelArchitecture::ResNet50:
        return nn::AnyModule(ResNet(true, std::array<int, 4>{3, 4, 6, 3}, config.channels, classes));
    case ModelArchitecture::MobileNetV2:
        return nn::AnyModule(MobileNetV2(config.channels, classes));
    }
    throw Error::failure(QStringLiteral("Unknown architecture"));
}

// ---------------------------------------------------------------------------------------------- networks on backbones

BackboneNetSpec BackboneNetSpec::from(const BackboneSpec &backbone, const TransferConfig &transfer)
{
    BackboneNetSpec spec;
    spec.architecture = backbone.architecture;
    spec.widthMultiplier = backbone.widthMultiplier;
    spec.batchNormEpsilon = backbone.batchNormEpsilon;
    spec.tfSamePadding = backbone.tfSamePadding;
    spec.layer = transfer.layer.isEmpty() ? backbone.defaultLayer : transfer.layer;
    spec.head = transfer.head;
    spec.hiddenUnits = transfer.hiddenUnits;
    spec.dropout = transfer.dropout;
    for (const BackboneHeadLayer &layer : backbone.head)
        if (layer.name == spec.layer)
            throw Error::badInput(QStringLiteral("transfer.layer: %1 is in the dense head of backbone %2; a transfer run reads a layer "
                                                 "of its convolutional trunk (see 'atelier-cli backbones show %2')")
                                      .arg(spec.layer, backbone.name));
    if (spec.layer.isEmpty())
        throw Error::badInput(QStringLiteral("transfer.layer: backbone %1 names no default layer; name one").arg(backbone.name));
    return spec;
}

std::string BackboneNetSpec::toJson() const
{
    const QJsonObject json{{QStringLiteral("architecture"), architecture},
                           {QStringLiteral("widthMultiplier"), widthMultiplier},
                           {QStringLiteral("batchNormEpsilon"), batchNormEpsilon},
                           {QStringLiteral("tfSamePadding"), tfSamePadding},
                           {QStringLiteral("layer"), layer},
                           {QStringLiteral("head"), headKindName(head)},
                           {QStringLiteral("hiddenUnits"), hiddenUnits},
                           {QStringLiteral("dropout"), dropout},
                           {QStringLiteral("normaliseFeatures"), normaliseFeatures}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

BackboneNetSpec BackboneNetSpec::fromJson(const std::string &text)
{
    const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    BackboneNetSpec spec;
    spec.architecture = json.value(QStringLiteral("architecture")).toString();
    spec.widthMultiplier = json.value(QStringLiteral("widthMultiplier")).toDouble(1.0);
    spec.batchNormEpsilon = json.value(QStringLiteral("batchNormEpsilon")).toDouble(1e-5);
    spec.tfSamePadding = json.value(QStringLiteral("tfSamePadding")).toBool();
    spec.layer = json.value(QStringLiteral("layer")).toString();
    spec.hiddenUnits = json.value(QStringLiteral("hiddenUnits")).toInt(256);
    spec.dropout = json.value(QStringLiteral("dropout")).toDouble();
    spec.normaliseFeatures = json.value(QStringLiteral("normaliseFeatures")).toBool(false);
    const QString head = json.value(QStringLiteral("head")).toString();
    bool knownHead = false;
    for (const HeadKind kind : {HeadKind::Linear, HeadKind::Mlp})
        if (headKindName(kind) == head) {
            spec.head = kind;
            knownHead = true;
        }
    if (spec.architecture.isEmpty() || spec.layer.isEmpty() || !knownHead || spec.hiddenUnits < 1 || !(spec.widthMultiplier > 0)
        || !(spec.batchNormEpsilon > 0))
        throw Error::badInput(QStringLiteral("The description of the network on a backbone is incomplete or damaged"));
    return spec;
}

BackboneClassifierImpl::BackboneClassifierImpl(const BackboneNetSpec &netSpec, int classes)
    : spec(netSpec)
{
    if (spec.architecture == QLatin1String("mobilenet_v2")) {
        MobileNetV2Options options;
        options.widthMultiplier = spec.widthMultiplier;
        options.batchNormEpsilon = spec.batchNormEpsilon;
        options.tfSamePadding = spec.tfSamePadding;
        options.classifier = false;
        mobileNet = register_module("trunk", MobileNetV2(3, 1, options));
        // The layers as Backbone names them (Keras' names), each with where it ends.
        QHash<QString, std::pair<int, int>> ends{{QStringLiteral("Conv1_relu"), {1, 0}}};
        const int blockCount = int(mobileNet->features->size()) - 2;
        for (int b = 0; b < blockCount; ++b) {
            const auto block = std::dynamic_pointer_cast<InvertedResidualImpl>(mobileNet->features->ptr(size_t(b) + 1));
            const QString prefix = b == 0 ? QStringLiteral("expanded_conv_") : QStringLiteral("block_%1_").arg(b);
            const bool expands = block->conv->size() == 4;
            if (expands)
                ends.insert(prefix + QStringLiteral("expand_relu"), {b + 1, 1});
            ends.insert(prefix + QStringLiteral("depthwise_relu"), {b + 1, expands ? 2 : 1});
            ends.insert(prefix + (block->useResidual ? QStringLiteral("add") : QStringLiteral("project_BN")), {b + 2, 0});
        }
        ends.insert(QStringLiteral("out_relu"), {int(mobileNet->features->size()), 0});
        const auto end = ends.constFind(spec.layer);
        if (end == ends.cend())
            throw Error::badInput(QStringLiteral("A MobileNetV2 has no layer '%1' (e.g. block_13_expand_relu, out_relu)").arg(spec.layer));
        m_wholeSteps = end->first;
        m_partialSteps = end->second;
    } else if (spec.architecture == QLatin1String("resnet18") || spec.architecture == QLatin1String("resnet50")) {
        const bool bottleneck = spec.architecture == QLatin1String("resnet50");
        resNet = register_module("trunk", bottleneck ? ResNet(true, std::array<int, 4>{3, 4, 6, 3}, 3, 1)
                                                     : ResNet(false, std::array<int, 4>{2, 2, 2, 2}, 3, 1));
        const QStringList stages{QStringLiteral("maxpool"), QStringLiteral("layer1"), QStringLiteral("layer2"), QStringLiteral("layer3"),
                                 QStringLiteral("layer4")};
        if (!stages.contains(spec.layer))
            throw Error::badInput(QStringLiteral("A ResNet has no layer '%1' (its layers: maxpool, layer1 ... layer4)").arg(spec.layer));
        m_wholeSteps = int(stages.indexOf(spec.layer)) + 1;
    } else {
        throw Error::badInput(QStringLiteral("Unknown backbone architecture '%1'").arg(spec.architecture));
    }
    if (classes < 2)
        throw Error::badInput(QStringLiteral("A classifier needs at least two classes (this run has %1)").arg(classes));

    {
        // The layer's width, from one small forward pass that leaves no trace in the statistics.
        torch::NoGradGuard noGrad;
        trunk()->eval();
        m_featureSize = int(features(torch::zeros({1, 3, 64, 64})).size(1));
        trunk()->train();
    }
    head = nn::Sequential();
    if (spec.head == HeadKind::Linear) {
        head->push_back(nn::Dropout(spec.dropout));
        head->push_back(nn::Linear(m_featureSize, classes));
    } else {
        head->push_back(nn::Linear(m_featureSize, spec.hiddenUnits));
        head->push_back(nn::ReLU(nn::ReLUOptions().inplace(true)));
        head->push_back(nn::Dropout(spec.dropout));
        head->push_back(nn::Linear(spec.hiddenUnits, classes));
    }
    head = register_module("head", head);
}

std::shared_ptr<nn::Module> BackboneClassifierImpl::trunk() const
{
    return mobileNet ? std::static_pointer_cast<nn::Module>(mobileNet.ptr()) : std::static_pointer_cast<nn::Module>(resNet.ptr());
}

torch::Tensor BackboneClassifierImpl::features(torch::Tensor x)
{
    if (mobileNet) {
        // The same modules in the same order as Backbone's forward pass, stopped at the layer.
        nn::Sequential steps = mobileNet->features;
        for (int i = 0; i < m_wholeSteps; ++i)
            x = (steps->begin() + i)->forward(x);
        if (m_partialSteps > 0) {
            const auto block = std::dynamic_pointer_cast<InvertedResidualImpl>(steps->ptr(size_t(m_wholeSteps)));
            for (int i = 0; i < m_partialSteps; ++i)
                x = (block->conv->begin() + i)->forward(x);
        }
    } else {
        x = resNet->bn1->forward(resNet->conv1->forward(x)).relu_();
        x = torch::max_pool2d(x, 3, 2, 1);
        nn::Sequential stages[] = {resNet->layer1, resNet->layer2, resNet->layer3, resNet->layer4};
        for (int i = 0; i + 1 < m_wholeSteps; ++i)
            x = stages[i]->forward(x);
    }
    const torch::Tensor pooled = x.mean({2, 3});
    return spec.normaliseFeatures ? powerNormalised(pooled) : pooled;
}

torch::Tensor BackboneClassifierImpl::powerNormalised(const torch::Tensor &rows)
{
    const torch::Tensor rooted = rows.sign() * rows.abs().sqrt();
    return rooted / rooted.norm(2, 1, true).clamp_min(1e-12);
}

torch::Tensor BackboneClassifierImpl::headInput(torch::Tensor x)
{
    const auto last = head->end() - 1;
    for (auto layer = head->begin(); layer != last; ++layer)
        x = layer->forward(x);
    return x;
}

torch::Tensor BackboneClassifierImpl::classify(const torch::Tensor &x)
{
    return (head->end() - 1)->forward(x);
}

torch::Tensor BackboneClassifierImpl::forward(torch::Tensor x)
{
    return classify(headInput(features(x)));
}

void BackboneClassifierImpl::loadTrunk(const std::vector<NamedTensor> &tensors)
{
    QHash<QString, const NamedTensor *> byName;
    for (const NamedTensor &tensor : tensors)
        byName.insert(tensor.name, &tensor);
    std::vector<std::pair<QString, torch::Tensor>> targets;
    for (const auto &item : trunk()->named_parameters())
        targets.emplace_back(QString::fromStdString(item.key()), item.value());
    for (const auto &item : trunk()->named_buffers())
        targets.emplace_back(QString::fromStdString(item.key()), item.value());
    torch::NoGradGuard noGrad;
    for (const auto &[name, target] : targets) {
        if (name.endsWith(QLatin1String("num_batches_tracked")) || (resNet && name.startsWith(QLatin1String("fc."))))
            continue;
        const NamedTensor *tensor = byName.value(name);
        if (!tensor)
            throw Error::badInput(QStringLiteral("The backbone's weights lack %1").arg(name));
        if (tensor->shape != target.sizes().vec() || int64_t(tensor->values.size()) != target.numel())
            throw Error::badInput(QStringLiteral("The backbone's weight %1 has shape %2; the network needs %3")
                                      .arg(name, NamedTensor::shapeText(tensor->shape), NamedTensor::shapeText(target.sizes().vec())));
        target.copy_(torch::from_blob(const_cast<float *>(tensor->values.data()), target.sizes(), torch::kFloat));
    }
}

std::vector<std::vector<std::shared_ptr<nn::Module>>> BackboneClassifierImpl::blocks() const
{
    std::vector<std::vector<std::shared_ptr<nn::Module>>> result;
    if (mobileNet) {
        for (int i = 0; i < m_wholeSteps; ++i)
            result.push_back({mobileNet->features->ptr(size_t(i))});
        if (m_partialSteps > 0) {
            const auto block = std::dynamic_pointer_cast<InvertedResidualImpl>(mobileNet->features->ptr(size_t(m_wholeSteps)));
            std::vector<std::shared_ptr<nn::Module>> steps;
            for (int i = 0; i < m_partialSteps; ++i)
                steps.push_back(block->conv->ptr(size_t(i)));
            result.push_back(steps);
        }
    } else {
        result.push_back({resNet->conv1.ptr(), resNet->bn1.ptr()});
        const nn::Sequential stages[] = {resNet->layer1, resNet->layer2, resNet->layer3, resNet->layer4};
        for (int i = 0; i + 1 < m_wholeSteps; ++i)
            for (const auto &child : stages[i]->children())
                result.push_back({child});
    }
    return result;
}

void BackboneClassifierImpl::freezeTrunk(int trainableBlocks)
{
    m_trainableBlocks = trainableBlocks;
    for (torch::Tensor &parameter : trunk()->parameters())
        parameter.set_requires_grad(false);
    const auto trunkBlocks = blocks();
    const size_t first = trainableBlocks < 0 ? 0 : trunkBlocks.size() - std::min(trunkBlocks.size(), size_t(trainableBlocks));
    for (size_t i = first; i < trunkBlocks.size(); ++i)
        for (const auto &module : trunkBlocks[i])
            for (torch::Tensor &parameter : module->parameters())
                parameter.set_requires_grad(true);
}

std::vector<torch::Tensor> BackboneClassifierImpl::trainableTrunkParameters() const
{
    std::vector<torch::Tensor> result;
    for (const auto &block : blocks())
        for (const auto &module : block)
            for (const torch::Tensor &parameter : module->parameters())
                if (parameter.requires_grad())
                    result.push_back(parameter);
    return result;
}

void BackboneClassifierImpl::setTraining(bool on, BatchNormMode batchNorm)
{
    train(on);
    if (!on)
        return;
    // Blocks past the layer never run; their modes do not matter.
    const auto trunkBlocks = blocks();
    const size_t firstTrainable = m_trainableBlocks < 0 ? 0 : trunkBlocks.size() - std::min(trunkBlocks.size(), size_t(m_trainableBlocks));
    for (size_t i = 0; i < trunkBlocks.size(); ++i) {
        if (batchNorm == BatchNormMode::Train && i >= firstTrainable)
            continue;
        for (const auto &module : trunkBlocks[i])
            for (const auto &part : module->modules(/*include_self=*/true))
                if (part->as<nn::BatchNorm2d>())
                    part->eval();
    }
}

BackboneClassifier ModelZoo::createOnBackbone(const TransferConfig &transfer, const BackboneWeights &weights, int classes)
{
    BackboneClassifier network(BackboneNetSpec::from(weights.spec, transfer), classes);
    network->loadTrunk(weights.tensors);
    return network;
}

} // namespace Atelier
