#pragma once

// Private to the core: a thin RAII layer over the sqlite3 C API. Statements bind parameters only;
// SQL text is never assembled from values.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Atelier {

class SqliteDatabase;

/// A prepared statement. Parameters are 1-based, columns 0-based, as in SQLite.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bindBlob(int index, const QByteArray &value);
    SqliteStatement &bindNull(int index);

    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows.
    void exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    SqliteDatabase &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// One connection. Throws Error on every failure, with SQLite's message.
class SqliteDatabase
{
public:
    enum class Mode {
        ReadOnly,
        ReadWrite,
        Create,
        /// The main file as it is on disk, read-only, without locks, write-ahead log or shared
        /// memory: for a file's header fields before it is opened for real.
        Immutable,
    };

    SqliteDatabase(const QString &filePath, Mode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Runs one or more statements without parameters (schema, pragmas).
    void execScript(const char *sql);
    qint64 pragmaInt(const char *name);
    qint64 lastInsertId() const;
    int changes() const;

    sqlite3 *handle() const { return m_db; }
    QString errorMessage() const;
    [[noreturn]] void fail(const QString &context, int code) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_filePath;
};

} // namespace Atelier
