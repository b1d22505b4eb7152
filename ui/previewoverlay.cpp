#include "previewoverlay.h"

#include "error.h"
#include "previewloader.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitnames.h"
#include "thumbnailgridmodel.h"
#include "thumbnailgridview.h"
#include "uicolors.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QWheelEvent>

namespace Atelier {

namespace {
// Sharp on a large screen, decoded in well under a second for a 60 MP scan.
constexpr int PreviewMaxSide = 2560;
constexpr int Margin = 16;
constexpr int CaptionHeight = 56;

const QColor Backdrop(16, 16, 18, 240);
const QColor CaptionText(0xee, 0xee, 0xee);
const QColor CaptionMuted(0xa8, 0xa8, 0xae);
const QColor ExcludedText(0xf0, 0x6a, 0x6a);
} // namespace

PreviewOverlay::PreviewOverlay(ThumbnailGridView *grid)
    : QWidget(grid)
    , m_grid(grid)
    , m_loader(new PreviewLoader(this))
{
    setObjectName(QStringLiteral("previewOverlay"));
    setAccessibleName(tr("Large preview"));
    // The grid keeps the keyboard: arrows and class keys work as usual.
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    hide();
    m_loader->setMaxSide(PreviewMaxSide);
    connect(m_loader, &PreviewLoader::previewReady, this, &PreviewOverlay::showPreview);
    connect(m_loader, &PreviewLoader::previewFailed, this, &PreviewOverlay::showFailure);
    connect(m_grid, &ThumbnailGridView::currentImageChanged, this, &PreviewOverlay::followCurrent);
    m_grid->installEventFilter(this);
}

void PreviewOverlay::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_loader->cancel();
    m_imageId = 0;
    m_image = QImage();
    m_scaled = QPixmap();
    m_standIn = QPixmap();
    if (!document)
        close();
    if (auto *model = m_grid->gridModel()) {
        // The caption shows the label and flags as they change.
        connect(model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update), Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PreviewOverlay::followCurrent, Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PreviewOverlay::followCurrent, Qt::UniqueConnection);
    }
}

void PreviewOverlay::open()
{
    if (isOpen() || !m_document)
        return;
    setGeometry(m_grid->rect());
    raise();
    show();
    followCurrent();
    emit openChanged(true);
}

void PreviewOverlay::close()
{
    if (!isVisible())
        return;
    hide();
    m_loader->cancel();
    emit openChanged(false);
}

void PreviewOverlay::toggle()
{
    if (isOpen())
        close();
    else
        open();
}

void PreviewOverlay::followCurrent()
{
    if (!isOpen())
        return;
    const QModelIndex current = m_grid->currentIndex();
    const qint64 id = current.data(ThumbnailGridModel::ImageIdRole).toLongLong();
    if (id == m_imageId && (!m_image.isNull() || !m_standIn.isNull() || !m_message.isEmpty())) {
        update();
        return;
    }
    m_imageId = id;
    m_image = QImage();
    m_scaled = QPixmap();
    m_standIn = current.data(Qt::DecorationRole).value<QPixmap>();
    m_message.clear();
    update();
    if (id == 0 || !m_document) {
        m_loader->cancel();
        m_message = tr("No image");
        return;
    }
    try {
        if (const auto record = m_document->store().image(id))
            m_loader->load(id, m_document->store().absolutePath(record->path));
    } catch (const Error &error) {
        m_message = error.message();
    }
}

void PreviewOverlay::showPreview(qint64 imageId, const QImage &image)
{
    if (imageId != m_imageId)
        return;
    m_image = image;
    m_scaled = QPixmap();
    m_message.clear();
    update();
}

void PreviewOverlay::showFailure(qint64 imageId, const QString &reason)
{
    if (imageId != m_imageId)
        return;
    m_message = tr("No preview: %1").arg(reason);
    update();
}

void PreviewOverlay::step(int delta)
{
    auto *model = m_grid->gridModel();
    if (!model || model->rowCount() == 0)
        return;
    const int row = qBound(0, m_grid->currentIndex().row() + delta, model->rowCount() - 1);
    const QModelIndex index = model->index(row);
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(index);
}

bool PreviewOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid) {
        if (event->type() == QEvent::Resize && isVisible())
            setGeometry(m_grid->rect());
        if (event->type() == QEvent::KeyPress && isVisible()
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    close();
}

void PreviewOverlay::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta != 0)
        step(delta < 0 ? 1 : -1);
    event->accept();
}

QRect PreviewOverlay::imageArea() const
{
    return rect().adjusted(Margin, Margin + 20, -Margin, -Margin - CaptionHeight);
}

void PreviewOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Backdrop);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    // What the keys do, quietly in the corner.
    QFont hintFont = font();
    if (hintFont.pointSizeF() > 0)
        hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    painter.setFont(hintFont);
    painter.setPen(CaptionMuted);
    painter.drawText(rect().adjusted(Margin, 6, -Margin, 0), Qt::AlignTop | Qt::AlignRight,
                     tr("← → previous, next · class keys label · Space or Esc closes"));

    const QRect area = imageArea();
    if (!m_image.isNull()) {
        QSize fitted = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
        if (m_image.width() <= area.width() && m_image.height() <= area.height())
            fitted = m_image.size();
        QRect target(QPoint(), fitted);
        target.moveCenter(area.center());
        if (m_scaled.isNull() || m_scaled.deviceIndependentSize().toSize() != target.size()) {
            const qreal ratio = devicePixelRatioF();
            m_scaled = QPixmap::fromImage(
                m_image.scaled(target.size() * ratio, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(ratio);
        }
        painter.drawPixmap(target.topLeft(), m_scaled);
    } else if (!m_standIn.isNull()) {
        QRect target(QPoint(), m_standIn.size().scaled(area.size(), Qt::KeepAspectRatio));
        target.moveCenter(area.center());
        painter.drawPixmap(target, m_standIn);
    }
    if (!m_message.isEmpty()) {
        painter.setPen(CaptionText);
        painter.setFont(font());
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    paintCaption(painter, QRect(Margin, height() - Margin - CaptionHeight, width() - 2 * Margin, CaptionHeight));
}

void PreviewOverlay::paintCaption(QPainter &painter, const QRect &area)
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return;
    const QLocale locale;
    QFont nameFont = font();
    nameFont.setBold(true);
    if (nameFont.pointSizeF() > 0)
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    const QFontMetrics nameMetrics(nameFont);
    const int lineY = area.top() + (area.height() - nameMetrics.height()) / 2;

    // Position in the grid, right-aligned.
    painter.setFont(font());
    painter.setPen(CaptionMuted);
    const QString position = tr("%1 of %2").arg(locale.toString(current.row() + 1),
                                                locale.toString(m_grid->model()->rowCount()));
    const int positionWidth = painter.fontMetrics().horizontalAdvance(position);
    painter.drawText(QRect(area.right() - positionWidth, lineY, positionWidth, nameMetrics.height()),
                     Qt::AlignVCenter | Qt::AlignRight, position);

    // Class as a coloured pill, then the file name and its flags.
    int x = area.left();
    const QString className = current.data(ThumbnailGridModel::ClassNameRole).toString();
    const QColor classColor = current.data(ThumbnailGridModel::ClassColorRole).value<QColor>();
    const QString pillText = className.isEmpty() ? tr("Unlabelled") : className;
    QFont pillFont = font();
    pillFont.setBold(true);
    const QFontMetrics pillMetrics(pillFont);
    const QRect pill(x, area.top() + (area.height() - pillMetrics.height() - 8) / 2,
                     pillMetrics.horizontalAdvance(pillText) + 20, pillMetrics.height() + 8);
    painter.setPen(className.isEmpty() ? QPen(CaptionMuted, 1, Qt::DashLine) : QPen(Qt::NoPen));
    painter.setBrush(className.isEmpty() ? QColor(Qt::transparent) : classColor);
    painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter.setFont(pillFont);
    painter.setPen(className.isEmpty() ? CaptionMuted : UiColors::textOn(classColor));
    painter.drawText(pill, Qt::AlignCenter, pillText);
    x = pill.right() + 14;

    const auto flags = ThumbnailGridModel::ImageFlags(current.data(ThumbnailGridModel::FlagsRole).toInt());
    QStringList notes;
    if (flags.testFlag(ThumbnailGridModel::Duplicate))
        notes.append(tr("duplicate"));
    if (flags.testFlag(ThumbnailGridModel::Cropped))
        notes.append(tr("cropped"));
    const int pinned = current.data(ThumbnailGridModel::PinnedSplitRole).toInt();
    if (pinned >= 0)
        notes.append(tr("pinned to %1").arg(SplitNames::displayName(Split(pinned))));
    const bool excluded = flags.testFlag(ThumbnailGridModel::Excluded);
    const int available = area.right() - positionWidth - 24 - x;
    QFont fileFont = nameFont;
    fileFont.setStrikeOut(excluded);
    painter.setFont(fileFont);
    painter.setPen(excluded ? CaptionMuted : CaptionText);
    const QString name = nameMetrics.elidedText(current.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                                qMax(40, available / 2));
    painter.drawText(QRect(x, lineY, available, nameMetrics.height()), Qt::AlignVCenter | Qt::AlignLeft, name);
    x += nameMetrics.horizontalAdvance(name) + 14;

    painter.setFont(font());
    if (excluded) {
        painter.setPen(ExcludedText);
        const QString text = tr("Excluded");
        painter.drawText(QRect(x, lineY, available, nameMetrics.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += painter.fontMetrics().horizontalAdvance(text) + 14;
    }
    if (!notes.isEmpty()) {
        painter.setPen(CaptionMuted);
        painter.drawText(QRect(x, lineY, qMax(0, area.right() - positionWidth - 24 - x), nameMetrics.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, notes.join(QStringLiteral(" · ")));
    }
}

} // namespace Atelier
