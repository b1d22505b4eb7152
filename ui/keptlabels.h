#pragma once

#include <QHash>

namespace Atelier {

class ProjectStore;

/// Labels a curator looked at in the label-error queue and kept: an image stays out of the
/// queue's open work while it carries the label it was kept with. Stored in the project's meta
/// table (no schema of its own), so the decisions survive closing the project.
class KeptLabels
{
public:
    /// Reads the kept labels of the project; none when there are none or they cannot be read.
    static KeptLabels read(const ProjectStore &store);
    /// Writes them back. Throws Error like the store.
    void write(ProjectStore &store) const;

    bool isKept(qint64 imageId, qint64 classId) const { return classId != 0 && m_classOf.value(imageId, 0) == classId; }
    void keep(qint64 imageId, qint64 classId) { m_classOf.insert(imageId, classId); }
    void forget(qint64 imageId) { m_classOf.remove(imageId); }
    int size() const { return int(m_classOf.size()); }

    static QString metaKey() { return QStringLiteral("labelErrors.kept"); }

private:
    QHash<qint64, qint64> m_classOf; ///< image id -> the class it was kept with
};

} // namespace Atelier
