// Exploration of candidate/verification signals (temporary harness)
#include "benchsupport.h"
#include "fingerprintmatcher.h"
#include "imagedecoder.h"
#include "imagefingerprint.h"
#include "scanfixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Atelier;

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
    timer.restart();
    std::vector<ImageFingerprint> prints;
    ImageDecoder::Options options;
    options.maxSide = ImageFingerprint::DecodeSide;
    for (const auto &file : files)
        prints.push_back(ImageFingerprint::compute(ImageDecoder::decode(file.bytes, options)));
    std::printf("fingerprinted in %.1f s\n", timer.elapsed() / 1000.0);

    const int n = int(files.size());
    QMap<QString, std::vector<double>> hashByKind, diffByKind, cellByKind;
    std::vector<double> hardHash, hardDiff, hardCell, otherHash;
    std::vector<QString> hardWhat;
    timer.restart();
    int compared = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const auto &a = files[i];
            const auto &b = files[j];
            const int distance = __builtin_popcountll(prints[i].hash ^ prints[j].hash);
            if (a.group == b.group) {
                if (a.kind != QLatin1String("original"))
                    continue;
                const FingerprintMatch m = FingerprintMatcher::compare(prints[i], prints[j]);
                ++compared;
                hashByKind[b.kind].push_back(distance);
                diffByKind[b.kind].push_back(m.difference);
                cellByKind[b.kind].push_back(m.worstCell);
            } else if (a.origin == b.origin && a.origin != QLatin1String("poster")) {
                const FingerprintMatch m = FingerprintMatcher::compare(prints[i], prints[j]);
                ++compared;
                hardHash.push_back(distance);
                hardDiff.push_back(m.difference);
                hardCell.push_back(m.worstCell);
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
    std::printf("hard negatives: hashMin %.0f hash5 %.0f diffMin %.3f diff5 %.3f cellMin %.3f cell5 %.3f\n", minOf(hardHash),
                quant(hardHash, 0.05), minOf(hardDiff), quant(hardDiff, 0.05), minOf(hardCell), quant(hardCell, 0.05));
    for (size_t k = 0; k < hardCell.size(); ++k)
        if (hardCell[k] < 0.2 || hardDiff[k] < 0.08)
            std::printf("  close hard negative: %s hash %.0f diff %.3f cell %.3f\n", qPrintable(hardWhat[k]), hardHash[k],
                        hardDiff[k], hardCell[k]);
    std::printf("other negatives: hash min %.0f q0.1%% %.0f q1%% %.0f q5%% %.0f median %.0f\n", minOf(otherHash),
                quant(otherHash, 0.001), quant(otherHash, 0.01), quant(otherHash, 0.05), quant(otherHash, 0.5));
    for (int r : {8, 12, 16, 20, 24})
        std::printf("  other negatives within %d: %.4f%%\n", r,
                    100.0 * std::count_if(otherHash.begin(), otherHash.end(), [r](double d) { return d <= r; }) / otherHash.size());
    return 0;
}
