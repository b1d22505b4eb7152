#pragma once

#include "imagedecoder.h"
#include "importerinterface.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier {

class ProgressObserver;

/// What to import and how.
struct ImportParams
{
    /// Image files, folders (searched recursively) and list files (CSV, via importer plugins).
    QStringList inputs;
    /// Folder-per-class trees: an image below `root/<name>/` gets the label <name>.
    bool folderNamesAsLabels = true;
    qint64 maxPixels = DefaultMaxPixels;
    int threads = 0;          ///< decoding threads; 0 = one per core
    int thumbnailSize = 256;  ///< longest side of the stored thumbnails
    /// Fingerprint each image from its thumbnail's pixels (near-duplicate search is then ready
    /// without decoding the files again); off: FingerprintTask does it later.
    bool fingerprints = true;
};

/// A file that was not imported, and why.
struct ImportProblem
{
    QString path;
    QString reason;
};

/// What an import did.
struct ImportReport
{
    int filesFound = 0;
    int added = 0;
    int alreadyInProject = 0; ///< same path imported before: re-importing adds nothing
    int labelled = 0;         ///< added images that came with a label
    QStringList newClasses;
    QList<ImportProblem> problems;
    bool canceled = false;
    double seconds = 0;
};

/// Imports files into a project: expands folders and list files, then decodes on all cores
/// (header check, SHA-256, EXIF orientation, reduced-resolution thumbnail) and writes in batches.
/// A bad file never stops it: it is listed in the report with its reason.
/// Canceling keeps every batch already written and leaves the project consistent.
class ImportTask
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ImportTask)

public:
    ImportTask(const QString &projectFilePath, const ImportParams &params);

    /// Runs to completion on the calling thread (with worker threads for decoding), using its own
    /// database connection. Throws Error only when the project itself cannot be written.
    ImportReport run(ProgressObserver *observer = nullptr);

    /// Expands the inputs into entries; unusable inputs go to `problems`.
    static QList<ImportEntry> collectEntries(const ImportParams &params, const QString &projectFilePath,
                                             QList<ImportProblem> *problems,
                                             ProgressObserver *observer = nullptr);

private:
    QString m_projectFilePath;
    ImportParams m_params;
};

} // namespace Atelier
