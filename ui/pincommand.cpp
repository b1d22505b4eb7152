#include "pincommand.h"

#include "projectdocument.h"
#include "projectstore.h"
#include "splitnames.h"
#include "splitstore.h"

#include <QMap>

namespace Atelier {

PinCommand::PinCommand(ProjectDocument *document, const QList<qint64> &imageIds, std::optional<Split> split)
    : DocumentCommand(document)
    , m_imageIds(imageIds)
    , m_split(split)
{
    const int count = int(imageIds.size());
    setText(split ? tr("Pin %n image(s) to %1", nullptr, count).arg(SplitNames::displayName(*split))
                  : tr("Unpin %n image(s)", nullptr, count));
}

void PinCommand::apply()
{
    ProjectStore &store = document()->store();
    SplitStore splits(store);
    if (!m_previousKnown) {
        const QHash<qint64, Split> pins = splits.pins();
        for (const qint64 id : std::as_const(m_imageIds))
            if (const auto it = pins.constFind(id); it != pins.cend())
                m_previous.insert(id, it.value());
        m_previousKnown = true;
    }
    if (m_split)
        splits.pin(m_imageIds, *m_split);
    else
        splits.unpin(m_imageIds);
    document()->notifySplitsChanged();
}

void PinCommand::revert()
{
    ProjectStore &store = document()->store();
    SplitStore splits(store);
    QMap<Split, QList<qint64>> bySplit;
    QList<qint64> unpinned;
    for (const qint64 id : std::as_const(m_imageIds)) {
        if (const auto it = m_previous.constFind(id); it != m_previous.cend())
            bySplit[it.value()].append(id);
        else
            unpinned.append(id);
    }
    ProjectStore::Transaction transaction(store);
    splits.unpin(unpinned);
    for (auto it = bySplit.cbegin(); it != bySplit.cend(); ++it)
        splits.pin(it.value(), it.key());
    transaction.commit();
    document()->notifySplitsChanged();
}

} // namespace Atelier
