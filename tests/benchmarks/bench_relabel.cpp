// Relabelling 10,000 selected images in one action, and undoing it, on a 100,000-image project.
// Goal: under 1 s each. The undo restores each image's own previous label.

#include "benchsupport.h"
#include "projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("images"), QStringLiteral("Images in the project."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("selected"), QStringLiteral("Images relabelled at once."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("images")).toInt();
    const int selected = parser.value(QStringLiteral("selected")).toInt();

    QTemporaryDir work;
    auto store = ProjectStore::create(work.filePath(QStringLiteral("relabel.atelier")));
    QList<qint64> classes;
    for (int c = 0; c < 10; ++c)
        classes << store->addClass(QStringLiteral("class %1").arg(c)).id;
    QList<qint64> ids;
    {
        ProjectStore::Transaction transaction(*store);
        for (int i = 0; i < count; ++i) {
            NewImage image;
            image.path = QStringLiteral("scans/%1.jpg").arg(i);
            image.sha256 = QByteArray::number(i).rightJustified(64, '0');
            image.format = QStringLiteral("JPEG");
            image.classId = i % 5 == 0 ? 0 : classes[i % classes.size()];
            ids << store->addImage(image);
        }
        transaction.commit();
    }
    std::mt19937 rng(3);
    std::shuffle(ids.begin(), ids.end(), rng);
    const QList<qint64> selection = ids.mid(0, selected);
    std::printf("== relabel: %d of %d images, one action, then undo\n", selected, count);

    QElapsedTimer timer;
    timer.start();
    const QHash<qint64, qint64> before = store->labelsOf(selection); // what the undo command keeps
    store->setLabels(selection, classes[3]);
    const double relabelMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    store->applyLabels(before);
    const double undoMs = timer.nsecsElapsed() / 1e6;

    Bench::report("relabel (with history)", relabelMs, "ms", "< 1000 ms", relabelMs < 1000);
    Bench::report("undo (each image's own label back)", undoMs, "ms", "< 1000 ms", undoMs < 1000);
    Bench::report("peak memory", Bench::peakMemoryMiB(), "MiB");
    return store->labelsOf(selection) == before ? 0 : 1;
}
