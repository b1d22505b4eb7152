#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Atelier {

class BackgroundTask;

/// One task in the progress area: title, current phase, progress bar, Cancel.
class TaskProgressRow : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgressRow(BackgroundTask *task, QWidget *parent = nullptr);

private:
    void showPhase(const QString &phase, qint64 total);
    void showProgress(qint64 done, qint64 total);
    void showCanceling();

    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_phase;
};

} // namespace Atelier
