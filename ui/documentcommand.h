#pragma once

#include <QUndoCommand>

namespace Atelier {

class ProjectDocument;

/// An edit of the open project that can be undone: each kind of edit is a subclass, which writes
/// through the core in one transaction and keeps what it needs to revert the edit exactly.
///
/// ProjectDocument::execute() makes the edit once before the command goes on the undo stack, so
/// that an edit that cannot be made is reported and never stacked. When an undo or a redo fails
/// later (the project was changed by another program meanwhile), the document reports it and the
/// command leaves the stack.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(ProjectDocument *document);

    void undo() final;
    void redo() final;

protected:
    /// Makes the edit; throws Error, leaving the project as it was, when it cannot.
    virtual void apply() = 0;
    /// Reverts what apply() did; throws Error like it.
    virtual void revert() = 0;

    ProjectDocument *document() const { return m_document; }

private:
    friend class ProjectDocument;
    void applyFirstTime();

    ProjectDocument *m_document;
    bool m_appliedBeforePush = false;
};

} // namespace Atelier
