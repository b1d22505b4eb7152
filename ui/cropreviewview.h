#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace Atelier {

class CropEditor;
class CropProposalsModel;
class CurationController;
class DocumentCommand;
class PreviewLoader;
class ProjectDocument;

/// Crop review: the scans for which the border detector proposes a content rectangle, each shown
/// before and after the crop. A proposal is accepted or rejected (the whole image is then the
/// content) one at a time or for the whole selection, and its edges are dragged to adjust it.
/// Every decision can be undone; files are never changed.
class CropReviewView : public QWidget
{
    Q_OBJECT

public:
    CropReviewView(CurationController *curation, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);

    void detectBorders();
    void acceptSelected();
    void rejectSelected();
    void acceptAllProposed();
    void toggleBeforeAfter();

    CropProposalsModel *proposalsModel() const { return m_model; }
    QListView *proposalList() const { return m_list; }
    CropEditor *editor() const { return m_editor; }
    /// The image shown in the editor; 0 when none.
    qint64 shownImageId() const { return m_shownImage; }

signals:
    void failed(const QString &title, const QString &message);
    void message(const QString &text);
    /// The editor shows the decoded image of this scan.
    void imageShown(qint64 imageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void decide(const QList<qint64> &imageIds, bool accept);
    QList<qint64> selectedImages() const;
    void showCurrent();
    void restoreCurrent();
    void adjustCurrent(const QRect &rect);
    void updateStatus();
    bool execute(DocumentCommand *command);

    CurationController *m_curation;
    QPointer<ProjectDocument> m_document;
    CropProposalsModel *m_model;
    PreviewLoader *m_loader;
    QComboBox *m_show;
    QPushButton *m_detectButton;
    QPushButton *m_acceptAllButton;
    QLabel *m_status;
    QListView *m_list;
    CropEditor *m_editor;
    qint64 m_shownImage = 0;
    QImage m_preview; ///< of the scan shown, decoded once
    int m_rowBeforeReset = -1;
    qint64 m_imageBeforeReset = 0;
    bool m_detectedOnce = false;
};

} // namespace Atelier
