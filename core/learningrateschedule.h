#pragma once

#include "trainingconfig.h"

#include <QtGlobal>

namespace Atelier {

/// The learning rate of every optimizer step: warm-up, then constant, cosine, step or
/// reduce-on-plateau. Plain arithmetic on the step count, so a resumed run gets the same rates;
/// the plateau's memory is in State, which checkpoints carry.
class LearningRateSchedule
{
public:
    struct State
    {
        double plateauScale = 1.0; ///< product of the reductions so far
        double best = 0;
        bool hasBest = false;
        int badEpochs = 0;
    };

    LearningRateSchedule(const ScheduleConfig &config, double baseRate, int stepsPerEpoch, int epochs);

    /// The rate for the optimizer step `step` (0-based, counted over the whole run).
    double rateAt(qint64 step) const;
    /// Tells the plateau schedule how the monitored metric did in an epoch.
    void epochEnded(double metric, bool higherIsBetter, double minDelta);

    State state() const { return m_state; }
    void restore(const State &state) { m_state = state; }

private:
    ScheduleConfig m_config;
    double m_baseRate;
    qint64 m_stepsPerEpoch;
    qint64 m_totalSteps;
    qint64 m_warmupSteps;
    State m_state;
};

} // namespace Atelier
