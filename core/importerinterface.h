#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

namespace Atelier {

/// One file to import and the label it comes with (empty: unlabelled).
struct ImportEntry
{
    QString filePath; ///< absolute
    QString label;
};

/// A plugin that turns a list file (e.g. a CSV of path,label rows) into import entries.
/// Plugins implement it in a QObject subclass with Q_INTERFACES and load through PluginManager.
class ImporterInterface
{
public:
    virtual ~ImporterInterface() = default;

    /// A short name for menus and messages ("CSV list").
    virtual QString name() const = 0;
    /// Lower-case suffixes of the list files it reads, without the dot ("csv").
    virtual QStringList fileSuffixes() const = 0;
    /// Reads a list file. Entries' paths are made absolute (relative ones are relative to the list
    /// file). Lines that cannot be used go to `problems` as "line N: reason"; reading goes on.
    /// Returns false, with `error` set, only when the file as a whole cannot be read.
    virtual bool readEntries(const QString &listFile, QList<ImportEntry> *entries,
                             QStringList *problems, QString *error) const = 0;
};

} // namespace Atelier

// The version is part of the IID: a plugin built against another interface version is refused.
#define AtelierImporterInterface_iid "org.atelier.ImporterInterface/1.0"
Q_DECLARE_INTERFACE(Atelier::ImporterInterface, AtelierImporterInterface_iid)
