#include "labelkeyactions.h"

#include "error.h"
#include "excludecommand.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "relabelcommand.h"

#include <QAction>
#include <QWidget>

namespace Atelier {

LabelKeyActions::LabelKeyActions(QWidget *view, SelectedImages selectedImages, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_selectedImages(std::move(selectedImages))
    , m_removeLabelAction(new QAction(tr("Remove Label"), this))
    , m_excludeAction(new QAction(tr("Exclude or Include"), this))
{
    m_removeLabelAction->setShortcut(QKeySequence(Qt::Key_0));
    m_removeLabelAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeLabelAction, &QAction::triggered, this, [this] { labelSelection(0); });
    m_view->addAction(m_removeLabelAction);

    m_excludeAction->setShortcuts({QKeySequence(Qt::Key_X), QKeySequence(Qt::Key_Delete)});
    m_excludeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_excludeAction, &QAction::triggered, this, &LabelKeyActions::toggleExclusion);
    m_view->addAction(m_excludeAction);
}

void LabelKeyActions::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::classesChanged, this, &LabelKeyActions::rebuildLabelActions);
        connect(m_document, &ProjectDocument::contentChanged, this, &LabelKeyActions::rebuildLabelActions);
    }
    rebuildLabelActions();
}

void LabelKeyActions::setReservedKeys(const QStringList &keys)
{
    m_reserved.clear();
    for (const QString &key : keys)
        m_reserved.append(key.toLower());
    rebuildLabelActions();
}

void LabelKeyActions::rebuildLabelActions()
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    if (!m_document)
        return;
    QList<ClassInfo> classes;
    try {
        classes = m_document->store().classes();
    } catch (const Error &) {
        return; // opening the project already reported a broken file
    }
    for (const ClassInfo &info : std::as_const(classes)) {
        if (info.shortcut.isEmpty() || m_reserved.contains(info.shortcut.toLower()))
            continue;
        auto *action = new QAction(tr("Label as “%1”").arg(info.name), this);
        action->setShortcut(QKeySequence(info.shortcut));
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setData(info.id);
        const qint64 classId = info.id;
        connect(action, &QAction::triggered, this, [this, classId] { labelSelection(classId); });
        m_view->addAction(action);
        m_labelActions.append(action);
    }
}

bool LabelKeyActions::execute(DocumentCommand *command, const QString &failureTitle)
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

bool LabelKeyActions::labelSelection(qint64 classId)
{
    if (!m_document)
        return false;
    const QList<qint64> ids = m_selectedImages();
    if (ids.isEmpty())
        return false;
    QString className;
    if (classId != 0) {
        try {
            if (const auto info = m_document->store().classById(classId))
                className = info->name;
        } catch (const Error &) {
            // The command reports the error itself.
        }
    }
    if (!execute(new RelabelCommand(m_document, ids, classId, className), tr("Could not change the label")))
        return false;
    emit edited(ids);
    return true;
}

bool LabelKeyActions::toggleExclusion()
{
    if (!m_document)
        return false;
    const QList<qint64> ids = m_selectedImages();
    if (ids.isEmpty())
        return false;
    QList<qint64> included;
    QList<qint64> excluded;
    try {
        for (const qint64 id : ids) {
            const auto record = m_document->store().image(id);
            if (record)
                (record->excluded ? excluded : included).append(id);
        }
    } catch (const Error &error) {
        emit failed(tr("Could not change the exclusion"), error.message());
        return false;
    }
    // A mixed selection is excluded; an excluded one is brought back.
    const bool exclude = !included.isEmpty();
    const QList<qint64> changing = exclude ? included : excluded;
    if (changing.isEmpty()
        || !execute(new ExcludeCommand(m_document, changing, exclude), tr("Could not change the exclusion")))
        return false;
    emit message(exclude ? tr("%Ln image(s) excluded. Files are kept; Ctrl+Z brings them back.", nullptr,
                              int(changing.size()))
                         : tr("%Ln image(s) included again.", nullptr, int(changing.size())));
    emit edited(changing);
    return true;
}

} // namespace Atelier
