#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Atelier {

class ProjectDocument;
class SimilarImagesIndex;

/// "Similar, not copies": a row of the project's images that a pretrained network finds most
/// like the chosen one, leaving out its known copies (similar posters of one design, one artist,
/// one series). The first time, a button builds the index in the background; after that it
/// follows the chosen image, and rebuilds itself when the project's images changed. A click
/// asks to show the image in the grid.
class SimilarImagesStrip : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarImagesStrip(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setIndex(SimilarImagesIndex *index);
    /// Shows the images most like this one (0: none), without those in `leaveOut`.
    void showSimilarTo(qint64 imageId, const QSet<qint64> &leaveOut = {});
    qint64 imageId() const { return m_imageId; }

    /// The images shown, most similar first.
    QList<qint64> shownImages() const;
    QListWidget *list() const { return m_list; }
    QPushButton *findButton() const { return m_findButton; }
    QLabel *statusLabel() const { return m_status; }

    static constexpr int Count = 8;

signals:
    void selectImagesRequested(const QList<qint64> &imageIds);

private:
    void refresh();
    void fillList();
    void setStatus(const QString &text);

    QPointer<ProjectDocument> m_document;
    QPointer<SimilarImagesIndex> m_index;
    qint64 m_imageId = 0;
    QSet<qint64> m_leaveOut;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_findButton;
    QListWidget *m_list;
};

} // namespace Atelier
