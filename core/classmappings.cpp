#include "classmappings.h"

#include "error.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QSet>

namespace Atelier {

QStringList ClassMapping::targets() const
{
    QStringList result;
    for (const QString &target : targetOfClass)
        if (!result.contains(target))
            result.append(target);
    result.sort(Qt::CaseInsensitive);
    return result;
}

ClassMappings::ClassMappings(ProjectStore &store)
    : m_store(store)
{}

QList<ClassMapping> ClassMappings::all() const
{
    SqliteStatement mappings(m_store.database(), "SELECT id, name FROM class_mappings ORDER BY name");
    SqliteStatement entries(m_store.database(),
                            "SELECT class_id, target FROM class_mapping_entries WHERE mapping_id = ?");
    QList<ClassMapping> result;
    while (mappings.step()) {
        ClassMapping mapping;
        mapping.id = mappings.int64(0);
        mapping.name = mappings.text(1);
        entries.bind(1, mapping.id);
        while (entries.step())
            mapping.targetOfClass.insert(entries.int64(0), entries.text(1));
        entries.reset();
        result.append(mapping);
    }
    return result;
}

std::optional<ClassMapping> ClassMappings::byName(const QString &name) const
{
    for (const ClassMapping &mapping : all())
        if (mapping.name == name)
            return mapping;
    return std::nullopt;
}

qint64 ClassMappings::save(const QString &name, const QHash<qint64, QString> &targetOfClass)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error::badInput(QCoreApplication::translate("Atelier::ClassMappings", "A mapping needs a name"));
    for (auto it = targetOfClass.cbegin(); it != targetOfClass.cend(); ++it) {
        const auto info = m_store.classById(it.key());
        if (!info || info->retired)
            throw Error::badInput(
                QCoreApplication::translate("Atelier::ClassMappings", "No class with id %1").arg(it.key()));
    }
    SqliteDatabase &db = m_store.database();
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement upsert(db, "INSERT INTO class_mappings(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
    upsert.bind(1, trimmed).exec();
    SqliteStatement find(db, "SELECT id FROM class_mappings WHERE name = ?");
    find.bind(1, trimmed);
    find.step();
    const qint64 id = find.int64(0);
    SqliteStatement clear(db, "DELETE FROM class_mapping_entries WHERE mapping_id = ?");
    clear.bind(1, id).exec();
    SqliteStatement insert(db, "INSERT INTO class_mapping_entries(mapping_id, class_id, target) VALUES (?, ?, ?)");
    for (auto it = targetOfClass.cbegin(); it != targetOfClass.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            insert.bind(1, id).bind(2, it.key()).bind(3, it.value().trimmed()).exec();
    transaction.commit();
    return id;
}

void ClassMappings::remove(const QString &name)
{
    SqliteStatement remove(m_store.database(), "DELETE FROM class_mappings WHERE name = ?");
    remove.bind(1, name).exec();
}

} // namespace Atelier
