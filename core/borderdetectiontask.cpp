#include "borderdetectiontask.h"

#include "borderdetector.h"
#include "imagebatchrunner.h"
#include "projectstore.h"

#include <QElapsedTimer>

namespace Atelier {

BorderDetectionTask::BorderDetectionTask(const QString &projectFilePath, const BorderDetectionParams &params)
    : m_projectFilePath(projectFilePath)
    , m_params(params)
{}

BorderDetectionReport BorderDetectionTask::run(ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    BorderDetectionReport report;
    const std::unique_ptr<ProjectStore> store = ProjectStore::open(m_projectFilePath);
    const QList<qint64> pending = store->imagesWithoutContentRect(BorderDetector::Version);
    report.alreadyDone = int(store->imageCount()) - pending.size();

    ImageDecoder::Options decoding;
    decoding.maxPixels = m_params.maxPixels;
    decoding.maxSide = BorderDetector::AnalysisSide;
    const ImageBatchRunner<BorderDetection> runner(decoding, m_params.threads);
    const ImageBatchOutcome outcome = runner.run(
        *store, pending,
        [](const ImageRecord &record, const RgbImage &image) {
            // The stored size is the displayed one, after EXIF orientation, like the decoded image.
            return BorderDetector::detect(image, QSize(record.width, record.height));
        },
        [&](const ImageRecord &record, const BorderDetection &detection) {
            store->proposeContentRect({record.id, detection.content,
                                       detection.found ? BorderStatus::Proposed : BorderStatus::None,
                                       BorderDetector::Version});
            report.withBorder += detection.found ? 1 : 0;
        },
        QStringLiteral("Looking for borders"), observer);

    report.examined = outcome.done;
    report.problems = outcome.problems;
    report.canceled = outcome.canceled;
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace Atelier
