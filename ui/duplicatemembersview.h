#pragma once

#include "duplicatemember.h"

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

namespace Atelier {

class ProjectDocument;

/// The copies of one duplicate group side by side, each a card with its picture, resolution,
/// file size, format, folder and label; the suggested keeper carries a star, excluded copies are
/// faded. The keyboard picks a card with the arrows; K keeps it (and excludes the others), X or
/// Delete excludes or includes it, Enter applies the suggestion to the group.
class DuplicateMembersView : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicateMembersView(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setGroup(const QList<DuplicateMember> &members, qint64 suggestedKeeper, bool labelsDiffer);
    QList<DuplicateMember> members() const { return m_members; }
    int currentMember() const { return m_current; }
    void setCurrentMember(int index);
    qint64 currentImageId() const;

signals:
    void keepRequested(qint64 imageId);
    void toggleRequested(qint64 imageId);
    void applySuggestionRequested();
    /// Up and Down move to the previous or next group.
    void groupStepRequested(int delta);
    /// Another copy of the group became the current one (arrow keys, a click).
    void currentMemberChanged(qint64 imageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override;

private:
    QRect cardRect(int index) const;
    int cardAt(const QPoint &position) const;
    QPixmap thumbnail(qint64 imageId);
    void paintCard(QPainter &painter, int index);

    QPointer<ProjectDocument> m_document;
    QList<DuplicateMember> m_members;
    qint64 m_keeper = 0;
    bool m_labelsDiffer = false;
    int m_current = 0;
    QHash<qint64, QPixmap> m_thumbnails; ///< of the group shown
    QHash<qint64, QString> m_classNames;
    QHash<qint64, QColor> m_classColors;
};

} // namespace Atelier
