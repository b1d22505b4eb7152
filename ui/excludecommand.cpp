#include "excludecommand.h"

#include "projectdocument.h"
#include "projectstore.h"

namespace Atelier {

ExcludeCommand::ExcludeCommand(ProjectDocument *document, const QList<qint64> &imageIds, bool exclude)
    : DocumentCommand(document)
    , m_excluding(exclude ? imageIds : QList<qint64>())
    , m_including(exclude ? QList<qint64>() : imageIds)
{
    const int count = int(imageIds.size());
    setText(exclude ? tr("Exclude %n image(s)", nullptr, count) : tr("Include %n image(s)", nullptr, count));
}

ExcludeCommand::ExcludeCommand(ProjectDocument *document, const QList<qint64> &excluding,
                               const QList<qint64> &including, const QString &text)
    : DocumentCommand(document)
    , m_excluding(excluding)
    , m_including(including)
{
    setText(text);
}

void ExcludeCommand::apply()
{
    write(m_excluding, m_including);
}

void ExcludeCommand::revert()
{
    write(m_including, m_excluding);
}

void ExcludeCommand::write(const QList<qint64> &excluding, const QList<qint64> &including)
{
    // Both in one transaction, announced once it is written.
    ProjectStore &store = document()->store();
    ProjectStore::Transaction transaction(store);
    store.setExcluded(excluding, true);
    store.setExcluded(including, false);
    transaction.commit();
    document()->notifyExclusionChanged(excluding, true);
    document()->notifyExclusionChanged(including, false);
}

} // namespace Atelier
