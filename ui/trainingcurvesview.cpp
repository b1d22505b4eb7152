#include "trainingcurvesview.h"

#include "qcustomplotheader.h"
#include "uicolors.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
const QColor TrainColor(31, 119, 180);
const QColor ValidationColor(230, 115, 0);
const QColor RateColor(44, 150, 44);
// Earlier runs: hues apart from the current run's blue and orange.
const QColor OverlayColors[] = {QColor(148, 103, 189), QColor(140, 86, 75), QColor(214, 39, 40),
                                QColor(127, 127, 127), QColor(188, 189, 34), QColor(23, 190, 207)};
constexpr int OverlayAlpha = 170;
constexpr int RawBatchAlpha = 70;

/// Batches between smoothed points: a fifth of an epoch, within reason.
int smoothingSpan(int batchesPerEpoch)
{
    return std::clamp(batchesPerEpoch / 5, 3, 50);
}

double batchPosition(const BatchMetrics &batch)
{
    return batch.epoch + double(batch.batch + 1) / std::max(1, batch.batchCount);
}

void addIfMeasured(QCPGraph *graph, double key, double value, double scale = 1.0)
{
    if (std::isfinite(value))
        graph->addData(key, value * scale);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

/// A legend entry in rich text: a short line drawn with box-drawing characters, and its name.
QString legendEntry(const QColor &color, Qt::PenStyle style, const QString &name)
{
    const QString line = style == Qt::DashLine ? QStringLiteral("╍╍")
                         : style == Qt::DotLine ? QStringLiteral("┅┅")
                                                : QStringLiteral("━━");
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
        .arg(color.name(), line, name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
}
} // namespace

TrainingCurvesView::TrainingCurvesView(QWidget *parent)
    : QWidget(parent)
    , m_replotTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingCurves"));
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(ReplotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &TrainingCurvesView::replotNow);

    m_placeholder = new QLabel(tr("No curves yet.\n\nPress Train to start a run, or choose a run in the list to see "
                                  "its curves."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("curvesPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_placeholder->setPalette(muted);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("curvesTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One legend for the epoch plots: they share their colours, and small plots have no room.
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("curvesLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_batchPlot = createPlot(tr("Training loss per batch"), tr("Loss"));
    m_lossPlot = createPlot(tr("Loss per epoch"), tr("Loss"));
    m_accuracyPlot = createPlot(tr("Accuracy per epoch"), tr("Accuracy (%)"));
    m_ratePlot = createPlot(tr("Learning rate"), QString());
    m_accuracyPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_accuracyPlot->yAxis->setRange(0, 100);
    m_ratePlot->yAxis->setNumberFormat(QStringLiteral("g"));
    m_ratePlot->yAxis->setNumberPrecision(2);

    m_rawBatchLoss = addGraph(m_batchPlot, tr("Each batch"), withAlpha(TrainColor, RawBatchAlpha), 1);
    m_smoothedBatchLoss = addGraph(m_batchPlot, tr("Smoothed"), TrainColor, 2);
    m_trainLoss = addGraph(m_lossPlot, tr("Training"), TrainColor, 2);
    m_validationLoss = addGraph(m_lossPlot, tr("Validation"), ValidationColor, 2);
    m_trainAccuracy = addGraph(m_accuracyPlot, tr("Training"), TrainColor, 2);
    m_validationAccuracy = addGraph(m_accuracyPlot, tr("Validation"), ValidationColor, 2);
    m_learningRate = addGraph(m_ratePlot, tr("Learning rate"), RateColor, 2);
    // Epoch figures are few: mark them.
    for (QCPGraph *graph : {m_trainLoss, m_validationLoss, m_trainAccuracy, m_validationAccuracy})
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    for (QCustomPlot *plot : {m_lossPlot, m_accuracyPlot, m_ratePlot})
        plot->legend->setVisible(false);

    m_batchNote = new QCPItemText(m_batchPlot);
    m_batchNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_batchNote->position->setCoords(0.5, 0.5);
    m_batchNote->setText(tr("The loss of every batch is shown while a run trains"));
    m_batchNote->setVisible(false);
    // Quick mode's exact fits have epochs but no steps, hence no learning rate.
    m_rateNote = new QCPItemText(m_ratePlot);
    m_rateNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_rateNote->position->setCoords(0.5, 0.5);
    m_rateNote->setText(tr("Fitted exactly,\nwithout a learning rate"));
    m_rateNote->setVisible(false);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(m_batchPlot, 0, 0);
    grid->addWidget(m_lossPlot, 0, 1);
    grid->addWidget(m_accuracyPlot, 1, 0);
    grid->addWidget(m_ratePlot, 1, 1);

    auto *plots = new QWidget(this);
    auto *plotsLayout = new QVBoxLayout(plots);
    plotsLayout->setContentsMargins(0, 0, 0, 0);
    plotsLayout->addWidget(m_title);
    plotsLayout->addWidget(m_legend);
    plotsLayout->addLayout(grid, 1);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(plots);

    applyPalette();
    rescale();
    updatePlaceholder();
}

TrainingCurvesView::~TrainingCurvesView() = default;

QCustomPlot *TrainingCurvesView::createPlot(const QString &title, const QString &valueLabel)
{
    auto *plot = new QCustomPlot(this);
    plot->setMinimumSize(200, 160);
    plot->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    auto *titleElement = new QCPTextElement(plot, title, titleFont);
    titleElement->setObjectName(QStringLiteral("title"));
    plot->plotLayout()->addElement(0, 0, titleElement);
    plot->xAxis->setLabel(tr("Epoch"));
    plot->yAxis->setLabel(valueLabel);
    QSharedPointer<QCPAxisTickerFixed> epochTicks(new QCPAxisTickerFixed);
    epochTicks->setTickStep(1.0);
    epochTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(epochTicks);
    plot->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    plot->legend->setFont(legendFont);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return plot;
}

QCPGraph *TrainingCurvesView::addGraph(QCustomPlot *plot, const QString &name, const QColor &color, qreal width,
                                       Qt::PenStyle style)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, width, style));
    return graph;
}

void TrainingCurvesView::applyPalette()
{
    // Follow the studio's palette, light or dark, rather than QCustomPlot's white.
    const QPalette palette = this->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = UiColors::hairline(palette);
    for (QCustomPlot *plot : {m_batchPlot, m_lossPlot, m_accuracyPlot, m_ratePlot}) {
        plot->setBackground(palette.brush(QPalette::Base));
        for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        }
        plot->legend->setBrush(withAlpha(palette.color(QPalette::Base), 210));
        plot->legend->setBorderPen(QPen(grid));
        plot->legend->setTextColor(text);
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0)))
            title->setTextColor(text);
    }
    m_batchNote->setColor(UiColors::mutedText(palette));
    m_rateNote->setColor(UiColors::mutedText(palette));
    if (m_legend)
        updateLegend();
    scheduleReplot();
}

void TrainingCurvesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TrainingCurvesView::clearCurrent()
{
    for (QCPGraph *graph : {m_rawBatchLoss, m_smoothedBatchLoss, m_trainLoss, m_validationLoss, m_trainAccuracy,
                            m_validationAccuracy, m_learningRate})
        graph->data()->clear();
    m_smoothing.reset();
    m_plannedEpochs = 0;
}

void TrainingCurvesView::beginRun(const QString &title, const TrainingStart &start)
{
    clearCurrent();
    m_showsRun = true;
    m_title->setText(title);
    m_plannedEpochs = start.epochs;
    m_smoothing.setWeight(ExponentialSmoothing::weightForSpan(smoothingSpan(start.batchesPerEpoch)));
    for (const EpochMetrics &epoch : start.history)
        addEpochPoints(epoch);
    m_batchNote->setVisible(false);
    updatePlaceholder();
    updateLegend();
    scheduleReplot();
}

void TrainingCurvesView::addBatches(const QList<BatchMetrics> &batches)
{
    for (const BatchMetrics &batch : batches) {
        const double x = batchPosition(batch);
        // A diverged batch has no loss to draw; it would also poison the average.
        if (std::isfinite(batch.loss)) {
            m_rawBatchLoss->addData(x, batch.loss);
            m_smoothedBatchLoss->addData(x, m_smoothing.add(batch.loss));
        }
        addIfMeasured(m_learningRate, x, batch.learningRate);
    }
    if (!batches.isEmpty())
        scheduleReplot();
}

void TrainingCurvesView::addEpoch(const EpochMetrics &epoch)
{
    addEpochPoints(epoch);
    scheduleReplot();
}

void TrainingCurvesView::addEpochPoints(const EpochMetrics &epoch)
{
    // An epoch's figures are those at its end.
    const double x = epoch.epoch + 1;
    addIfMeasured(m_trainLoss, x, epoch.trainLoss);
    addIfMeasured(m_validationLoss, x, epoch.validationLoss);
    addIfMeasured(m_trainAccuracy, x, epoch.trainAccuracy, 100);
    addIfMeasured(m_validationAccuracy, x, epoch.validationAccuracy, 100);
    // During a run the learning rate comes per batch; the epoch's last value is one of them.
    if (m_learningRate->data()->isEmpty() || (m_learningRate->data()->constEnd() - 1)->key < x)
        addIfMeasured(m_learningRate, x, epoch.learningRate);
}

void TrainingCurvesView::showRun(const QString &title, const QList<EpochMetrics> &epochs)
{
    clearCurrent();
    m_showsRun = true;
    m_title->setText(title);
    for (const EpochMetrics &epoch : epochs)
        addEpochPoints(epoch);
    m_batchNote->setVisible(true);
    updatePlaceholder();
    updateLegend();
    scheduleReplot();
}

void TrainingCurvesView::clear()
{
    clearCurrent();
    m_showsRun = false;
    m_title->clear();
    m_batchNote->setVisible(false);
    updatePlaceholder();
    updateLegend();
    scheduleReplot();
}

void TrainingCurvesView::removeOverlays()
{
    for (QCPGraph *graph : std::as_const(m_overlayGraphs))
        graph->parentPlot()->removeGraph(graph);
    m_overlayGraphs.clear();
    m_overlayRunIds.clear();
    m_overlayLegend.clear();
}

QStringList TrainingCurvesView::legendEntries() const
{
    QStringList names;
    if (m_showsRun)
        names << m_trainLoss->name() << m_validationLoss->name();
    for (const auto &[color, name] : m_overlayLegend)
        names << name;
    return names;
}

void TrainingCurvesView::updateLegend()
{
    QStringList entries;
    if (m_showsRun) {
        entries << legendEntry(TrainColor, Qt::SolidLine, m_trainLoss->name())
                << legendEntry(ValidationColor, Qt::SolidLine, m_validationLoss->name());
    }
    for (const auto &[color, name] : m_overlayLegend)
        entries << legendEntry(color, Qt::DashLine, name);
    QString text = entries.join(QStringLiteral(" &nbsp; "));
    if (!m_overlayLegend.isEmpty())
        text += QStringLiteral(" &nbsp; <span style=\"color:%1\">%2</span>")
                    .arg(UiColors::mutedText(palette()).name(),
                         tr("(earlier runs: validation dashed, training dotted)").toHtmlEscaped());
    m_legend->setText(text);
}

void TrainingCurvesView::setOverlays(const QList<RunCurves> &runs)
{
    removeOverlays();
    for (int i = 0; i < runs.size(); ++i) {
        const RunCurves &run = runs.at(i);
        const QColor color = withAlpha(OverlayColors[i % std::size(OverlayColors)], OverlayAlpha);
        const QString name = tr("Run %1: %2").arg(run.runId).arg(run.name);
        // Validation dashed, training dotted, in the run's own colour.
        const auto overlay = [&](QCustomPlot *plot, double EpochMetrics::*field, double scale, Qt::PenStyle style) {
            QCPGraph *graph = addGraph(plot, name, color, 1.5, style);
            for (const EpochMetrics &epoch : run.epochs)
                addIfMeasured(graph, epoch.epoch + 1, epoch.*field, scale);
            m_overlayGraphs.append(graph);
        };
        overlay(m_lossPlot, &EpochMetrics::trainLoss, 1, Qt::DotLine);
        overlay(m_lossPlot, &EpochMetrics::validationLoss, 1, Qt::DashLine);
        overlay(m_accuracyPlot, &EpochMetrics::trainAccuracy, 100, Qt::DotLine);
        overlay(m_accuracyPlot, &EpochMetrics::validationAccuracy, 100, Qt::DashLine);
        overlay(m_ratePlot, &EpochMetrics::learningRate, 1, Qt::DashLine);
        m_overlayRunIds.append(run.runId);
        m_overlayLegend.append({color, name});
    }
    updatePlaceholder();
    updateLegend();
    scheduleReplot();
}

QList<qint64> TrainingCurvesView::overlayRunIds() const
{
    return m_overlayRunIds;
}

QString TrainingCurvesView::title() const
{
    return m_title->text();
}

bool TrainingCurvesView::hasCurves() const
{
    return m_showsRun || !m_overlayGraphs.isEmpty();
}

void TrainingCurvesView::updatePlaceholder()
{
    m_pages->setCurrentIndex(hasCurves() ? 1 : 0);
}

bool TrainingCurvesView::isReplotPending() const
{
    return m_replotTimer->isActive();
}

void TrainingCurvesView::scheduleReplot()
{
    // At most one redraw per interval, however many figures arrive in between.
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

bool TrainingCurvesView::saysNoLearningRate() const
{
    return m_rateNote->visible();
}

void TrainingCurvesView::replotNow()
{
    m_replotTimer->stop();
    rescale();
    for (QCustomPlot *plot : {m_batchPlot, m_lossPlot, m_accuracyPlot, m_ratePlot})
        plot->replot();
    ++m_replotCount;
}

void TrainingCurvesView::rescale()
{
    // Every plot spans the same epochs: the planned ones, or as many as any curve reaches.
    double lastEpoch = std::max(1, m_plannedEpochs);
    const auto valueTop = [](QCustomPlot *plot) {
        double top = 0;
        for (int i = 0; i < plot->graphCount(); ++i) {
            bool found = false;
            const QCPRange range = plot->graph(i)->getValueRange(found);
            if (found)
                top = std::max(top, range.upper);
        }
        return top;
    };
    for (QCustomPlot *plot : {m_batchPlot, m_lossPlot, m_accuracyPlot, m_ratePlot}) {
        for (int i = 0; i < plot->graphCount(); ++i) {
            bool found = false;
            const QCPRange keys = plot->graph(i)->getKeyRange(found);
            if (found)
                lastEpoch = std::max(lastEpoch, std::ceil(keys.upper - 1e-9));
        }
    }
    for (QCustomPlot *plot : {m_batchPlot, m_lossPlot, m_accuracyPlot, m_ratePlot})
        plot->xAxis->setRange(0, lastEpoch);
    // Losses and rates from zero, with a little room above the highest point.
    for (QCustomPlot *plot : {m_batchPlot, m_lossPlot, m_ratePlot}) {
        const double top = valueTop(plot);
        plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    }
    m_accuracyPlot->yAxis->setRange(0, 100);
    m_rateNote->setVisible(m_learningRate->data()->isEmpty() && !m_trainLoss->data()->isEmpty());
}

} // namespace Atelier
