#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Atelier {

class EvaluationController;
class ImagePreview;
class LabelErrorModel;
class LabelKeyActions;
class PreviewLoader;
class ProjectDocument;
struct LabelErrorReport;

/// The Label errors tab: the images whose label the run's out-of-sample predictions doubt, the
/// most doubtful first, and the duplicate groups whose copies disagree on their label. The
/// curator walks the queue with the keyboard: A accepts the suggested class, K keeps the label,
/// X excludes the image; a class's key gives it another label. Relabelling and exclusion are
/// undone with Ctrl+Z; a kept label is remembered in the project.
///
/// Validation and test predictions cover part of the images; Cross-validate gives every image
/// one, so that mistakes among the training images are found too.
class LabelErrorView : public QWidget
{
    Q_OBJECT

public:
    LabelErrorView(EvaluationController *controller, QWidget *parent = nullptr);
    ~LabelErrorView() override;

    void setDocument(ProjectDocument *document);

    /// Builds the current run's queue again (in the background).
    void refresh();
    /// Cross-validates the current run with the chosen number of folds.
    void crossValidate();

    /// What the keys do, on the current row; each moves on to the next open issue.
    void acceptSuggestion();
    void keepLabel();
    void toggleExclusion();

    LabelErrorModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LabelKeyActions *keys() const { return m_keys; }
    QComboBox *runChooser() const { return m_runCombo; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    QPushButton *crossValidateButton() const { return m_crossValidateButton; }
    QSpinBox *foldsBox() const { return m_folds; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailsLabel() const { return m_details; }
    /// Whether a queue for the current run is shown (or is being built).
    bool hasQueue() const { return m_queueRunId != 0; }

signals:
    /// Show these images in the grid.
    void selectImagesRequested(const QList<qint64> &imageIds);
    void failed(const QString &title, const QString &message);
    void message(const QString &text);
    /// A queue arrived and is shown.
    void queueShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillRunChooser();
    void showReport(const LabelErrorReport &report);
    void showCurrentIssue();
    void updateStatus();
    void updateButtons();
    void moveToNextOpen();
    int currentRow() const;
    QList<qint64> currentImage() const;

    EvaluationController *m_controller;
    QPointer<ProjectDocument> m_document;
    LabelErrorModel *m_model;
    QComboBox *m_runCombo;
    QPushButton *m_refreshButton;
    QPushButton *m_crossValidateButton;
    QSpinBox *m_folds;
    QLabel *m_status;
    QTableView *m_table;
    ImagePreview *m_preview;
    PreviewLoader *m_loader;
    QLabel *m_details;
    LabelKeyActions *m_keys;
    qint64 m_queueRunId = 0; ///< the run whose queue is shown or being built
    bool m_building = false;
    QString m_failure;
};

} // namespace Atelier
