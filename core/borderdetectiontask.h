#pragma once

#include "curationtypes.h"
#include "imagedecoder.h"

#include <QList>
#include <QString>

namespace Atelier {

class ProgressObserver;

struct BorderDetectionParams
{
    int threads = 0; ///< 0 = one per core
    qint64 maxPixels = DefaultMaxPixels;
};

struct BorderDetectionReport
{
    int examined = 0;    ///< images looked at by this run
    int withBorder = 0;  ///< of those, with a proposed content rectangle
    int alreadyDone = 0; ///< images with a current answer or a curator's decision, left as they were
    QList<CurationProblem> problems;
    bool canceled = false;
    double seconds = 0;
};

/// Runs BorderDetector on the project's images that have no answer from the current detector, and
/// stores the result: a proposed content rectangle, or "none" (the whole image). Files are never
/// changed, and a curator's decision (accepted, rejected) is never overwritten. Images are decoded
/// at a reduced resolution on worker threads; results are written in batches through the task's
/// own connection, so a cancel keeps every batch already written.
class BorderDetectionTask
{
public:
    BorderDetectionTask(const QString &projectFilePath, const BorderDetectionParams &params);

    /// Runs to completion on the calling thread. Throws Error only when the project itself cannot
    /// be read or written.
    BorderDetectionReport run(ProgressObserver *observer = nullptr);

private:
    QString m_projectFilePath;
    BorderDetectionParams m_params;
};

} // namespace Atelier
