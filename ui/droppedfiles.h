#pragma once

#include <QStringList>

class QMimeData;

namespace Atelier {

/// What was dropped on the window, sorted by what the studio does with it.
struct DroppedFiles
{
    QStringList projects; ///< `.atelier` files: opened
    QStringList imports;  ///< images, folders and list files: imported into the open project

    bool isEmpty() const { return projects.isEmpty() && imports.isEmpty(); }

    /// Local files and folders among the mime data's URLs; anything else is ignored.
    static DroppedFiles fromMimeData(const QMimeData *mimeData);
};

} // namespace Atelier
