#pragma once

#include "documentcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Atelier {

/// Labels images with one class, or removes their label. Undone by giving each image back the
/// label it had; both ways are recorded in the label history.
class RelabelCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::RelabelCommand)

public:
    /// `className` names the class in the undo text; classId 0 removes the labels.
    RelabelCommand(ProjectDocument *document, const QList<qint64> &imageIds, qint64 classId,
                   const QString &className);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_imageIds;
    qint64 m_classId;
    QHash<qint64, qint64> m_previous; ///< image id -> its class before the edit
    bool m_previousKnown = false;
};

} // namespace Atelier
