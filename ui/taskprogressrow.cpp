#include "taskprogressrow.h"

#include "backgroundtask.h"
#include "uicolors.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Atelier {

namespace {
// The import names its phases in English; the ones listed here are shown translated.
[[maybe_unused]] const char *const ImportPhases[] = {
    QT_TRANSLATE_NOOP("Atelier::TaskProgressRow", "Scanning"),
    QT_TRANSLATE_NOOP("Atelier::TaskProgressRow", "Importing"),
};

QString translatedPhase(const QString &phase)
{
    return QCoreApplication::translate("Atelier::TaskProgressRow", phase.toUtf8().constData());
}

// QProgressBar takes int; scale large totals down to keep the bar's arithmetic in range.
int scaled(qint64 value, qint64 total)
{
    return total > 1'000'000 ? int(value * 1'000'000 / total) : int(value);
}
} // namespace

TaskProgressRow::TaskProgressRow(BackgroundTask *task, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(task->title(), this))
    , m_detail(new QLabel(tr("Starting…"), this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QPalette mutedPalette = m_detail->palette();
    mutedPalette.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_detail->setPalette(mutedPalette);
    m_bar->setRange(0, 0); // busy until the first phase says how much there is
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_cancel->setToolTip(tr("Stop this task; what it finished is kept"));
    m_cancel->setAccessibleName(tr("Cancel %1").arg(task->title()));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(3);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_detail, 0, 1, Qt::AlignRight);
    layout->addWidget(m_bar, 1, 0, 1, 2);
    layout->addWidget(m_cancel, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, task, &BackgroundTask::cancel);
    connect(task, &BackgroundTask::phaseChanged, this, &TaskProgressRow::showPhase);
    connect(task, &BackgroundTask::progressChanged, this, &TaskProgressRow::showProgress);
    connect(task, &BackgroundTask::cancelRequested, this, &TaskProgressRow::showCanceling);
}

void TaskProgressRow::showPhase(const QString &phase, qint64 total)
{
    m_phase = translatedPhase(phase);
    m_detail->setText(m_phase);
    m_bar->setRange(0, total > 0 ? scaled(total, total) : 0);
}

void TaskProgressRow::showProgress(qint64 done, qint64 total)
{
    if (!m_cancel->isEnabled())
        return; // canceling: the bar stays busy until the task ends
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, scaled(total, total));
    m_bar->setValue(scaled(done, total));
    const QLocale locale;
    //: Progress of a task phase, e.g. "Importing — 120 of 400"
    m_detail->setText(tr("%1 — %2 of %3").arg(m_phase, locale.toString(done), locale.toString(total)));
}

void TaskProgressRow::showCanceling()
{
    m_cancel->setEnabled(false);
    m_detail->setText(tr("Canceling…"));
    m_bar->setRange(0, 0);
}

} // namespace Atelier
