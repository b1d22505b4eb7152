#include "featurecache.h"

#include "curationtypes.h"
#include "error.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QDateTime>
#include <QSet>
#include <QtEndian>

#include <cstring>

namespace Atelier {

namespace {

/// Vectors as little-endian float32, whatever the machine.
QByteArray encodeVector(const std::vector<float> &values)
{
    QByteArray bytes(qsizetype(values.size()) * 4, Qt::Uninitialized);
    for (size_t i = 0; i < values.size(); ++i) {
        quint32 bits = 0;
        std::memcpy(&bits, &values[i], 4);
        qToLittleEndian(bits, bytes.data() + qsizetype(i) * 4);
    }
    return bytes;
}

std::vector<float> decodeVector(const QByteArray &bytes)
{
    std::vector<float> values(size_t(bytes.size() / 4));
    for (size_t i = 0; i < values.size(); ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.constData() + qsizetype(i) * 4);
        std::memcpy(&values[i], &bits, 4);
    }
    return values;
}

void bindKey(SqliteStatement &statement, const FeatureKey &key)
{
    statement.bind(1, key.backbone)
        .bind(2, QString::fromLatin1(key.backboneDigest))
        .bind(3, key.layer)
        .bind(4, key.transform)
        .bind(5, QString::fromLatin1(key.sha256))
        .bind(6, FeatureCache::cropText(key.crop));
}

const char *const FindSql = "SELECT vector, dimension FROM feature_cache WHERE backbone = ? AND digest = ? AND layer = ? "
                            "AND transform = ? AND sha256 = ? AND crop = ?";

} // namespace

FeatureCache::FeatureCache(ProjectStore &store)
    : m_store(store)
{}

QString FeatureCache::cropText(const QRect &crop)
{
    if (crop.isNull())
        return QString();
    return QStringLiteral("%1,%2,%3,%4").arg(crop.x()).arg(crop.y()).arg(crop.width()).arg(crop.height());
}

std::vector<std::vector<float>> FeatureCache::find(const QList<FeatureKey> &keys) const
{
    std::vector<std::vector<float>> result(size_t(keys.size()));
    SqliteStatement select(m_store.database(), FindSql);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        select.reset();
        bindKey(select, keys[i]);
        if (select.step()) {
            std::vector<float> values = decodeVector(select.blob(0));
            // A row that does not hold what it says is treated as missing, so it gets recomputed.
            if (qint64(values.size()) == select.int64(1) && !values.empty())
                result[size_t(i)] = std::move(values);
        }
    }
    return result;
}

bool FeatureCache::contains(const FeatureKey &key) const
{
    return !find({key}).front().empty();
}

void FeatureCache::store(const QList<FeatureKey> &keys, const std::vector<std::vector<float>> &vectors)
{
    if (size_t(keys.size()) != vectors.size())
        throw Error::failure(QStringLiteral("FeatureCache::store: %1 keys for %2 vectors").arg(keys.size()).arg(vectors.size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement insert(m_store.database(),
                           "INSERT OR REPLACE INTO feature_cache(backbone, digest, layer, transform, sha256, crop, dimension, vector, "
                           "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const std::vector<float> &vector = vectors[size_t(i)];
        if (vector.empty())
            continue;
        insert.reset();
        bindKey(insert, keys[i]);
        insert.bind(7, qint64(vector.size())).bindBlob(8, encodeVector(vector)).bind(9, now).exec();
    }
    transaction.commit();
}

int FeatureCache::removeStale(const QString &backbone, const QByteArray &currentDigest)
{
    // What the images can ask for now: their content with their current rectangle.
    QSet<QString> current;
    QHash<qint64, QRect> cropOf;
    for (const ContentRect &rect : m_store.contentRects())
        if (cropApplies(rect.status))
            cropOf.insert(rect.imageId, rect.rect);
    for (const ImageRecord &image : m_store.images())
        current.insert(QString::fromLatin1(image.sha256) + QLatin1Char('/') + cropText(cropOf.value(image.id)));

    QList<std::pair<QString, QString>> unwanted;
    {
        SqliteStatement pairs(m_store.database(), "SELECT DISTINCT sha256, crop FROM feature_cache");
        while (pairs.step())
            if (!current.contains(pairs.text(0) + QLatin1Char('/') + pairs.text(1)))
                unwanted.append({pairs.text(0), pairs.text(1)});
    }
    int removed = 0;
    ProjectStore::Transaction transaction(m_store);
    SqliteDatabase &db = m_store.database();
    SqliteStatement remove(db, "DELETE FROM feature_cache WHERE sha256 = ? AND crop = ?");
    for (const auto &[sha256, crop] : std::as_const(unwanted)) {
        remove.reset();
        remove.bind(1, sha256).bind(2, crop).exec();
        removed += db.changes();
    }
    if (!backbone.isEmpty()) {
        SqliteStatement outdated(db, "DELETE FROM feature_cache WHERE backbone = ? AND digest <> ?");
        outdated.bind(1, backbone).bind(2, QString::fromLatin1(currentDigest)).exec();
        removed += db.changes();
    }
    transaction.commit();
    return removed;
}

FeatureCache::Summary FeatureCache::summary() const
{
    SqliteStatement count(m_store.database(), "SELECT COUNT(*), COALESCE(SUM(LENGTH(vector)), 0) FROM feature_cache");
    Summary summary;
    if (count.step()) {
        summary.vectors = count.int64(0);
        summary.bytes = count.int64(1);
    }
    return summary;
}

} // namespace Atelier
