#include "imageactions.h"

#include "error.h"
#include "excludecommand.h"
#include "pincommand.h"
#include "previewoverlay.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "relabelcommand.h"
#include "splitnames.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QUrl>

namespace Atelier {

namespace {
const QString AdvanceKey = QStringLiteral("labelling/advanceToNextUnlabelled");
} // namespace

ImageActions::ImageActions(ThumbnailGridView *grid, PreviewOverlay *preview, QWidget *window)
    : QObject(window)
    , m_grid(grid)
    , m_preview(preview)
    , m_labelMenu(new QMenu(tr("&Label"), window))
    , m_pinMenu(new QMenu(tr("&Pin to Split"), window))
{
    m_labelMenu->setObjectName(QStringLiteral("labelMenu"));
    m_pinMenu->setObjectName(QStringLiteral("pinMenu"));

    // Actions with single-key shortcuts live on the grid: typing in a field never triggers them.
    const auto onGrid = [this](QAction *action) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_grid->addAction(action);
    };

    m_removeLabelAction = new QAction(tr("&Remove Label"), this);
    m_removeLabelAction->setShortcut(QKeySequence(Qt::Key_0));
    connect(m_removeLabelAction, &QAction::triggered, this, [this] { labelSelection(0); });
    onGrid(m_removeLabelAction);

    m_excludeAction = new QAction(tr("E&xclude"), this);
    m_excludeAction->setObjectName(QStringLiteral("excludeAction"));
    m_excludeAction->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_X)});
    m_excludeAction->setStatusTip(tr("Leave the selected images out of curation and training, or bring them "
                                     "back. Files are never deleted."));
    connect(m_excludeAction, &QAction::triggered, this, &ImageActions::toggleExclusion);
    onGrid(m_excludeAction);

    m_previewAction = new QAction(tr("&Preview"), this);
    m_previewAction->setObjectName(QStringLiteral("previewAction"));
    m_previewAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_previewAction->setStatusTip(tr("Show the current image large; the arrows keep moving"));
    connect(m_previewAction, &QAction::triggered, m_preview, &PreviewOverlay::toggle);
    onGrid(m_previewAction);

    m_advanceAction = new QAction(tr("&Advance to Next Unlabelled"), this);
    m_advanceAction->setObjectName(QStringLiteral("advanceAction"));
    m_advanceAction->setCheckable(true);
    m_advanceAction->setChecked(QSettings().value(AdvanceKey, true).toBool());
    m_advanceAction->setStatusTip(tr("After a class key, move to the next image that has no label"));
    connect(m_advanceAction, &QAction::toggled, this,
            [](bool advance) { QSettings().setValue(AdvanceKey, advance); });

    m_showInFileManagerAction = new QAction(tr("Show in &File Manager"), this);
    connect(m_showInFileManagerAction, &QAction::triggered, this, &ImageActions::showInFileManager);

    for (const Split split : {Split::Train, Split::Validation, Split::Test}) {
        auto *action = new QAction(tr("Pin to %1").arg(SplitNames::displayName(split)), this);
        connect(action, &QAction::triggered, this, [this, split] { pinSelection(split); });
        m_pinActions.append(action);
        m_pinMenu->addAction(action);
    }
    m_pinMenu->addSeparator();
    auto *unpin = new QAction(tr("&Unpin"), this);
    connect(unpin, &QAction::triggered, this, [this] { pinSelection(std::nullopt); });
    m_pinActions.append(unpin);
    m_pinMenu->addAction(unpin);

    connect(m_grid, &ThumbnailGridView::selectedImagesChanged, this, &ImageActions::updateActions);
    connect(m_grid, &QAbstractItemView::activated, m_preview, &PreviewOverlay::open);
    rebuildLabelActions();
}

void ImageActions::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::classesChanged, this, &ImageActions::rebuildLabelActions);
        connect(m_document, &ProjectDocument::contentChanged, this, &ImageActions::rebuildLabelActions);
        // Exclusion changes the text of Exclude/Include.
        connect(m_document, &ProjectDocument::exclusionChanged, this, &ImageActions::updateActions);
    }
    rebuildLabelActions();
}

bool ImageActions::advancesToNextUnlabelled() const
{
    return m_advanceAction->isChecked();
}

void ImageActions::setAdvancesToNextUnlabelled(bool advance)
{
    m_advanceAction->setChecked(advance);
}

void ImageActions::rebuildLabelActions()
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    QList<ClassInfo> classes;
    if (m_document) {
        try {
            classes = m_document->store().classes();
        } catch (const Error &) {
            // The menu stays empty; opening the project already reported a broken file.
        }
    }
    for (const ClassInfo &info : std::as_const(classes)) {
        auto *action = new QAction(tr("Label as “%1”").arg(info.name), this);
        if (!info.shortcut.isEmpty())
            action->setShortcut(QKeySequence(info.shortcut));
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setData(info.id);
        const qint64 classId = info.id;
        connect(action, &QAction::triggered, this, [this, classId] { labelSelection(classId); });
        m_grid->addAction(action);
        m_labelActions.append(action);
    }
    rebuildLabelMenu();
    updateActions();
}

void ImageActions::rebuildLabelMenu()
{
    m_labelMenu->clear();
    m_labelMenu->menuAction()->setVisible(m_document != nullptr);
    for (QAction *action : std::as_const(m_labelActions))
        m_labelMenu->addAction(action);
    if (!m_labelActions.isEmpty())
        m_labelMenu->addSeparator();
    m_labelMenu->addAction(m_removeLabelAction);
    if (m_labelActions.isEmpty()) {
        // Owned by the menu, so clear() removes it.
        QAction *hint = m_labelMenu->addAction(tr("Classes come from folder names when you import, "
                                                  "or from Classes ▸ New Class"));
        hint->setEnabled(false);
    }
    m_labelMenu->addSeparator();
    m_labelMenu->addAction(m_excludeAction);
    m_labelMenu->addMenu(m_pinMenu);
    m_labelMenu->addSeparator();
    m_labelMenu->addAction(m_advanceAction);
}

QMenu *ImageActions::createContextMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("gridContextMenu"));
    menu->addAction(m_previewAction);
    menu->addSeparator();
    QMenu *labelAs = menu->addMenu(tr("Label &As"));
    labelAs->setObjectName(QStringLiteral("labelAsMenu"));
    for (QAction *action : m_labelActions)
        labelAs->addAction(action);
    labelAs->setEnabled(!m_labelActions.isEmpty() && m_removeLabelAction->isEnabled());
    menu->addAction(m_removeLabelAction);
    menu->addAction(m_excludeAction);
    menu->addMenu(m_pinMenu);
    menu->addSeparator();
    menu->addAction(m_showInFileManagerAction);
    return menu;
}

void ImageActions::updateActions()
{
    const bool open = m_document != nullptr;
    const QList<qint64> ids = open ? m_grid->selectedImageIds() : QList<qint64>();
    const bool hasSelection = !ids.isEmpty();
    for (QAction *action : std::as_const(m_labelActions))
        action->setEnabled(hasSelection);
    m_removeLabelAction->setEnabled(hasSelection);
    m_excludeAction->setEnabled(hasSelection);
    m_pinMenu->setEnabled(hasSelection);
    for (QAction *action : std::as_const(m_pinActions))
        action->setEnabled(hasSelection);
    m_previewAction->setEnabled(open);
    m_showInFileManagerAction->setEnabled(open && m_grid->currentImageId() != 0);

    bool allExcluded = hasSelection;
    for (const qint64 id : ids) {
        if (!m_grid->gridModel()->flagsOf(id).testFlag(ThumbnailGridModel::Excluded)) {
            allExcluded = false;
            break;
        }
    }
    m_excludeAction->setText(allExcluded ? tr("Include A&gain") : tr("E&xclude"));
}

bool ImageActions::execute(DocumentCommand *command, const QString &failureTitle)
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

void ImageActions::labelSelection(qint64 classId)
{
    if (!m_document)
        return;
    const QList<qint64> ids = m_grid->selectedImageIds();
    if (ids.isEmpty())
        return;
    ThumbnailGridModel *model = m_grid->gridModel();
    const int currentRow = m_grid->currentIndex().row();
    const bool advance = advancesToNextUnlabelled() && classId != 0;

    // Find where to go before labelling: the labelled images may leave the grid.
    qint64 nextImage = 0;
    if (advance) {
        const QSet<qint64> labelled(ids.cbegin(), ids.cend());
        const int row = model->nextUnlabelledRow(model->rowOfImage(ids.constLast()) + 1, labelled);
        nextImage = model->imageId(row);
    }
    labelImages(ids, classId);

    if (advance) {
        const int row = model->rowOfImage(nextImage);
        if (row >= 0) {
            const QModelIndex index = model->index(row);
            m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_grid->scrollTo(index);
        } else {
            emit message(tr("Every image shown has a label."));
        }
        return;
    }
    // When labelled images leave the filtered grid, keep the keyboard where the user was.
    if (!m_grid->currentIndex().isValid() && model->rowCount() > 0) {
        const QModelIndex index = model->index(qBound(0, currentRow, model->rowCount() - 1));
        m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
}

void ImageActions::labelImages(const QList<qint64> &imageIds, qint64 classId)
{
    if (!m_document || imageIds.isEmpty())
        return;
    QString className;
    if (classId != 0) {
        try {
            if (const auto info = m_document->store().classById(classId))
                className = info->name;
        } catch (const Error &) {
            // The command reports the error itself.
        }
    }
    execute(new RelabelCommand(m_document, imageIds, classId, className), tr("Could not change the label"));
}

void ImageActions::toggleExclusion()
{
    if (!m_document)
        return;
    const QList<qint64> ids = m_grid->selectedImageIds();
    if (ids.isEmpty())
        return;
    ThumbnailGridModel *model = m_grid->gridModel();
    QList<qint64> included;
    QList<qint64> excluded;
    for (const qint64 id : ids)
        (model->flagsOf(id).testFlag(ThumbnailGridModel::Excluded) ? excluded : included).append(id);
    // A mixed selection is excluded; an excluded one is brought back.
    const bool exclude = !included.isEmpty();
    if (execute(new ExcludeCommand(m_document, exclude ? included : excluded, exclude),
                tr("Could not change the exclusion"))) {
        emit message(exclude ? tr("%Ln image(s) excluded. Files are kept; Ctrl+Z brings them back.", nullptr,
                                  int(included.size()))
                             : tr("%Ln image(s) included again.", nullptr, int(excluded.size())));
    }
    updateActions();
}

void ImageActions::pinSelection(std::optional<Split> split)
{
    if (!m_document)
        return;
    const QList<qint64> ids = m_grid->selectedImageIds();
    if (ids.isEmpty())
        return;
    execute(new PinCommand(m_document, ids, split), tr("Could not pin the images"));
}

void ImageActions::showInFileManager()
{
    if (!m_document)
        return;
    try {
        const auto record = m_document->store().image(m_grid->currentImageId());
        if (!record)
            return;
        const QFileInfo file(m_document->store().absolutePath(record->path));
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
    } catch (const Error &error) {
        emit failed(tr("Cannot show the file"), error.message());
    }
}

} // namespace Atelier
