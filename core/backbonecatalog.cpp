#include "backbonecatalog.h"

#include "error.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace Atelier {

namespace {

const QLatin1String Suffix(".backbone");

} // namespace

QString BackboneCatalog::userDirectory()
{
    const QString overridden = qEnvironmentVariable("ATELIER_BACKBONE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/atelier/backbones");
}

QStringList BackboneCatalog::directories()
{
    QStringList result{userDirectory()};
    if (!qEnvironmentVariableIsEmpty("ATELIER_BACKBONE_DIR"))
        return result;
    for (const QString &location : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString directory = location + QStringLiteral("/atelier/backbones");
        if (!result.contains(directory))
            result.append(directory);
    }
    return result;
}

QList<InstalledBackbone> BackboneCatalog::installed()
{
    QList<InstalledBackbone> result;
    QSet<QString> seen;
    for (const QString &directory : directories()) {
        const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.backbone")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            InstalledBackbone backbone;
            backbone.name = file.completeBaseName();
            if (seen.contains(backbone.name))
                continue;
            seen.insert(backbone.name);
            backbone.path = file.absoluteFilePath();
            try {
                backbone.spec = BackboneFile::readSpec(backbone.path);
            } catch (const Error &error) {
                backbone.error = error.message();
            }
            result.append(backbone);
        }
    }
    return result;
}

QString BackboneCatalog::path(const QString &name)
{
    if (isValidName(name))
        for (const QString &directory : directories()) {
            const QString candidate = QDir(directory).filePath(name + Suffix);
            if (QFileInfo::exists(candidate))
                return candidate;
        }
    throw Error::badInput(QStringLiteral("No backbone is called '%1' (see 'atelier-cli backbones'; folders searched: %2)")
                              .arg(name, directories().join(QStringLiteral(", "))));
}

QString BackboneCatalog::userPath(const QString &name)
{
    if (!isValidName(name))
        throw Error::badInput(QStringLiteral("'%1' cannot name a backbone: use 1-64 letters, digits, '.', '_' or '-'").arg(name));
    const QString directory = userDirectory();
    if (!QDir().mkpath(directory))
        throw Error::failure(QStringLiteral("Cannot create the backbone folder %1").arg(directory));
    return QDir(directory).filePath(name + Suffix);
}

bool BackboneCatalog::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace Atelier
