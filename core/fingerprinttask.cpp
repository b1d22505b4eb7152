#include "fingerprinttask.h"

#include "imagebatchrunner.h"
#include "imagefingerprint.h"
#include "projectstore.h"

#include <QElapsedTimer>

namespace Atelier {

FingerprintTask::FingerprintTask(const QString &projectFilePath, const FingerprintParams &params)
    : m_projectFilePath(projectFilePath)
    , m_params(params)
{}

FingerprintReport FingerprintTask::run(ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    FingerprintReport report;
    const std::unique_ptr<ProjectStore> store = ProjectStore::open(m_projectFilePath);
    const QList<qint64> pending = store->imagesWithoutFingerprint(ImageFingerprint::Version);
    report.alreadyDone = int(store->imageCount()) - pending.size();

    ImageDecoder::Options decoding;
    decoding.maxPixels = m_params.maxPixels;
    decoding.maxSide = ImageFingerprint::DecodeSide;
    // Fingerprints are made of gray levels, and a JPEG decoded to gray skips its colour planes.
    const ImageBatchRunner<QByteArray, GrayImage> runner(decoding, m_params.threads);
    const ImageBatchOutcome outcome = runner.run(
        *store, pending,
        [](const ImageRecord &, const GrayImage &image) { return ImageFingerprint::compute(image).toBytes(); },
        [&](const ImageRecord &record, const QByteArray &data) {
            store->setFingerprint(record.id, ImageFingerprint::Version, data);
        },
        QStringLiteral("Fingerprinting"), observer);

    report.fingerprinted = outcome.done;
    report.problems = outcome.problems;
    report.canceled = outcome.canceled;
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace Atelier
