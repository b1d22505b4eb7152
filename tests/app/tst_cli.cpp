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

#include <cmath>

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
    void predictEvaluateExportModel();
    void labelErrorsFromPredictionsAndCrossValidation();
    void predictionCommandsRefuseBadInput();

private:
    /// A demo project with a split and one trained run, made once: {project, run id}.
    QPair<QString, qint64> trainedProject();
    QTemporaryDir m_trainedDir;
    QString m_trainedProject;
    qint64 m_trainedRun = 0;
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

QPair<QString, qint64> TestCli::trainedProject()
{
    if (m_trainedRun > 0)
        return {m_trainedProject, m_trainedRun};
    const CliResult demo = runCli({QStringLiteral("demo"), m_trainedDir.filePath(QStringLiteral("demo")), QStringLiteral("--images-per-class"),
                                   QStringLiteral("8"), QStringLiteral("--quiet"), QStringLiteral("--json")});
    if (demo.exitCode != 0)
        return {};
    const QString project = demo.json().value(QStringLiteral("project")).toString();
    if (runCli({QStringLiteral("split"), project, QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--quiet")}).exitCode != 0)
        return {};
    const QString config = m_trainedDir.filePath(QStringLiteral("run.yaml"));
    writeFile(config, "model: {architecture: small_cnn, input_size: 32, width: 8}\n"
                      "epochs: 2\nbatch_size: 8\nthreads: 2\n"
                      "data: {eval_crop: 1.0, workers: 1}\n"
                      "callbacks: {checkpoint_every_minutes: 0}\n");
    const CliResult train = runCli({QStringLiteral("train"), project, QStringLiteral("--config"), config, QStringLiteral("--json"),
                                    QStringLiteral("--quiet")});
    if (train.exitCode != 0)
        return {};
    // One JSON object per epoch, then the summary.
    const QList<QByteArray> lines = train.out.trimmed().split('\n');
    m_trainedRun = QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("run")).toInteger();
    m_trainedProject = project;
    return {m_trainedProject, m_trainedRun};
}

void TestCli::predictEvaluateExportModel()
{
    const auto [project, run] = trainedProject();
    QVERIFY2(run > 0, "the demo project did not train");
    const QString runId = QString::number(run);
    const QString images = QFileInfo(project).absolutePath() + QStringLiteral("/images");
    const QString poster = images + QStringLiteral("/Cabaret/cabaret-01.jpg");
    QVERIFY(QFile::exists(poster));

    // Training evaluated the run: figures and the matrix are there without evaluating again.
    CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--run"), runId, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("evaluated")).toBool(), false);
    const QJsonArray evaluations = json.value(QStringLiteral("evaluations")).toArray();
    QVERIFY(!evaluations.isEmpty());
    for (const QJsonValue &value : evaluations) {
        const QJsonObject evaluation = value.toObject();
        QCOMPARE(evaluation.value(QStringLiteral("confusion")).toArray().size(), 3);
        QCOMPARE(evaluation.value(QStringLiteral("perClass")).toArray().size(), 3);
        QVERIFY(evaluation.value(QStringLiteral("balancedAccuracy")).isDouble() || evaluation.value(QStringLiteral("balancedAccuracy")).isNull());
        QVERIFY(evaluation.value(QStringLiteral("top3Accuracy")).toDouble() == 1.0); // three classes
    }
    QVERIFY(json.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("temperature")).toDouble() > 0);
    result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--run"), runId, QStringLiteral("--split"), QStringLiteral("test"),
                     QStringLiteral("--recompute"), QStringLiteral("--quiet"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.json().value(QStringLiteral("evaluated")).toBool(), true);
    QCOMPARE(result.json().value(QStringLiteral("evaluations")).toArray().size(), 1);
    QCOMPARE(result.json().value(QStringLiteral("evaluations")).toArray().first().toObject().value(QStringLiteral("split")).toString(),
             QStringLiteral("test"));
    result = runCli({QStringLiteral("evaluate"), QStringLiteral("--project"), project, QStringLiteral("--run"), runId});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Confusion matrix"));
    QVERIFY(result.out.contains("Calibration"));
    // A folder of photos, a class per subfolder.
    result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--run"), runId, QStringLiteral("--folder"), images,
                     QStringLiteral("--quiet"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.json().value(QStringLiteral("images")).toInt(), 24);

    // One image: three classes with probabilities; neighbours from the project.
    result = runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId, poster, QStringLiteral("--neighbours"),
                     QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject prediction = result.json().value(QStringLiteral("predictions")).toArray().first().toObject();
    const QJsonArray top = prediction.value(QStringLiteral("top")).toArray();
    QCOMPARE(top.size(), 3);
    double sum = 0;
    for (const QJsonValue &value : top)
        sum += value.toObject().value(QStringLiteral("probability")).toDouble();
    QVERIFY(std::abs(sum - 1.0) < 1e-3);
    QVERIFY(top[0].toObject().value(QStringLiteral("probability")).toDouble() >= top[1].toObject().value(QStringLiteral("probability")).toDouble());
    const QJsonArray neighbours = prediction.value(QStringLiteral("neighbours")).toArray();
    QCOMPARE(neighbours.size(), 2);
    QVERIFY(neighbours.first().toObject().value(QStringLiteral("path")).toString() != poster); // itself left out

    // A folder, as CSV: a header and a line per image.
    result = runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId, images, QStringLiteral("--top"), QStringLiteral("2"),
                     QStringLiteral("--csv"), QStringLiteral("--quiet")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> rows = result.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 25);
    QCOMPARE(rows.first(), QByteArray("path,class_1,probability_1,class_2,probability_2,unsure"));
    QCOMPARE(rows[1].split(',').size(), 6);

    // Exported, the model predicts the same without the project.
    const QString exported = m_trainedDir.filePath(QStringLiteral("model"));
    result = runCli({QStringLiteral("export-model"), project, QStringLiteral("--run"), runId, exported, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray files = result.json().value(QStringLiteral("files")).toArray();
    for (const char *file : {"model.pt", "model.json", "classes.txt", "metrics.json"})
        QVERIFY2(files.contains(QLatin1String(file)), file);
    QFile metrics(exported + QStringLiteral("/metrics.json"));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(metrics.readAll()).object().contains(QLatin1String("test")));
    result = runCli({QStringLiteral("predict"), QStringLiteral("--model"), exported, poster, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray exportedTop = result.json().value(QStringLiteral("predictions")).toArray().first().toObject().value(QStringLiteral("top")).toArray();
    QCOMPARE(exportedTop.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(exportedTop[i].toObject().value(QStringLiteral("class")).toString(), top[i].toObject().value(QStringLiteral("class")).toString());
        QVERIFY(std::abs(exportedTop[i].toObject().value(QStringLiteral("probability")).toDouble()
                         - top[i].toObject().value(QStringLiteral("probability")).toDouble()) < 1e-4);
    }
    result = runCli({QStringLiteral("predict"), QStringLiteral("--model"), exported, poster});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(poster.toUtf8()));
}

void TestCli::labelErrorsFromPredictionsAndCrossValidation()
{
    const auto [project, run] = trainedProject();
    QVERIFY2(run > 0, "the demo project did not train");
    const QString runId = QString::number(run);
    CliResult result = runCli({QStringLiteral("label-errors"), project, QStringLiteral("--run"), runId, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonArray sources = result.json().value(QStringLiteral("sources")).toArray();
    QVERIFY(sources.contains(QLatin1String("validation")) || sources.contains(QLatin1String("test")));
    QVERIFY(result.json().value(QStringLiteral("imagesChecked")).toInt() > 0);
    QVERIFY(result.json().value(QStringLiteral("issues")).isArray());

    // Every labelled image gets an out-of-sample prediction.
    result = runCli({QStringLiteral("label-errors"), project, QStringLiteral("--run"), runId, QStringLiteral("--cross-validate"),
                     QStringLiteral("2"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    sources = result.json().value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources, QJsonArray{QStringLiteral("cross-validation")});
    QCOMPARE(result.json().value(QStringLiteral("imagesChecked")).toInt(), 24);
    for (const QJsonValue &value : result.json().value(QStringLiteral("issues")).toArray()) {
        const QJsonObject issue = value.toObject();
        QVERIFY(QFile::exists(issue.value(QStringLiteral("path")).toString()));
        QVERIFY(issue.value(QStringLiteral("given")).toString() != issue.value(QStringLiteral("suggested")).toString());
    }
    result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--run"), runId, QStringLiteral("--split"), QStringLiteral("cv"),
                     QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.json().value(QStringLiteral("evaluations")).toArray().first().toObject().value(QStringLiteral("images")).toInt(), 24);
}

void TestCli::predictionCommandsRefuseBadInput()
{
    const auto [project, run] = trainedProject();
    QVERIFY2(run > 0, "the demo project did not train");
    const QString runId = QString::number(run);
    const QString poster = QFileInfo(project).absolutePath() + QStringLiteral("/images/Travel/travel-01.jpg");
    // Usage mistakes: exit 2.
    QCOMPARE(runCli({QStringLiteral("predict"), project, poster}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("predict"), QStringLiteral("--run"), runId, poster}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId, poster, QStringLiteral("--top"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId, poster, QStringLiteral("--csv"), QStringLiteral("--json")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("evaluate"), project}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("evaluate"), project, QStringLiteral("--run"), runId, QStringLiteral("--split"), QStringLiteral("train")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("export-model"), project, QStringLiteral("--run"), runId}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("label-errors"), project, QStringLiteral("--run"), runId, QStringLiteral("--epochs"), QStringLiteral("2")}).exitCode, 2);
    // Bad input: exit 3, with the reason.
    CliResult result = runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), QStringLiteral("99"), poster, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.json().value(QStringLiteral("kind")).toString(), QStringLiteral("bad-input"));
    QVERIFY(result.json().value(QStringLiteral("error")).toString().contains(QLatin1String("no run 99")));
    QCOMPARE(runCli({QStringLiteral("predict"), QStringLiteral("--model"), QFileInfo(project).absolutePath(), poster}).exitCode, 3);
    const QString garbage = m_trainedDir.filePath(QStringLiteral("garbage.jpg"));
    writeFile(garbage, "not a jpeg");
    result = runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId, garbage, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.json().value(QStringLiteral("problems")).toArray().size(), 1);
    result = runCli({QStringLiteral("predict"), project, QStringLiteral("--run"), runId, garbage, poster, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QStringLiteral("predictions")).toArray().size(), 1);
    QCOMPARE(runCli({QStringLiteral("evaluate"), project, QStringLiteral("--run"), runId, QStringLiteral("--folder"),
                     m_trainedDir.filePath(QStringLiteral("nowhere"))}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
