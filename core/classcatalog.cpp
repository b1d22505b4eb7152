#include "classcatalog.h"

#include "error.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace Atelier {

ClassCatalog::ClassCatalog(ProjectStore &store)
    : m_store(store)
{}

QString ClassCatalog::shortcutKeys()
{
    return QStringLiteral("123456789abcdefghijklmnopqrstuvwyz");
}

ClassInfo ClassCatalog::activeClass(qint64 classId) const
{
    const auto info = m_store.classById(classId);
    if (!info || info->retired)
        throw Error::badInput(tr("No class with id %1").arg(classId));
    return *info;
}

QList<qint64> ClassCatalog::imagesOf(qint64 classId) const
{
    SqliteStatement query(m_store.database(), "SELECT image_id FROM labels WHERE class_id = ? ORDER BY image_id");
    query.bind(1, classId);
    QList<qint64> images;
    while (query.step())
        images.append(query.int64(0));
    return images;
}

void ClassCatalog::rename(qint64 classId, const QString &name)
{
    const QString trimmed = name.trimmed();
    const ClassInfo info = activeClass(classId);
    if (trimmed.isEmpty())
        throw Error::badInput(tr("A class needs a name"));
    if (trimmed == info.name)
        return;
    if (const auto other = m_store.classByName(trimmed); other && other->id != classId)
        throw Error::badInput(tr("There is already a class named \"%1\": merge them instead").arg(trimmed));
    SqliteStatement update(m_store.database(), "UPDATE classes SET name = ? WHERE id = ?");
    update.bind(1, trimmed).bind(2, classId).exec();
}

void ClassCatalog::setColor(qint64 classId, const QString &color)
{
    activeClass(classId);
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hexColor.match(color).hasMatch())
        throw Error::badInput(tr("\"%1\" is not a colour of the form #rrggbb").arg(color));
    SqliteStatement update(m_store.database(), "UPDATE classes SET color = ? WHERE id = ?");
    update.bind(1, color.toLower()).bind(2, classId).exec();
}

void ClassCatalog::setShortcut(qint64 classId, const QString &key)
{
    activeClass(classId);
    const QString lower = key.toLower();
    if (!lower.isEmpty() && (lower.size() != 1 || !shortcutKeys().contains(lower)))
        throw Error::badInput(tr("\"%1\" cannot be a shortcut: use 1-9 or a letter other than x").arg(key));
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement release(m_store.database(),
                            "UPDATE classes SET shortcut = NULL WHERE shortcut = ? AND retired_ms IS NULL");
    SqliteStatement update(m_store.database(), "UPDATE classes SET shortcut = ? WHERE id = ?");
    if (lower.isEmpty()) {
        update.bindNull(1).bind(2, classId).exec();
    } else {
        release.bind(1, lower).exec();
        update.bind(1, lower).bind(2, classId).exec();
    }
    transaction.commit();
}

void ClassCatalog::reorder(const QList<qint64> &classIdsInOrder)
{
    QSet<qint64> active;
    for (const ClassInfo &info : m_store.classes())
        active.insert(info.id);
    const QSet<qint64> given(classIdsInOrder.cbegin(), classIdsInOrder.cend());
    if (given != active || given.size() != classIdsInOrder.size())
        throw Error::badInput(tr("The new order must list every class exactly once"));
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement update(m_store.database(), "UPDATE classes SET position = ? WHERE id = ?");
    for (int i = 0; i < classIdsInOrder.size(); ++i)
        update.bind(1, i).bind(2, classIdsInOrder[i]).exec();
    transaction.commit();
}

void ClassCatalog::retire(qint64 classId)
{
    // The shortcut is freed for the remaining classes; the name stays for the history.
    SqliteStatement update(m_store.database(), "UPDATE classes SET retired_ms = ?, shortcut = NULL WHERE id = ?");
    update.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, classId).exec();
}

void ClassCatalog::restore(const ClassInfo &info)
{
    if (const auto other = m_store.classByName(info.name); other && other->id != info.id)
        throw Error::badInput(tr("Cannot bring back \"%1\": another class now has that name").arg(info.name));
    SqliteStatement update(m_store.database(),
                           "UPDATE classes SET retired_ms = NULL, color = ?, position = ?, "
                           "shortcut = (CASE WHEN ?3 = '' OR EXISTS(SELECT 1 FROM classes WHERE shortcut = ?3 "
                           "AND retired_ms IS NULL) THEN NULL ELSE ?3 END) WHERE id = ?4");
    update.bind(1, info.color).bind(2, info.position).bind(3, info.shortcut).bind(4, info.id).exec();
}

ClassCatalog::MergeRecord ClassCatalog::merge(const QList<qint64> &sourceIds, qint64 targetId)
{
    activeClass(targetId);
    MergeRecord record;
    record.targetId = targetId;
    QList<qint64> moving;
    for (const qint64 sourceId : sourceIds) {
        if (sourceId == targetId)
            continue;
        record.sources.append(activeClass(sourceId));
        moving += imagesOf(sourceId);
    }
    if (record.sources.isEmpty())
        throw Error::badInput(tr("Choose at least one class to merge into another"));

    ProjectStore::Transaction transaction(m_store);
    record.previousLabels = m_store.labelsOf(moving);
    m_store.setLabels(moving, targetId);
    for (const ClassInfo &source : std::as_const(record.sources))
        retire(source.id);
    transaction.commit();
    return record;
}

void ClassCatalog::undoMerge(const MergeRecord &record)
{
    ProjectStore::Transaction transaction(m_store);
    for (const ClassInfo &source : record.sources)
        restore(source);
    m_store.applyLabels(record.previousLabels);
    transaction.commit();
}

ClassCatalog::RemovalRecord ClassCatalog::remove(qint64 classId, bool moveImagesToUnlabelled)
{
    RemovalRecord record;
    record.removed = activeClass(classId);
    record.images = imagesOf(classId);
    if (!record.images.isEmpty() && !moveImagesToUnlabelled)
        throw Error::badInput(tr("\"%1\" still has %2 images: move them to Unlabelled or merge the class")
                                  .arg(record.removed.name)
                                  .arg(record.images.size()));
    ProjectStore::Transaction transaction(m_store);
    m_store.setLabels(record.images, 0);
    retire(classId);
    transaction.commit();
    return record;
}

void ClassCatalog::undoRemove(const RemovalRecord &record)
{
    ProjectStore::Transaction transaction(m_store);
    restore(record.removed);
    m_store.setLabels(record.images, record.removed.id);
    transaction.commit();
}

} // namespace Atelier
