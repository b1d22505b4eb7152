#pragma once

#include "exponentialsmoothing.h"
#include "trainingtypes.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>

class QCPGraph;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QStackedLayout;
class QTimer;

namespace Atelier {

/// One run's per-epoch figures, as drawn behind the current run for comparison.
struct RunCurves
{
    qint64 runId = 0;
    QString name;
    QList<EpochMetrics> epochs;
};

/// A run's curves in four plots: the training loss of every batch (faint) with its moving
/// average, the training and validation loss per epoch, the accuracies per epoch, and the
/// learning rate. The x axis counts epochs; a batch sits at its fraction of its epoch.
///
/// Earlier runs can be drawn behind, dashed and lighter, each named in the legends. Figures may
/// stream in faster than it is worth painting: the plots are redrawn at most every
/// ReplotIntervalMs.
class TrainingCurvesView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ReplotIntervalMs = 100;

    explicit TrainingCurvesView(QWidget *parent = nullptr);
    ~TrainingCurvesView() override;

    /// Clears the plots for a run that starts (or resumes: its earlier epochs are drawn).
    void beginRun(const QString &title, const TrainingStart &start);
    void addBatches(const QList<BatchMetrics> &batches);
    void addEpoch(const EpochMetrics &epoch);
    /// A recorded run's epochs (per-batch figures are not kept after training).
    void showRun(const QString &title, const QList<EpochMetrics> &epochs);
    /// No run shown; earlier runs stay.
    void clear();
    /// The earlier runs drawn behind the current one.
    void setOverlays(const QList<RunCurves> &runs);
    QList<qint64> overlayRunIds() const;

    QString title() const;
    /// The names in the legend above the plots: the current run's curves, then each earlier run.
    QStringList legendEntries() const;
    /// Whether anything is drawn: a run, or earlier runs.
    bool hasCurves() const;
    /// How much of the previous average each batch's smoothed loss keeps.
    double smoothingWeight() const { return m_smoothing.weight(); }

    QCustomPlot *batchLossPlot() const { return m_batchPlot; }
    QCustomPlot *epochLossPlot() const { return m_lossPlot; }
    QCustomPlot *accuracyPlot() const { return m_accuracyPlot; }
    QCustomPlot *learningRatePlot() const { return m_ratePlot; }
    QCPGraph *rawBatchLossGraph() const { return m_rawBatchLoss; }
    QCPGraph *smoothedBatchLossGraph() const { return m_smoothedBatchLoss; }
    QCPGraph *trainLossGraph() const { return m_trainLoss; }
    /// Whether the learning-rate plot says the run has none (an exact fit).
    bool saysNoLearningRate() const;
    QCPGraph *validationLossGraph() const { return m_validationLoss; }
    QCPGraph *trainAccuracyGraph() const { return m_trainAccuracy; }
    QCPGraph *validationAccuracyGraph() const { return m_validationAccuracy; }
    QCPGraph *learningRateGraph() const { return m_learningRate; }

    /// Times the plots were redrawn (the coalescing is tested through it).
    int replotCount() const { return m_replotCount; }
    bool isReplotPending() const;
    /// Redraws now what is pending.
    void replotNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *createPlot(const QString &title, const QString &valueLabel);
    QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &color, qreal width,
                       Qt::PenStyle style = Qt::SolidLine);
    void applyPalette();
    void clearCurrent();
    void addEpochPoints(const EpochMetrics &epoch);
    void removeOverlays();
    void scheduleReplot();
    void rescale();
    void updatePlaceholder();
    void updateLegend();

    QStackedLayout *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_legend = nullptr;
    QCustomPlot *m_batchPlot = nullptr;
    QCustomPlot *m_lossPlot = nullptr;
    QCustomPlot *m_accuracyPlot = nullptr;
    QCustomPlot *m_ratePlot = nullptr;
    QCPGraph *m_rawBatchLoss = nullptr;
    QCPGraph *m_smoothedBatchLoss = nullptr;
    QCPGraph *m_trainLoss = nullptr;
    QCPGraph *m_validationLoss = nullptr;
    QCPGraph *m_trainAccuracy = nullptr;
    QCPGraph *m_validationAccuracy = nullptr;
    QCPGraph *m_learningRate = nullptr;
    QCPItemText *m_batchNote = nullptr;
    QCPItemText *m_rateNote = nullptr;
    QList<QCPGraph *> m_overlayGraphs;
    QList<qint64> m_overlayRunIds;
    QList<std::pair<QColor, QString>> m_overlayLegend;

    ExponentialSmoothing m_smoothing;
    int m_plannedEpochs = 0;
    bool m_showsRun = false;
    QTimer *m_replotTimer = nullptr;
    int m_replotCount = 0;
};

} // namespace Atelier
