#include "projectstore.h"

#include "classcatalog.h"
#include "error.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace Atelier {

namespace {

// Written into the SQLite header (PRAGMA application_id) so foreign databases are recognised: "ATLR".
constexpr quint32 ApplicationId = 0x41544c52;

/// Ordered schema steps. Each runs in its own transaction together with its user_version bump.
/// Never edit a released step: add a new one.
struct Migration
{
    int version;
    const char *sql;
};

const Migration migrations[] = {
    {1, R"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE classes (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL UNIQUE,
            color    TEXT NOT NULL,
            shortcut TEXT,
            position INTEGER NOT NULL
        );
        CREATE TABLE images (
            id        INTEGER PRIMARY KEY,
            path      TEXT NOT NULL UNIQUE,
            sha256    TEXT NOT NULL,
            byte_size INTEGER NOT NULL,
            width     INTEGER NOT NULL,
            height    INTEGER NOT NULL,
            format    TEXT NOT NULL,
            mtime_ms  INTEGER NOT NULL,
            status    INTEGER NOT NULL DEFAULT 0,
            added_ms  INTEGER NOT NULL
        );
        CREATE INDEX images_sha256 ON images(sha256);
        CREATE TABLE labels (
            image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
            class_id INTEGER NOT NULL REFERENCES classes(id)
        );
        CREATE INDEX labels_class ON labels(class_id);
        CREATE TABLE label_history (
            id           INTEGER PRIMARY KEY,
            image_id     INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
            old_class_id INTEGER REFERENCES classes(id) ON DELETE SET NULL,
            new_class_id INTEGER REFERENCES classes(id) ON DELETE SET NULL,
            changed_ms   INTEGER NOT NULL
        );
        CREATE INDEX label_history_image ON label_history(image_id);
        CREATE TABLE thumbnails (
            image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
            width    INTEGER NOT NULL,
            height   INTEGER NOT NULL,
            jpeg     BLOB NOT NULL
        );
    )sql"},
    // Exclusion is a flag: files on disk are never deleted.
    {2, R"sql(
        ALTER TABLE images ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;
    )sql"},
    // Curation: near-duplicate fingerprints and the content rectangles of bordered scans.
    // Both carry the version of the algorithm that wrote them, so a better one can redo its work.
    {3, R"sql(
        CREATE TABLE fingerprints (
            image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
            version  INTEGER NOT NULL,
            data     BLOB NOT NULL
        );
        CREATE TABLE border_rects (
            image_id         INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
            x                INTEGER NOT NULL,
            y                INTEGER NOT NULL,
            w                INTEGER NOT NULL,
            h                INTEGER NOT NULL,
            status           INTEGER NOT NULL,
            detector_version INTEGER NOT NULL
        );
    )sql"},
    // Labelling: classes are retired rather than deleted, so the label history keeps naming them
    // (their names must then be unique only among active classes: the table is rebuilt); dataset
    // splits, versioned for the training runs that use them; pins; coarser class mappings.
    {4, R"sql(
        CREATE TABLE classes_v4 (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            color      TEXT NOT NULL,
            shortcut   TEXT,
            position   INTEGER NOT NULL,
            retired_ms INTEGER
        );
        INSERT INTO classes_v4(id, name, color, shortcut, position)
            SELECT id, name, color, shortcut, position FROM classes;
        DROP TABLE classes;
        ALTER TABLE classes_v4 RENAME TO classes;
        CREATE UNIQUE INDEX classes_active_name ON classes(name) WHERE retired_ms IS NULL;

        CREATE TABLE split_versions (
            id                  INTEGER PRIMARY KEY,
            created_ms          INTEGER NOT NULL,
            seed                INTEGER NOT NULL,
            train_fraction      REAL NOT NULL,
            validation_fraction REAL NOT NULL,
            test_fraction       REAL NOT NULL,
            group_aware         INTEGER NOT NULL,
            note                TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE split_members (
            version_id INTEGER NOT NULL REFERENCES split_versions(id) ON DELETE CASCADE,
            image_id   INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
            split      INTEGER NOT NULL,
            PRIMARY KEY (version_id, image_id)
        ) WITHOUT ROWID;
        CREATE TABLE split_pins (
            image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
            split    INTEGER NOT NULL
        );
        CREATE TABLE class_mappings (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE class_mapping_entries (
            mapping_id INTEGER NOT NULL REFERENCES class_mappings(id) ON DELETE CASCADE,
            class_id   INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
            target     TEXT NOT NULL,
            PRIMARY KEY (mapping_id, class_id)
        ) WITHOUT ROWID;
    )sql"},
    // Training runs: the complete config, the split version, how the run ended and the figures of
    // every epoch. Checkpoints are files in <project>.runs/<run id>/, not rows.
    {5, R"sql(
        CREATE TABLE runs (
            id                INTEGER PRIMARY KEY,
            name              TEXT NOT NULL,
            config            TEXT NOT NULL,
            split_version_id  INTEGER REFERENCES split_versions(id) ON DELETE SET NULL,
            class_mapping     TEXT NOT NULL DEFAULT '',
            classes           TEXT NOT NULL DEFAULT '',
            status            INTEGER NOT NULL,
            message           TEXT NOT NULL DEFAULT '',
            created_ms        INTEGER NOT NULL,
            finished_ms       INTEGER,
            best_metric_name  TEXT NOT NULL DEFAULT '',
            best_metric       REAL,
            best_epoch        INTEGER,
            test_accuracy     REAL,
            checkpoint_dir    TEXT NOT NULL
        );
        CREATE TABLE run_epochs (
            run_id             INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            epoch              INTEGER NOT NULL,
            train_loss         REAL,
            train_accuracy     REAL,
            val_loss           REAL,
            val_accuracy       REAL,
            learning_rate      REAL NOT NULL,
            images_per_second  REAL NOT NULL,
            seconds            REAL NOT NULL,
            PRIMARY KEY (run_id, epoch)
        ) WITHOUT ROWID;
    )sql"},
    // Evaluation of runs: figures per run and source (validation, test, cross-validation) with the
    // whole metrics as JSON, every image's predicted probabilities (float32 blobs), and the
    // calibration fitted on the validation images.
    {6, R"sql(
        CREATE TABLE run_evaluations (
            run_id            INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            source            INTEGER NOT NULL,
            images            INTEGER NOT NULL,
            accuracy          REAL,
            balanced_accuracy REAL,
            macro_f1          REAL,
            top3_accuracy     REAL,
            log_loss          REAL,
            metrics           TEXT NOT NULL,
            created_ms        INTEGER NOT NULL,
            PRIMARY KEY (run_id, source)
        ) WITHOUT ROWID;
        CREATE TABLE run_predictions (
            run_id        INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            source        INTEGER NOT NULL,
            image_id      INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
            label         INTEGER NOT NULL,
            probabilities BLOB NOT NULL,
            PRIMARY KEY (run_id, source, image_id)
        ) WITHOUT ROWID;
        CREATE INDEX run_predictions_image ON run_predictions(image_id);
        CREATE TABLE run_calibrations (
            run_id           INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            temperature      REAL NOT NULL,
            unsure_threshold REAL NOT NULL,
            images           INTEGER NOT NULL,
            nll_before       REAL,
            nll_after        REAL,
            ece_before       REAL,
            ece_after        REAL
        );
    )sql"},
    // Backbone features, computed once and reused (FeatureCache): keyed by the image's content,
    // its content rectangle, the backbone file (name and digest), the layer and the transform.
    {7, R"sql(
        CREATE TABLE feature_cache (
            id         INTEGER PRIMARY KEY,
            sha256     TEXT NOT NULL,
            crop       TEXT NOT NULL,
            backbone   TEXT NOT NULL,
            digest     TEXT NOT NULL,
            layer      TEXT NOT NULL,
            transform  TEXT NOT NULL,
            dimension  INTEGER NOT NULL,
            vector     BLOB NOT NULL,
            created_ms INTEGER NOT NULL,
            UNIQUE (backbone, digest, layer, transform, sha256, crop)
        );
    )sql"},
};

int latestVersion()
{
    return migrations[std::size(migrations) - 1].version;
}

const char *const classColors[] = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#17becf",
};


/// Reads what the SQLite header says without opening the file as a database, so that refused
/// files are never touched (opening one read-write could create journals or change its mode).
struct RawHeader
{
    bool isSqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

/// Reads the header through SQLite, never with a file handle of our own: closing any descriptor of
/// a file drops every POSIX lock this process holds on it, including those of the project's open
/// connections, and another process could then checkpoint and delete the write-ahead log under
/// them. SQLite keeps such descriptors open until its last lock on the file is released.
RawHeader readRawHeader(const QString &filePath)
{
    RawHeader result;
    try {
        SqliteDatabase header(filePath, SqliteDatabase::Mode::Immutable);
        result.userVersion = quint32(header.pragmaInt("user_version"));
        result.applicationId = quint32(header.pragmaInt("application_id"));
        result.isSqlite = true;
    } catch (const Error &) {
        // Not a database (or not one SQLite can read): the caller says so.
    }
    return result;
}

void configureConnection(SqliteDatabase &db)
{
    db.execScript("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
}

void migrate(SqliteDatabase &db, int fromVersion, int toVersion)
{
    for (const Migration &migration : migrations) {
        if (migration.version <= fromVersion || migration.version > toVersion)
            continue;
        // Steps may rebuild tables (SQLite's way to change a constraint), which needs foreign keys
        // off; they are checked as a whole before the step commits.
        db.execScript("PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE");
        try {
            db.execScript(migration.sql);
            SqliteStatement check(db, "PRAGMA foreign_key_check");
            if (check.step())
                throw Error::failure(ProjectStore::tr("Upgrading the project to format %1 broke a reference in table %2")
                                         .arg(migration.version)
                                         .arg(check.text(0)));
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(migration.version);
            db.execScript(bump.constData());
            db.execScript("COMMIT; PRAGMA foreign_keys = ON");
        } catch (...) {
            db.execScript("ROLLBACK; PRAGMA foreign_keys = ON");
            throw;
        }
    }
}

std::unique_ptr<SqliteDatabase> createDatabase(const QString &filePath, int version)
{
    if (QFileInfo::exists(filePath))
        throw Error::badInput(ProjectStore::tr("%1 already exists: choose another name or open it").arg(filePath));
    const QFileInfo info(filePath);
    if (!info.dir().exists())
        throw Error::badInput(ProjectStore::tr("The folder %1 does not exist").arg(info.absolutePath()));

    try {
        auto db = std::make_unique<SqliteDatabase>(filePath, SqliteDatabase::Mode::Create);
        const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(ApplicationId);
        db->execScript(appId.constData());
        db->execScript("PRAGMA journal_mode = WAL");
        configureConnection(*db);
        migrate(*db, 0, version);
        SqliteStatement insert(*db, "INSERT INTO meta(key, value) VALUES (?, ?)");
        insert.bind(1, QStringLiteral("created_with")).bind(2, QStringLiteral("Atelier " ATELIER_VERSION)).exec();
        insert.bind(1, QStringLiteral("created_ms"))
            .bind(2, QString::number(QDateTime::currentMSecsSinceEpoch()))
            .exec();
        return db;
    } catch (...) {
        QFile::remove(filePath);
        QFile::remove(filePath + QStringLiteral("-wal"));
        QFile::remove(filePath + QStringLiteral("-shm"));
        throw;
    }
}

ImageRecord readImage(const SqliteStatement &row)
{
    ImageRecord image;
    image.id = row.int64(0);
    image.path = row.text(1);
    image.sha256 = row.text(2).toLatin1();
    image.byteSize = row.int64(3);
    image.width = int(row.int64(4));
    image.height = int(row.int64(5));
    image.format = row.text(6);
    image.mtimeMs = row.int64(7);
    image.status = static_cast<ImageStatus>(row.int64(8));
    image.excluded = row.int64(9) != 0;
    image.classId = row.int64(10);
    return image;
}

#define IMAGE_COLUMNS                                                                              \
    "SELECT i.id, i.path, i.sha256, i.byte_size, i.width, i.height, i.format, i.mtime_ms, "       \
    "i.status, i.excluded, COALESCE(l.class_id, 0) FROM images i LEFT JOIN labels l ON l.image_id = i.id "

ClassInfo readClass(const SqliteStatement &row)
{
    ClassInfo info;
    info.id = row.int64(0);
    info.name = row.text(1);
    info.color = row.text(2);
    info.shortcut = row.text(3);
    info.position = int(row.int64(4));
    info.retired = row.int64(5) != 0;
    return info;
}

#define CLASS_COLUMNS                                                                              \
    "SELECT id, name, color, COALESCE(shortcut, ''), position, retired_ms IS NOT NULL FROM classes "

ContentRect readContentRect(const SqliteStatement &row)
{
    ContentRect rect;
    rect.imageId = row.int64(0);
    rect.rect = QRect(int(row.int64(1)), int(row.int64(2)), int(row.int64(3)), int(row.int64(4)));
    rect.status = static_cast<BorderStatus>(row.int64(5));
    rect.detectorVersion = int(row.int64(6));
    return rect;
}

#define CONTENT_RECT_COLUMNS "SELECT image_id, x, y, w, h, status, detector_version FROM border_rects "

// Proposals may be replaced by a newer detector; a curator's decision may not.
#define CURATOR_STATUSES "(2, 3)"

} // namespace

int ProjectStore::currentSchemaVersion()
{
    return latestVersion();
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    return std::unique_ptr<ProjectStore>(new ProjectStore(absolute, createDatabase(absolute, latestVersion())));
}

void ProjectStore::createAtVersionForTesting(const QString &filePath, int version)
{
    createDatabase(QFileInfo(filePath).absoluteFilePath(), version);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists())
        throw Error::badInput(tr("No project at %1").arg(absolute));
    if (!info.isFile())
        throw Error::badInput(tr("%1 is not a file").arg(absolute));
    if (info.size() == 0)
        throw Error::badInput(tr("%1 is empty: it is not an Atelier project").arg(absolute));
    if (!info.isReadable())
        throw Error::badInput(tr("Cannot read %1: permission denied").arg(absolute));

    const RawHeader header = readRawHeader(absolute);
    if (!header.isSqlite)
        throw Error::badInput(tr("%1 is not an Atelier project (it is not a database)").arg(absolute));
    if (header.applicationId != ApplicationId)
        throw Error::badInput(tr("%1 is a database, but not an Atelier project").arg(absolute));
    if (int(header.userVersion) > latestVersion())
        throw Error::badInput(tr("%1 was written by a newer version of Atelier (project format %2; this "
                                 "version reads up to %3). Open it with a newer Atelier; it was not changed.")
                                  .arg(absolute)
                                  .arg(header.userVersion)
                                  .arg(latestVersion()));

    // The first reads go through a read-only connection: a damaged file fails here, untouched.
    {
        SqliteDatabase probe(absolute, SqliteDatabase::Mode::ReadOnly);
        try {
            probe.execScript("SELECT count(*) FROM sqlite_schema");
            // Small projects get a full structural check; large ones are checked as they are read.
            if (info.size() <= 64 * 1024 * 1024) {
                SqliteStatement check(probe, "PRAGMA quick_check(1)");
                if (check.step() && check.text(0) != QLatin1String("ok"))
                    throw Error::badInput(check.text(0));
            }
        } catch (const Error &error) {
            throw Error::badInput(tr("%1 is damaged and cannot be opened (%2). The file was left as it was.")
                                      .arg(absolute, error.message()));
        }
    }

    auto db = std::make_unique<SqliteDatabase>(absolute, SqliteDatabase::Mode::ReadWrite);
    db->execScript("PRAGMA journal_mode = WAL");
    configureConnection(*db);
    const int version = int(db->pragmaInt("user_version"));
    if (version > latestVersion())
        throw Error::badInput(tr("%1 was written by a newer version of Atelier").arg(absolute));
    if (version < latestVersion())
        migrate(*db, version, latestVersion());
    return std::unique_ptr<ProjectStore>(new ProjectStore(absolute, std::move(db)));
}

std::unique_ptr<ProjectStore> ProjectStore::openConnection() const
{
    auto db = std::make_unique<SqliteDatabase>(m_filePath, SqliteDatabase::Mode::ReadWrite);
    configureConnection(*db);
    return std::unique_ptr<ProjectStore>(new ProjectStore(m_filePath, std::move(db)));
}

ProjectStore::ProjectStore(const QString &filePath, std::unique_ptr<SqliteDatabase> db)
    : m_filePath(filePath)
    , m_db(std::move(db))
{}

ProjectStore::~ProjectStore() = default;

QDir ProjectStore::projectDir() const
{
    return QFileInfo(m_filePath).absoluteDir();
}

int ProjectStore::schemaVersion() const
{
    return int(m_db->pragmaInt("user_version"));
}

QString ProjectStore::storedPath(const QString &absoluteFilePath) const
{
    const QString clean = QDir::cleanPath(QFileInfo(absoluteFilePath).absoluteFilePath());
    const QString base = QDir::cleanPath(projectDir().absolutePath());
    if (clean.startsWith(base + QLatin1Char('/')))
        return clean.mid(base.size() + 1);
    return clean;
}

QString ProjectStore::absolutePath(const QString &storedPath) const
{
    if (QDir::isAbsolutePath(storedPath))
        return storedPath;
    return QDir::cleanPath(projectDir().absoluteFilePath(storedPath));
}

QString ProjectStore::metaValue(const QString &key, const QString &defaultValue) const
{
    SqliteStatement query(*m_db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : defaultValue;
}

void ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    SqliteStatement query(*m_db, "INSERT INTO meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    query.bind(1, key).bind(2, value).exec();
}

// Transactions nest: the outermost takes the write lock at once (BEGIN IMMEDIATE), so a writer
// never fails half-way on a lock upgrade; inner ones are savepoints.
ProjectStore::Transaction::Transaction(ProjectStore &store)
    : m_store(store)
{
    if (m_store.m_transactionDepth == 0)
        m_store.m_db->execScript("BEGIN IMMEDIATE");
    else
        m_store.m_db->execScript("SAVEPOINT nested");
    ++m_store.m_transactionDepth;
}

ProjectStore::Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_store.m_transactionDepth;
    try {
        if (m_store.m_transactionDepth == 0)
            m_store.m_db->execScript("ROLLBACK");
        else
            m_store.m_db->execScript("ROLLBACK TO nested; RELEASE nested");
    } catch (const Error &) {
        // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
    }
}

void ProjectStore::Transaction::commit()
{
    --m_store.m_transactionDepth;
    m_done = true;
    if (m_store.m_transactionDepth == 0)
        m_store.m_db->execScript("COMMIT");
    else
        m_store.m_db->execScript("RELEASE nested");
}

QList<ClassInfo> ProjectStore::classes() const
{
    SqliteStatement query(*m_db, CLASS_COLUMNS "WHERE retired_ms IS NULL ORDER BY position, id");
    QList<ClassInfo> result;
    while (query.step())
        result.append(readClass(query));
    return result;
}

std::optional<ClassInfo> ProjectStore::classById(qint64 id) const
{
    SqliteStatement query(*m_db, CLASS_COLUMNS "WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readClass(query);
}

std::optional<ClassInfo> ProjectStore::classByName(const QString &name) const
{
    SqliteStatement query(*m_db, CLASS_COLUMNS "WHERE name = ? AND retired_ms IS NULL");
    query.bind(1, name);
    if (!query.step())
        return std::nullopt;
    return readClass(query);
}

ClassInfo ProjectStore::addClass(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error::badInput(tr("A class needs a name"));
    if (classByName(trimmed))
        throw Error::badInput(tr("There is already a class named \"%1\"").arg(trimmed));

    const QList<ClassInfo> existing = classes();
    ClassInfo info;
    info.name = trimmed;
    info.position = existing.isEmpty() ? 0 : existing.last().position + 1;
    info.color = QString::fromLatin1(classColors[existing.size() % std::size(classColors)]);
    for (const QChar key : ClassCatalog::shortcutKeys()) {
        const bool taken = std::any_of(existing.cbegin(), existing.cend(),
                                       [key](const ClassInfo &c) { return c.shortcut == QString(key); });
        if (!taken) {
            info.shortcut = QString(key);
            break;
        }
    }

    SqliteStatement insert(*m_db, "INSERT INTO classes(name, color, shortcut, position) VALUES (?, ?, ?, ?)");
    insert.bind(1, info.name).bind(2, info.color).bind(4, info.position);
    if (info.shortcut.isEmpty())
        insert.bindNull(3);
    else
        insert.bind(3, info.shortcut);
    insert.exec();
    info.id = m_db->lastInsertId();
    return info;
}

qint64 ProjectStore::ensureClass(const QString &name)
{
    if (const auto existing = classByName(name.trimmed()))
        return existing->id;
    return addClass(name).id;
}

qint64 ProjectStore::imageCount() const
{
    SqliteStatement query(*m_db, "SELECT count(*) FROM images");
    query.step();
    return query.int64(0);
}

QList<ImageRecord> ProjectStore::images() const
{
    SqliteStatement query(*m_db, IMAGE_COLUMNS "ORDER BY i.id");
    QList<ImageRecord> result;
    while (query.step())
        result.append(readImage(query));
    return result;
}

std::optional<ImageRecord> ProjectStore::image(qint64 id) const
{
    SqliteStatement query(*m_db, IMAGE_COLUMNS "WHERE i.id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readImage(query);
}

std::optional<ImageRecord> ProjectStore::imageByPath(const QString &storedPath) const
{
    SqliteStatement query(*m_db, IMAGE_COLUMNS "WHERE i.path = ?");
    query.bind(1, storedPath);
    if (!query.step())
        return std::nullopt;
    return readImage(query);
}

QSet<QString> ProjectStore::storedPaths() const
{
    SqliteStatement query(*m_db, "SELECT path FROM images");
    QSet<QString> result;
    while (query.step())
        result.insert(query.text(0));
    return result;
}

qint64 ProjectStore::addImage(const NewImage &image)
{
    Transaction transaction(*this);
    SqliteStatement insert(*m_db, "INSERT INTO images(path, sha256, byte_size, width, height, format, "
                                  "mtime_ms, added_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, image.path)
        .bind(2, QString::fromLatin1(image.sha256))
        .bind(3, image.byteSize)
        .bind(4, image.width)
        .bind(5, image.height)
        .bind(6, image.format)
        .bind(7, image.mtimeMs)
        .bind(8, QDateTime::currentMSecsSinceEpoch())
        .exec();
    const qint64 id = m_db->lastInsertId();
    if (image.classId > 0) {
        SqliteStatement label(*m_db, "INSERT INTO labels(image_id, class_id) VALUES (?, ?)");
        label.bind(1, id).bind(2, image.classId).exec();
    }
    if (!image.thumbnailJpeg.isEmpty())
        setThumbnail(id, image.thumbnailJpeg, image.thumbnailWidth, image.thumbnailHeight);
    if (!image.fingerprint.isEmpty())
        setFingerprint(id, image.fingerprintVersion, image.fingerprint);
    transaction.commit();
    return id;
}

void ProjectStore::setLabels(const QList<qint64> &imageIds, qint64 classId)
{
    QHash<qint64, qint64> classByImage;
    classByImage.reserve(imageIds.size());
    for (const qint64 imageId : imageIds)
        classByImage.insert(imageId, classId);
    applyLabels(classByImage);
}

void ProjectStore::applyLabels(const QHash<qint64, qint64> &classByImage)
{
    QSet<qint64> checkedClasses;
    for (const qint64 classId : classByImage) {
        if (classId <= 0 || checkedClasses.contains(classId))
            continue;
        const auto info = classById(classId);
        if (!info || info->retired)
            throw Error::badInput(tr("No class with id %1").arg(classId));
        checkedClasses.insert(classId);
    }

    Transaction transaction(*this);
    SqliteStatement current(*m_db, "SELECT COALESCE((SELECT class_id FROM labels WHERE image_id = ?1), 0), "
                                   "EXISTS(SELECT 1 FROM images WHERE id = ?1)");
    SqliteStatement upsert(*m_db, "INSERT INTO labels(image_id, class_id) VALUES (?, ?) "
                                  "ON CONFLICT(image_id) DO UPDATE SET class_id = excluded.class_id");
    SqliteStatement remove(*m_db, "DELETE FROM labels WHERE image_id = ?");
    SqliteStatement history(*m_db, "INSERT INTO label_history(image_id, old_class_id, new_class_id, changed_ms) "
                                   "VALUES (?, ?, ?, ?)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = classByImage.cbegin(); it != classByImage.cend(); ++it) {
        const qint64 imageId = it.key();
        const qint64 classId = it.value();
        current.bind(1, imageId);
        current.step();
        const qint64 oldClassId = current.int64(0);
        const bool exists = current.int64(1) != 0;
        current.reset();
        if (!exists)
            throw Error::badInput(tr("No image with id %1").arg(imageId));
        if (oldClassId == classId)
            continue;
        if (classId > 0)
            upsert.bind(1, imageId).bind(2, classId).exec();
        else
            remove.bind(1, imageId).exec();
        history.bind(1, imageId);
        oldClassId > 0 ? history.bind(2, oldClassId) : history.bindNull(2);
        classId > 0 ? history.bind(3, classId) : history.bindNull(3);
        history.bind(4, now).exec();
    }
    transaction.commit();
}

QHash<qint64, qint64> ProjectStore::labelsOf(const QList<qint64> &imageIds) const
{
    SqliteStatement query(*m_db, "SELECT COALESCE((SELECT class_id FROM labels WHERE image_id = ?), 0)");
    QHash<qint64, qint64> result;
    result.reserve(imageIds.size());
    for (const qint64 imageId : imageIds) {
        query.bind(1, imageId);
        query.step();
        result.insert(imageId, query.int64(0));
        query.reset();
    }
    return result;
}

QHash<qint64, qint64> ProjectStore::labelCounts() const
{
    SqliteStatement query(*m_db, "SELECT COALESCE(l.class_id, 0), count(*) FROM images i "
                                 "LEFT JOIN labels l ON l.image_id = i.id GROUP BY 1");
    QHash<qint64, qint64> counts;
    while (query.step())
        counts.insert(query.int64(0), query.int64(1));
    return counts;
}

QList<LabelChange> ProjectStore::labelHistory(qint64 imageId) const
{
    SqliteStatement query(*m_db, "SELECT image_id, COALESCE(old_class_id, 0), COALESCE(new_class_id, 0), "
                                 "changed_ms FROM label_history WHERE image_id = ? ORDER BY id");
    query.bind(1, imageId);
    QList<LabelChange> result;
    while (query.step())
        result.append({query.int64(0), query.int64(1), query.int64(2), query.int64(3)});
    return result;
}

QByteArray ProjectStore::thumbnail(qint64 imageId) const
{
    SqliteStatement query(*m_db, "SELECT jpeg FROM thumbnails WHERE image_id = ?");
    query.bind(1, imageId);
    return query.step() ? query.blob(0) : QByteArray();
}

void ProjectStore::setThumbnail(qint64 imageId, const QByteArray &jpeg, int width, int height)
{
    SqliteStatement query(*m_db, "INSERT INTO thumbnails(image_id, width, height, jpeg) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(image_id) DO UPDATE SET width = excluded.width, "
                                 "height = excluded.height, jpeg = excluded.jpeg");
    query.bind(1, imageId).bind(2, width).bind(3, height).bindBlob(4, jpeg).exec();
}

void ProjectStore::setExcluded(const QList<qint64> &imageIds, bool excluded)
{
    Transaction transaction(*this);
    SqliteStatement update(*m_db, "UPDATE images SET excluded = ? WHERE id = ?");
    for (const qint64 imageId : imageIds) {
        update.bind(1, excluded ? 1 : 0).bind(2, imageId).exec();
        if (m_db->changes() == 0)
            throw Error::badInput(tr("No image with id %1").arg(imageId));
    }
    transaction.commit();
}

QList<qint64> ProjectStore::imagesWithoutFingerprint(int version) const
{
    SqliteStatement query(*m_db, "SELECT i.id FROM images i LEFT JOIN fingerprints f "
                                 "ON f.image_id = i.id AND f.version = ? "
                                 "WHERE f.image_id IS NULL AND i.status = 0 ORDER BY i.id");
    query.bind(1, version);
    QList<qint64> result;
    while (query.step())
        result.append(query.int64(0));
    return result;
}

void ProjectStore::setFingerprint(qint64 imageId, int version, const QByteArray &data)
{
    SqliteStatement query(*m_db, "INSERT INTO fingerprints(image_id, version, data) VALUES (?, ?, ?) "
                                 "ON CONFLICT(image_id) DO UPDATE SET version = excluded.version, "
                                 "data = excluded.data");
    query.bind(1, imageId).bind(2, version).bindBlob(3, data).exec();
}

QList<StoredFingerprint> ProjectStore::fingerprints(int version) const
{
    SqliteStatement query(*m_db, "SELECT image_id, data FROM fingerprints WHERE version = ? ORDER BY image_id");
    query.bind(1, version);
    QList<StoredFingerprint> result;
    while (query.step())
        result.append({query.int64(0), query.blob(1)});
    return result;
}

void ProjectStore::forEachFingerprint(int version,
                                      const std::function<void(qint64 imageId, const QByteArray &data)> &visit) const
{
    SqliteStatement query(*m_db, "SELECT image_id, data FROM fingerprints WHERE version = ? ORDER BY image_id");
    query.bind(1, version);
    while (query.step())
        visit(query.int64(0), query.blob(1));
}

QList<qint64> ProjectStore::imagesWithoutContentRect(int detectorVersion) const
{
    SqliteStatement query(*m_db, "SELECT i.id FROM images i LEFT JOIN border_rects b ON b.image_id = i.id "
                                 "WHERE i.status = 0 AND (b.image_id IS NULL OR "
                                 "(b.detector_version < ? AND b.status NOT IN " CURATOR_STATUSES ")) "
                                 "ORDER BY i.id");
    query.bind(1, detectorVersion);
    QList<qint64> result;
    while (query.step())
        result.append(query.int64(0));
    return result;
}

void ProjectStore::proposeContentRect(const ContentRect &rect)
{
    SqliteStatement query(*m_db, "INSERT INTO border_rects(image_id, x, y, w, h, status, detector_version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(image_id) DO UPDATE SET "
                                 "x = excluded.x, y = excluded.y, w = excluded.w, h = excluded.h, "
                                 "status = excluded.status, detector_version = excluded.detector_version "
                                 "WHERE border_rects.status NOT IN " CURATOR_STATUSES);
    query.bind(1, rect.imageId)
        .bind(2, rect.rect.x())
        .bind(3, rect.rect.y())
        .bind(4, rect.rect.width())
        .bind(5, rect.rect.height())
        .bind(6, int(rect.status))
        .bind(7, rect.detectorVersion)
        .exec();
}

void ProjectStore::setContentRect(const ContentRect &rect)
{
    SqliteStatement query(*m_db, "INSERT INTO border_rects(image_id, x, y, w, h, status, detector_version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(image_id) DO UPDATE SET "
                                 "x = excluded.x, y = excluded.y, w = excluded.w, h = excluded.h, "
                                 "status = excluded.status, detector_version = excluded.detector_version");
    query.bind(1, rect.imageId)
        .bind(2, rect.rect.x())
        .bind(3, rect.rect.y())
        .bind(4, rect.rect.width())
        .bind(5, rect.rect.height())
        .bind(6, int(rect.status))
        .bind(7, rect.detectorVersion)
        .exec();
}

void ProjectStore::setContentRectStatus(const QList<qint64> &imageIds, BorderStatus status)
{
    Transaction transaction(*this);
    SqliteStatement update(*m_db, "UPDATE border_rects SET status = ? WHERE image_id = ?");
    for (const qint64 imageId : imageIds) {
        update.bind(1, int(status)).bind(2, imageId).exec();
        if (m_db->changes() == 0)
            throw Error::badInput(tr("No content rectangle for the image with id %1").arg(imageId));
    }
    transaction.commit();
}

std::optional<ContentRect> ProjectStore::contentRect(qint64 imageId) const
{
    SqliteStatement query(*m_db, CONTENT_RECT_COLUMNS "WHERE image_id = ?");
    query.bind(1, imageId);
    if (!query.step())
        return std::nullopt;
    return readContentRect(query);
}

QList<ContentRect> ProjectStore::contentRects() const
{
    SqliteStatement query(*m_db, CONTENT_RECT_COLUMNS "ORDER BY image_id");
    QList<ContentRect> result;
    while (query.step())
        result.append(readContentRect(query));
    return result;
}

} // namespace Atelier
