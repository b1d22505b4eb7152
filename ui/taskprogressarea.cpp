#include "taskprogressarea.h"

#include "backgroundtask.h"
#include "taskprogressrow.h"
#include "uicolors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Atelier {

TaskProgressArea::TaskProgressArea(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_idleLabel(new QLabel(tr("No background tasks"), this))
{
    setObjectName(QStringLiteral("taskProgressArea"));
    m_idleLabel->setAlignment(Qt::AlignCenter);
    QPalette mutedPalette = m_idleLabel->palette();
    mutedPalette.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_idleLabel->setPalette(mutedPalette);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_idleLabel);
    layout->addLayout(m_rowsLayout);
    layout->addStretch(1);
}

void TaskProgressArea::addTask(BackgroundTask *task)
{
    if (m_rows.contains(task))
        return;
    auto *row = new TaskProgressRow(task, this);
    m_rowsLayout->addWidget(row);
    m_rows.insert(task, row);
    m_idleLabel->hide();
    connect(task, &BackgroundTask::ended, this, [this, task] { removeTask(task); });
    connect(task, &QObject::destroyed, this, [this, task] { removeTask(task); });
    emit taskCountChanged(taskCount());
}

void TaskProgressArea::removeTask(BackgroundTask *task)
{
    TaskProgressRow *row = m_rows.take(task);
    if (!row)
        return;
    row->hide();
    row->deleteLater();
    m_idleLabel->setVisible(m_rows.isEmpty());
    emit taskCountChanged(taskCount());
}

} // namespace Atelier
