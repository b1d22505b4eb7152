#pragma once

#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// How long a run still needs, from the pace of its batches so far. The clock starts at the
/// first batch, so loading the images and building the network do not count; time spent on
/// validation between epochs does, as it will again.
class TrainingTimeEstimate
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::TrainingTimeEstimate)

public:
    /// A run (or a resumed part of one) of `totalBatches` batches begins.
    void begin(qint64 totalBatches);
    /// `doneBatches` of them are done at `nowMs` (any steady clock, in milliseconds).
    void update(qint64 doneBatches, qint64 nowMs);

    /// Seconds left; negative while the pace is not known yet.
    double secondsLeft() const;
    qint64 doneBatches() const { return m_done; }
    qint64 totalBatches() const { return m_total; }

    /// "about 3 min left"; empty for a negative time.
    static QString describe(double secondsLeft);

private:
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_firstDone = -1; ///< batches done at the first update
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
};

} // namespace Atelier
