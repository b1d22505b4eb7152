#include "labelcommands.h"

#include "classcatalog.h"
#include "classmappings.h"
#include "datasetsplit.h"
#include "duplicategroups.h"
#include "error.h"
#include "fingerprinttask.h"
#include "importerinterface.h"
#include "pluginmanager.h"
#include "projectstore.h"
#include "splitstore.h"
#include "terminalprogress.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace Atelier {

namespace {

ClassInfo classNamed(const ProjectStore &store, const QString &name)
{
    const auto info = store.classByName(name.trimmed());
    if (!info)
        throw Error::badInput(QStringLiteral("No class named \"%1\"").arg(name));
    return *info;
}

QJsonArray classesToJson(const ProjectStore &store)
{
    const QHash<qint64, qint64> counts = store.labelCounts();
    QJsonArray classes;
    for (const ClassInfo &info : store.classes())
        classes.append(QJsonObject{{QStringLiteral("id"), info.id},
                                   {QStringLiteral("name"), info.name},
                                   {QStringLiteral("color"), info.color},
                                   {QStringLiteral("shortcut"), info.shortcut},
                                   {QStringLiteral("count"), counts.value(info.id)}});
    return classes;
}

QString classesToText(const ProjectStore &store)
{
    const QHash<qint64, qint64> counts = store.labelCounts();
    QString text;
    for (const ClassInfo &info : store.classes())
        text += QStringLiteral("%1 %2  %3  [%4]\n").arg(info.name, -24).arg(counts.value(info.id), 7).arg(info.color, info.shortcut);
    text += QStringLiteral("%1 %2\n").arg(QStringLiteral("(unlabelled)"), -24).arg(counts.value(0), 7);
    return text;
}

class ClassesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("classes"); }
    QString summary() const override
    {
        return QStringLiteral("List or edit classes: list | add NAME | rename OLD NEW | merge SOURCE... TARGET | "
                              "delete NAME [--unlabel] | color NAME #rrggbb | shortcut NAME KEY | order NAME...");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."));
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default), add, rename, merge, "
                                                                              "delete, color, shortcut or order."));
        parser.addPositionalArgument(QStringLiteral("arguments"), QStringLiteral("Class names and values."),
                                     QStringLiteral("arguments..."));
        parser.addOption({QStringLiteral("unlabel"),
                          QStringLiteral("With delete: move the class's images to Unlabelled.")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QStringList args = positional(parser, 1);
        const auto store = ProjectStore::open(args[0]);
        const QString action = args.value(1, QStringLiteral("list"));
        const QStringList rest = args.mid(2);
        ClassCatalog catalog(*store);
        QString done;
        const auto needs = [&](int count, bool orMore = false) {
            if (rest.size() < count || (!orMore && rest.size() > count))
                throw UsageError{QStringLiteral("'%1' takes %2%3 argument(s)").arg(action).arg(count).arg(orMore ? QStringLiteral(" or more") : QString())};
        };
        if (action == QLatin1String("list")) {
            needs(0);
        } else if (action == QLatin1String("add")) {
            needs(1, true);
            for (const QString &name : rest)
                store->addClass(name);
            done = QStringLiteral("Added %1").arg(rest.join(QStringLiteral(", ")));
        } else if (action == QLatin1String("rename")) {
            needs(2);
            catalog.rename(classNamed(*store, rest[0]).id, rest[1]);
            done = QStringLiteral("Renamed \"%1\" to \"%2\"").arg(rest[0], rest[1]);
        } else if (action == QLatin1String("merge")) {
            needs(2, true);
            QList<qint64> sources;
            for (const QString &name : rest.mid(0, rest.size() - 1))
                sources.append(classNamed(*store, name).id);
            const auto record = catalog.merge(sources, classNamed(*store, rest.last()).id);
            done = QStringLiteral("Merged %1 into \"%2\" (%3 images moved)")
                       .arg(rest.mid(0, rest.size() - 1).join(QStringLiteral(", ")), rest.last())
                       .arg(record.previousLabels.size());
        } else if (action == QLatin1String("delete")) {
            needs(1);
            const auto record = catalog.remove(classNamed(*store, rest[0]).id, parser.isSet(QStringLiteral("unlabel")));
            done = QStringLiteral("Deleted \"%1\" (%2 images now unlabelled)").arg(rest[0]).arg(record.images.size());
        } else if (action == QLatin1String("color")) {
            needs(2);
            catalog.setColor(classNamed(*store, rest[0]).id, rest[1]);
        } else if (action == QLatin1String("shortcut")) {
            needs(2);
            catalog.setShortcut(classNamed(*store, rest[0]).id, rest[1]);
        } else if (action == QLatin1String("order")) {
            needs(1, true);
            QList<qint64> order;
            for (const QString &name : rest)
                order.append(classNamed(*store, name).id);
            catalog.reorder(order);
        } else {
            throw UsageError{QStringLiteral("unknown action '%1'").arg(action)};
        }
        QJsonObject json{{QStringLiteral("classes"), classesToJson(*store)}};
        if (!done.isEmpty())
            json.insert(QStringLiteral("done"), done);
        printResult(options, json, (done.isEmpty() ? QString() : done + QLatin1Char('\n')) + classesToText(*store));
        return ExitSuccess;
    }
};

class LabelCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("label"); }
    QString summary() const override
    {
        return QStringLiteral("Set labels from a path,label CSV (--csv) or for every image whose path matches a "
                              "pattern (--pattern with --class or --unlabel). Missing classes are created.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."));
        parser.addOption({QStringLiteral("csv"), QStringLiteral("A path,label list."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("pattern"),
                          QStringLiteral("Wildcard on the stored path, e.g. 'scans/1890*/*' or '*cabaret*'."),
                          QStringLiteral("GLOB")});
        parser.addOption({QStringLiteral("class"), QStringLiteral("The label to give."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("unlabel"), QStringLiteral("Remove the label instead.")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const auto store = ProjectStore::open(positional(parser, 1, 1).first());
        const bool fromCsv = parser.isSet(QStringLiteral("csv"));
        const bool fromPattern = parser.isSet(QStringLiteral("pattern"));
        if (fromCsv == fromPattern)
            throw UsageError{QStringLiteral("give either --csv FILE or --pattern GLOB")};

        QHash<QString, qint64> idByAbsolutePath;
        QHash<QString, qint64> idByStoredPath;
        for (const ImageRecord &image : store->images()) {
            idByAbsolutePath.insert(store->absolutePath(image.path), image.id);
            idByStoredPath.insert(image.path, image.id);
        }

        QStringList createdClasses;
        QJsonArray problems;
        QHash<qint64, qint64> labels;
        ProjectStore::Transaction transaction(*store);
        const auto classIdFor = [&](const QString &name) -> qint64 {
            if (name.trimmed().isEmpty())
                return 0;
            if (!store->classByName(name.trimmed()))
                createdClasses.append(name.trimmed());
            return store->ensureClass(name);
        };
        if (fromPattern) {
            if (parser.isSet(QStringLiteral("class")) == parser.isSet(QStringLiteral("unlabel")))
                throw UsageError{QStringLiteral("--pattern needs either --class NAME or --unlabel")};
            const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(
                parser.value(QStringLiteral("pattern")), QRegularExpression::UnanchoredWildcardConversion));
            const qint64 classId = parser.isSet(QStringLiteral("unlabel")) ? 0 : classIdFor(parser.value(QStringLiteral("class")));
            for (auto it = idByStoredPath.cbegin(); it != idByStoredPath.cend(); ++it)
                if (pattern.match(it.key()).hasMatch())
                    labels.insert(it.value(), classId);
        } else {
            PluginManager::instance().loadPlugins();
            const QString csv = parser.value(QStringLiteral("csv"));
            ImporterInterface *reader = PluginManager::instance().importerForFile(csv);
            if (!reader)
                throw Error::failure(QStringLiteral("No importer reads %1 (is the CSV plugin installed?)").arg(csv));
            QList<ImportEntry> entries;
            QStringList lineProblems;
            QString error;
            if (!reader->readEntries(csv, &entries, &lineProblems, &error))
                throw Error::badInput(error);
            for (const QString &problem : std::as_const(lineProblems))
                problems.append(problem);
            for (const ImportEntry &entry : std::as_const(entries)) {
                const qint64 id = idByAbsolutePath.value(QFileInfo(entry.filePath).absoluteFilePath());
                if (id == 0) {
                    problems.append(QStringLiteral("%1: not in the project").arg(entry.filePath));
                    continue;
                }
                labels.insert(id, classIdFor(entry.label));
            }
        }
        const QHash<qint64, qint64> before = store->labelsOf(labels.keys());
        int changed = 0;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            changed += before.value(it.key()) != it.value() ? 1 : 0;
        store->applyLabels(labels);
        transaction.commit();

        QString text = QStringLiteral("%1 images matched, %2 labels changed").arg(labels.size()).arg(changed);
        if (!createdClasses.isEmpty())
            text += QStringLiteral("; new classes: %1").arg(createdClasses.join(QStringLiteral(", ")));
        for (const QJsonValue &problem : std::as_const(problems))
            text += QStringLiteral("\n  %1").arg(problem.toString());
        printResult(options,
                    {{QStringLiteral("matched"), qint64(labels.size())},
                     {QStringLiteral("changed"), changed},
                     {QStringLiteral("newClasses"), QJsonArray::fromStringList(createdClasses)},
                     {QStringLiteral("problems"), problems}},
                    text);
        return ExitSuccess;
    }
};

double fractionOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        throw UsageError{QStringLiteral("--%1 takes a fraction from 0 to 1").arg(name)};
    return value;
}

QJsonArray leaksToJson(const ProjectStore &store, const QList<LeakingGroup> &leaks)
{
    QJsonArray result;
    for (const LeakingGroup &leak : leaks) {
        QJsonArray members;
        for (const qint64 id : leak.imageIds) {
            const auto image = store.image(id);
            members.append(QJsonObject{{QStringLiteral("path"), image ? store.absolutePath(image->path) : QString()},
                                       {QStringLiteral("split"), splitName(leak.splitOf.value(id))}});
        }
        result.append(members);
    }
    return result;
}

class SplitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("split"); }
    QString summary() const override
    {
        return QStringLiteral("Assign train/validation/test, stratified by class and keeping duplicate groups "
                              "together; or (--report) check the current split for leakage.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."));
        parser.addOption({QStringLiteral("train"), QStringLiteral("Training fraction (default 0.7)."), QStringLiteral("F"), QStringLiteral("0.7")});
        parser.addOption({QStringLiteral("validation"), QStringLiteral("Validation fraction (default 0.15)."), QStringLiteral("F"), QStringLiteral("0.15")});
        parser.addOption({QStringLiteral("test"), QStringLiteral("Test fraction (default 0.15)."), QStringLiteral("F"), QStringLiteral("0.15")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("N"), QStringLiteral("42")});
        parser.addOption({QStringLiteral("ignore-duplicates"), QStringLiteral("Split duplicate groups like any image.")});
        parser.addOption({QStringLiteral("pin"),
                          QStringLiteral("Pin images whose path matches GLOB to a split, e.g. 'phone/*=test' "
                                         "(repeatable; 'GLOB=none' unpins)."),
                          QStringLiteral("GLOB=SPLIT")});
        parser.addOption({QStringLiteral("report"), QStringLiteral("Only report the current split and its leakage.")});
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const auto store = ProjectStore::open(positional(parser, 1, 1).first());
        SplitStore splits(*store);
        const QList<ImageRecord> images = store->images();

        for (const QString &pin : parser.values(QStringLiteral("pin"))) {
            const qsizetype equals = pin.lastIndexOf(QLatin1Char('='));
            if (equals <= 0)
                throw UsageError{QStringLiteral("--pin takes GLOB=SPLIT, e.g. 'phone/*=test'")};
            const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(
                pin.left(equals), QRegularExpression::UnanchoredWildcardConversion));
            QList<qint64> matching;
            for (const ImageRecord &image : images)
                if (pattern.match(image.path).hasMatch())
                    matching.append(image.id);
            Split split = Split::Train;
            if (pin.mid(equals + 1) == QLatin1String("none"))
                splits.unpin(matching);
            else if (splitFromName(pin.mid(equals + 1), &split))
                splits.pin(matching, split);
            else
                throw UsageError{QStringLiteral("unknown split '%1' (train, validation, test or none)").arg(pin.mid(equals + 1))};
        }

        // Near duplicates are found from fingerprints: make them for any image that has none yet.
        {
            TerminalProgress progress(!options.quiet);
            FingerprintParams fingerprinting;
            fingerprinting.threads = options.threads;
            FingerprintTask(store->filePath(), fingerprinting).run(&progress);
        }
        const QList<QList<qint64>> groups = DuplicateGroups::forSplitting(*store);
        qint64 versionId = 0;
        QJsonArray conflicts;
        if (!parser.isSet(QStringLiteral("report"))) {
            SplitParams params;
            params.trainFraction = fractionOption(parser, QStringLiteral("train"));
            params.validationFraction = fractionOption(parser, QStringLiteral("validation"));
            params.testFraction = fractionOption(parser, QStringLiteral("test"));
            if (params.trainFraction + params.validationFraction + params.testFraction <= 0)
                throw UsageError{QStringLiteral("the fractions add up to nothing")};
            params.seed = quint32(intOption(parser, QStringLiteral("seed"), 0, 1 << 30));
            params.groupAware = !parser.isSet(QStringLiteral("ignore-duplicates"));
            QList<SplitItem> items;
            for (const ImageRecord &image : images)
                if (!image.excluded)
                    items.append({image.id, image.classId});
            const SplitAssigner::Result result = SplitAssigner::assign(items, groups, splits.pins(), params);
            for (const QList<qint64> &conflict : result.conflictingPins)
                conflicts.append(qint64(conflict.size()));
            versionId = splits.saveVersion(result.splitOf, params);
        }
        const auto version = splits.currentVersion();
        if (!version)
            throw Error::badInput(QStringLiteral("This project has no split yet: run 'atelier-cli split PROJECT'"));
        const QHash<qint64, Split> assignment = splits.assignment(version->id);
        const QList<LeakingGroup> leaks = findLeakingGroups(assignment, groups);

        // Per-class counts show the stratification at a glance.
        QMap<QString, std::array<int, 3>> perClass;
        QHash<qint64, QString> classNames;
        for (const ClassInfo &info : store->classes())
            classNames.insert(info.id, info.name);
        for (const ImageRecord &image : images)
            if (assignment.contains(image.id))
                perClass[image.classId ? classNames.value(image.classId) : QStringLiteral("(unlabelled)")]
                        [size_t(assignment.value(image.id))] += 1;
        QJsonObject classJson;
        QString text = QStringLiteral("Split version %1 (seed %2, %3/%4/%5%6)\n%7 %8 %9 %10\n")
                           .arg(version->id)
                           .arg(version->params.seed)
                           .arg(version->params.trainFraction)
                           .arg(version->params.validationFraction)
                           .arg(version->params.testFraction)
                           .arg(version->params.groupAware ? QStringLiteral(", duplicate groups kept whole") : QString())
                           .arg(QStringLiteral("class"), -24)
                           .arg(QStringLiteral("train"), 7)
                           .arg(QStringLiteral("val"), 7)
                           .arg(QStringLiteral("test"), 7);
        for (auto it = perClass.cbegin(); it != perClass.cend(); ++it) {
            classJson.insert(it.key(), QJsonObject{{QStringLiteral("train"), it.value()[0]},
                                                   {QStringLiteral("validation"), it.value()[1]},
                                                   {QStringLiteral("test"), it.value()[2]}});
            text += QStringLiteral("%1 %2 %3 %4\n").arg(it.key(), -24).arg(it.value()[0], 7).arg(it.value()[1], 7).arg(it.value()[2], 7);
        }
        text += leaks.isEmpty() ? QStringLiteral("No duplicate group straddles splits (%1 groups checked).").arg(groups.size())
                                : QStringLiteral("LEAKAGE: %1 duplicate groups straddle splits.").arg(leaks.size());
        printResult(options,
                    {{QStringLiteral("version"), version->id},
                     {QStringLiteral("created"), versionId != 0},
                     {QStringLiteral("seed"), qint64(version->params.seed)},
                     {QStringLiteral("counts"), QJsonObject{{QStringLiteral("train"), version->counts[0]},
                                                            {QStringLiteral("validation"), version->counts[1]},
                                                            {QStringLiteral("test"), version->counts[2]}}},
                     {QStringLiteral("classes"), classJson},
                     {QStringLiteral("pinned"), qint64(splits.pins().size())},
                     {QStringLiteral("duplicateGroups"), qint64(groups.size())},
                     {QStringLiteral("conflictingPins"), conflicts},
                     {QStringLiteral("leakingGroups"), leaksToJson(*store, leaks)}},
                    text);
        return ExitSuccess;
    }
};

class MappingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("mapping"); }
    QString summary() const override
    {
        return QStringLiteral("Coarser label sets over the classes: list | set NAME CLASS=TARGET... | remove NAME.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.atelier)."));
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default), set or remove."));
        parser.addPositionalArgument(QStringLiteral("arguments"), QStringLiteral("Mapping name and CLASS=TARGET pairs."),
                                     QStringLiteral("arguments..."));
    }
    int run(const QCommandLineParser &parser, const GlobalOptions &options) const override
    {
        const QStringList args = positional(parser, 1);
        const auto store = ProjectStore::open(args[0]);
        ClassMappings mappings(*store);
        const QString action = args.value(1, QStringLiteral("list"));
        if (action == QLatin1String("set")) {
            if (args.size() < 4)
                throw UsageError{QStringLiteral("'set' takes a name and CLASS=TARGET pairs")};
            QHash<qint64, QString> targets;
            for (const QString &pair : args.mid(3)) {
                const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
                if (equals <= 0)
                    throw UsageError{QStringLiteral("'%1' is not CLASS=TARGET").arg(pair)};
                targets.insert(classNamed(*store, pair.left(equals)).id, pair.mid(equals + 1));
            }
            mappings.save(args[2], targets);
        } else if (action == QLatin1String("remove")) {
            if (args.size() != 3)
                throw UsageError{QStringLiteral("'remove' takes the mapping's name")};
            mappings.remove(args[2]);
        } else if (action != QLatin1String("list")) {
            throw UsageError{QStringLiteral("unknown action '%1'").arg(action)};
        }
        QJsonArray json;
        QString text;
        for (const ClassMapping &mapping : mappings.all()) {
            QJsonObject entries;
            text += mapping.name + QStringLiteral(":\n");
            for (const ClassInfo &info : store->classes()) {
                const QString target = mapping.targetOfClass.value(info.id);
                if (!target.isEmpty())
                    entries.insert(info.name, target);
                text += QStringLiteral("  %1 -> %2\n").arg(info.name, -24).arg(target.isEmpty() ? QStringLiteral("(left out)") : target);
            }
            json.append(QJsonObject{{QStringLiteral("name"), mapping.name},
                                    {QStringLiteral("targets"), QJsonArray::fromStringList(mapping.targets())},
                                    {QStringLiteral("classes"), entries}});
        }
        printResult(options, {{QStringLiteral("mappings"), json}}, text.isEmpty() ? QStringLiteral("No mappings.") : text);
        return ExitSuccess;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> labelCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ClassesCommand>());
    commands.push_back(std::make_unique<LabelCommand>());
    commands.push_back(std::make_unique<SplitCommand>());
    commands.push_back(std::make_unique<MappingCommand>());
    return commands;
}

} // namespace Atelier
