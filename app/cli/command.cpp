#include "command.h"

#include <QJsonDocument>

#include <cstdio>

namespace Atelier {

QStringList Command::positional(const QCommandLineParser &parser, int min, int max)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < min)
        throw UsageError{QStringLiteral("missing argument")};
    if (max >= 0 && args.size() > max)
        throw UsageError{QStringLiteral("unexpected argument: %1").arg(args.value(max))};
    return args;
}

int Command::intOption(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        throw UsageError{QStringLiteral("--%1 takes a number from %2 to %3").arg(name).arg(min).arg(max)};
    return value;
}

void Command::printResult(const GlobalOptions &options, const QJsonObject &json, const QString &text)
{
    if (options.json) {
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    } else if (!text.isEmpty()) {
        printText(text);
    }
    fflush(stdout);
}

void Command::printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        fputc('\n', stdout);
}

} // namespace Atelier
