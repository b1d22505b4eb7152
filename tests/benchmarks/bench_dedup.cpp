// Exploration of candidate/verification signals (temporary harness)
#include "benchsupport.h"
#include "fingerprintmatcher.h"
#include "imagedecoder.h"
#include "imagefingerprint.h"
#include "scanfixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Atelier;

static FILE *cellsOut = nullptr;
static void dumpCells(const char *label, const QString &kind, const FingerprintMatch &m, std::vector<double> &cells) {
    if (!cellsOut) return;
    std::sort(cells.rbegin(), cells.rend());
    std::fprintf(cellsOut, "%s,%s,%.4f,%.4f", label, qPrintable(kind), m.alignmentResidual, m.difference);
    for (size_t i = 0; i < 12; ++i) std::fprintf(cellsOut, ",%.4f", i < cells.size() ? cells[i] : 1.0);
    std::fprintf(cellsOut, "\n");
    cells.clear();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "dump") {
  ScanFixtures::DedupSetParams p; p.posters=2; p.families=2; p.scenes=1; p.transforms = {ScanFixtures::Transform::Rotate, ScanFixtures::Transform::Crop};
  for (auto &f : ScanFixtures::dedupSet(p)) ScanFixtures::writeFile(QStringLiteral("/tmp/fx/")+f.fileName, f.bytes);
  for (int i=0;i<5;++i){ auto b = ScanFixtures::withBorder(ScanFixtures::poster(600,840,i+50), ScanFixtures::allBorderStyles()[i], i);
    ScanFixtures::writeFile(QStringLiteral("/tmp/fx/border%1.jpg").arg(i), ScanFixtures::encodeJpeg(b.image)); printf("%s\n", qPrintable(b.description));}
  for (int i=0;i<5;++i){ auto b = ScanFixtures::borderlessPoster(600,840,i+70, ScanFixtures::allEdgeLooks()[i]);
    ScanFixtures::writeFile(QStringLiteral("/tmp/fx/plain%1.jpg").arg(i), ScanFixtures::encodeJpeg(b)); }
  return 0;
    }
    ScanFixtures::DedupSetParams params;
    params.posters = argc > 1 ? atoi(argv[1]) : 20;
    params.families = argc > 2 ? atoi(argv[2]) : 6;
    params.scenes = argc > 3 ? atoi(argv[3]) : 6;
    QElapsedTimer timer;
    timer.start();
    const QList<ScanFixtures::LabelledScan> files = ScanFixtures::dedupSet(params);
    std::printf("generated %lld files in %.1f s\n", qlonglong(files.size()), timer.elapsed() / 1000.0);
    if (argc > 5 && QByteArray(argv[5]) != "-") {
        QFile manifest(QString::fromLocal8Bit(argv[5]) + QStringLiteral("/manifest.csv"));
        ScanFixtures::writeFile(manifest.fileName(), {});
        manifest.open(QIODevice::WriteOnly);
        for (const auto &f : files) {
            ScanFixtures::writeFile(QString::fromLocal8Bit(argv[5]) + QLatin1Char('/') + f.fileName, f.bytes);
            manifest.write(QStringLiteral("%1,%2,%3,%4\n").arg(f.fileName).arg(f.group).arg(f.kind, f.origin).toUtf8());
        }
    }
    timer.restart();
    std::vector<ImageFingerprint> prints;
    ImageDecoder::Options options;
    options.maxSide = ImageFingerprint::DecodeSide;
    for (const auto &file : files)
        prints.push_back(ImageFingerprint::compute(ImageDecoder::decode(file.bytes, options)));
    std::printf("fingerprinted in %.1f s\n", timer.elapsed() / 1000.0);
    if (qEnvironmentVariableIsSet("FPDEBUG")) {
        for (int i = 0; i < files.size(); ++i) if (files[i].fileName == QString::fromLocal8Bit(qgetenv("FPA")))
        for (int j = 0; j < files.size(); ++j) if (files[j].fileName == QString::fromLocal8Bit(qgetenv("FPB"))) {
            ScanFixtures::writeFile(QStringLiteral("/tmp/fx/a.jpg"), files[i].bytes);
            ScanFixtures::writeFile(QStringLiteral("/tmp/fx/b.jpg"), files[j].bytes);
            std::printf("%s vs %s: %s\n", qPrintable(files[i].fileName), qPrintable(files[j].fileName), qPrintable(files[j].description));
            const auto m = FingerprintMatcher::compare(prints[i], prints[j]);
            std::printf("diff %.3f worst %.3f\n", m.difference, m.difference);
        }
        return 0;
    }
    if (argc > 4 && QByteArray(argv[4]) != "-") {
        QFile out(QString::fromLocal8Bit(argv[4]));
        out.open(QIODevice::WriteOnly);
        QMap<QString, int> origins;
        for (size_t i = 0; i < prints.size(); ++i) {
            const auto &f = files[int(i)];
            const int kind = ScanFixtures::allTransforms().indexOf([&] { for (auto t : ScanFixtures::allTransforms()) if (ScanFixtures::transformName(t) == f.kind) return t; return ScanFixtures::Transform(-1); }());
            if (!origins.contains(f.origin)) origins.insert(f.origin, origins.size());
            const qint32 header[3] = {f.group, kind, f.origin == QLatin1String("poster") ? -1 : origins[f.origin]};
            out.write(reinterpret_cast<const char *>(header), 12);
            out.write(reinterpret_cast<const char *>(&prints[i].hash), 8);
            out.write(reinterpret_cast<const char *>(&prints[i].aspect), 4);
            out.write(reinterpret_cast<const char *>(prints[i].picture.data()), ImageFingerprint::Side * ImageFingerprint::Side);
        }
        return 0;
    }

    const int n = int(files.size());
    QMap<QString, std::vector<double>> hashByKind, diffByKind, cellByKind;
    std::vector<double> hardHash, hardDiff, hardCell, otherHash, posAlign, hardAlign;
    std::vector<QString> hardWhat;
    timer.restart();
    int compared = 0;
    std::vector<double> cells;
    
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const auto &a = files[i];
            const auto &b = files[j];
            int distance = hammingDistance(prints[i].hash, prints[j].hash);
            for (int k = 0; k < ImageFingerprint::ViewCount; ++k)
                distance = std::min({distance, hammingDistance(prints[i].viewHashes[k], prints[j].hash),
                                     hammingDistance(prints[j].viewHashes[k], prints[i].hash)});
            if (a.group == b.group) {
                if (a.kind != QLatin1String("original"))
                    continue;
                const FingerprintMatch m = FingerprintMatcher::compare(prints[i], prints[j]);
                ++compared;
                hashByKind[b.kind].push_back(distance);
                diffByKind[b.kind].push_back(m.difference);
                cellByKind[b.kind].push_back(m.difference);
                posAlign.push_back(m.alignmentResidual);
                dumpCells("pos", b.kind, m, cells);
                if (m.difference > 0.6) std::printf("  far positive: %s %s diff %.3f cell %.3f\n", qPrintable(b.fileName), qPrintable(b.description), m.difference, m.difference);
            } else if (a.origin == b.origin && a.origin != QLatin1String("poster")) {
                const FingerprintMatch m = FingerprintMatcher::compare(prints[i], prints[j]);
                ++compared;
                hardHash.push_back(distance);
                hardDiff.push_back(m.difference);
                hardCell.push_back(m.difference);
                hardAlign.push_back(m.alignmentResidual);
                dumpCells("hard", a.origin.left(5) + b.kind, m, cells);
                hardWhat.push_back(a.fileName + QStringLiteral(" ") + b.fileName);
            } else {
                otherHash.push_back(distance);
            }
        }
    std::printf("%d comparisons in %.1f s\n", compared, timer.elapsed() / 1000.0);
    auto maxOf = [](const std::vector<double> &v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); };
    auto minOf = [](const std::vector<double> &v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); };
    auto quant = [](std::vector<double> v, double q) {
        if (v.empty())
            return 0.0;
        std::sort(v.begin(), v.end());
        return v[size_t(q * (v.size() - 1))];
    };
    std::printf("%-12s %8s %8s %8s %8s %8s\n", "positives", "hashMax", "hash95", "diffMax", "cellMax", "cell95");
    for (auto it = hashByKind.begin(); it != hashByKind.end(); ++it)
        std::printf("%-12s %8.0f %8.0f %8.3f %8.3f %8.3f\n", qPrintable(it.key()), maxOf(it.value()), quant(it.value(), 0.95),
                    maxOf(diffByKind[it.key()]), maxOf(cellByKind[it.key()]), quant(cellByKind[it.key()], 0.95));
    const double cellThreshold = argc > 6 ? atof(argv[6]) : 0.5;
    std::printf("hard negatives: hashMin %.0f hash5 %.0f diffMin %.3f diff5 %.3f cellMin %.3f cell5 %.3f\n", minOf(hardHash),
                quant(hardHash, 0.05), minOf(hardDiff), quant(hardDiff, 0.05), minOf(hardCell), quant(hardCell, 0.05));
    for (size_t k = 0; k < hardCell.size(); ++k)
        if (hardCell[k] < cellThreshold)
            std::printf("  close hard negative: %s hash %.0f diff %.3f cell %.3f\n", qPrintable(hardWhat[k]), hardHash[k],
                        hardDiff[k], hardCell[k]);
    std::printf("alignment residual: positives max %.3f q99 %.3f; hard negatives min %.3f median %.3f\n", maxOf(posAlign), quant(posAlign, 0.99), minOf(hardAlign), quant(hardAlign, 0.5));
    std::printf("other negatives: hash min %.0f q0.1%% %.0f q1%% %.0f q5%% %.0f median %.0f\n", minOf(otherHash),
                quant(otherHash, 0.001), quant(otherHash, 0.01), quant(otherHash, 0.05), quant(otherHash, 0.5));
    for (int r : {8, 12, 16, 20, 24})
        std::printf("  other negatives within %d: %.4f%%\n", r,
                    100.0 * std::count_if(otherHash.begin(), otherHash.end(), [r](double d) { return d <= r; }) / otherHash.size());
    return 0;
}
