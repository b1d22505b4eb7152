#include "pluginmanager.h"

#include "importerinterface.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>
#include <QPluginLoader>
#include <QThread>

namespace Atelier {

namespace {

const QLatin1String AtelierIidPrefix("org.atelier.");
const QLatin1String ImporterIidPrefix("org.atelier.ImporterInterface/");

/// Loading may happen on a task's thread while the studio's thread asks for importers.
QMutex &loadMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

PluginManager &PluginManager::instance()
{
    static PluginManager manager;
    return manager;
}

QStringList PluginManager::defaultPluginDirs()
{
    QStringList dirs = qEnvironmentVariable("ATELIER_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (QCoreApplication::instance()) {
        const QString binDir = QCoreApplication::applicationDirPath();
        dirs.append(binDir + QStringLiteral("/plugins"));
        // Installed: bin/ and lib/atelier/plugins share a prefix, whichever prefix a package chose.
        dirs.append(binDir + QStringLiteral("/../" ATELIER_PLUGIN_RELATIVE_DIR));
    }
    for (QString &dir : dirs)
        dir = QDir::cleanPath(dir);
    dirs.removeDuplicates();
    return dirs;
}

void PluginManager::loadPlugins(const QStringList &dirs)
{
    QMutexLocker locker(&loadMutex());
    for (const QString &dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            // The same plugin reached through two folders or a link is loaded once.
            const QString path = file.canonicalFilePath();
            if (path.isEmpty() || m_triedFiles.contains(path))
                continue;
            m_triedFiles.insert(path);

            QPluginLoader loader(path);
            const QString iid = loader.metaData().value(QLatin1String("IID")).toString();
            if (iid.isEmpty()) {
                m_loadErrors.append(QStringLiteral("%1: not a Qt plugin (%2)").arg(path, loader.errorString()));
                continue;
            }
            if (iid.startsWith(ImporterIidPrefix) && iid != QLatin1String(AtelierImporterInterface_iid)) {
                m_loadErrors.append(QStringLiteral("%1: built for importer interface %2, but this Atelier needs %3")
                                        .arg(path, iid.mid(ImporterIidPrefix.size()),
                                             QLatin1String(AtelierImporterInterface_iid).mid(ImporterIidPrefix.size())));
                continue;
            }
            if (!iid.startsWith(AtelierIidPrefix)) {
                m_loadErrors.append(QStringLiteral("%1: not an Atelier plugin (%2)").arg(path, iid));
                continue;
            }
            QObject *object = loader.instance();
            if (!object) {
                m_loadErrors.append(QStringLiteral("%1: %2").arg(path, loader.errorString()));
                continue;
            }
            if (iid.startsWith(ImporterIidPrefix) && !qobject_cast<ImporterInterface *>(object)) {
                m_loadErrors.append(QStringLiteral("%1: does not implement the importer interface").arg(path));
                continue;
            }
            // Plugin objects outlive the thread that happened to load them.
            if (QCoreApplication::instance() && object->thread() != QCoreApplication::instance()->thread())
                object->moveToThread(QCoreApplication::instance()->thread());
            m_objects.append(object);
            m_loadedFiles.append(path);
        }
    }
}

ImporterInterface *PluginManager::importerForFile(const QString &filePath) const
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix.isEmpty())
        return nullptr;
    QMutexLocker locker(&loadMutex());
    for (ImporterInterface *importer : objects<ImporterInterface>())
        if (importer->fileSuffixes().contains(suffix))
            return importer;
    return nullptr;
}

} // namespace Atelier
