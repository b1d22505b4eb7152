#include "renameclasscommand.h"

#include "classcatalog.h"
#include "projectdocument.h"

namespace Atelier {

RenameClassCommand::RenameClassCommand(ProjectDocument *document, qint64 classId, const QString &oldName,
                                       const QString &newName)
    : DocumentCommand(document)
    , m_classId(classId)
    , m_oldName(oldName)
    , m_newName(newName.trimmed())
{
    setText(tr("Rename “%1” to “%2”").arg(m_oldName, m_newName));
}

void RenameClassCommand::apply()
{
    ClassCatalog(document()->store()).rename(m_classId, m_newName);
    document()->notifyClassesChanged();
}

void RenameClassCommand::revert()
{
    ClassCatalog(document()->store()).rename(m_classId, m_oldName);
    document()->notifyClassesChanged();
}

} // namespace Atelier
