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
    };

    /// An ImageFolder / Keras tree: `dir/<class>/<file>`; files are copied, never moved.
    static Result exportImageFolder(const ProjectStore &store, const QString &dir,
                                    ProgressObserver *observer = nullptr);
    /// A `path,label` CSV with a header; paths are absolute.
    static Result exportCsv(const ProjectStore &store, const QString &csvPath);
};

} // namespace Atelier
