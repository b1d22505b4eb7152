#include "kerasmodel.h"

#include "backbonefile.h"
#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>

#include <cmath>
#include <limits>
#include <cstring>

namespace Atelier {

namespace {

constexpr int MaxWeights = 100000;
constexpr int MaxRank = 8;
constexpr int MaxNesting = 8;

/// IEEE half-precision bits to float, exactly.
float halfToFloat(quint16 bits)
{
    const int exponent = (bits >> 10) & 0x1f;
    const int mantissa = bits & 0x3ff;
    const float magnitude = exponent == 0    ? std::ldexp(float(mantissa), -24)
                            : exponent == 31 ? (mantissa ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity())
                                             : std::ldexp(float(mantissa | 0x400), exponent - 25);
    return (bits & 0x8000) ? -magnitude : magnitude;
}

Error badModel(const QString &path, const QString &reason)
{
    return Error::badInput(QStringLiteral("%1 is not a usable TensorFlow.js layers model: %2").arg(QFileInfo(path).fileName(), reason));
}

bool isModelClass(const QString &className)
{
    return className == QLatin1String("Model") || className == QLatin1String("Functional") || className == QLatin1String("Sequential");
}

/// Splices nested models into one list of layers, rewriting references to a nested model (or
/// to its input) into references to the layers that really produce those tensors.
class TopologyFlattener
{
public:
    explicit TopologyFlattener(const QString &path)
        : m_path(path)
    {}

    QList<KerasLayer> layers;
    std::vector<int64_t> inputShape;

    /// Returns the name of the layer that produces the model's output.
    QString flatten(const QString &className, const QJsonValue &config, const QStringList &outerInputs, int depth)
    {
        if (depth > MaxNesting)
            throw badModel(m_path, QStringLiteral("models are nested more than %1 deep").arg(MaxNesting));
        if (className == QLatin1String("Sequential"))
            return flattenSequential(config, outerInputs, depth);
        if (className == QLatin1String("Model") || className == QLatin1String("Functional"))
            return flattenFunctional(config.toObject(), outerInputs, depth);
        throw badModel(m_path, QStringLiteral("its topology is a %1, not a model").arg(className));
    }

private:
    QString resolve(const QString &name) const { return m_aliases.value(name, name); }

    void noteInputShape(const QJsonObject &config)
    {
        const QJsonArray shape = config.value(QStringLiteral("batch_input_shape")).toArray();
        if (!inputShape.empty() || shape.size() < 2)
            return;
        for (qsizetype i = 1; i < shape.size(); ++i)
            inputShape.push_back(shape[i].isDouble() ? int64_t(std::max(0.0, shape[i].toDouble())) : 0);
    }

    void add(KerasLayer layer)
    {
        if (layer.name.isEmpty())
            throw badModel(m_path, QStringLiteral("a %1 layer has no name").arg(layer.className));
        if (m_names.contains(layer.name))
            throw badModel(m_path, QStringLiteral("two layers are named %1").arg(layer.name));
        m_names.insert(layer.name);
        layers.append(std::move(layer));
    }

    QString flattenSequential(const QJsonValue &config, QStringList outerInputs, int depth)
    {
        // Keras 2.2 wrote a Sequential's config as the bare list of its layers.
        const QJsonArray list = config.isArray() ? config.toArray() : config.toObject().value(QStringLiteral("layers")).toArray();
        QString previous = outerInputs.value(0);
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            const QString className = entry.value(QStringLiteral("class_name")).toString();
            const QJsonObject layerConfig = entry.value(QStringLiteral("config")).toObject();
            if (isModelClass(className)) {
                previous = flatten(className, entry.value(QStringLiteral("config")), previous.isEmpty() ? QStringList() : QStringList{previous}, depth + 1);
                continue;
            }
            KerasLayer layer;
            layer.className = className;
            layer.config = layerConfig;
            layer.name = entry.value(QStringLiteral("name")).toString(layerConfig.value(QStringLiteral("name")).toString());
            noteInputShape(layerConfig);
            if (className == QLatin1String("InputLayer")) {
                if (!previous.isEmpty()) {
                    m_aliases.insert(layer.name, previous);
                    continue;
                }
            } else if (previous.isEmpty()) {
                // A top-level Sequential starts at an implicit input.
                KerasLayer input;
                input.name = layer.name + QStringLiteral("_input");
                input.className = QStringLiteral("InputLayer");
                previous = input.name;
                add(std::move(input));
            }
            if (!previous.isEmpty() && className != QLatin1String("InputLayer"))
                layer.inbound = QStringList{previous};
            previous = layer.name;
            add(std::move(layer));
        }
        if (previous.isEmpty())
            throw badModel(m_path, QStringLiteral("a Sequential model has no layers"));
        return previous;
    }

    QString flattenFunctional(const QJsonObject &config, const QStringList &outerInputs, int depth)
    {
        const QJsonArray inputLayers = config.value(QStringLiteral("input_layers")).toArray();
        for (const QJsonValue &value : config.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString className = entry.value(QStringLiteral("class_name")).toString();
            const QString name = entry.value(QStringLiteral("name")).toString();
            const QJsonArray nodes = entry.value(QStringLiteral("inbound_nodes")).toArray();
            if (nodes.size() > 1)
                throw badModel(m_path, QStringLiteral("layer %1 is shared between several inputs, which is not supported").arg(name));
            QStringList inbound;
            for (const QJsonValue &node : nodes.isEmpty() ? QJsonArray() : nodes[0].toArray()) {
                const QJsonArray reference = node.toArray();
                if (reference.isEmpty() || !reference[0].isString())
                    throw badModel(m_path, QStringLiteral("layer %1 has a malformed inbound node").arg(name));
                inbound.append(resolve(reference[0].toString()));
            }
            if (isModelClass(className)) {
                m_aliases.insert(name, flatten(className, entry.value(QStringLiteral("config")), inbound, depth + 1));
                continue;
            }
            KerasLayer layer;
            layer.name = name;
            layer.className = className;
            layer.config = entry.value(QStringLiteral("config")).toObject();
            layer.inbound = inbound;
            noteInputShape(layer.config);
            if (className == QLatin1String("InputLayer") && !outerInputs.isEmpty()) {
                // A nested model's input is whatever feeds the nested model.
                qsizetype index = 0;
                for (qsizetype i = 0; i < inputLayers.size(); ++i)
                    if (inputLayers[i].toArray().at(0).toString() == name)
                        index = i;
                m_aliases.insert(name, outerInputs.value(index, outerInputs.first()));
                continue;
            }
            add(std::move(layer));
        }
        const QJsonArray outputs = config.value(QStringLiteral("output_layers")).toArray();
        if (outputs.size() != 1)
            throw badModel(m_path, QStringLiteral("a model has %1 outputs; one is supported").arg(outputs.size()));
        return resolve(outputs[0].toArray().at(0).toString());
    }

    QString m_path;
    QHash<QString, QString> m_aliases;
    QSet<QString> m_names;
};

/// Where a manifest's shard path points, refusing anything outside the model's folder.
QString shardPath(const QString &modelPath, const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) || relative.contains(QLatin1Char('\\'))
        || relative.contains(QLatin1Char(':')) || relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        throw badModel(modelPath, QStringLiteral("weight file path '%1' leaves the model's folder").arg(relative));
    return QFileInfo(modelPath).dir().filePath(relative);
}

int bytesPerElement(const QString &dtype)
{
    if (dtype == QLatin1String("float32") || dtype == QLatin1String("int32"))
        return 4;
    if (dtype == QLatin1String("uint16") || dtype == QLatin1String("float16"))
        return 2;
    if (dtype == QLatin1String("uint8") || dtype == QLatin1String("bool"))
        return 1;
    return 0;
}

/// Decodes one manifest entry's bytes as TensorFlow.js' io.decodeWeights does.
std::vector<float> decode(const char *bytes, int64_t count, const QString &dtype, const QJsonObject &quantization,
                          const QString &name, const QString &path)
{
    std::vector<float> values(size_t(count), 0.0f);
    if (!quantization.isEmpty()) {
        const QString quantized = quantization.value(QStringLiteral("dtype")).toString();
        if (quantized == QLatin1String("float16")) {
            for (int64_t i = 0; i < count; ++i)
                values[size_t(i)] = halfToFloat(qFromLittleEndian<quint16>(bytes + 2 * i));
            return values;
        }
        const double min = quantization.value(QStringLiteral("min")).toDouble(std::nan(""));
        const double scale = quantization.value(QStringLiteral("scale")).toDouble(std::nan(""));
        if (!std::isfinite(min) || !std::isfinite(scale) || scale < 0)
            throw badModel(path, QStringLiteral("weight %1's quantisation lacks a finite min and scale").arg(name));
        for (int64_t i = 0; i < count; ++i) {
            const double q = quantized == QLatin1String("uint8") ? double(quint8(bytes[i])) : double(qFromLittleEndian<quint16>(bytes + 2 * i));
            values[size_t(i)] = float(q * scale + min);
        }
        return values;
    }
    for (int64_t i = 0; i < count; ++i) {
        if (dtype == QLatin1String("float32"))
            values[size_t(i)] = qFromLittleEndian<float>(bytes + 4 * i);
        else if (dtype == QLatin1String("int32"))
            values[size_t(i)] = float(qFromLittleEndian<qint32>(bytes + 4 * i));
        else
            values[size_t(i)] = bytes[i] ? 1.0f : 0.0f;
    }
    return values;
}

std::vector<KerasWeight> readWeights(const QString &path, const QJsonArray &manifest)
{
    std::vector<KerasWeight> weights;
    QSet<QString> names;
    for (const QJsonValue &groupValue : manifest) {
        const QJsonObject group = groupValue.toObject();
        // Sizes first: nothing is read until the whole group is known to fit the cap.
        QStringList files;
        qint64 total = 0;
        for (const QJsonValue &value : group.value(QStringLiteral("paths")).toArray()) {
            const QString file = shardPath(path, value.toString());
            const QFileInfo info(file);
            if (!info.isFile())
                throw badModel(path, QStringLiteral("its weight file %1 is missing").arg(value.toString()));
            total += info.size();
            if (total > KerasModel::MaxWeightBytes)
                throw badModel(path, QStringLiteral("its weights exceed %1 MiB").arg(KerasModel::MaxWeightBytes >> 20));
            files.append(file);
        }
        QByteArray buffer;
        buffer.reserve(total);
        for (const QString &file : std::as_const(files)) {
            QFile shard(file);
            if (!shard.open(QIODevice::ReadOnly))
                throw badModel(path, QStringLiteral("cannot read %1: %2").arg(QFileInfo(file).fileName(), shard.errorString()));
            buffer.append(shard.readAll());
        }
        if (buffer.size() != total)
            throw badModel(path, QStringLiteral("its weight files changed while being read"));

        qint64 offset = 0;
        for (const QJsonValue &value : group.value(QStringLiteral("weights")).toArray()) {
            const QJsonObject entry = value.toObject();
            KerasWeight weight;
            weight.name = entry.value(QStringLiteral("name")).toString();
            if (weight.name.isEmpty() || names.contains(weight.name))
                throw badModel(path, QStringLiteral("the manifest names a weight twice or not at all ('%1')").arg(weight.name));
            names.insert(weight.name);
            if (int(weights.size()) >= MaxWeights)
                throw badModel(path, QStringLiteral("it has more than %1 weights").arg(MaxWeights));
            const QJsonArray shape = entry.value(QStringLiteral("shape")).toArray();
            if (shape.size() > MaxRank)
                throw badModel(path, QStringLiteral("weight %1 has more than %2 dimensions").arg(weight.name).arg(MaxRank));
            for (const QJsonValue &dim : shape) {
                if (!dim.isDouble() || dim.toDouble() < 0 || dim.toDouble() > 1e9 || dim.toDouble() != std::floor(dim.toDouble()))
                    throw badModel(path, QStringLiteral("weight %1 has an invalid shape").arg(weight.name));
                weight.shape.push_back(int64_t(dim.toDouble()));
            }
            const QString dtype = entry.value(QStringLiteral("dtype")).toString();
            const QJsonObject quantization = entry.value(QStringLiteral("quantization")).toObject();
            const QString storedType = quantization.isEmpty() ? dtype : quantization.value(QStringLiteral("dtype")).toString();
            const int width = bytesPerElement(storedType);
            if (width == 0 || (!quantization.isEmpty() && dtype != QLatin1String("float32"))
                || (!quantization.isEmpty() && storedType != QLatin1String("uint8") && storedType != QLatin1String("uint16")
                    && storedType != QLatin1String("float16")))
                throw badModel(path, QStringLiteral("weight %1 has an unsupported type %2").arg(weight.name, storedType));
            const int64_t count = NamedTensor::elementCount(weight.shape);
            if (count < 0 || count * width > buffer.size() - offset)
                throw badModel(path, QStringLiteral("its weight files hold fewer bytes than the manifest describes (%1 bytes, "
                                                    "short at weight %2)")
                                         .arg(buffer.size())
                                         .arg(weight.name));
            weight.values = decode(buffer.constData() + offset, count, dtype, quantization, weight.name, path);
            offset += count * width;
            for (const float v : weight.values)
                if (!std::isfinite(v))
                    throw badModel(path, QStringLiteral("weight %1 holds NaN or infinite values").arg(weight.name));
            weights.push_back(std::move(weight));
        }
        if (offset != buffer.size())
            throw badModel(path, QStringLiteral("its weight files hold %1 bytes, the manifest describes %2").arg(buffer.size()).arg(offset));
    }
    return weights;
}

} // namespace

KerasModel KerasModel::load(const QString &modelJsonPath)
{
    QFile file(modelJsonPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(modelJsonPath, file.errorString()));
    if (file.size() > MaxTopologyBytes)
        throw badModel(modelJsonPath, QStringLiteral("model.json is larger than %1 MiB").arg(MaxTopologyBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw badModel(modelJsonPath, QStringLiteral("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    const QString format = root.value(QStringLiteral("format")).toString(QStringLiteral("layers-model"));
    if (format != QLatin1String("layers-model"))
        throw badModel(modelJsonPath, QStringLiteral("it is a TensorFlow.js %1, not a layers model (Keras)").arg(format));

    QJsonObject topology = root.value(QStringLiteral("modelTopology")).toObject();
    KerasModel model;
    model.kerasVersion = topology.value(QStringLiteral("keras_version")).toString();
    // Keras' own JSON wraps the model in model_config; tfjs' model.save() does not.
    if (topology.contains(QStringLiteral("model_config")))
        topology = topology.value(QStringLiteral("model_config")).toObject();
    const QString className = topology.value(QStringLiteral("class_name")).toString();
    if (!isModelClass(className))
        throw badModel(modelJsonPath, QStringLiteral("it has no Keras model topology"));
    TopologyFlattener flattener(modelJsonPath);
    flattener.flatten(className, topology.value(QStringLiteral("config")), {}, 0);
    model.layers = std::move(flattener.layers);
    model.inputShape = std::move(flattener.inputShape);
    for (const KerasLayer &layer : std::as_const(model.layers))
        for (const QString &input : layer.inbound)
            if (!model.layer(input))
                throw badModel(modelJsonPath, QStringLiteral("layer %1 takes the output of %2, which does not exist").arg(layer.name, input));

    const QJsonValue manifest = root.value(QStringLiteral("weightsManifest"));
    if (!manifest.isArray())
        throw badModel(modelJsonPath, QStringLiteral("it has no weights manifest"));
    model.weights = readWeights(modelJsonPath, manifest.toArray());
    return model;
}

const KerasLayer *KerasModel::layer(const QString &name) const
{
    for (const KerasLayer &candidate : layers)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

QList<const KerasLayer *> KerasModel::consumers(const QString &name) const
{
    QList<const KerasLayer *> result;
    for (const KerasLayer &candidate : layers)
        if (candidate.inbound.contains(name))
            result.append(&candidate);
    return result;
}

const KerasWeight *KerasModel::weight(const QString &layer, const QString &parameter) const
{
    const QString exact = layer + QLatin1Char('/') + parameter;
    const QString suffix = QLatin1Char('/') + exact;
    const KerasWeight *found = nullptr;
    for (const KerasWeight &candidate : weights) {
        if (candidate.name == exact)
            return &candidate;
        if (candidate.name.endsWith(suffix))
            found = &candidate;
    }
    return found;
}

} // namespace Atelier
