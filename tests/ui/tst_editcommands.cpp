#include "addclasscommand.h"
#include "changeclassescommand.h"
#include "changemappingcommand.h"
#include "classcatalog.h"
#include "classmappings.h"
#include "deleteclasscommand.h"
#include "error.h"
#include "excludecommand.h"
#include "importtask.h"
#include "mergeclassescommand.h"
#include "pincommand.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "relabelcommand.h"
#include "renameclasscommand.h"
#include "splitstore.h"
#include "testimages.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Atelier;

/// Every kind of edit, made, undone and redone through the undo stack, and still there once the
/// project is opened again. The tests run without a translator: plural forms read as in the source.
class TestEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void relabel();
    void exclude();
    void pin();
    void addClass();
    void renameClass();
    void recolourClass();
    void shortcutMovesBetweenClasses();
    void reorderClasses();
    void mergeKeepsHistory();
    void deleteClassWithImages();
    void mapping();
    void failedEditIsNotStacked();
    void failedUndoLeavesTheStack();

private:
    qint64 classId(const QString &name) const;
    QList<qint64> imagesOf(const QString &className) const;
    /// Closes the project and opens it again, as after a restart.
    void reopen();
    ProjectStore &store() const { return m_document->store(); }
    QUndoStack *stack() const { return m_document->undoStack(); }

    QTemporaryDir m_dir;
    QString m_imagesDir;
    QString m_projectFile;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestEditCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_imagesDir = m_dir.filePath(QStringLiteral("images"));
    for (int i = 0; i < 3; ++i)
        TestImages::writePoster(QStringLiteral("%1/cabaret/c%2.jpg").arg(m_imagesDir).arg(i), 80, 110, 10 + i);
    for (int i = 0; i < 2; ++i)
        TestImages::writePoster(QStringLiteral("%1/travel/t%2.jpg").arg(m_imagesDir).arg(i), 110, 80, 20 + i);
    TestImages::writePoster(QStringLiteral("%1/loose.jpg").arg(m_imagesDir), 90, 90, 30);
}

void TestEditCommands::init()
{
    static int counter = 0;
    m_projectFile = m_dir.filePath(QStringLiteral("edits-%1.atelier").arg(++counter));
    ProjectStore::create(m_projectFile);
    ImportParams params;
    params.inputs = {m_imagesDir};
    QCOMPARE(ImportTask(m_projectFile, params).run().added, 6);
    m_document = std::make_unique<ProjectDocument>(ProjectStore::open(m_projectFile));
}

void TestEditCommands::cleanup()
{
    m_document.reset();
}

qint64 TestEditCommands::classId(const QString &name) const
{
    const auto info = store().classByName(name);
    return info ? info->id : -1;
}

QList<qint64> TestEditCommands::imagesOf(const QString &className) const
{
    const qint64 id = className.isEmpty() ? 0 : classId(className);
    QList<qint64> ids;
    for (const ImageRecord &image : store().images())
        if (image.classId == id)
            ids.append(image.id);
    return ids;
}

void TestEditCommands::reopen()
{
    m_document.reset();
    m_document = std::make_unique<ProjectDocument>(ProjectStore::open(m_projectFile));
}

void TestEditCommands::relabel()
{
    const QList<qint64> cabaret = imagesOf(QStringLiteral("cabaret"));
    const QList<qint64> moved{cabaret.at(0), imagesOf(QString()).at(0)};
    const qint64 travel = classId(QStringLiteral("travel"));
    QSignalSpy labels(m_document.get(), &ProjectDocument::labelsChanged);

    m_document->execute(new RelabelCommand(m_document.get(), moved, travel, QStringLiteral("travel")));
    QCOMPARE(stack()->undoText(), QStringLiteral("Label 2 image(s) as “travel”"));
    QCOMPARE(store().labelsOf(moved), (QHash<qint64, qint64>{{moved[0], travel}, {moved[1], travel}}));
    QCOMPARE(labels.count(), 1);

    stack()->undo();
    QCOMPARE(store().labelsOf(moved).value(moved[0]), classId(QStringLiteral("cabaret")));
    QCOMPARE(store().labelsOf(moved).value(moved[1]), 0);
    stack()->redo();
    QCOMPARE(store().labelsOf(moved).value(moved[1]), travel);

    // The history holds every step, undo included, and survives a restart.
    reopen();
    QCOMPARE(store().labelsOf(moved).value(moved[0]), travel);
    const QList<LabelChange> history = store().labelHistory(moved[0]);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).newClassId, travel);
    QCOMPARE(history.at(1).newClassId, classId(QStringLiteral("cabaret")));
    QCOMPARE(history.at(2).newClassId, travel);
}

void TestEditCommands::exclude()
{
    const QList<qint64> ids = imagesOf(QStringLiteral("travel"));
    QSignalSpy excluded(m_document.get(), &ProjectDocument::exclusionChanged);
    m_document->execute(new ExcludeCommand(m_document.get(), ids, true));
    QCOMPARE(stack()->undoText(), QStringLiteral("Exclude 2 image(s)"));
    QVERIFY(store().image(ids[0])->excluded && store().image(ids[1])->excluded);
    QCOMPARE(excluded.count(), 1);
    QCOMPARE(excluded.at(0).at(1).toBool(), true);

    stack()->undo();
    QVERIFY(!store().image(ids[0])->excluded);
    stack()->redo();
    QVERIFY(store().image(ids[1])->excluded);
    reopen();
    QVERIFY(store().image(ids[0])->excluded && store().image(ids[1])->excluded);
    // Nothing is deleted: the files are still there.
    QVERIFY(QFileInfo::exists(store().absolutePath(store().image(ids[0])->path)));
}

void TestEditCommands::pin()
{
    const QList<qint64> ids = imagesOf(QStringLiteral("cabaret"));
    SplitStore(store()).pin({ids[0]}, Split::Train);
    QSignalSpy splits(m_document.get(), &ProjectDocument::splitsChanged);

    m_document->execute(new PinCommand(m_document.get(), {ids[0], ids[1]}, Split::Test));
    QCOMPARE(stack()->undoText(), QStringLiteral("Pin 2 image(s) to Test"));
    QCOMPARE(SplitStore(store()).pins().value(ids[1]), Split::Test);
    QCOMPARE(splits.count(), 1);

    stack()->undo();
    // Each image gets back its own pin, or none.
    QCOMPARE(SplitStore(store()).pins(), (QHash<qint64, Split>{{ids[0], Split::Train}}));
    stack()->redo();
    m_document->execute(new PinCommand(m_document.get(), {ids[0]}, std::nullopt));
    QCOMPARE(stack()->undoText(), QStringLiteral("Unpin 1 image(s)"));
    reopen();
    QCOMPARE(SplitStore(store()).pins(), (QHash<qint64, Split>{{ids[1], Split::Test}}));
}

void TestEditCommands::addClass()
{
    QSignalSpy classes(m_document.get(), &ProjectDocument::classesChanged);
    auto *command = new AddClassCommand(m_document.get(), QStringLiteral(" Opera "));
    m_document->execute(command);
    const qint64 opera = command->classId();
    QVERIFY(opera > 0);
    QCOMPARE(store().classById(opera)->name, QStringLiteral("Opera"));
    const QString key = store().classById(opera)->shortcut;
    QVERIFY(!key.isEmpty());
    QCOMPARE(classes.count(), 1);

    stack()->undo();
    QVERIFY(!store().classByName(QStringLiteral("Opera")));
    stack()->redo();
    // The same class comes back, with its key.
    QCOMPARE(store().classByName(QStringLiteral("Opera"))->id, opera);
    QCOMPARE(store().classById(opera)->shortcut, key);
    reopen();
    QCOMPARE(store().classByName(QStringLiteral("Opera"))->id, opera);
}

void TestEditCommands::renameClass()
{
    const qint64 travel = classId(QStringLiteral("travel"));
    m_document->execute(new RenameClassCommand(m_document.get(), travel, QStringLiteral("travel"),
                                               QStringLiteral("Voyage")));
    QCOMPARE(stack()->undoText(), QStringLiteral("Rename “travel” to “Voyage”"));
    QCOMPARE(store().classById(travel)->name, QStringLiteral("Voyage"));
    stack()->undo();
    QCOMPARE(store().classById(travel)->name, QStringLiteral("travel"));
    stack()->redo();
    reopen();
    QCOMPARE(store().classById(travel)->name, QStringLiteral("Voyage"));
    QCOMPARE(imagesOf(QStringLiteral("Voyage")).size(), 2);
}

void TestEditCommands::recolourClass()
{
    const qint64 travel = classId(QStringLiteral("travel"));
    const QString before = store().classById(travel)->color;
    m_document->execute(new ChangeClassesCommand(m_document.get(), QStringLiteral("Recolour"),
                                                 [travel](ClassCatalog &catalog) {
                                                     catalog.setColor(travel, QStringLiteral("#123456"));
                                                 }));
    QCOMPARE(store().classById(travel)->color, QStringLiteral("#123456"));
    stack()->undo();
    QCOMPARE(store().classById(travel)->color, before);
    stack()->redo();
    reopen();
    QCOMPARE(store().classById(travel)->color, QStringLiteral("#123456"));
}

void TestEditCommands::shortcutMovesBetweenClasses()
{
    const qint64 cabaret = classId(QStringLiteral("cabaret"));
    const qint64 travel = classId(QStringLiteral("travel"));
    const QString cabaretKey = store().classById(cabaret)->shortcut;
    const QString travelKey = store().classById(travel)->shortcut;
    QVERIFY(!cabaretKey.isEmpty() && !travelKey.isEmpty() && cabaretKey != travelKey);

    // Taking travel's key leaves travel without one; undo gives both their keys back.
    m_document->execute(new ChangeClassesCommand(m_document.get(), QStringLiteral("Key"),
                                                 [cabaret, travelKey](ClassCatalog &catalog) {
                                                     catalog.setShortcut(cabaret, travelKey);
                                                 }));
    QCOMPARE(store().classById(cabaret)->shortcut, travelKey);
    QVERIFY(store().classById(travel)->shortcut.isEmpty());
    stack()->undo();
    QCOMPARE(store().classById(cabaret)->shortcut, cabaretKey);
    QCOMPARE(store().classById(travel)->shortcut, travelKey);
    stack()->redo();
    QCOMPARE(store().classById(cabaret)->shortcut, travelKey);
    reopen();
    QCOMPARE(store().classById(cabaret)->shortcut, travelKey);
    QVERIFY(store().classById(travel)->shortcut.isEmpty());
}

void TestEditCommands::reorderClasses()
{
    const qint64 cabaret = classId(QStringLiteral("cabaret"));
    const qint64 travel = classId(QStringLiteral("travel"));
    QCOMPARE(store().classes().constFirst().id, cabaret);
    m_document->execute(new ChangeClassesCommand(m_document.get(), QStringLiteral("Reorder"),
                                                 [=](ClassCatalog &catalog) { catalog.reorder({travel, cabaret}); }));
    QCOMPARE(store().classes().constFirst().id, travel);
    stack()->undo();
    QCOMPARE(store().classes().constFirst().id, cabaret);
    stack()->redo();
    reopen();
    QCOMPARE(store().classes().constFirst().id, travel);
}

void TestEditCommands::mergeKeepsHistory()
{
    const auto cabaret = *store().classByName(QStringLiteral("cabaret"));
    const auto travel = *store().classByName(QStringLiteral("travel"));
    const QList<qint64> moved = imagesOf(QStringLiteral("cabaret"));
    QSignalSpy labels(m_document.get(), &ProjectDocument::labelsChanged);

    m_document->execute(new MergeClassesCommand(m_document.get(), cabaret, travel));
    QCOMPARE(stack()->undoText(), QStringLiteral("Merge “cabaret” into “travel”"));
    QVERIFY(!store().classByName(QStringLiteral("cabaret")));
    QCOMPARE(imagesOf(QStringLiteral("travel")).size(), 5);
    QCOMPARE(labels.count(), 1);
    QCOMPARE(labels.at(0).at(1).toLongLong(), travel.id);

    stack()->undo();
    QCOMPARE(store().classByName(QStringLiteral("cabaret"))->id, cabaret.id);
    QCOMPARE(store().classByName(QStringLiteral("cabaret"))->shortcut, cabaret.shortcut);
    QCOMPARE(imagesOf(QStringLiteral("cabaret")), moved);
    stack()->redo();
    reopen();
    QVERIFY(!store().classByName(QStringLiteral("cabaret")));
    QCOMPARE(imagesOf(QStringLiteral("travel")).size(), 5);
    // The history names the merged class: it is retired, not erased.
    const QList<LabelChange> history = store().labelHistory(moved.constFirst());
    QVERIFY(history.size() >= 3);
    QCOMPARE(history.constFirst().oldClassId, cabaret.id);
    QCOMPARE(history.constLast().newClassId, travel.id);
    QCOMPARE(store().classById(cabaret.id)->name, QStringLiteral("cabaret"));
    QVERIFY(store().classById(cabaret.id)->retired);
}

void TestEditCommands::deleteClassWithImages()
{
    const auto travel = *store().classByName(QStringLiteral("travel"));
    const QList<qint64> images = imagesOf(QStringLiteral("travel"));
    m_document->execute(new DeleteClassCommand(m_document.get(), travel));
    QCOMPARE(stack()->undoText(), QStringLiteral("Delete class “travel”"));
    QVERIFY(!store().classByName(QStringLiteral("travel")));
    QCOMPARE(imagesOf(QString()).size(), 3);
    stack()->undo();
    QCOMPARE(imagesOf(QStringLiteral("travel")), images);
    stack()->redo();
    reopen();
    QVERIFY(!store().classByName(QStringLiteral("travel")));
    QCOMPARE(store().labelHistory(images.constFirst()).constLast().oldClassId, travel.id);
}

void TestEditCommands::mapping()
{
    const qint64 cabaret = classId(QStringLiteral("cabaret"));
    const qint64 travel = classId(QStringLiteral("travel"));
    QSignalSpy mappings(m_document.get(), &ProjectDocument::mappingsChanged);
    m_document->execute(new ChangeMappingCommand(m_document.get(), QStringLiteral("Countries"),
                                                 QHash<qint64, QString>{{cabaret, QStringLiteral("France")}}));
    QCOMPARE(stack()->undoText(), QStringLiteral("New mapping “Countries”"));
    m_document->execute(new ChangeMappingCommand(
        m_document.get(), QStringLiteral("Countries"),
        QHash<qint64, QString>{{cabaret, QStringLiteral("France")}, {travel, QStringLiteral("Italy")}}));
    QCOMPARE(stack()->undoText(), QStringLiteral("Edit the mapping “Countries”"));
    QCOMPARE(ClassMappings(store()).byName(QStringLiteral("Countries"))->targetOfClass.size(), 2);
    QCOMPARE(mappings.count(), 2);

    stack()->undo();
    QCOMPARE(ClassMappings(store()).byName(QStringLiteral("Countries"))->targetOfClass.size(), 1);
    stack()->undo();
    QVERIFY(!ClassMappings(store()).byName(QStringLiteral("Countries")));
    stack()->redo();
    stack()->redo();
    m_document->execute(new ChangeMappingCommand(m_document.get(), QStringLiteral("Countries"), std::nullopt));
    QVERIFY(!ClassMappings(store()).byName(QStringLiteral("Countries")));
    stack()->undo();
    reopen();
    QCOMPARE(ClassMappings(store()).byName(QStringLiteral("Countries"))->targetOfClass.value(travel),
             QStringLiteral("Italy"));
}

void TestEditCommands::failedEditIsNotStacked()
{
    const qint64 travel = classId(QStringLiteral("travel"));
    // The name is taken: the core refuses, and nothing goes on the stack.
    QVERIFY_THROWS_EXCEPTION(Error, m_document->execute(new RenameClassCommand(
                                        m_document.get(), travel, QStringLiteral("travel"), QStringLiteral("cabaret"))));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(store().classById(travel)->name, QStringLiteral("travel"));
}

void TestEditCommands::failedUndoLeavesTheStack()
{
    const qint64 travel = classId(QStringLiteral("travel"));
    m_document->execute(new RenameClassCommand(m_document.get(), travel, QStringLiteral("travel"),
                                               QStringLiteral("Voyage")));
    // Another program takes the old name meanwhile: the undo cannot be made.
    store().addClass(QStringLiteral("travel"));
    QSignalSpy failed(m_document.get(), &ProjectDocument::editFailed);
    stack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(store().classById(travel)->name, QStringLiteral("Voyage"));
}

QTEST_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
