// Compiled with QT_NO_KEYWORDS: it includes LibTorch to give the network random weights.

#include "testbackbones.h"

#include "modelzoo_p.h"

namespace Atelier::TestBackbones {

QString defaultLayer()
{
    return QStringLiteral("block_6_expand_relu");
}

BackboneWeights randomMobileNetV2(const QString &name, quint64 seed)
{
    MobileNetV2Options options;
    options.widthMultiplier = 0.5;
    options.batchNormEpsilon = 1e-3;
    options.tfSamePadding = true;
    options.classifier = false;
    torch::manual_seed(seed);
    MobileNetV2 trunk(3, 1, options);
    {
        // Random BatchNorm statistics, so that features differ between images.
        torch::NoGradGuard noGrad;
        for (const auto &module : trunk->modules(false))
            if (auto *norm = module->as<torch::nn::BatchNorm2d>()) {
                norm->weight.uniform_(0.8, 1.2);
                norm->bias.uniform_(-0.1, 0.1);
                norm->running_mean.uniform_(-0.1, 0.1);
                norm->running_var.uniform_(0.8, 1.2);
            }
    }
    BackboneWeights weights;
    const auto add = [&](const std::string &key, const torch::Tensor &value) {
        const torch::Tensor t = value.detach().contiguous();
        weights.tensors.push_back(NamedTensor{QString::fromStdString(key), t.sizes().vec(),
                                              std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel())});
    };
    for (const auto &item : trunk->named_parameters())
        add(item.key(), item.value());
    for (const auto &item : trunk->named_buffers())
        if (item.key().find("num_batches_tracked") == std::string::npos)
            add(item.key(), item.value());
    BackboneSpec &spec = weights.spec;
    spec.name = name;
    spec.architecture = QStringLiteral("mobilenet_v2");
    spec.widthMultiplier = 0.5;
    spec.batchNormEpsilon = 1e-3;
    spec.tfSamePadding = true;
    spec.preprocessing.inputSize = 64;
    spec.defaultLayer = defaultLayer();
    spec.source = QStringLiteral("test");
    return weights;
}

void write(const QString &path, const QString &name, quint64 seed)
{
    BackboneFile::write(path, randomMobileNetV2(name, seed));
}

} // namespace Atelier::TestBackbones
