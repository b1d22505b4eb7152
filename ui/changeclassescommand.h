#pragma once

#include "documentcommand.h"
#include "projecttypes.h"

#include <QList>

#include <functional>

namespace Atelier {

class ClassCatalog;

/// Changes how the classes look and where they stand: colours, keys, order. Undone and redone by
/// restoring every class as it was before or after, so that a key taken from another class goes
/// back to it.
class ChangeClassesCommand : public DocumentCommand
{
public:
    using Change = std::function<void(ClassCatalog &catalog)>;

    /// `change` makes the edit (e.g. catalog.setColor(...)); `text` is what Undo names.
    ChangeClassesCommand(ProjectDocument *document, const QString &text, Change change);

protected:
    void apply() override;
    void revert() override;

private:
    void restore(const QList<ClassInfo> &classes);

    Change m_change;
    QList<ClassInfo> m_before;
    QList<ClassInfo> m_after;
    bool m_applied = false;
};

} // namespace Atelier
