#include "imagedecoder.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/atelier-cli"));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(300000))
        qFatal("atelier-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    file.write(content);
}

int countFiles(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrorsHaveTheirOwnExitCode();
    void initCreatesAndRefusesToOverwrite();
    void demoInfoExportEndToEnd();
    void importReportsBadFilesAndIsIdempotent();
    void importCsvList();
    void badProjectIsBadInput();
    void classesLabelSplitAndMapping();
    void dedupAndCropOnAFolder();
    void exportWritesBorderedScansCropped();
};

void TestCli::usageErrorsHaveTheirOwnExitCode()
{
    QCOMPARE(runCli({}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    const CliResult help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"init", "import", "info", "export", "demo"})
        QVERIFY2(help.out.contains(command), command);
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("info")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--bogus-option"), QStringLiteral("x")}).exitCode, 2);
    const CliResult json = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.json().value(QStringLiteral("kind")).toString(), QStringLiteral("usage"));
}

void TestCli::initCreatesAndRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("new.atelier"));
    const CliResult created = runCli({QStringLiteral("init"), project, QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.json().value(QStringLiteral("project")).toString(), project);
    QVERIFY(QFile::exists(project));
    const CliResult again = runCli({QStringLiteral("init"), project});
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains("already exists"));
}

void TestCli::demoInfoExportEndToEnd()
{
    QTemporaryDir dir;
    const CliResult demo = runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo")),
                                   QStringLiteral("--images-per-class"), QStringLiteral("4"), QStringLiteral("--json")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const QString project = demo.json().value(QStringLiteral("project")).toString();
    QVERIFY(QFile::exists(project));
    QCOMPARE(demo.json().value(QStringLiteral("images")).toInt(), 12);

    const CliResult info = runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = info.json();
    QCOMPARE(json.value(QStringLiteral("images")).toInt(), 12);
    QCOMPARE(json.value(QStringLiteral("unlabelled")).toInt(), 0);
    const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
    QCOMPARE(classes.size(), 3);
    for (const QJsonValue &value : classes)
        QCOMPARE(value.toObject().value(QStringLiteral("count")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("formats")).toObject().value(QStringLiteral("JPEG")).toInt(), 12);
    QVERIFY(json.value(QStringLiteral("runtime")).toObject().value(QStringLiteral("threads")).toInt() >= 1);

    const QString tree = dir.filePath(QStringLiteral("tree"));
    const CliResult folder = runCli({QStringLiteral("export"), project, QStringLiteral("--folder"), tree, QStringLiteral("--json")});
    QCOMPARE(folder.exitCode, 0);
    QCOMPARE(folder.json().value(QStringLiteral("written")).toInt(), 12);
    QCOMPARE(QDir(tree).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3);
    QCOMPARE(countFiles(tree + QStringLiteral("/Cabaret")), 4);

    // The exported tree imports back with the same labels.
    const QString roundTrip = dir.filePath(QStringLiteral("round.atelier"));
    QCOMPARE(runCli({QStringLiteral("init"), roundTrip}).exitCode, 0);
    const CliResult reimport = runCli({QStringLiteral("import"), roundTrip, tree, QStringLiteral("--json")});
    QCOMPARE(reimport.exitCode, 0);
    QCOMPARE(reimport.json().value(QStringLiteral("added")).toInt(), 12);
    QCOMPARE(reimport.json().value(QStringLiteral("labelled")).toInt(), 12);

    const QString csv = dir.filePath(QStringLiteral("labels.csv"));
    QCOMPARE(runCli({QStringLiteral("export"), project, QStringLiteral("--csv"), csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.first(), QByteArrayLiteral("path,label"));

    QCOMPARE(runCli({QStringLiteral("export"), project}).exitCode, 2);
    // Exporting into a folder that holds files is refused.
    QCOMPARE(runCli({QStringLiteral("export"), project, QStringLiteral("--folder"), tree}).exitCode, 3);
}

void TestCli::importReportsBadFilesAndIsIdempotent()
{
    QTemporaryDir dir;
    const CliResult demo = runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo")),
                                   QStringLiteral("--images-per-class"), QStringLiteral("2"), QStringLiteral("--quiet")});
    QCOMPARE(demo.exitCode, 0);
    const QString images = dir.filePath(QStringLiteral("demo/images"));
    writeFile(images + QStringLiteral("/Cabaret/empty.jpg"), QByteArray());
    writeFile(images + QStringLiteral("/Cabaret/notes.jpg"), QByteArrayLiteral("these are notes, not pixels"));

    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    QCOMPARE(runCli({QStringLiteral("init"), project}).exitCode, 0);
    const CliResult first = runCli({QStringLiteral("import"), project, images, QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QJsonObject json = first.json();
    QCOMPARE(json.value(QStringLiteral("added")).toInt(), 6);
    const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    for (const QJsonValue &problem : problems) {
        QVERIFY(!problem.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(problem.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral(".jpg")));
    }

    const CliResult second = runCli({QStringLiteral("import"), project, images, QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(second.json().value(QStringLiteral("alreadyInProject")).toInt(), 6);
    QCOMPARE(ProjectStore::open(project)->imageCount(), 6);
}

void TestCli::importCsvList()
{
    QTemporaryDir dir;
    QCOMPARE(runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo")), QStringLiteral("--images-per-class"),
                     QStringLiteral("1"), QStringLiteral("--quiet")})
                 .exitCode,
             0);
    writeFile(dir.filePath(QStringLiteral("list.csv")),
              "path,label\n"
              "demo/images/Cabaret/cabaret-01.jpg,night\n"
              "demo/images/Travel/travel-01.jpg,\"day, sunny\"\n");
    const QString project = dir.filePath(QStringLiteral("p.atelier"));
    QCOMPARE(runCli({QStringLiteral("init"), project}).exitCode, 0);
    const CliResult result = runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("list.csv")),
                                     QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.json().value(QStringLiteral("added")).toInt(), 2);
    const auto store = ProjectStore::open(project);
    QVERIFY(store->classByName(QStringLiteral("night")));
    QVERIFY(store->classByName(QStringLiteral("day, sunny")));
}

void TestCli::badProjectIsBadInput()
{
    QTemporaryDir dir;
    const QString notProject = dir.filePath(QStringLiteral("photo.atelier"));
    writeFile(notProject, QByteArrayLiteral("\xff\xd8\xff\xe0 a jpeg in disguise"));
    const CliResult info = runCli({QStringLiteral("info"), notProject, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 3);
    QCOMPARE(info.json().value(QStringLiteral("kind")).toString(), QStringLiteral("bad-input"));
    QVERIFY(info.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("not an Atelier project")));
    const CliResult missing = runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.atelier")), dir.path()});
    QCOMPARE(missing.exitCode, 3);
}

void TestCli::classesLabelSplitAndMapping()
{
    QTemporaryDir dir;
    const CliResult demo = runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo")),
                                   QStringLiteral("--images-per-class"), QStringLiteral("10"), QStringLiteral("--json"),
                                   QStringLiteral("--quiet")});
    QCOMPARE(demo.exitCode, 0);
    const QString project = demo.json().value(QStringLiteral("project")).toString();
    // An exact copy of a Cabaret poster filed under Travel: a duplicate group across classes.
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("demo/images/Cabaret/cabaret-01.jpg")),
                        dir.filePath(QStringLiteral("demo/images/Travel/copy.jpg"))));
    QCOMPARE(runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("demo/images")), QStringLiteral("--quiet")}).exitCode, 0);

    const auto classCount = [](const QJsonObject &json, const QString &name) {
        for (const QJsonValue &value : json.value(QStringLiteral("classes")).toArray())
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject().value(QStringLiteral("count")).toInt();
        return -1;
    };
    QCOMPARE(runCli({QStringLiteral("classes"), project, QStringLiteral("add"), QStringLiteral("Posters")}).exitCode, 0);
    CliResult result = runCli({QStringLiteral("label"), project, QStringLiteral("--pattern"), QStringLiteral("*/Travel/travel-0*"),
                               QStringLiteral("--class"), QStringLiteral("Posters"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QStringLiteral("changed")).toInt(), 9);
    result = runCli({QStringLiteral("classes"), project, QStringLiteral("merge"), QStringLiteral("Posters"),
                     QStringLiteral("Travel"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(classCount(result.json(), QStringLiteral("Travel")), 11);
    QCOMPARE(classCount(result.json(), QStringLiteral("Posters")), -1);
    QCOMPARE(runCli({QStringLiteral("classes"), project, QStringLiteral("delete"), QStringLiteral("Travel")}).exitCode, 3);
    QCOMPARE(runCli({QStringLiteral("classes"), project, QStringLiteral("frobnicate")}).exitCode, 2);
    result = runCli({QStringLiteral("classes"), project, QStringLiteral("rename"), QStringLiteral("Travel"),
                     QStringLiteral("Voyage"), QStringLiteral("--json")});
    QCOMPARE(classCount(result.json(), QStringLiteral("Voyage")), 11);

    // Labels from a CSV: paths relative to the CSV, a new class created on the way.
    writeFile(dir.filePath(QStringLiteral("relabel.csv")), "path,label\ndemo/images/Cabaret/cabaret-02.jpg,Affiche\n");
    result = runCli({QStringLiteral("label"), project, QStringLiteral("--csv"), dir.filePath(QStringLiteral("relabel.csv")), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QStringLiteral("newClasses")).toArray().first().toString(), QStringLiteral("Affiche"));

    result = runCli({QStringLiteral("split"), project, QStringLiteral("--pin"), QStringLiteral("*art*-01.jpg=test"),
                     QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonObject split = result.json();
    const QJsonObject counts = split.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("train")).toInt() + counts.value(QStringLiteral("validation")).toInt() +
                 counts.value(QStringLiteral("test")).toInt(),
             31);
    QCOMPARE(split.value(QStringLiteral("duplicateGroups")).toInt(), 1);
    QVERIFY(split.value(QStringLiteral("leakingGroups")).toArray().isEmpty());
    QCOMPARE(split.value(QStringLiteral("pinned")).toInt(), 1);
    result = runCli({QStringLiteral("split"), project, QStringLiteral("--report"), QStringLiteral("--json")});
    QCOMPARE(result.json().value(QStringLiteral("version")).toInt(), split.value(QStringLiteral("version")).toInt());
    QCOMPARE(result.json().value(QStringLiteral("created")).toBool(), false);

    result = runCli({QStringLiteral("mapping"), project, QStringLiteral("set"), QStringLiteral("mood"),
                     QStringLiteral("Cabaret=night"), QStringLiteral("Voyage=day"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject mapping = result.json().value(QStringLiteral("mappings")).toArray().first().toObject();
    QCOMPARE(mapping.value(QStringLiteral("targets")).toArray().size(), 2);
    QCOMPARE(runCli({QStringLiteral("mapping"), project, QStringLiteral("set"), QStringLiteral("bad"), QStringLiteral("Nope=x")}).exitCode, 3);
}

void TestCli::dedupAndCropOnAFolder()
{
    QTemporaryDir dir;
    QCOMPARE(runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo")), QStringLiteral("--images-per-class"),
                     QStringLiteral("4"), QStringLiteral("--quiet")})
                 .exitCode,
             0);
    const QString images = dir.filePath(QStringLiteral("demo/images"));
    QVERIFY(QFile::copy(images + QStringLiteral("/Cabaret/cabaret-01.jpg"), images + QStringLiteral("/Cabaret/copy.jpg")));

    CliResult result = runCli({QStringLiteral("dedup"), images, QStringLiteral("--quiet"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray exact = result.json().value(QStringLiteral("exact")).toArray();
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.first().toArray().size(), 2);
    QVERIFY(exact.first().toArray().contains(images + QStringLiteral("/Cabaret/copy.jpg")));
    // Different posters of one family are not near duplicates.
    QCOMPARE(result.json().value(QStringLiteral("near")).toArray().size(), 0);
    QCOMPARE(result.json().value(QStringLiteral("images")).toInt(), 13);

    result = runCli({QStringLiteral("crop"), QStringLiteral("--detect"), images, QStringLiteral("--quiet"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rects = result.json().value(QStringLiteral("images")).toArray();
    QCOMPARE(rects.size(), 13);
    int bordered = 0;
    for (const QJsonValue &value : rects) {
        const QJsonObject entry = value.toObject();
        const QJsonArray rect = entry.value(QStringLiteral("rect")).toArray();
        QCOMPARE(rect.size(), 4);
        QVERIFY(rect[0].toInt() >= 0 && rect[1].toInt() >= 0 && rect[2].toInt() > 0 && rect[3].toInt() > 0);
        bordered += entry.value(QStringLiteral("border")).toBool() ? 1 : 0;
    }
    // The demo adds a catalogue strip to some posters (the first Art Nouveau one among them).
    QVERIFY(bordered >= 1);
    QCOMPARE(runCli({QStringLiteral("crop"), images}).exitCode, 2);
}

void TestCli::exportWritesBorderedScansCropped()
{
    QTemporaryDir dir;
    const CliResult demo = runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo")), QStringLiteral("--images-per-class"),
                                   QStringLiteral("4"), QStringLiteral("--quiet"), QStringLiteral("--json")});
    QCOMPARE(demo.exitCode, 0);
    const QString project = demo.json().value(QStringLiteral("project")).toString();
    const CliResult crop = runCli({QStringLiteral("crop"), QStringLiteral("--detect"), project, QStringLiteral("--quiet"), QStringLiteral("--json")});
    QCOMPARE(crop.exitCode, 0);
    QString borderedPath;
    QJsonArray rect;
    for (const QJsonValue &value : crop.json().value(QStringLiteral("images")).toArray())
        if (value.toObject().value(QStringLiteral("border")).toBool() && borderedPath.isEmpty()) {
            borderedPath = value.toObject().value(QStringLiteral("path")).toString();
            rect = value.toObject().value(QStringLiteral("rect")).toArray();
        }
    QVERIFY(!borderedPath.isEmpty());

    const QString tree = dir.filePath(QStringLiteral("tree"));
    const CliResult exported = runCli({QStringLiteral("export"), project, QStringLiteral("--folder"), tree, QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.json().value(QStringLiteral("cropped")).toInt() >= 1);
    const QFileInfo original(borderedPath);
    QFile copy(tree + QLatin1Char('/') + original.dir().dirName() + QLatin1Char('/') + original.fileName());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const ImageHeader header = ImageDecoder::readHeader(copy.readAll());
    QCOMPARE(header.width, rect[2].toInt());
    QCOMPARE(header.height, rect[3].toInt());
    // The original keeps its border.
    QFile source(borderedPath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(ImageDecoder::readHeader(source.readAll()).height > rect[3].toInt());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
