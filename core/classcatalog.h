#pragma once

#include "projecttypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Atelier {

class ProjectStore;

/// Edits to a project's classes: rename, recolour, shortcut, reorder, merge and delete.
/// Each runs in one transaction and returns what is needed to revert it exactly, for the studio's
/// undo commands. Deleted and merged-away classes are retired, not erased, so that the label
/// history keeps naming them. Throws Error(BadInput) for edits that cannot be made.
class ClassCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ClassCatalog)

public:
    explicit ClassCatalog(ProjectStore &store);

    void rename(qint64 classId, const QString &name);
    void setColor(qint64 classId, const QString &color); ///< "#rrggbb"
    /// A key from 1-9 and a-z (x excepted, it excludes), or empty for none. A key held by another
    /// class moves to this one.
    void setShortcut(qint64 classId, const QString &key);
    /// Puts the active classes in this order; every active class must be listed once.
    void reorder(const QList<qint64> &classIdsInOrder);

    struct MergeRecord
    {
        qint64 targetId = 0;
        QList<ClassInfo> sources;            ///< as they were before the merge
        QHash<qint64, qint64> previousLabels; ///< image id -> its class before the merge
    };
    /// Moves every image of the sources to the target (recorded in the label history), then
    /// retires the sources.
    MergeRecord merge(const QList<qint64> &sourceIds, qint64 targetId);
    void undoMerge(const MergeRecord &record);

    struct RemovalRecord
    {
        ClassInfo removed;
        QList<qint64> images; ///< images that were moved to Unlabelled
    };
    /// Deletes a class. A class with images is deleted only when they may become unlabelled.
    RemovalRecord remove(qint64 classId, bool moveImagesToUnlabelled);
    void undoRemove(const RemovalRecord &record);

    /// Keys a class may take, in the order new classes get them.
    static QString shortcutKeys();

private:
    ClassInfo activeClass(qint64 classId) const;
    QList<qint64> imagesOf(qint64 classId) const;
    void retire(qint64 classId);
    void restore(const ClassInfo &info);

    ProjectStore &m_store;
};

} // namespace Atelier
