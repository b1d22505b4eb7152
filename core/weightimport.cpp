#include "weightimport.h"

#include "error.h"
#include "kerasmodel.h"
#include "torcharchive.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <array>
#include <cmath>
#include <optional>

namespace Atelier {

namespace {

// ------------------------------------------------------------------------------------------------ MobileNetV2's plan

struct BlockPlan
{
    int expansion;
    int outputs; ///< at width 1
    int stride;
};

/// torchvision's and Keras' MobileNetV2: 17 inverted residual blocks.
const std::array<BlockPlan, 17> &mobileNetBlocks()
{
    static const std::array<BlockPlan, 17> blocks = [] {
        struct Stage
        {
            int expansion, outputs, repeats, stride;
        };
        const Stage stages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                                {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
        std::array<BlockPlan, 17> result{};
        size_t index = 0;
        for (const Stage &stage : stages)
            for (int i = 0; i < stage.repeats; ++i)
                result[index++] = BlockPlan{stage.expansion, stage.outputs, i == 0 ? stage.stride : 1};
        return result;
    }();
    return blocks;
}

/// torchvision's _make_divisible (the network's own rule; Keras' differs only in rare widths).
int makeDivisible(double value)
{
    int rounded = std::max(8, int(value + 4) / 8 * 8);
    if (rounded < 0.9 * value)
        rounded += 8;
    return rounded;
}

struct ChannelPlan
{
    int stem = 0;
    std::array<int, 17> blocks{};
    int last = 0;
    bool operator==(const ChannelPlan &other) const
    {
        return stem == other.stem && blocks == other.blocks && last == other.last;
    }
};

ChannelPlan channelPlan(double width)
{
    ChannelPlan plan;
    plan.stem = makeDivisible(32 * width);
    for (size_t i = 0; i < 17; ++i)
        plan.blocks[i] = makeDivisible(mobileNetBlocks()[i].outputs * width);
    plan.last = makeDivisible(1280 * std::max(1.0, width));
    return plan;
}

/// The width multiplier that gives these channel counts: the published ones first, then any
/// in steps of 0.01.
std::optional<double> widthFor(const ChannelPlan &plan)
{
    for (const double width : {1.0, 0.35, 0.5, 0.75, 1.3, 1.4})
        if (channelPlan(width) == plan)
            return width;
    for (int hundredths = 1; hundredths <= 400; ++hundredths)
        if (channelPlan(hundredths / 100.0) == plan)
            return hundredths / 100.0;
    return std::nullopt;
}

/// TensorFlow's 'same' padding of a 3x3, stride-2 layer on `size` pixels: {before, after}.
std::pair<int, int> tfSamePad(int size)
{
    const int outputs = (size + 1) / 2;
    const int total = std::max((outputs - 1) * 2 + 3 - size, 0);
    return {total / 2, total - total / 2};
}

BackbonePreprocessing preprocessingFor(const WeightImportOptions &options, std::pair<double, double> defaultRange,
                                       int defaultSize)
{
    BackbonePreprocessing input;
    input.inputSize = options.inputSize.value_or(defaultSize);
    if (input.inputSize < 16 || input.inputSize > 2048)
        throw Error::badInput(QStringLiteral("The input size must be from 16 to 2048 pixels"));
    input.alignCorners = options.alignCorners.value_or(false);
    const auto [low, high] = options.inputRange.value_or(defaultRange);
    if (!(high > low))
        throw Error::badInput(QStringLiteral("The input range must go from a lower to a higher value"));
    // (x / 255 - mean) / std = low + (high - low) * x / 255
    const double std = 1.0 / (high - low);
    const double mean = -low * std;
    input.scale = 1.0 / 255.0;
    input.mean = {mean, mean, mean};
    input.std = {std, std, std};
    return input;
}

QString baseName(const QString &path, const WeightImportOptions &options)
{
    if (!options.name.isEmpty())
        return options.name;
    const QFileInfo info(path);
    return info.completeBaseName() == QLatin1String("model") ? info.dir().dirName() : info.completeBaseName();
}

// ------------------------------------------------------------------------------------------------ Keras

/// Maps a Keras MobileNetV2, layer by layer, onto our MobileNetV2's state dict. Every layer and
/// every weight of the file must find its place, with the configuration our network computes.
class KerasMobileNetMapper
{
public:
    KerasMobileNetMapper(const KerasModel &model, const QString &path, const WeightImportOptions &options)
        : m_model(model)
        , m_path(path)
        , m_options(options)
    {}

    BackboneWeights run()
    {
        BackboneWeights result;
        BackboneSpec &spec = result.spec;
        mapTrunk();
        mapHead(spec);

        for (const KerasLayer &layer : m_model.layers)
            if (!m_usedLayers.contains(layer.name))
                throw bad(QStringLiteral("layer %1 (%2) is not part of a MobileNetV2 and its head").arg(layer.name, layer.className));
        for (const KerasWeight &weight : m_model.weights)
            if (!m_usedWeights.contains(weight.name))
                throw bad(QStringLiteral("weight %1 belongs to no layer of a MobileNetV2").arg(weight.name));

        ChannelPlan plan;
        plan.stem = m_stem;
        plan.blocks = m_blockOutputs;
        plan.last = m_last;
        const std::optional<double> width = widthFor(plan);
        if (!width)
            throw bad(QStringLiteral("its channel counts (%1 at the stem, %2 at the end) match no MobileNetV2 width").arg(m_stem).arg(m_last));

        spec.name = baseName(m_path, m_options);
        spec.architecture = QStringLiteral("mobilenet_v2");
        spec.widthMultiplier = *width;
        spec.batchNormEpsilon = *m_epsilon;
        spec.tfSamePadding = true;
        spec.preprocessing = preprocessingFor(m_options, {-1.0, 1.0}, m_inputSize);
        spec.defaultLayer = m_options.defaultLayer.isEmpty() ? QStringLiteral("out_relu") : m_options.defaultLayer;
        spec.classNames = m_options.classNames;
        spec.source = QStringLiteral("keras");
        spec.provenance = m_options.provenance;
        if (!spec.provenance.contains(QStringLiteral("imported from")))
            spec.provenance.insert(QStringLiteral("imported from"), QFileInfo(m_path).fileName());
        if (!m_model.kerasVersion.isEmpty())
            spec.provenance.insert(QStringLiteral("keras version"), m_model.kerasVersion);
        result.tensors = std::move(m_tensors);
        return result;
    }

private:
    Error bad(const QString &reason) const
    {
        return Error::badInput(QStringLiteral("%1 is not a Keras MobileNetV2 that Atelier can import: %2")
                                   .arg(QFileInfo(m_path).fileName(), reason));
    }

    /// The layer `name`, of one of `classNames`, fed by exactly `inbound`.
    const KerasLayer &expect(const QString &name, const QStringList &classNames, const QStringList &inbound)
    {
        const KerasLayer *layer = m_model.layer(name);
        if (!layer)
            throw bad(QStringLiteral("it has no layer %1").arg(name));
        if (!classNames.contains(layer->className))
            throw bad(QStringLiteral("layer %1 is a %2, not a %3").arg(name, layer->className, classNames.join(QStringLiteral(" or "))));
        if (QSet<QString>(layer->inbound.begin(), layer->inbound.end()) != QSet<QString>(inbound.begin(), inbound.end())
            || layer->inbound.size() != inbound.size())
            throw bad(QStringLiteral("layer %1 takes %2 where a MobileNetV2 feeds it %3")
                          .arg(name, layer->inbound.join(QStringLiteral(", ")), inbound.join(QStringLiteral(", "))));
        m_usedLayers.insert(name);
        return *layer;
    }

    static std::pair<int, int> pairOf(const QJsonValue &value)
    {
        if (value.isDouble())
            return {value.toInt(), value.toInt()};
        const QJsonArray array = value.toArray();
        return {array.at(0).toInt(-1), array.at(array.size() > 1 ? 1 : 0).toInt(-1)};
    }

    void checkConvolution(const KerasLayer &layer, int kernel, int stride, const QString &padding)
    {
        const QJsonObject &config = layer.config;
        if (pairOf(config.value(QStringLiteral("kernel_size"))) != std::pair(kernel, kernel))
            throw bad(QStringLiteral("layer %1 should have a %2x%2 kernel").arg(layer.name).arg(kernel));
        if (pairOf(config.value(QStringLiteral("strides"))) != std::pair(stride, stride))
            throw bad(QStringLiteral("layer %1 should have stride %2").arg(layer.name).arg(stride));
        if (config.contains(QStringLiteral("dilation_rate")) && pairOf(config.value(QStringLiteral("dilation_rate"))) != std::pair(1, 1))
            throw bad(QStringLiteral("layer %1 is dilated").arg(layer.name));
        if (kernel > 1 && config.value(QStringLiteral("padding")).toString() != padding)
            throw bad(QStringLiteral("layer %1 should pad '%2', not '%3'").arg(layer.name, padding, config.value(QStringLiteral("padding")).toString()));
        if (config.value(QStringLiteral("use_bias")).toBool(true))
            throw bad(QStringLiteral("layer %1 has a bias; MobileNetV2's convolutions have none").arg(layer.name));
        if (config.value(QStringLiteral("activation")).toString(QStringLiteral("linear")) != QLatin1String("linear"))
            throw bad(QStringLiteral("layer %1 has an activation of its own").arg(layer.name));
        if (config.value(QStringLiteral("data_format")).toString(QStringLiteral("channels_last")) != QLatin1String("channels_last"))
            throw bad(QStringLiteral("layer %1 is channels-first").arg(layer.name));
        if (config.contains(QStringLiteral("depth_multiplier")) && config.value(QStringLiteral("depth_multiplier")).toInt() != 1)
            throw bad(QStringLiteral("layer %1 has a depth multiplier other than 1").arg(layer.name));
    }

    void checkPadding(const KerasLayer &layer, int size)
    {
        const QJsonValue padding = layer.config.value(QStringLiteral("padding"));
        int top, bottom, left, right;
        if (padding.isDouble()) {
            top = bottom = left = right = padding.toInt();
        } else {
            const QJsonArray rows = padding.toArray();
            const auto [t, b] = pairOf(rows.at(0));
            const auto [l, r] = pairOf(rows.at(1));
            top = t, bottom = b, left = l, right = r;
        }
        const auto [before, after] = tfSamePad(size);
        if (top != before || bottom != after || left != before || right != after)
            throw bad(QStringLiteral("layer %1 pads (%2, %3) rows and (%4, %5) columns; at %6 pixels our network pads as "
                                     "TensorFlow's 'same', (%7, %8) (a different input size?)")
                          .arg(layer.name)
                          .arg(top)
                          .arg(bottom)
                          .arg(left)
                          .arg(right)
                          .arg(size)
                          .arg(before)
                          .arg(after));
    }

    void checkRelu6(const KerasLayer &layer)
    {
        const QJsonObject &config = layer.config;
        const bool relu6 = layer.className == QLatin1String("ReLU")
                               ? config.value(QStringLiteral("max_value")).toDouble() == 6.0
                                     && config.value(QStringLiteral("negative_slope")).toDouble(0) == 0
                                     && config.value(QStringLiteral("threshold")).toDouble(0) == 0
                               : config.value(QStringLiteral("activation")).toString() == QLatin1String("relu6");
        if (!relu6)
            throw bad(QStringLiteral("layer %1 is not a ReLU6").arg(layer.name));
    }

    const KerasWeight &weight(const QString &layer, const QString &parameter, const std::vector<int64_t> &shape)
    {
        const KerasWeight *found = m_model.weight(layer, parameter);
        if (!found)
            throw bad(QStringLiteral("weight %1/%2 is missing").arg(layer, parameter));
        if (found->shape != shape)
            throw bad(QStringLiteral("weight %1 has shape %2; the architecture needs %3")
                          .arg(found->name, NamedTensor::shapeText(found->shape), NamedTensor::shapeText(shape)));
        m_usedWeights.insert(found->name);
        return *found;
    }

    void add(const QString &name, std::vector<int64_t> shape, std::vector<float> values)
    {
        m_tensors.push_back(NamedTensor{name, std::move(shape), std::move(values)});
    }

    /// A Conv2D's kernel [h, w, in, out] as our [out, in, h, w].
    void convolution(const KerasLayer &layer, const QString &target, int kernel, int inputs, int outputs)
    {
        const KerasWeight &w = weight(layer.name, QStringLiteral("kernel"), {kernel, kernel, inputs, outputs});
        std::vector<float> values(w.values.size());
        for (int o = 0; o < outputs; ++o)
            for (int i = 0; i < inputs; ++i)
                for (int y = 0; y < kernel; ++y)
                    for (int x = 0; x < kernel; ++x)
                        values[size_t(((o * inputs + i) * kernel + y) * kernel + x)] =
                            w.values[size_t(((y * kernel + x) * inputs + i) * outputs + o)];
        add(target + QStringLiteral(".weight"), {outputs, inputs, kernel, kernel}, std::move(values));
    }

    /// A DepthwiseConv2D's kernel [h, w, channels, 1] as our grouped [channels, 1, h, w].
    void depthwise(const KerasLayer &layer, const QString &target, int channels)
    {
        const KerasWeight &w = weight(layer.name, QStringLiteral("depthwise_kernel"), {3, 3, channels, 1});
        std::vector<float> values(w.values.size());
        for (int c = 0; c < channels; ++c)
            for (int k = 0; k < 9; ++k)
                values[size_t(c * 9 + k)] = w.values[size_t(k * channels + c)];
        add(target + QStringLiteral(".weight"), {channels, 1, 3, 3}, std::move(values));
    }

    void batchNorm(const KerasLayer &layer, const QString &target, int channels)
    {
        const QJsonObject &config = layer.config;
        const QJsonValue axis = config.value(QStringLiteral("axis"));
        const int axisValue = axis.isArray() ? axis.toArray().at(0).toInt() : axis.toInt(-1);
        if (axisValue != -1 && axisValue != 3)
            throw bad(QStringLiteral("layer %1 normalises axis %2, not the channels").arg(layer.name).arg(axisValue));
        const double epsilon = config.value(QStringLiteral("epsilon")).toDouble(1e-3);
        if (!m_epsilon)
            m_epsilon = epsilon;
        else if (std::abs(*m_epsilon - epsilon) > 1e-12)
            throw bad(QStringLiteral("its BatchNorm layers use different epsilons (%1, %2)").arg(*m_epsilon).arg(epsilon));
        const std::vector<int64_t> shape{channels};
        const auto parameter = [&](const QString &keras, const QString &ours, bool present, float missing) {
            add(target + QLatin1Char('.') + ours, shape,
                present ? weight(layer.name, keras, shape).values : std::vector<float>(size_t(channels), missing));
        };
        parameter(QStringLiteral("gamma"), QStringLiteral("weight"), config.value(QStringLiteral("scale")).toBool(true), 1.0f);
        parameter(QStringLiteral("beta"), QStringLiteral("bias"), config.value(QStringLiteral("center")).toBool(true), 0.0f);
        parameter(QStringLiteral("moving_mean"), QStringLiteral("running_mean"), true, 0.0f);
        parameter(QStringLiteral("moving_variance"), QStringLiteral("running_var"), true, 1.0f);
    }

    /// conv -> BN -> ReLU6: our Conv2dNormActivation at `target` (.0 the convolution, .1 the BN).
    QString convBnRelu(const QString &convName, const QStringList &inbound, const QString &target, int kernel, int stride,
                       const QString &padding, int inputs, bool isDepthwise, const QString &bnName, const QString &reluName,
                       int *outputs)
    {
        const KerasLayer &conv = expect(convName, {isDepthwise ? QStringLiteral("DepthwiseConv2D") : QStringLiteral("Conv2D")}, inbound);
        checkConvolution(conv, kernel, stride, padding);
        int channels = inputs;
        if (isDepthwise) {
            depthwise(conv, target + QStringLiteral(".0"), inputs);
        } else {
            channels = conv.config.value(QStringLiteral("filters")).toInt();
            if (channels <= 0 || channels > 1 << 16)
                throw bad(QStringLiteral("layer %1 has %2 filters").arg(convName).arg(channels));
            convolution(conv, target + QStringLiteral(".0"), kernel, inputs, channels);
        }
        batchNorm(expect(bnName, {QStringLiteral("BatchNormalization")}, {convName}), target + QStringLiteral(".1"), channels);
        *outputs = channels;
        checkRelu6(expect(reluName, {QStringLiteral("ReLU"), QStringLiteral("Activation")}, {bnName}));
        return reluName;
    }

    void mapTrunk()
    {
        const KerasLayer *stem = m_model.layer(QStringLiteral("Conv1"));
        if (!stem || stem->inbound.size() != 1)
            throw bad(QStringLiteral("it has no layer Conv1, where a Keras MobileNetV2 starts"));
        const KerasLayer *padding = m_model.layer(stem->inbound.first());
        const bool explicitPadding = padding && padding->className == QLatin1String("ZeroPadding2D");
        const KerasLayer *input = explicitPadding && padding->inbound.size() == 1 ? m_model.layer(padding->inbound.first()) : padding;
        if (!input || input->className != QLatin1String("InputLayer"))
            throw bad(QStringLiteral("layer Conv1 is not fed by the model's input"));
        m_usedLayers.insert(input->name);

        const std::vector<int64_t> &shape = m_model.inputShape;
        if (shape.size() == 3 && shape[2] != 0 && shape[2] != 3)
            throw bad(QStringLiteral("it takes %1 channels; RGB (3) is supported").arg(shape[2]));
        if (shape.size() == 3 && shape[0] != shape[1])
            throw bad(QStringLiteral("it takes %1x%2 images; square ones are supported").arg(shape[1]).arg(shape[0]));
        m_inputSize = shape.size() == 3 && shape[0] > 0 ? int(shape[0]) : 224;
        int size = m_options.inputSize.value_or(m_inputSize);

        // The stem: Keras 2.2.4 pads explicitly then convolves 'valid'; older versions convolve 'same'.
        QString previous = input->name;
        if (explicitPadding) {
            checkPadding(expect(padding->name, {QStringLiteral("ZeroPadding2D")}, {previous}), size);
            previous = padding->name;
        }
        previous = convBnRelu(QStringLiteral("Conv1"), {previous}, QStringLiteral("features.0"), 3, 2,
                              explicitPadding ? QStringLiteral("valid") : QStringLiteral("same"), 3, false,
                              QStringLiteral("bn_Conv1"), QStringLiteral("Conv1_relu"), &m_stem);
        size = (size + 1) / 2;

        int channels = m_stem;
        for (int b = 0; b < 17; ++b) {
            const BlockPlan &plan = mobileNetBlocks()[size_t(b)];
            const QString prefix = b == 0 ? QStringLiteral("expanded_conv_") : QStringLiteral("block_%1_").arg(b);
            const QString target = QStringLiteral("features.%1.conv.").arg(b + 1);
            const QString blockInput = previous;
            int index = 0;
            int hidden = channels;
            if (plan.expansion != 1) {
                previous = convBnRelu(prefix + QStringLiteral("expand"), {previous}, target + QString::number(index++), 1, 1,
                                      QStringLiteral("same"), channels, false, prefix + QStringLiteral("expand_BN"),
                                      prefix + QStringLiteral("expand_relu"), &hidden);
                if (hidden != channels * plan.expansion)
                    throw bad(QStringLiteral("layer %1expand has %2 filters; a MobileNetV2 expands %3 channels to %4")
                                  .arg(prefix)
                                  .arg(hidden)
                                  .arg(channels)
                                  .arg(channels * plan.expansion));
            }
            QString depthwisePadding = QStringLiteral("same");
            if (plan.stride == 2 && m_model.layer(prefix + QStringLiteral("pad"))) {
                checkPadding(expect(prefix + QStringLiteral("pad"), {QStringLiteral("ZeroPadding2D")}, {previous}), size);
                previous = prefix + QStringLiteral("pad");
                depthwisePadding = QStringLiteral("valid");
            }
            int depthwiseChannels = 0; // == hidden: a depthwise convolution keeps its channels
            previous = convBnRelu(prefix + QStringLiteral("depthwise"), {previous}, target + QString::number(index++), 3,
                                  plan.stride, depthwisePadding, hidden, true, prefix + QStringLiteral("depthwise_BN"),
                                  prefix + QStringLiteral("depthwise_relu"), &depthwiseChannels);
            if (plan.stride == 2)
                size = (size + 1) / 2;
            // The projection: a 1x1 convolution and BN, no activation (our conv.N and conv.N+1).
            const KerasLayer &project = expect(prefix + QStringLiteral("project"), {QStringLiteral("Conv2D")}, {previous});
            checkConvolution(project, 1, 1, QStringLiteral("same"));
            const int outputs = project.config.value(QStringLiteral("filters")).toInt();
            if (outputs <= 0 || outputs > 1 << 16)
                throw bad(QStringLiteral("layer %1 has %2 filters").arg(project.name).arg(outputs));
            convolution(project, target + QString::number(index++), 1, hidden, outputs);
            const QString projectBn = prefix + QStringLiteral("project_BN");
            batchNorm(expect(projectBn, {QStringLiteral("BatchNormalization")}, {project.name}), target + QString::number(index), outputs);
            previous = projectBn;
            if (plan.stride == 1 && channels == outputs) {
                expect(prefix + QStringLiteral("add"), {QStringLiteral("Add")}, {blockInput, projectBn});
                previous = prefix + QStringLiteral("add");
            }
            m_blockOutputs[size_t(b)] = outputs;
            channels = outputs;
        }
        m_finalSize = size;
        m_tail = convBnRelu(QStringLiteral("Conv_1"), {previous}, QStringLiteral("features.18"), 1, 1, QStringLiteral("valid"),
                            channels, false, QStringLiteral("Conv_1_bn"), QStringLiteral("out_relu"), &m_last);
    }

    void mapHead(BackboneSpec &spec)
    {
        QString current = m_tail;
        bool pooled = false;
        int width = m_last;
        while (true) {
            const QList<const KerasLayer *> next = m_model.consumers(current);
            if (next.isEmpty())
                break;
            if (next.size() > 1)
                throw bad(QStringLiteral("layer %1 feeds several layers; a MobileNetV2's head is a chain").arg(current));
            const KerasLayer &layer = *next.first();
            const QString &kind = layer.className;
            m_usedLayers.insert(layer.name);
            current = layer.name;
            if (kind == QLatin1String("GlobalAveragePooling2D") && !pooled) {
                pooled = true;
            } else if (kind == QLatin1String("AveragePooling2D") && !pooled) {
                if (pairOf(layer.config.value(QStringLiteral("pool_size"))) != std::pair(m_finalSize, m_finalSize))
                    throw bad(QStringLiteral("layer %1 pools %2 pixels; at this input size only a global average (%3x%3) is supported")
                                  .arg(layer.name)
                                  .arg(pairOf(layer.config.value(QStringLiteral("pool_size"))).first)
                                  .arg(m_finalSize));
                pooled = true;
            } else if (kind == QLatin1String("Flatten") && pooled) {
            } else if (kind == QLatin1String("Dropout")) {
            } else if (kind == QLatin1String("Dense") && pooled) {
                dense(layer, width, spec);
                width = spec.head.last().units;
            } else if ((kind == QLatin1String("Activation") || kind == QLatin1String("Softmax")) && !spec.head.isEmpty()
                       && spec.head.last().activation == QLatin1String("linear")) {
                spec.head.last().activation = kind == QLatin1String("Softmax") ? QStringLiteral("softmax")
                                                                               : activation(layer, layer.config.value(QStringLiteral("activation")).toString());
            } else {
                throw bad(QStringLiteral("layer %1 (%2) after the convolutions is not supported; a head may hold global "
                                         "average pooling, Flatten, Dropout and Dense layers")
                              .arg(layer.name, kind));
            }
        }
    }

    QString activation(const KerasLayer &layer, const QString &name) const
    {
        static const QStringList known{QStringLiteral("linear"), QStringLiteral("relu"), QStringLiteral("softmax"), QStringLiteral("sigmoid")};
        if (!known.contains(name))
            throw bad(QStringLiteral("layer %1's activation '%2' is not supported").arg(layer.name, name));
        return name;
    }

    void dense(const KerasLayer &layer, int inputs, BackboneSpec &spec)
    {
        const int units = layer.config.value(QStringLiteral("units")).toInt();
        if (units <= 0 || units > 1 << 20)
            throw bad(QStringLiteral("layer %1 has %2 units").arg(layer.name).arg(units));
        const QString index = QString::number(spec.head.size());
        const KerasWeight &kernel = weight(layer.name, QStringLiteral("kernel"), {inputs, units});
        std::vector<float> transposed(kernel.values.size());
        for (int i = 0; i < inputs; ++i)
            for (int o = 0; o < units; ++o)
                transposed[size_t(o * inputs + i)] = kernel.values[size_t(i * units + o)];
        add(QStringLiteral("head.%1.weight").arg(index), {units, inputs}, std::move(transposed));
        add(QStringLiteral("head.%1.bias").arg(index), {units},
            layer.config.value(QStringLiteral("use_bias")).toBool(true) ? weight(layer.name, QStringLiteral("bias"), {units}).values
                                                                        : std::vector<float>(size_t(units), 0.0f));
        spec.head.append(BackboneHeadLayer{layer.name, inputs, units,
                                           activation(layer, layer.config.value(QStringLiteral("activation")).toString(QStringLiteral("linear")))});
    }

    const KerasModel &m_model;
    QString m_path;
    WeightImportOptions m_options;
    std::vector<NamedTensor> m_tensors;
    QSet<QString> m_usedLayers;
    QSet<QString> m_usedWeights;
    std::optional<double> m_epsilon;
    int m_inputSize = 224;
    int m_finalSize = 0;
    int m_stem = 0;
    std::array<int, 17> m_blockOutputs{};
    int m_last = 0;
    QString m_tail;
};

// ------------------------------------------------------------------------------------------------ torchvision

Error badTorchvision(const QString &path, const QString &reason)
{
    return Error::badInput(QStringLiteral("%1 is not a torchvision ResNet-18, ResNet-50 or MobileNetV2 state dict: %2")
                               .arg(QFileInfo(path).fileName(), reason));
}

bool isFloating(const QString &dtype)
{
    return dtype.startsWith(QLatin1String("float")) || dtype == QLatin1String("bfloat16");
}

} // namespace

BackboneWeights WeightImport::fromKeras(const QString &modelJsonPath, const WeightImportOptions &options)
{
    const KerasModel model = KerasModel::load(modelJsonPath);
    return KerasMobileNetMapper(model, modelJsonPath, options).run();
}

BackboneWeights WeightImport::fromTorchvision(const QString &path, const WeightImportOptions &options)
{
    std::vector<TorchTensor> tensors = TorchArchive::readStateDict(path);
    QHash<QString, const TorchTensor *> byName;
    for (const TorchTensor &tensor : tensors)
        byName.insert(tensor.tensor.name, &tensor);
    const auto shapeOf = [&](const QString &name) -> const std::vector<int64_t> & {
        const TorchTensor *tensor = byName.value(name);
        if (!tensor)
            throw badTorchvision(path, QStringLiteral("%1 is missing").arg(name));
        return tensor->tensor.shape;
    };

    BackboneWeights result;
    BackboneSpec &spec = result.spec;
    QString headKey;
    if (byName.contains(QStringLiteral("features.0.0.weight"))) {
        spec.architecture = QStringLiteral("mobilenet_v2");
        ChannelPlan plan;
        plan.stem = int(shapeOf(QStringLiteral("features.0.0.weight")).at(0));
        for (int b = 0; b < 17; ++b)
            plan.blocks[size_t(b)] = int(shapeOf(QStringLiteral("features.%1.conv.%2.weight").arg(b + 1).arg(b == 0 ? 1 : 2)).at(0));
        plan.last = int(shapeOf(QStringLiteral("features.18.0.weight")).at(0));
        const std::optional<double> width = widthFor(plan);
        if (!width)
            throw badTorchvision(path, QStringLiteral("its channel counts match no MobileNetV2 width"));
        spec.widthMultiplier = *width;
        spec.defaultLayer = QStringLiteral("out_relu");
        headKey = QStringLiteral("classifier.1");
        spec.head.append(BackboneHeadLayer{QStringLiteral("classifier"), 0, 0, QStringLiteral("linear")});
    } else if (byName.contains(QStringLiteral("layer1.0.conv1.weight"))) {
        spec.architecture = byName.contains(QStringLiteral("layer1.0.conv3.weight")) ? QStringLiteral("resnet50") : QStringLiteral("resnet18");
        spec.defaultLayer = QStringLiteral("layer4");
        headKey = QStringLiteral("fc");
        spec.head.append(BackboneHeadLayer{QStringLiteral("fc"), 0, 0, QStringLiteral("linear")});
    } else {
        throw badTorchvision(path, QStringLiteral("it has neither features.0.0.weight (MobileNetV2) nor layer1.0.conv1.weight (ResNet)"));
    }

    // The classifier becomes the head; a state dict saved without it leaves a bare trunk.
    const TorchTensor *headWeight = byName.value(headKey + QStringLiteral(".weight"));
    if (headWeight && headWeight->tensor.shape.size() == 2) {
        spec.head.first().units = int(headWeight->tensor.shape[0]);
        spec.head.first().inputs = int(headWeight->tensor.shape[1]);
    } else if (headWeight) {
        throw badTorchvision(path, QStringLiteral("%1.weight is not a matrix").arg(headKey));
    } else {
        spec.head.clear();
    }

    for (TorchTensor &tensor : tensors) {
        QString name = tensor.tensor.name;
        if (name.endsWith(QLatin1String(".num_batches_tracked")))
            continue; // a training counter, not a weight
        if (!isFloating(tensor.dtype))
            throw badTorchvision(path, QStringLiteral("%1 holds %2 values; weights are floating point").arg(name, tensor.dtype));
        for (const float value : tensor.tensor.values)
            if (!std::isfinite(value))
                throw badTorchvision(path, QStringLiteral("%1 holds NaN or infinite values").arg(name));
        if (name.startsWith(headKey + QLatin1Char('.')))
            name = QStringLiteral("head.0.") + name.mid(headKey.size() + 1);
        result.tensors.push_back(NamedTensor{name, std::move(tensor.tensor.shape), std::move(tensor.tensor.values)});
    }

    spec.name = baseName(path, options);
    spec.source = QStringLiteral("torchvision");
    spec.batchNormEpsilon = 1e-5;
    if (options.inputRange) {
        spec.preprocessing = preprocessingFor(options, {0.0, 1.0}, 224);
    } else {
        spec.preprocessing.inputSize = options.inputSize.value_or(224);
        spec.preprocessing.alignCorners = options.alignCorners.value_or(false);
        spec.preprocessing.mean = {0.485, 0.456, 0.406}; // ImageNet's, as torchvision's weights expect
        spec.preprocessing.std = {0.229, 0.224, 0.225};
    }
    if (!options.defaultLayer.isEmpty())
        spec.defaultLayer = options.defaultLayer;
    spec.classNames = options.classNames;
    spec.provenance = options.provenance;
    if (!spec.provenance.contains(QStringLiteral("imported from")))
        spec.provenance.insert(QStringLiteral("imported from"), QFileInfo(path).fileName());
    return result;
}

BackboneWeights WeightImport::fromFile(const QString &path, const WeightImportOptions &options)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return fromKeras(path, options);
    return fromTorchvision(path, options);
}

} // namespace Atelier
