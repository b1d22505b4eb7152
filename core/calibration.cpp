#include "calibration.h"

#include "error.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Atelier {

namespace {

// ln of a probability that underflowed to 0 in float: far below any real one, still finite.
constexpr double LogFloor = -69.0; // ~ ln 1e-30
// The search range of 1/T: T from 1/e (logits sharpened up to e times) to 20 (much softer).
// Within it the objective below is convex in 1/T.
constexpr double MinInverse = 0.05;
constexpr double MaxInverse = 2.718281828459045;
// A Gaussian prior on ln T (standard deviation 0.5): a few validation images that are all right
// would otherwise pull T towards 0 and make every later answer look certain. With hundreds of
// images the likelihood decides.
constexpr double PriorWeight = 2.0;

double logOf(float p)
{
    return p > 0 ? std::max(std::log(double(p)), LogFloor) : LogFloor;
}

/// Mean -ln softmax(z * inverse)[label] over rows of log-probabilities z.
double meanNll(const std::vector<double> &logs, int classes, const QList<int> &labels, double inverse)
{
    double sum = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const double *z = logs.data() + size_t(i) * size_t(classes);
        double top = z[0] * inverse;
        for (int c = 1; c < classes; ++c)
            top = std::max(top, z[c] * inverse);
        double total = 0;
        for (int c = 0; c < classes; ++c)
            total += std::exp(z[c] * inverse - top);
        sum += top + std::log(total) - z[labels[i]] * inverse;
    }
    return labels.isEmpty() ? 0.0 : sum / double(labels.size());
}

/// What the search minimises: the mean NLL plus the prior's share per image.
double objective(const std::vector<double> &logs, int classes, const QList<int> &labels, double inverse)
{
    const double logT = std::log(inverse);
    return meanNll(logs, classes, labels, inverse) + PriorWeight * logT * logT / double(labels.size());
}

void checkShapes(const QList<int> &labels, const ProbabilityRows &probabilities)
{
    if (probabilities.rowCount() != labels.size())
        throw Error::badInput(QStringLiteral("%1 labels for %2 predictions").arg(labels.size()).arg(probabilities.rowCount()));
    for (const int label : labels)
        if (label < 0 || label >= probabilities.classCount)
            throw Error::badInput(QStringLiteral("Label %1 is not one of the %2 classes").arg(label).arg(probabilities.classCount));
}

/// The lowest confidence above which the images were right at least `target` of the time.
/// A handful of the most confident answers says little (one confident mistake among them would
/// make every answer "unsure"): only groups of at least MinimumSupport answers count. When none
/// reaches the target, the line goes where the most confident half or more of the answers were
/// most often right.
double thresholdFor(const QList<int> &labels, const ProbabilityRows &calibrated, double target)
{
    struct Answer
    {
        double confidence;
        bool correct;
    };
    std::vector<Answer> answers;
    answers.reserve(size_t(labels.size()));
    for (int i = 0; i < labels.size(); ++i) {
        const int predicted = rankedClasses(calibrated.row(i), calibrated.classCount, 1).first();
        answers.push_back({double(calibrated.row(i)[predicted]), predicted == labels[i]});
    }
    if (answers.empty())
        return TemperatureScaling::MinimumThreshold;
    std::sort(answers.begin(), answers.end(), [](const Answer &a, const Answer &b) { return a.confidence > b.confidence; });
    const size_t count = answers.size();
    const size_t support = std::min(count, TemperatureScaling::MinimumSupport);
    const size_t half = (count + 1) / 2;
    double threshold = -1;
    double bestAccuracy = -1;
    double bestThreshold = answers.back().confidence;
    int correct = 0;
    for (size_t i = 0; i < count; ++i) {
        correct += answers[i].correct ? 1 : 0;
        const bool lastOfTies = i + 1 == count || answers[i + 1].confidence < answers[i].confidence;
        if (!lastOfTies || i + 1 < support)
            continue;
        const double accuracy = double(correct) / double(i + 1);
        if (accuracy >= target)
            threshold = answers[i].confidence;
        // Ties keep the lower line: more answers for the same accuracy.
        if (i + 1 >= half && accuracy >= bestAccuracy) {
            bestAccuracy = accuracy;
            bestThreshold = answers[i].confidence;
        }
    }
    if (threshold < 0)
        threshold = bestThreshold;
    return std::max(threshold, TemperatureScaling::MinimumThreshold);
}

} // namespace

Calibration TemperatureScaling::fit(const QList<int> &labels, const ProbabilityRows &probabilities, double targetAccuracy)
{
    checkShapes(labels, probabilities);
    Calibration calibration;
    if (labels.isEmpty() || probabilities.classCount < 2)
        return calibration;
    const int classes = probabilities.classCount;
    std::vector<double> logs(probabilities.values.size());
    std::transform(probabilities.values.begin(), probabilities.values.end(), logs.begin(), logOf);

    // Golden-section search for the inverse temperature: the objective is convex in it.
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double low = MinInverse;
    double high = MaxInverse;
    double a = high - ratio * (high - low);
    double b = low + ratio * (high - low);
    double fa = objective(logs, classes, labels, a);
    double fb = objective(logs, classes, labels, b);
    for (int iteration = 0; iteration < 60 && high - low > 1e-5; ++iteration) {
        if (fa < fb) {
            high = b;
            b = a;
            fb = fa;
            a = high - ratio * (high - low);
            fa = objective(logs, classes, labels, a);
        } else {
            low = a;
            a = b;
            fa = fb;
            b = low + ratio * (high - low);
            fb = objective(logs, classes, labels, b);
        }
    }
    const double inverse = (low + high) / 2;
    calibration.images = int(labels.size());
    calibration.nllBefore = meanNll(logs, classes, labels, 1.0);
    calibration.nllAfter = meanNll(logs, classes, labels, inverse);
    // The search ends within 1e-5 of the optimum; never report a T worse than leaving it alone.
    calibration.temperature = calibration.nllAfter <= calibration.nllBefore ? 1.0 / inverse : 1.0;
    if (calibration.temperature == 1.0)
        calibration.nllAfter = calibration.nllBefore;

    const ProbabilityRows calibrated = applied(probabilities, calibration.temperature);
    calibration.eceBefore = expectedCalibrationError(labels, probabilities);
    calibration.eceAfter = expectedCalibrationError(labels, calibrated);
    calibration.unsureThreshold = thresholdFor(labels, calibrated, targetAccuracy);
    return calibration;
}

void TemperatureScaling::apply(double temperature, float *row, int classCount)
{
    if (classCount < 1 || temperature == 1.0)
        return;
    const double inverse = 1.0 / temperature;
    std::vector<double> scaled(static_cast<size_t>(classCount), 0.0);
    double top = -1e300;
    for (int c = 0; c < classCount; ++c) {
        scaled[size_t(c)] = logOf(row[c]) * inverse;
        top = std::max(top, scaled[size_t(c)]);
    }
    double total = 0;
    for (double &value : scaled) {
        value = std::exp(value - top);
        total += value;
    }
    for (int c = 0; c < classCount; ++c)
        row[c] = float(scaled[size_t(c)] / total);
}

ProbabilityRows TemperatureScaling::applied(const ProbabilityRows &probabilities, double temperature)
{
    ProbabilityRows result = probabilities;
    for (int i = 0; i < result.rowCount(); ++i)
        apply(temperature, result.row(i), result.classCount);
    return result;
}

double TemperatureScaling::negativeLogLikelihood(const QList<int> &labels, const ProbabilityRows &probabilities, double temperature)
{
    checkShapes(labels, probabilities);
    std::vector<double> logs(probabilities.values.size());
    std::transform(probabilities.values.begin(), probabilities.values.end(), logs.begin(), logOf);
    return meanNll(logs, probabilities.classCount, labels, 1.0 / temperature);
}

double TemperatureScaling::expectedCalibrationError(const QList<int> &labels, const ProbabilityRows &probabilities, int bins)
{
    checkShapes(labels, probabilities);
    if (labels.isEmpty() || bins < 1)
        return 0;
    std::vector<double> confidence(size_t(bins), 0.0);
    std::vector<double> correct(size_t(bins), 0.0);
    std::vector<int> count(size_t(bins), 0);
    for (int i = 0; i < labels.size(); ++i) {
        const int predicted = rankedClasses(probabilities.row(i), probabilities.classCount, 1).first();
        const double p = probabilities.row(i)[predicted];
        // Bins are (k/bins, (k+1)/bins], as in Guo et al.
        const int bin = std::clamp(int(std::ceil(p * bins)) - 1, 0, bins - 1);
        confidence[size_t(bin)] += p;
        correct[size_t(bin)] += predicted == labels[i] ? 1 : 0;
        ++count[size_t(bin)];
    }
    double error = 0;
    for (int b = 0; b < bins; ++b)
        if (count[size_t(b)] > 0)
            error += std::abs(correct[size_t(b)] - confidence[size_t(b)]) / double(labels.size());
    return error;
}

} // namespace Atelier
