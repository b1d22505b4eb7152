#pragma once

#include "curationtypes.h"
#include "documentcommand.h"

#include <QCoreApplication>

namespace Atelier {

/// Moves the edges of an image's content rectangle; the curator's rectangle is accepted as it is.
/// Undone by putting back the rectangle and status it had. Files are never changed.
class AdjustCropCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::AdjustCropCommand)

public:
    /// `before` is the stored rectangle; `rect` its new place, in the original image's pixels.
    AdjustCropCommand(ProjectDocument *document, const ContentRect &before, const QRect &rect,
                      const QString &fileName);

protected:
    void apply() override;
    void revert() override;

private:
    ContentRect m_before;
    ContentRect m_after;
};

} // namespace Atelier
