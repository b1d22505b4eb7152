#pragma once

#include <QList>

namespace Atelier {

class ProjectStore;

/// The duplicate groups that splitting and leakage checks must respect.
class DuplicateGroups
{
public:
    /// Groups of images with the same content (SHA-256), excluded images left out.
    static QList<QList<qint64>> exact(const ProjectStore &store);
    /// Every group a split must keep whole: exact duplicates and near-duplicate scans (found from
    /// the stored fingerprints at the normal sensitivity; images not fingerprinted yet count by
    /// their content only).
    static QList<QList<qint64>> forSplitting(ProjectStore &store);
};

} // namespace Atelier
