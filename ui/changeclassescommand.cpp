#include "changeclassescommand.h"

#include "classcatalog.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <QSet>

namespace Atelier {

ChangeClassesCommand::ChangeClassesCommand(ProjectDocument *document, const QString &text, Change change)
    : DocumentCommand(document)
    , m_change(std::move(change))
{
    setText(text);
}

void ChangeClassesCommand::apply()
{
    ProjectStore &store = document()->store();
    if (m_applied) {
        restore(m_after);
    } else {
        m_before = store.classes();
        ClassCatalog catalog(store);
        m_change(catalog);
        m_after = store.classes();
        m_applied = true;
    }
    document()->notifyClassesChanged();
}

void ChangeClassesCommand::revert()
{
    restore(m_before);
    document()->notifyClassesChanged();
}

void ChangeClassesCommand::restore(const QList<ClassInfo> &classes)
{
    ProjectStore &store = document()->store();
    ClassCatalog catalog(store);
    ProjectStore::Transaction transaction(store);

    // Classes added since (an import) keep their relative order after the restored ones.
    const QList<ClassInfo> current = store.classes();
    QSet<qint64> active;
    for (const ClassInfo &info : current)
        active.insert(info.id);
    QList<qint64> order;
    QSet<qint64> listed;
    for (const ClassInfo &info : classes) {
        if (active.contains(info.id)) {
            order.append(info.id);
            listed.insert(info.id);
        }
    }
    for (const ClassInfo &info : current)
        if (!listed.contains(info.id))
            order.append(info.id);
    catalog.reorder(order);

    // Keys move between classes: free every key that changes before handing them back.
    for (const ClassInfo &now : current) {
        for (const ClassInfo &then : classes) {
            if (then.id == now.id && then.shortcut != now.shortcut)
                catalog.setShortcut(now.id, QString());
        }
    }
    for (const ClassInfo &info : classes) {
        if (!listed.contains(info.id))
            continue;
        catalog.setColor(info.id, info.color);
        if (!info.shortcut.isEmpty())
            catalog.setShortcut(info.id, info.shortcut);
    }
    transaction.commit();
}

} // namespace Atelier
