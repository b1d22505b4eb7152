#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Atelier {

class BackgroundTask;
class TaskProgressRow;

/// The one place that shows every running background task, each with its progress and a Cancel
/// button. Rows come and go with their tasks; when nothing runs, it says so quietly.
class TaskProgressArea : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgressArea(QWidget *parent = nullptr);

    /// Shows the task until it ends. The area does not own the task.
    void addTask(BackgroundTask *task);
    int taskCount() const { return int(m_rows.size()); }

signals:
    void taskCountChanged(int count);

private:
    void removeTask(BackgroundTask *task);

    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_idleLabel = nullptr;
    QHash<BackgroundTask *, TaskProgressRow *> m_rows;
};

} // namespace Atelier
