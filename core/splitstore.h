#pragma once

#include "datasetsplit.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Atelier {

class ProjectStore;

/// A saved assignment of images to splits. Versions are never changed once written, so a training
/// run can name the exact split it used.
struct SplitVersion
{
    qint64 id = 0;
    qint64 createdMs = 0;
    SplitParams params;
    QString note;
    int counts[3] = {0, 0, 0}; ///< images in train, validation, test
};

/// The split and pin tables of a project.
class SplitStore
{
public:
    explicit SplitStore(ProjectStore &store);

    /// Saves an assignment as a new version, which becomes the current one.
    qint64 saveVersion(const QHash<qint64, Split> &assignment, const SplitParams &params, const QString &note = {});
    std::optional<SplitVersion> currentVersion() const; ///< the latest
    std::optional<SplitVersion> version(qint64 id) const;
    QList<SplitVersion> versions() const;
    QHash<qint64, Split> assignment(qint64 versionId) const;

    QHash<qint64, Split> pins() const;
    void pin(const QList<qint64> &imageIds, Split split);
    void unpin(const QList<qint64> &imageIds);

private:
    QList<SplitVersion> readVersions(const char *where, qint64 id) const;

    ProjectStore &m_store;
};

} // namespace Atelier
