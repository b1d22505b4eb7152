#include "learningrateschedule.h"

#include <algorithm>
#include <cmath>

namespace Atelier {

LearningRateSchedule::LearningRateSchedule(const ScheduleConfig &config, double baseRate, int stepsPerEpoch, int epochs)
    : m_config(config)
    , m_baseRate(baseRate)
    , m_stepsPerEpoch(std::max(1, stepsPerEpoch))
    , m_totalSteps(m_stepsPerEpoch * std::max(1, epochs))
    , m_warmupSteps(std::min(m_totalSteps, qint64(std::llround(config.warmupEpochs * double(m_stepsPerEpoch)))))
{}

double LearningRateSchedule::rateAt(qint64 step) const
{
    if (step < m_warmupSteps)
        return m_baseRate * double(step + 1) / double(m_warmupSteps);
    switch (m_config.kind) {
    case ScheduleKind::Constant:
        return m_baseRate;
    case ScheduleKind::Cosine: {
        const double span = double(std::max<qint64>(1, m_totalSteps - m_warmupSteps));
        const double progress = std::clamp(double(step - m_warmupSteps) / span, 0.0, 1.0);
        const double low = std::min(m_config.minLearningRate, m_baseRate);
        return low + (m_baseRate - low) * 0.5 * (1.0 + std::cos(3.14159265358979323846 * progress));
    }
    case ScheduleKind::Step: {
        const qint64 epoch = step / m_stepsPerEpoch;
        return m_baseRate * std::pow(m_config.gamma, double(epoch / std::max(1, m_config.stepEpochs)));
    }
    case ScheduleKind::Plateau:
        return std::max(std::min(m_config.minLearningRate, m_baseRate), m_baseRate * m_state.plateauScale);
    }
    return m_baseRate;
}

void LearningRateSchedule::epochEnded(double metric, bool higherIsBetter, double minDelta)
{
    if (m_config.kind != ScheduleKind::Plateau || !std::isfinite(metric))
        return;
    const bool better = !m_state.hasBest || (higherIsBetter ? metric > m_state.best + minDelta : metric < m_state.best - minDelta);
    if (better) {
        m_state.best = metric;
        m_state.hasBest = true;
        m_state.badEpochs = 0;
        return;
    }
    if (++m_state.badEpochs > m_config.plateauPatience) {
        m_state.plateauScale *= m_config.plateauFactor;
        m_state.badEpochs = 0;
    }
}

} // namespace Atelier
