#pragma once

#include "curationtypes.h"
#include "imagedecoder.h"

#include <QList>
#include <QString>

namespace Atelier {

class ProgressObserver;

struct FingerprintParams
{
    int threads = 0; ///< 0 = one per core
    qint64 maxPixels = DefaultMaxPixels;
};

struct FingerprintReport
{
    int fingerprinted = 0;
    int alreadyDone = 0; ///< images that had a fingerprint of the current version
    QList<CurationProblem> problems;
    bool canceled = false;
    double seconds = 0;
};

/// Fingerprints the project's images that have no current fingerprint yet (see ImageFingerprint),
/// so it is cheap to run after every import. Images are decoded at a reduced resolution on worker
/// threads; fingerprints are written in batches through the task's own connection, so a cancel
/// keeps every batch already written. A missing or unreadable file is reported, never fatal.
class FingerprintTask
{
public:
    FingerprintTask(const QString &projectFilePath, const FingerprintParams &params);

    /// Runs to completion on the calling thread. Throws Error only when the project itself cannot
    /// be read or written.
    FingerprintReport run(ProgressObserver *observer = nullptr);

private:
    QString m_projectFilePath;
    FingerprintParams m_params;
};

} // namespace Atelier
