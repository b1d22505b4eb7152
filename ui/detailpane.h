#pragma once

#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace Atelier {

class ImagePreview;
struct ImageRecord;
class PreviewLoader;
class ProjectDocument;

/// The right-hand pane: a large preview of the current image, its metadata, its label (which
/// can be changed for every selected image at once), its split and its label history.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    /// What the grid has selected, as the pane needs it.
    struct Selection
    {
        qint64 current = 0;      ///< the image shown; 0: none
        QList<qint64> imageIds;  ///< what the class combo applies to
        qint64 commonClassId = 0; ///< the class all of them have; -1 when they differ
        QPixmap thumbnail;       ///< stands in for the preview while it decodes
        int pinnedSplit = -1;    ///< int(Split) the current image is pinned to, or -1
        int split = -1;          ///< int(Split) of the current image in the current version, or -1
    };

    void showSelection(const Selection &selection);

    qint64 currentImageId() const { return m_current; }

signals:
    /// The user chose a class for the selected images (0: none).
    void labelRequested(const QList<qint64> &imageIds, qint64 classId);

private:
    QLabel *addField(const QString &label);
    void readClasses();
    void refreshFields();
    QString historyText(qint64 imageId) const;
    void showContentRect(const ImageRecord &record);
    void applyLabel(int comboIndex);
    void showPreview(qint64 imageId, const QImage &image);
    void showPreviewFailure(qint64 imageId, const QString &reason);

    QPointer<ProjectDocument> m_document;
    PreviewLoader *m_loader = nullptr;
    ImagePreview *m_preview = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_selectionNote = nullptr;
    QComboBox *m_classCombo = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_fields = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_dimensions = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_sha = nullptr;
    QLabel *m_modified = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_border = nullptr;
    QLabel *m_split = nullptr;
    QLabel *m_history = nullptr;
    int m_pinnedSplit = -1;
    int m_assignedSplit = -1;
    qint64 m_current = 0;
    QList<qint64> m_selection;
    qint64 m_commonClassId = 0;
};

} // namespace Atelier
