#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace Atelier {

namespace {
const QString SettingsKey = QStringLiteral("recentProjects");

QString canonical(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString canonicalPath = info.canonicalFilePath();
    return canonicalPath.isEmpty() ? info.absoluteFilePath() : canonicalPath;
}
} // namespace

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentProjects::files()
{
    const QStringList stored = QSettings().value(SettingsKey).toStringList();
    QStringList existing;
    for (const QString &file : stored)
        if (QFileInfo::exists(file) && !existing.contains(file))
            existing.append(file);
    if (existing != stored)
        save(existing);
    return existing.mid(0, MaxCount);
}

void RecentProjects::add(const QString &filePath)
{
    const QString path = canonical(filePath);
    QStringList list = QSettings().value(SettingsKey).toStringList();
    list.removeAll(path);
    list.prepend(path);
    save(list.mid(0, MaxCount));
    emit changed();
}

void RecentProjects::remove(const QString &filePath)
{
    QStringList list = QSettings().value(SettingsKey).toStringList();
    if (list.removeAll(canonical(filePath)) + list.removeAll(filePath) == 0)
        return;
    save(list);
    emit changed();
}

void RecentProjects::clear()
{
    save({});
    emit changed();
}

void RecentProjects::save(const QStringList &files)
{
    QSettings().setValue(SettingsKey, files);
}

} // namespace Atelier
