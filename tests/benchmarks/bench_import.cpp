// Import throughput: scans of about 1500x2200 px, with thumbnails, on N threads.
// Goal (2 cores): at least 200 images/s.

#include "benchsupport.h"
#include "importtask.h"
#include "projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace Atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import throughput benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Number of scans."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Decoding threads."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("fixtures"), QStringLiteral("Folder of generated scans (kept between runs)."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/atelier-bench/scans-1500x2200")});
    parser.process(app);

    const int count = parser.value(QStringLiteral("count")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const QString fixtures = parser.value(QStringLiteral("fixtures"));
    Bench::ensureScanFixtures(fixtures, count, 1500, 2200);

    QStringList files;
    for (QDirIterator it(fixtures, {QStringLiteral("*.jpg")}, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    files = files.mid(0, count);
    qint64 bytes = 0;
    for (const QString &file : std::as_const(files))
        bytes += QFileInfo(file).size();

    QTemporaryDir work;
    const QString project = work.filePath(QStringLiteral("bench.atelier"));
    ProjectStore::create(project).reset();

    ImportParams params;
    params.inputs = files;
    params.threads = threads;
    std::printf("== import: %lld scans of 1500x2200 px (%.0f MiB), %d threads, 256-px thumbnails\n",
                qlonglong(files.size()), bytes / 1048576.0, threads);
    Bench::resetPeakMemory();
    const auto cpuSeconds = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double cpuBefore = cpuSeconds();
    const ImportReport report = ImportTask(project, params).run();
    const double cpuPerImageMs = (cpuSeconds() - cpuBefore) * 1000.0 / std::max(1, report.added);
    const double rate = report.added / report.seconds;
    Bench::report("images imported", report.added, "images");
    Bench::report("problems", report.problems.size(), "files");
    Bench::report("time", report.seconds, "s");
    Bench::report("import throughput", rate, "images/s", ">= 200 images/s", rate >= 200);
    Bench::report("data throughput", bytes / 1048576.0 / report.seconds, "MiB/s");
    // Wall-clock figures suffer when other processes share the cores; CPU time per image does not.
    Bench::report("CPU time per image (all threads)", cpuPerImageMs, "ms");
    Bench::report("throughput if the threads had their cores", threads * 1000.0 / cpuPerImageMs, "images/s");
    Bench::report("peak memory (import)", Bench::peakMemoryMiB(), "MiB");
    Bench::report("project file size", QFileInfo(project).size() / 1048576.0, "MiB");
    return report.added == files.size() ? 0 : 1;
}
