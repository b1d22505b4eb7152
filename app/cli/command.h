#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Atelier {

class ProgressObserver;

/// Exit codes of atelier-cli, distinct per cause so scripts can react.
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1,    ///< the operation failed (I/O error, database busy, bug)
    ExitUsage = 2,      ///< the command line is wrong
    ExitBadInput = 3,   ///< an input file or project is unusable
    ExitCanceled = 130, ///< interrupted (Ctrl+C), as shells report SIGINT
};

/// Options every command accepts.
struct GlobalOptions
{
    bool json = false;     ///< machine-readable output on stdout
    bool quiet = false;    ///< no progress bar
    int threads = 0;       ///< 0 = one per core
};

/// Thrown for command-line mistakes; main() prints it with the command's usage.
struct UsageError
{
    QString message;
};

/// One `atelier-cli` sub-command. Subclasses declare their options and do the work; results go to
/// stdout as text, or as one JSON document with --json. Errors are thrown (Error, UsageError).
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Declares positional arguments and options.
    virtual void configure(QCommandLineParser &parser) const = 0;
    /// Runs the command; returns an exit code.
    virtual int run(const QCommandLineParser &parser, const GlobalOptions &options) const = 0;

protected:
    /// The positional arguments, checked for count.
    static QStringList positional(const QCommandLineParser &parser, int min, int max = -1);
    static int intOption(const QCommandLineParser &parser, const QString &name, int min, int max);
    /// Prints a result: the JSON object with --json, else the text.
    static void printResult(const GlobalOptions &options, const QJsonObject &json, const QString &text);
    static void printText(const QString &text);
};

} // namespace Atelier
