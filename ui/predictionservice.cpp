#include "predictionservice.h"

#include "error.h"
#include "imagedecoder.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPointer>
#include <QThread>

#include <exception>
#include <memory>

namespace Atelier {

namespace {

/// Pixels as the decoder would give them: 8-bit RGB, alpha composited over white.
RgbImage toRgb(const QImage &image)
{
    QImage rgb;
    if (image.hasAlphaChannel()) {
        rgb = QImage(image.size(), QImage::Format_RGB888);
        rgb.fill(Qt::white);
        QPainter painter(&rgb);
        painter.drawImage(0, 0, image);
    } else {
        rgb = image.convertToFormat(QImage::Format_RGB888);
    }
    RgbImage result;
    result.width = rgb.width();
    result.height = rgb.height();
    const qsizetype rowBytes = qsizetype(result.width) * 3;
    result.pixels.resize(rowBytes * result.height);
    for (int y = 0; y < result.height; ++y)
        memcpy(result.pixels.data() + y * rowBytes, rgb.constScanLine(y), size_t(rowBytes));
    return result;
}

} // namespace

/// Lives on the service's thread and owns the classifier there.
class PredictionService::Worker : public QObject
{
public:
    explicit Worker(PredictionService *service)
        : m_service(service)
    {
    }

    void release()
    {
        m_predictor.reset();
        m_projectFilePath.clear();
        m_runId = 0;
    }

    /// Loads the run unless it is the one loaded; false when it cannot be.
    bool ensureLoaded(const QString &projectFilePath, qint64 runId)
    {
        if (m_predictor && projectFilePath == m_projectFilePath && runId == m_runId)
            return true;
        m_predictor.reset();
        m_projectFilePath = projectFilePath;
        m_runId = runId;
        PredictionService *service = m_service;
        QMetaObject::invokeMethod(service, [service, runId] { emit service->loadStarted(runId); }, Qt::QueuedConnection);
        QElapsedTimer clock;
        clock.start();
        try {
            m_predictor = Predictor::forRun(projectFilePath, runId);
        } catch (const Error &error) {
            report(runId, error.message());
            return false;
        } catch (const std::exception &error) {
            report(runId, QString::fromLocal8Bit(error.what()));
            return false;
        }
        const QString runName = m_predictor->package().runName;
        const double threshold = m_predictor->calibration().unsureThreshold;
        const qint64 elapsed = clock.elapsed();
        QMetaObject::invokeMethod(
            service,
            [service, runId, runName, elapsed, threshold] {
                if (service->m_runId == runId)
                    service->m_loaded = true;
                emit service->loaded(runId, runName, elapsed, threshold);
            },
            Qt::QueuedConnection);
        return true;
    }

    void predict(int request, const QString &projectFilePath, qint64 runId, const QString &filePath, const QImage &image)
    {
        PredictionService *service = m_service;
        if (!ensureLoaded(projectFilePath, runId)) {
            QMetaObject::invokeMethod(
                service,
                [service, request] {
                    service->m_clocks.remove(request);
                    emit service->predictionFailed(request, PredictionService::tr("The run's classifier could not be loaded."));
                },
                Qt::QueuedConnection);
            return;
        }
        try {
            Prediction prediction;
            if (!filePath.isEmpty()) {
                prediction = m_predictor->predictFile(filePath, QRect(), TopClasses, Neighbours);
            } else {
                TrainingSample sample;
                sample.image = toRgb(image);
                if (sample.image.isNull())
                    throw Error::badInput(PredictionService::tr("The pasted image is empty."));
                prediction = m_predictor->predict(sample, TopClasses, Neighbours);
            }
            QMetaObject::invokeMethod(
                service,
                [service, request, prediction] {
                    const qint64 elapsed = service->m_clocks.take(request).elapsed();
                    emit service->predicted(request, prediction, elapsed);
                },
                Qt::QueuedConnection);
        } catch (const Error &error) {
            fail(request, error.message());
        } catch (const std::exception &error) {
            fail(request, QString::fromLocal8Bit(error.what()));
        }
    }

private:
    void report(qint64 runId, const QString &message)
    {
        PredictionService *service = m_service;
        QMetaObject::invokeMethod(
            service,
            [service, runId, message] {
                if (service->m_runId == runId)
                    service->m_loaded = false;
                emit service->loadFailed(runId, message);
            },
            Qt::QueuedConnection);
    }

    void fail(int request, const QString &message)
    {
        PredictionService *service = m_service;
        QMetaObject::invokeMethod(
            service,
            [service, request, message] {
                service->m_clocks.remove(request);
                emit service->predictionFailed(request, message);
            },
            Qt::QueuedConnection);
    }

    PredictionService *m_service;
    std::unique_ptr<Predictor> m_predictor;
    QString m_projectFilePath;
    qint64 m_runId = 0;
};

PredictionService::PredictionService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(this))
{
    m_thread->setObjectName(QStringLiteral("PredictionWorker"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

PredictionService::~PredictionService()
{
    // Questions still queued are dropped with the thread's event loop; the one under way ends.
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void PredictionService::setProject(const QString &projectFilePath)
{
    if (projectFilePath == m_projectFilePath)
        return;
    m_projectFilePath = projectFilePath;
    m_runId = 0;
    m_loaded = false;
    // The classifier of the old project is let go on the worker, where it lives.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->release(); }, Qt::QueuedConnection);
}

void PredictionService::load(qint64 runId)
{
    if (m_projectFilePath.isEmpty() || runId <= 0 || runId == m_runId)
        return;
    m_runId = runId;
    m_loaded = false;
    Worker *worker = m_worker;
    const QString project = m_projectFilePath;
    QMetaObject::invokeMethod(worker, [worker, project, runId] { worker->ensureLoaded(project, runId); },
                              Qt::QueuedConnection);
}

int PredictionService::predictFile(qint64 runId, const QString &filePath)
{
    return ask(runId, filePath, QImage());
}

int PredictionService::predictImage(qint64 runId, const QImage &image)
{
    return ask(runId, QString(), image);
}

int PredictionService::ask(qint64 runId, const QString &filePath, const QImage &image)
{
    const int request = m_nextRequest++;
    QElapsedTimer clock;
    clock.start();
    m_clocks.insert(request, clock);
    if (runId != m_runId) {
        m_runId = runId;
        m_loaded = false;
    }
    Worker *worker = m_worker;
    const QString project = m_projectFilePath;
    QMetaObject::invokeMethod(
        worker, [worker, request, project, runId, filePath, image] { worker->predict(request, project, runId, filePath, image); },
        Qt::QueuedConnection);
    return request;
}

} // namespace Atelier
