#include "imagedrag.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeData>

namespace Atelier::ImageDrag {

QString mimeType()
{
    return QStringLiteral("application/x-atelier-image-ids");
}

void write(QMimeData *data, const QString &projectFilePath, const QList<qint64> &imageIds)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << QFileInfo(projectFilePath).absoluteFilePath() << imageIds;
    data->setData(mimeType(), bytes);
}

QList<qint64> read(const QMimeData *data, const QString &projectFilePath)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QDataStream stream(data->data(mimeType()));
    QString project;
    QList<qint64> imageIds;
    stream >> project >> imageIds;
    if (stream.status() != QDataStream::Ok || project != QFileInfo(projectFilePath).absoluteFilePath())
        return {};
    return imageIds;
}

bool carriesImages(const QMimeData *data)
{
    return data && data->hasFormat(mimeType());
}

} // namespace Atelier::ImageDrag
