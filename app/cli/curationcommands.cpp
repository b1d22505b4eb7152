#include "curationcommands.h"

#include "borderdetectiontask.h"
#include "duplicatefinder.h"
#include "error.h"
#include "fingerprinttask.h"
#include "importtask.h"
#include "projectstore.h"
#include "terminalprogress.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace Atelier {

namespace {

QString targetArgumentHelp()
{
    return QStringLiteral("Project file (*.atelier), or a folder of images (imported into a temporary project).");
}

/// The project a curation command works on: the one given, or a temporary one holding an
/// imported folder, removed with this object.
class WorkingProject
{
public:
    WorkingProject(const QString &argument, const GlobalOptions &options, TerminalProgress *progress)
    {
        const QFileInfo info(argument);
        if (!info.exists())
            throw Error::badInput(QStringLiteral("No project or folder at %1").arg(info.absoluteFilePath()));
        if (!info.isDir()) {
            m_path = info.absoluteFilePath();
            ProjectStore::open(m_path); // refuse a bad project before any work
            return;
        }
        m_folder = std::make_unique<QTemporaryDir>();
        if (!m_folder->isValid())
            throw Error::failure(QStringLiteral("Cannot create a temporary project: %1").arg(m_folder->errorString()));
        m_path = m_folder->filePath(QStringLiteral("folder.atelier"));
        ProjectStore::create(m_path);
        ImportParams params;
        params.inputs = {info.absoluteFilePath()};
        params.folderNamesAsLabels = false;
        params.threads = options.threads;
        m_import = ImportTask(m_path, params).run(progress);
    }

    QString path() const { return m_path; }
    bool isTemporary() const { return m_folder != nullptr; }
    /// Files of the folder that could not be imported, with their reasons.
    const ImportReport &importReport() const { return m_import; }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_path;
    ImportReport m_import;
};

QJsonArray problemsToJson(const QList<ImportProblem> &importProblems, const QList<CurationProblem> &problems)
{
    QJsonArray result;
    for (const ImportProblem &problem : importProblems)
        result.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("reason"), problem.reason}});
    for (const CurationProblem &problem : problems)
        result.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("reason"), problem.reason}});
    return result;
}

QString problemsToText(const QList<ImportProblem> &importProblems, const QList<CurationProblem> &problems)
{
    const int count = int(importProblems.size() + problems.size());
    if (count == 0)
        return {};
    QString text = QStringLiteral("\n%1 files could not be read:").arg(count);
    for (const ImportProblem &problem : importProblems)
        text += QStringLiteral("\n  %1: %2").arg(problem.path, problem.reason);
    for (const CurationProblem &problem : problems)
        text += QStringLiteral("\n  %1: %2").arg(problem.path, problem.reason);
    return text;
}

int sensitivityOption(const QCommandLineParser &parser)
{
    const QString value = parser.value(QStringLiteral("sensitivity")).trimmed().toLower();
    if (value == QLatin1String("low"))
        return DuplicateSearchParams::LowSensitivity;
    if (value == QLatin1String("normal"))
        return DuplicateSearchParams::NormalSensitivity;
    if (value == QLatin1String("high"))
        return DuplicateSearchParams::HighSensitivity;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0 || number > 100)
        throw UsageError{QStringLiteral("--sensitivity takes low, normal, high or a number from 0 to 100")};
    return number;
}

class DedupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("dedup"); }
    QString summary() const override
    {
        return QStringLiteral("Find duplicates: exact copies, and rescanned, resized, recompressed, trimmed or "
                              "converted ones.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("target"), targetArgumentHelp());
        parser.addOption({QStringLiteral("sensitivity"),
                          QStringLiteral("low (close copies only), normal (default) or high (heavily changed "
                                         "copies too), or a number from 0 to 100."),
                          QStringLiteral("LEVEL"), QStringLiteral("normal")});
        parser.addOption({QStringLiteral("include-excluded"), QStringLiteral("Search excluded images too.")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QString target = positional(parser, 1, 1).first();
        DuplicateSearchParams params;
        params.sensitivity = sensitivityOption(parser);
        params.threads = options.threads;
        params.includeExcluded = parser.isSet(QStringLiteral("include-excluded"));

        TerminalProgress progress(!options.quiet);
        const WorkingProject project(target, options, &progress);
        if (progress.isCanceled())
            return ExitCanceled;
        FingerprintParams fingerprinting;
        fingerprinting.threads = options.threads;
        const FingerprintReport fingerprints = FingerprintTask(project.path(), fingerprinting).run(&progress);
        if (fingerprints.canceled) {
            progress.finish();
            return ExitCanceled;
        }
        const auto store = ProjectStore::open(project.path());
        const DuplicateReport report = DuplicateFinder(params).findInProject(*store, &progress);
        progress.finish();

        QHash<qint64, QString> paths;
        const QList<ImageRecord> images = store->images();
        for (const ImageRecord &image : images)
            paths.insert(image.id, store->absolutePath(image.path));

        QJsonArray exact, near;
        QString exactText, nearText;
        int exactCount = 0, nearCount = 0;
        for (const DuplicateGroup &group : report.groups) {
            QStringList groupPaths;
            for (const qint64 id : group.imageIds)
                groupPaths << paths.value(id);
            const bool isExact = group.kind == DuplicateKind::Exact;
            (isExact ? exact : near).append(QJsonArray::fromStringList(groupPaths));
            QString &text = isExact ? exactText : nearText;
            text += QStringLiteral("\n");
            for (const QString &path : std::as_const(groupPaths))
                text += QStringLiteral("  %1\n").arg(path);
            ++(isExact ? exactCount : nearCount);
        }

        const QJsonObject json{
            {QStringLiteral("project"), project.isTemporary() ? QString() : project.path()},
            {QStringLiteral("sensitivity"), params.sensitivity},
            {QStringLiteral("images"), report.imagesSearched},
            {QStringLiteral("exact"), exact},
            {QStringLiteral("near"), near},
            {QStringLiteral("notFingerprinted"), report.withoutFingerprint},
            {QStringLiteral("comparedPairs"), report.comparedPairs},
            {QStringLiteral("problems"), problemsToJson(project.importReport().problems, fingerprints.problems)},
            {QStringLiteral("canceled"), report.canceled},
            {QStringLiteral("seconds"), fingerprints.seconds + report.seconds},
        };
        QString text = QStringLiteral("%1 images searched: %2 groups of exact copies, %3 groups of near duplicates\n")
                           .arg(report.imagesSearched)
                           .arg(exactCount)
                           .arg(nearCount);
        if (exactCount > 0)
            text += QStringLiteral("\nExact copies (same file content):\n") + exactText;
        if (nearCount > 0)
            text += QStringLiteral("\nNear duplicates (same picture):\n") + nearText;
        text += problemsToText(project.importReport().problems, fingerprints.problems);
        if (report.canceled)
            text += QStringLiteral("\nInterrupted: the groups above are those found until then.");
        printResult(options, json, text);
        return report.canceled ? ExitCanceled : ExitSuccess;
    }
};

QString statusName(BorderStatus status)
{
    switch (status) {
    case BorderStatus::None: return QStringLiteral("none");
    case BorderStatus::Proposed: return QStringLiteral("proposed");
    case BorderStatus::Accepted: return QStringLiteral("accepted");
    case BorderStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

class CropCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("crop"); }
    QString summary() const override
    {
        return QStringLiteral("Find the borders museums add to scans and print each poster's rectangle [x, y, w, h].");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("target"), targetArgumentHelp());
        parser.addOption({QStringLiteral("detect"),
                          QStringLiteral("Look for borders in the images not examined yet (files are never changed); "
                                         "without it, the stored rectangles are printed.")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QString target = positional(parser, 1, 1).first();
        const bool detect = parser.isSet(QStringLiteral("detect"));
        if (QFileInfo(target).isDir() && !detect)
            throw UsageError{QStringLiteral("a folder has no stored rectangles: add --detect")};
        TerminalProgress progress(!options.quiet);
        const WorkingProject project(target, options, &progress);
        if (progress.isCanceled())
            return ExitCanceled;
        BorderDetectionReport report;
        if (detect) {
            BorderDetectionParams params;
            params.threads = options.threads;
            report = BorderDetectionTask(project.path(), params).run(&progress);
        }
        progress.finish();

        const auto store = ProjectStore::open(project.path());
        QHash<qint64, ContentRect> rects;
        for (const ContentRect &rect : store->contentRects())
            rects.insert(rect.imageId, rect);
        QJsonArray images;
        QString text;
        int withBorder = 0;
        for (const ImageRecord &image : store->images()) {
            const auto found = rects.constFind(image.id);
            // A rejected proposal, no border and no answer yet all mean the whole image.
            const bool cropped = found != rects.constEnd()
                                 && (found->status == BorderStatus::Proposed || found->status == BorderStatus::Accepted);
            const QRect rect = cropped ? found->rect : QRect(0, 0, image.width, image.height);
            const QString status = found != rects.constEnd() ? statusName(found->status) : QStringLiteral("unknown");
            withBorder += cropped ? 1 : 0;
            const QString path = store->absolutePath(image.path);
            images.append(QJsonObject{
                {QStringLiteral("path"), path},
                {QStringLiteral("rect"), QJsonArray{rect.x(), rect.y(), rect.width(), rect.height()}},
                {QStringLiteral("border"), cropped},
                {QStringLiteral("status"), status},
            });
            text += QStringLiteral("%1  [%2, %3, %4, %5]%6\n")
                        .arg(path)
                        .arg(rect.x())
                        .arg(rect.y())
                        .arg(rect.width())
                        .arg(rect.height())
                        .arg(cropped ? QStringLiteral("  border (%1)").arg(status) : QString());
        }
        text += QStringLiteral("%1 of %2 images have a border").arg(withBorder).arg(images.size());
        text += problemsToText(project.importReport().problems, report.problems);
        if (report.canceled)
            text += QStringLiteral("\nInterrupted: images not examined yet are listed whole.");
        const QJsonObject json{
            {QStringLiteral("project"), project.isTemporary() ? QString() : project.path()},
            {QStringLiteral("images"), images},
            {QStringLiteral("withBorder"), withBorder},
            {QStringLiteral("examined"), report.examined},
            {QStringLiteral("problems"), problemsToJson(project.importReport().problems, report.problems)},
            {QStringLiteral("canceled"), report.canceled},
            {QStringLiteral("seconds"), report.seconds},
        };
        printResult(options, json, text);
        return report.canceled ? ExitCanceled : ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> curationCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DedupCommand>());
    commands.push_back(std::make_unique<CropCommand>());
    return commands;
}

} // namespace Atelier
