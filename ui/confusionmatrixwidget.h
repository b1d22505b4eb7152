#pragma once

#include "classificationmetrics.h"

#include <QWidget>

#include <vector>

namespace Atelier {

/// The confusion matrix as a heat map: true classes down the left, predicted classes along the
/// top (slanted, so ten and more names stay readable). Right answers on the diagonal are blue,
/// mistakes red, darker for more. It shows counts or each row's shares; compared with another
/// run, it shows the difference of the shares, blue where this run does better and red where
/// it does worse.
///
/// Hovering a cell tells its count and share; clicking it (or Enter on the keyboard cell, which
/// the arrows move) asks for its images.
class ConfusionMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Counts, RowShares };

    explicit ConfusionMatrixWidget(QWidget *parent = nullptr);

    void setMetrics(const ClassificationMetrics &metrics);
    void clear();
    /// Shows this run's shares minus `other`'s (see EvaluationData::shareDifference); the
    /// other run's name goes into the tooltips and the legend.
    void setComparison(const ClassificationMetrics &other, const QString &otherName);
    void clearComparison();
    bool isComparing() const { return m_comparing; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    int classCount() const { return m_metrics.classCount(); }
    /// The cell chosen by a click or the keyboard; (-1, -1) when none.
    QPoint selectedCell() const { return m_selected; }
    void setSelectedCell(int trueClass, int predictedClass);
    /// Where a cell is drawn, in widget coordinates (empty when there is no such cell).
    QRect cellRect(int trueClass, int predictedClass) const;
    /// The text of a cell's tooltip.
    QString cellDescription(int trueClass, int predictedClass) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellActivated(int trueClass, int predictedClass);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Geometry
    {
        int left = 0;  ///< where the first column starts
        int top = 0;   ///< where the first row starts
        int cell = 0;  ///< side of a cell
        int labelWidth = 0;
        bool upright = false; ///< column names stand upright (small cells) instead of slanting
    };

    Geometry geometry() const;
    int labelWidth() const;
    int columnLabelHeight(bool upright) const;
    int rightMargin(bool upright) const;
    QPoint cellAt(const QPoint &position) const;
    int rowTotal(int trueClass) const;
    double share(int trueClass, int predictedClass) const;
    QColor cellColor(int trueClass, int predictedClass) const;
    QString cellText(int trueClass, int predictedClass) const;
    void paintLegend(QPainter &painter, const Geometry &g) const;

    ClassificationMetrics m_metrics;
    std::vector<double> m_shares;
    std::vector<double> m_difference;
    double m_largestDifference = 0;
    int m_largestCount = 0;
    bool m_comparing = false;
    QString m_otherName;
    Mode m_mode = Mode::Counts;
    QPoint m_selected{-1, -1};
    QPoint m_hovered{-1, -1};
};

} // namespace Atelier
