#include "trainingconfig.h"

namespace Atelier {

QList<double> TrainingConfig::normalizeMean() const
{
    if (!data.mean.isEmpty())
        return data.mean;
    // ImageNet's statistics: what torchvision's pretrained weights expect.
    return model.channels == 1 ? QList<double>{0.5} : QList<double>{0.485, 0.456, 0.406};
}

QList<double> TrainingConfig::normalizeStd() const
{
    if (!data.std.isEmpty())
        return data.std;
    return model.channels == 1 ? QList<double>{0.5} : QList<double>{0.229, 0.224, 0.225};
}

QString architectureName(ModelArchitecture architecture)
{
    switch (architecture) {
    case ModelArchitecture::SmallCnn:
        return QStringLiteral("small_cnn");
    case ModelArchitecture::ResNet18:
        return QStringLiteral("resnet18");
    case ModelArchitecture::ResNet50:
        return QStringLiteral("resnet50");
    case ModelArchitecture::MobileNetV2:
        return QStringLiteral("mobilenet_v2");
    }
    return {};
}

QString optimizerName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Adam:
        return QStringLiteral("adam");
    case OptimizerKind::AdamW:
        return QStringLiteral("adamw");
    case OptimizerKind::Sgd:
        return QStringLiteral("sgd");
    }
    return {};
}

QString scheduleName(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Constant:
        return QStringLiteral("constant");
    case ScheduleKind::Cosine:
        return QStringLiteral("cosine");
    case ScheduleKind::Step:
        return QStringLiteral("step");
    case ScheduleKind::Plateau:
        return QStringLiteral("plateau");
    }
    return {};
}

QString balanceName(ClassBalance balance)
{
    switch (balance) {
    case ClassBalance::None:
        return QStringLiteral("none");
    case ClassBalance::ClassWeights:
        return QStringLiteral("class_weights");
    case ClassBalance::Sampler:
        return QStringLiteral("sampler");
    }
    return {};
}

QString deviceName(TrainingDevice device)
{
    switch (device) {
    case TrainingDevice::Auto:
        return QStringLiteral("auto");
    case TrainingDevice::Cpu:
        return QStringLiteral("cpu");
    case TrainingDevice::Cuda:
        return QStringLiteral("cuda");
    }
    return {};
}

QString metricName(MonitoredMetric metric)
{
    switch (metric) {
    case MonitoredMetric::ValidationLoss:
        return QStringLiteral("val_loss");
    case MonitoredMetric::ValidationAccuracy:
        return QStringLiteral("val_accuracy");
    case MonitoredMetric::TrainLoss:
        return QStringLiteral("train_loss");
    case MonitoredMetric::TrainAccuracy:
        return QStringLiteral("train_accuracy");
    }
    return {};
}

QString trainingModeName(TrainingMode mode)
{
    switch (mode) {
    case TrainingMode::Scratch:
        return QStringLiteral("scratch");
    case TrainingMode::Features:
        return QStringLiteral("features");
    case TrainingMode::FineTune:
        return QStringLiteral("fine_tune");
    }
    return {};
}

QString headSolverName(HeadSolver solver)
{
    switch (solver) {
    case HeadSolver::Lbfgs:
        return QStringLiteral("lbfgs");
    case HeadSolver::Optimizer:
        return QStringLiteral("optimizer");
    }
    return {};
}

QString headKindName(HeadKind kind)
{
    switch (kind) {
    case HeadKind::Linear:
        return QStringLiteral("linear");
    case HeadKind::Mlp:
        return QStringLiteral("mlp");
    }
    return {};
}

QString batchNormModeName(BatchNormMode mode)
{
    switch (mode) {
    case BatchNormMode::Frozen:
        return QStringLiteral("frozen");
    case BatchNormMode::Train:
        return QStringLiteral("train");
    }
    return {};
}

bool metricIncreases(MonitoredMetric metric)
{
    return metric == MonitoredMetric::ValidationAccuracy || metric == MonitoredMetric::TrainAccuracy;
}

} // namespace Atelier
