#pragma once

// Private to the core (and its white-box tests): includes LibTorch. Public headers never include it.
//
// The networks follow torchvision's reference implementations: the same layers, the same
// state-dict names (conv1.weight, layer1.0.bn2.running_mean, features.18.0.weight, fc.weight,
// classifier.1.bias, ...) and the same initialisation, so torchvision weights can be loaded later.

#include "trainingconfig.h"

#include <torch/torch.h>

namespace Atelier {

/// conv-BN-ReLU-conv-BN-ReLU-maxpool blocks, then a dense head. Blocks are added until the feature
/// map is at most 8 pixels wide, so the head stays small at any input size.
struct SmallCnnImpl : torch::nn::Module
{
    SmallCnnImpl(int channels, int inputSize, int classes, int width);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Sequential features{nullptr};
    torch::nn::Sequential classifier{nullptr};
};
TORCH_MODULE(SmallCnn);

/// ResNet-18's residual block (torchvision's BasicBlock).
struct BasicBlockImpl : torch::nn::Module
{
    static constexpr int expansion = 1;
    BasicBlockImpl(int64_t inPlanes, int64_t planes, int64_t stride, torch::nn::Sequential downsample);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(BasicBlock);

/// ResNet-50's residual block (torchvision's Bottleneck, stride on the 3x3 convolution: "v1.5").
struct BottleneckImpl : torch::nn::Module
{
    static constexpr int expansion = 4;
    BottleneckImpl(int64_t inPlanes, int64_t planes, int64_t stride, torch::nn::Sequential downsample);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

struct ResNetImpl : torch::nn::Module
{
    /// blocksPerLayer: {2, 2, 2, 2} with BasicBlock is ResNet-18, {3, 4, 6, 3} with Bottleneck ResNet-50.
    ResNetImpl(bool bottleneck, const std::array<int, 4> &blocksPerLayer, int channels, int classes);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Sequential layer1{nullptr}, layer2{nullptr}, layer3{nullptr}, layer4{nullptr};
    torch::nn::Linear fc{nullptr};

private:
    torch::nn::Sequential makeLayer(bool bottleneck, int64_t planes, int blocks, int64_t stride);
    int64_t m_inPlanes = 64;
};
TORCH_MODULE(ResNet);

/// MobileNetV2's block: expand (1x1), depthwise (3x3), project (1x1), with a residual when shapes allow.
struct InvertedResidualImpl : torch::nn::Module
{
    InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expandRatio);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Sequential conv{nullptr};
    bool useResidual = false;
};
TORCH_MODULE(InvertedResidual);

struct MobileNetV2Impl : torch::nn::Module
{
    MobileNetV2Impl(int channels, int classes);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Sequential features{nullptr};
    torch::nn::Sequential classifier{nullptr};
};
TORCH_MODULE(MobileNetV2);

/// Builds the network a run asks for, initialised as torchvision does (seed torch first).
class ModelZoo
{
public:
    /// The network, type-erased: forward() through AnyModule, parameters through ptr().
    static torch::nn::AnyModule create(const ModelConfig &config, int classes);
};

} // namespace Atelier
