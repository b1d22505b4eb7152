#include "classactions.h"

#include "addclasscommand.h"
#include "changeclassescommand.h"
#include "classcatalog.h"
#include "classlistmodel.h"
#include "classlistview.h"
#include "deleteclasscommand.h"
#include "error.h"
#include "mergeclassescommand.h"
#include "mergeclassesdialog.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "renameclasscommand.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace Atelier {

ClassActions::ClassActions(ClassListView *view, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
    , m_menu(new QMenu(tr("&Classes"), window))
{
    m_menu->setObjectName(QStringLiteral("classesMenu"));

    m_newAction = m_menu->addAction(tr("&New Class…"), this, &ClassActions::newClass);
    m_newAction->setObjectName(QStringLiteral("newClassAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_menu->addSeparator();
    m_renameAction = m_menu->addAction(tr("&Rename…"), this, &ClassActions::renameCurrent);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames in the class list only; the grid may give the key another use.
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_renameAction);
    m_colorAction = m_menu->addAction(tr("&Colour…"), this, &ClassActions::recolourCurrent);
    m_shortcutAction = m_menu->addAction(tr("Labelling &Key…"), this, &ClassActions::changeShortcutOfCurrent);
    m_menu->addSeparator();
    m_moveUpAction = m_menu->addAction(tr("Move &Up"), this, [this] { moveCurrent(-1); });
    m_moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_moveUpAction);
    m_moveDownAction = m_menu->addAction(tr("Move Do&wn"), this, [this] { moveCurrent(1); });
    m_moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_moveDownAction);
    m_menu->addSeparator();
    m_mergeAction = m_menu->addAction(tr("&Merge Into…"), this, &ClassActions::mergeCurrent);
    m_mergeAction->setObjectName(QStringLiteral("mergeClassAction"));
    m_deleteAction = m_menu->addAction(tr("&Delete…"), this, &ClassActions::deleteCurrent);
    m_deleteAction->setObjectName(QStringLiteral("deleteClassAction"));

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ClassActions::showContextMenu);
    connect(m_view, &ClassListView::classMoved, this, &ClassActions::moveClass);
    connect(m_view, &ClassListView::filterChosen, this, &ClassActions::updateActions);
    if (m_view->classModel())
        connect(m_view->classModel(), &ClassListModel::renameRequested, this, &ClassActions::renameClass);
    updateActions();
}

void ClassActions::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::classesChanged, this, &ClassActions::updateActions);
    m_menu->menuAction()->setVisible(m_document != nullptr);
    updateActions();
}

qint64 ClassActions::targetClass() const
{
    return m_contextClass != 0 ? m_contextClass : m_view->currentClassId();
}

void ClassActions::updateActions()
{
    const bool open = m_document != nullptr;
    const qint64 classId = targetClass();
    const ClassListModel *model = m_view->classModel();
    const QList<qint64> order = model ? model->classIds() : QList<qint64>();
    const qsizetype position = order.indexOf(classId);
    m_newAction->setEnabled(open);
    for (QAction *action : {m_renameAction, m_colorAction, m_shortcutAction, m_deleteAction})
        action->setEnabled(open && classId > 0);
    m_mergeAction->setEnabled(open && classId > 0 && order.size() > 1);
    m_moveUpAction->setEnabled(open && position > 0);
    m_moveDownAction->setEnabled(open && position >= 0 && position < order.size() - 1);
}

void ClassActions::showContextMenu(const QPoint &position)
{
    if (!m_document)
        return;
    const QModelIndex index = m_view->indexAt(position);
    m_contextClass = index.isValid() ? m_view->classModel()->classIdAt(index.row()) : 0;
    // Without a class under the mouse, only a new class makes sense.
    m_contextClass = m_contextClass == 0 ? -1 : m_contextClass;
    updateActions();
    QMenu menu(m_view);
    menu.addAction(m_newAction);
    if (m_contextClass > 0) {
        menu.addSeparator();
        for (QAction *action : {m_renameAction, m_colorAction, m_shortcutAction})
            menu.addAction(action);
        menu.addSeparator();
        menu.addAction(m_moveUpAction);
        menu.addAction(m_moveDownAction);
        menu.addSeparator();
        menu.addAction(m_mergeAction);
        menu.addAction(m_deleteAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
    m_contextClass = 0;
    updateActions();
}

bool ClassActions::execute(DocumentCommand *command, const QString &failureTitle)
{
    if (!m_document) {
        delete command;
        return false;
    }
    try {
        m_document->execute(command);
    } catch (const Error &error) {
        emit failed(failureTitle, error.message());
        return false;
    }
    return true;
}

// --- The edits -----------------------------------------------------------------------------------

qint64 ClassActions::createClass(const QString &name)
{
    if (!m_document)
        return 0;
    auto *command = new AddClassCommand(m_document, name);
    if (!execute(command, tr("Cannot create the class")))
        return 0;
    const qint64 classId = command->classId(); // the stack owns the command from here on
    m_view->selectFilter(GridFilter::ofClass(classId));
    return classId;
}

bool ClassActions::renameClass(qint64 classId, const QString &name)
{
    if (!m_document)
        return false;
    const auto info = m_document->store().classById(classId);
    if (!info || info->name == name.trimmed())
        return false;
    return execute(new RenameClassCommand(m_document, classId, info->name, name), tr("Cannot rename the class"));
}

bool ClassActions::setClassColor(qint64 classId, const QColor &color)
{
    if (!m_document || !color.isValid())
        return false;
    const auto info = m_document->store().classById(classId);
    if (!info || QColor(info->color) == color)
        return false;
    const QString hex = color.name(QColor::HexRgb);
    return execute(new ChangeClassesCommand(m_document, tr("Change the colour of “%1”").arg(info->name),
                                            [classId, hex](ClassCatalog &catalog) { catalog.setColor(classId, hex); }),
                   tr("Cannot change the colour"));
}

bool ClassActions::setClassShortcut(qint64 classId, const QString &key)
{
    if (!m_document)
        return false;
    const auto info = m_document->store().classById(classId);
    if (!info || info->shortcut == key.toLower())
        return false;
    const QString text = key.isEmpty() ? tr("Remove the key of “%1”").arg(info->name)
                                       : tr("Give “%1” the key %2").arg(info->name, key.toUpper());
    return execute(new ChangeClassesCommand(m_document, text,
                                            [classId, key](ClassCatalog &catalog) { catalog.setShortcut(classId, key); }),
                   tr("Cannot change the key"));
}

bool ClassActions::moveClass(qint64 classId, int position)
{
    if (!m_document || !m_view->classModel())
        return false;
    QList<qint64> order = m_view->classModel()->classIds();
    const int from = int(order.indexOf(classId));
    if (from < 0)
        return false;
    int to = qBound(0, position, int(order.size()));
    if (to > from)
        --to; // the class leaves its place first
    if (to == from)
        return false;
    order.move(from, to);
    const auto info = m_document->store().classById(classId);
    const QString text = tr("Move “%1”").arg(info ? info->name : QString());
    const bool moved = execute(new ChangeClassesCommand(m_document, text,
                                                        [order](ClassCatalog &catalog) { catalog.reorder(order); }),
                               tr("Cannot move the class"));
    if (moved)
        m_view->selectFilter(m_view->currentFilter()); // keeps the row chosen after the refresh
    return moved;
}

bool ClassActions::mergeClass(qint64 sourceId, qint64 targetId)
{
    if (!m_document)
        return false;
    const auto source = m_document->store().classById(sourceId);
    const auto target = m_document->store().classById(targetId);
    if (!source || !target || sourceId == targetId)
        return false;
    const bool merged = execute(new MergeClassesCommand(m_document, *source, *target), tr("Cannot merge the classes"));
    if (merged)
        emit message(tr("“%1” merged into “%2”. Edit ▸ Undo brings it back.").arg(source->name, target->name));
    return merged;
}

bool ClassActions::deleteClass(qint64 classId)
{
    if (!m_document)
        return false;
    const auto info = m_document->store().classById(classId);
    if (!info)
        return false;
    const bool deleted = execute(new DeleteClassCommand(m_document, *info), tr("Cannot delete the class"));
    if (deleted)
        emit message(tr("Class “%1” deleted. Edit ▸ Undo brings it back.").arg(info->name));
    return deleted;
}

// --- Asking first --------------------------------------------------------------------------------

void ClassActions::newClass()
{
    if (!m_document)
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("New Class"));
    dialog.setLabelText(tr("Name of the new class:"));
    dialog.setOkButtonText(tr("Create"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    createClass(dialog.textValue());
}

void ClassActions::renameCurrent()
{
    const qint64 classId = targetClass();
    if (!m_document || classId <= 0 || !m_view->classModel())
        return;
    // In place, in the list.
    const int row = m_view->classModel()->rowOf(GridFilter::ofClass(classId));
    if (row >= 0)
        m_view->edit(m_view->classModel()->index(row));
}

void ClassActions::recolourCurrent()
{
    const qint64 classId = targetClass();
    if (!m_document || classId <= 0)
        return;
    const auto info = m_document->store().classById(classId);
    if (!info)
        return;
    const QColor color = QColorDialog::getColor(QColor(info->color), m_window,
                                                tr("Colour of “%1”").arg(info->name));
    if (color.isValid())
        setClassColor(classId, color);
}

void ClassActions::changeShortcutOfCurrent()
{
    const qint64 classId = targetClass();
    if (!m_document || classId <= 0)
        return;
    const auto info = m_document->store().classById(classId);
    if (!info)
        return;
    QHash<QString, QString> holders;
    for (const ClassInfo &other : m_document->store().classes())
        if (!other.shortcut.isEmpty() && other.id != classId)
            holders.insert(other.shortcut, other.name);

    QStringList items{tr("None")};
    QStringList keys{QString()};
    int current = 0;
    for (const QChar key : ClassCatalog::shortcutKeys()) {
        const QString text = QString(key);
        const QString holder = holders.value(text);
        items.append(holder.isEmpty() ? text.toUpper() : tr("%1 — now “%2”").arg(text.toUpper(), holder));
        keys.append(text);
        if (text == info->shortcut)
            current = int(keys.size()) - 1;
    }
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Labelling Key"));
    dialog.setLabelText(tr("Key that labels the selected images as “%1”:").arg(info->name));
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(items.at(current));
    dialog.setOkButtonText(tr("Set Key"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = items.indexOf(dialog.textValue());
    if (chosen >= 0)
        setClassShortcut(classId, keys.at(chosen));
}

void ClassActions::moveCurrent(int delta)
{
    const qint64 classId = targetClass();
    if (!m_document || classId <= 0 || !m_view->classModel())
        return;
    const int from = int(m_view->classModel()->classIds().indexOf(classId));
    if (from < 0)
        return;
    // Moving down by one means going before the class after the next.
    moveClass(classId, delta < 0 ? from + delta : from + delta + 1);
}

void ClassActions::mergeCurrent()
{
    const qint64 classId = targetClass();
    if (!m_document || classId <= 0)
        return;
    const auto source = m_document->store().classById(classId);
    if (!source)
        return;
    QList<ClassInfo> targets;
    for (const ClassInfo &info : m_document->store().classes())
        if (info.id != classId)
            targets.append(info);
    const qint64 count = m_document->store().labelCounts().value(classId);
    MergeClassesDialog dialog(*source, count, targets, m_window);
    if (dialog.exec() == QDialog::Accepted)
        mergeClass(classId, dialog.targetClassId());
}

void ClassActions::deleteCurrent()
{
    const qint64 classId = targetClass();
    if (!m_document || classId <= 0)
        return;
    const auto info = m_document->store().classById(classId);
    if (!info)
        return;
    const qint64 count = m_document->store().labelCounts().value(classId);
    if (count == 0) {
        deleteClass(classId); // nothing is lost, and Undo brings it back
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete Class"),
                    tr("“%1” still labels %Ln image(s).", nullptr, int(qMin<qint64>(count, INT_MAX))).arg(info->name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("deleteClassConfirmation"));
    box.setInformativeText(tr("Deleting the class leaves them unlabelled; their label history keeps the "
                              "class's name. Merging keeps them labelled with another class."));
    QPushButton *unlabel = box.addButton(
        tr("Move Its %Ln Image(s) to Unlabelled", nullptr, int(qMin<qint64>(count, INT_MAX))),
        QMessageBox::DestructiveRole);
    unlabel->setObjectName(QStringLiteral("moveToUnlabelledButton"));
    QPushButton *merge = box.addButton(tr("Merge Instead…"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == unlabel) {
        deleteClass(classId);
    } else if (box.clickedButton() == merge) {
        const qint64 previous = std::exchange(m_contextClass, classId);
        mergeCurrent();
        m_contextClass = previous;
    }
}

} // namespace Atelier
