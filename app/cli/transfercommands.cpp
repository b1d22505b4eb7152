#include "transfercommands.h"

#include "curationtypes.h"
#include "error.h"
#include "featurecache.h"
#include "featurecachetask.h"
#include "projectstore.h"
#include "similarity.h"
#include "terminalprogress.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace Atelier {

namespace {

/// The project: --project FILE, or the first argument when it is a project file (taken out of args).
QString takeProject(const QCommandLineParser &parser, QStringList &args)
{
    QString project;
    if (!args.isEmpty() && args.first().endsWith(QStringLiteral(".") + QLatin1String(ProjectStore::fileSuffix), Qt::CaseInsensitive))
        project = args.takeFirst();
    if (parser.isSet(QStringLiteral("project"))) {
        if (!project.isEmpty())
            throw UsageError{QStringLiteral("give the project once: as an argument or with --project")};
        project = parser.value(QStringLiteral("project"));
    }
    if (project.isEmpty())
        throw UsageError{QStringLiteral("give the project with --project FILE")};
    return project;
}

void addBackboneOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("backbone"), QStringLiteral("An installed backbone (default: the starter backbone; see "
                                                                 "'atelier-cli backbones')."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("layer"), QStringLiteral("The layer to read (default: the backbone's)."), QStringLiteral("LAYER")});
    parser.addOption({QStringLiteral("eval-crop"), QStringLiteral("The centred crop of the short side, as runs' data.eval_crop "
                                                                  "(default 0.875)."),
                      QStringLiteral("FRACTION")});
}

double evalCropOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("eval-crop")))
        return 0.875;
    bool ok = false;
    const double value = parser.value(QStringLiteral("eval-crop")).toDouble(&ok);
    if (!ok || value < 0.1 || value > 1.0)
        throw UsageError{QStringLiteral("--eval-crop takes a fraction from 0.1 to 1")};
    return value;
}

void warn(const GlobalOptions &options, const QString &text)
{
    if (!options.quiet)
        fprintf(stderr, "%s\n", qPrintable(text));
}

// ---------------------------------------------------------------------------------------------- features

class FeaturesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("features"); }
    QString summary() const override
    {
        return QStringLiteral("Compute and cache a pretrained backbone's features of a project's images, for quick "
                              "training (mode: features) and similar images.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier), or use --project."),
                                     QStringLiteral("[project]"));
        addBackboneOptions(parser);
        parser.addOption({QStringLiteral("prune"), QStringLiteral("Also drop cached features no image can use any more (changed "
                                                                  "crops, removed images, a replaced backbone file).")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QStringList args = positional(parser, 0, 1);
        FeatureCacheRequest request;
        request.projectFilePath = takeProject(parser, args);
        if (!args.isEmpty())
            throw UsageError{QStringLiteral("unexpected argument: %1").arg(args.first())};
        request.backbone = parser.value(QStringLiteral("backbone"));
        request.layer = parser.value(QStringLiteral("layer"));
        request.evalCrop = evalCropOption(parser);
        request.removeStale = parser.isSet(QStringLiteral("prune"));
        request.workers = options.threads;

        TerminalProgress progress(!options.quiet);
        const FeatureCacheResult result = FeatureCacheTask(request).run(&progress);
        progress.finish();
        if (result.canceled) {
            warn(options, QStringLiteral("Canceled; the features computed so far are cached"));
            return ExitCanceled;
        }
        FeatureCache::Summary summary;
        {
            const auto store = ProjectStore::open(request.projectFilePath);
            summary = FeatureCache(*store).summary();
        }
        QJsonArray problems;
        for (const QString &problem : result.problems) {
            problems.append(problem);
            warn(options, QStringLiteral("Not computed: %1").arg(problem));
        }
        const QJsonObject json{{QStringLiteral("backbone"), result.backbone},
                               {QStringLiteral("layer"), result.layer},
                               {QStringLiteral("dimension"), result.dimension},
                               {QStringLiteral("images"), result.images},
                               {QStringLiteral("computed"), result.computed},
                               {QStringLiteral("reused"), result.reused},
                               {QStringLiteral("removed"), result.removed},
                               {QStringLiteral("problems"), problems},
                               {QStringLiteral("seconds"), result.seconds},
                               {QStringLiteral("cache"), QJsonObject{{QStringLiteral("vectors"), summary.vectors},
                                                                     {QStringLiteral("bytes"), summary.bytes}}}};
        QString text = QStringLiteral("Features of %1 images (%2, layer %3, %4 values): %5 computed, %6 from the cache")
                           .arg(result.images)
                           .arg(result.backbone, result.layer)
                           .arg(result.dimension)
                           .arg(result.computed)
                           .arg(result.reused);
        if (!result.problems.isEmpty())
            text += QStringLiteral(", %1 unreadable").arg(result.problems.size());
        text += QStringLiteral(" in %1 s\n").arg(result.seconds, 0, 'f', 1);
        if (request.removeStale)
            text += QStringLiteral("Removed %1 stale vectors\n").arg(result.removed);
        text += QStringLiteral("Cache: %1 vectors, %2 MiB\n").arg(summary.vectors).arg(summary.bytes / 1048576.0, 0, 'f', 1);
        printResult(options, json, text);
        return result.images > 0 && result.computed + result.reused == 0 ? ExitBadInput : ExitSuccess;
    }
};

// ---------------------------------------------------------------------------------------------- similar

class SimilarCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("similar"); }
    QString summary() const override
    {
        return QStringLiteral("List the images of a project most similar to one of them (--image-id) or to a file, by a "
                              "pretrained backbone's features.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("An image file (of the project or not); the project "
                                                                             "file may come first."),
                                     QStringLiteral("[project] [image]"));
        addBackboneOptions(parser);
        parser.addOption({QStringLiteral("image-id"), QStringLiteral("An image of the project, by id."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("top"), QStringLiteral("How many similar images (default 8)."), QStringLiteral("K")});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QStringList args = positional(parser, 0, 2);
        const QString project = takeProject(parser, args);
        const bool byId = parser.isSet(QStringLiteral("image-id"));
        if (byId == !args.isEmpty() || args.size() > 1)
            throw UsageError{QStringLiteral("give either one image file or --image-id N")};
        qint64 imageId = 0;
        if (byId) {
            bool ok = false;
            imageId = parser.value(QStringLiteral("image-id")).toLongLong(&ok);
            if (!ok || imageId <= 0)
                throw UsageError{QStringLiteral("--image-id takes an image id (see 'atelier-cli info --images')")};
        }
        const int top = parser.isSet(QStringLiteral("top")) ? intOption(parser, QStringLiteral("top"), 1, 10000) : 8;

        // A file of the project is looked up as that image, through its content rectangle.
        const auto store = ProjectStore::open(project);
        QString file;
        QRect crop;
        if (!byId) {
            file = QFileInfo(args.first()).absoluteFilePath();
            if (!QFileInfo::exists(file))
                throw Error::badInput(QStringLiteral("%1 does not exist").arg(args.first()));
            if (const auto image = store->imageByPath(store->storedPath(file))) {
                imageId = image->id;
                if (const auto rect = store->contentRect(image->id); rect && cropApplies(rect->status))
                    crop = rect->rect;
            }
        } else if (!store->image(imageId)) {
            throw Error::badInput(QStringLiteral("The project has no image %1").arg(imageId));
        }

        SimilarityOptions similarity;
        similarity.backbone = parser.value(QStringLiteral("backbone"));
        similarity.layer = parser.value(QStringLiteral("layer"));
        similarity.evalCrop = evalCropOption(parser);
        similarity.workers = options.threads;
        TerminalProgress progress(!options.quiet);
        const std::unique_ptr<SimilarImages> index = SimilarImages::build(project, similarity, &progress);
        progress.finish();
        if (!index)
            return ExitCanceled;
        for (const QString &problem : index->problems())
            warn(options, QStringLiteral("Not indexed: %1").arg(problem));
        const QList<Neighbour> neighbours = imageId > 0 && index->contains(imageId) ? index->similarToImage(imageId, top)
                                            : byId ? index->similarToImage(imageId, top) // throws: not indexed
                                                   : index->similarToFile(file, crop, top);

        QJsonArray similar;
        QString text;
        for (const Neighbour &neighbour : neighbours) {
            const auto image = store->image(neighbour.imageId);
            const QString path = image ? store->absolutePath(image->path) : QString();
            const auto classInfo = image && image->classId > 0 ? store->classById(image->classId) : std::nullopt;
            const QString className = classInfo ? classInfo->name : QString();
            similar.append(QJsonObject{{QStringLiteral("imageId"), neighbour.imageId},
                                       {QStringLiteral("path"), path},
                                       {QStringLiteral("class"), className},
                                       {QStringLiteral("similarity"), double(neighbour.similarity)}});
            text += QStringLiteral("%1  %2%3\n")
                        .arg(QString::number(neighbour.similarity, 'f', 3), path,
                             className.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(className));
        }
        const QJsonObject query{{QStringLiteral("imageId"), imageId}, {QStringLiteral("path"), file}};
        printResult(options,
                    {{QStringLiteral("query"), query},
                     {QStringLiteral("backbone"), index->backbone()},
                     {QStringLiteral("layer"), index->layer()},
                     {QStringLiteral("indexed"), index->size()},
                     {QStringLiteral("similar"), similar}},
                    text.isEmpty() ? QStringLiteral("No other image is indexed") : text);
        return ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> transferCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<FeaturesCommand>());
    commands.push_back(std::make_unique<SimilarCommand>());
    return commands;
}

} // namespace Atelier
