#pragma once

#include <QtGlobal>

namespace Atelier {

/// Which images the grid shows: all of them, the unlabelled ones, or those of one class.
struct GridFilter
{
    enum class Kind { All, Unlabelled, Class };

    Kind kind = Kind::All;
    qint64 classId = 0; ///< only for Kind::Class

    static GridFilter all() { return {}; }
    static GridFilter unlabelled() { return {Kind::Unlabelled, 0}; }
    static GridFilter ofClass(qint64 id) { return {Kind::Class, id}; }

    bool accepts(qint64 imageClassId) const
    {
        switch (kind) {
        case Kind::All:
            return true;
        case Kind::Unlabelled:
            return imageClassId == 0;
        case Kind::Class:
            return imageClassId == classId;
        }
        return true;
    }

    bool operator==(const GridFilter &other) const
    {
        return kind == other.kind && (kind != Kind::Class || classId == other.classId);
    }
    bool operator!=(const GridFilter &other) const { return !(*this == other); }
};

} // namespace Atelier
