#include "projectexporter.h"

#include "curationtypes.h"
#include "error.h"
#include "imagedecoder.h"
#include "progress.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <cstring>
#include <limits>

namespace Atelier {

namespace {

// Class names become folder names: keep them readable but never let them escape the target.
QString safeFolderName(const QString &name)
{
    QString result = name;
    result.replace(QLatin1Char('/'), QLatin1Char('_'));
    result.replace(QLatin1Char('\\'), QLatin1Char('_'));
    result.remove(QChar(0));
    if (result == QLatin1String(".") || result == QLatin1String("..") || result.trimmed().isEmpty())
        result = QStringLiteral("_") + result;
    return result;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The part of an image inside its content rectangle.
RgbImage cropped(const RgbImage &image, const QRect &rect)
{
    const QRect inside = rect.intersected(QRect(0, 0, image.width, image.height));
    RgbImage result;
    result.width = inside.width();
    result.height = inside.height();
    result.pixels.resize(qsizetype(result.width) * result.height * 3);
    for (int y = 0; y < result.height; ++y)
        memcpy(result.pixels.data() + qsizetype(y) * result.width * 3,
               image.pixels.constData() + (qsizetype(inside.y() + y) * image.width + inside.x()) * 3,
               size_t(result.width) * 3);
    return result;
}

/// Writes the content of a bordered scan: JPEG sources stay JPEG (quality 95), others become PNG.
void writeCropped(const QString &source, const QRect &rect, const QString &destination)
{
    ImageDecoder::Options options;
    options.maxPixels = std::numeric_limits<qint64>::max();
    const RgbImage content = cropped(ImageDecoder::decodeFile(source, options), rect);
    const bool jpeg = destination.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive) ||
                      destination.endsWith(QLatin1String(".jpeg"), Qt::CaseInsensitive);
    const QByteArray bytes = jpeg ? ImageDecoder::encodeJpeg(content, 95) : ImageDecoder::encodePng(content);
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error::failure(ProjectExporter::tr("Cannot write %1: %2").arg(destination, file.errorString()));
}

bool isExportable(const ImageRecord &image)
{
    return image.classId > 0 && !image.excluded && image.status == ImageStatus::Ok;
}

} // namespace

ProjectExporter::Result ProjectExporter::exportImageFolder(const ProjectStore &store, const QString &dir,
                                                           ProgressObserver *observer)
{
    QDir target(dir);
    if (target.exists() && !target.isEmpty())
        throw Error::badInput(tr("%1 is not empty: export into a new or empty folder").arg(target.absolutePath()));
    if (!QDir().mkpath(target.absolutePath()))
        throw Error::failure(tr("Cannot create %1").arg(target.absolutePath()));

    QHash<qint64, QString> classFolders;
    for (const ClassInfo &info : store.classes())
        classFolders.insert(info.id, safeFolderName(info.name));

    QHash<qint64, QRect> crops;
    for (const ContentRect &rect : store.contentRects())
        if (cropApplies(rect.status))
            crops.insert(rect.imageId, rect.rect);

    const QList<ImageRecord> images = store.images();
    if (observer)
        observer->phase(tr("Exporting"), images.size());
    Result result;
    QHash<QString, int> usedNames;
    qint64 done = 0;
    for (const ImageRecord &image : images) {
        if (observer) {
            if (observer->isCanceled())
                break;
            observer->progress(done++, images.size());
        }
        if (!isExportable(image)) {
            ++result.skipped;
            continue;
        }
        const QString source = store.absolutePath(image.path);
        if (!QFileInfo::exists(source)) {
            ++result.skipped;
            continue;
        }
        const QString folder = classFolders.value(image.classId);
        if (!target.mkpath(folder))
            throw Error::failure(tr("Cannot create %1").arg(target.filePath(folder)));

        // Two classes' files may share a name: keep both by numbering the later ones.
        const QFileInfo info(source);
        QString name = info.fileName();
        const QString key = folder + QLatin1Char('/') + name;
        if (const int seen = usedNames.value(key); seen > 0)
            name = QStringLiteral("%1_%2.%3").arg(info.completeBaseName()).arg(seen + 1).arg(info.suffix());
        usedNames[key] += 1;

        QString destination = target.filePath(folder + QLatin1Char('/') + name);
        // A scan with a museum border is exported without it; the original is never changed.
        const auto crop = crops.constFind(image.id);
        if (crop != crops.constEnd() && *crop != QRect(0, 0, image.width, image.height)) {
            const QString suffix = info.suffix().toLower();
            if (suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg") && suffix != QLatin1String("png"))
                destination = destination.left(destination.size() - suffix.size()) + QStringLiteral("png");
            writeCropped(source, *crop, destination);
            ++result.cropped;
        } else if (!QFile::copy(source, destination)) {
            throw Error::failure(tr("Cannot copy %1 to %2").arg(source, destination));
        }
        ++result.written;
    }
    if (observer)
        observer->progress(images.size(), images.size());
    return result;
}

ProjectExporter::Result ProjectExporter::exportCsv(const ProjectStore &store, const QString &csvPath)
{
    QHash<qint64, QString> classNames;
    for (const ClassInfo &info : store.classes())
        classNames.insert(info.id, info.name);

    Result result;
    QByteArray csv = "path,label\n";
    for (const ImageRecord &image : store.images()) {
        if (!isExportable(image)) {
            ++result.skipped;
            continue;
        }
        csv += csvField(store.absolutePath(image.path)).toUtf8() + ',' + csvField(classNames.value(image.classId)).toUtf8() + '\n';
        ++result.written;
    }
    // Written to a temporary file and renamed: an interrupted export never leaves half a CSV.
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        throw Error::failure(tr("Cannot write %1: %2").arg(csvPath, file.errorString()));
    return result;
}

} // namespace Atelier
