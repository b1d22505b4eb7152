#include "exponentialsmoothing.h"

#include <algorithm>

namespace Atelier {

ExponentialSmoothing::ExponentialSmoothing(double weight)
{
    setWeight(weight);
}

double ExponentialSmoothing::weightForSpan(int points)
{
    // The usual span of an EMA: alpha = 2 / (span + 1).
    return 1.0 - 2.0 / (std::max(1, points) + 1.0);
}

double ExponentialSmoothing::add(double value)
{
    m_average = m_weight * m_average + (1 - m_weight) * value;
    m_correction *= m_weight;
    return m_average / (1 - m_correction);
}

void ExponentialSmoothing::reset()
{
    m_average = 0;
    m_correction = 1;
}

void ExponentialSmoothing::setWeight(double weight)
{
    m_weight = std::clamp(weight, 0.0, 0.999);
    reset();
}

} // namespace Atelier
