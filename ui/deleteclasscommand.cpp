#include "deleteclasscommand.h"

#include "projectdocument.h"

namespace Atelier {

DeleteClassCommand::DeleteClassCommand(ProjectDocument *document, const ClassInfo &info)
    : DocumentCommand(document)
    , m_classId(info.id)
{
    setText(tr("Delete class “%1”").arg(info.name));
}

void DeleteClassCommand::apply()
{
    m_record = ClassCatalog(document()->store()).remove(m_classId, true);
    QHash<qint64, qint64> unlabelled;
    for (const qint64 id : std::as_const(m_record.images))
        unlabelled.insert(id, 0);
    document()->notifyClassesChanged();
    document()->notifyLabelsChanged(unlabelled);
}

void DeleteClassCommand::revert()
{
    ClassCatalog(document()->store()).undoRemove(m_record);
    QHash<qint64, qint64> relabelled;
    for (const qint64 id : std::as_const(m_record.images))
        relabelled.insert(id, m_classId);
    document()->notifyClassesChanged();
    document()->notifyLabelsChanged(relabelled);
}

} // namespace Atelier
