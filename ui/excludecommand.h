#pragma once

#include "documentcommand.h"

#include <QCoreApplication>
#include <QList>

namespace Atelier {

/// Leaves images out of curation and training, or brings them back; both at once when a
/// duplicate group is resolved (the keeper in, the copies out). Files are never touched.
class ExcludeCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ExcludeCommand)

public:
    /// `imageIds` are the images whose state changes: undoing gives them the other state back.
    ExcludeCommand(ProjectDocument *document, const QList<qint64> &imageIds, bool exclude);
    /// Excludes some images and includes others, as one edit named `text`.
    ExcludeCommand(ProjectDocument *document, const QList<qint64> &excluding, const QList<qint64> &including,
                   const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QList<qint64> &excluding, const QList<qint64> &including);

    QList<qint64> m_excluding;
    QList<qint64> m_including;
};

} // namespace Atelier
