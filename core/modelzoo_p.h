#pragma once

// Private to the core (and its white-box tests): includes LibTorch. Public headers never include it.
//
// The networks follow torchvision's reference implementations: the same layers, the same
// state-dict names (conv1.weight, layer1.0.bn2.running_mean, features.18.0.weight, fc.weight,
// classifier.1.bias, ...) and the same initialisation, so torchvision weights can be loaded later.

#include "backbonefile.h"
#include "trainingconfig.h"

#include <torch/torch.h>

#include <string>

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

/// Where a MobileNetV2 departs from torchvision's, to run weights trained elsewhere (Keras, TF.js).
/// The defaults are torchvision's; state-dict names do not depend on them.
struct MobileNetV2Options
{
    double widthMultiplier = 1.0;   ///< torchvision's width_mult, Keras' alpha
    double batchNormEpsilon = 1e-5; ///< Keras builds MobileNetV2 with 1e-3
    /// Stride-2 layers pad as TensorFlow's 'same' does: an even size gets its one extra row and
    /// column at the bottom and right only (Keras' ZeroPadding2D((0, 1), (0, 1))), not on every side.
    bool tfSamePadding = false;
    bool classifier = true; ///< false: forward() returns the pooled features (a pretrained trunk)
};

/// A convolution that pads as TensorFlow's 'same' at run time (padding option 0); same parameters as Conv2d.
struct TfSameConv2dImpl : torch::nn::Conv2dImpl
{
    using torch::nn::Conv2dImpl::Conv2dImpl;
    torch::Tensor forward(const torch::Tensor &x);
};
TORCH_MODULE(TfSameConv2d);

/// MobileNetV2's block: expand (1x1), depthwise (3x3), project (1x1), with a residual when shapes allow.
struct InvertedResidualImpl : torch::nn::Module
{
    InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expandRatio);
    InvertedResidualImpl(int64_t in, int64_t out, int64_t stride, int64_t expandRatio, const MobileNetV2Options &options);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Sequential conv{nullptr};
    bool useResidual = false;
};
TORCH_MODULE(InvertedResidual);

struct MobileNetV2Impl : torch::nn::Module
{
    MobileNetV2Impl(int channels, int classes);
    MobileNetV2Impl(int channels, int classes, const MobileNetV2Options &options);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Sequential features{nullptr};
    torch::nn::Sequential classifier{nullptr};
};
TORCH_MODULE(MobileNetV2);

/// What a network on a pretrained backbone is made of: the trunk as the backbone's spec builds
/// it, the layer its features are read from, and the new head. Weight files of such networks
/// carry it as JSON ("backbone_net"), so they can be rebuilt without the backbone file.
struct BackboneNetSpec
{
    QString architecture;           ///< "mobilenet_v2", "resnet18" or "resnet50"
    double widthMultiplier = 1.0;
    double batchNormEpsilon = 1e-5;
    bool tfSamePadding = false;
    QString layer;                  ///< a trunk layer, as Backbone::layers() names it
    HeadKind head = HeadKind::Linear;
    int hiddenUnits = 256;
    double dropout = 0;
    /// The pooled features go through powerNormalised() before the head (features runs).
    bool normaliseFeatures = false;

    /// The backbone's trunk with the transfer settings' layer (its default when empty) and head.
    static BackboneNetSpec from(const BackboneSpec &backbone, const TransferConfig &transfer);
    std::string toJson() const;
    /// Throws Error(BadInput) for text that is not such a description.
    static BackboneNetSpec fromJson(const std::string &json);
};

/// A pretrained trunk read up to one of its layers and averaged over the image (exactly as
/// Backbone::features() computes it), then a new head: what features and fine_tune runs train,
/// and what the predictor runs for them. The trunk keeps the backbone's tensor names under
/// "trunk." (blocks past the layer stay, unused); the head is "head.".
struct BackboneClassifierImpl : torch::nn::Module
{
    /// Throws Error(BadInput) for an unknown architecture or a layer the trunk does not have.
    BackboneClassifierImpl(const BackboneNetSpec &spec, int classes);
    torch::Tensor forward(torch::Tensor x);

    /// The layer's output, averaged over the image: [batch, featureSize()]; power-normalised
    /// when the spec says so.
    torch::Tensor features(torch::Tensor x);
    /// Rows of features with a signed square root taken, then scaled to unit length: what a
    /// features run's head sees, from the network or from the feature cache alike.
    static torch::Tensor powerNormalised(const torch::Tensor &rows);
    /// The head up to its last layer (the embedding the predictor's neighbours use), and that layer.
    torch::Tensor headInput(torch::Tensor features);
    torch::Tensor classify(const torch::Tensor &headInput);
    int featureSize() const { return m_featureSize; }

    /// Copies the backbone's trunk tensors in (names as backbone files give them); throws
    /// Error(BadInput) when one is missing or has another shape.
    void loadTrunk(const std::vector<NamedTensor> &tensors);
    /// The trunk's blocks that lead to the layer, input first, each as its modules.
    std::vector<std::vector<std::shared_ptr<torch::nn::Module>>> blocks() const;
    /// Freezes the trunk except its last `blocks` blocks (-1: none frozen); the head always trains.
    void freezeTrunk(int trainableBlocks);
    /// The trunk's parameters that train, and the head's: two optimizer groups.
    std::vector<torch::Tensor> trainableTrunkParameters() const;
    /// train(on), with the BatchNorm layers of frozen blocks (all of them with Frozen) in eval
    /// mode, so their statistics stay the pretrained ones.
    void setTraining(bool on, BatchNormMode batchNorm);

    BackboneNetSpec spec;
    MobileNetV2 mobileNet{nullptr};
    ResNet resNet{nullptr};
    torch::nn::Sequential head{nullptr};

private:
    std::shared_ptr<torch::nn::Module> trunk() const;
    int m_featureSize = 0;
    int m_trainableBlocks = -1;
    // Where the layer is: MobileNetV2 runs features[0, m_wholeSteps) and then the first
    // m_partialSteps convolutions of the next block; ResNet runs its stem and m_wholeSteps - 1 stages.
    int m_wholeSteps = 0;
    int m_partialSteps = 0;
};
TORCH_MODULE(BackboneClassifier);

/// Builds the network a run asks for, initialised as torchvision does (seed torch first).
class ModelZoo
{
public:
    /// The network, type-erased: forward() through AnyModule, parameters through ptr().
    static torch::nn::AnyModule create(const ModelConfig &config, int classes);
    /// A network on a backbone (features and fine_tune runs): its trunk weights copied in, the
    /// head initialised from torch's generator. Throws Error(BadInput) for a layer in the
    /// backbone's dense head or weights that do not fit.
    static BackboneClassifier createOnBackbone(const TransferConfig &transfer, const BackboneWeights &weights, int classes);
};

} // namespace Atelier
