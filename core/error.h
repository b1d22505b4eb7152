#pragma once

#include <QString>

#include <stdexcept>

namespace Atelier {

/// What went wrong, in the terms a caller acts on: the CLI maps these to its exit codes.
enum class ErrorKind {
    BadInput, ///< the user's input (a file, a path, an argument) is unusable; nothing was changed
    Failure,  ///< the operation itself failed (disk full, database busy, bug)
};

/// The one exception type the core throws; its message is meant for the user.
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}

    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }

    static Error badInput(const QString &message) { return Error(ErrorKind::BadInput, message); }
    static Error failure(const QString &message) { return Error(ErrorKind::Failure, message); }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace Atelier
