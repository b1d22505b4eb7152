#include "projectcommands.h"

#include "computeruntime.h"
#include "demoproject.h"
#include "error.h"
#include "importtask.h"
#include "projectexporter.h"
#include "projectstore.h"
#include "terminalprogress.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QThread>

namespace Atelier {

namespace {

QString projectArgumentHelp()
{
    return QStringLiteral("Project file (*.atelier).");
}

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create a new, empty project."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), projectArgumentHelp());
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        QString path = positional(parser, 1, 1).first();
        if (!path.endsWith(QStringLiteral(".atelier")))
            path += QStringLiteral(".atelier");
        const auto store = ProjectStore::create(path);
        printResult(options,
                    {{QStringLiteral("project"), store->filePath()},
                     {QStringLiteral("schemaVersion"), store->schemaVersion()}},
                    QStringLiteral("Created %1").arg(store->filePath()));
        return ExitSuccess;
    }
};

QJsonObject reportToJson(const QString &project, const ImportReport &report, int threads)
{
    QJsonArray problems;
    for (const ImportProblem &problem : report.problems)
        problems.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("reason"), problem.reason}});
    return {
        {QStringLiteral("project"), project},
        {QStringLiteral("filesFound"), report.filesFound},
        {QStringLiteral("added"), report.added},
        {QStringLiteral("alreadyInProject"), report.alreadyInProject},
        {QStringLiteral("labelled"), report.labelled},
        {QStringLiteral("newClasses"), QJsonArray::fromStringList(report.newClasses)},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("canceled"), report.canceled},
        {QStringLiteral("seconds"), report.seconds},
        {QStringLiteral("imagesPerSecond"), report.seconds > 0 ? report.added / report.seconds : 0.0},
        {QStringLiteral("threads"), threads},
    };
}

QString reportToText(const ImportReport &report)
{
    QString text = QStringLiteral("Imported %1 of %2 files in %3 s")
                       .arg(report.added)
                       .arg(report.filesFound)
                       .arg(report.seconds, 0, 'f', 1);
    if (report.alreadyInProject > 0)
        text += QStringLiteral("; %1 already in the project").arg(report.alreadyInProject);
    if (!report.newClasses.isEmpty())
        text += QStringLiteral("; new classes: %1").arg(report.newClasses.join(QStringLiteral(", ")));
    if (report.canceled)
        text += QStringLiteral("\nInterrupted: the images imported so far were kept.");
    if (!report.problems.isEmpty()) {
        text += QStringLiteral("\n%1 files not imported:").arg(report.problems.size());
        for (const ImportProblem &problem : report.problems)
            text += QStringLiteral("\n  %1: %2").arg(problem.path, problem.reason);
    }
    return text;
}

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import image files, folders (recursively) and CSV lists (path,label) into a project.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), projectArgumentHelp());
        parser.addPositionalArgument(QStringLiteral("inputs"), QStringLiteral("Files, folders or CSV lists."),
                                     QStringLiteral("inputs..."));
        parser.addOption({QStringLiteral("no-folder-labels"),
                          QStringLiteral("Do not label images by their first-level folder name.")});
        parser.addOption({QStringLiteral("max-megapixels"),
                          QStringLiteral("Refuse images larger than this (default 250)."), QStringLiteral("MP"),
                          QStringLiteral("250")});
        parser.addOption({QStringLiteral("thumbnail-size"),
                          QStringLiteral("Longest side of stored thumbnails (default 256)."), QStringLiteral("PX"),
                          QStringLiteral("256")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QStringList args = positional(parser, 2);
        ImportParams params;
        params.inputs = args.mid(1);
        params.folderNamesAsLabels = !parser.isSet(QStringLiteral("no-folder-labels"));
        params.maxPixels = qint64(intOption(parser, QStringLiteral("max-megapixels"), 1, 100000)) * 1000000;
        params.thumbnailSize = intOption(parser, QStringLiteral("thumbnail-size"), 32, 1024);
        params.threads = options.threads;

        const QString project = QFileInfo(args.first()).absoluteFilePath();
        ProjectStore::open(project); // refuse a bad project before scanning anything
        TerminalProgress progress(!options.quiet);
        ImportTask task(project, params);
        const ImportReport report = task.run(&progress);
        progress.finish();
        const int threads = params.threads > 0 ? params.threads : QThread::idealThreadCount();
        printResult(options, reportToJson(project, report, threads), reportToText(report));
        return report.canceled ? ExitCanceled : ExitSuccess;
    }
};

class InfoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QStringLiteral("Describe a project: images, classes and counts, formats; and the compute runtime.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), projectArgumentHelp());
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const auto store = ProjectStore::open(positional(parser, 1, 1).first());
        const QList<ImageRecord> images = store->images();
        const QHash<qint64, qint64> counts = store->labelCounts();

        qint64 bytes = 0;
        int excluded = 0;
        QMap<QString, int> formats;
        for (const ImageRecord &image : images) {
            bytes += image.byteSize;
            excluded += image.excluded ? 1 : 0;
            formats[image.format] += 1;
        }
        QJsonArray classes;
        QString classText;
        for (const ClassInfo &info : store->classes()) {
            const qint64 count = counts.value(info.id);
            classes.append(QJsonObject{{QStringLiteral("name"), info.name},
                                       {QStringLiteral("color"), info.color},
                                       {QStringLiteral("shortcut"), info.shortcut},
                                       {QStringLiteral("count"), count}});
            classText += QStringLiteral("  %1 %2  [%3]\n").arg(info.name, -24).arg(count, 7).arg(info.shortcut);
        }
        QJsonObject formatJson;
        QStringList formatText;
        for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
            formatJson.insert(it.key(), it.value());
            formatText << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        }
        const RuntimeInfo runtime = ComputeRuntime::info();
        const QJsonObject runtimeJson{{QStringLiteral("torch"), runtime.torchVersion},
                                      {QStringLiteral("opencv"), runtime.openCvVersion},
                                      {QStringLiteral("threads"), runtime.threads},
                                      {QStringLiteral("cuda"), runtime.cudaAvailable},
                                      {QStringLiteral("cudaDevices"), runtime.cudaDeviceCount}};
        const QJsonObject json{
            {QStringLiteral("project"), store->filePath()},
            {QStringLiteral("schemaVersion"), store->schemaVersion()},
            {QStringLiteral("images"), qint64(images.size())},
            {QStringLiteral("unlabelled"), counts.value(0)},
            {QStringLiteral("excluded"), excluded},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("formats"), formatJson},
            {QStringLiteral("runtime"), runtimeJson},
        };
        const QString text =
            QStringLiteral("Project   %1 (format %2)\nImages    %3 (%4), %5 unlabelled, %6 excluded\n"
                           "Formats   %7\nClasses   %8\n%9"
                           "Runtime   LibTorch %10, OpenCV %11, %12 threads, CUDA %13")
                .arg(store->filePath())
                .arg(store->schemaVersion())
                .arg(images.size())
                .arg(QLocale::c().formattedDataSize(bytes))
                .arg(counts.value(0))
                .arg(excluded)
                .arg(formatText.isEmpty() ? QStringLiteral("-") : formatText.join(QStringLiteral(", ")))
                .arg(classes.size())
                .arg(classText)
                .arg(runtime.torchVersion, runtime.openCvVersion)
                .arg(runtime.threads)
                .arg(runtime.cudaAvailable ? QStringLiteral("yes (%1 devices)").arg(runtime.cudaDeviceCount)
                                           : QStringLiteral("not available"));
        printResult(options, json, text);
        return ExitSuccess;
    }
};

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Export labelled images as an ImageFolder tree (--folder) or a path,label CSV (--csv).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), projectArgumentHelp());
        parser.addOption({QStringLiteral("folder"), QStringLiteral("Write DIR/<class>/<file> copies."),
                          QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("csv"), QStringLiteral("Write a path,label CSV."), QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QString project = positional(parser, 1, 1).first();
        const bool toFolder = parser.isSet(QStringLiteral("folder"));
        const bool toCsv = parser.isSet(QStringLiteral("csv"));
        if (toFolder == toCsv)
            throw UsageError{QStringLiteral("give exactly one of --folder DIR or --csv FILE")};
        const auto store = ProjectStore::open(project);
        TerminalProgress progress(!options.quiet);
        const QString target = toFolder ? parser.value(QStringLiteral("folder")) : parser.value(QStringLiteral("csv"));
        const ProjectExporter::Result result = toFolder ? ProjectExporter::exportImageFolder(*store, target, &progress)
                                                        : ProjectExporter::exportCsv(*store, target);
        progress.finish();
        printResult(options,
                    {{QStringLiteral("target"), QFileInfo(target).absoluteFilePath()},
                     {QStringLiteral("format"), toFolder ? QStringLiteral("imagefolder") : QStringLiteral("csv")},
                     {QStringLiteral("written"), result.written},
                     {QStringLiteral("cropped"), result.cropped},
                     {QStringLiteral("skipped"), result.skipped}},
                    QStringLiteral("Exported %1 images to %2 (%3 skipped: unlabelled, excluded or missing)")
                        .arg(result.written)
                        .arg(QFileInfo(target).absoluteFilePath())
                        .arg(result.skipped));
        return ExitSuccess;
    }
};

class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QStringLiteral("Write a small synthetic project of poster-like images in three classes.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write it (created)."));
        parser.addOption({QStringLiteral("images-per-class"), QStringLiteral("Images in each class (default 24)."),
                          QStringLiteral("N"), QStringLiteral("24")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("N"),
                          QStringLiteral("1")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QString folder = positional(parser, 1, 1).first();
        DemoProject::Params params;
        params.imagesPerClass = intOption(parser, QStringLiteral("images-per-class"), 1, 10000);
        params.seed = quint32(intOption(parser, QStringLiteral("seed"), 0, 1 << 30));
        TerminalProgress progress(!options.quiet);
        const QString project = DemoProject::write(folder, params, &progress);
        progress.finish();
        const auto store = ProjectStore::open(project);
        printResult(options,
                    {{QStringLiteral("project"), project},
                     {QStringLiteral("images"), store->imageCount()},
                     {QStringLiteral("classes"), QJsonArray::fromStringList(DemoProject::classNames())}},
                    QStringLiteral("Wrote %1 with %2 images in %3 classes\nOpen it with: atelier %1")
                        .arg(project)
                        .arg(store->imageCount())
                        .arg(DemoProject::classNames().size()));
        return ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> projectCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    return commands;
}

} // namespace Atelier
