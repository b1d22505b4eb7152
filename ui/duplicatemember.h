#pragma once

#include <QList>
#include <QString>

namespace Atelier {

/// One image of a duplicate group, as the duplicates view shows it.
struct DuplicateMember
{
    qint64 imageId = 0;
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    QString format; ///< "JPEG", "PNG", ...
    QString path;   ///< as stored
    qint64 classId = 0;
    bool excluded = false;
};

/// Which copy of a duplicate group to keep: the highest resolution; among equals a lossless file,
/// then the least compressed one (the most bytes per pixel); then the first imported.
namespace KeeperChoice {

qint64 suggest(const QList<DuplicateMember> &members);

} // namespace KeeperChoice
} // namespace Atelier
