#pragma once

#include "datasetsplit.h"
#include "documentcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Atelier {

/// Pins images to a split, whatever the next assignment draws, or unpins them. Undone by giving
/// each image back the pin it had.
class PinCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::PinCommand)

public:
    /// No split: unpins.
    PinCommand(ProjectDocument *document, const QList<qint64> &imageIds, std::optional<Split> split);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_imageIds;
    std::optional<Split> m_split;
    QHash<qint64, Split> m_previous; ///< the pins the images had
    bool m_previousKnown = false;
};

} // namespace Atelier
