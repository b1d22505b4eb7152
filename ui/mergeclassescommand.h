#pragma once

#include "classcatalog.h"
#include "documentcommand.h"

#include <QCoreApplication>

namespace Atelier {

/// Moves every image of a class to another class and retires the first. The moves are recorded
/// in the label history; undoing brings the class back with its images.
class MergeClassesCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::MergeClassesCommand)

public:
    MergeClassesCommand(ProjectDocument *document, const ClassInfo &source, const ClassInfo &target);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_sourceId;
    qint64 m_targetId;
    ClassCatalog::MergeRecord m_record;
};

} // namespace Atelier
