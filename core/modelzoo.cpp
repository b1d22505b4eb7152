#include "modelzoo_p.h"

#include "error.h"

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
    Conv2dNormActivationImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups)
    {
        push_back(conv(in, out, kernel, stride, groups));
        push_back(nn::BatchNorm2d(out));
        push_back(nn::ReLU6(nn::ReLU6Options().inplace(true)));
    }
    torch::Tensor forward(torch::Tensor x) { return nn::SequentialImpl::forward(x); }
};
TORCH_MODULE(Conv2dNormActivation);

Conv2dNormActivation convBnRelu6(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups = 1)
{
    return Conv2dNormActivation(in, out, kernel, stride, groups);
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

InvertedResidualImpl::InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expandRatio)
{
    const int64_t hidden = in * expandRatio;
    useResidual = stride == 1 && in == out;
    conv = nn::Sequential();
    if (expandRatio != 1)
        conv->push_back(convBnRelu6(in, hidden, 1, 1));
    conv->push_back(convBnRelu6(hidden, hidden, 3, stride, hidden));
    conv->push_back(nn::Conv2d(nn::Conv2dOptions(hidden, out, 1).bias(false)));
    conv->push_back(nn::BatchNorm2d(out));
    conv = register_module("conv", conv);
}

torch::Tensor InvertedResidualImpl::forward(torch::Tensor x)
{
    return useResidual ? x + conv->forward(x) : conv->forward(x);
}

MobileNetV2Impl::MobileNetV2Impl(int channels, int classes)
{
    struct Stage
    {
        int64_t expand, out, repeats, stride;
    };
    const Stage stages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                            {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    int64_t in = makeDivisible(32);
    const int64_t last = makeDivisible(1280);
    features = nn::Sequential(convBnRelu6(channels, in, 3, 2));
    for (const Stage &stage : stages) {
        const int64_t out = makeDivisible(double(stage.out));
        for (int64_t i = 0; i < stage.repeats; ++i) {
            features->push_back(InvertedResidual(in, out, i == 0 ? stage.stride : 1, stage.expand));
            in = out;
        }
    }
    features->push_back(convBnRelu6(in, last, 1, 1));
    features = register_module("features", features);
    classifier = register_module("classifier", nn::Sequential(nn::Dropout(0.2), nn::Linear(last, classes)));

    initialiseLikeTorchvision(*this);
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
    return classifier->forward(x);
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

} // namespace Atelier
