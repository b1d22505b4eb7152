// Opening a project of 100,000 images: what the studio does before it can show the grid
// (open and check the file, read every image record with its label, the classes and their counts).
// Goal: under 1 s.

#include "benchsupport.h"
#include "projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("images"), QStringLiteral("Image records."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("images")).toInt();

    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("large.atelier"));
    {
        QElapsedTimer timer;
        timer.start();
        auto store = ProjectStore::create(path);
        std::mt19937 rng(7);
        QList<qint64> classes;
        for (int c = 0; c < 10; ++c)
            classes << store->addClass(QStringLiteral("class %1").arg(c)).id;
        // Thumbnails of a realistic size (about 8 KiB each) make the file as large as a real one.
        QByteArray thumbnail(8 * 1024, '\0');
        for (char &byte : thumbnail)
            byte = char(rng());
        ProjectStore::Transaction transaction(*store);
        for (int i = 0; i < count; ++i) {
            NewImage image;
            image.path = QStringLiteral("scans/box-%1/scan-%2.jpg").arg(i / 1000).arg(i, 6, 10, QLatin1Char('0'));
            image.sha256 = QByteArray::number(quint64(rng()) << 32 | rng(), 16).rightJustified(64, '0');
            image.byteSize = 800000 + i;
            image.width = 1500;
            image.height = 2200;
            image.format = QStringLiteral("JPEG");
            image.mtimeMs = 1700000000000 + i;
            image.classId = i % 7 == 0 ? 0 : classes[i % classes.size()];
            image.thumbnailJpeg = thumbnail;
            image.thumbnailWidth = 174;
            image.thumbnailHeight = 256;
            store->addImage(image);
        }
        transaction.commit();
        std::printf("== project open: %d image records, file %.0f MiB (written in %.1f s)\n", count,
                    QFileInfo(path).size() / 1048576.0, timer.elapsed() / 1000.0);
    }

    Bench::resetPeakMemory();
    const double before = Bench::peakMemoryMiB();
    QElapsedTimer timer;
    timer.start();
    auto store = ProjectStore::open(path);
    const double openMs = timer.nsecsElapsed() / 1e6;
    const QList<ImageRecord> images = store->images();
    const double imagesMs = timer.nsecsElapsed() / 1e6 - openMs;
    const QList<ClassInfo> classes = store->classes();
    const QHash<qint64, qint64> counts = store->labelCounts();
    const double totalMs = timer.nsecsElapsed() / 1e6;

    Bench::report("open and check the file", openMs, "ms");
    Bench::report("read every image record", imagesMs, "ms");
    Bench::report("records read", images.size(), "images");
    Bench::report("classes with counts", classes.size(), "classes");
    Bench::report("project open, total", totalMs, "ms", "< 1000 ms", totalMs < 1000);
    Bench::report("peak memory (open)", Bench::peakMemoryMiB(), "MiB");
    Bench::report("memory held by the records", Bench::peakMemoryMiB() - before, "MiB");
    return counts.isEmpty() ? 1 : 0;
}
