#pragma once

#include "curationtypes.h"
#include "documentcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Atelier {

/// Accepts or rejects the proposed content rectangles of images (rejected: the whole image is the
/// content). Undone by giving each rectangle back the status it had. Files are never changed.
class CropDecisionCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::CropDecisionCommand)

public:
    CropDecisionCommand(ProjectDocument *document, const QList<qint64> &imageIds, BorderStatus status);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_imageIds;
    BorderStatus m_status;
    QHash<qint64, BorderStatus> m_previous;
    bool m_previousKnown = false;
};

} // namespace Atelier
