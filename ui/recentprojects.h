#pragma once

#include <QObject>
#include <QStringList>

namespace Atelier {

/// The recently opened projects, newest first, remembered in the settings.
/// Projects whose file is gone are dropped when the list is read.
class RecentProjects : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 10;

    explicit RecentProjects(QObject *parent = nullptr);

    /// The existing projects, newest first; the ones whose file is gone are forgotten.
    QStringList files();
    /// Puts the project at the top of the list.
    void add(const QString &filePath);
    void remove(const QString &filePath);
    void clear();

signals:
    void changed();

private:
    void save(const QStringList &files);
};

} // namespace Atelier
