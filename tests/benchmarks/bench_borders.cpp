// Museum borders: how well BorderDetector finds the poster in generated scans.
//
// Bordered scans: posters with strips of white, cream, grey or black on one to three sides, plain,
// with catalogue text, a separator line, a ruler or a row of colour patches. Borderless posters:
// busy ones, and ones whose edges look a little like a strip (a plain sky, a dark ground, a pale
// margin all around, a grey haze). Each is a JPEG decoded the way BorderDetectionTask decodes it.
// Goals: mean IoU >= 0.95 on bordered scans, false crops <= 2% on borderless ones.

#include "benchsupport.h"
#include "borderdetector.h"
#include "imagedecoder.h"
#include "scanfixtures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Atelier;

namespace {

double iou(const QRect &a, const QRect &b)
{
    const QRect common = a.intersected(b);
    const double shared = double(common.width()) * common.height();
    const double all = double(a.width()) * a.height() + double(b.width()) * b.height() - shared;
    return all > 0 ? shared / all : 0;
}

struct Case
{
    QByteArray file;
    QRect truth; ///< null for borderless posters
    QString description;
};

BorderDetection detectFile(const QByteArray &file)
{
    const ImageHeader header = ImageDecoder::readHeader(file);
    ImageDecoder::Options options;
    options.maxSide = BorderDetector::AnalysisSide;
    return BorderDetector::detect(ImageDecoder::decode(file, options), QSize(header.width, header.height));
}

template<typename Work>
void parallel(int count, int threads, Work work)
{
    std::atomic<int> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (int i = next++; i < count; i = next++)
                work(i);
        });
    for (auto &thread : pool)
        thread.join();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Border detection benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("bordered"), QStringLiteral("Bordered scans per style."), QStringLiteral("N"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("borderless"), QStringLiteral("Borderless posters per look."), QStringLiteral("N"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Threads."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("List every miss and false crop.")});
    parser.addOption({QStringLiteral("dump"), QStringLiteral("Write misses and false crops into DIR."), QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Only look at this image and print what is found."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        QFile file(parser.positionalArguments().first());
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const BorderDetection found = detectFile(file.readAll());
        std::printf("border %s, sides %d, content %d,%d %dx%d\n", found.found ? "found" : "none", found.sides,
                    found.content.x(), found.content.y(), found.content.width(), found.content.height());
        return 0;
    }
    const int perStyle = parser.value(QStringLiteral("bordered")).toInt();
    const int perLook = parser.value(QStringLiteral("borderless")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const bool verbose = parser.isSet(QStringLiteral("verbose"));

    // Sizes from small web copies to real scans; posters portrait and landscape.
    auto posterSize = [](int i) {
        const int widths[] = {520, 700, 900, 1200, 1500};
        const int width = widths[i % 5];
        const double aspect = i % 4 == 3 ? 0.75 : 1.4;
        return QSize(width, int(width * aspect));
    };

    QElapsedTimer timer;
    timer.start();
    const QList<ScanFixtures::BorderStyle> styles = ScanFixtures::allBorderStyles();
    const QList<ScanFixtures::EdgeLook> looks = ScanFixtures::allEdgeLooks();
    std::vector<Case> bordered(size_t(perStyle * styles.size()));
    std::vector<Case> borderless(size_t(perLook * looks.size()));
    parallel(int(bordered.size()), threads, [&](int i) {
        const QSize size = posterSize(i / int(styles.size()));
        const auto style = styles[i % styles.size()];
        const ScanFixtures::BorderedScan scan =
            ScanFixtures::withBorder(ScanFixtures::poster(size.width(), size.height(), quint32(7000 + i)), style, quint32(i));
        bordered[size_t(i)] = {ScanFixtures::encodeJpeg(scan.image, 90), scan.content,
                               ScanFixtures::borderStyleName(style) + QStringLiteral(": ") + scan.description};
    });
    parallel(int(borderless.size()), threads, [&](int i) {
        const QSize size = posterSize(i / int(looks.size()));
        const auto look = looks[i % looks.size()];
        borderless[size_t(i)] = {
            ScanFixtures::encodeJpeg(ScanFixtures::borderlessPoster(size.width(), size.height(), quint32(9000 + i), look), 90),
            QRect(), ScanFixtures::edgeLookName(look)};
    });
    std::printf("== borders: %zu bordered scans (%d per style), %zu borderless posters (%d per look), 520 to 1500 px wide\n",
                bordered.size(), perStyle, borderless.size(), perLook);
    std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);

    std::vector<BorderDetection> onBordered(bordered.size()), onBorderless(borderless.size());
    timer.restart();
    parallel(int(bordered.size()), threads, [&](int i) { onBordered[size_t(i)] = detectFile(bordered[size_t(i)].file); });
    parallel(int(borderless.size()), threads, [&](int i) { onBorderless[size_t(i)] = detectFile(borderless[size_t(i)].file); });
    const double seconds = timer.elapsed() / 1000.0;

    QMap<QString, std::pair<double, int>> iouByStyle;
    double iouSum = 0;
    int within3 = 0, missed = 0;
    for (size_t i = 0; i < bordered.size(); ++i) {
        const Case &c = bordered[i];
        const QRect found = onBordered[i].content;
        const double score = iou(found, c.truth);
        iouSum += score;
        const QString style = c.description.section(QLatin1Char(':'), 0, 0);
        iouByStyle[style].first += score;
        iouByStyle[style].second += 1;
        const int error = std::max({std::abs(found.left() - c.truth.left()), std::abs(found.top() - c.truth.top()),
                                    std::abs(found.right() - c.truth.right()), std::abs(found.bottom() - c.truth.bottom())});
        within3 += error <= 3 ? 1 : 0;
        missed += onBordered[i].found ? 0 : 1;
        if (error > 3 && parser.isSet(QStringLiteral("dump")))
            ScanFixtures::writeFile(QStringLiteral("%1/miss-%2.jpg").arg(parser.value(QStringLiteral("dump"))).arg(i), c.file);
        if (verbose && error > 3)
            std::printf("  #%zu off by %d px (IoU %.3f): %s, truth %d,%d %dx%d, found %d,%d %dx%d\n", i, error, score,
                        qPrintable(c.description), c.truth.x(), c.truth.y(), c.truth.width(), c.truth.height(), found.x(),
                        found.y(), found.width(), found.height());
    }
    QMap<QString, std::pair<int, int>> falseByLook;
    int falseCrops = 0;
    for (size_t i = 0; i < borderless.size(); ++i) {
        const bool cropped = onBorderless[i].found;
        falseCrops += cropped ? 1 : 0;
        falseByLook[borderless[i].description].first += cropped ? 1 : 0;
        falseByLook[borderless[i].description].second += 1;
        if (cropped && parser.isSet(QStringLiteral("dump")))
            ScanFixtures::writeFile(QStringLiteral("%1/false-%2.jpg").arg(parser.value(QStringLiteral("dump"))).arg(i), borderless[i].file);
        if (verbose && cropped) {
            const QRect r = onBorderless[i].content;
            std::printf("  false crop: %s #%zu -> %d,%d %dx%d (sides %d)\n", qPrintable(borderless[i].description), i, r.x(), r.y(),
                        r.width(), r.height(), onBorderless[i].sides);
        }
    }

    for (auto it = iouByStyle.cbegin(); it != iouByStyle.cend(); ++it)
        std::printf("  %-16s mean IoU %.4f over %d scans\n", qPrintable(it.key()), it->first / it->second, it->second);
    for (auto it = falseByLook.cbegin(); it != falseByLook.cend(); ++it)
        std::printf("  %-16s false crops %d of %d\n", qPrintable(it.key()), it->first, it->second);
    const double meanIou = iouSum / double(bordered.size());
    const double falseRate = 100.0 * falseCrops / double(borderless.size());
    Bench::report("bordered scans: mean IoU", meanIou, "", ">= 0.95", meanIou >= 0.95);
    Bench::report("bordered scans: within 3 px on every side", 100.0 * within3 / double(bordered.size()), "%");
    Bench::report("bordered scans: border missed", 100.0 * missed / double(bordered.size()), "%");
    Bench::report("borderless posters: false crops", falseRate, "%", "<= 2%", falseRate <= 2.0);
    Bench::report("detection throughput (decode included)", double(bordered.size() + borderless.size()) / seconds,
                  "images/s");
    return meanIou >= 0.95 && falseRate <= 2.0 ? 0 : 1;
}
