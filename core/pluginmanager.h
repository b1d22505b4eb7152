#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Atelier {

class ImporterInterface;

/// Loads Qt plugins from the folders beside the executables and hands out the objects they provide.
class PluginManager
{
public:
    static PluginManager &instance();

    /// Where plugins are looked for: `plugins/` beside the executable, then `../lib/atelier/plugins`.
    /// The ATELIER_PLUGIN_PATH environment variable (colon-separated) is searched first.
    static QStringList defaultPluginDirs();

    /// Loads every plugin in the given folders once; later calls with the same files do nothing.
    void loadPlugins(const QStringList &dirs = defaultPluginDirs());

    /// Every loaded object implementing T.
    template<typename T>
    QList<T *> objects() const
    {
        QList<T *> result;
        for (QObject *object : m_objects)
            if (T *t = qobject_cast<T *>(object))
                result.append(t);
        return result;
    }

    /// The importer that reads list files with this file's suffix, or nullptr.
    ImporterInterface *importerForFile(const QString &filePath) const;

    /// Files that looked like plugins but failed to load, with the reason.
    QStringList loadErrors() const { return m_loadErrors; }
    QStringList loadedFiles() const { return m_loadedFiles; }

private:
    PluginManager() = default;

    QList<QObject *> m_objects;
    QStringList m_loadedFiles;
    QStringList m_loadErrors;
    QSet<QString> m_triedFiles; ///< canonical paths, loaded or not: each file is tried once
};

} // namespace Atelier
