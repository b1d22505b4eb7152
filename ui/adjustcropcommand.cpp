#include "adjustcropcommand.h"

#include "projectdocument.h"
#include "projectstore.h"

namespace Atelier {

AdjustCropCommand::AdjustCropCommand(ProjectDocument *document, const ContentRect &before, const QRect &rect,
                                     const QString &fileName)
    : DocumentCommand(document)
    , m_before(before)
    , m_after(before)
{
    m_after.rect = rect;
    m_after.status = BorderStatus::Accepted;
    setText(tr("Adjust the crop of “%1”").arg(fileName));
}

void AdjustCropCommand::apply()
{
    document()->store().setContentRect(m_after);
    document()->notifyContentRectsChanged({m_after.imageId});
}

void AdjustCropCommand::revert()
{
    document()->store().setContentRect(m_before);
    document()->notifyContentRectsChanged({m_before.imageId});
}

} // namespace Atelier
