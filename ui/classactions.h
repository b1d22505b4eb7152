#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace Atelier {

class ClassListView;
class DocumentCommand;
class ProjectDocument;

/// The edits of classes: create, rename, recolour, change the key, move up or down, merge into
/// another class, delete. They act on the class chosen in the class list, or on the class whose
/// context menu is open. Every edit goes through the document's undo stack.
class ClassActions : public QObject
{
    Q_OBJECT

public:
    ClassActions(ClassListView *view, QWidget *window);

    void setDocument(ProjectDocument *document);

    /// The Classes menu of the menu bar.
    QMenu *menu() const { return m_menu; }

    // The edits, without asking anything. Each returns whether it was made; failures are reported.
    qint64 createClass(const QString &name);
    bool renameClass(qint64 classId, const QString &name);
    bool setClassColor(qint64 classId, const QColor &color);
    /// An empty key removes it; a key held by another class moves to this one.
    bool setClassShortcut(qint64 classId, const QString &key);
    /// Moves a class before the class at `position` in the order (the count: to the end).
    bool moveClass(qint64 classId, int position);
    bool mergeClass(qint64 sourceId, qint64 targetId);
    /// Deletes a class; its images, if any, become unlabelled.
    bool deleteClass(qint64 classId);

    // The same, asking what is needed first.
    void newClass();
    void renameCurrent();
    void recolourCurrent();
    void changeShortcutOfCurrent();
    void moveCurrent(int delta);
    void mergeCurrent();
    void deleteCurrent();

signals:
    void failed(const QString &title, const QString &message);
    /// A short note for the status bar.
    void message(const QString &text);

private:
    /// The class the actions apply to: the one whose context menu is open, else the current one.
    qint64 targetClass() const;
    void showContextMenu(const QPoint &position);
    void updateActions();
    bool execute(DocumentCommand *command, const QString &failureTitle);

    ClassListView *m_view;
    QWidget *m_window;
    QPointer<ProjectDocument> m_document;
    qint64 m_contextClass = 0;

    QMenu *m_menu;
    QAction *m_newAction;
    QAction *m_renameAction;
    QAction *m_colorAction;
    QAction *m_shortcutAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_mergeAction;
    QAction *m_deleteAction;
};

} // namespace Atelier
