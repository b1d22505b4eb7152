#pragma once

#include "progress.h"

#include <QElapsedTimer>
#include <QString>

namespace Atelier {

/// Draws a progress bar on stderr (when it is a terminal; otherwise one line per phase and per
/// tenth of the way), and turns Ctrl+C into a cancel request so work stops cleanly.
class TerminalProgress : public ProgressObserver
{
public:
    explicit TerminalProgress(bool enabled);
    ~TerminalProgress() override;

    void phase(const QString &name, qint64 total) override;
    void progress(qint64 done, qint64 total) override;
    bool isCanceled() const override;

    /// Ends the current bar's line.
    void finish();

private:
    void draw(qint64 done, qint64 total);

    bool m_enabled;
    bool m_isTerminal;
    bool m_lineOpen = false;
    QString m_phase;
    int m_lastDecile = -1;
    QElapsedTimer m_phaseTimer;
    qint64 m_lastDrawMs = -1000;
};

} // namespace Atelier
