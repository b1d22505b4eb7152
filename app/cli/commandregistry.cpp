#include "commandregistry.h"

#include "backbonecommands.h"
#include "computeruntime.h"
#include "curationcommands.h"
#include "error.h"
#include "evaluationcommands.h"
#include "labelcommands.h"
#include "projectcommands.h"
#include "trainingcommands.h"
#include "transfercommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Atelier {

namespace {

void printError(const QString &message)
{
    fprintf(stderr, "atelier-cli: %s\n", qPrintable(message));
}

// With --json, scripts read stdout: errors come there too, as an object.
void printJsonError(const QString &kind, const QString &message)
{
    const QJsonObject error{{QStringLiteral("error"), message}, {QStringLiteral("kind"), kind}};
    fputs(QJsonDocument(error).toJson(QJsonDocument::Indented).constData(), stdout);
}

} // namespace

CommandRegistry::CommandRegistry()
{
    for (auto &command : projectCommands())
        add(std::move(command));
    for (auto &command : curationCommands()) add(std::move(command));
    for (auto &command : labelCommands())
        add(std::move(command));
    for (auto &command : trainingCommands())
        add(std::move(command));
    for (auto &command : evaluationCommands())
        add(std::move(command));
    for (auto &command : backboneCommands())
        add(std::move(command));
    for (auto &command : transferCommands())
        add(std::move(command));
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString CommandRegistry::overview() const
{
    QString text = QStringLiteral("Usage: atelier-cli <command> [options] [arguments]\n\n"
                                  "Curate, label and train image classifiers from the command line.\n\n"
                                  "Commands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -10).arg(command->summary());
    text += QStringLiteral("\nEvery command takes --json (machine-readable output on stdout), --quiet (no\n"
                           "progress bar) and --threads N. 'atelier-cli <command> --help' describes one.\n\n"
                           "Exit codes: 0 success, 1 failure, 2 usage error, 3 bad input, 130 interrupted.\n");
    return text;
}

int CommandRegistry::run(const QStringList &arguments) const
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        fputs(qPrintable(overview()), stderr);
        return ExitUsage;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        fputs(qPrintable(overview()), stdout);
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printf("atelier-cli %s\n", ATELIER_VERSION);
        return ExitSuccess;
    }
    const Command *command = find(first);
    if (!command) {
        printError(QStringLiteral("unknown command '%1'").arg(first));
        fputs(qPrintable(overview()), stderr);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON on stdout.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Do not draw a progress bar.")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default: one per core)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    command->configure(parser);

    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("atelier-cli %1").arg(command->name()));
    const bool wantsJson = commandArguments.contains(QStringLiteral("--json"));
    const auto usageFailure = [&](const QString &message) {
        if (wantsJson)
            printJsonError(QStringLiteral("usage"), message);
        printError(QStringLiteral("%1: %2").arg(command->name(), message));
        fputs(qPrintable(parser.helpText()), stderr);
        return int(ExitUsage);
    };
    if (!parser.parse(commandArguments))
        return usageFailure(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        fputs(qPrintable(parser.helpText()), stdout);
        return ExitSuccess;
    }

    GlobalOptions options;
    options.json = parser.isSet(QStringLiteral("json"));
    options.quiet = parser.isSet(QStringLiteral("quiet"));
    try {
        bool ok = false;
        options.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 0 || options.threads > 1024)
            throw UsageError{QStringLiteral("--threads takes a number from 0 (one per core) to 1024")};
        ComputeRuntime::setThreadCount(options.threads);
        return command->run(parser, options);
    } catch (const UsageError &error) {
        return usageFailure(error.message);
    } catch (const Error &error) {
        const bool badInput = error.kind() == ErrorKind::BadInput;
        if (options.json)
            printJsonError(badInput ? QStringLiteral("bad-input") : QStringLiteral("failure"), error.message());
        printError(error.message());
        return badInput ? ExitBadInput : ExitFailure;
    } catch (const std::exception &error) {
        if (options.json)
            printJsonError(QStringLiteral("failure"), QString::fromLocal8Bit(error.what()));
        printError(QString::fromLocal8Bit(error.what()));
        return ExitFailure;
    }
}

} // namespace Atelier
