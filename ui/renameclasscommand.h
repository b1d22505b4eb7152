#pragma once

#include "documentcommand.h"

#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// Gives a class another name. Its images and history keep pointing at it.
class RenameClassCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::RenameClassCommand)

public:
    RenameClassCommand(ProjectDocument *document, qint64 classId, const QString &oldName, const QString &newName);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_classId;
    QString m_oldName;
    QString m_newName;
};

} // namespace Atelier
