#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace Atelier {

class DocumentCommand;
class ProjectDocument;

/// The grid's labelling keys on another view: each class's key labels the view's selected
/// images, 0 removes their label, X or Delete excludes them (or brings them back). Every edit is
/// an undo command on the document's stack, so Ctrl+Z undoes it as anywhere else.
///
/// The keys act while the view has the focus only, so they never steal typing from a field.
class LabelKeyActions : public QObject
{
    Q_OBJECT

public:
    using SelectedImages = std::function<QList<qint64>()>;

    /// `selectedImages` tells which images the keys act on.
    LabelKeyActions(QWidget *view, SelectedImages selectedImages, QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    /// Keys the view uses for itself (e.g. "a", "k"): classes with them get no key here.
    void setReservedKeys(const QStringList &keys);

    /// Labels the selected images (0: removes their label). False when nothing changed.
    bool labelSelection(qint64 classId);
    /// Excludes the selected images, or includes them when all of them are excluded.
    bool toggleExclusion();
    /// The class actions, one per class with a key, in the class list's order.
    QList<QAction *> labelActions() const { return m_labelActions; }

signals:
    /// Images were labelled (classId 0: their label removed) or their exclusion changed.
    void edited(const QList<qint64> &imageIds);
    void failed(const QString &title, const QString &message);
    void message(const QString &text);

private:
    void rebuildLabelActions();
    bool execute(DocumentCommand *command, const QString &failureTitle);

    QWidget *m_view;
    SelectedImages m_selectedImages;
    QPointer<ProjectDocument> m_document;
    QStringList m_reserved;
    QList<QAction *> m_labelActions;
    QAction *m_removeLabelAction;
    QAction *m_excludeAction;
};

} // namespace Atelier
