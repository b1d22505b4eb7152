#pragma once

#include "curationtypes.h"
#include "projecttypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Atelier {

class SqliteDatabase;

/// A project: one SQLite file (`*.atelier`) holding images, classes, labels, thumbnails and history.
///
/// Each instance is one connection and belongs to one thread; give another thread its own with
/// openConnection(). The file is in WAL mode, so readers keep working while a task writes.
/// Every method throws Error on failure.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::ProjectStore)

public:
    /// The schema this build writes. Files with a higher version are refused, never altered.
    static int currentSchemaVersion();
    static constexpr const char *fileSuffix = "atelier";

    /// Creates a new, empty project. Refuses to overwrite an existing file.
    static std::unique_ptr<ProjectStore> create(const QString &filePath);
    /// Opens an existing project, migrating an older schema in place. A damaged, foreign or newer
    /// file is refused with a clear message and left exactly as it was.
    static std::unique_ptr<ProjectStore> open(const QString &filePath);
    /// Creates a project at an older schema version; for migration tests only.
    static void createAtVersionForTesting(const QString &filePath, int version);

    /// A second connection to the same project, for use on another thread.
    std::unique_ptr<ProjectStore> openConnection() const;

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString filePath() const { return m_filePath; }
    QDir projectDir() const;
    int schemaVersion() const;

    /// The path to store for a file: relative to the project's folder when the file lies below it.
    QString storedPath(const QString &absoluteFilePath) const;
    /// The absolute path of a stored path.
    QString absolutePath(const QString &storedPath) const;

    QString metaValue(const QString &key, const QString &defaultValue = QString()) const;
    void setMetaValue(const QString &key, const QString &value);

    /// Groups several writes into one transaction; rolls back unless commit() is called.
    class Transaction
    {
    public:
        explicit Transaction(ProjectStore &store);
        ~Transaction();
        void commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        ProjectStore &m_store;
        bool m_done = false;
    };

    // Classes
    QList<ClassInfo> classes() const; ///< active classes, in display order
    /// Any class, retired ones included (the label history still names them).
    std::optional<ClassInfo> classById(qint64 id) const;
    std::optional<ClassInfo> classByName(const QString &name) const; ///< active classes only
    /// Adds a class with the next free colour, shortcut and position. Throws if the name is taken.
    ClassInfo addClass(const QString &name);
    /// The class's id, creating the class when it does not exist yet.
    qint64 ensureClass(const QString &name);

    // Images
    qint64 imageCount() const;
    QList<ImageRecord> images() const; ///< every image with its label, ordered by id
    std::optional<ImageRecord> image(qint64 id) const;
    std::optional<ImageRecord> imageByPath(const QString &storedPath) const;
    QSet<QString> storedPaths() const;
    /// Inserts an image with its label and thumbnail. Returns the new id.
    qint64 addImage(const NewImage &image);
    /// Sets the label of each image (0 = unlabelled), recording every actual change in the history.
    void setLabels(const QList<qint64> &imageIds, qint64 classId);
    /// Sets each image's own label (e.g. to undo a relabel), recording the history the same way.
    void applyLabels(const QHash<qint64, qint64> &classByImage);
    /// The current label of each image (0 = unlabelled).
    QHash<qint64, qint64> labelsOf(const QList<qint64> &imageIds) const;
    /// Number of images per class id; key 0 counts the unlabelled ones.
    QHash<qint64, qint64> labelCounts() const;
    QList<LabelChange> labelHistory(qint64 imageId) const;

    // Thumbnails (JPEG, longest side at most the size they were made with)
    QByteArray thumbnail(qint64 imageId) const;
    void setThumbnail(qint64 imageId, const QByteArray &jpeg, int width, int height);

    /// Leaves images out of curation and training, or brings them back. Files are never deleted.
    void setExcluded(const QList<qint64> &imageIds, bool excluded);

    // Fingerprints for the near-duplicate search, serialised by ImageFingerprint
    /// Ids of the images present on disk that have no fingerprint of this version, ordered by id.
    QList<qint64> imagesWithoutFingerprint(int version) const;
    void setFingerprint(qint64 imageId, int version, const QByteArray &data);
    /// Every fingerprint of this version, ordered by image id.
    QList<StoredFingerprint> fingerprints(int version) const;
    /// The same, one at a time, so that a large project's fingerprints need not all be held twice.
    void forEachFingerprint(int version, const std::function<void(qint64 imageId, const QByteArray &data)> &visit) const;

    // Content rectangles of scans with an added border
    /// Ids of the images present on disk with no rectangle, or only a detector's answer from an
    /// older detector version. A curator's decision (accepted, rejected) is never redone.
    QList<qint64> imagesWithoutContentRect(int detectorVersion) const;
    /// Stores a detector's answer (Proposed or None), unless a curator has already decided.
    void proposeContentRect(const ContentRect &rect);
    /// Stores a rectangle as given: a curator's decision or correction.
    void setContentRect(const ContentRect &rect);
    /// Changes the status of stored rectangles (accepting or rejecting proposals, or undoing that).
    void setContentRectStatus(const QList<qint64> &imageIds, BorderStatus status);
    std::optional<ContentRect> contentRect(qint64 imageId) const;
    /// Every stored rectangle, ordered by image id.
    QList<ContentRect> contentRects() const;

    /// The connection, for the core's other table families (ClassCatalog, SplitStore, ...).
    SqliteDatabase &database() const { return *m_db; }

private:
    ProjectStore(const QString &filePath, std::unique_ptr<SqliteDatabase> db);
    friend class Transaction;

    QString m_filePath;
    std::unique_ptr<SqliteDatabase> m_db;
    int m_transactionDepth = 0;
};

} // namespace Atelier
