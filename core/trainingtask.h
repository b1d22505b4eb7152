#pragma once

#include "trainingconfig.h"
#include "trainingtypes.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Atelier {

class ProjectStore;

/// A training run to start or to resume.
struct TrainingRequest
{
    QString projectFilePath;
    /// A new run's YAML (see TrainingConfigYaml); ignored when resuming.
    QString configYaml;
    QString configSource = QStringLiteral("config"); ///< file name, for error messages
    /// > 0: continue this run from its last checkpoint, with its stored config and images.
    qint64 resumeRunId = 0;
    /// Overrides of the config (e.g. the CLI's --device and --threads); they change speed, not results.
    std::optional<TrainingDevice> device;
    std::optional<int> threads;
};

/// Runs a training run of a project from start to end: reads the config, gathers the labelled
/// images of the chosen split version (through a class mapping if asked), records the run and
/// each epoch's figures in the project (RunStore), and trains (Trainer) with checkpoints in
/// <project>.runs/<run id>/.
///
/// run() works on the calling thread (the studio calls it from a worker thread; every observer
/// call comes from there) with its own database connection. cancel() may be called from any
/// thread: training stops before the next batch, writes a checkpoint and the run is marked
/// canceled, ready to resume.
class TrainingTask
{
public:
    explicit TrainingTask(const TrainingRequest &request);
    ~TrainingTask();
    TrainingTask(const TrainingTask &) = delete;
    TrainingTask &operator=(const TrainingTask &) = delete;

    /// Throws Error when the run cannot start (bad config, no split, too few classes, nothing
    /// to resume) or fails; a failure after the start is recorded in the run too.
    TrainingResult run(TrainingObserver *observer = nullptr);
    void cancel() { m_canceled.store(true); }
    /// The run's id, once run() has created or found it (0 before).
    qint64 runId() const { return m_runId.load(); }

    /// The images a config trains on: the labelled, included images of its split version,
    /// with their content rectangles, labelled by class or by the mapping's targets.
    /// Classes (or targets) without training images are left out, with their images.
    static TrainingData collectData(ProjectStore &store, const TrainingConfig &config, qint64 splitVersionId);

private:
    TrainingRequest m_request;
    std::atomic<bool> m_canceled{false};
    std::atomic<qint64> m_runId{0};
};

} // namespace Atelier
