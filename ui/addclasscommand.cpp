#include "addclasscommand.h"

#include "projectdocument.h"
#include "projectstore.h"

namespace Atelier {

AddClassCommand::AddClassCommand(ProjectDocument *document, const QString &name)
    : DocumentCommand(document)
    , m_name(name.trimmed())
{
    setText(tr("New class “%1”").arg(m_name));
}

void AddClassCommand::apply()
{
    if (m_classId == 0)
        m_classId = document()->store().addClass(m_name).id;
    else
        ClassCatalog(document()->store()).undoRemove(m_removal);
    document()->notifyClassesChanged();
}

void AddClassCommand::revert()
{
    // Later edits that labelled images with the class were undone first: it is empty again.
    m_removal = ClassCatalog(document()->store()).remove(m_classId, false);
    document()->notifyClassesChanged();
}

} // namespace Atelier
