#include "duplicategroups.h"

#include "duplicatefinder.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

namespace Atelier {

QList<QList<qint64>> DuplicateGroups::exact(const ProjectStore &store)
{
    SqliteStatement query(store.database(),
                          "SELECT sha256, id FROM images WHERE excluded = 0 AND sha256 IN "
                          "(SELECT sha256 FROM images WHERE excluded = 0 GROUP BY sha256 HAVING count(*) > 1) "
                          "ORDER BY sha256, id");
    QList<QList<qint64>> groups;
    QString current;
    while (query.step()) {
        const QString sha = query.text(0);
        if (groups.isEmpty() || sha != current) {
            groups.append(QList<qint64>());
            current = sha;
        }
        groups.last().append(query.int64(1));
    }
    return groups;
}

QList<QList<qint64>> DuplicateGroups::forSplitting(ProjectStore &store)
{
    const DuplicateReport report = DuplicateFinder(DuplicateSearchParams()).findInProject(store);
    QList<QList<qint64>> groups;
    groups.reserve(report.groups.size());
    for (const DuplicateGroup &group : report.groups)
        groups.append(group.imageIds);
    return groups;
}

} // namespace Atelier
