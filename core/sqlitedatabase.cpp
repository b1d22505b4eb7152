#include "sqlitedatabase.h"

#include "error.h"

#include <QCoreApplication>
#include <QUrl>

#include <sqlite3.h>

namespace Atelier {

namespace {

// Damaged or foreign files are the user's input, not our failure.
bool isBadInputCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || primary == SQLITE_CANTOPEN;
}

} // namespace

SqliteDatabase::SqliteDatabase(const QString &filePath, Mode mode)
    : m_filePath(filePath)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    QByteArray path = filePath.toUtf8();
    if (mode == Mode::Immutable) {
        // A URI: '%', '?' and '#' in the path are escaped.
        path = "file:" + QUrl::toPercentEncoding(filePath, "/") + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(isBadInputCode(rc) ? ErrorKind::BadInput : ErrorKind::Failure,
                    QCoreApplication::translate("Atelier", "Cannot open %1: %2").arg(filePath, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Readers and a background writer share the file: wait for locks rather than fail at once.
    sqlite3_busy_timeout(m_db, 10000);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

QString SqliteDatabase::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteDatabase::fail(const QString &context, int code) const
{
    const QString message = QCoreApplication::translate("Atelier", "%1 (%2): %3")
                                .arg(context, m_filePath, errorMessage());
    throw Error(isBadInputCode(code) ? ErrorKind::BadInput : ErrorKind::Failure, message);
}

void SqliteDatabase::execScript(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        throw Error(isBadInputCode(rc) ? ErrorKind::BadInput : ErrorKind::Failure,
                    QCoreApplication::translate("Atelier", "Database error in %1: %2").arg(m_filePath, message));
    }
}

qint64 SqliteDatabase::pragmaInt(const char *name)
{
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    SqliteStatement statement(*this, sql.constData());
    return statement.step() ? statement.int64(0) : 0;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(QStringLiteral("Preparing a query"), rc);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db.fail(QStringLiteral("Running a query"), rc);
}

void SqliteStatement::exec()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

} // namespace Atelier
