#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atelier {

class ProjectStore;

/// A coarser label set over a project's classes, e.g. seven decorative styles mapped to four
/// countries. Training and evaluation can use it instead of the classes themselves.
/// Classes with no target are left out of a run that uses the mapping.
struct ClassMapping
{
    qint64 id = 0;
    QString name;
    QHash<qint64, QString> targetOfClass; ///< class id -> target label

    QStringList targets() const; ///< distinct target labels, sorted
};

/// The class-mapping tables of a project.
class ClassMappings
{
public:
    explicit ClassMappings(ProjectStore &store);

    QList<ClassMapping> all() const;
    std::optional<ClassMapping> byName(const QString &name) const;
    /// Creates the mapping, or replaces the one of the same name. Returns its id.
    qint64 save(const QString &name, const QHash<qint64, QString> &targetOfClass);
    void remove(const QString &name);

private:
    ProjectStore &m_store;
};

} // namespace Atelier
