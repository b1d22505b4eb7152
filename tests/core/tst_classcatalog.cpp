#include "classcatalog.h"
#include "classmappings.h"
#include "error.h"
#include "projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;

namespace {

NewImage image(const QString &path, qint64 classId)
{
    NewImage result;
    result.path = path;
    result.sha256 = path.toLatin1().toHex().leftJustified(64, '0');
    result.width = result.height = 10;
    result.format = QStringLiteral("PNG");
    result.classId = classId;
    return result;
}

} // namespace

class TestClassCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void renameDoneUndoneAndPersisted();
    void colourAndShortcut();
    void reorder();
    void mergeMovesImagesKeepsHistoryAndUndoes();
    void deleteOnlyWhenEmptyOrExplicit();
    void retiredNameCanBeReused();
    void relabelUndoRestoresEachOwnLabel();
    void mappings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_a = 0, m_b = 0, m_c = 0;
    QList<qint64> m_images;
};

void TestClassCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("p.atelier"));
    m_store = ProjectStore::create(m_path);
    m_a = m_store->addClass(QStringLiteral("Alsace")).id;
    m_b = m_store->addClass(QStringLiteral("Bretagne")).id;
    m_c = m_store->addClass(QStringLiteral("Corse")).id;
    m_images.clear();
    for (int i = 0; i < 6; ++i)
        m_images << m_store->addImage(image(QStringLiteral("%1.png").arg(i), i < 2 ? m_a : i < 4 ? m_b : 0));
}

void TestClassCatalog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestClassCatalog::renameDoneUndoneAndPersisted()
{
    ClassCatalog catalog(*m_store);
    catalog.rename(m_a, QStringLiteral("  Alsace-Lorraine "));
    QCOMPARE(m_store->classById(m_a)->name, QStringLiteral("Alsace-Lorraine"));
    QVERIFY_THROWS_EXCEPTION(Error, catalog.rename(m_a, QStringLiteral("Bretagne")));
    QVERIFY_THROWS_EXCEPTION(Error, catalog.rename(m_a, QStringLiteral(" ")));
    catalog.rename(m_a, QStringLiteral("Alsace")); // the undo of a rename is a rename back
    m_store = ProjectStore::open(m_path);
    QCOMPARE(m_store->classById(m_a)->name, QStringLiteral("Alsace"));
}

void TestClassCatalog::colourAndShortcut()
{
    ClassCatalog catalog(*m_store);
    catalog.setColor(m_a, QStringLiteral("#AABBCC"));
    QCOMPARE(m_store->classById(m_a)->color, QStringLiteral("#aabbcc"));
    QVERIFY_THROWS_EXCEPTION(Error, catalog.setColor(m_a, QStringLiteral("red")));
    // Taking another class's key moves it.
    catalog.setShortcut(m_c, QStringLiteral("1"));
    QCOMPARE(m_store->classById(m_c)->shortcut, QStringLiteral("1"));
    QCOMPARE(m_store->classById(m_a)->shortcut, QString());
    QVERIFY_THROWS_EXCEPTION(Error, catalog.setShortcut(m_a, QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(Error, catalog.setShortcut(m_a, QStringLiteral("12")));
}

void TestClassCatalog::reorder()
{
    ClassCatalog catalog(*m_store);
    catalog.reorder({m_c, m_a, m_b});
    const QList<ClassInfo> classes = m_store->classes();
    QCOMPARE(classes[0].id, m_c);
    QCOMPARE(classes[2].id, m_b);
    QVERIFY_THROWS_EXCEPTION(Error, catalog.reorder({m_c, m_a}));
    QVERIFY_THROWS_EXCEPTION(Error, catalog.reorder({m_c, m_a, m_a}));
}

void TestClassCatalog::mergeMovesImagesKeepsHistoryAndUndoes()
{
    ClassCatalog catalog(*m_store);
    const ClassCatalog::MergeRecord record = catalog.merge({m_a, m_c}, m_b);
    QHash<qint64, qint64> counts = m_store->labelCounts();
    QCOMPARE(counts.value(m_b), 4);
    QCOMPARE(m_store->classes().size(), 1);
    // The merged class is retired, not erased: the history still names it.
    QVERIFY(m_store->classById(m_a)->retired);
    const QList<LabelChange> history = m_store->labelHistory(m_images[0]);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].oldClassId, m_a);
    QCOMPARE(history[0].newClassId, m_b);
    QCOMPARE(m_store->classById(history[0].oldClassId)->name, QStringLiteral("Alsace"));

    m_store = ProjectStore::open(m_path); // persisted across reopen
    ClassCatalog reopened(*m_store);
    reopened.undoMerge(record);
    counts = m_store->labelCounts();
    QCOMPARE(counts.value(m_a), 2);
    QCOMPARE(counts.value(m_b), 2);
    QCOMPARE(m_store->classes().size(), 3);
    QCOMPARE(m_store->classById(m_a)->shortcut, QStringLiteral("1"));
    QCOMPARE(m_store->labelHistory(m_images[0]).size(), 2);
    QVERIFY_THROWS_EXCEPTION(Error, reopened.merge({m_b}, m_b));
}

void TestClassCatalog::deleteOnlyWhenEmptyOrExplicit()
{
    ClassCatalog catalog(*m_store);
    QVERIFY_THROWS_EXCEPTION(Error, catalog.remove(m_a, false));
    QCOMPARE(m_store->classes().size(), 3);
    const auto emptyRecord = catalog.remove(m_c, false);
    QCOMPARE(emptyRecord.images.size(), 0);
    const auto record = catalog.remove(m_a, true);
    QCOMPARE(record.images.size(), 2);
    QCOMPARE(m_store->labelCounts().value(0), 4);
    QCOMPARE(m_store->classes().size(), 1);
    catalog.undoRemove(record);
    QCOMPARE(m_store->labelCounts().value(m_a), 2);
    QCOMPARE(m_store->classById(m_a)->retired, false);
}

void TestClassCatalog::retiredNameCanBeReused()
{
    ClassCatalog catalog(*m_store);
    const auto record = catalog.remove(m_c, false);
    const qint64 again = m_store->addClass(QStringLiteral("Corse")).id;
    QVERIFY(again != m_c);
    // The old one cannot come back under a name now taken.
    QVERIFY_THROWS_EXCEPTION(Error, catalog.undoRemove(record));
}

void TestClassCatalog::relabelUndoRestoresEachOwnLabel()
{
    const QHash<qint64, qint64> before = m_store->labelsOf(m_images);
    m_store->setLabels(m_images, m_c);
    QCOMPARE(m_store->labelCounts().value(m_c), 6);
    m_store->applyLabels(before);
    QCOMPARE(m_store->labelsOf(m_images), before);
    QCOMPARE(m_store->labelCounts().value(0), 2);
    // A retired class cannot be given.
    ClassCatalog(*m_store).remove(m_c, true);
    QVERIFY_THROWS_EXCEPTION(Error, m_store->setLabels(m_images, m_c));
}

void TestClassCatalog::mappings()
{
    ClassMappings mappings(*m_store);
    mappings.save(QStringLiteral("regions"), {{m_a, QStringLiteral("Est")}, {m_b, QStringLiteral("Ouest")}, {m_c, QStringLiteral("Sud")}});
    mappings.save(QStringLiteral("regions"), {{m_a, QStringLiteral("Est")}, {m_b, QStringLiteral("Ouest")}});
    m_store = ProjectStore::open(m_path);
    ClassMappings reopened(*m_store);
    const auto mapping = reopened.byName(QStringLiteral("regions"));
    QVERIFY(mapping);
    QCOMPARE(mapping->targets(), (QStringList{QStringLiteral("Est"), QStringLiteral("Ouest")}));
    QVERIFY(!mapping->targetOfClass.contains(m_c));
    QVERIFY_THROWS_EXCEPTION(Error, reopened.save(QStringLiteral("bad"), {{9999, QStringLiteral("x")}}));
    reopened.remove(QStringLiteral("regions"));
    QVERIFY(reopened.all().isEmpty());
}

QTEST_GUILESS_MAIN(TestClassCatalog)
#include "tst_classcatalog.moc"
