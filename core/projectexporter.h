#pragma once

#include <QCoreApplication>
#include <QString>

namespace Atelier {

class ProjectStore;
class ProgressObserver;

/// Writes a project's labelled images out, for other tools.
class ProjectExporter
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ProjectExporter)

public:
    struct Result
    {
        int written = 0;
        int skipped = 0; ///< unlabelled, excluded or missing images
        int cropped = 0; ///< written without their museum border (see ContentRect)
    };

    /// An ImageFolder / Keras tree: `dir/<class>/<file>`; files are copied, never moved. Scans with
    /// a content rectangle (proposed or accepted) are written cropped to it, as training sees them.
    static Result exportImageFolder(const ProjectStore &store, const QString &dir,
                                    ProgressObserver *observer = nullptr);
    /// A `path,label` CSV with a header; paths are absolute (to the originals: a CSV cannot crop).
    static Result exportCsv(const ProjectStore &store, const QString &csvPath);
};

} // namespace Atelier
