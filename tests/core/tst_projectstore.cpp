#include "error.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Atelier;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

NewImage newImage(const QString &path, qint64 classId = 0)
{
    NewImage image;
    image.path = path;
    image.sha256 = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    image.byteSize = 1234;
    image.width = 300;
    image.height = 400;
    image.format = QStringLiteral("JPEG");
    image.mtimeMs = 1700000000000;
    image.classId = classId;
    image.thumbnailJpeg = QByteArrayLiteral("\xff\xd8thumb");
    image.thumbnailWidth = 48;
    image.thumbnailHeight = 64;
    return image;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void createRefusesExistingFile();
    void migratesOlderSchema();
    void refusesNewerSchemaUntouched();
    void refusesBadFilesUntouched_data();
    void refusesBadFilesUntouched();
    void refusesDamagedProjectUntouched();
    void storedPathsAreRelativeBelowTheProject();
    void classesGetColoursShortcutsAndOrder();
    void labelsAndHistory();
    void transactionRollsBack();
    void readersWorkWhileAnotherThreadWrites();
    void openingAgainKeepsTheOpenConnectionsLocks();
};

void TestProjectStore::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("posters.atelier"));
    {
        auto store = ProjectStore::create(path);
        QCOMPARE(store->schemaVersion(), ProjectStore::currentSchemaVersion());
        const qint64 classId = store->addClass(QStringLiteral("Cabaret")).id;
        const qint64 id = store->addImage(newImage(QStringLiteral("images/a.jpg"), classId));
        QVERIFY(id > 0);
        store->setMetaValue(QStringLiteral("note"), QStringLiteral("été"));
    }
    auto store = ProjectStore::open(path);
    QCOMPARE(store->imageCount(), 1);
    const QList<ImageRecord> images = store->images();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images[0].path, QStringLiteral("images/a.jpg"));
    QCOMPARE(images[0].width, 300);
    QCOMPARE(images[0].height, 400);
    QCOMPARE(images[0].format, QStringLiteral("JPEG"));
    QCOMPARE(images[0].sha256.size(), 64);
    QCOMPARE(store->classById(images[0].classId)->name, QStringLiteral("Cabaret"));
    QCOMPARE(store->thumbnail(images[0].id), QByteArrayLiteral("\xff\xd8thumb"));
    QCOMPARE(store->metaValue(QStringLiteral("note")), QStringLiteral("été"));
    QVERIFY(store->metaValue(QStringLiteral("created_with")).startsWith(QStringLiteral("Atelier")));

    // Foreign keys are enforced: a label may not point at a missing class.
    QVERIFY_THROWS_EXCEPTION(Error, store->setLabels({images[0].id}, 9999));
}

void TestProjectStore::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.atelier"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    QVERIFY_THROWS_EXCEPTION(Error, ProjectStore::create(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("precious"));
}

void TestProjectStore::migratesOlderSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.atelier"));
    ProjectStore::createAtVersionForTesting(path, 1);
    auto store = ProjectStore::open(path);
    QCOMPARE(store->schemaVersion(), ProjectStore::currentSchemaVersion());
    // Version 2 added the exclusion flag; it must be readable after the migration.
    store->addImage(newImage(QStringLiteral("x.png")));
    QCOMPARE(store->images().value(0).excluded, false);
}

void TestProjectStore::refusesNewerSchemaUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.atelier"));
    ProjectStore::create(path).reset();
    {
        // Pretend a later Atelier wrote it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(60));
        const char version[4] = {0, 0, 0x03, static_cast<char>(0xe7)}; // 999
        file.write(version, 4);
    }
    const QByteArray before = fileDigest(path);
    try {
        ProjectStore::open(path);
        QFAIL("a newer project was opened");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(QStringLiteral("newer version")), qPrintable(error.message()));
    }
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestProjectStore::refusesBadFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text") << QByteArrayLiteral("path,label\na.jpg,cat\n") << QStringLiteral("not a database");
    QTest::newRow("jpeg") << QByteArrayLiteral("\xff\xd8\xff\xe0 not a project") << QStringLiteral("not a database");
    QByteArray truncatedHeader("SQLite format 3\0", 16);
    QTest::newRow("truncated header") << truncatedHeader << QStringLiteral("not a database");
}

void TestProjectStore::refusesBadFilesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.atelier"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    try {
        ProjectStore::open(path);
        QFAIL("a bad file was opened");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("bad.atelier")});
}

void TestProjectStore::refusesDamagedProjectUntouched()
{
    QTemporaryDir dir;
    // A foreign SQLite database.
    const QString foreign = dir.filePath(QStringLiteral("foreign.atelier"));
    {
        auto store = ProjectStore::create(foreign);
    }
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(68));
        file.write("\0\0\0\0", 4); // no application id: some other program's database
    }
    QByteArray before = fileDigest(foreign);
    QVERIFY_THROWS_EXCEPTION(Error, ProjectStore::open(foreign));
    QCOMPARE(fileDigest(foreign), before);

    // A project whose pages were overwritten.
    const QString damaged = dir.filePath(QStringLiteral("damaged.atelier"));
    {
        auto store = ProjectStore::create(damaged);
        for (int i = 0; i < 200; ++i)
            store->addImage(newImage(QStringLiteral("images/%1.jpg").arg(i)));
    }
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        QVERIFY(file.seek(4096 + 8));
        file.write(QByteArray(3000, '\x5a'));
    }
    before = fileDigest(damaged);
    try {
        auto store = ProjectStore::open(damaged);
        store->images();
        QFAIL("a damaged project was read without an error");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
    }
    QCOMPARE(fileDigest(damaged), before);
}

void TestProjectStore::storedPathsAreRelativeBelowTheProject()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.atelier")));
    const QString inside = dir.filePath(QStringLiteral("scans/ポスター.jpg"));
    QCOMPARE(store->storedPath(inside), QStringLiteral("scans/ポスター.jpg"));
    QCOMPARE(store->absolutePath(QStringLiteral("scans/ポスター.jpg")), inside);
    const QString outside = elsewhere.filePath(QStringLiteral("a.jpg"));
    QCOMPARE(store->storedPath(outside), outside);
    QCOMPARE(store->absolutePath(outside), outside);
    // A sibling folder sharing the prefix is not "below".
    const QString sibling = dir.path() + QStringLiteral("-other/a.jpg");
    QCOMPARE(store->storedPath(sibling), sibling);
}

void TestProjectStore::classesGetColoursShortcutsAndOrder()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.atelier")));
    for (int i = 0; i < 12; ++i)
        store->addClass(QStringLiteral("class %1").arg(i));
    const QList<ClassInfo> classes = store->classes();
    QCOMPARE(classes.size(), 12);
    QCOMPARE(classes[0].shortcut, QStringLiteral("1"));
    QCOMPARE(classes[8].shortcut, QStringLiteral("9"));
    QCOMPARE(classes[9].shortcut, QStringLiteral("a"));
    QVERIFY(classes[0].color != classes[1].color);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(classes[i].position, i);
    QVERIFY_THROWS_EXCEPTION(Error, store->addClass(QStringLiteral("class 3")));
    QVERIFY_THROWS_EXCEPTION(Error, store->addClass(QStringLiteral("  ")));
    QCOMPARE(store->ensureClass(QStringLiteral("class 3")), classes[3].id);
}

void TestProjectStore::labelsAndHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.atelier"));
    qint64 a = 0, b = 0, first = 0, second = 0;
    {
        auto store = ProjectStore::create(path);
        a = store->addClass(QStringLiteral("A")).id;
        b = store->addClass(QStringLiteral("B")).id;
        first = store->addImage(newImage(QStringLiteral("1.jpg"), a));
        second = store->addImage(newImage(QStringLiteral("2.jpg")));
        store->setLabels({first, second}, b);
        store->setLabels({second}, b); // no change: no history row
        store->setLabels({first}, 0);
    }
    auto store = ProjectStore::open(path);
    const QHash<qint64, qint64> counts = store->labelCounts();
    QCOMPARE(counts.value(b), 1);
    QCOMPARE(counts.value(0), 1);
    QCOMPARE(counts.value(a), 0);
    const QList<LabelChange> history = store->labelHistory(first);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].oldClassId, a);
    QCOMPARE(history[0].newClassId, b);
    QCOMPARE(history[1].oldClassId, b);
    QCOMPARE(history[1].newClassId, 0);
    QCOMPARE(store->labelHistory(second).size(), 1);
    QVERIFY_THROWS_EXCEPTION(Error, store->setLabels({424242}, a));
}

void TestProjectStore::transactionRollsBack()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.atelier")));
    {
        ProjectStore::Transaction transaction(*store);
        store->addImage(newImage(QStringLiteral("1.jpg")));
        {
            ProjectStore::Transaction inner(*store);
            store->addImage(newImage(QStringLiteral("2.jpg")));
            inner.commit();
        }
        QCOMPARE(store->imageCount(), 2);
    } // not committed
    QCOMPARE(store->imageCount(), 0);
    {
        ProjectStore::Transaction transaction(*store);
        store->addImage(newImage(QStringLiteral("3.jpg")));
        transaction.commit();
    }
    QCOMPARE(store->imageCount(), 1);
    // A duplicate path violates the unique constraint and leaves the first row alone.
    QVERIFY_THROWS_EXCEPTION(Error, store->addImage(newImage(QStringLiteral("3.jpg"))));
    QCOMPARE(store->imageCount(), 1);
}

void TestProjectStore::readersWorkWhileAnotherThreadWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.atelier"));
    auto store = ProjectStore::create(path);
    store->addImage(newImage(QStringLiteral("seed.jpg")));

    std::atomic<bool> writerInTransaction{false};
    std::atomic<bool> readerDone{false};
    QThread *writer = QThread::create([&] {
        auto connection = store->openConnection();
        ProjectStore::Transaction transaction(*connection);
        for (int i = 0; i < 100; ++i)
            connection->addImage(newImage(QStringLiteral("w%1.jpg").arg(i)));
        writerInTransaction = true;
        // Hold the write transaction open until the reader has read.
        while (!readerDone)
            QThread::yieldCurrentThread();
        transaction.commit();
    });
    writer->start();
    QTRY_VERIFY(writerInTransaction.load());
    // The reader is not blocked by the open write transaction and sees the last committed state.
    QCOMPARE(store->imageCount(), 1);
    QCOMPARE(store->images().size(), 1);
    readerDone = true;
    QVERIFY(writer->wait(10000));
    delete writer;
    QCOMPARE(store->imageCount(), 101);
}

/// Opening a project that this process already has open must not release the open
/// connection's locks: another process closing the project would then believe it was the last
/// one and checkpoint and delete the write-ahead log under us.
void TestProjectStore::openingAgainKeepsTheOpenConnectionsLocks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.atelier"));
    ProjectStore::create(path).reset();
    auto first = ProjectStore::open(path);
    first->addImage(newImage(QStringLiteral("a.jpg")));
    QCOMPARE(first->imageCount(), 1);
    auto second = ProjectStore::open(path);
    QCOMPARE(second->imageCount(), 1);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    QProcess other;
    other.start(QCoreApplication::applicationDirPath() + QStringLiteral("/atelier-cli"),
                {QStringLiteral("info"), path, QStringLiteral("--quiet")});
    QVERIFY(other.waitForFinished(60000));
    QCOMPARE(other.exitCode(), 0);
    QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "another process removed the write-ahead log of an open project");
    first->addImage(newImage(QStringLiteral("b.jpg")));
    QCOMPARE(second->imageCount(), 2);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
