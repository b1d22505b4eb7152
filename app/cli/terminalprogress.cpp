#include "terminalprogress.h"

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace Atelier {

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    // A second Ctrl+C falls back to the default: kill at once.
    interrupted = true;
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

TerminalProgress::TerminalProgress(bool enabled)
    : m_enabled(enabled)
    , m_isTerminal(isatty(STDERR_FILENO) == 1)
{
    std::signal(SIGINT, onInterrupt);
}

TerminalProgress::~TerminalProgress()
{
    finish();
    std::signal(SIGINT, SIG_DFL);
}

bool TerminalProgress::isCanceled() const
{
    return interrupted.load();
}

void TerminalProgress::phase(const QString &name, qint64 total)
{
    finish();
    m_phase = name;
    m_lastDecile = -1;
    m_phaseTimer.start();
    m_lastDrawMs = -1000;
    if (m_enabled && !m_isTerminal)
        fprintf(stderr, "%s...\n", qPrintable(name));
    if (total > 0)
        draw(0, total);
}

void TerminalProgress::progress(qint64 done, qint64 total)
{
    draw(done, total);
}

void TerminalProgress::draw(qint64 done, qint64 total)
{
    if (!m_enabled || total <= 0)
        return;
    const double fraction = std::clamp(double(done) / double(total), 0.0, 1.0);
    if (!m_isTerminal) {
        const int decile = int(fraction * 10);
        if (decile != m_lastDecile && decile > 0) {
            m_lastDecile = decile;
            fprintf(stderr, "%s: %lld/%lld\n", qPrintable(m_phase), qlonglong(done), qlonglong(total));
        }
        return;
    }
    // Redraw at most 10 times a second: drawing must not slow the work.
    const qint64 now = m_phaseTimer.elapsed();
    if (done < total && now - m_lastDrawMs < 100)
        return;
    m_lastDrawMs = now;

    constexpr int width = 30;
    const int filled = int(fraction * width);
    QByteArray bar(filled, '#');
    bar.append(QByteArray(width - filled, '-'));
    const double seconds = now / 1000.0;
    const double rate = seconds > 0 ? done / seconds : 0;
    QString eta;
    if (rate > 0 && done < total)
        eta = QStringLiteral(" eta %1s").arg(int((total - done) / rate));
    fprintf(stderr, "\r%s [%s] %lld/%lld %3d%% %.0f/s%s   ", qPrintable(m_phase), bar.constData(),
            qlonglong(done), qlonglong(total), int(fraction * 100), rate, qPrintable(eta));
    fflush(stderr);
    m_lineOpen = true;
}

void TerminalProgress::finish()
{
    if (m_lineOpen) {
        fputc('\n', stderr);
        m_lineOpen = false;
    }
}

} // namespace Atelier
