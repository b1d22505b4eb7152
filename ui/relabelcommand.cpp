#include "relabelcommand.h"

#include "projectdocument.h"
#include "projectstore.h"

namespace Atelier {

RelabelCommand::RelabelCommand(ProjectDocument *document, const QList<qint64> &imageIds, qint64 classId,
                               const QString &className)
    : DocumentCommand(document)
    , m_imageIds(imageIds)
    , m_classId(classId)
{
    const int count = int(imageIds.size());
    setText(classId == 0 ? tr("Remove the label of %n image(s)", nullptr, count)
                         : tr("Label %n image(s) as “%1”", nullptr, count).arg(className));
}

void RelabelCommand::apply()
{
    if (!m_previousKnown) {
        m_previous = document()->store().labelsOf(m_imageIds);
        m_previousKnown = true;
    }
    document()->setLabels(m_imageIds, m_classId);
}

void RelabelCommand::revert()
{
    document()->applyLabels(m_previous);
}

} // namespace Atelier
