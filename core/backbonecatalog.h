#pragma once

#include "backbonefile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier {

/// A backbone file found in one of the backbone folders.
struct InstalledBackbone
{
    QString name;  ///< the file's base name, which is how users pick it
    QString path;
    BackboneSpec spec;
    QString error; ///< why the file cannot be used; empty when it can
};

/// Where backbones live: the user's folder ($ATELIER_BACKBONE_DIR, else
/// <generic data location>/atelier/backbones, i.e. ~/.local/share/atelier/backbones on Linux),
/// then the same folder under each system data location (/usr/share/atelier/backbones).
/// Backbones are files named <name>.backbone; a user's file hides a system one of the same name.
class BackboneCatalog
{
public:
    static QString userDirectory();
    static QStringList directories();
    /// Every backbone found, by name; damaged files are listed with their error.
    static QList<InstalledBackbone> installed();
    /// The path of the backbone called `name`; throws Error(BadInput) when there is none.
    static QString path(const QString &name);
    /// Where a backbone called `name` is written in the user's folder (created when missing);
    /// throws Error(BadInput) for names that are not a plain file name.
    static QString userPath(const QString &name);
    /// Names are 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.
    static bool isValidName(const QString &name);
};

} // namespace Atelier
