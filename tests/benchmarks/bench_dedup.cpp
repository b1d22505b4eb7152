// Near-duplicate search: fingerprint throughput against a Python peer, duplicate-pair accuracy
// on generated scans, and clustering time at 10,000 and 100,000 images.
//
// 1. Throughput: 1500x2200 JPEG scans fingerprinted on N threads (reduced-resolution decode), and
//    tests/benchmarks/peer_phash.py (Pillow + imagededup's PHash) on the same files with as many
//    processes, in the same run, in alternating rounds (best of each kept); images per CPU-second
//    too, which other work on a shared machine disturbs less. Goal: at least 5x the peer's images/s.
// 2. Accuracy: posters, each with a copy per transformation (rescaled 0.3x-2x, JPEG quality 40-60,
//    cropped 3-8%, brightness, contrast, gamma, rotated 1-3 degrees, grayscale, and all of it at
//    once), plus hard negatives: posters of one design family (same layout and palette, another
//    picture and/or title) and different crops of one scene. Imported into a project, fingerprinted,
//    grouped; precision, recall and F1 over pairs. Several strategies are measured on the same
//    fingerprints, to show why the search combines them. Goal: F1 >= 0.95.
// 3. Clustering: 10,000 and 100,000 fingerprints. They are synthetic, derived from the real ones:
//    each is computed from a mosaic of two to four of the generated scans (halves or quarters,
//    mirrored, recoloured), and every tenth is a changed copy of the one before, so that there is
//    something to find. Goal: minutes at most on 2 cores.

#include "benchsupport.h"
#include "duplicatefinder.h"
#include "fingerprinttask.h"
#include "imagedecoder.h"
#include "imagefingerprint.h"
#include "multiindexhash.h"
#include "importtask.h"
#include "projectstore.h"
#include "scanfixtures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <thread>
#include <vector>

using namespace Atelier;

namespace {

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

// --- 1. Throughput -----------------------------------------------------------------------------

struct Rate
{
    double wall = 0; ///< images per second of elapsed time
    double cpu = 0;  ///< images per second of CPU time, all threads or processes together
};

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Runs the peer on the files; nothing when it cannot run (the reason in `error`).
std::optional<Rate> runPeer(const QString &script, const QStringList &files, int workers, QString *error)
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("files.txt"));
    ScanFixtures::writeFile(list, files.join(QLatin1Char('\n')).toUtf8());
    QProcess peer;
    peer.start(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("--workers"), QString::number(workers),
                                                     QStringLiteral("--list"), list});
    if (!peer.waitForFinished(3600 * 1000) || peer.exitCode() != 0) {
        *error = QString::fromLocal8Bit(peer.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = peer.errorString();
        return std::nullopt;
    }
    const QList<QByteArray> lines = peer.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject json = QJsonDocument::fromJson(lines.last()).object();
    const double images = json.value(QStringLiteral("images")).toDouble();
    return Rate{json.value(QStringLiteral("imagesPerSecond")).toDouble(), images / json.value(QStringLiteral("cpuSeconds")).toDouble()};
}

Rate fingerprintFiles(const QStringList &files, int threads, std::atomic<int> *failures)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    parallel(int(files.size()), threads, [&](int i) {
        ImageDecoder::Options options;
        options.maxSide = ImageFingerprint::DecodeSide;
        try {
            const ImageFingerprint fingerprint = ImageFingerprint::compute(ImageDecoder::decodeGrayFile(files[i], options));
            if (fingerprint.hash == 0)
                ++*failures;
        } catch (const std::exception &) {
            ++*failures;
        }
    });
    return {files.size() / (timer.elapsed() / 1000.0), files.size() / (cpuSeconds() - cpuStart)};
}

QStringList scanFiles(const QString &dir, int count)
{
    QStringList files;
    for (QDirIterator it(dir, {QStringLiteral("*.jpg")}, QDir::Files); it.hasNext();)
        files << it.next();
    files.sort();
    files = files.mid(0, count);
    // Read every file once so that both sides find them in the page cache.
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            file.readAll();
    }
    return files;
}

struct Comparison
{
    Rate atelier;
    Rate peer;
    QString peerError;
};

/// Both sides on the same files. Rounds alternate, and each side keeps its best: on a shared
/// machine, other work slows whichever side it happens to overlap.
Comparison compareWithPeer(const QStringList &files, int threads, const QString &peerScript, int rounds,
                           std::atomic<int> *failures)
{
    Comparison result;
    for (int round = 0; round < rounds; ++round) {
        const Rate ours = fingerprintFiles(files, threads, failures);
        result.atelier = {std::max(result.atelier.wall, ours.wall), std::max(result.atelier.cpu, ours.cpu)};
        if (const std::optional<Rate> theirs = runPeer(peerScript, files, threads, &result.peerError))
            result.peer = {std::max(result.peer.wall, theirs->wall), std::max(result.peer.cpu, theirs->cpu)};
        std::printf("  round %d: Atelier %.1f images/s, peer %.1f images/s\n", round + 1, ours.wall, result.peer.wall);
        std::fflush(stdout);
    }
    return result;
}

void measureThroughput(const QString &fixtures, int count, int threads, const QString &peerScript, int rounds)
{
    const QString dir = fixtures + QStringLiteral("/scans-1500x2200");
    Bench::ensureScanFixtures(dir, count, 1500, 2200);
    const QStringList files = scanFiles(dir, count);
    std::printf("\n== 1. fingerprint throughput: %lld scans of 1500x2200 px, %d threads against %d peer processes, "
                "best of %d alternating rounds\n",
                qlonglong(files.size()), threads, threads, rounds);
    std::atomic<int> failures{0};
    const Comparison baseline = compareWithPeer(files, threads, peerScript, rounds, &failures);
    const Rate &atelier = baseline.atelier;
    const Rate &peer = baseline.peer;

    // Progressive JPEGs (common on the web): only their DC scans are read.
    const int progressiveCount = std::min(count, 300);
    const QString progressiveDir = fixtures + QStringLiteral("/scans-1500x2200-progressive");
    Bench::ensureScanFixtures(progressiveDir, progressiveCount, 1500, 2200, true);
    std::printf("the same scans saved as progressive JPEGs (%d):\n", progressiveCount);
    const Comparison progressive = compareWithPeer(scanFiles(progressiveDir, progressiveCount), threads, peerScript,
                                                   rounds, &failures);

    // The same through FingerprintTask, stored in a project imported without fingerprints (a
    // project from before they were made while importing).
    QTemporaryDir work;
    const QString project = work.filePath(QStringLiteral("throughput.atelier"));
    ProjectStore::create(project).reset();
    ImportParams import;
    import.inputs = files;
    import.threads = threads;
    import.fingerprints = false;
    const ImportReport plainImport = ImportTask(project, import).run();
    FingerprintParams params;
    params.threads = threads;
    const FingerprintReport report = FingerprintTask(project, params).run();

    // An import now fingerprints from the pixels it decodes for the thumbnail: what that adds.
    const QString together = work.filePath(QStringLiteral("together.atelier"));
    ProjectStore::create(together).reset();
    import.fingerprints = true;
    const ImportReport fingerprintingImport = ImportTask(together, import).run();
    const double plainMs = plainImport.seconds * 1000.0 / std::max(1, plainImport.added);
    const double togetherMs = fingerprintingImport.seconds * 1000.0 / std::max(1, fingerprintingImport.added);
    const double separateMs = plainMs + report.seconds * 1000.0 / std::max(1, report.fingerprinted);

    Bench::report("Atelier: decode (1/8 JPEG, gray) + fingerprint", atelier.wall, "images/s");
    Bench::report("Atelier: per CPU-second", atelier.cpu, "images/s");
    Bench::report("Atelier: FingerprintTask, stored", report.fingerprinted / report.seconds, "images/s");
    Bench::report("decode or fingerprint failures", failures.load(), "files");
    Bench::report("import, then FingerprintTask: wall time per image", separateMs, "ms");
    Bench::report("import fingerprinting as it goes: wall time per image", togetherMs, "ms");
    Bench::report("what fingerprinting adds to an import, per image", togetherMs - plainMs, "ms");
    Bench::report("Atelier: progressive scans", progressive.atelier.wall, "images/s");
    if (peer.wall <= 0) {
        std::printf("Python peer (%s) did not run: %s\n", qPrintable(peerScript), qPrintable(baseline.peerError));
        return;
    }
    Bench::report("Python peer: Pillow + imagededup PHash", peer.wall, "images/s");
    Bench::report("Python peer: per CPU-second", peer.cpu, "images/s");
    const double ratio = atelier.wall / peer.wall;
    Bench::report("fingerprinting speed, Atelier / peer", ratio, "x", ">= 5x", ratio >= 5);
    Bench::report("the same per CPU-second", atelier.cpu / peer.cpu, "x");
    Bench::report("Python peer: progressive scans", progressive.peer.wall, "images/s");
    Bench::report("progressive scans, Atelier / peer", progressive.atelier.wall / progressive.peer.wall, "x");
    // A whole import (SHA-256, thumbnail, database) against the peer's decode and hash alone.
    Bench::report("folder to stored fingerprints, import included, Atelier / peer",
                  1000.0 / togetherMs / peer.wall, "x");
}

// --- 2. Accuracy -------------------------------------------------------------------------------

struct TruthFile
{
    QString path;
    int group = 0;
    QString kind;
    QString origin;
};

/// The labelled set, generated once into the fixtures folder and read back from its manifest.
QList<TruthFile> ensureDedupSet(const QString &dir, const ScanFixtures::DedupSetParams &params)
{
    const QString manifest = dir + QStringLiteral("/manifest.csv");
    if (!QFile::exists(manifest)) {
        QElapsedTimer timer;
        timer.start();
        const QList<ScanFixtures::LabelledScan> scans = ScanFixtures::dedupSet(params);
        QByteArray lines;
        for (const ScanFixtures::LabelledScan &scan : scans) {
            ScanFixtures::writeFile(dir + QLatin1Char('/') + scan.fileName, scan.bytes);
            lines += QStringLiteral("%1,%2,%3,%4\n").arg(scan.fileName).arg(scan.group).arg(scan.kind, scan.origin).toUtf8();
        }
        ScanFixtures::writeFile(manifest, lines);
        std::printf("prepared %lld labelled scans in %s (%.0f s)\n", qlonglong(scans.size()), qPrintable(dir),
                    timer.elapsed() / 1000.0);
    }
    QFile file(manifest);
    file.open(QIODevice::ReadOnly);
    QList<TruthFile> files;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() == 4)
            files.append({dir + QLatin1Char('/') + QString::fromUtf8(fields[0]), fields[1].toInt(), QString::fromUtf8(fields[2]),
                          QString::fromUtf8(fields[3])});
    }
    return files;
}

struct PairScores
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    qint64 mergedHardNegatives = 0; ///< pairs of one family or one scene put in one group
};

qint64 pairsIn(qint64 n)
{
    return n * (n - 1) / 2;
}

/// Pair precision and recall of predicted groups (group index per file, -1 when alone).
PairScores score(const std::vector<int> &predicted, const QList<TruthFile> &truth)
{
    std::map<int, qint64> truthSizes, predictedSizes;
    std::map<std::pair<int, int>, qint64> overlaps;
    for (size_t i = 0; i < predicted.size(); ++i) {
        truthSizes[truth[int(i)].group] += 1;
        if (predicted[i] >= 0) {
            predictedSizes[predicted[i]] += 1;
            overlaps[{predicted[i], truth[int(i)].group}] += 1;
        }
    }
    qint64 truePairs = 0, predictedPairs = 0, correct = 0;
    for (const auto &[group, size] : truthSizes)
        truePairs += pairsIn(size);
    for (const auto &[group, size] : predictedSizes)
        predictedPairs += pairsIn(size);
    for (const auto &[key, size] : overlaps)
        correct += pairsIn(size);
    PairScores scores;
    scores.precision = predictedPairs > 0 ? double(correct) / predictedPairs : 1.0;
    scores.recall = truePairs > 0 ? double(correct) / truePairs : 1.0;
    scores.f1 = scores.precision + scores.recall > 0
                    ? 2 * scores.precision * scores.recall / (scores.precision + scores.recall)
                    : 0.0;
    for (size_t i = 0; i < predicted.size(); ++i)
        for (size_t j = i + 1; j < predicted.size(); ++j)
            if (predicted[i] >= 0 && predicted[i] == predicted[j] && truth[int(i)].group != truth[int(j)].group
                && truth[int(i)].origin == truth[int(j)].origin && truth[int(i)].origin != QLatin1String("poster"))
                ++scores.mergedHardNegatives;
    return scores;
}

/// Groups by union-find over every pair that `linked` accepts (brute force: for comparing
/// strategies on a small set only).
std::vector<int> groupPairs(int count, const std::function<bool(int, int)> &linked)
{
    std::vector<int> parent(static_cast<size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> find = [&](int x) { return parent[size_t(x)] == x ? x : parent[size_t(x)] = find(parent[size_t(x)]); };
    for (int i = 0; i < count; ++i)
        for (int j = i + 1; j < count; ++j)
            if (find(i) != find(j) && linked(i, j))
                parent[size_t(find(j))] = find(i);
    std::vector<int> sizes(static_cast<size_t>(count), 0);
    for (int i = 0; i < count; ++i)
        ++sizes[size_t(find(i))];
    std::vector<int> groups(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        groups[size_t(i)] = sizes[size_t(find(i))] > 1 ? find(i) : -1;
    return groups;
}

int viewDistance(const ImageFingerprint &a, const ImageFingerprint &b)
{
    int distance = hammingDistance(a.hash, b.hash);
    for (int k = 0; k < ImageFingerprint::ViewCount; ++k)
        distance = std::min({distance, hammingDistance(a.viewHashes[size_t(k)], b.hash),
                             hammingDistance(b.viewHashes[size_t(k)], a.hash)});
    return distance;
}

void printScores(const char *name, const PairScores &s)
{
    std::printf("  %-44s precision %.4f  recall %.4f  F1 %.4f  hard negatives merged %lld\n", name, s.precision, s.recall,
                s.f1, qlonglong(s.mergedHardNegatives));
}

/// Returns the decoded images of the set (for section 3).
std::vector<RgbImage> measureAccuracy(const QString &fixtures, const ScanFixtures::DedupSetParams &params, int threads)
{
    const QList<TruthFile> truth = ensureDedupSet(
        fixtures + QStringLiteral("/dedup-set-%1-%2-%3-s%4").arg(params.posters).arg(params.families).arg(params.scenes).arg(params.seed),
        params);
    std::printf("\n== 2. duplicate pairs: %lld scans in %d groups (%d posters, %d design families of %d, %d scenes "
                "cropped %d ways), each original with %lld transformed copies\n",
                qlonglong(truth.size()), truth.isEmpty() ? 0 : truth.last().group + 1, params.posters, params.families,
                params.familySize, params.scenes, params.cropsPerScene, qlonglong(params.transforms.size()));

    QTemporaryDir work;
    const QString project = work.filePath(QStringLiteral("accuracy.atelier"));
    ProjectStore::create(project).reset();
    ImportParams import;
    for (const TruthFile &file : truth)
        import.inputs << file.path;
    import.threads = threads;
    ImportTask(project, import).run();
    FingerprintParams fingerprinting;
    fingerprinting.threads = threads;
    FingerprintTask(project, fingerprinting).run();

    auto store = ProjectStore::open(project);
    QHash<QString, int> indexOfPath;
    for (int i = 0; i < truth.size(); ++i)
        indexOfPath.insert(truth[i].path, i);
    QHash<qint64, int> indexOfId;
    for (const ImageRecord &image : store->images())
        indexOfId.insert(image.id, indexOfPath.value(store->absolutePath(image.path), -1));
    std::vector<ImageFingerprint> prints(size_t(truth.size()));
    for (const StoredFingerprint &stored : store->fingerprints(ImageFingerprint::Version))
        prints[size_t(indexOfId.value(stored.imageId))] = *ImageFingerprint::fromBytes(stored.data);
    const int n = int(truth.size());

    std::printf("strategies, on the same fingerprints:\n");
    for (const int radius : {8, 12}) {
        const QByteArray name = QStringLiteral("pHash alone, distance <= %1").arg(radius).toUtf8();
        printScores(name.constData(), score(groupPairs(n, [&](int i, int j) {
                                                return hammingDistance(prints[size_t(i)].hash, prints[size_t(j)].hash) <= radius;
                                            }),
                                            truth));
    }
    for (const int radius : {8, DuplicateFinder::HashRadius}) {
        const QByteArray name = QStringLiteral("pHash with trimmed views, distance <= %1").arg(radius).toUtf8();
        printScores(name.constData(),
                    score(groupPairs(n, [&](int i, int j) { return viewDistance(prints[size_t(i)], prints[size_t(j)]) <= radius; }),
                          truth));
    }

    PairScores chosen;
    const std::pair<const char *, int> levels[] = {{"low", DuplicateSearchParams::LowSensitivity},
                                                   {"normal", DuplicateSearchParams::NormalSensitivity},
                                                   {"high", DuplicateSearchParams::HighSensitivity}};
    std::vector<int> normalGroups;
    for (const auto &[level, sensitivity] : levels) {
        DuplicateSearchParams params;
        params.sensitivity = sensitivity;
        params.threads = threads;
        const DuplicateReport report = DuplicateFinder(params).findInProject(*store);
        std::vector<int> groups(size_t(n), -1);
        int groupIndex = 0;
        for (const DuplicateGroup &group : report.groups) {
            if (group.kind == DuplicateKind::Near) {
                for (const qint64 id : group.imageIds)
                    groups[size_t(indexOfId.value(id))] = groupIndex;
                ++groupIndex;
            }
        }
        const PairScores scores = score(groups, truth);
        const QByteArray name = QStringLiteral("views + verification (Atelier), %1").arg(QLatin1String(level)).toUtf8();
        printScores(name.constData(), scores);
        if (sensitivity == DuplicateSearchParams::NormalSensitivity) {
            chosen = scores;
            normalGroups = groups;
            std::printf("    (normal: %lld candidate pairs, %lld compared, %.2f s)\n", qlonglong(report.candidatePairs),
                        qlonglong(report.comparedPairs), report.seconds);
        }
    }

    // Which copies the default setting misses.
    QMap<QString, std::pair<int, int>> byKind;
    QHash<int, int> originalOf;
    for (int i = 0; i < n; ++i)
        if (truth[i].kind == QLatin1String("original"))
            originalOf.insert(truth[i].group, i);
    for (int i = 0; i < n; ++i) {
        if (truth[i].kind == QLatin1String("original"))
            continue;
        const int original = originalOf.value(truth[i].group);
        const bool found = normalGroups[size_t(i)] >= 0 && normalGroups[size_t(i)] == normalGroups[size_t(original)];
        byKind[truth[i].kind].first += found ? 1 : 0;
        byKind[truth[i].kind].second += 1;
    }
    std::printf("copies grouped with their original (normal):");
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf(" %s %d/%d;", qPrintable(it.key()), it->first, it->second);
    std::printf("\n");
    Bench::report("duplicate pairs: precision (normal)", chosen.precision, "");
    Bench::report("duplicate pairs: recall (normal)", chosen.recall, "");
    Bench::report("duplicate pairs: F1 (normal)", chosen.f1, "", ">= 0.95", chosen.f1 >= 0.95);

    std::vector<RgbImage> decoded(static_cast<size_t>(n));
    parallel(n, threads, [&](int i) {
        ImageDecoder::Options options;
        options.maxSide = ImageFingerprint::DecodeSide;
        decoded[size_t(i)] = ImageDecoder::decodeFile(truth[i].path, options);
    });
    return decoded;
}

// --- 3. Clustering -----------------------------------------------------------------------------

/// Resident memory now, in MiB (the peak is Bench::peakMemoryMiB()).
double residentMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

quint8 clampByte(double value)
{
    return quint8(std::clamp(value, 0.0, 255.0));
}

/// A new picture from parts of real ones: halves or quarters of two to four scans, mirrored and
/// recoloured at random.
RgbImage mosaic(const std::vector<RgbImage> &bases, std::mt19937 &rng)
{
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const RgbImage &first = bases[size_t(pick(int(bases.size())))];
    RgbImage out;
    out.width = first.width;
    out.height = first.height;
    out.pixels.resize(out.width * out.height * 3);
    const int parts = 2 + pick(3);
    std::vector<const RgbImage *> sources{&first};
    for (int k = 1; k < parts; ++k)
        sources.push_back(&bases[size_t(pick(int(bases.size())))]);
    const bool vertical = pick(2) == 0;
    const double split = std::uniform_real_distribution<double>(0.3, 0.7)(rng);
    std::vector<bool> mirror;
    std::vector<std::array<double, 3>> gains;
    for (int k = 0; k < parts; ++k) {
        mirror.push_back(pick(2) == 0);
        gains.push_back({std::uniform_real_distribution<double>(0.7, 1.3)(rng), std::uniform_real_distribution<double>(0.7, 1.3)(rng),
                         std::uniform_real_distribution<double>(0.7, 1.3)(rng)});
    }
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            const double u = double(x) / out.width, v = double(y) / out.height;
            int part = (vertical ? u : v) < split ? 0 : 1;
            if (parts > 2 && (vertical ? v : u) >= 0.5)
                part = std::min(parts - 1, part + 2);
            const RgbImage &source = *sources[size_t(part)];
            int sx = int(u * source.width), sy = int(v * source.height);
            if (mirror[size_t(part)])
                sx = source.width - 1 - sx;
            const uchar *in = reinterpret_cast<const uchar *>(source.pixels.constData()) + (sy * source.width + sx) * 3;
            uchar *o = reinterpret_cast<uchar *>(out.pixels.data()) + (y * out.width + x) * 3;
            for (int c = 0; c < 3; ++c)
                o[c] = clampByte(in[c] * gains[size_t(part)][size_t(c)]);
        }
    return out;
}

/// A changed copy: trimmed at the top, darker or lighter, noisy.
RgbImage changedCopy(const RgbImage &image, std::mt19937 &rng)
{
    const int trim = std::max(1, image.height / 30);
    RgbImage out;
    out.width = image.width;
    out.height = image.height - trim;
    out.pixels = image.pixels.mid(trim * image.width * 3);
    std::normal_distribution<double> noise(0, 4);
    const double gamma = std::uniform_real_distribution<double>(0.8, 1.25)(rng);
    for (char &value : out.pixels)
        value = char(clampByte(255 * std::pow(uchar(value) / 255.0, gamma) + noise(rng)));
    return out;
}

void measureClustering(const std::vector<RgbImage> &bases, const QList<int> &sizes, int threads)
{
    const int largest = *std::max_element(sizes.begin(), sizes.end());
    std::printf("\n== 3. clustering: synthetic fingerprints derived from the %zu real scans above (mosaics of 2-4 "
                "scans; every tenth a changed copy of the one before), %d threads\n",
                bases.size(), threads);
    QElapsedTimer timer;
    timer.start();
    std::vector<DuplicateFinder::Item> items(static_cast<size_t>(largest));
    parallel(largest / 10, threads, [&](int block) {
        std::mt19937 rng(quint32(block) * 2654435761u + 1);
        RgbImage previous;
        for (int k = 0; k < 10; ++k) {
            const int i = block * 10 + k;
            const RgbImage image = k == 9 ? changedCopy(previous, rng) : mosaic(bases, rng);
            items[size_t(i)] = {qint64(i + 1), QByteArray(), ImageFingerprint::compute(image)};
            previous = image;
        }
    });
    std::printf("made %d fingerprints in %.1f s\n", largest, timer.elapsed() / 1000.0);

    for (const int size : sizes) {
        // The largest size searches the items themselves: no copy on top of them.
        std::vector<DuplicateFinder::Item> subset;
        if (size < largest)
            subset.assign(items.begin(), items.begin() + size);
        DuplicateSearchParams params;
        params.threads = threads;
        Bench::resetPeakMemory();
        const double before = residentMemoryMiB();
        const double cpuBefore = cpuSeconds();
        const DuplicateReport report = DuplicateFinder(params).find(size < largest ? subset : items);
        const double cpu = cpuSeconds() - cpuBefore;
        const double added = Bench::peakMemoryMiB() - before;
        int injected = 0;
        for (const DuplicateGroup &group : report.groups)
            for (const qint64 id : group.imageIds)
                injected += id % 10 == 0 ? 1 : 0; // the changed copies, found with something
        const QByteArray label = QStringLiteral("clustering %1 images").arg(size).toUtf8();
        Bench::report(label.constData(), report.seconds, "s", "minutes at most", report.seconds < 180);
        const QByteArray cpuLabel = QStringLiteral("  CPU time, all threads, %1 images").arg(size).toUtf8();
        Bench::report(cpuLabel.constData(), cpu, "s");
        std::printf("    %lld candidate pairs, %lld compared, %lld groups; %d of %d changed copies found\n",
                    qlonglong(report.candidatePairs), qlonglong(report.comparedPairs), qlonglong(report.groups.size()), injected,
                    size / 10);
        const QByteArray fingerprints = QStringLiteral("fingerprints of %1 images, in memory").arg(size).toUtf8();
        Bench::report(fingerprints.constData(), size * double(sizeof(DuplicateFinder::Item)) / 1048576.0, "MiB");
        const QByteArray memory = QStringLiteral("peak memory added by the search, %1 images").arg(size).toUtf8();
        Bench::report(memory.constData(), added, "MiB");
        const QByteArray process = QStringLiteral("peak memory of the process, %1 images").arg(size).toUtf8();
        Bench::report(process.constData(), Bench::peakMemoryMiB(), "MiB");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Near-duplicate search benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("scans"), QStringLiteral("Scans for the throughput test."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Threads (and peer processes)."), QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("posters"), QStringLiteral("Unrelated posters in the labelled set."), QStringLiteral("N"),
                      QStringLiteral("80")});
    parser.addOption({QStringLiteral("families"), QStringLiteral("Design families of four in the labelled set."),
                      QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("scenes"), QStringLiteral("Scenes cropped three ways in the labelled set."),
                      QStringLiteral("N"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("cluster"), QStringLiteral("Clustering sizes, comma-separated."), QStringLiteral("N,..."),
                      QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Alternating throughput rounds."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("skip-throughput"), QStringLiteral("Leave out section 1.")});
    parser.addOption({QStringLiteral("fixtures"), QStringLiteral("Folder of generated files (kept between runs)."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/atelier-bench")});
    parser.addOption({QStringLiteral("peer"), QStringLiteral("The Python peer script."), QStringLiteral("FILE"),
                      QStringLiteral(ATELIER_BENCHMARK_DIR "/peer_phash.py")});
    parser.process(app);

    const int threads = parser.value(QStringLiteral("threads")).toInt();
    const QString fixtures = parser.value(QStringLiteral("fixtures"));
    if (!parser.isSet(QStringLiteral("skip-throughput")))
        measureThroughput(fixtures, parser.value(QStringLiteral("scans")).toInt(), threads, parser.value(QStringLiteral("peer")),
                          parser.value(QStringLiteral("rounds")).toInt());

    ScanFixtures::DedupSetParams set;
    set.posters = parser.value(QStringLiteral("posters")).toInt();
    set.families = parser.value(QStringLiteral("families")).toInt();
    set.scenes = parser.value(QStringLiteral("scenes")).toInt();
    const std::vector<RgbImage> bases = measureAccuracy(fixtures, set, threads);

    QList<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("cluster")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << size.toInt();
    if (!sizes.isEmpty())
        measureClustering(bases, sizes, threads);
    return 0;
}
