#include "documentcommand.h"

#include "error.h"
#include "projectdocument.h"

namespace Atelier {

DocumentCommand::DocumentCommand(ProjectDocument *document)
    : m_document(document)
{
}

void DocumentCommand::applyFirstTime()
{
    apply();
    m_appliedBeforePush = true;
}

void DocumentCommand::redo()
{
    // QUndoStack::push() redoes: the edit was already made by ProjectDocument::execute().
    if (m_appliedBeforePush) {
        m_appliedBeforePush = false;
        return;
    }
    try {
        apply();
    } catch (const Error &error) {
        setObsolete(true);
        emit m_document->editFailed(error.message());
    }
}

void DocumentCommand::undo()
{
    try {
        revert();
    } catch (const Error &error) {
        setObsolete(true);
        emit m_document->editFailed(error.message());
    }
}

} // namespace Atelier
