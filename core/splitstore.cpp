#include "splitstore.h"

#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QDateTime>

namespace Atelier {

SplitStore::SplitStore(ProjectStore &store)
    : m_store(store)
{}

qint64 SplitStore::saveVersion(const QHash<qint64, Split> &assignment, const SplitParams &params, const QString &note)
{
    SqliteDatabase &db = m_store.database();
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement insert(db, "INSERT INTO split_versions(created_ms, seed, train_fraction, validation_fraction, "
                               "test_fraction, group_aware, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, QDateTime::currentMSecsSinceEpoch())
        .bind(2, qint64(params.seed))
        .bind(3, QString::number(params.trainFraction))
        .bind(4, QString::number(params.validationFraction))
        .bind(5, QString::number(params.testFraction))
        .bind(6, params.groupAware ? 1 : 0)
        .bind(7, note)
        .exec();
    const qint64 versionId = db.lastInsertId();
    SqliteStatement member(db, "INSERT INTO split_members(version_id, image_id, split) VALUES (?, ?, ?)");
    for (auto it = assignment.cbegin(); it != assignment.cend(); ++it)
        member.bind(1, versionId).bind(2, it.key()).bind(3, int(it.value())).exec();
    transaction.commit();
    return versionId;
}

QList<SplitVersion> SplitStore::readVersions(const char *where, qint64 id) const
{
    const QByteArray sql = QByteArray("SELECT v.id, v.created_ms, v.seed, v.train_fraction, v.validation_fraction, "
                                      "v.test_fraction, v.group_aware, v.note, "
                                      "(SELECT count(*) FROM split_members m WHERE m.version_id = v.id AND m.split = 0), "
                                      "(SELECT count(*) FROM split_members m WHERE m.version_id = v.id AND m.split = 1), "
                                      "(SELECT count(*) FROM split_members m WHERE m.version_id = v.id AND m.split = 2) "
                                      "FROM split_versions v ") +
                           where;
    SqliteStatement query(m_store.database(), sql.constData());
    if (id > 0)
        query.bind(1, id);
    QList<SplitVersion> result;
    while (query.step()) {
        SplitVersion version;
        version.id = query.int64(0);
        version.createdMs = query.int64(1);
        version.params.seed = quint32(query.int64(2));
        version.params.trainFraction = query.text(3).toDouble();
        version.params.validationFraction = query.text(4).toDouble();
        version.params.testFraction = query.text(5).toDouble();
        version.params.groupAware = query.int64(6) != 0;
        version.note = query.text(7);
        for (int s = 0; s < 3; ++s)
            version.counts[s] = int(query.int64(8 + s));
        result.append(version);
    }
    return result;
}

std::optional<SplitVersion> SplitStore::currentVersion() const
{
    const QList<SplitVersion> latest = readVersions("ORDER BY v.id DESC LIMIT 1", 0);
    return latest.isEmpty() ? std::nullopt : std::optional<SplitVersion>(latest.first());
}

std::optional<SplitVersion> SplitStore::version(qint64 id) const
{
    const QList<SplitVersion> found = readVersions("WHERE v.id = ?", id);
    return found.isEmpty() ? std::nullopt : std::optional<SplitVersion>(found.first());
}

QList<SplitVersion> SplitStore::versions() const
{
    return readVersions("ORDER BY v.id", 0);
}

QHash<qint64, Split> SplitStore::assignment(qint64 versionId) const
{
    SqliteStatement query(m_store.database(), "SELECT image_id, split FROM split_members WHERE version_id = ?");
    query.bind(1, versionId);
    QHash<qint64, Split> result;
    while (query.step())
        result.insert(query.int64(0), static_cast<Split>(query.int64(1)));
    return result;
}

QHash<qint64, Split> SplitStore::pins() const
{
    SqliteStatement query(m_store.database(), "SELECT image_id, split FROM split_pins");
    QHash<qint64, Split> result;
    while (query.step())
        result.insert(query.int64(0), static_cast<Split>(query.int64(1)));
    return result;
}

void SplitStore::pin(const QList<qint64> &imageIds, Split split)
{
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement upsert(m_store.database(), "INSERT INTO split_pins(image_id, split) VALUES (?, ?) "
                                               "ON CONFLICT(image_id) DO UPDATE SET split = excluded.split");
    for (const qint64 id : imageIds)
        upsert.bind(1, id).bind(2, int(split)).exec();
    transaction.commit();
}

void SplitStore::unpin(const QList<qint64> &imageIds)
{
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement remove(m_store.database(), "DELETE FROM split_pins WHERE image_id = ?");
    for (const qint64 id : imageIds)
        remove.bind(1, id).exec();
    transaction.commit();
}

} // namespace Atelier
