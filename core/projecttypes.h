#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Atelier {

/// Whether an image's file is usable. Stored as an integer: never renumber.
enum class ImageStatus : int {
    Ok = 0,
    Missing = 1, ///< the file was not found at its path the last time it was looked for
};

/// One image of a project, as stored.
struct ImageRecord
{
    qint64 id = 0;
    QString path;      ///< as stored: relative to the project file's folder when below it, else absolute
    QByteArray sha256; ///< lowercase hex of the file's content
    qint64 byteSize = 0;
    int width = 0;     ///< as displayed, i.e. after EXIF orientation
    int height = 0;
    QString format;    ///< "JPEG", "PNG", "TIFF", "BMP", "WebP"
    qint64 mtimeMs = 0;
    ImageStatus status = ImageStatus::Ok;
    bool excluded = false;
    qint64 classId = 0; ///< the current label; 0 when unlabelled
};

/// A class (label) of a project.
struct ClassInfo
{
    qint64 id = 0;
    QString name;
    QString color;    ///< "#rrggbb"
    QString shortcut; ///< one key: "1".."9", then letters; empty when none is left
    int position = 0; ///< display order
    bool retired = false; ///< merged away or deleted; kept so that the label history names it
};

/// What an import adds to the store for one file.
struct NewImage
{
    QString path; ///< as it will be stored (see ProjectStore::storedPath)
    QByteArray sha256;
    qint64 byteSize = 0;
    int width = 0;
    int height = 0;
    QString format;
    qint64 mtimeMs = 0;
    qint64 classId = 0;
    QByteArray thumbnailJpeg;
    int thumbnailWidth = 0;
    int thumbnailHeight = 0;
    /// Computed from the thumbnail's pixels while importing (one decode serves both); empty:
    /// FingerprintTask computes it later.
    QByteArray fingerprint;
    int fingerprintVersion = 0;
};

/// One row of an image's label history.
struct LabelChange
{
    qint64 imageId = 0;
    qint64 oldClassId = 0; ///< 0: was unlabelled
    qint64 newClassId = 0; ///< 0: became unlabelled
    qint64 changedAtMs = 0;
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::ImageRecord)
Q_DECLARE_METATYPE(Atelier::ClassInfo)
