#pragma once

// Calibration of a classifier's probabilities on its validation images, and its "unsure" line.
//
//   const Calibration c = TemperatureScaling::fit(validationLabels, validationProbabilities);
//   TemperatureScaling::apply(c.temperature, row, classCount);   // probabilities now calibrated
//   const bool unsure = *std::max_element(row, row + classCount) < c.unsureThreshold;
//
// Networks trained with cross-entropy are usually over-confident: a top probability of 0.99 may
// be right four times in five. Temperature scaling divides the logits by one number T fitted on
// held-out images (Guo et al. 2017), which keeps every top-1 prediction and makes the
// probabilities honest; the unsure threshold is then read off the same images.

#include "classificationmetrics.h"

#include <QList>

#include <cstddef>

namespace Atelier {

/// A run's calibration, as fitted on its validation images.
struct Calibration
{
    double temperature = 1.0;
    /// Calibrated top probabilities below this are shown as "unsure".
    double unsureThreshold = 0.5;
    int images = 0; ///< validation images fitted on; 0: the defaults above, nothing was fitted
    double nllBefore = 0; ///< mean negative log-likelihood at T = 1
    double nllAfter = 0;  ///< at the fitted T
    double eceBefore = 0; ///< expected calibration error (15 bins) at T = 1
    double eceAfter = 0;

    bool isFitted() const { return images > 0; }
};

class TemperatureScaling
{
public:
    /// The lowest unsure threshold; calibrated, it means "more likely wrong than right".
    static constexpr double MinimumThreshold = 0.5;
    /// The fewest validation answers the unsure line is judged on (see fit()).
    static constexpr size_t MinimumSupport = 10;

    /// Fits T by minimising the negative log-likelihood of the labels (golden-section search on
    /// 1/T, where it is convex), with a weak prior towards T = 1 that only matters for a few
    /// images (T stays within [1/e, 20]), then picks the unsure threshold: the lowest
    /// calibrated top probability above which the validation images were right at least
    /// `targetAccuracy` of the time, judged on groups of at least MinimumSupport answers, never
    /// below MinimumThreshold; when no group reaches the target, where the
    /// most confident half or more were most often right. No images: the defaults.
    static Calibration fit(const QList<int> &labels, const ProbabilityRows &probabilities, double targetAccuracy = 0.95);

    /// Rescales one row of probabilities in place: softmax(ln p / T), i.e. softmax(logits / T).
    static void apply(double temperature, float *row, int classCount);
    static ProbabilityRows applied(const ProbabilityRows &probabilities, double temperature);

    static double negativeLogLikelihood(const QList<int> &labels, const ProbabilityRows &probabilities, double temperature = 1.0);
    /// Mean |accuracy - confidence| over equal-width confidence bins, weighted by their images.
    static double expectedCalibrationError(const QList<int> &labels, const ProbabilityRows &probabilities, int bins = 15);
};

} // namespace Atelier
