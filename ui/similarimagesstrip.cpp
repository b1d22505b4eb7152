#include "similarimagesstrip.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "similarimagesindex.h"
#include "uicolors.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {
constexpr int ThumbnailSize = 64;
} // namespace

SimilarImagesStrip::SimilarImagesStrip(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Similar, not copies"), this))
    , m_status(new QLabel(this))
    , m_findButton(new QPushButton(tr("Find Similar Images"), this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("similarImagesStrip"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setToolTip(tr("Images a pretrained network finds alike, besides the copies above: other posters "
                           "of a series, a design or an artist. Click one to find it in the grid."));
    m_status->setObjectName(QStringLiteral("similarImagesStatus"));
    m_status->setWordWrap(true);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_status->setPalette(muted);
    m_findButton->setObjectName(QStringLiteral("findSimilarButton"));
    m_findButton->setToolTip(tr("Reads every image of the project through the pretrained network once (in the "
                                "background); later searches are instant"));
    connect(m_findButton, &QPushButton::clicked, this, [this] {
        if (m_index)
            m_index->build();
    });

    m_list->setObjectName(QStringLiteral("similarImages"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    m_list->setGridSize(QSize(ThumbnailSize + 28, ThumbnailSize + 22));
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedHeight(ThumbnailSize + 22 + 2 * m_list->frameWidth()
                           + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_list->setAccessibleName(tr("Similar images"));
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit selectImagesRequested({item->data(Qt::UserRole).toLongLong()});
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_findButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_list);
    refresh();
}

void SimilarImagesStrip::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_imageId = 0;
    m_leaveOut.clear();
    refresh();
}

void SimilarImagesStrip::setIndex(SimilarImagesIndex *index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (index)
        connect(index, &SimilarImagesIndex::stateChanged, this, &SimilarImagesStrip::refresh);
    refresh();
}

void SimilarImagesStrip::showSimilarTo(qint64 imageId, const QSet<qint64> &leaveOut)
{
    if (imageId == m_imageId && leaveOut == m_leaveOut)
        return;
    m_imageId = imageId;
    m_leaveOut = leaveOut;
    refresh();
}

QList<qint64> SimilarImagesStrip::shownImages() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

void SimilarImagesStrip::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SimilarImagesStrip::refresh()
{
    fillList();
    // No empty box while there is nothing to show: the status says why.
    m_list->setVisible(m_list->count() > 0);
}

void SimilarImagesStrip::fillList()
{
    m_list->clear();
    m_findButton->hide();
    if (!m_document || !m_index) {
        setStatus(QString());
        return;
    }
    if (!m_index->isReady()) {
        if (m_index->isBuilding()) {
            setStatus(tr("Reading the images through the pretrained network… (progress below)"));
        } else if (!SimilarImagesIndex::backboneAvailable()) {
            setStatus(tr("Needs a pretrained network: packaging/fetch-backbone.sh installs the starter one."));
        } else if (m_index->wasBuilt() && m_imageId != 0) {
            // The images changed since: cached features make the rebuild quick.
            m_index->build();
            setStatus(tr("Updating for the changed images…"));
        } else {
            setStatus(m_index->errorMessage().isEmpty() ? QString()
                                                        : tr("Could not be found: %1").arg(m_index->errorMessage()));
            m_findButton->show();
        }
        return;
    }
    if (m_imageId == 0) {
        setStatus(tr("Choose an image"));
        return;
    }
    const QList<Neighbour> neighbours = m_index->similarToImage(m_imageId, Count + int(m_leaveOut.size()));
    if (neighbours.isEmpty()) {
        setStatus(tr("This image is not indexed (excluded, or its file is missing)"));
        return;
    }
    setStatus(QString());
    ProjectStore &store = m_document->store();
    try {
        QHash<qint64, QString> classNames;
        for (const ClassInfo &info : store.classes())
            classNames.insert(info.id, info.name);
        for (const Neighbour &neighbour : neighbours) {
            if (m_leaveOut.contains(neighbour.imageId) || m_list->count() >= Count)
                continue;
            const auto record = store.image(neighbour.imageId);
            if (!record)
                continue;
            QPixmap pixmap;
            pixmap.loadFromData(store.thumbnail(neighbour.imageId), "JPEG");
            const QString label = record->classId != 0 ? classNames.value(record->classId) : tr("unlabelled");
            const QString percent = QLocale().toString(double(neighbour.similarity) * 100, 'f', 0) + QLatin1Char('%');
            auto *item = new QListWidgetItem(pixmap.isNull() ? QIcon() : QIcon(pixmap), percent);
            item->setData(Qt::UserRole, neighbour.imageId);
            item->setToolTip(tr("%1\n%2 · %3 alike\nClick to find it in the grid")
                                 .arg(QFileInfo(record->path).fileName(), label, percent));
            m_list->addItem(item);
        }
    } catch (const Error &error) {
        setStatus(error.message());
    }
    if (m_list->count() == 0)
        setStatus(tr("No other similar images"));
}

} // namespace Atelier
