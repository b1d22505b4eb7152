#include "importtask.h"

#include "contenthash.h"
#include "error.h"
#include "imagefingerprint.h"
#include "pluginmanager.h"
#include "progress.h"
#include "projectstore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace Atelier {

namespace {

/// Images per write transaction: large enough to be fast, small enough that a cancel loses little.
constexpr int BatchSize = 256;
/// A batch is also committed after this long, so that readers of the project see progress.
constexpr qint64 BatchMaxMs = 1000;
constexpr int ThumbnailQuality = 85;

bool hasImageSuffix(const QString &fileName)
{
    // Formats Atelier decodes, and a few it recognises so that it can say why it does not.
    static const QSet<QString> suffixes = {
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jpe"),  QStringLiteral("jfif"),
        QStringLiteral("png"),  QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("bmp"),
        QStringLiteral("dib"),  QStringLiteral("webp"), QStringLiteral("gif"),  QStringLiteral("heic"),
        QStringLiteral("heif"), QStringLiteral("avif"), QStringLiteral("jp2"),  QStringLiteral("psd"),
    };
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

bool hasListSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv");
}

/// A project file or one of SQLite's companions: never an image, even inside an imported folder.
bool isProjectFile(const QString &fileName)
{
    static const QLatin1String suffixes[] = {QLatin1String(".atelier"), QLatin1String(".atelier-wal"),
                                              QLatin1String(".atelier-shm"), QLatin1String(".atelier-journal")};
    for (const QLatin1String &suffix : suffixes)
        if (fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    return false;
}

bool isCanceled(const ProgressObserver *observer)
{
    return observer && observer->isCanceled();
}

// --- Collecting --------------------------------------------------------------------------------

/// Expands folders and list files into unique entries, in a deterministic order.
class EntryCollector
{
public:
    EntryCollector(const ImportParams &params, const QString &projectFilePath, QList<ImportProblem> *problems,
                   ProgressObserver *observer)
        : m_params(params), m_problems(problems), m_observer(observer)
    {
        // The project and SQLite's companions, whatever the project file is called.
        if (!projectFilePath.isEmpty()) {
            const QString project = QDir::cleanPath(QFileInfo(projectFilePath).absoluteFilePath());
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                m_projectFiles.insert(project + QLatin1String(suffix));
        }
    }

    void addInput(const QString &input)
    {
        const QFileInfo info(input);
        const QString path = QDir::cleanPath(info.absoluteFilePath());
        if (!info.exists())
            addProblem(input, ImportTask::tr("no such file or folder"));
        else if (info.isDir())
            addFolder(path);
        else if (ImporterInterface *importer = importerFor(path))
            addListFile(path, importer);
        else if (hasListSuffix(path))
            addProblem(path, ImportTask::tr("no importer for .%1 files (plugin not found)")
                                 .arg(info.suffix().toLower()));
        else if (isProjectFile(path) || m_projectFiles.contains(path))
            addProblem(path, ImportTask::tr("a project file, not an image"));
        else
            addFile(path, QString());
    }

    QList<ImportEntry> entries() const { return m_entries; }

private:
    ImporterInterface *importerFor(const QString &path)
    {
        if (hasImageSuffix(path))
            return nullptr;
        // Plugins are loaded only once a file that is no image by name is given.
        PluginManager &plugins = PluginManager::instance();
        plugins.loadPlugins();
        return plugins.importerForFile(path);
    }

    void addFolder(const QString &root)
    {
        // Hidden files and folders are left out (no QDir::Hidden); linked folders are not followed.
        QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList files;
        qint64 visited = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (hasImageSuffix(path) && !isProjectFile(path) && !m_projectFiles.contains(path))
                files.append(path);
            if (++visited % 256 == 0) {
                if (isCanceled(m_observer))
                    return;
                if (m_observer)
                    m_observer->progress(m_entries.size() + files.size(), 0);
            }
        }
        files.sort(); // directory order differs between file systems
        const QDir rootDir(root);
        for (const QString &path : std::as_const(files)) {
            QString label;
            if (m_params.folderNamesAsLabels) {
                const QString relative = rootDir.relativeFilePath(path);
                const qsizetype slash = relative.indexOf(QLatin1Char('/'));
                if (slash > 0)
                    label = relative.left(slash);
            }
            addFile(path, label);
        }
    }

    void addListFile(const QString &path, ImporterInterface *importer)
    {
        QList<ImportEntry> listed;
        QStringList lineProblems;
        QString error;
        if (!importer->readEntries(path, &listed, &lineProblems, &error)) {
            addProblem(path, error);
            return;
        }
        for (const QString &problem : std::as_const(lineProblems))
            addProblem(path, problem);
        for (const ImportEntry &entry : std::as_const(listed)) {
            const QString file = QDir::cleanPath(QFileInfo(entry.filePath).absoluteFilePath());
            if (isProjectFile(file) || m_projectFiles.contains(file))
                addProblem(file, ImportTask::tr("a project file, not an image"));
            else
                addFile(file, entry.label.trimmed());
        }
    }

    void addFile(const QString &path, const QString &label)
    {
        const auto found = m_indexByPath.constFind(path);
        if (found == m_indexByPath.constEnd()) {
            m_indexByPath.insert(path, m_entries.size());
            m_entries.append({path, label});
            return;
        }
        const QString &kept = m_entries.at(*found).label;
        if (!label.isEmpty() && label != kept)
            addProblem(path, ImportTask::tr("listed again with the label \"%1\"; kept \"%2\"").arg(label, kept));
    }

    void addProblem(const QString &path, const QString &reason) { m_problems->append({path, reason}); }

    const ImportParams &m_params;
    QList<ImportProblem> *m_problems;
    ProgressObserver *m_observer;
    QSet<QString> m_projectFiles;
    QList<ImportEntry> m_entries;
    QHash<QString, int> m_indexByPath;
};

// --- Decoding ----------------------------------------------------------------------------------

/// An entry that is not in the project yet.
struct PendingImage
{
    ImportEntry entry;
    QString storedPath;
};

/// What a worker made of one file: an image ready to store, or the reason it cannot be.
struct PreparedImage
{
    QString filePath;
    QString label;
    NewImage image;
    QString problem;
};

PreparedImage prepareImage(const PendingImage &pending, const ImportParams &params)
{
    PreparedImage result;
    result.filePath = pending.entry.filePath;
    result.label = pending.entry.label;
    try {
        QFile file(pending.entry.filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw Error::badInput(file.exists() ? ImportTask::tr("cannot read the file (%1)").arg(file.errorString())
                                                : ImportTask::tr("no such file"));
        // Read once: the hash, the header and the pixels all come from these bytes.
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            throw Error::badInput(ImportTask::tr("cannot read the file (%1)").arg(file.errorString()));
        const qint64 mtimeMs = file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
        file.close();

        const ImageHeader header = ImageDecoder::readHeader(bytes);
        ImageDecoder::Options options;
        options.maxPixels = params.maxPixels;
        options.maxSide = params.thumbnailSize > 0 ? params.thumbnailSize : ImportParams().thumbnailSize;
        options.fastColour = true; // a thumbnail: large JPEGs' colours from their DC terms
        const RgbImage thumbnail = ImageDecoder::decode(bytes, options);

        NewImage &image = result.image;
        image.path = pending.storedPath;
        image.sha256 = sha256Hex(bytes);
        image.byteSize = bytes.size();
        image.width = header.width;
        image.height = header.height;
        image.format = header.format;
        image.mtimeMs = mtimeMs;
        image.thumbnailJpeg = ImageDecoder::encodeJpeg(thumbnail, ThumbnailQuality);
        image.thumbnailWidth = thumbnail.width;
        image.thumbnailHeight = thumbnail.height;
        // A thumbnail smaller than what fingerprints are made from (a tiny thumbnail size)
        // leaves the fingerprint to FingerprintTask, which decodes the file at the right size.
        const int thumbnailSide = std::max(thumbnail.width, thumbnail.height);
        if (params.fingerprints
            && thumbnailSide >= std::min(ImageFingerprint::DecodeSide, std::max(header.width, header.height))) {
            image.fingerprint = ImageFingerprint::compute(thumbnail).toBytes();
            image.fingerprintVersion = ImageFingerprint::Version;
        }
    } catch (const Error &error) {
        result.problem = error.message();
    } catch (const std::bad_alloc &) {
        result.problem = ImportTask::tr("not enough memory to decode this image");
    } catch (const std::exception &error) {
        result.problem = ImportTask::tr("cannot decode: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    return result;
}

/// Decodes on worker threads and hands results back in input order, so that image ids follow
/// the sorted input. Workers run at most `window` files ahead of the consumer: memory stays bounded
/// however many files there are.
class DecodePool
{
public:
    DecodePool(const QList<PendingImage> &pending, const ImportParams &params, int threadCount)
        : m_pending(pending), m_params(params), m_window(8 * threadCount + 32)
    {
        m_threads.reserve(size_t(threadCount));
        for (int i = 0; i < threadCount; ++i)
            m_threads.emplace_back([this] { work(); });
    }

    ~DecodePool() { stop(); }

    DecodePool(const DecodePool &) = delete;
    DecodePool &operator=(const DecodePool &) = delete;

    /// Waits for the result of file `index` (taken in order); nothing when the observer cancels.
    std::optional<PreparedImage> take(int index, const ProgressObserver *observer)
    {
        while (true) {
            if (isCanceled(observer))
                return std::nullopt;
            std::unique_lock<std::mutex> lock(m_mutex);
            const auto found = m_done.find(index);
            if (found != m_done.end()) {
                PreparedImage result = std::move(found->second);
                m_done.erase(found);
                m_consumed = index + 1;
                lock.unlock();
                m_slotFree.notify_all();
                return result;
            }
            // Wake up now and then to see whether the user canceled.
            m_resultReady.wait_for(lock, std::chrono::milliseconds(50));
        }
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_slotFree.notify_all();
        for (std::thread &thread : m_threads)
            if (thread.joinable())
                thread.join();
    }

private:
    void work()
    {
        while (true) {
            const int index = m_next.fetch_add(1);
            if (index >= m_pending.size())
                return;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_slotFree.wait(lock, [&] { return m_stopping || index < m_consumed + m_window; });
                if (m_stopping)
                    return;
            }
            PreparedImage result = prepareImage(m_pending.at(index), m_params);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                if (m_stopping)
                    return;
                m_done.emplace(index, std::move(result));
            }
            m_resultReady.notify_one();
        }
    }

    const QList<PendingImage> &m_pending;
    const ImportParams &m_params;
    const int m_window;
    std::atomic<int> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_resultReady;
    std::condition_variable m_slotFree;
    std::map<int, PreparedImage> m_done;
    int m_consumed = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

// --- Writing -----------------------------------------------------------------------------------

/// Writes prepared images into the project in batched transactions and keeps the report.
class ImportWriter
{
public:
    ImportWriter(ProjectStore &store, ImportReport *report) : m_store(store), m_report(report)
    {
        const QList<ClassInfo> classes = m_store.classes();
        for (const ClassInfo &info : classes)
            m_classIds.insert(info.name, info.id);
    }

    void write(PreparedImage &prepared)
    {
        if (!prepared.problem.isEmpty()) {
            m_report->problems.append({prepared.filePath, prepared.problem});
            return;
        }
        if (!m_transaction) {
            m_transaction.emplace(m_store);
            m_batchTimer.start();
        }
        prepared.image.classId = classId(prepared.label);
        m_store.addImage(prepared.image);
        ++m_batchCount;
        ++m_report->added;
        if (prepared.image.classId != 0)
            ++m_report->labelled;
        if (m_batchCount >= BatchSize || m_batchTimer.elapsed() >= BatchMaxMs)
            commit();
    }

    void commit()
    {
        if (!m_transaction)
            return;
        m_transaction->commit();
        m_transaction.reset();
        m_batchCount = 0;
        m_report->newClasses.append(m_batchClasses);
        m_batchClasses.clear();
    }

private:
    qint64 classId(const QString &label)
    {
        if (label.isEmpty())
            return 0;
        const auto found = m_classIds.constFind(label);
        if (found != m_classIds.constEnd())
            return *found;
        const qint64 id = m_store.ensureClass(label);
        m_classIds.insert(label, id);
        m_batchClasses.append(label);
        return id;
    }

    ProjectStore &m_store;
    ImportReport *m_report;
    QHash<QString, qint64> m_classIds;
    QStringList m_batchClasses; ///< created in the open transaction: reported once it commits
    std::optional<ProjectStore::Transaction> m_transaction;
    QElapsedTimer m_batchTimer;
    int m_batchCount = 0;
};

} // namespace

ImportTask::ImportTask(const QString &projectFilePath, const ImportParams &params)
    : m_projectFilePath(projectFilePath)
    , m_params(params)
{}

QList<ImportEntry> ImportTask::collectEntries(const ImportParams &params, const QString &projectFilePath,
                                              QList<ImportProblem> *problems, ProgressObserver *observer)
{
    if (observer)
        observer->phase(QStringLiteral("Scanning"), 0);
    QList<ImportProblem> ignored;
    EntryCollector collector(params, projectFilePath, problems ? problems : &ignored, observer);
    for (const QString &input : params.inputs) {
        if (isCanceled(observer))
            break;
        collector.addInput(input);
    }
    return collector.entries();
}

ImportReport ImportTask::run(ProgressObserver *observer)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    const std::unique_ptr<ProjectStore> store = ProjectStore::open(m_projectFilePath);

    const QList<ImportEntry> entries = collectEntries(m_params, m_projectFilePath, &report.problems, observer);
    report.filesFound = entries.size();

    // Paths are compared as stored, so that re-importing a folder adds nothing.
    QSet<QString> known = store->storedPaths();
    QList<PendingImage> pending;
    for (const ImportEntry &entry : entries) {
        const QString storedPath = store->storedPath(entry.filePath);
        if (known.contains(storedPath)) {
            ++report.alreadyInProject;
            continue;
        }
        known.insert(storedPath);
        pending.append({entry, storedPath});
    }

    const int total = pending.size();
    if (isCanceled(observer) || total == 0) {
        report.canceled = isCanceled(observer);
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    }
    if (observer) {
        observer->phase(QStringLiteral("Importing"), total);
        observer->progress(0, total);
    }

    const int threads = m_params.threads > 0 ? m_params.threads : QThread::idealThreadCount();
    // The writer outlives the pool: on an exception the workers stop before the batch rolls back.
    ImportWriter writer(*store, &report);
    DecodePool pool(pending, m_params, qBound(1, threads, total));
    for (int i = 0; i < total; ++i) {
        std::optional<PreparedImage> prepared = pool.take(i, observer);
        if (!prepared) {
            report.canceled = true;
            break;
        }
        writer.write(*prepared);
        if (observer)
            observer->progress(i + 1, total);
    }
    pool.stop();
    writer.commit();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace Atelier
