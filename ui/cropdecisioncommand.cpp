#include "cropdecisioncommand.h"

#include "projectdocument.h"
#include "projectstore.h"

#include <QMap>

namespace Atelier {

CropDecisionCommand::CropDecisionCommand(ProjectDocument *document, const QList<qint64> &imageIds,
                                         BorderStatus status)
    : DocumentCommand(document)
    , m_imageIds(imageIds)
    , m_status(status)
{
    const int count = int(imageIds.size());
    setText(status == BorderStatus::Rejected ? tr("Reject the crop of %n image(s)", nullptr, count)
            : status == BorderStatus::Accepted ? tr("Accept the crop of %n image(s)", nullptr, count)
                                                : tr("Reopen the crop of %n image(s)", nullptr, count));
}

void CropDecisionCommand::apply()
{
    ProjectStore &store = document()->store();
    if (!m_previousKnown) {
        for (const qint64 id : std::as_const(m_imageIds))
            if (const auto rect = store.contentRect(id))
                m_previous.insert(id, rect->status);
        m_previousKnown = true;
    }
    store.setContentRectStatus(m_imageIds, m_status);
    document()->notifyContentRectsChanged(m_imageIds);
}

void CropDecisionCommand::revert()
{
    ProjectStore &store = document()->store();
    QMap<BorderStatus, QList<qint64>> byStatus;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it)
        byStatus[it.value()].append(it.key());
    ProjectStore::Transaction transaction(store);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        store.setContentRectStatus(it.value(), it.key());
    transaction.commit();
    document()->notifyContentRectsChanged(m_imageIds);
}

} // namespace Atelier
