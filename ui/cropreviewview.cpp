#include "cropreviewview.h"

#include "adjustcropcommand.h"
#include "cropdecisioncommand.h"
#include "cropeditor.h"
#include "cropproposalsmodel.h"
#include "curationcontroller.h"
#include "error.h"
#include "previewloader.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "uicolors.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Atelier {

namespace {
// Enough to place an edge within a pixel or two of a 6000-pixel scan on a large screen.
constexpr int PreviewMaxSide = 2000;
} // namespace

CropReviewView::CropReviewView(CurationController *curation, QWidget *parent)
    : QWidget(parent)
    , m_curation(curation)
    , m_model(new CropProposalsModel(this))
    , m_loader(new PreviewLoader(this))
    , m_show(new QComboBox(this))
    , m_detectButton(new QPushButton(tr("Detect Borders"), this))
    , m_acceptAllButton(new QPushButton(tr("Accept All Proposed"), this))
    , m_status(new QLabel(this))
    , m_list(new QListView(this))
    , m_editor(new CropEditor(this))
{
    setObjectName(QStringLiteral("cropReviewView"));
    m_loader->setMaxSide(PreviewMaxSide);

    m_show->setObjectName(QStringLiteral("cropFilter"));
    m_show->addItem(tr("To review"), int(CropProposalsModel::Show::ToReview));
    m_show->addItem(tr("Accepted"), int(CropProposalsModel::Show::Accepted));
    m_show->addItem(tr("Rejected"), int(CropProposalsModel::Show::Rejected));
    m_show->addItem(tr("All"), int(CropProposalsModel::Show::All));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(CropProposalsModel::Show(m_show->currentData().toInt()));
    });
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    m_detectButton->setObjectName(QStringLiteral("detectBordersButton"));
    m_detectButton->setToolTip(tr("Look for museum borders on the images that have not been examined yet"));
    connect(m_detectButton, &QPushButton::clicked, this, &CropReviewView::detectBorders);
    m_acceptAllButton->setObjectName(QStringLiteral("acceptAllCropsButton"));
    connect(m_acceptAllButton, &QPushButton::clicked, this, &CropReviewView::acceptAllProposed);
    m_status->setObjectName(QStringLiteral("cropStatus"));
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 6);
    bar->addWidget(m_detectButton);
    bar->addSpacing(8);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_acceptAllButton);

    m_list->setObjectName(QStringLiteral("cropProposals"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSpacing(2);
    m_list->setAccessibleName(tr("Scans with a border"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CropReviewView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_rowBeforeReset = m_list->currentIndex().row();
        m_imageBeforeReset = m_shownImage;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CropReviewView::restoreCurrent);

    connect(m_editor, &CropEditor::rectEdited, this, &CropReviewView::adjustCurrent);
    connect(m_loader, &PreviewLoader::previewReady, this, [this](qint64 imageId, const QImage &image) {
        if (imageId != m_shownImage)
            return;
        m_preview = image;
        const int row = m_model->rowOfImage(imageId);
        const QModelIndex index = m_model->index(row);
        m_editor->setImage(image, index.data(CropProposalsModel::ImageSizeRole).toSize(),
                           index.data(CropProposalsModel::RectRole).toRect(),
                           BorderStatus(index.data(CropProposalsModel::StatusRole).toInt()) == BorderStatus::Rejected);
        emit imageShown(imageId);
    });
    connect(m_loader, &PreviewLoader::previewFailed, this, [this](qint64 imageId, const QString &reason) {
        if (imageId == m_shownImage)
            m_editor->setMessage(tr("No preview: %1").arg(reason));
    });

    // One key per decision, while the keyboard is anywhere in the view.
    const auto addKey = [this](const QString &text, const QKeySequence &key, void (CropReviewView::*slot)(),
                               const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto *button = new QPushButton(QStringLiteral("%1  (%2)").arg(text, key.toString(QKeySequence::NativeText)), this);
        button->setObjectName(name + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };
    QPushButton *accept = addKey(tr("Accept"), QKeySequence(Qt::Key_A), &CropReviewView::acceptSelected,
                                 QStringLiteral("acceptCrop"));
    QPushButton *reject = addKey(tr("Reject"), QKeySequence(Qt::Key_R), &CropReviewView::rejectSelected,
                                 QStringLiteral("rejectCrop"));
    QPushButton *beforeAfter = addKey(tr("Before / After"), QKeySequence(Qt::Key_B),
                                      &CropReviewView::toggleBeforeAfter, QStringLiteral("beforeAfter"));
    auto *hint = new QLabel(tr("Drag the edges to adjust · rejecting keeps the whole image · Ctrl+Z undoes"), this);
    hint->setWordWrap(true);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    hint->setPalette(muted);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(accept);
    buttons->addWidget(reject);
    buttons->addWidget(beforeAfter);
    buttons->addSpacing(12);
    buttons->addWidget(hint, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 8, 8);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_curation, &CurationController::bordersDetected, this, [this](const BorderDetectionReport &report) {
        // Scans examined before (by atelier-cli, or when the project was last open) are not
        // examined again: then "0 scans examined" would read as if there were nothing to review.
        if (report.examined == 0)
            emit message(tr("Borders: every scan had been examined already; %Ln to review.", nullptr,
                            m_model->proposedCount()));
        else
            emit message(tr("Borders: %Ln scan(s) examined, %1 with a border to review.", nullptr, report.examined)
                             .arg(report.withBorder));
    });
    updateStatus();
}

void CropReviewView::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_loader->cancel();
    m_shownImage = 0;
    m_detectedOnce = false;
    m_model->setDocument(document);
    m_editor->setMessage(QString());
    if (document && isVisible())
        detectBorders();
    updateStatus();
}

void CropReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Cheap when every image has an answer: only new ones are examined.
    if (m_document && !m_detectedOnce)
        detectBorders();
}

void CropReviewView::detectBorders()
{
    if (!m_document)
        return;
    m_detectedOnce = true;
    m_curation->detectBorders();
}

QList<qint64> CropReviewView::selectedImages() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : rows)
        ids.append(index.data(CropProposalsModel::ImageIdRole).toLongLong());
    if (ids.isEmpty() && m_shownImage != 0)
        ids.append(m_shownImage);
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool CropReviewView::execute(DocumentCommand *command)
{
    if (!m_document) {
        delete command;
        return false;
    }
    try {
        m_document->execute(command);
    } catch (const Error &error) {
        emit failed(tr("Could not change the crop"), error.message());
        return false;
    }
    return true;
}

void CropReviewView::decide(const QList<qint64> &imageIds, bool accept)
{
    if (imageIds.isEmpty())
        return;
    // Decided scans leave "To review", the one shown too.
    m_model->setKeptImage(0);
    execute(new CropDecisionCommand(m_document, imageIds, accept ? BorderStatus::Accepted : BorderStatus::Rejected));
}

void CropReviewView::acceptSelected()
{
    decide(selectedImages(), true);
}

void CropReviewView::rejectSelected()
{
    decide(selectedImages(), false);
}

void CropReviewView::acceptAllProposed()
{
    QList<qint64> proposed;
    if (m_document) {
        try {
            for (const ContentRect &rect : m_document->store().contentRects())
                if (rect.status == BorderStatus::Proposed)
                    proposed.append(rect.imageId);
        } catch (const Error &error) {
            emit failed(tr("Could not change the crop"), error.message());
            return;
        }
    }
    decide(proposed, true);
}

void CropReviewView::toggleBeforeAfter()
{
    m_editor->setShowingBefore(!m_editor->isShowingBefore());
}

void CropReviewView::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 imageId = current.data(CropProposalsModel::ImageIdRole).toLongLong();
    updateStatus();
    if (imageId == m_shownImage && imageId != 0) {
        // Same scan, new rectangle or status (an undo, a decision): no need to decode it again.
        return;
    }
    m_shownImage = imageId;
    m_model->setKeptImage(imageId);
    m_preview = QImage();
    if (imageId == 0 || !m_document) {
        m_loader->cancel();
        m_editor->setMessage(m_model->proposedCount() == 0 && m_model->rowCount() == 0
                                 ? tr("No scan with a border to review.")
                                 : QString());
        return;
    }
    m_editor->setMessage(tr("Loading…"));
    m_loader->load(imageId, m_document->store().absolutePath(current.data(CropProposalsModel::PathRole).toString()));
}

void CropReviewView::restoreCurrent()
{
    // The same scan when it is still listed (an adjustment, an undo), else the one that took its
    // place (a decision took it out of "To review").
    int row = m_model->rowOfImage(m_imageBeforeReset);
    const bool sameImage = row >= 0;
    if (!sameImage && m_model->rowCount() > 0)
        row = qBound(0, m_rowBeforeReset, m_model->rowCount() - 1);
    if (row < 0) {
        showCurrent();
        return;
    }
    m_list->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    if (sameImage && !m_preview.isNull()) {
        // Its rectangle or status changed: show them on the image already decoded.
        const QModelIndex index = m_model->index(row);
        m_editor->setImage(m_preview, index.data(CropProposalsModel::ImageSizeRole).toSize(),
                           index.data(CropProposalsModel::RectRole).toRect(),
                           BorderStatus(index.data(CropProposalsModel::StatusRole).toInt()) == BorderStatus::Rejected);
    }
    updateStatus();
}

void CropReviewView::adjustCurrent(const QRect &rect)
{
    const int row = m_model->rowOfImage(m_shownImage);
    if (row < 0)
        return;
    const ContentRect before = m_model->contentRect(row);
    const QString fileName = QFileInfo(m_model->index(row).data(CropProposalsModel::PathRole).toString()).fileName();
    execute(new AdjustCropCommand(m_document, before, rect, fileName));
}

void CropReviewView::updateStatus()
{
    m_acceptAllButton->setEnabled(m_document && m_model->proposedCount() > 0);
    m_detectButton->setEnabled(m_document != nullptr);
    if (!m_document) {
        m_status->clear();
        return;
    }
    m_status->setText(tr("%Ln scan(s) to review", nullptr, m_model->proposedCount()));
}

} // namespace Atelier
