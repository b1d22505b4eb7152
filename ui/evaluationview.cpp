#include "evaluationview.h"

#include "classmetricsmodel.h"
#include "confusionmatrixwidget.h"
#include "error.h"
#include "evaluationcontroller.h"
#include "labelkeyactions.h"
#include "predictedimagesmodel.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "uicolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace Atelier {

namespace {
const QString SourceKey = QStringLiteral("evaluation/source");
const QString ModeKey = QStringLiteral("evaluation/rowShares");
constexpr int PairCount = 12;
constexpr int CellThumbnailSize = 56;

QString percent(double value)
{
    return std::isnan(value) ? QStringLiteral("—") : QLocale().toString(value * 100, 'f', 1) + QLatin1Char('%');
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(parent->palette()));
    label->setPalette(muted);
    return label;
}
} // namespace

EvaluationView::EvaluationView(EvaluationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_runCombo(new QComboBox(this))
    , m_sourceCombo(new QComboBox(this))
    , m_compareCombo(new QComboBox(this))
    , m_evaluateButton(new QPushButton(tr("Evaluate"), this))
    , m_countsButton(new QToolButton(this))
    , m_sharesButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_matrix(new ConfusionMatrixWidget(this))
    , m_pairs(new QListWidget(this))
    , m_classModel(new ClassMetricsModel(this))
    , m_classProxy(new QSortFilterProxyModel(this))
    , m_classTable(new QTableView(this))
    , m_cellTitle(new QLabel(this))
    , m_cellModel(new PredictedImagesModel(this))
    , m_cellView(new QTableView(this))
    , m_showInGridButton(new QPushButton(tr("Show in Grid"), this))
    , m_recountTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("evaluationView"));
    // One recount for a burst of edits (a class key on many images, an undo of several).
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(50);
    connect(m_recountTimer, &QTimer::timeout, this, &EvaluationView::recount);

    // --- Choosers ---
    m_runCombo->setObjectName(QStringLiteral("evaluationRun"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runCombo->setMinimumContentsLength(18);
    m_runCombo->setAccessibleName(tr("Run"));
    auto *runLabel = new QLabel(tr("&Run:"), this);
    runLabel->setBuddy(m_runCombo);
    connect(m_runCombo, &QComboBox::activated, this,
            [this] { m_controller->setCurrentRunId(m_runCombo->currentData().toLongLong()); });

    m_sourceCombo->setObjectName(QStringLiteral("evaluationSource"));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its items change with the run
    m_sourceCombo->setToolTip(tr("Which images the figures are about: the run's validation or test images, or "
                                 "every image through cross-validation"));
    auto *sourceLabel = new QLabel(tr("&Images:"), this);
    sourceLabel->setBuddy(m_sourceCombo);
    connect(m_sourceCombo, &QComboBox::activated, this, [this] {
        const auto source = EvaluationSource(m_sourceCombo->currentData().toInt());
        m_preferredSource = source;
        QSettings().setValue(SourceKey, int(source));
        load();
    });

    m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluateButton->setToolTip(tr("Predict the run's validation and test images and store the figures"));
    connect(m_evaluateButton, &QPushButton::clicked, this, &EvaluationView::evaluateCurrentRun);

    m_compareCombo->setObjectName(QStringLiteral("evaluationCompare"));
    m_compareCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareCombo->setMinimumContentsLength(14);
    m_compareCombo->setToolTip(tr("Show where this run does better or worse than another on the same images"));
    auto *compareLabel = new QLabel(tr("&Compare with:"), this);
    compareLabel->setBuddy(m_compareCombo);
    connect(m_compareCombo, &QComboBox::activated, this,
            [this] { compareWith(m_compareCombo->currentData().toLongLong()); });

    m_countsButton->setText(tr("Counts"));
    m_countsButton->setObjectName(QStringLiteral("countsButton"));
    m_countsButton->setToolTip(tr("Number of images in each cell"));
    m_sharesButton->setText(tr("Row %"));
    m_sharesButton->setObjectName(QStringLiteral("rowSharesButton"));
    m_sharesButton->setToolTip(tr("Share of each true class's images: rows add up to 100%, whatever the class's size"));
    auto *modeGroup = new QButtonGroup(this);
    for (QToolButton *button : {m_countsButton, m_sharesButton}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        modeGroup->addButton(button);
    }
    const bool shares = QSettings().value(ModeKey, false).toBool();
    (shares ? m_sharesButton : m_countsButton)->setChecked(true);
    m_matrix->setMode(shares ? ConfusionMatrixWidget::Mode::RowShares : ConfusionMatrixWidget::Mode::Counts);
    connect(m_sharesButton, &QToolButton::toggled, this, [this](bool rowShares) {
        QSettings().setValue(ModeKey, rowShares);
        m_matrix->setMode(rowShares ? ConfusionMatrixWidget::Mode::RowShares : ConfusionMatrixWidget::Mode::Counts);
    });

    m_status->setObjectName(QStringLiteral("evaluationStatus"));
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 4);
    bar->addWidget(runLabel);
    bar->addWidget(m_runCombo);
    bar->addSpacing(8);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceCombo);
    bar->addWidget(m_evaluateButton);
    bar->addStretch(1);
    bar->addWidget(compareLabel);
    bar->addWidget(m_compareCombo);
    bar->addSpacing(8);
    bar->addWidget(m_countsButton);
    bar->addWidget(m_sharesButton);

    // --- Summary figures ---
    auto *figures = new QHBoxLayout;
    figures->setContentsMargins(12, 2, 12, 6);
    figures->setSpacing(22);
    const auto addFigure = [&](Figure figure, const QString &caption, const QString &name, const QString &tip) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        auto *value = new QLabel(QStringLiteral("—"), this);
        value->setObjectName(name);
        QFont big = value->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.35);
        value->setFont(big);
        value->setToolTip(tip);
        box->addWidget(value);
        box->addWidget(mutedLabel(caption, this));
        figures->addLayout(box);
        m_figures.insert(figure, value);
    };
    addFigure(Figure::Accuracy, tr("accuracy"), QStringLiteral("accuracyFigure"),
              tr("Share of the images whose most probable class is their label"));
    addFigure(Figure::BalancedAccuracy, tr("balanced accuracy"), QStringLiteral("balancedAccuracyFigure"),
              tr("Mean recall over the classes: every class counts the same, however many images it has"));
    addFigure(Figure::Top1, tr("top-1"), QStringLiteral("top1Figure"), tr("The label is the most probable class"));
    addFigure(Figure::Top3, tr("top-3"), QStringLiteral("top3Figure"),
              tr("The label is among the three most probable classes"));
    addFigure(Figure::MacroF1, tr("macro F1"), QStringLiteral("macroF1Figure"),
              tr("Mean F1 over the classes"));
    addFigure(Figure::Images, tr("images"), QStringLiteral("imagesFigure"), tr("Images evaluated"));
    figures->addWidget(m_status, 1);

    // --- Matrix ---
    auto *matrixArea = new QScrollArea(this);
    matrixArea->setObjectName(QStringLiteral("confusionMatrixArea"));
    matrixArea->setWidget(m_matrix);
    matrixArea->setWidgetResizable(true);
    matrixArea->setFrameShape(QFrame::NoFrame);
    connect(m_matrix, &ConfusionMatrixWidget::cellActivated, this, &EvaluationView::showCell);

    // --- Most confused pairs and per-class figures ---
    m_pairs->setObjectName(QStringLiteral("confusedPairs"));
    m_pairs->setAccessibleName(tr("Most confused pairs"));
    m_pairs->setAlternatingRowColors(true);
    connect(m_pairs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || m_filling)
            return;
        const QPoint cell = m_pairs->item(row)->data(Qt::UserRole).toPoint();
        showCell(cell.y(), cell.x());
    });

    m_classProxy->setSourceModel(m_classModel);
    m_classProxy->setSortRole(ClassMetricsModel::SortRole);
    m_classTable->setObjectName(QStringLiteral("classMetrics"));
    m_classTable->setModel(m_classProxy);
    m_classTable->setSortingEnabled(true);
    m_classTable->sortByColumn(-1, Qt::AscendingOrder);
    m_classTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->verticalHeader()->hide();
    m_classTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_classTable->horizontalHeader()->setSectionResizeMode(ClassMetricsModel::ClassColumn, QHeaderView::Stretch);
    m_classTable->setAlternatingRowColors(true);
    m_classTable->setWordWrap(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 8, 0);
    sideLayout->addWidget(mutedLabel(tr("Most confused"), this));
    sideLayout->addWidget(m_pairs, 2);
    sideLayout->addWidget(mutedLabel(tr("Per class"), this));
    sideLayout->addWidget(m_classTable, 3);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(matrixArea);
    top->addWidget(side);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({600, 380});
    top->setChildrenCollapsible(false);

    // --- The images of a cell ---
    QFont titleFont = m_cellTitle->font();
    titleFont.setBold(true);
    m_cellTitle->setFont(titleFont);
    m_cellTitle->setObjectName(QStringLiteral("cellTitle"));
    m_cellModel->setObjectName(QStringLiteral("cellImagesModel"));
    m_cellView->setObjectName(QStringLiteral("cellImages"));
    m_cellView->setModel(m_cellModel);
    m_cellView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cellView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cellView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cellView->setIconSize(QSize(CellThumbnailSize, CellThumbnailSize));
    m_cellView->verticalHeader()->hide();
    m_cellView->verticalHeader()->setDefaultSectionSize(CellThumbnailSize + 6);
    m_cellView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cellView->horizontalHeader()->setSectionResizeMode(PredictedImagesModel::FileColumn, QHeaderView::Stretch);
    m_cellView->setAccessibleName(tr("Images of the chosen cell"));
    connect(m_cellView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit selectImagesRequested({m_cellModel->imageId(index.row())});
    });
    m_cellKeys = new LabelKeyActions(m_cellView, [this] { return selectedCellImages(); }, this);
    connect(m_cellKeys, &LabelKeyActions::failed, this, &EvaluationView::failed);
    connect(m_cellKeys, &LabelKeyActions::message, this, &EvaluationView::message);
    connect(m_cellKeys, &LabelKeyActions::edited, this, [this](const QList<qint64> &ids) {
        if (ids.size() == 1)
            moveToNextCellImage();
    });
    m_showInGridButton->setObjectName(QStringLiteral("showCellInGrid"));
    m_showInGridButton->setToolTip(tr("Select these images in the Images tab"));
    connect(m_showInGridButton, &QPushButton::clicked, this, [this] {
        QList<qint64> ids = selectedCellImages();
        if (ids.isEmpty())
            for (int row = 0; row < m_cellModel->rowCount(); ++row)
                ids.append(m_cellModel->imageId(row));
        emit selectImagesRequested(ids);
    });
    auto *cellHeader = new QHBoxLayout;
    cellHeader->addWidget(m_cellTitle, 1);
    cellHeader->addWidget(m_showInGridButton);
    auto *cellHint = mutedLabel(tr("The surest mistakes first · a class's key relabels the selected images · 0 removes "
                                   "the label · X excludes · Enter shows the image in the grid · Ctrl+Z undoes"),
                                this);
    cellHint->setWordWrap(true);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(12, 4, 12, 4);
    bottomLayout->addLayout(cellHeader);
    bottomLayout->addWidget(m_cellView, 1);
    bottomLayout->addWidget(cellHint);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({520, 240});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);

    if (QSettings().contains(SourceKey))
        m_preferredSource = EvaluationSource(QSettings().value(SourceKey).toInt());

    connect(m_controller, &EvaluationController::runsChanged, this, [this] {
        fillRunChooser();
        fillCompareChooser();
    });
    connect(m_controller, &EvaluationController::currentRunChanged, this, [this] {
        fillRunChooser();
        load();
    });
    connect(m_controller, &EvaluationController::evaluationStored, this, [this](qint64 runId) {
        if (runId == m_controller->currentRunId() || runId == m_compareRunId)
            load();
    });
    connect(m_controller, &EvaluationController::busyChanged, this, &EvaluationView::updateButtons);
    clearCell();
    load();
}

EvaluationView::~EvaluationView() = default;

void EvaluationView::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::labelsChanged, this, &EvaluationView::scheduleRecount);
        connect(m_document, &ProjectDocument::exclusionChanged, this, &EvaluationView::scheduleRecount);
    }
    m_cellModel->setDocument(document);
    m_cellKeys->setDocument(document);
    m_compareRunId = 0;
    load();
}

void EvaluationView::scheduleRecount()
{
    // Recounting reads the run's images: not worth doing for a tab nobody looks at.
    if (isVisible())
        m_recountTimer->start();
    else
        m_recountWhenShown = true;
}

void EvaluationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_recountWhenShown, false))
        m_recountTimer->start();
    // Runs may have finished, or been evaluated, since the tab was last looked at.
    if (m_document)
        m_controller->refreshRuns();
}

// --- Choosers ------------------------------------------------------------------------------------

void EvaluationView::fillRunChooser()
{
    m_filling = true;
    m_runCombo->clear();
    for (const EvaluatedRun &run : m_controller->runs()) {
        QString text = EvaluationController::runTitle(run.run);
        if (!run.isEvaluated())
            text += QLatin1Char(' ') + tr("(not evaluated)");
        m_runCombo->addItem(text, run.run.id);
    }
    m_runCombo->setCurrentIndex(m_runCombo->findData(m_controller->currentRunId()));
    m_runCombo->setEnabled(m_runCombo->count() > 0);
    m_filling = false;
}

void EvaluationView::fillSourceChooser()
{
    m_filling = true;
    m_sourceCombo->clear();
    if (const EvaluatedRun *run = m_controller->run(m_controller->currentRunId()))
        for (const EvaluationSource source : run->sources)
            m_sourceCombo->addItem(EvaluationController::sourceTitle(source), int(source));
    int index = m_preferredSource ? m_sourceCombo->findData(int(*m_preferredSource)) : -1;
    if (index < 0)
        index = m_sourceCombo->findData(int(EvaluationSource::Validation));
    if (index < 0 && m_sourceCombo->count() > 0)
        index = 0;
    m_sourceCombo->setCurrentIndex(index);
    m_sourceCombo->setEnabled(m_sourceCombo->count() > 1);
    m_filling = false;
}

void EvaluationView::fillCompareChooser()
{
    m_filling = true;
    m_compareCombo->clear();
    m_compareCombo->addItem(tr("No other run"), qint64(0));
    const auto shown = source();
    for (const EvaluatedRun &run : m_controller->runs())
        if (run.run.id != m_controller->currentRunId() && shown && run.sources.contains(*shown))
            m_compareCombo->addItem(EvaluationController::runTitle(run.run), run.run.id);
    int index = m_compareCombo->findData(m_compareRunId);
    if (index < 0) {
        m_compareRunId = 0;
        index = 0;
    }
    m_compareCombo->setCurrentIndex(index);
    m_compareCombo->setEnabled(m_compareCombo->count() > 1);
    m_filling = false;
}

std::optional<EvaluationSource> EvaluationView::source() const
{
    if (m_sourceCombo->currentIndex() < 0)
        return std::nullopt;
    return EvaluationSource(m_sourceCombo->currentData().toInt());
}

void EvaluationView::setSource(EvaluationSource source)
{
    m_preferredSource = source;
    load();
}

void EvaluationView::compareWith(qint64 runId)
{
    m_compareRunId = runId;
    fillCompareChooser();
    updateComparison();
}

// --- Loading -------------------------------------------------------------------------------------

void EvaluationView::load()
{
    fillSourceChooser();
    m_data.reset();
    const qint64 runId = m_controller->currentRunId();
    const auto shown = source();
    if (m_document && runId != 0 && shown) {
        try {
            m_data = EvaluationData::load(m_document->store(), runId, *shown);
        } catch (const Error &error) {
            emit failed(tr("Cannot show the evaluation"), error.message());
        }
    }
    fillCompareChooser();
    showData();
}

void EvaluationView::recount()
{
    if (!m_data || !m_document)
        return;
    try {
        m_data = EvaluationData::load(m_document->store(), m_data->runId(), m_data->source());
    } catch (const Error &error) {
        emit failed(tr("Cannot show the evaluation"), error.message());
        return;
    }
    m_matrix->setMetrics(m_data->metrics());
    if (m_cell.x() >= 0)
        m_matrix->setSelectedCell(m_cell.y(), m_cell.x());
    m_classModel->setMetrics(m_data->metrics());
    showFigures();
    showPairs();
    m_filling = true;
    for (int row = 0; row < m_pairs->count(); ++row)
        if (m_pairs->item(row)->data(Qt::UserRole).toPoint() == m_cell)
            m_pairs->setCurrentRow(row);
    m_filling = false;
    updateComparison();
}

void EvaluationView::showData()
{
    clearCell();
    if (!m_data) {
        m_matrix->clear();
        m_classModel->clear();
        m_pairs->clear();
        showFigures();
        updateButtons();
        return;
    }
    m_matrix->setMetrics(m_data->metrics());
    m_classModel->setMetrics(m_data->metrics());
    showFigures();
    showPairs();
    updateComparison();
    updateButtons();
}

void EvaluationView::showFigures()
{
    const QLocale locale;
    if (!m_data) {
        for (QLabel *label : std::as_const(m_figures))
            label->setText(QStringLiteral("—"));
        const EvaluatedRun *run = m_controller->run(m_controller->currentRunId());
        if (!m_document)
            m_status->clear();
        else if (m_controller->runs().isEmpty())
            m_status->setText(tr("No finished training run yet. Train one in the Training tab; it is evaluated when "
                                 "it ends."));
        else if (run && !run->isEvaluated())
            m_status->setText(tr("This run has not been evaluated yet: Evaluate predicts its validation and test "
                                 "images."));
        else
            m_status->clear();
        return;
    }
    const ClassificationMetrics &metrics = m_data->metrics();
    m_figures.value(Figure::Accuracy)->setText(percent(metrics.accuracy));
    m_figures.value(Figure::BalancedAccuracy)->setText(percent(metrics.balancedAccuracy));
    m_figures.value(Figure::Top1)->setText(percent(metrics.top1Accuracy));
    m_figures.value(Figure::Top3)->setText(percent(metrics.top3Accuracy));
    m_figures.value(Figure::MacroF1)->setText(std::isnan(metrics.macroF1) ? QStringLiteral("—")
                                                                           : locale.toString(metrics.macroF1, 'f', 3));
    m_figures.value(Figure::Images)->setText(locale.toString(metrics.imageCount));
    const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(m_data->createdMs()), QLocale::ShortFormat);
    const EvaluatedRun *run = m_controller->run(m_data->runId());
    QString status = tr("%1 images of run %2, evaluated %3")
                         .arg(EvaluationController::sourceTitle(m_data->source()),
                              run ? EvaluationController::runTitle(run->run) : QString::number(m_data->runId()), when);
    // The network's answers are the evaluation's; the labels they are counted against are today's.
    if (m_data->relabelledCount() > 0)
        status += QStringLiteral(" · ") + tr("counted with today's labels: %Ln image(s) relabelled since", nullptr, m_data->relabelledCount());
    if (m_data->droppedCount() > 0)
        status += QStringLiteral(" · ") + tr("%Ln image(s) left out since (no label or excluded)", nullptr, m_data->droppedCount());
    m_status->setText(status);
}

void EvaluationView::showPairs()
{
    m_filling = true;
    m_pairs->clear();
    const QStringList names = m_data->classNames();
    const QList<ConfusedPair> pairs = m_data->mostConfusedPairs(PairCount);
    for (const ConfusedPair &pair : pairs) {
        auto *item = new QListWidgetItem(tr("%1 → %2").arg(names.value(pair.trueClass), names.value(pair.predictedClass))
                                         + QStringLiteral("   ")
                                         + tr("%Ln image(s), %1", nullptr, pair.count).arg(percent(pair.share)));
        item->setData(Qt::UserRole, QPoint(pair.predictedClass, pair.trueClass));
        item->setToolTip(tr("%1 of the “%2” images were taken for “%3”")
                             .arg(percent(pair.share), names.value(pair.trueClass), names.value(pair.predictedClass)));
        m_pairs->addItem(item);
    }
    if (pairs.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No mistakes on these images."));
        item->setFlags(Qt::NoItemFlags);
        m_pairs->addItem(item);
    }
    m_filling = false;
}

void EvaluationView::updateComparison()
{
    if (!m_data || m_compareRunId == 0 || !m_document) {
        m_matrix->clearComparison();
        return;
    }
    const EvaluatedRun *other = m_controller->run(m_compareRunId);
    try {
        const auto stored = EvaluationStore(m_document->store()).evaluation(m_compareRunId, m_data->source());
        if (!other || !stored) {
            m_matrix->clearComparison();
            return;
        }
        m_matrix->setComparison(stored->metrics, EvaluationController::runTitle(other->run));
    } catch (const Error &error) {
        m_matrix->clearComparison();
        emit failed(tr("Cannot compare the runs"), error.message());
    }
}

void EvaluationView::updateButtons()
{
    const EvaluatedRun *run = m_controller->run(m_controller->currentRunId());
    m_evaluateButton->setEnabled(m_document && run && !m_controller->isBusy());
    m_evaluateButton->setText(run && run->isEvaluated() ? tr("Evaluate Again") : tr("Evaluate"));
    m_countsButton->setEnabled(m_data.has_value());
    m_sharesButton->setEnabled(m_data.has_value());
}

void EvaluationView::evaluateCurrentRun()
{
    if (!m_controller->evaluate(m_controller->currentRunId()))
        return;
    m_status->setText(tr("Evaluating… (progress below)"));
    updateButtons();
}

// --- Cell images ---------------------------------------------------------------------------------

void EvaluationView::clearCell()
{
    m_cell = QPoint(-1, -1);
    m_cellModel->clear();
    m_cellTitle->setText(m_data ? tr("Click a cell or a pair to list its images") : QString());
    m_showInGridButton->setEnabled(false);
}

void EvaluationView::showCell(int trueClass, int predictedClass)
{
    if (!m_data || trueClass < 0 || predictedClass < 0 || trueClass >= m_data->metrics().classCount()
        || predictedClass >= m_data->metrics().classCount())
        return;
    m_cell = QPoint(predictedClass, trueClass);
    m_matrix->setSelectedCell(trueClass, predictedClass);
    // The pairs list follows, without asking for the cell again.
    m_filling = true;
    m_pairs->setCurrentRow(-1);
    for (int row = 0; row < m_pairs->count(); ++row)
        if (m_pairs->item(row)->data(Qt::UserRole).toPoint() == m_cell)
            m_pairs->setCurrentRow(row);
    m_filling = false;

    const QList<PredictedImage> images = m_data->imagesOfCell(trueClass, predictedClass);
    m_cellModel->setImages(images, m_data->classNames());
    const QString trueName = m_data->classNames().value(trueClass);
    const QString predictedName = m_data->classNames().value(predictedClass);
    const int count = int(images.size());
    m_cellTitle->setText(trueClass == predictedClass
                             ? tr("“%1” recognised as itself: %Ln image(s)", nullptr, count).arg(trueName)
                             : tr("“%1” taken for “%2”: %Ln image(s)", nullptr, count).arg(trueName, predictedName));
    m_showInGridButton->setEnabled(count > 0);
    if (count > 0) {
        m_cellView->selectionModel()->setCurrentIndex(m_cellModel->index(0, PredictedImagesModel::FileColumn),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_cellView->scrollToTop();
    }
}

QList<qint64> EvaluationView::selectedCellImages() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_cellView->selectionModel()->selectedRows())
        ids.append(m_cellModel->imageId(index.row()));
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_cellModel->rowOfImage(a) < m_cellModel->rowOfImage(b);
    });
    return ids;
}

void EvaluationView::moveToNextCellImage()
{
    const int row = m_cellView->currentIndex().row();
    if (row < 0 || row + 1 >= m_cellModel->rowCount())
        return;
    m_cellView->selectionModel()->setCurrentIndex(m_cellModel->index(row + 1, PredictedImagesModel::FileColumn),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Atelier
