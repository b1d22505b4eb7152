#pragma once

#include <QList>
#include <QListView>

namespace Atelier {

class ThumbnailDelegate;
class ThumbnailGridModel;

/// The grid of thumbnails: keyboard navigation, multi-selection, and zoom with Ctrl+wheel.
/// Tells its model which rows are on screen so that loads for rows scrolled past are dropped.
class ThumbnailGridView : public QListView
{
    Q_OBJECT

public:
    static constexpr int MinThumbnailSize = 96;
    static constexpr int MaxThumbnailSize = 256;

    explicit ThumbnailGridView(QWidget *parent = nullptr);

    void setGridModel(ThumbnailGridModel *model);
    ThumbnailGridModel *gridModel() const { return m_model; }

    int thumbnailSize() const;
    /// What the view says when it has no rows (an empty project, an empty class).
    void setEmptyMessage(const QString &message);
    /// Image ids of the selected rows, in row order.
    QList<qint64> selectedImageIds() const;
    /// How many rows are selected, without listing them.
    int selectedCount() const;
    /// Selects the rows of these images (those shown), makes the first one current and scrolls to it.
    void selectImages(const QList<qint64> &imageIds);
    /// The image under the keyboard cursor, or 0.
    qint64 currentImageId() const;

public slots:
    void setThumbnailSize(int pixels);
    void zoomIn();
    void zoomOut();

signals:
    void thumbnailSizeChanged(int pixels);
    void selectedImagesChanged();
    void currentImageChanged(qint64 imageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void updateGridSize();
    void reportVisibleRows();
    QItemSelection selectionOfRows(QList<int> rows) const;
    void rememberSelection();
    void restoreSelection();

    ThumbnailGridModel *m_model = nullptr;
    ThumbnailDelegate *m_delegate = nullptr;
    QString m_emptyMessage;
    /// The selection across a layout change of the model (a new filter or order), by image.
    QList<qint64> m_selectionBeforeLayout;
};

} // namespace Atelier
