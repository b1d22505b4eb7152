#pragma once

namespace Atelier {

/// An exponential moving average of a noisy series (a loss per batch), with the start-up bias
/// removed as TensorBoard does, so that the first points are not pulled towards zero.
class ExponentialSmoothing
{
public:
    /// `weight` in [0, 1): how much of the previous average each new value keeps.
    explicit ExponentialSmoothing(double weight = 0.9);

    /// The weight whose average spans about `points` values (at least 1).
    static double weightForSpan(int points);

    /// Adds a value and returns the smoothed value up to it.
    double add(double value);
    void reset();
    void setWeight(double weight);
    double weight() const { return m_weight; }

private:
    double m_weight;
    double m_average = 0;
    double m_correction = 1; ///< weight^n: the share of the zero start still in the average
};

} // namespace Atelier
