#include "droppedfiles.h"

#include "projectstore.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace Atelier {

DroppedFiles DroppedFiles::fromMimeData(const QMimeData *mimeData)
{
    DroppedFiles dropped;
    if (!mimeData || !mimeData->hasUrls())
        return dropped;
    const QString projectSuffix = QString::fromLatin1(ProjectStore::fileSuffix);
    for (const QUrl &url : mimeData->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (!info.exists())
            continue;
        if (info.isFile() && info.suffix().compare(projectSuffix, Qt::CaseInsensitive) == 0)
            dropped.projects.append(info.absoluteFilePath());
        else
            dropped.imports.append(info.absoluteFilePath());
    }
    return dropped;
}

} // namespace Atelier
