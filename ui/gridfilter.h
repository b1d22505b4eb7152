#pragma once

#include <QString>
#include <QtGlobal>

namespace Atelier {

/// Which images the grid shows: the choice of the class list (all images, the unlabelled ones or
/// one class), narrowed by the options of the filter bar. An image is shown when all of them hold.
struct GridFilter
{
    enum class Kind { All, Unlabelled, Class };
    /// Where the images are in the current split version.
    enum class SplitPart { Any, Train, Validation, Test, Unassigned };

    Kind kind = Kind::All;
    qint64 classId = 0;          ///< only for Kind::Class
    bool excludedOnly = false;
    bool duplicatesOnly = false; ///< images in an exact or near duplicate group
    SplitPart split = SplitPart::Any;
    QString text;                ///< part of the file's path, in any case

    static GridFilter all() { return {}; }
    static GridFilter unlabelled()
    {
        GridFilter filter;
        filter.kind = Kind::Unlabelled;
        return filter;
    }
    static GridFilter ofClass(qint64 id)
    {
        GridFilter filter;
        filter.kind = Kind::Class;
        filter.classId = id;
        return filter;
    }

    bool acceptsClass(qint64 imageClassId) const
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

    /// Whether both make the same choice in the class list, whatever their options.
    bool sameClassChoice(const GridFilter &other) const
    {
        return kind == other.kind && (kind != Kind::Class || classId == other.classId);
    }

    /// Whether an option of the filter bar narrows the class list's choice.
    bool hasOptions() const
    {
        return excludedOnly || duplicatesOnly || split != SplitPart::Any || !text.isEmpty();
    }

    /// These options with the class choice of `choice`.
    GridFilter withClassChoice(const GridFilter &choice) const
    {
        GridFilter result = *this;
        result.kind = choice.kind;
        result.classId = choice.kind == Kind::Class ? choice.classId : 0;
        return result;
    }

    bool operator==(const GridFilter &other) const
    {
        return sameClassChoice(other) && excludedOnly == other.excludedOnly
               && duplicatesOnly == other.duplicatesOnly && split == other.split && text == other.text;
    }
    bool operator!=(const GridFilter &other) const { return !(*this == other); }
};

/// The order of the grid. Ties keep the import order.
struct GridSort
{
    enum class Key { ImportOrder, Name, Modified, Size };

    Key key = Key::ImportOrder;
    bool descending = false;

    bool operator==(const GridSort &other) const { return key == other.key && descending == other.descending; }
    bool operator!=(const GridSort &other) const { return !(*this == other); }
};

} // namespace Atelier
