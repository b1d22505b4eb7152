#include "trainingtimeestimate.h"

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
// Below this, the pace is mostly noise (the first batches also warm caches up).
constexpr qint64 MinimumSampleMs = 500;
} // namespace

void TrainingTimeEstimate::begin(qint64 totalBatches)
{
    *this = TrainingTimeEstimate();
    m_total = std::max<qint64>(0, totalBatches);
}

void TrainingTimeEstimate::update(qint64 doneBatches, qint64 nowMs)
{
    m_done = std::clamp<qint64>(doneBatches, 0, m_total);
    if (m_firstDone < 0) {
        m_firstDone = m_done;
        m_firstMs = nowMs;
    }
    m_lastMs = nowMs;
}

double TrainingTimeEstimate::secondsLeft() const
{
    if (m_total > 0 && m_done >= m_total)
        return 0;
    const qint64 batches = m_done - m_firstDone;
    const qint64 elapsedMs = m_lastMs - m_firstMs;
    if (m_firstDone < 0 || batches <= 0 || elapsedMs < MinimumSampleMs)
        return -1;
    return double(m_total - m_done) * double(elapsedMs) / double(batches) / 1000.0;
}

QString TrainingTimeEstimate::describe(double secondsLeft)
{
    if (secondsLeft < 0 || !std::isfinite(secondsLeft))
        return QString();
    if (secondsLeft < 10)
        return tr("a few seconds left");
    if (secondsLeft < 60)
        return tr("about %1 s left").arg(int(std::ceil(secondsLeft / 5)) * 5);
    const int minutes = int(std::lround(secondsLeft / 60));
    if (minutes < 60)
        return tr("about %n min left", nullptr, minutes);
    return tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

} // namespace Atelier
