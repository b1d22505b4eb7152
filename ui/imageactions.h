#pragma once

#include "datasetsplit.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Atelier {

class DocumentCommand;
class PreviewOverlay;
class ProjectDocument;
class ThumbnailGridView;

/// What can be done to the images selected in the grid: label them with a class (at its key),
/// remove their label, exclude or include them, pin them to a split, preview them, show them in
/// the file manager. Every edit goes through the document's undo stack.
///
/// The keys act on the grid only, so that they never steal typing from a text field. Builds the
/// Label menu and the grid's context menu.
class ImageActions : public QObject
{
    Q_OBJECT

public:
    ImageActions(ThumbnailGridView *grid, PreviewOverlay *preview, QWidget *window);

    void setDocument(ProjectDocument *document);

    /// The Label menu: a label action per class, then exclusion, pins and the advance option.
    QMenu *labelMenu() const { return m_labelMenu; }
    /// A context menu for the grid's selection, to be shown and deleted by the caller.
    QMenu *createContextMenu(QWidget *parent) const;

    QAction *previewAction() const { return m_previewAction; }
    QAction *excludeAction() const { return m_excludeAction; }
    QAction *advanceAction() const { return m_advanceAction; }
    QAction *showInFileManagerAction() const { return m_showInFileManagerAction; }

    /// Whether labelling moves on to the next unlabelled image (remembered between runs).
    bool advancesToNextUnlabelled() const;
    void setAdvancesToNextUnlabelled(bool advance);

    /// Labels the selection (0: removes its label), then moves on when asked to.
    void labelSelection(qint64 classId);
    /// Labels these images, e.g. dropped onto a class.
    void labelImages(const QList<qint64> &imageIds, qint64 classId);
    /// Excludes the selection, or includes it when all of it is excluded.
    void toggleExclusion();
    /// Pins the selection to a split; none: unpins it.
    void pinSelection(std::optional<Split> split);
    void showInFileManager();

signals:
    void failed(const QString &title, const QString &message);
    /// A short note for the status bar.
    void message(const QString &text);

private:
    void rebuildLabelActions();
    void rebuildLabelMenu();
    void updateActions();
    bool execute(DocumentCommand *command, const QString &failureTitle);

    ThumbnailGridView *m_grid;
    PreviewOverlay *m_preview;
    QPointer<ProjectDocument> m_document;

    QMenu *m_labelMenu;
    QMenu *m_pinMenu;
    QList<QAction *> m_labelActions;
    QAction *m_removeLabelAction;
    QAction *m_excludeAction;
    QAction *m_previewAction;
    QAction *m_advanceAction;
    QAction *m_showInFileManagerAction;
    QList<QAction *> m_pinActions;
};

} // namespace Atelier
