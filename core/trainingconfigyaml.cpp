#include "trainingconfigyaml.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <optional>

namespace Atelier {

namespace {

constexpr double Unbounded = std::numeric_limits<double>::infinity();

/// Allowed range of a number; `open` ends are excluded.
struct Range
{
    double min = -Unbounded;
    double max = Unbounded;
    bool openMin = false;
    bool openMax = false;

    bool contains(double value) const
    {
        return (openMin ? value > min : value >= min) && (openMax ? value < max : value <= max);
    }
    QString describe(const QString &what) const
    {
        const auto number = [](double v) {
            return v == std::floor(v) && std::abs(v) < 1e15 ? QString::number(qint64(v)) : QString::number(v, 'g', QLocale::FloatingPointShortest);
        };
        if (std::isinf(max))
            return QStringLiteral("%1 %2 %3").arg(what, openMin ? QStringLiteral("above") : QStringLiteral("of at least"), number(min));
        if (openMin || openMax)
            return QStringLiteral("%1 in %2%3, %4%5").arg(what, openMin ? QStringLiteral("(") : QStringLiteral("["), number(min),
                                                            number(max), openMax ? QStringLiteral(")") : QStringLiteral("]"));
        return QStringLiteral("%1 from %2 to %3").arg(what, number(min), number(max));
    }
};

Range atLeast(double min) { return {min, Unbounded, false, false}; }
Range above(double min) { return {min, Unbounded, true, false}; }
Range between(double min, double max) { return {min, max, false, false}; }

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size() + 1));
    for (int j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({row[size_t(j)] + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

/// Reads one mapping of the config, remembering which keys it knew, so that the rest (typos,
/// keys of another version) can be refused with their path.
class Section
{
public:
    Section(const YAML::Node &node, const QString &path, const QString &source)
        : m_node(node)
        , m_path(path)
        , m_source(source)
    {
        if (node && !node.IsNull() && !node.IsMap())
            fail(node, path, QStringLiteral("expected a mapping of keys to values"));
    }

    [[noreturn]] void fail(const YAML::Node &node, const QString &keyPath, const QString &message) const
    {
        const int line = node.Mark().is_null() ? 0 : node.Mark().line + 1;
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(m_source).arg(line) : m_source;
        throw Error::badInput(keyPath.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                                                : QStringLiteral("%1: %2: %3").arg(where, keyPath, message));
    }

    QString keyPath(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QString::fromLatin1(key);
    }

    /// The value of a key, if present (null values count as absent).
    std::optional<YAML::Node> value(const char *key)
    {
        m_known << QString::fromLatin1(key);
        if (!m_node || !m_node.IsMap())
            return std::nullopt;
        const YAML::Node &map = m_node; // const: a missing key must not be inserted
        const YAML::Node found = map[key];
        if (!found || found.IsNull())
            return std::nullopt;
        return found;
    }

    QString scalarText(const YAML::Node &node, const char *key) const
    {
        if (!node.IsScalar())
            fail(node, keyPath(key), QStringLiteral("expected a single value, got a %1").arg(node.IsMap() ? QStringLiteral("mapping") : QStringLiteral("list")));
        return QString::fromStdString(node.Scalar());
    }

    double toNumber(const YAML::Node &node, const char *key, const Range &range, bool whole) const
    {
        const QString text = scalarText(node, key);
        bool ok = false;
        const double value = text.toDouble(&ok);
        const QString what = whole ? QStringLiteral("a whole number") : QStringLiteral("a number");
        if (!ok || !std::isfinite(value) || (whole && value != std::floor(value)))
            fail(node, keyPath(key), QStringLiteral("expected %1, got \"%2\"").arg(range.describe(what), text));
        if (!range.contains(value))
            fail(node, keyPath(key), QStringLiteral("expected %1, got %2").arg(range.describe(what), text));
        return value;
    }

    void number(const char *key, double &target, const Range &range)
    {
        if (const auto node = value(key))
            target = toNumber(*node, key, range, false);
    }

    template <typename Integer>
    void integer(const char *key, Integer &target, const Range &range)
    {
        if (const auto node = value(key))
            target = Integer(toNumber(*node, key, range, true));
    }

    void boolean(const char *key, bool &target)
    {
        if (const auto node = value(key))
            target = toBool(*node, key);
    }

    bool toBool(const YAML::Node &node, const char *key) const
    {
        const QString text = scalarText(node, key).toLower();
        if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off"))
            return false;
        fail(node, keyPath(key), QStringLiteral("expected true or false, got \"%1\"").arg(text));
    }

    void text(const char *key, QString &target)
    {
        if (const auto node = value(key))
            target = scalarText(*node, key);
    }

    template <typename Enum>
    void choice(const char *key, Enum &target, std::initializer_list<Enum> values, QString (*name)(Enum))
    {
        if (const auto node = value(key))
            target = toChoice(*node, key, values, name);
    }

    template <typename Enum>
    Enum toChoice(const YAML::Node &node, const char *key, std::initializer_list<Enum> values, QString (*name)(Enum)) const
    {
        const QString text = scalarText(node, key);
        QStringList names;
        for (const Enum candidate : values) {
            if (name(candidate) == text.trimmed().toLower())
                return candidate;
            names << name(candidate);
        }
        fail(node, keyPath(key), QStringLiteral("expected one of %1, got \"%2\"").arg(names.join(QStringLiteral(", ")), text));
    }

    /// A list of numbers, e.g. `[0.485, 0.456, 0.406]`.
    QList<double> numbers(const YAML::Node &node, const char *key, const Range &range, int minCount, int maxCount) const
    {
        if (!node.IsSequence() || int(node.size()) < minCount || int(node.size()) > maxCount) {
            const QString count = minCount == maxCount ? QString::number(minCount) : QStringLiteral("%1 to %2").arg(minCount).arg(maxCount);
            fail(node, keyPath(key), QStringLiteral("expected a list of %1 numbers, e.g. [%2]").arg(count, QStringList(minCount, QStringLiteral("0.5")).join(QStringLiteral(", "))));
        }
        QList<double> result;
        for (const YAML::Node &item : node)
            result.append(toNumber(item, key, range, false));
        return result;
    }

    /// A [low, high] pair with low <= high.
    void pair(const char *key, double &low, double &high, const Range &range)
    {
        if (const auto node = value(key)) {
            const QList<double> values = numbers(*node, key, range, 2, 2);
            if (values[0] > values[1])
                fail(*node, keyPath(key), QStringLiteral("the first value must not exceed the second"));
            low = values[0];
            high = values[1];
        }
    }

    /// A sub-section; `false` or `off` come back as disabled.
    std::optional<YAML::Node> subsection(const char *key, bool *enabled = nullptr)
    {
        const auto node = value(key);
        if (enabled && node && node->IsScalar()) {
            *enabled = toBool(*node, key);
            return std::nullopt;
        }
        if (enabled && node)
            *enabled = true;
        return node;
    }

    /// Refuses every key that was not asked for.
    void finish() const
    {
        if (!m_node || !m_node.IsMap())
            return;
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (m_known.contains(key))
                continue;
            QString nearest;
            int best = 3; // suggest only close spellings
            for (const QString &known : m_known) {
                const int distance = editDistance(key, known);
                if (distance < best) {
                    best = distance;
                    nearest = known;
                }
            }
            const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
            const QString hint = nearest.isEmpty() ? QStringLiteral("known keys: %1").arg(m_known.join(QStringLiteral(", ")))
                                                   : QStringLiteral("did you mean %1?").arg(nearest);
            fail(it->first, path, QStringLiteral("unknown key (%1)").arg(hint));
        }
    }

    const QString &source() const { return m_source; }

private:
    YAML::Node m_node;
    QString m_path;
    QString m_source;
    QStringList m_known;
};

void readModel(Section &root, ModelConfig &model)
{
    const auto node = root.value("model");
    if (!node)
        return;
    const auto architectures = {ModelArchitecture::SmallCnn, ModelArchitecture::ResNet18, ModelArchitecture::ResNet50,
                                ModelArchitecture::MobileNetV2};
    if (node->IsScalar()) { // model: resnet18
        model.architecture = root.toChoice(*node, "model", architectures, architectureName);
        return;
    }
    Section section(*node, QStringLiteral("model"), root.source());
    section.choice("architecture", model.architecture, architectures, architectureName);
    section.integer("input_size", model.inputSize, between(16, 1024));
    section.integer("channels", model.channels, between(1, 3));
    section.integer("width", model.width, between(4, 256));
    section.finish();
    if (model.channels == 2)
        section.fail(*node, QStringLiteral("model.channels"), QStringLiteral("expected 1 (grayscale) or 3 (RGB), got 2"));
    if (model.architecture != ModelArchitecture::SmallCnn && model.inputSize < 32)
        section.fail(*node, QStringLiteral("model.input_size"),
                     QStringLiteral("%1 needs inputs of at least 32 pixels, got %2").arg(architectureName(model.architecture)).arg(model.inputSize));
}

void readData(Section &root, DataConfig &data)
{
    const auto node = root.value("data");
    if (!node)
        return;
    Section section(*node, QStringLiteral("data"), root.source());
    section.choice("balance", data.balance, {ClassBalance::None, ClassBalance::ClassWeights, ClassBalance::Sampler}, balanceName);
    section.integer("cache_mb", data.cacheMegabytes, between(0, 1 << 20));
    section.integer("workers", data.workers, between(0, 64));
    section.integer("prefetch_batches", data.prefetchBatches, between(1, 64));
    section.number("eval_crop", data.evalCrop, {0.1, 1.0, false, false});
    if (const auto mean = section.value("mean"))
        data.mean = section.numbers(*mean, "mean", between(0, 1), 1, 3);
    if (const auto std = section.value("std"))
        data.std = section.numbers(*std, "std", above(0), 1, 3);
    section.finish();
}

void readAugmentation(Section &root, AugmentationConfig &augmentation)
{
    const auto node = root.subsection("augmentation", &augmentation.enabled);
    if (!node)
        return;
    Section section(*node, QStringLiteral("augmentation"), root.source());
    section.boolean("enabled", augmentation.enabled);
    if (const auto crop = section.subsection("random_resized_crop", &augmentation.randomResizedCrop)) {
        Section cropSection(*crop, QStringLiteral("augmentation.random_resized_crop"), root.source());
        cropSection.pair("scale", augmentation.minScale, augmentation.maxScale, {0.0, 1.0, true, false});
        cropSection.pair("ratio", augmentation.minRatio, augmentation.maxRatio, between(0.1, 10));
        cropSection.finish();
    }
    section.boolean("horizontal_flip", augmentation.horizontalFlip);
    section.number("rotation_degrees", augmentation.rotationDegrees, between(0, 45));
    section.number("brightness", augmentation.brightness, between(0, 1));
    section.number("contrast", augmentation.contrast, between(0, 1));
    section.number("saturation", augmentation.saturation, between(0, 1));
    bool blur = augmentation.blurProbability > 0;
    if (const auto blurNode = section.subsection("blur", &blur)) {
        Section blurSection(*blurNode, QStringLiteral("augmentation.blur"), root.source());
        blurSection.number("probability", augmentation.blurProbability, between(0, 1));
        blurSection.number("max_sigma", augmentation.maxBlurSigma, {0.1, 10, false, false});
        blurSection.finish();
    }
    if (!blur)
        augmentation.blurProbability = 0;
    section.finish();
}

void readOptimizer(Section &root, OptimizerConfig &optimizer)
{
    const auto node = root.value("optimizer");
    if (!node)
        return;
    const auto kinds = {OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::Sgd};
    if (node->IsScalar()) { // optimizer: sgd
        optimizer.kind = root.toChoice(*node, "optimizer", kinds, optimizerName);
        return;
    }
    Section section(*node, QStringLiteral("optimizer"), root.source());
    section.choice("type", optimizer.kind, kinds, optimizerName);
    section.number("learning_rate", optimizer.learningRate, above(0));
    section.number("weight_decay", optimizer.weightDecay, atLeast(0));
    section.number("momentum", optimizer.momentum, {0, 1, false, true});
    section.boolean("nesterov", optimizer.nesterov);
    section.pair("betas", optimizer.beta1, optimizer.beta2, {0, 1, false, true});
    section.number("gradient_clip", optimizer.gradientClip, atLeast(0));
    section.finish();
    if (optimizer.nesterov && (optimizer.kind != OptimizerKind::Sgd || optimizer.momentum <= 0))
        section.fail(*node, QStringLiteral("optimizer.nesterov"), QStringLiteral("needs type sgd and a momentum above 0"));
}

void readSchedule(Section &root, ScheduleConfig &schedule)
{
    const auto node = root.value("schedule");
    if (!node)
        return;
    const auto kinds = {ScheduleKind::Constant, ScheduleKind::Cosine, ScheduleKind::Step, ScheduleKind::Plateau};
    if (node->IsScalar()) { // schedule: cosine
        schedule.kind = root.toChoice(*node, "schedule", kinds, scheduleName);
        return;
    }
    Section section(*node, QStringLiteral("schedule"), root.source());
    section.choice("type", schedule.kind, kinds, scheduleName);
    section.number("warmup_epochs", schedule.warmupEpochs, atLeast(0));
    section.number("min_learning_rate", schedule.minLearningRate, atLeast(0));
    section.integer("step_epochs", schedule.stepEpochs, between(1, 100000));
    section.number("gamma", schedule.gamma, {0, 1, true, false});
    section.number("factor", schedule.plateauFactor, {0, 1, true, true});
    section.integer("patience", schedule.plateauPatience, between(0, 100000));
    section.finish();
}

void readCallbacks(Section &root, CallbackConfig &callbacks)
{
    const auto node = root.value("callbacks");
    if (!node)
        return;
    Section section(*node, QStringLiteral("callbacks"), root.source());
    section.choice("monitor", callbacks.monitor,
                   {MonitoredMetric::ValidationLoss, MonitoredMetric::ValidationAccuracy, MonitoredMetric::TrainLoss, MonitoredMetric::TrainAccuracy},
                   metricName);
    section.number("min_delta", callbacks.minDelta, atLeast(0));
    if (const auto early = section.subsection("early_stopping", &callbacks.earlyStopping)) {
        Section earlySection(*early, QStringLiteral("callbacks.early_stopping"), root.source());
        earlySection.integer("patience", callbacks.earlyStoppingPatience, between(1, 100000));
        earlySection.finish();
    }
    section.boolean("save_best", callbacks.saveBest);
    section.boolean("restore_best", callbacks.restoreBest);
    section.boolean("stop_on_nan", callbacks.stopOnNan);
    section.number("time_limit_minutes", callbacks.timeLimitMinutes, atLeast(0));
    section.number("checkpoint_every_minutes", callbacks.checkpointEveryMinutes, atLeast(0));
    section.finish();
}

void readTransfer(Section &root, TransferConfig &transfer)
{
    const auto node = root.value("transfer");
    if (!node)
        return;
    Section section(*node, QStringLiteral("transfer"), root.source());
    section.text("backbone", transfer.backbone);
    section.text("layer", transfer.layer);
    section.choice("head", transfer.head, {HeadKind::Linear, HeadKind::Mlp}, headKindName);
    section.integer("hidden_units", transfer.hiddenUnits, between(1, 65536));
    section.number("dropout", transfer.dropout, {0, 1, false, true});
    section.integer("augmented_copies", transfer.augmentedCopies, between(0, 64));
    section.choice("solver", transfer.solver, {HeadSolver::Lbfgs, HeadSolver::Optimizer}, headSolverName);
    section.boolean("normalise_features", transfer.normaliseFeatures);
    section.boolean("fit_head_first", transfer.fitHeadFirst);
    if (const auto blocks = section.value("unfreeze_blocks")) {
        if (section.scalarText(*blocks, "unfreeze_blocks").trimmed().toLower() == QLatin1String("all"))
            transfer.unfreezeBlocks = -1;
        else
            transfer.unfreezeBlocks = int(section.toNumber(*blocks, "unfreeze_blocks", between(0, 1000), true));
    }
    section.number("backbone_lr_factor", transfer.backboneLearningRateFactor, between(0, 10));
    section.choice("batch_norm", transfer.batchNorm, {BatchNormMode::Frozen, BatchNormMode::Train}, batchNormModeName);
    section.finish();
    transfer.backbone = transfer.backbone.trimmed();
    transfer.layer = transfer.layer.trimmed();
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void writeList(YAML::Emitter &out, const QList<double> &values)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const double value : values)
        out << number(value).toStdString();
    out << YAML::EndSeq;
}

} // namespace

TrainingConfig TrainingConfigYaml::parse(const QString &yaml, const QString &sourceName)
{
    YAML::Node document;
    try {
        document = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &error) {
        throw Error::badInput(QStringLiteral("%1:%2: not valid YAML: %3").arg(sourceName).arg(error.mark.line + 1).arg(QString::fromStdString(error.msg)));
    }
    TrainingConfig config;
    Section root(document, QString(), sourceName);
    root.text("name", config.name);
    readModel(root, config.model);
    root.integer("epochs", config.epochs, between(1, 100000));
    root.integer("batch_size", config.batchSize, between(1, 65536));
    root.integer("seed", config.seed, between(0, 9007199254740991.0));
    root.integer("threads", config.threads, between(0, 1024));
    root.choice("device", config.device, {TrainingDevice::Auto, TrainingDevice::Cpu, TrainingDevice::Cuda}, deviceName);
    root.boolean("mixed_precision", config.mixedPrecision);
    root.choice("mode", config.mode, {TrainingMode::Scratch, TrainingMode::Features, TrainingMode::FineTune}, trainingModeName);
    readTransfer(root, config.transfer);
    if (const auto split = root.value("split")) {
        const QString text = root.scalarText(*split, "split").trimmed();
        if (text != QLatin1String("current"))
            config.data.splitVersion = qint64(root.toNumber(*split, "split", atLeast(1), true));
    }
    root.text("class_mapping", config.data.classMapping);
    readData(root, config.data);
    readAugmentation(root, config.augmentation);
    readOptimizer(root, config.optimizer);
    readSchedule(root, config.schedule);
    if (const auto loss = root.value("loss")) {
        Section section(*loss, QStringLiteral("loss"), sourceName);
        section.number("label_smoothing", config.labelSmoothing, {0, 1, false, true});
        section.finish();
    }
    readCallbacks(root, config.callbacks);
    root.finish();

    if (config.mode != TrainingMode::Scratch && config.transfer.backbone.isEmpty())
        root.fail(document, QStringLiteral("transfer.backbone"),
                  QStringLiteral("mode %1 needs a pretrained backbone: name one of 'atelier-cli backbones'").arg(trainingModeName(config.mode)));
    const int channels = config.model.channels;
    for (const auto &[key, values] : {std::pair{"data.mean", config.data.mean}, std::pair{"data.std", config.data.std}})
        if (!values.isEmpty() && values.size() != channels)
            root.fail(document, QString::fromLatin1(key), QStringLiteral("needs %1 value(s), one per channel (model.channels is %1)").arg(channels));
    return config;
}

TrainingConfig TrainingConfigYaml::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
}

QString TrainingConfigYaml::write(const TrainingConfig &config)
{
    const auto s = [](const QString &text) { return text.toStdString(); };
    const auto n = [](double value) { return number(value).toStdString(); };
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << s(config.name);
    out << YAML::Key << "model" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "architecture" << YAML::Value << s(architectureName(config.model.architecture));
    out << YAML::Key << "input_size" << YAML::Value << config.model.inputSize;
    out << YAML::Key << "channels" << YAML::Value << config.model.channels;
    out << YAML::Key << "width" << YAML::Value << config.model.width;
    out << YAML::EndMap;
    out << YAML::Key << "epochs" << YAML::Value << config.epochs;
    out << YAML::Key << "batch_size" << YAML::Value << config.batchSize;
    out << YAML::Key << "seed" << YAML::Value << static_cast<unsigned long long>(config.seed);
    out << YAML::Key << "threads" << YAML::Value << config.threads;
    out << YAML::Key << "device" << YAML::Value << s(deviceName(config.device));
    out << YAML::Key << "mixed_precision" << YAML::Value << config.mixedPrecision;
    out << YAML::Key << "mode" << YAML::Value << s(trainingModeName(config.mode));
    const TransferConfig &t = config.transfer;
    out << YAML::Key << "transfer" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "backbone" << YAML::Value << YAML::DoubleQuoted << s(t.backbone);
    out << YAML::Key << "layer" << YAML::Value << YAML::DoubleQuoted << s(t.layer);
    out << YAML::Key << "head" << YAML::Value << s(headKindName(t.head));
    out << YAML::Key << "hidden_units" << YAML::Value << t.hiddenUnits;
    out << YAML::Key << "dropout" << YAML::Value << n(t.dropout);
    out << YAML::Key << "augmented_copies" << YAML::Value << t.augmentedCopies;
    out << YAML::Key << "solver" << YAML::Value << s(headSolverName(t.solver));
    out << YAML::Key << "normalise_features" << YAML::Value << t.normaliseFeatures;
    out << YAML::Key << "fit_head_first" << YAML::Value << t.fitHeadFirst;
    out << YAML::Key << "unfreeze_blocks" << YAML::Value;
    if (t.unfreezeBlocks < 0)
        out << "all";
    else
        out << t.unfreezeBlocks;
    out << YAML::Key << "backbone_lr_factor" << YAML::Value << n(t.backboneLearningRateFactor);
    out << YAML::Key << "batch_norm" << YAML::Value << s(batchNormModeName(t.batchNorm));
    out << YAML::EndMap;
    out << YAML::Key << "split" << YAML::Value;
    if (config.data.splitVersion > 0)
        out << static_cast<long long>(config.data.splitVersion);
    else
        out << "current";
    out << YAML::Key << "class_mapping" << YAML::Value << YAML::DoubleQuoted << s(config.data.classMapping);

    out << YAML::Key << "data" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "balance" << YAML::Value << s(balanceName(config.data.balance));
    out << YAML::Key << "cache_mb" << YAML::Value << config.data.cacheMegabytes;
    out << YAML::Key << "workers" << YAML::Value << config.data.workers;
    out << YAML::Key << "prefetch_batches" << YAML::Value << config.data.prefetchBatches;
    out << YAML::Key << "eval_crop" << YAML::Value << n(config.data.evalCrop);
    out << YAML::Key << "mean" << YAML::Value;
    writeList(out, config.normalizeMean());
    out << YAML::Key << "std" << YAML::Value;
    writeList(out, config.normalizeStd());
    out << YAML::EndMap;

    const AugmentationConfig &a = config.augmentation;
    out << YAML::Key << "augmentation" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "enabled" << YAML::Value << a.enabled;
    out << YAML::Key << "random_resized_crop" << YAML::Value;
    if (a.randomResizedCrop) {
        out << YAML::BeginMap;
        out << YAML::Key << "scale" << YAML::Value;
        writeList(out, {a.minScale, a.maxScale});
        out << YAML::Key << "ratio" << YAML::Value;
        writeList(out, {a.minRatio, a.maxRatio});
        out << YAML::EndMap;
    } else {
        out << false;
    }
    out << YAML::Key << "horizontal_flip" << YAML::Value << a.horizontalFlip;
    out << YAML::Key << "rotation_degrees" << YAML::Value << n(a.rotationDegrees);
    out << YAML::Key << "brightness" << YAML::Value << n(a.brightness);
    out << YAML::Key << "contrast" << YAML::Value << n(a.contrast);
    out << YAML::Key << "saturation" << YAML::Value << n(a.saturation);
    out << YAML::Key << "blur" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "probability" << YAML::Value << n(a.blurProbability);
    out << YAML::Key << "max_sigma" << YAML::Value << n(a.maxBlurSigma);
    out << YAML::EndMap << YAML::EndMap;

    const OptimizerConfig &o = config.optimizer;
    out << YAML::Key << "optimizer" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << s(optimizerName(o.kind));
    out << YAML::Key << "learning_rate" << YAML::Value << n(o.learningRate);
    out << YAML::Key << "weight_decay" << YAML::Value << n(o.weightDecay);
    out << YAML::Key << "momentum" << YAML::Value << n(o.momentum);
    out << YAML::Key << "nesterov" << YAML::Value << o.nesterov;
    out << YAML::Key << "betas" << YAML::Value;
    writeList(out, {o.beta1, o.beta2});
    out << YAML::Key << "gradient_clip" << YAML::Value << n(o.gradientClip);
    out << YAML::EndMap;

    const ScheduleConfig &sc = config.schedule;
    out << YAML::Key << "schedule" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << s(scheduleName(sc.kind));
    out << YAML::Key << "warmup_epochs" << YAML::Value << n(sc.warmupEpochs);
    out << YAML::Key << "min_learning_rate" << YAML::Value << n(sc.minLearningRate);
    out << YAML::Key << "step_epochs" << YAML::Value << sc.stepEpochs;
    out << YAML::Key << "gamma" << YAML::Value << n(sc.gamma);
    out << YAML::Key << "factor" << YAML::Value << n(sc.plateauFactor);
    out << YAML::Key << "patience" << YAML::Value << sc.plateauPatience;
    out << YAML::EndMap;

    out << YAML::Key << "loss" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "label_smoothing" << YAML::Value << n(config.labelSmoothing);
    out << YAML::EndMap;

    const CallbackConfig &c = config.callbacks;
    out << YAML::Key << "callbacks" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "monitor" << YAML::Value << s(metricName(c.monitor));
    out << YAML::Key << "min_delta" << YAML::Value << n(c.minDelta);
    out << YAML::Key << "early_stopping" << YAML::Value;
    if (c.earlyStopping)
        out << YAML::BeginMap << YAML::Key << "patience" << YAML::Value << c.earlyStoppingPatience << YAML::EndMap;
    else
        out << false;
    out << YAML::Key << "save_best" << YAML::Value << c.saveBest;
    out << YAML::Key << "restore_best" << YAML::Value << c.restoreBest;
    out << YAML::Key << "stop_on_nan" << YAML::Value << c.stopOnNan;
    out << YAML::Key << "time_limit_minutes" << YAML::Value << n(c.timeLimitMinutes);
    out << YAML::Key << "checkpoint_every_minutes" << YAML::Value << n(c.checkpointEveryMinutes);
    out << YAML::EndMap;
    out << YAML::EndMap;
    return QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
}

} // namespace Atelier
