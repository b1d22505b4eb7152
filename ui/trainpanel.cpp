#include "trainpanel.h"

#include "backgroundtask.h"
#include "classmappings.h"
#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "runstore.h"
#include "splitstore.h"
#include "trainingconfigyaml.h"
#include "trainingcontroller.h"
#include "trainingcurvesview.h"
#include "trainingform.h"
#include "trainingrunsmodel.h"
#include "uicolors.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace Atelier {

namespace {
const QColor ErrorColor(0xc0, 0x30, 0x30);

QString deviceInWords(const QString &device, int threads)
{
    if (device.startsWith(QLatin1String("cuda")))
        return TrainPanel::tr("on the GPU (%1)").arg(device);
    return TrainPanel::tr("on the CPU, %Ln thread(s)", nullptr, threads);
}
} // namespace

TrainPanel::TrainPanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_form(new TrainingForm(this))
    , m_curves(new TrainingCurvesView(this))
    , m_runsModel(new TrainingRunsModel(this))
    , m_runList(new QTreeView(this))
    , m_trainButton(new QPushButton(tr("&Train"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_resumeButton(new QPushButton(tr("&Resume"), this))
    , m_useSettingsButton(new QPushButton(tr("Use Its Settings"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("trainPanel"));
    QElapsedTimer clock;
    clock.start();
    m_clock = [clock] { return clock.elapsed(); };

    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setToolTip(tr("Train a new network with these settings"));
    m_stopButton->setObjectName(QStringLiteral("stopTrainingButton"));
    m_stopButton->setToolTip(tr("Stop after the current batch; the run keeps a checkpoint and can be resumed"));
    m_resumeButton->setObjectName(QStringLiteral("resumeTrainingButton"));
    m_resumeButton->setToolTip(tr("Continue the stopped run selected in the list from its last checkpoint"));
    m_useSettingsButton->setObjectName(QStringLiteral("useRunSettingsButton"));
    m_useSettingsButton->setToolTip(tr("Put the selected run's settings into the form"));
    connect(m_trainButton, &QPushButton::clicked, this, &TrainPanel::train);
    connect(m_stopButton, &QPushButton::clicked, this, &TrainPanel::stop);
    connect(m_resumeButton, &QPushButton::clicked, this, &TrainPanel::resumeSelected);
    connect(m_useSettingsButton, &QPushButton::clicked, this, &TrainPanel::useSelectedSettings);

    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setObjectName(QStringLiteral("trainingMessage"));
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette muted = m_message->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_message->setPalette(muted);
    m_progress->setObjectName(QStringLiteral("epochProgress"));
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    // Shown from the first run on; its room is kept so that the panel does not jump.
    QSizePolicy progressPolicy = m_progress->sizePolicy();
    progressPolicy.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(progressPolicy);
    m_progress->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 0);
    bar->addWidget(m_trainButton);
    bar->addWidget(m_stopButton);
    bar->addWidget(m_resumeButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    auto *progressRow = new QHBoxLayout;
    progressRow->setContentsMargins(12, 2, 12, 4);
    progressRow->addWidget(m_progress, 2);
    progressRow->addWidget(m_message, 3);

    // The project's runs
    m_runList->setObjectName(QStringLiteral("trainingRuns"));
    m_runList->setModel(m_runsModel);
    m_runList->setRootIsDecorated(false);
    m_runList->setUniformRowHeights(true);
    m_runList->setAllColumnsShowFocus(true);
    m_runList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runList->setAccessibleName(tr("Training runs"));
    m_runList->header()->setStretchLastSection(false);
    m_runList->header()->setSectionResizeMode(TrainingRunsModel::NameColumn, QHeaderView::Stretch);
    for (int column = TrainingRunsModel::StatusColumn; column < TrainingRunsModel::ColumnCount; ++column)
        m_runList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_runList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelectedRun();
        updateButtons();
    });
    connect(m_runsModel, &TrainingRunsModel::checkedRunsChanged, this, &TrainPanel::updateOverlays);

    auto *runsTitle = new QLabel(tr("Runs"), this);
    QFont titleFont = runsTitle->font();
    titleFont.setBold(true);
    runsTitle->setFont(titleFont);
    auto *runsHint = new QLabel(tr("Tick runs to compare them"), this);
    runsHint->setPalette(muted);
    runsHint->setWordWrap(true); // long in some languages: it wraps rather than widening the window
    auto *runsBar = new QHBoxLayout;
    runsBar->setContentsMargins(0, 0, 0, 0);
    runsBar->addWidget(runsTitle);
    runsBar->addSpacing(8);
    runsBar->addWidget(runsHint, 1);
    runsBar->addWidget(m_useSettingsButton);
    auto *runsPane = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsPane);
    runsLayout->setContentsMargins(0, 4, 0, 0);
    runsLayout->addLayout(runsBar);
    runsLayout->addWidget(m_runList, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_curves);
    right->addWidget(runsPane);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    right->setSizes({520, 170});

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_form);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    splitter->setChildrenCollapsible(false);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(12, 0, 12, 8);
    body->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addLayout(progressRow);
    layout->addLayout(body, 1);

    connect(m_form, &TrainingForm::changed, this, &TrainPanel::updateButtons);
    connect(m_controller, &TrainingController::taskStarted, this, &TrainPanel::taskStarted);
    connect(m_controller, &TrainingController::started, this, &TrainPanel::onStarted);
    connect(m_controller, &TrainingController::batchesFinished, this, &TrainPanel::onBatchesFinished);
    connect(m_controller, &TrainingController::epochFinished, this, &TrainPanel::onEpochFinished);
    connect(m_controller, &TrainingController::message, this, &TrainPanel::onMessage);
    connect(m_controller, &TrainingController::finished, this, &TrainPanel::onFinished);
    connect(m_controller, &TrainingController::failed, this, &TrainPanel::onFailed);
    // The task area's Cancel stops the run too.
    connect(m_controller, &TrainingController::stopRequested, this, &TrainPanel::stop);
    connect(m_controller, &TrainingController::splitMade, this, [this] {
        if (m_document)
            m_document->notifySplitsChanged();
    });

    showIdleStatus();
    updateButtons();
}

TrainPanel::~TrainPanel()
{
    // The run writes to the project: it ends before the panel (and the document) go.
    m_controller->stopAndWait();
}

void TrainPanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

// --- Project -------------------------------------------------------------------------------------

void TrainPanel::setDocument(ProjectDocument *document)
{
    if (m_document == document)
        return;
    m_controller->stopAndWait();
    m_training = false;
    m_stopping = false;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_runsModel->setLiveRunId(0);
    m_shownRunId = 0;
    m_hasBatch = false;
    m_curves->setOverlays({});
    m_curves->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_progress->hide();
    m_message->clear();
    if (m_document) {
        connect(m_document, &ProjectDocument::splitsChanged, this, [this] {
            refreshChoices();
            if (!m_training)
                showIdleStatus();
        });
        connect(m_document, &ProjectDocument::mappingsChanged, this, &TrainPanel::refreshChoices);
        refreshChoices();
        refreshRuns();
        loadInitialSettings();
    } else {
        m_runsModel->setRuns({});
    }
    showIdleStatus();
    updateButtons();
}

void TrainPanel::refreshChoices()
{
    if (!m_document)
        return;
    try {
        m_form->setSplitVersions(SplitStore(m_document->store()).versions());
        QStringList mappings;
        for (const ClassMapping &mapping : ClassMappings(m_document->store()).all())
            mappings.append(mapping.name);
        m_form->setClassMappings(mappings);
    } catch (const Error &error) {
        setStatus(error.message(), true);
    }
}

void TrainPanel::refreshRuns()
{
    if (!m_document)
        return;
    const qint64 selected = selectedRunId();
    try {
        m_runsModel->setRuns(RunStore(m_document->store()).runs());
    } catch (const Error &error) {
        setStatus(error.message(), true);
        return;
    }
    // A reset loses the selection: put it back without redrawing the curves.
    const int row = m_runsModel->rowOfRun(selected);
    if (row >= 0) {
        const QSignalBlocker blocker(m_runList->selectionModel());
        m_runList->setCurrentIndex(m_runsModel->index(row, 0));
    }
    updateButtons();
}

void TrainPanel::loadInitialSettings()
{
    // A project's next run starts from its last run's settings, under a name of its own.
    const RunRecord *latest = m_runsModel->run(0);
    if (latest) {
        try {
            TrainingConfig config = TrainingConfigYaml::parse(latest->configText, runTitle(latest->id));
            config.name.clear();
            m_form->setConfig(config);
            return;
        } catch (const Error &) {
            // A run from a later version of the studio: the defaults will do.
        }
    }
    m_form->setConfig(TrainingForm::defaultConfig());
}

// --- Actions -------------------------------------------------------------------------------------

void TrainPanel::train()
{
    startRequest(0);
}

void TrainPanel::resumeSelected()
{
    const RunRecord *run = selectedRun();
    if (run && m_runsModel->isResumable(*run))
        startRequest(run->id);
}

void TrainPanel::startRequest(qint64 resumeRunId)
{
    if (!m_document || m_training || (resumeRunId == 0 && !m_form->isValid()))
        return;
    TrainingRequest request;
    request.projectFilePath = m_document->filePath();
    request.resumeRunId = resumeRunId;
    request.configYaml = m_form->yaml();
    request.configSource = tr("settings");
    bool makeSplit = false;
    if (resumeRunId == 0 && m_form->config().data.splitVersion == 0) {
        try {
            makeSplit = !SplitStore(m_document->store()).currentVersion();
        } catch (const Error &error) {
            setStatus(error.message(), true);
            return;
        }
    }
    m_training = true;
    m_stopping = false;
    m_hasBatch = false;
    m_start = TrainingStart();
    m_message->clear();
    m_progress->setRange(0, 0); // busy until the first batch
    m_progress->show();
    m_progress->setFormat(QString());
    if (!m_controller->start(request, makeSplit)) {
        m_training = false;
        return;
    }
    setStatus(makeSplit ? tr("Making the standard split, then preparing the images…")
                        : tr("Preparing the images…"));
    updateButtons();
}

void TrainPanel::stop()
{
    if (!m_training || m_stopping)
        return;
    m_stopping = true;
    m_controller->stop();
    setStatus(tr("Stopping after the current batch…"));
    updateButtons();
}

void TrainPanel::useSelectedSettings()
{
    const RunRecord *run = selectedRun();
    if (!run || m_training)
        return;
    try {
        TrainingConfig config = TrainingConfigYaml::parse(run->configText, runTitle(run->id));
        config.name.clear();
        m_form->setConfig(config);
    } catch (const Error &error) {
        setStatus(error.message(), true);
    }
}

void TrainPanel::selectRun(qint64 runId)
{
    const int row = m_runsModel->rowOfRun(runId);
    if (row >= 0)
        m_runList->setCurrentIndex(m_runsModel->index(row, 0));
}

qint64 TrainPanel::selectedRunId() const
{
    const RunRecord *run = selectedRun();
    return run ? run->id : 0;
}

const RunRecord *TrainPanel::selectedRun() const
{
    const QModelIndex current = m_runList->currentIndex();
    return current.isValid() ? m_runsModel->run(current.row()) : nullptr;
}

// --- The run's progress --------------------------------------------------------------------------

void TrainPanel::onStarted(const TrainingStart &start)
{
    m_training = true;
    m_start = start;
    m_hasBatch = false;
    m_shownRunId = start.runId;
    m_runsModel->setLiveRunId(start.runId);
    refreshRuns();
    {
        // The live run is selected; its curves are the live ones, not the stored epochs.
        const QSignalBlocker blocker(m_runList->selectionModel());
        const int row = m_runsModel->rowOfRun(start.runId);
        if (row >= 0)
            m_runList->setCurrentIndex(m_runsModel->index(row, 0));
    }
    QString title = runTitle(start.runId);
    if (start.resumed)
        title = tr("%1, resumed at epoch %2").arg(title).arg(start.firstEpoch + 1);
    m_curves->beginRun(title, start);
    updateOverlays();
    m_estimate.begin(qint64(std::max(0, start.epochs - start.firstEpoch)) * start.batchesPerEpoch);
    m_progress->setRange(0, std::max(1, start.batchesPerEpoch));
    m_progress->setValue(0);
    m_progress->show();
    m_progress->setFormat(tr("Epoch %1 of %2").arg(start.firstEpoch + 1).arg(start.epochs));
    updateRunningStatus();
    updateButtons();
}

void TrainPanel::onBatchesFinished(const QList<BatchMetrics> &batches)
{
    if (batches.isEmpty())
        return;
    m_curves->addBatches(batches);
    m_lastBatch = batches.constLast();
    m_hasBatch = true;
    const qint64 done =
        qint64(m_lastBatch.epoch - m_start.firstEpoch) * m_start.batchesPerEpoch + m_lastBatch.batch + 1;
    m_estimate.update(done, m_clock());
    m_progress->setRange(0, std::max(1, m_lastBatch.batchCount));
    m_progress->setValue(m_lastBatch.batch + 1);
    m_progress->setFormat(tr("Epoch %1 of %2: batch %3 of %4")
                              .arg(m_lastBatch.epoch + 1)
                              .arg(m_start.epochs)
                              .arg(m_lastBatch.batch + 1)
                              .arg(m_lastBatch.batchCount));
    updateRunningStatus();
}

void TrainPanel::onEpochFinished(const EpochMetrics &epoch)
{
    m_curves->addEpoch(epoch);
    refreshRuns(); // its best figure and epoch count
}

void TrainPanel::stopAndWait()
{
    if (!m_controller->isRunning())
        return;
    m_controller->stopAndWait();
    m_training = false;
    m_stopping = false;
    m_runsModel->setLiveRunId(0);
    refreshRuns();
    updateButtons();
}

void TrainPanel::onMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setToolTip(text);
}

void TrainPanel::onFinished(const TrainingResult &result)
{
    m_training = false;
    m_stopping = false;
    const qint64 runId = m_start.runId > 0 ? m_start.runId : m_controller->runId();
    m_runsModel->setLiveRunId(0);
    refreshRuns();
    if (runId > 0)
        selectRun(runId);

    QStringList parts;
    const QString name = runId > 0 ? runTitle(runId) : tr("Training");
    switch (result.status) {
    case RunStatus::Completed:
        parts << tr("%1 completed in %2 s").arg(name).arg(QLocale().toString(result.seconds, 'f', 0));
        break;
    case RunStatus::Canceled:
        parts << (result.epochsCompleted > 0 || runId > 0
                      ? tr("%1 stopped after %Ln epoch(s): Resume continues it", nullptr, result.epochsCompleted)
                            .arg(name)
                      : result.message);
        break;
    case RunStatus::TimeLimit:
        parts << tr("%1 reached its time limit: Resume continues it").arg(name);
        break;
    default:
        parts << tr("%1: %2").arg(name, result.message);
        break;
    }
    const int row = m_runsModel->rowOfRun(runId);
    if (const RunRecord *run = m_runsModel->run(row); run && std::isfinite(run->bestMetric))
        parts << tr("best %1").arg(m_runsModel->describeBest(*run));
    if (result.testImages > 0 && std::isfinite(result.testAccuracy))
        parts << tr("test accuracy %1% on %Ln image(s)", nullptr, result.testImages)
                     .arg(QLocale().toString(result.testAccuracy * 100, 'f', 1));
    setStatus(parts.join(QStringLiteral(" · ")),
              result.status == RunStatus::Diverged || result.status == RunStatus::Failed);
    if (result.status == RunStatus::Completed || result.status == RunStatus::StoppedEarly) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_progress->setFormat(tr("Done"));
    } else if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
    }
    updateButtons();
}

void TrainPanel::onFailed(const QString &message)
{
    m_training = false;
    m_stopping = false;
    m_runsModel->setLiveRunId(0);
    refreshRuns();
    setStatus(tr("Training failed: %1").arg(message), true);
    if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    m_progress->setFormat(QString());
    updateButtons();
}

// --- Showing -------------------------------------------------------------------------------------

void TrainPanel::showSelectedRun()
{
    // While a run trains, its live curves stay; the list only chooses what to compare.
    if (m_training || !m_document)
        return;
    const RunRecord *run = selectedRun();
    if (!run) {
        m_shownRunId = 0;
        m_curves->clear();
        updateOverlays();
        return;
    }
    try {
        m_shownRunId = run->id;
        m_curves->showRun(tr("%1 (%2)").arg(runTitle(run->id), m_runsModel->describeStatus(*run)),
                          RunStore(m_document->store()).epochs(run->id));
    } catch (const Error &error) {
        setStatus(error.message(), true);
    }
    updateOverlays();
}

void TrainPanel::updateOverlays()
{
    QList<RunCurves> overlays;
    if (m_document) {
        try {
            RunStore runs(m_document->store());
            for (const qint64 id : m_runsModel->checkedRunIds()) {
                const RunRecord *run = m_runsModel->run(m_runsModel->rowOfRun(id));
                if (!run || id == m_shownRunId)
                    continue; // drawn already, as the current run
                overlays.append({id, run->name, runs.epochs(id)});
            }
        } catch (const Error &error) {
            setStatus(error.message(), true);
        }
    }
    m_curves->setOverlays(overlays);
}

QString TrainPanel::runTitle(qint64 runId) const
{
    const RunRecord *run = m_runsModel->run(m_runsModel->rowOfRun(runId));
    return run ? tr("Run %1 “%2”").arg(runId).arg(run->name) : tr("Run %1").arg(runId);
}

void TrainPanel::updateButtons()
{
    const bool open = m_document != nullptr;
    const RunRecord *run = selectedRun();
    m_trainButton->setEnabled(open && !m_training && m_form->isValid());
    m_stopButton->setEnabled(m_training && !m_stopping);
    m_resumeButton->setEnabled(open && !m_training && run && m_runsModel->isResumable(*run));
    m_useSettingsButton->setEnabled(open && !m_training && run);
    m_form->setEnabled(open && !m_training);
    m_trainButton->setToolTip(m_form->isValid() ? tr("Train a new network with these settings")
                                                : tr("Correct the YAML first: %1").arg(m_form->errorMessage()));
}

void TrainPanel::updateRunningStatus()
{
    if (m_stopping)
        return; // "Stopping…" stays until the run ends
    QStringList parts;
    parts << runTitle(m_start.runId);
    if (m_hasBatch) {
        parts << tr("epoch %1 of %2").arg(m_lastBatch.epoch + 1).arg(m_start.epochs);
        parts << tr("%1 images/s").arg(QLocale().toString(m_lastBatch.imagesPerSecond, 'f', 0));
        const QString left = TrainingTimeEstimate::describe(m_estimate.secondsLeft());
        parts << (left.isEmpty() ? tr("estimating the time left") : left);
    } else {
        parts << tr("starting: %Ln epoch(s) of %1 batches", nullptr, m_start.epochs - m_start.firstEpoch)
                     .arg(m_start.batchesPerEpoch);
    }
    parts << deviceInWords(m_start.device, m_start.threads);
    setStatus(parts.join(QStringLiteral(" · ")));
}

void TrainPanel::showIdleStatus()
{
    if (!m_document) {
        setStatus(tr("Open a project to train a classifier on its labelled images."));
        return;
    }
    bool hasSplit = true;
    try {
        hasSplit = SplitStore(m_document->store()).currentVersion().has_value();
    } catch (const Error &) {
    }
    if (!hasSplit)
        setStatus(tr("This project has no split yet: Train first makes the standard one (70% training, 15% "
                     "validation, 15% test images; Project ▸ Dataset Splits changes it)."));
    else
        setStatus(tr("Choose the settings and press Train. Runs are kept with the project."));
}

void TrainPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? ErrorColor : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace Atelier
