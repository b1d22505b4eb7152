#pragma once

#include "classcatalog.h"
#include "documentcommand.h"

#include <QCoreApplication>

namespace Atelier {

/// Deletes a class; its images, if any, become unlabelled. The class is retired, not erased, so
/// the history keeps its name and undoing brings it back with its images.
class DeleteClassCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::DeleteClassCommand)

public:
    DeleteClassCommand(ProjectDocument *document, const ClassInfo &info);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_classId;
    ClassCatalog::RemovalRecord m_record;
};

} // namespace Atelier
