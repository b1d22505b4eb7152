#pragma once

#include "trainingtimeestimate.h"
#include "trainingtypes.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Atelier {

class BackgroundTask;
class ProjectDocument;
class TrainingController;
class TrainingCurvesView;
class TrainingForm;
class TrainingRunsModel;
struct RunRecord;

/// The Training tab: the run's settings on the left; Train, Stop and Resume with a status line
/// (epoch, speed, time left, device) and the epoch's progress on top; the live curves; and the
/// project's runs below, where a run can be looked at, drawn behind the current one, resumed,
/// or used as the settings of the next run.
///
/// The controller's signals reach the on...() slots; they can be fed by hand as well.
class TrainPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrainPanel(QWidget *parent = nullptr);
    ~TrainPanel() override;

    /// Stops a run of the previous project first (waiting for its thread).
    void setDocument(ProjectDocument *document);

    /// Starts a run with the form's settings. When the project has no split yet, the standard
    /// one is made first.
    void train();
    /// Stops the run after its current batch; it can be resumed.
    void stop();
    /// Stops a run now and waits for it (closing the studio): it keeps its checkpoint.
    void stopAndWait();
    /// Resumes the run selected in the list.
    void resumeSelected();
    /// Puts the selected run's settings into the form (under no name, so the next run gets its own).
    void useSelectedSettings();
    /// Selects a run in the list (and shows its curves when nothing trains).
    void selectRun(qint64 runId);
    qint64 selectedRunId() const;
    bool isTraining() const { return m_training; }

    /// The clock the time left is measured with, in milliseconds (tests use a fake one).
    void setClock(std::function<qint64()> clock);

    TrainingController *controller() const { return m_controller; }
    TrainingForm *form() const { return m_form; }
    TrainingCurvesView *curves() const { return m_curves; }
    TrainingRunsModel *runsModel() const { return m_runsModel; }
    QTreeView *runList() const { return m_runList; }
    QPushButton *trainButton() const { return m_trainButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *resumeButton() const { return m_resumeButton; }
    QPushButton *useSettingsButton() const { return m_useSettingsButton; }
    QProgressBar *epochProgress() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void onStarted(const Atelier::TrainingStart &start);
    void onBatchesFinished(const QList<Atelier::BatchMetrics> &batches);
    void onEpochFinished(const Atelier::EpochMetrics &epoch);
    void onMessage(const QString &text);
    void onFinished(const Atelier::TrainingResult &result);
    void onFailed(const QString &message);

signals:
    /// A run's background task, for the task area.
    void taskStarted(BackgroundTask *task);

private:
    void startRequest(qint64 resumeRunId);
    void refreshChoices();
    void refreshRuns();
    void loadInitialSettings();
    void showSelectedRun();
    void updateOverlays();
    void updateButtons();
    void updateRunningStatus();
    void showIdleStatus();
    void setStatus(const QString &text, bool error = false);
    QString runTitle(qint64 runId) const;
    const RunRecord *selectedRun() const;

    QPointer<ProjectDocument> m_document;
    TrainingController *m_controller = nullptr;
    TrainingForm *m_form = nullptr;
    TrainingCurvesView *m_curves = nullptr;
    TrainingRunsModel *m_runsModel = nullptr;
    QTreeView *m_runList = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_useSettingsButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;

    bool m_training = false; ///< from the start request (or started()) to finished() or failed()
    bool m_stopping = false;
    TrainingStart m_start;
    BatchMetrics m_lastBatch;
    bool m_hasBatch = false;
    qint64 m_shownRunId = 0; ///< the run whose curves are shown (live or chosen)
    TrainingTimeEstimate m_estimate;
    std::function<qint64()> m_clock;
};

} // namespace Atelier
