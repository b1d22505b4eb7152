#pragma once

#include "classcatalog.h"
#include "documentcommand.h"

#include <QCoreApplication>

namespace Atelier {

/// Creates a class, with the next free colour and key. Undone by retiring it while it is empty;
/// redone by bringing the same class back.
class AddClassCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::AddClassCommand)

public:
    AddClassCommand(ProjectDocument *document, const QString &name);

    /// The new class; 0 until the command has been applied.
    qint64 classId() const { return m_classId; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_name;
    qint64 m_classId = 0;
    ClassCatalog::RemovalRecord m_removal;
};

} // namespace Atelier
