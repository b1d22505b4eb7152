#include "duplicatemember.h"

#include <tuple>

namespace Atelier::KeeperChoice {

namespace {
bool isLossless(const QString &format)
{
    return format == QLatin1String("PNG") || format == QLatin1String("TIFF") || format == QLatin1String("BMP");
}
} // namespace

qint64 suggest(const QList<DuplicateMember> &members)
{
    const DuplicateMember *best = nullptr;
    const auto rank = [](const DuplicateMember &member) {
        const qint64 pixels = qint64(member.width) * member.height;
        const double bytesPerPixel = pixels > 0 ? double(member.byteSize) / double(pixels) : 0.0;
        return std::make_tuple(pixels, isLossless(member.format), bytesPerPixel);
    };
    for (const DuplicateMember &member : members) {
        // Strictly better only: ties keep the earlier import (members come in id order).
        if (!best || rank(member) > rank(*best))
            best = &member;
    }
    return best ? best->imageId : 0;
}

} // namespace Atelier::KeeperChoice
