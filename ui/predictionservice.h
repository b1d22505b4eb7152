#pragma once

#include "predictor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>

class QThread;

namespace Atelier {

/// Asks a run's classifier about images, off the UI thread.
///
/// One worker thread owns the Predictor: it is loaded once per run (slow: the weights are read,
/// with the run's calibration and its images' embeddings) and kept, so that each question after
/// that costs one forward pass and a neighbour search. Questions are answered in order; the
/// answer comes back on the UI thread with the time from the question to the answer.
class PredictionService : public QObject
{
    Q_OBJECT

public:
    explicit PredictionService(QObject *parent = nullptr);
    /// Waits for the question under way, then stops the worker.
    ~PredictionService() override;

    /// The project whose runs are loaded; a change forgets the loaded classifier.
    void setProject(const QString &projectFilePath);
    /// Loads a run's classifier now (nothing happens when it is the one loaded): the first
    /// question to it is then answered without the wait.
    void load(qint64 runId);
    /// The run loaded, or being loaded; 0: none.
    qint64 runId() const { return m_runId; }
    bool isLoaded() const { return m_loaded; }

    /// Asks about an image file; returns the question's number. The run is loaded first when
    /// it is not yet.
    int predictFile(qint64 runId, const QString &filePath);
    /// Asks about pixels (a pasted image).
    int predictImage(qint64 runId, const QImage &image);

    /// How many classes and neighbours an answer holds.
    static constexpr int TopClasses = 3;
    static constexpr int Neighbours = 8;

signals:
    void loadStarted(qint64 runId);
    /// The run's classifier is ready; `milliseconds` it took to load. Below `unsureThreshold`,
    /// a top probability is "unsure" (the run's calibration).
    void loaded(qint64 runId, const QString &runName, qint64 milliseconds, double unsureThreshold);
    void loadFailed(qint64 runId, const QString &message);
    /// The answer to question `request`, with the milliseconds from the question to now.
    void predicted(int request, const Atelier::Prediction &prediction, qint64 milliseconds);
    void predictionFailed(int request, const QString &message);

private:
    class Worker;

    int ask(qint64 runId, const QString &filePath, const QImage &image);

    QThread *m_thread;
    Worker *m_worker;
    QString m_projectFilePath;
    qint64 m_runId = 0;
    bool m_loaded = false;
    int m_nextRequest = 1;
    QHash<int, QElapsedTimer> m_clocks;
};

} // namespace Atelier
