#include "backbonefile.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace Atelier {

namespace {

constexpr qint64 MaxHeaderBytes = 16 << 20;
constexpr int MaxTensors = 100000;
constexpr int MaxRank = 8;
const QLatin1String FormatName("atelier-backbone");

const QStringList &architectures()
{
    static const QStringList names{QStringLiteral("mobilenet_v2"), QStringLiteral("resnet18"), QStringLiteral("resnet50")};
    return names;
}

const QStringList &activations()
{
    static const QStringList names{QStringLiteral("linear"), QStringLiteral("relu"), QStringLiteral("softmax"),
                                   QStringLiteral("sigmoid")};
    return names;
}

Error badFile(const QString &path, const QString &reason)
{
    return Error::badInput(QStringLiteral("%1 is not a usable backbone file: %2").arg(QFileInfo(path).fileName(), reason));
}

QJsonArray doublesToJson(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

QList<double> doublesFromJson(const QJsonValue &value, const QString &what)
{
    const QJsonArray array = value.toArray();
    QList<double> result;
    for (const QJsonValue &item : array) {
        if (!item.isDouble() || !std::isfinite(item.toDouble()))
            throw Error::badInput(QStringLiteral("%1 must hold numbers").arg(what));
        result.append(item.toDouble());
    }
    if (result.size() != 3)
        throw Error::badInput(QStringLiteral("%1 must hold one number per colour channel (3)").arg(what));
    return result;
}

double numberIn(const QJsonObject &json, const QString &key, double defaultValue, double min, double max)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isDouble() || !(value.toDouble() >= min && value.toDouble() <= max))
        throw Error::badInput(QStringLiteral("'%1' must be a number from %2 to %3").arg(key).arg(min).arg(max));
    return value.toDouble();
}

struct TensorEntry
{
    QString name;
    std::vector<int64_t> shape;
    qint64 begin = 0;
    qint64 end = 0;
};

struct ParsedHeader
{
    BackboneSpec spec;
    std::vector<TensorEntry> entries;
    qint64 dataStart = 0;
};

ParsedHeader readHeader(QFile &file, const QString &path)
{
    const qint64 size = file.size();
    if (size > BackboneFile::MaxFileBytes)
        throw badFile(path, QStringLiteral("it is larger than %1 MiB").arg(BackboneFile::MaxFileBytes >> 20));
    uchar lengthBytes[8];
    if (size < 8 || file.read(reinterpret_cast<char *>(lengthBytes), 8) != 8)
        throw badFile(path, QStringLiteral("it is too short"));
    const quint64 headerLength = qFromLittleEndian<quint64>(lengthBytes);
    if (headerLength == 0 || headerLength > quint64(MaxHeaderBytes) || qint64(headerLength) > size - 8)
        throw badFile(path, QStringLiteral("its header length (%1 bytes) does not fit the file").arg(headerLength));
    const QByteArray headerBytes = file.read(qint64(headerLength));
    if (headerBytes.size() != qint64(headerLength))
        throw badFile(path, QStringLiteral("it is truncated"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw badFile(path, QStringLiteral("its header is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject header = document.object();
    const QJsonObject metadata = header.value(QStringLiteral("__metadata__")).toObject();
    if (metadata.value(QStringLiteral("format")).toString() != FormatName)
        throw badFile(path, QStringLiteral("it is a safetensors file without Atelier's description; import its weights instead"));

    ParsedHeader parsed;
    parsed.dataStart = 8 + qint64(headerLength);
    const QJsonDocument specDocument = QJsonDocument::fromJson(metadata.value(QStringLiteral("spec")).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !specDocument.isObject())
        throw badFile(path, QStringLiteral("its description is not a JSON object"));
    try {
        parsed.spec = BackboneFile::specFromJson(specDocument.object());
    } catch (const Error &error) {
        throw badFile(path, error.message());
    }

    if (header.size() - 1 > MaxTensors)
        throw badFile(path, QStringLiteral("it lists more than %1 tensors").arg(MaxTensors));
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QJsonObject entry = it.value().toObject();
        TensorEntry tensor;
        tensor.name = it.key();
        if (entry.value(QStringLiteral("dtype")).toString() != QLatin1String("F32"))
            throw badFile(path, QStringLiteral("tensor %1 is %2; backbone files hold float32 (F32) only")
                                    .arg(tensor.name, entry.value(QStringLiteral("dtype")).toString()));
        const QJsonArray shape = entry.value(QStringLiteral("shape")).toArray();
        if (shape.size() > MaxRank)
            throw badFile(path, QStringLiteral("tensor %1 has more than %2 dimensions").arg(tensor.name).arg(MaxRank));
        for (const QJsonValue &dim : shape) {
            const double value = dim.toDouble(-1);
            if (!dim.isDouble() || value < 0 || value > double(std::numeric_limits<int32_t>::max()) || value != std::floor(value))
                throw badFile(path, QStringLiteral("tensor %1 has an invalid shape").arg(tensor.name));
            tensor.shape.push_back(int64_t(value));
        }
        const QJsonArray offsets = entry.value(QStringLiteral("data_offsets")).toArray();
        if (offsets.size() != 2 || !offsets[0].isDouble() || !offsets[1].isDouble())
            throw badFile(path, QStringLiteral("tensor %1 has no data_offsets").arg(tensor.name));
        tensor.begin = qint64(offsets[0].toDouble());
        tensor.end = qint64(offsets[1].toDouble());
        const int64_t count = NamedTensor::elementCount(tensor.shape);
        if (count < 0 || tensor.begin < 0 || tensor.end < tensor.begin || tensor.end - tensor.begin != count * 4)
            throw badFile(path, QStringLiteral("tensor %1: its byte range does not match its shape %2")
                                    .arg(tensor.name, NamedTensor::shapeText(tensor.shape)));
        parsed.entries.push_back(std::move(tensor));
    }

    // safetensors' rule: the ranges tile the data exactly, no overlap, no hole. In data order,
    // the tensors come back in the order they were written.
    std::sort(parsed.entries.begin(), parsed.entries.end(), [](const TensorEntry &a, const TensorEntry &b) { return a.begin < b.begin; });
    qint64 expected = 0;
    for (const TensorEntry &entry : parsed.entries) {
        if (entry.begin != expected)
            throw badFile(path, QStringLiteral("tensor %1's bytes overlap another's or leave a gap").arg(entry.name));
        expected = entry.end;
    }
    if (parsed.dataStart + expected != size)
        throw badFile(path, QStringLiteral("its data is %1 bytes, its header describes %2 (truncated?)")
                                .arg(size - parsed.dataStart)
                                .arg(expected));
    return parsed;
}

} // namespace

int64_t NamedTensor::elementCount(const std::vector<int64_t> &shape)
{
    int64_t count = 1;
    for (const int64_t size : shape) {
        if (size < 0 || (size > 0 && count > std::numeric_limits<int64_t>::max() / 8 / size))
            return -1;
        count *= size;
    }
    return count;
}

QString NamedTensor::shapeText(const std::vector<int64_t> &shape)
{
    QStringList sizes;
    for (const int64_t size : shape)
        sizes << QString::number(size);
    return sizes.isEmpty() ? QStringLiteral("scalar") : sizes.join(QLatin1Char('x'));
}

QJsonObject BackboneFile::specToJson(const BackboneSpec &spec)
{
    QJsonArray head;
    for (const BackboneHeadLayer &layer : spec.head)
        head.append(QJsonObject{{QStringLiteral("name"), layer.name},
                                {QStringLiteral("inputs"), layer.inputs},
                                {QStringLiteral("units"), layer.units},
                                {QStringLiteral("activation"), layer.activation}});
    const BackbonePreprocessing &input = spec.preprocessing;
    return {{QStringLiteral("version"), FormatVersion},
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("architecture"), spec.architecture},
            {QStringLiteral("widthMultiplier"), spec.widthMultiplier},
            {QStringLiteral("batchNormEpsilon"), spec.batchNormEpsilon},
            {QStringLiteral("tfSamePadding"), spec.tfSamePadding},
            {QStringLiteral("head"), head},
            {QStringLiteral("classes"), QJsonArray::fromStringList(spec.classNames)},
            {QStringLiteral("preprocessing"),
             QJsonObject{{QStringLiteral("inputSize"), input.inputSize},
                         {QStringLiteral("colour"), QStringLiteral("rgb")},
                         {QStringLiteral("scale"), input.scale},
                         {QStringLiteral("mean"), doublesToJson(input.mean)},
                         {QStringLiteral("std"), doublesToJson(input.std)},
                         {QStringLiteral("resize"), input.alignCorners ? QStringLiteral("bilinear-align-corners")
                                                                       : QStringLiteral("bilinear")}}},
            {QStringLiteral("defaultLayer"), spec.defaultLayer},
            {QStringLiteral("source"), spec.source},
            {QStringLiteral("provenance"), spec.provenance}};
}

BackboneSpec BackboneFile::specFromJson(const QJsonObject &json)
{
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version > FormatVersion)
        throw Error::badInput(QStringLiteral("it was written by a newer Atelier (backbone format %1)").arg(version));
    if (version < 1)
        throw Error::badInput(QStringLiteral("it carries no format version"));

    BackboneSpec spec;
    spec.name = json.value(QStringLiteral("name")).toString();
    spec.architecture = json.value(QStringLiteral("architecture")).toString();
    if (!architectures().contains(spec.architecture))
        throw Error::badInput(QStringLiteral("unknown architecture '%1' (known: %2)").arg(spec.architecture, architectures().join(QStringLiteral(", "))));
    spec.widthMultiplier = numberIn(json, QStringLiteral("widthMultiplier"), 1.0, 0.01, 4.0);
    spec.batchNormEpsilon = numberIn(json, QStringLiteral("batchNormEpsilon"), 1e-5, 1e-12, 1.0);
    spec.tfSamePadding = json.value(QStringLiteral("tfSamePadding")).toBool(false);
    for (const QJsonValue &value : json.value(QStringLiteral("head")).toArray()) {
        const QJsonObject layer = value.toObject();
        BackboneHeadLayer head;
        head.name = layer.value(QStringLiteral("name")).toString();
        head.inputs = layer.value(QStringLiteral("inputs")).toInt(0);
        head.units = layer.value(QStringLiteral("units")).toInt(0);
        head.activation = layer.value(QStringLiteral("activation")).toString();
        if (head.name.isEmpty() || head.inputs <= 0 || head.units <= 0 || head.inputs > 1 << 20 || head.units > 1 << 20)
            throw Error::badInput(QStringLiteral("a head layer lacks a name or sizes"));
        if (!activations().contains(head.activation))
            throw Error::badInput(QStringLiteral("head layer %1 has an unknown activation '%2'").arg(head.name, head.activation));
        spec.head.append(head);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("classes")).toArray())
        spec.classNames.append(value.toString());

    const QJsonObject input = json.value(QStringLiteral("preprocessing")).toObject();
    if (input.value(QStringLiteral("colour")).toString(QStringLiteral("rgb")) != QLatin1String("rgb"))
        throw Error::badInput(QStringLiteral("only RGB input is supported"));
    spec.preprocessing.inputSize = int(numberIn(input, QStringLiteral("inputSize"), 224, 16, 2048));
    spec.preprocessing.scale = numberIn(input, QStringLiteral("scale"), 1.0 / 255.0, 1e-6, 1e6);
    if (input.contains(QStringLiteral("mean")))
        spec.preprocessing.mean = doublesFromJson(input.value(QStringLiteral("mean")), QStringLiteral("preprocessing.mean"));
    if (input.contains(QStringLiteral("std")))
        spec.preprocessing.std = doublesFromJson(input.value(QStringLiteral("std")), QStringLiteral("preprocessing.std"));
    for (const double std : std::as_const(spec.preprocessing.std))
        if (!(std > 0))
            throw Error::badInput(QStringLiteral("preprocessing.std must be positive"));
    const QString resize = input.value(QStringLiteral("resize")).toString(QStringLiteral("bilinear"));
    if (resize != QLatin1String("bilinear") && resize != QLatin1String("bilinear-align-corners"))
        throw Error::badInput(QStringLiteral("unknown resize method '%1'").arg(resize));
    spec.preprocessing.alignCorners = resize == QLatin1String("bilinear-align-corners");

    spec.defaultLayer = json.value(QStringLiteral("defaultLayer")).toString();
    spec.source = json.value(QStringLiteral("source")).toString();
    spec.provenance = json.value(QStringLiteral("provenance")).toObject();
    return spec;
}

void BackboneFile::write(const QString &path, const BackboneWeights &weights)
{
    QJsonObject header;
    qint64 offset = 0;
    for (const NamedTensor &tensor : weights.tensors) {
        if (header.contains(tensor.name))
            throw Error::failure(QStringLiteral("Two tensors are named %1").arg(tensor.name));
        const int64_t count = NamedTensor::elementCount(tensor.shape);
        if (count < 0 || size_t(count) != tensor.values.size())
            throw Error::failure(QStringLiteral("Tensor %1 holds %2 values, its shape %3 needs %4")
                                     .arg(tensor.name)
                                     .arg(tensor.values.size())
                                     .arg(NamedTensor::shapeText(tensor.shape))
                                     .arg(count));
        QJsonArray shape;
        for (const int64_t size : tensor.shape)
            shape.append(qint64(size));
        header.insert(tensor.name, QJsonObject{{QStringLiteral("dtype"), QStringLiteral("F32")},
                                               {QStringLiteral("shape"), shape},
                                               {QStringLiteral("data_offsets"), QJsonArray{offset, offset + count * 4}}});
        offset += count * 4;
    }
    const QByteArray spec = QJsonDocument(specToJson(weights.spec)).toJson(QJsonDocument::Compact);
    header.insert(QStringLiteral("__metadata__"), QJsonObject{{QStringLiteral("format"), FormatName},
                                                              {QStringLiteral("spec"), QString::fromUtf8(spec)}});
    QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    // Pad with spaces so that the data starts 8-byte aligned, as safetensors recommends.
    headerBytes.append(QByteArray((8 - headerBytes.size() % 8) % 8, ' '));
    if (8 + headerBytes.size() + offset > MaxFileBytes)
        throw Error::badInput(QStringLiteral("The backbone is larger than %1 MiB").arg(MaxFileBytes >> 20));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    uchar lengthBytes[8];
    qToLittleEndian<quint64>(quint64(headerBytes.size()), lengthBytes);
    file.write(reinterpret_cast<const char *>(lengthBytes), 8);
    file.write(headerBytes);
    for (const NamedTensor &tensor : weights.tensors) {
        QByteArray bytes(qsizetype(tensor.values.size() * 4), Qt::Uninitialized);
        for (size_t i = 0; i < tensor.values.size(); ++i)
            qToLittleEndian<float>(tensor.values[i], bytes.data() + i * 4);
        file.write(bytes);
    }
    if (!file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

BackboneSpec BackboneFile::readSpec(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return readHeader(file, path).spec;
}

BackboneWeights BackboneFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    ParsedHeader header = readHeader(file, path);
    BackboneWeights weights;
    weights.spec = header.spec;
    const QByteArray data = file.readAll();
    if (header.dataStart + data.size() != file.size())
        throw badFile(path, QStringLiteral("it could not be read whole"));
    for (TensorEntry &entry : header.entries) {
        NamedTensor tensor;
        tensor.name = entry.name;
        tensor.shape = std::move(entry.shape);
        tensor.values.resize(size_t((entry.end - entry.begin) / 4));
        const char *bytes = data.constData() + entry.begin;
        for (size_t i = 0; i < tensor.values.size(); ++i) {
            tensor.values[i] = qFromLittleEndian<float>(bytes + i * 4);
            if (!std::isfinite(tensor.values[i]))
                throw badFile(path, QStringLiteral("tensor %1 holds NaN or infinite values").arg(tensor.name));
        }
        weights.tensors.push_back(std::move(tensor));
    }
    return weights;
}

} // namespace Atelier
