#include "error.h"
#include "importerinterface.h"
#include "importtask.h"
#include "pluginmanager.h"
#include "progress.h"
#include "projectstore.h"
#include "testimages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
namespace TI = Atelier::TestImages;

namespace {

/// Marks a child run of this executable that must see no plugins at all.
const char NoPluginsChildVariable[] = "ATELIER_TEST_NO_PLUGINS_CHILD";

QString createProject(const QString &path)
{
    ProjectStore::create(path).reset();
    return path;
}

ImportReport import(const QString &project, const QStringList &inputs, bool folderNamesAsLabels = true,
                    int threads = 2, ProgressObserver *observer = nullptr)
{
    ImportParams params;
    params.inputs = inputs;
    params.folderNamesAsLabels = folderNamesAsLabels;
    params.threads = threads;
    return ImportTask(project, params).run(observer);
}

/// Problem reasons by file name, for comparing with what was expected.
QMap<QString, QString> reasonsByName(const QList<ImportProblem> &problems)
{
    QMap<QString, QString> result;
    for (const ImportProblem &problem : problems)
        result.insert(QFileInfo(problem.path).fileName(), problem.reason);
    return result;
}

QStringList problemReasons(const QList<ImportProblem> &problems)
{
    QStringList result;
    for (const ImportProblem &problem : problems)
        result.append(problem.reason);
    return result;
}

/// The class name of each image ("" when unlabelled), by absolute path or by the path as stored.
QMap<QString, QString> labelsByPath(const ProjectStore &store, bool storedPaths = false)
{
    QHash<qint64, QString> names;
    for (const ClassInfo &info : store.classes())
        names.insert(info.id, info.name);
    QMap<QString, QString> result;
    for (const ImageRecord &image : store.images())
        result.insert(storedPaths ? image.path : store.absolutePath(image.path), names.value(image.classId));
    return result;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

/// Records the phases and cancels once a given number of files has been imported.
class RecordingObserver : public ProgressObserver
{
public:
    explicit RecordingObserver(qint64 cancelAfter = -1) : m_cancelAfter(cancelAfter) {}

    void phase(const QString &name, qint64 total) override
    {
        phases.append(QStringLiteral("%1:%2").arg(name).arg(total));
        m_importing = name == QLatin1String("Importing");
    }
    void progress(qint64 done, qint64 total) override
    {
        if (m_importing) {
            lastDone = done;
            lastTotal = total;
            if (m_cancelAfter >= 0 && done >= m_cancelAfter)
                m_canceled = true;
        }
    }
    bool isCanceled() const override { return m_canceled; }

    QStringList phases;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;

private:
    qint64 m_cancelAfter;
    bool m_importing = false;
    bool m_canceled = false;
};

} // namespace

class TestImportTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folderPerClass();
    void folderNamesAsLabelsOff();
    void csvViaPlugin();
    void csvHeaderDetection_data();
    void csvHeaderDetection();
    void csvWithoutPlugin();
    void badFilesAmongGood();
    void reimportAddsNothing();
    void duplicatesInOneImport();
    void nonAsciiNames();
    void cancelMidway();
    void canceledBeforeStart();
    void projectFileInsideFolderIsSkipped();
    void missingInput();
    void sameResultOnAnyThreadCount();
    void pluginsLoadOnceAndRefuseOtherVersions();

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    QString newProject() { return createProject(m_dir.filePath(QStringLiteral("p%1.atelier").arg(++m_projects))); }
};

void TestImportTask::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportTask::folderPerClass()
{
    const QString root = m_dir.filePath(QStringLiteral("classes"));
    TI::writePoster(root + QStringLiteral("/cats/a.jpg"), 300, 440, 1);
    TI::writePoster(root + QStringLiteral("/cats/b.jpg"), 120, 80, 2);
    TI::writePoster(root + QStringLiteral("/cats/deeper/c.png"), 90, 60, 3, TI::Format::Png);
    TI::writePoster(root + QStringLiteral("/dogs/d.webp"), 200, 100, 4, TI::Format::WebP);
    TI::writePoster(root + QStringLiteral("/dogs/e.tif"), 64, 64, 5, TI::Format::Tiff);
    TI::writePoster(root + QStringLiteral("/loose.bmp"), 50, 40, 6, TI::Format::Bmp);
    // Left out: hidden files and folders, and files that are no images by name.
    TI::writePoster(root + QStringLiteral("/.cache/hidden.jpg"), 50, 40, 7);
    TI::writePoster(root + QStringLiteral("/cats/.hidden.jpg"), 50, 40, 8);
    TI::writeFile(root + QStringLiteral("/dogs/notes.txt"), "not an image");

    const QString project = newProject();
    RecordingObserver observer;
    const ImportReport report = import(project, {root}, true, 2, &observer);
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemReasons(report.problems).join(QLatin1Char('\n'))));
    QCOMPARE(report.filesFound, 6);
    QCOMPARE(report.added, 6);
    QCOMPARE(report.labelled, 5);
    QCOMPARE(report.alreadyInProject, 0);
    QCOMPARE(report.newClasses, (QStringList{QStringLiteral("cats"), QStringLiteral("dogs")}));
    QVERIFY(!report.canceled);
    QVERIFY(report.seconds > 0);
    QCOMPARE(observer.phases, (QStringList{QStringLiteral("Scanning:0"), QStringLiteral("Importing:6")}));
    QCOMPARE(observer.lastDone, 6);
    QCOMPARE(observer.lastTotal, 6);

    const auto store = ProjectStore::open(project);
    QCOMPARE(store->imageCount(), 6);
    const QMap<QString, QString> labels = labelsByPath(*store);
    const QString cats = QStringLiteral("cats");
    const QString dogs = QStringLiteral("dogs");
    QCOMPARE(labels, (QMap<QString, QString>{{root + QStringLiteral("/cats/a.jpg"), cats},
                                             {root + QStringLiteral("/cats/b.jpg"), cats},
                                             {root + QStringLiteral("/cats/deeper/c.png"), cats},
                                             {root + QStringLiteral("/dogs/d.webp"), dogs},
                                             {root + QStringLiteral("/dogs/e.tif"), dogs},
                                             {root + QStringLiteral("/loose.bmp"), QString()}}));

    // Ids follow the sorted paths; the record holds what the file says.
    const QList<ImageRecord> images = store->images();
    QCOMPARE(store->absolutePath(images.first().path), root + QStringLiteral("/cats/a.jpg"));
    const ImageRecord &a = images.first();
    const QString aPath = store->absolutePath(a.path);
    QCOMPARE(a.width, 300);
    QCOMPARE(a.height, 440);
    QCOMPARE(a.format, QStringLiteral("JPEG"));
    QCOMPARE(a.byteSize, QFileInfo(aPath).size());
    QCOMPARE(QString::fromLatin1(a.sha256), sha256Of(aPath));
    QCOMPARE(a.mtimeMs, QFileInfo(aPath).lastModified().toMSecsSinceEpoch());
    const ImageHeader thumbnail = ImageDecoder::readHeader(store->thumbnail(a.id));
    QCOMPARE(thumbnail.format, QStringLiteral("JPEG"));
    QCOMPARE(thumbnail.height, 256);
    QCOMPARE(thumbnail.width, 175);
    QCOMPARE(images.at(3).format, QStringLiteral("WebP"));
    QCOMPARE(images.at(4).format, QStringLiteral("TIFF"));
    QCOMPARE(images.at(5).format, QStringLiteral("BMP"));
    QCOMPARE(ImageDecoder::readHeader(store->thumbnail(images.at(5).id)).width, 50); // small ones stay small
}

void TestImportTask::folderNamesAsLabelsOff()
{
    const QString root = m_dir.filePath(QStringLiteral("nolabels"));
    TI::writePoster(root + QStringLiteral("/cats/a.jpg"), 60, 80, 1);
    TI::writePoster(root + QStringLiteral("/b.jpg"), 60, 80, 2);
    const QString project = newProject();
    const ImportReport report = import(project, {root}, false);
    QCOMPARE(report.added, 2);
    QCOMPARE(report.labelled, 0);
    QVERIFY(report.newClasses.isEmpty());
    QVERIFY(ProjectStore::open(project)->classes().isEmpty());
}

void TestImportTask::csvViaPlugin()
{
    const QString root = m_dir.filePath(QStringLiteral("csv"));
    TI::writePoster(root + QStringLiteral("/scans/one.jpg"), 80, 60, 1);
    TI::writePoster(root + QStringLiteral("/scans/two, blue.jpg"), 80, 60, 2);
    TI::writePoster(root + QStringLiteral("/scans/three.png"), 80, 60, 3, TI::Format::Png);
    TI::writePoster(root + QStringLiteral("/elsewhere/four.jpg"), 80, 60, 4);
    TI::writePoster(root + QStringLiteral("/scans/five.jpg"), 80, 60, 5);
    const QString absoluteFour = root + QStringLiteral("/elsewhere/four.jpg");
    // A spreadsheet export: BOM, CRLF, a header, quoted fields with commas, quotes and a line break.
    QByteArray text = "\xEF\xBB\xBF"
                      "Path,Label\r\n"
                      "one.jpg,Art Deco\r\n"
                      "\"two, blue.jpg\",\"Art \"\"Nouveau\"\", early\"\r\n"
                      "three.png\r\n"
                      "\"" + absoluteFour.toUtf8() + "\",\"Bauhaus\nposters\"\r\n"
                      "missing.jpg,Art Deco\r\n"
                      ",Art Deco\r\n"
                      "\r\n"
                      "../scans/five.jpg,  Bauhaus  \r\n";
    // The list lies in scans/, and one row points back into it from outside.
    TI::writeFile(root + QStringLiteral("/scans/list.csv"), text);

    const QString project = newProject();
    const ImportReport report = import(project, {root + QStringLiteral("/scans/list.csv")});
    QVERIFY2(PluginManager::instance().loadErrors().isEmpty(),
             qPrintable(PluginManager::instance().loadErrors().join(QLatin1Char('\n'))));
    QCOMPARE(report.added, 5);
    QCOMPARE(report.labelled, 4);
    QCOMPARE(report.newClasses, (QStringList{QStringLiteral("Art Deco"), QStringLiteral("Art \"Nouveau\", early"),
                                             QStringLiteral("Bauhaus posters"), QStringLiteral("Bauhaus")}));
    QCOMPARE(problemReasons(report.problems),
             (QStringList{QStringLiteral("line 7: no such file: missing.jpg"), QStringLiteral("line 8: no path")}));
    for (const ImportProblem &problem : report.problems)
        QCOMPARE(problem.path, root + QStringLiteral("/scans/list.csv"));

    const auto store = ProjectStore::open(project);
    const QMap<QString, QString> labels = labelsByPath(*store);
    QCOMPARE(labels.value(root + QStringLiteral("/scans/one.jpg")), QStringLiteral("Art Deco"));
    QCOMPARE(labels.value(root + QStringLiteral("/scans/two, blue.jpg")), QStringLiteral("Art \"Nouveau\", early"));
    QCOMPARE(labels.value(root + QStringLiteral("/scans/three.png"), QStringLiteral("?")), QString());
    QCOMPARE(labels.value(absoluteFour), QStringLiteral("Bauhaus posters")); // one line, as class names are
    QCOMPARE(labels.value(root + QStringLiteral("/scans/five.jpg")), QStringLiteral("Bauhaus"));
}

void TestImportTask::csvHeaderDetection_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("added");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("no header") << QByteArray("a.jpg,x\nb.jpg,y\n") << 2 << QStringList();
    QTest::newRow("known names, semicolons") << QByteArray("FILENAME;Class\na.jpg;x\nb.jpg;y\n") << 2 << QStringList();
    QTest::newRow("label first") << QByteArray("category,image\nx,a.jpg\ny,b.jpg\n") << 2 << QStringList();
    QTest::newRow("unknown names") << QByteArray("scan reference,kind\na.jpg,x\nb.jpg,y\n") << 2 << QStringList();
    QTest::newRow("tabs") << QByteArray("path\tlabel\na.jpg\tx\nb.jpg\ty\n") << 2 << QStringList();
    QTest::newRow("every file missing")
        << QByteArray("gone.jpg,x\nlost.jpg,y\n") << 0
        << QStringList{QStringLiteral("line 1: no such file: gone.jpg"), QStringLiteral("line 2: no such file: lost.jpg")};
    QTest::newRow("unterminated quote")
        << QByteArray("a.jpg,x\n\"b.jpg,y\n") << 1 << QStringList{QStringLiteral("line 2: unterminated quoted field")};
}

void TestImportTask::csvHeaderDetection()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, added);
    QFETCH(QStringList, problems);

    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString root = m_dir.filePath(QStringLiteral("header-") + tag);
    TI::writePoster(root + QStringLiteral("/a.jpg"), 40, 30, 1);
    TI::writePoster(root + QStringLiteral("/b.jpg"), 40, 30, 2);
    TI::writeFile(root + QStringLiteral("/list.csv"), csv);
    const QString project = newProject();
    const ImportReport report = import(project, {root + QStringLiteral("/list.csv")});
    QCOMPARE(problemReasons(report.problems), problems);
    QCOMPARE(report.added, added);
    if (added == 2) {
        const QMap<QString, QString> labels = labelsByPath(*ProjectStore::open(project));
        QCOMPARE(labels.value(root + QStringLiteral("/a.jpg")), QStringLiteral("x"));
        QCOMPARE(labels.value(root + QStringLiteral("/b.jpg")), QStringLiteral("y"));
    }
}

void TestImportTask::csvWithoutPlugin()
{
    if (qEnvironmentVariableIsSet(NoPluginsChildVariable)) {
        // In a copy of this executable, far from bin/plugins: no importer can be found.
        PluginManager::instance().loadPlugins();
        if (!PluginManager::instance().objects<ImporterInterface>().isEmpty())
            QSKIP("an importer is installed on this system");
        const QString root = m_dir.filePath(QStringLiteral("noplugin"));
        TI::writePoster(root + QStringLiteral("/a.jpg"), 40, 30, 1);
        TI::writeFile(root + QStringLiteral("/list.csv"), "a.jpg,x\n");
        const ImportReport report = import(newProject(), {root + QStringLiteral("/list.csv")});
        QCOMPARE(report.added, 0);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().path, root + QStringLiteral("/list.csv"));
        QCOMPARE(report.problems.first().reason, QStringLiteral("no importer for .csv files (plugin not found)"));
        return;
    }
    // The plugin is loaded in this process for good, so the check runs in a copy elsewhere.
    const QString copy = m_dir.filePath(QStringLiteral("lonely/") + QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), copy));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(NoPluginsChildVariable), QStringLiteral("1"));
    environment.remove(QStringLiteral("ATELIER_PLUGIN_PATH"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(copy, {QStringLiteral("csvWithoutPlugin")});
    QVERIFY(child.waitForFinished(120'000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestImportTask::csvWithoutPlugin")), qPrintable(output));
}

void TestImportTask::badFilesAmongGood()
{
    const QString root = m_dir.filePath(QStringLiteral("mixed"));
    const QList<TI::BadFile> bad = TI::writeBadFiles(root);
    for (int i = 0; i < 4; ++i)
        TI::writePoster(root + QStringLiteral("/good%1.jpg").arg(i), 90, 120, quint32(i));

    const ImportReport report = import(newProject(), {root});
    QCOMPARE(report.filesFound, 4 + bad.size());
    QCOMPARE(report.added, 4);
    QMap<QString, QString> expected;
    for (const TI::BadFile &file : bad)
        expected.insert(file.fileName, file.reason);
    QCOMPARE(reasonsByName(report.problems), expected);
    for (const ImportProblem &problem : report.problems)
        QVERIFY(QFileInfo(problem.path).isAbsolute());
}

void TestImportTask::reimportAddsNothing()
{
    const QString root = m_dir.filePath(QStringLiteral("again"));
    for (int i = 0; i < 5; ++i)
        TI::writePoster(root + QStringLiteral("/set/p%1.jpg").arg(i), 60, 90, quint32(i));
    const QString project = newProject();
    QCOMPARE(import(project, {root}).added, 5);

    const ImportReport second = import(project, {root});
    QCOMPARE(second.filesFound, 5);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.alreadyInProject, 5);
    QVERIFY(second.newClasses.isEmpty());

    // A new file among the old ones is all that a third run adds.
    TI::writePoster(root + QStringLiteral("/set/p9.jpg"), 60, 90, 9);
    const ImportReport third = import(project, {root + QStringLiteral("/")});
    QCOMPARE(third.added, 1);
    QCOMPARE(third.alreadyInProject, 5);
    QCOMPARE(ProjectStore::open(project)->imageCount(), 6);
}

void TestImportTask::duplicatesInOneImport()
{
    const QString root = m_dir.filePath(QStringLiteral("dupes"));
    const QString file = TI::writePoster(root + QStringLiteral("/red/a.jpg"), 60, 90, 1);
    const QString project = newProject();
    const ImportReport report = import(project, {root, file, root + QStringLiteral("/red/../red/a.jpg")});
    QCOMPARE(report.filesFound, 1);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.labelled, 1);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(ProjectStore::open(project)->imageCount(), 1);
}

void TestImportTask::nonAsciiNames()
{
    const QString root = m_dir.filePath(QStringLiteral("unicode"));
    const QStringList names = TI::nonAsciiNames();
    const QString classFolder = QStringLiteral(u"Été");
    TI::writePoster(root + QLatin1Char('/') + classFolder + QLatin1Char('/') + names.at(0), 70, 100, 1);
    TI::writePoster(root + QStringLiteral(u"/ポスター/") + names.at(1), 70, 100, 2, TI::Format::Png);

    const QString project = newProject();
    const ImportReport report = import(project, {root});
    QVERIFY2(report.problems.isEmpty(), qPrintable(problemReasons(report.problems).join(QLatin1Char('\n'))));
    QCOMPARE(report.added, 2);
    QCOMPARE(report.newClasses, (QStringList{classFolder, QStringLiteral(u"ポスター")}));

    const auto store = ProjectStore::open(project);
    const QString first = root + QLatin1Char('/') + classFolder + QLatin1Char('/') + names.at(0);
    const std::optional<ImageRecord> image = store->imageByPath(store->storedPath(first));
    QVERIFY(image.has_value());
    QCOMPARE(store->absolutePath(image->path), first);
    QCOMPARE(store->classById(image->classId)->name, classFolder);
}

void TestImportTask::cancelMidway()
{
    const QString root = m_dir.filePath(QStringLiteral("many"));
    constexpr int total = 120;
    for (int i = 0; i < total; ++i)
        TI::writePoster(root + QStringLiteral("/c%1/p%2.jpg").arg(i % 3).arg(i, 3, 10, QLatin1Char('0')), 80, 110,
                        quint32(i));
    const QString project = newProject();

    RecordingObserver observer(50);
    const ImportReport first = import(project, {root}, true, 2, &observer);
    QVERIFY(first.canceled);
    QCOMPARE(first.added, 50);
    QCOMPARE(first.filesFound, total);
    {
        // What was written is whole: every image counted has its thumbnail and its label.
        const auto store = ProjectStore::open(project);
        QCOMPARE(store->imageCount(), qint64(first.added));
        for (const ImageRecord &image : store->images()) {
            QVERIFY(!store->thumbnail(image.id).isEmpty());
            QVERIFY(image.classId != 0);
        }
        QCOMPARE(store->classes().size(), first.newClasses.size());
    }

    const ImportReport second = import(project, {root});
    QVERIFY(!second.canceled);
    QCOMPARE(second.alreadyInProject, 50);
    QCOMPARE(second.added, total - 50);
    QCOMPARE(ProjectStore::open(project)->imageCount(), qint64(total));
}

void TestImportTask::canceledBeforeStart()
{
    const QString root = m_dir.filePath(QStringLiteral("never"));
    TI::writePoster(root + QStringLiteral("/a.jpg"), 40, 30, 1);
    CancelFlag flag;
    flag.cancel();
    const QString project = newProject();
    const ImportReport report = import(project, {root}, true, 2, &flag);
    QVERIFY(report.canceled);
    QCOMPARE(report.added, 0);
    QCOMPARE(ProjectStore::open(project)->imageCount(), 0);
}

void TestImportTask::projectFileInsideFolderIsSkipped()
{
    const QString root = m_dir.filePath(QStringLiteral("inside"));
    TI::writePoster(root + QStringLiteral("/blue/a.jpg"), 40, 60, 1);
    TI::writePoster(root + QStringLiteral("/b.jpg"), 40, 60, 2);
    const QString project = createProject(root + QStringLiteral("/collection.atelier"));
    // Leftovers of other projects and SQLite companions are no images either.
    TI::writeFile(root + QStringLiteral("/old.atelier-journal"), "journal");
    TI::writeFile(root + QStringLiteral("/blue/other.ATELIER"), "project");
    {
        const auto open = ProjectStore::open(project); // an open connection keeps -wal and -shm around
        const ImportReport report = import(project, {root});
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemReasons(report.problems).join(QLatin1Char('\n'))));
        QCOMPARE(report.filesFound, 2);
        QCOMPARE(report.added, 2);
    }
    const auto store = ProjectStore::open(project);
    const QMap<QString, QString> labels = labelsByPath(*store, true);
    // Below the project's folder, paths are stored relative to it.
    QCOMPARE(labels, (QMap<QString, QString>{{QStringLiteral("b.jpg"), QString()},
                                             {QStringLiteral("blue/a.jpg"), QStringLiteral("blue")}}));
}

void TestImportTask::missingInput()
{
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
    const ImportReport report = import(newProject(), {missing});
    QCOMPARE(report.filesFound, 0);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().path, missing);
    QCOMPARE(report.problems.first().reason, QStringLiteral("no such file or folder"));
}

void TestImportTask::sameResultOnAnyThreadCount()
{
    const QString root = m_dir.filePath(QStringLiteral("threads"));
    for (int i = 0; i < 40; ++i)
        TI::writePoster(root + QStringLiteral("/k%1/p%2.jpg").arg(i % 4).arg(i), 50 + i, 70, quint32(i));
    TI::writeBadFiles(root + QStringLiteral("/k1"));

    QList<QList<ImageRecord>> results;
    for (int threads : {1, 3, 8}) {
        const QString project = newProject();
        const ImportReport report = import(project, {root}, true, threads);
        QCOMPARE(report.added, 40);
        results.append(ProjectStore::open(project)->images());
    }
    for (const QList<ImageRecord> &images : results) {
        QCOMPARE(images.size(), results.first().size());
        for (int i = 0; i < images.size(); ++i) {
            QCOMPARE(images.at(i).path, results.first().at(i).path);
            QCOMPARE(images.at(i).sha256, results.first().at(i).sha256);
            QCOMPARE(images.at(i).classId, results.first().at(i).classId);
        }
    }
}

void TestImportTask::pluginsLoadOnceAndRefuseOtherVersions()
{
    PluginManager &plugins = PluginManager::instance();
    plugins.loadPlugins();
    const QString plugin = QCoreApplication::applicationDirPath() + QStringLiteral("/plugins/atelier-csvimporter.so");
    QVERIFY2(plugins.loadedFiles().contains(QFileInfo(plugin).canonicalFilePath()),
             qPrintable(plugins.loadedFiles().join(QLatin1Char(' '))));
    QVERIFY(plugins.importerForFile(QStringLiteral("/somewhere/List.CSV")));
    QVERIFY(!plugins.importerForFile(QStringLiteral("/somewhere/poster.jpg")));

    // The same file through a link, and a second call, load nothing more.
    const QString linked = m_dir.filePath(QStringLiteral("linked-plugins"));
    QVERIFY(QDir().mkpath(linked));
    QVERIFY(QFile::link(plugin, linked + QStringLiteral("/alias.so")));
    const QStringList loadedBefore = plugins.loadedFiles();
    plugins.loadPlugins({linked});
    plugins.loadPlugins();
    QCOMPARE(plugins.loadedFiles(), loadedBefore);
    QCOMPARE(plugins.objects<ImporterInterface>().size(), 1);

    // A file that only looks like a plugin, and a plugin built for another interface version.
    const QString other = m_dir.filePath(QStringLiteral("other-plugins"));
    TI::writeFile(other + QStringLiteral("/broken.so"), "not a shared library");
    QFile original(plugin);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray binary = original.readAll();
    QVERIFY(binary.contains(AtelierImporterInterface_iid));
    binary.replace(AtelierImporterInterface_iid, "org.atelier.ImporterInterface/2.0");
    TI::writeFile(other + QStringLiteral("/future.so"), binary);
    const int errorsBefore = plugins.loadErrors().size();
    plugins.loadPlugins({other});
    const QStringList errors = plugins.loadErrors().mid(errorsBefore);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(other + QStringLiteral("/broken.so: ")), qPrintable(errors.at(0)));
    QCOMPARE(errors.at(1), other + QStringLiteral("/future.so: built for importer interface 2.0, but this Atelier needs 1.0"));
    QCOMPARE(plugins.objects<ImporterInterface>().size(), 1);
}

QTEST_GUILESS_MAIN(TestImportTask)
#include "tst_importtask.moc"
