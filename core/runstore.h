#pragma once

#include "trainingtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atelier {

class ProjectStore;

/// A training run as the project remembers it.
struct RunRecord
{
    qint64 id = 0;
    QString name;
    QString configText;     ///< the complete YAML (TrainingConfigYaml::write)
    qint64 splitVersionId = 0;
    QString classMapping;   ///< empty: the project's classes
    QStringList classNames; ///< the network's outputs, in order
    RunStatus status = RunStatus::Running;
    QString message;        ///< why it ended
    qint64 createdMs = 0;
    qint64 finishedMs = 0;  ///< 0 while running
    QString bestMetricName;
    double bestMetric = NoMetric;
    int bestEpoch = -1;     ///< 0-based
    double testAccuracy = NoMetric;
    QString checkpointDir;  ///< absolute
    int epochCount = 0;     ///< epochs recorded
};

/// What a new run starts with.
struct NewRun
{
    QString name;
    QString configText;
    qint64 splitVersionId = 0;
    QString classMapping;
    QStringList classNames;
};

/// The runs and run_epochs tables of a project. A run's checkpoints live in a folder beside the
/// project file, <project>.runs/<run id>/, not in the database.
class RunStore
{
public:
    explicit RunStore(ProjectStore &store);

    /// The folder holding every run's checkpoints: "posters.runs" beside "posters.atelier".
    static QString runsFolder(const QString &projectFilePath);

    /// Adds a run in the Running state; its checkpoint folder is runsFolder/<id> (not created here).
    qint64 create(const NewRun &run);
    std::optional<RunRecord> run(qint64 id) const;
    QList<RunRecord> runs() const; ///< oldest first
    QList<EpochMetrics> epochs(qint64 runId) const;

    /// Stores an epoch's figures (replacing a row of the same epoch).
    void recordEpoch(qint64 runId, const EpochMetrics &epoch);
    /// Makes the stored epochs exactly `history`: a resumed run's checkpoint is the reference.
    void replaceEpochs(qint64 runId, const QList<EpochMetrics> &history);
    void setBest(qint64 runId, const QString &metricName, double value, int epoch);
    /// Marks the run as going on (resumed): no end time, no message.
    void markRunning(qint64 runId);
    /// Records how the run ended.
    void finish(qint64 runId, RunStatus status, const QString &message, double testAccuracy = NoMetric);

private:
    QList<RunRecord> readRuns(const char *where, qint64 id) const;

    ProjectStore &m_store;
};

} // namespace Atelier
