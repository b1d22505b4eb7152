#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace Atelier {

/// The images carried by a drag from the grid: their ids, and the project they belong to, so
/// that a drop into another project's window does not label the wrong images.
namespace ImageDrag {

QString mimeType();
void write(QMimeData *data, const QString &projectFilePath, const QList<qint64> &imageIds);
/// The ids carried, or none when the drag comes from another project or is not a grid drag.
QList<qint64> read(const QMimeData *data, const QString &projectFilePath);
bool carriesImages(const QMimeData *data);

} // namespace ImageDrag
} // namespace Atelier
