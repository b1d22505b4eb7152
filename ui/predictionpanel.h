#pragma once

#include "predictor.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Atelier {

class EvaluationController;
class ImagePreview;
class PredictionBars;
class PredictionService;
class PreviewLoader;
class ProjectDocument;
class SimilarImagesIndex;

/// What a run's classifier makes of an image dropped on the window or pasted: the image, the
/// three most probable classes with bars, a plain "not sure" when the top probability is below
/// the run's unsure line, and the most similar images of the project (click one to find it in
/// the grid). The answer is computed off the UI thread; Add to Project imports the image.
///
/// The run is the Evaluation tab's when it was evaluated, else the newest evaluated one.
class PredictionPanel : public QWidget
{
    Q_OBJECT

public:
    PredictionPanel(EvaluationController *controller, QWidget *parent = nullptr);
    ~PredictionPanel() override;

    void setDocument(ProjectDocument *document);
    /// Where the neighbours of a dropped file come from when the run has no embeddings of its
    /// images: the project's similar images, by a pretrained network.
    void setSimilarImages(SimilarImagesIndex *index);

    /// Whether an image file the studio can read (by its name).
    static bool isImageFile(const QString &path);
    /// Whether a run can answer: a project is open and one of its runs was evaluated.
    bool canPredict() const;
    /// Loads the run's classifier in the background, so that the first question is quick.
    void preload();

    /// Asks about a file; false when no run can answer.
    bool predictFile(const QString &filePath);
    /// Asks about pixels (a pasted image); false when no run can answer.
    bool predictImage(const QImage &image);

    /// The answer shown, if any.
    const std::optional<Prediction> &prediction() const { return m_prediction; }
    /// Milliseconds from the last question to its answer; -1 before one.
    qint64 lastLatencyMs() const { return m_latencyMs; }
    bool isWaiting() const { return m_request != 0; }
    qint64 runId() const { return m_runId; }

    PredictionService *service() const { return m_service; }
    PredictionBars *bars() const { return m_bars; }
    QListWidget *neighboursList() const { return m_neighbours; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *runLabel() const { return m_footer; }
    QPushButton *addButton() const { return m_addButton; }

signals:
    /// Import these files into the project.
    void importRequested(const QStringList &paths);
    /// Show these images in the grid.
    void selectImagesRequested(const QList<qint64> &imageIds);
    /// An answer (or why there is none) is shown.
    void answered();
    void failed(const QString &title, const QString &message);

private:
    void ask(const QString &title);
    void showPrediction(int request, const Prediction &prediction, qint64 milliseconds);
    void showFailure(int request, const QString &message);
    void showNeighbours(const QList<Neighbour> &neighbours);
    void showIdle();
    void askSimilarImages();
    void addToProject();
    void updateFooter();
    void setVerdict(const QString &text, const QColor &color);

    EvaluationController *m_controller;
    QPointer<ProjectDocument> m_document;
    PredictionService *m_service;
    PreviewLoader *m_loader;

    QLabel *m_title;
    ImagePreview *m_image;
    QLabel *m_verdict;
    QLabel *m_verdictNote;
    PredictionBars *m_bars;
    QLabel *m_neighboursTitle;
    QListWidget *m_neighbours;
    QLabel *m_footer;
    QPushButton *m_addButton;

    int m_request = 0; ///< the question waited for; 0: none
    qint64 m_runId = 0;
    QString m_runName;
    QHash<qint64, double> m_unsureThresholds; ///< of the runs loaded, by run
    QString m_filePath; ///< empty for a pasted image
    QImage m_pasted;
    std::optional<Prediction> m_prediction;
    qint64 m_latencyMs = -1;
    QPointer<SimilarImagesIndex> m_similarImages;
    int m_similarRequest = 0; ///< the similar-images question waited for; 0: none
};

} // namespace Atelier
