#include "trainingtypes.h"

namespace Atelier {

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Completed:
        return QStringLiteral("completed");
    case RunStatus::Canceled:
        return QStringLiteral("canceled");
    case RunStatus::StoppedEarly:
        return QStringLiteral("stopped_early");
    case RunStatus::Diverged:
        return QStringLiteral("diverged");
    case RunStatus::TimeLimit:
        return QStringLiteral("time_limit");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

double monitoredValue(MonitoredMetric metric, const EpochMetrics &epoch)
{
    switch (metric) {
    case MonitoredMetric::ValidationLoss:
        return epoch.validationLoss;
    case MonitoredMetric::ValidationAccuracy:
        return epoch.validationAccuracy;
    case MonitoredMetric::TrainLoss:
        return epoch.trainLoss;
    case MonitoredMetric::TrainAccuracy:
        return epoch.trainAccuracy;
    }
    return NoMetric;
}

bool isResumable(RunStatus status)
{
    // A run marked running was killed (or is going on elsewhere): its checkpoint is there to go on.
    return status == RunStatus::Running || status == RunStatus::Canceled || status == RunStatus::TimeLimit;
}

} // namespace Atelier
