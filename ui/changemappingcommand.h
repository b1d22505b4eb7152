#pragma once

#include "classmappings.h"
#include "documentcommand.h"

#include <QCoreApplication>

#include <optional>

namespace Atelier {

/// Creates, edits or removes a class mapping. Undone by putting back the mapping as it was.
class ChangeMappingCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ChangeMappingCommand)

public:
    /// No targets: removes the mapping named `name`.
    ChangeMappingCommand(ProjectDocument *document, const QString &name,
                         std::optional<QHash<qint64, QString>> targetOfClass);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const std::optional<QHash<qint64, QString>> &targets);

    QString m_name;
    std::optional<QHash<qint64, QString>> m_after;
    std::optional<QHash<qint64, QString>> m_before;
};

} // namespace Atelier
