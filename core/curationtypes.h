#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QRect>
#include <QString>

namespace Atelier {

/// Where a proposed content rectangle stands. Stored as an integer: never renumber.
enum class BorderStatus : int {
    None = 0,     ///< detection ran and found no added border: the content is the whole image
    Proposed = 1, ///< the detector found a border; nobody has looked at it yet
    Accepted = 2, ///< a curator agreed with the rectangle
    Rejected = 3, ///< a curator refused it: the whole image is the content
};

/// Whether a rectangle in this state is what training, export and prediction use: a proposal
/// counts until a curator rejects it.
inline bool cropApplies(BorderStatus status)
{
    return status == BorderStatus::Proposed || status == BorderStatus::Accepted;
}

/// The content of a scan without the border a museum added around it, in the original image's
/// pixel coordinates (as displayed, after EXIF orientation). The file itself is never changed.
struct ContentRect
{
    qint64 imageId = 0;
    QRect rect;
    BorderStatus status = BorderStatus::None;
    int detectorVersion = 0;
};

/// An image that a curation task could not use, and why (a missing or unreadable file).
struct CurationProblem
{
    qint64 imageId = 0;
    QString path; ///< absolute
    QString reason;
};

/// A stored fingerprint, still serialised (see ImageFingerprint::fromBytes).
struct StoredFingerprint
{
    qint64 imageId = 0;
    QByteArray data;
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::ContentRect)
