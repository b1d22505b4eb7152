#pragma once

#include "evaluationdata.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace Atelier {

class ClassMetricsModel;
class ConfusionMatrixWidget;
class EvaluationController;
class LabelKeyActions;
class PredictedImagesModel;
class ProjectDocument;

/// The Evaluation tab: how a run does, and on which images it goes wrong.
///
/// A run and a source (validation, test, cross-validation) are chosen on top, with Evaluate for
/// a run without figures. Below: the summary figures, the confusion matrix (counts or row
/// shares, or the difference with another run), the most confused pairs and the per-class
/// table. A click on a cell or a pair lists that cell's images, the most confident mistakes
/// first, where the grid's keys relabel or exclude them, undoable with Ctrl+Z.
class EvaluationView : public QWidget
{
    Q_OBJECT

public:
    /// The summary figures, each in its own label.
    enum class Figure { Accuracy, BalancedAccuracy, Top1, Top3, MacroF1, Images };

    EvaluationView(EvaluationController *controller, QWidget *parent = nullptr);
    ~EvaluationView() override;

    void setDocument(ProjectDocument *document);

    /// Shows a source of the current run (when it has one).
    void setSource(EvaluationSource source);
    std::optional<EvaluationSource> source() const;
    /// Compares with another run's figures on the same source; 0: no comparison.
    void compareWith(qint64 runId);
    /// Lists the images of one cell (true class, predicted class) below the matrix.
    void showCell(int trueClass, int predictedClass);
    /// Evaluates the current run in the background.
    void evaluateCurrentRun();

    /// The evaluation shown, or nullptr.
    const EvaluationData *data() const { return m_data ? &*m_data : nullptr; }
    QLabel *figureLabel(Figure figure) const { return m_figures.value(figure); }

    ConfusionMatrixWidget *matrix() const { return m_matrix; }
    ClassMetricsModel *classMetricsModel() const { return m_classModel; }
    QTableView *classTable() const { return m_classTable; }
    QListWidget *pairsList() const { return m_pairs; }
    PredictedImagesModel *cellImagesModel() const { return m_cellModel; }
    QTableView *cellImagesView() const { return m_cellView; }
    LabelKeyActions *cellKeys() const { return m_cellKeys; }
    QComboBox *runChooser() const { return m_runCombo; }
    QComboBox *sourceChooser() const { return m_sourceCombo; }
    QComboBox *compareChooser() const { return m_compareCombo; }
    QPushButton *evaluateButton() const { return m_evaluateButton; }
    QToolButton *countsButton() const { return m_countsButton; }
    QToolButton *sharesButton() const { return m_sharesButton; }
    QLabel *statusLabel() const { return m_status; }

signals:
    /// Show these images in the grid.
    void selectImagesRequested(const QList<qint64> &imageIds);
    void failed(const QString &title, const QString &message);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillRunChooser();
    void fillSourceChooser();
    void fillCompareChooser();
    void load();
    /// Counts the shown evaluation again with the labels of now, keeping the cell's list as it is
    /// so that the images being worked through stay in place.
    void recount();
    /// Recounts soon when the tab is on screen, else when it is next shown.
    void scheduleRecount();
    void showData();
    void showFigures();
    void showPairs();
    void updateComparison();
    void updateButtons();
    void clearCell();
    QList<qint64> selectedCellImages() const;
    void moveToNextCellImage();

    EvaluationController *m_controller;
    QPointer<ProjectDocument> m_document;
    std::optional<EvaluationData> m_data;
    std::optional<EvaluationSource> m_preferredSource;
    qint64 m_compareRunId = 0;
    QPoint m_cell{-1, -1}; ///< (predicted, true) of the cell listed

    QComboBox *m_runCombo;
    QComboBox *m_sourceCombo;
    QComboBox *m_compareCombo;
    QPushButton *m_evaluateButton;
    QToolButton *m_countsButton;
    QToolButton *m_sharesButton;
    QLabel *m_status;
    QMap<Figure, QLabel *> m_figures;
    ConfusionMatrixWidget *m_matrix;
    QListWidget *m_pairs;
    ClassMetricsModel *m_classModel;
    QSortFilterProxyModel *m_classProxy;
    QTableView *m_classTable;
    QLabel *m_cellTitle;
    PredictedImagesModel *m_cellModel;
    QTableView *m_cellView;
    QPushButton *m_showInGridButton;
    LabelKeyActions *m_cellKeys;
    bool m_filling = false;
    QTimer *m_recountTimer;
    bool m_recountWhenShown = false; ///< labels changed while the tab was hidden
};

} // namespace Atelier
