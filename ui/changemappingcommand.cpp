#include "changemappingcommand.h"

#include "projectdocument.h"

namespace Atelier {

ChangeMappingCommand::ChangeMappingCommand(ProjectDocument *document, const QString &name,
                                           std::optional<QHash<qint64, QString>> targetOfClass)
    : DocumentCommand(document)
    , m_name(name.trimmed())
    , m_after(std::move(targetOfClass))
{
    if (const auto existing = ClassMappings(document->store()).byName(m_name))
        m_before = existing->targetOfClass;
    if (!m_after)
        setText(tr("Remove the mapping “%1”").arg(m_name));
    else if (!m_before)
        setText(tr("New mapping “%1”").arg(m_name));
    else
        setText(tr("Edit the mapping “%1”").arg(m_name));
}

void ChangeMappingCommand::apply()
{
    write(m_after);
}

void ChangeMappingCommand::revert()
{
    write(m_before);
}

void ChangeMappingCommand::write(const std::optional<QHash<qint64, QString>> &targets)
{
    ClassMappings mappings(document()->store());
    if (targets)
        mappings.save(m_name, *targets);
    else
        mappings.remove(m_name);
    document()->notifyMappingsChanged();
}

} // namespace Atelier
