#include "duplicategroups.h"

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

QList<QList<qint64>> DuplicateGroups::forSplitting(const ProjectStore &store)
{
    return exact(store);
}

} // namespace Atelier
