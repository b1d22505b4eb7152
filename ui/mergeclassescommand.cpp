#include "mergeclassescommand.h"

#include "projectdocument.h"

namespace Atelier {

MergeClassesCommand::MergeClassesCommand(ProjectDocument *document, const ClassInfo &source,
                                         const ClassInfo &target)
    : DocumentCommand(document)
    , m_sourceId(source.id)
    , m_targetId(target.id)
{
    setText(tr("Merge “%1” into “%2”").arg(source.name, target.name));
}

void MergeClassesCommand::apply()
{
    m_record = ClassCatalog(document()->store()).merge({m_sourceId}, m_targetId);
    QHash<qint64, qint64> moved;
    for (auto it = m_record.previousLabels.cbegin(); it != m_record.previousLabels.cend(); ++it)
        moved.insert(it.key(), m_targetId);
    document()->notifyClassesChanged();
    document()->notifyLabelsChanged(moved);
}

void MergeClassesCommand::revert()
{
    ClassCatalog(document()->store()).undoMerge(m_record);
    document()->notifyClassesChanged();
    document()->notifyLabelsChanged(m_record.previousLabels);
}

} // namespace Atelier
