#include "labelerrorview.h"

#include "error.h"
#include "evaluationcontroller.h"
#include "imagepreview.h"
#include "labelerrormodel.h"
#include "labelkeyactions.h"
#include "previewloader.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "uicolors.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier {

namespace {
constexpr int RowThumbnailSize = 48;

QString percent(double value)
{
    return QLocale().toString(value * 100, 'f', 0) + QLatin1Char('%');
}
} // namespace

LabelErrorView::LabelErrorView(EvaluationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new LabelErrorModel(this))
    , m_runCombo(new QComboBox(this))
    , m_refreshButton(new QPushButton(tr("Look Again"), this))
    , m_crossValidateButton(new QPushButton(tr("Cross-validate"), this))
    , m_folds(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new ImagePreview(this))
    , m_loader(new PreviewLoader(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("labelErrorView"));

    m_runCombo->setObjectName(QStringLiteral("labelErrorRun"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runCombo->setMinimumContentsLength(18);
    auto *runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(m_runCombo);
    connect(m_runCombo, &QComboBox::activated, this,
            [this] { m_controller->setCurrentRunId(m_runCombo->currentData().toLongLong()); });

    m_refreshButton->setObjectName(QStringLiteral("refreshLabelErrors"));
    m_refreshButton->setToolTip(tr("Build the queue again from the run's stored predictions and the labels as they "
                                   "are now"));
    connect(m_refreshButton, &QPushButton::clicked, this, &LabelErrorView::refresh);

    m_folds->setObjectName(QStringLiteral("crossValidationFolds"));
    m_folds->setRange(2, 10);
    m_folds->setValue(5);
    m_folds->setSuffix(tr(" folds"));
    m_folds->setToolTip(tr("Each fold trains a short run on the other images and predicts its own"));
    m_crossValidateButton->setObjectName(QStringLiteral("crossValidateButton"));
    m_crossValidateButton->setToolTip(tr("Train one short run per fold so that every image, the training images too, "
                                         "gets a prediction from a network that never saw it"));
    connect(m_crossValidateButton, &QPushButton::clicked, this, &LabelErrorView::crossValidate);

    m_status->setObjectName(QStringLiteral("labelErrorStatus"));
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 6);
    bar->addWidget(runLabel);
    bar->addWidget(m_runCombo);
    bar->addWidget(m_refreshButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_folds);
    bar->addWidget(m_crossValidateButton);

    m_table->setObjectName(QStringLiteral("labelErrors"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(RowThumbnailSize, RowThumbnailSize));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(RowThumbnailSize + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelErrorModel::FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Label-error queue"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LabelErrorView::showCurrentIssue);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit selectImagesRequested({m_model->imageId(index.row())});
    });
    connect(m_model, &LabelErrorModel::statesChanged, this, [this] {
        updateStatus();
        showCurrentIssue();
    });

    // A and K are the queue's own; X and the class keys are the grid's.
    const auto addKey = [this](const QString &text, Qt::Key key, void (LabelErrorView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    };
    addKey(tr("Accept the Suggestion"), Qt::Key_A, &LabelErrorView::acceptSuggestion);
    addKey(tr("Keep the Label"), Qt::Key_K, &LabelErrorView::keepLabel);
    m_keys = new LabelKeyActions(m_table, [this] { return currentImage(); }, this);
    m_keys->setReservedKeys({QStringLiteral("a"), QStringLiteral("k")});
    connect(m_keys, &LabelKeyActions::failed, this, &LabelErrorView::failed);
    connect(m_keys, &LabelKeyActions::message, this, &LabelErrorView::message);
    connect(m_keys, &LabelKeyActions::edited, this, [this] { moveToNextOpen(); });

    m_preview->setObjectName(QStringLiteral("labelErrorPreview"));
    m_preview->setMinimumSize(260, 260);
    connect(m_loader, &PreviewLoader::previewReady, this, [this](qint64 imageId, const QImage &image) {
        if (imageId == m_model->imageId(currentRow()))
            m_preview->setImage(image);
    });
    m_loader->setMaxSide(900);
    m_details->setObjectName(QStringLiteral("labelErrorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *hint = new QLabel(tr("A accepts the suggestion · K keeps the label · X excludes · a class's key labels "
                               "it otherwise · Enter shows it in the grid · Ctrl+Z undoes"),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    hint->setPalette(muted);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 12, 8);
    sideLayout->addWidget(m_preview, 1);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(hint);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 400});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_controller, &EvaluationController::runsChanged, this, &LabelErrorView::fillRunChooser);
    connect(m_controller, &EvaluationController::currentRunChanged, this, [this] {
        fillRunChooser();
        m_queueRunId = 0;
        m_model->clear();
        if (isVisible())
            refresh();
        updateStatus();
    });
    connect(m_controller, &EvaluationController::evaluationStored, this, [this](qint64 runId) {
        if (runId != m_controller->currentRunId())
            return;
        m_queueRunId = 0;
        if (isVisible())
            refresh();
    });
    connect(m_controller, &EvaluationController::labelErrorsFound, this, &LabelErrorView::showReport);
    connect(m_controller, &EvaluationController::labelErrorsFailed, this, [this](const QString &text) {
        m_building = false;
        m_failure = text;
        updateStatus();
    });
    connect(m_controller, &EvaluationController::busyChanged, this, &LabelErrorView::updateButtons);
    updateStatus();
}

LabelErrorView::~LabelErrorView() = default;

void LabelErrorView::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_keys->setDocument(document);
    m_loader->cancel();
    m_preview->clear();
    m_queueRunId = 0;
    m_building = false;
    m_failure.clear();
    fillRunChooser();
    updateStatus();
}

void LabelErrorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_document)
        return;
    m_controller->refreshRuns();
    if (m_queueRunId != m_controller->currentRunId())
        refresh();
}

void LabelErrorView::fillRunChooser()
{
    m_runCombo->clear();
    for (const EvaluatedRun &run : m_controller->runs()) {
        QString text = EvaluationController::runTitle(run.run);
        if (run.sources.contains(EvaluationSource::CrossValidation))
            text += QLatin1Char(' ') + tr("(cross-validated)");
        else if (!run.isEvaluated())
            text += QLatin1Char(' ') + tr("(not evaluated)");
        m_runCombo->addItem(text, run.run.id);
    }
    m_runCombo->setCurrentIndex(m_runCombo->findData(m_controller->currentRunId()));
    m_runCombo->setEnabled(m_runCombo->count() > 0);
    updateButtons();
}

void LabelErrorView::refresh()
{
    const qint64 runId = m_controller->currentRunId();
    m_failure.clear();
    const EvaluatedRun *run = m_controller->run(runId);
    if (!m_document || !run || !run->isEvaluated()) {
        m_queueRunId = 0;
        m_building = false;
        m_model->clear();
        updateStatus();
        return;
    }
    m_queueRunId = runId;
    m_building = true;
    m_controller->findLabelErrors(runId);
    updateStatus();
}

void LabelErrorView::showReport(const LabelErrorReport &report)
{
    if (report.runId != m_controller->currentRunId())
        return;
    m_building = false;
    m_queueRunId = report.runId;
    const qint64 shown = m_model->imageId(currentRow());
    m_model->setReport(report);
    int row = m_model->rowOfImage(shown);
    if (row < 0 || m_model->state(row) != LabelErrorModel::State::Open)
        row = m_model->nextOpenRow(-1);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, LabelErrorModel::FileColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrentIssue();
    updateStatus();
    emit queueShown();
}

void LabelErrorView::crossValidate()
{
    if (!m_controller->crossValidate(m_controller->currentRunId(), m_folds->value()))
        return;
    m_status->setText(tr("Cross-validating… (progress below)"));
    updateButtons();
}

// --- Keys ----------------------------------------------------------------------------------------

int LabelErrorView::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

QList<qint64> LabelErrorView::currentImage() const
{
    const qint64 id = m_model->imageId(currentRow());
    return id != 0 ? QList<qint64>{id} : QList<qint64>();
}

void LabelErrorView::acceptSuggestion()
{
    const int row = currentRow();
    const LabelIssue *issue = m_model->issue(row);
    if (!issue)
        return;
    const qint64 classId = m_model->suggestedClassId(row);
    if (classId == 0) {
        emit message(issue->suggestedLabel < 0
                         ? tr("No class is suggested for this image: choose one with its key, or K to keep the label.")
                         : tr("The run's classes are groups of the project's classes: choose a class with its key."));
        return;
    }
    if (m_model->currentClassId(row) == classId) {
        moveToNextOpen();
        return;
    }
    m_keys->labelSelection(classId); // moves on when it is done
}

void LabelErrorView::keepLabel()
{
    const int row = currentRow();
    if (!m_model->issue(row))
        return;
    try {
        m_model->toggleKept(row);
    } catch (const Error &error) {
        emit failed(tr("Cannot remember the decision"), error.message());
        return;
    }
    if (m_model->state(row) == LabelErrorModel::State::Kept)
        moveToNextOpen();
}

void LabelErrorView::toggleExclusion()
{
    m_keys->toggleExclusion();
}

void LabelErrorView::moveToNextOpen()
{
    const int row = m_model->nextOpenRow(currentRow());
    if (row < 0) {
        emit message(tr("Every issue in the queue has been looked at."));
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, LabelErrorModel::FileColumn),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

// --- Showing -------------------------------------------------------------------------------------

void LabelErrorView::showCurrentIssue()
{
    const int row = currentRow();
    const LabelIssue *issue = m_model->issue(row);
    if (!issue || !m_document) {
        m_loader->cancel();
        m_preview->setMessage(m_model->rowCount() > 0 ? tr("Choose an issue to see the image") : QString());
        m_details->clear();
        return;
    }
    const QStringList names = m_model->report().classNames;
    const auto className = [&](int label) { return label >= 0 && label < names.size() ? names.at(label) : QString(); };
    QStringList lines;
    lines.append(QFileInfo(m_model->filePath(row)).fileName());
    if (issue->suggestedLabel >= 0 && issue->suggestedProbability > 0)
        lines.append(tr("Labelled “%1”; the network says “%2” (%3) and gives “%1” %4.")
                         .arg(className(issue->givenLabel), className(issue->suggestedLabel),
                              percent(issue->suggestedProbability), percent(issue->givenProbability)));
    else if (issue->suggestedLabel >= 0)
        lines.append(tr("Labelled “%1”; its copies suggest “%2”.").arg(className(issue->givenLabel), className(issue->suggestedLabel)));
    if (issue->conflictingDuplicate) {
        QStringList copies;
        try {
            for (const qint64 id : issue->duplicates) {
                const auto record = m_document->store().image(id);
                if (!record)
                    continue;
                const auto info = record->classId != 0 ? m_document->store().classById(record->classId) : std::nullopt;
                copies.append(tr("%1 (%2)").arg(QFileInfo(record->path).fileName(),
                                                info ? info->name : tr("unlabelled")));
            }
        } catch (const Error &) {
            // The copies stay unnamed.
        }
        lines.append(tr("Copies labelled otherwise: %1").arg(copies.join(QStringLiteral(", "))));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));

    QPixmap standIn;
    try {
        standIn.loadFromData(m_document->store().thumbnail(issue->imageId), "JPEG");
    } catch (const Error &) {
        // The full preview still comes.
    }
    if (!standIn.isNull())
        m_preview->setStandIn(standIn);
    else
        m_preview->clear();
    m_loader->load(issue->imageId, m_model->filePath(row));
}

void LabelErrorView::updateStatus()
{
    updateButtons();
    if (!m_document) {
        m_status->clear();
        return;
    }
    const EvaluatedRun *run = m_controller->run(m_controller->currentRunId());
    if (!run) {
        m_status->setText(tr("No finished training run yet."));
        return;
    }
    if (!run->isEvaluated()) {
        m_status->setText(tr("This run has no predictions yet: evaluate it in the Evaluation tab, or cross-validate it."));
        return;
    }
    if (m_building) {
        m_status->setText(tr("Looking for label errors…"));
        return;
    }
    if (!m_failure.isEmpty()) {
        m_status->setText(m_failure);
        return;
    }
    if (m_queueRunId == 0) {
        m_status->clear();
        return;
    }
    const LabelErrorReport &report = m_model->report();
    QStringList sources;
    for (const EvaluationSource source : report.sources)
        sources.append(EvaluationController::sourceTitle(source).toLower());
    QString text = tr("%1 of %Ln issue(s) to review", nullptr, m_model->rowCount()).arg(m_model->openCount());
    text += QStringLiteral(" · ") + tr("%Ln image(s) checked (%1)", nullptr, report.imagesChecked).arg(sources.join(QStringLiteral(", ")));
    if (report.conflictingGroups > 0)
        text += QStringLiteral(" · ")
                + tr("%Ln duplicate group(s) with different labels", nullptr, report.conflictingGroups);
    m_status->setText(text);
    m_status->setToolTip(report.sources.contains(EvaluationSource::CrossValidation)
                             ? text
                             : text + QLatin1Char('\n') + tr("Only validation and test images have out-of-sample "
                                                             "predictions: cross-validate to check the training "
                                                             "images too."));
}

void LabelErrorView::updateButtons()
{
    const EvaluatedRun *run = m_controller->run(m_controller->currentRunId());
    m_refreshButton->setEnabled(m_document && run && run->isEvaluated());
    m_crossValidateButton->setEnabled(m_document && run && !m_controller->isBusy());
    m_folds->setEnabled(m_crossValidateButton->isEnabled());
}

} // namespace Atelier
