#include "duplicatesview.h"

#include "curationcontroller.h"
#include "duplicategroupsmodel.h"
#include "duplicatemembersview.h"
#include "error.h"
#include "excludecommand.h"
#include "projectdocument.h"
#include "similarimagesstrip.h"
#include "uicolors.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Atelier {

namespace {
const QString SensitivityKey = QStringLiteral("curation/duplicateSensitivity");
} // namespace

DuplicatesView::DuplicatesView(CurationController *curation, QWidget *parent)
    : QWidget(parent)
    , m_curation(curation)
    , m_model(new DuplicateGroupsModel(this))
    , m_sensitivity(new QComboBox(this))
    , m_searchButton(new QPushButton(tr("Search Again"), this))
    , m_applyAllButton(new QPushButton(tr("Apply Suggestions to All Groups"), this))
    , m_status(new QLabel(this))
    , m_groups(new QListView(this))
    , m_members(new DuplicateMembersView(this))
    , m_similar(new SimilarImagesStrip(this))
{
    setObjectName(QStringLiteral("duplicatesView"));

    m_sensitivity->setObjectName(QStringLiteral("duplicateSensitivity"));
    m_sensitivity->addItem(tr("Low: close copies only"), DuplicateSearchParams::LowSensitivity);
    m_sensitivity->addItem(tr("Normal: rescans and conversions"), DuplicateSearchParams::NormalSensitivity);
    m_sensitivity->addItem(tr("High: heavily changed copies too"), DuplicateSearchParams::HighSensitivity);
    m_sensitivity->setToolTip(tr("High finds more copies, at a greater risk of grouping different posters of one "
                                 "design"));
    setSensitivity(QSettings().value(SensitivityKey, DuplicateSearchParams::NormalSensitivity).toInt());
    connect(m_sensitivity, &QComboBox::activated, this, [this] {
        QSettings().setValue(SensitivityKey, sensitivity());
        search();
    });
    auto *sensitivityLabel = new QLabel(tr("&Sensitivity:"), this);
    sensitivityLabel->setBuddy(m_sensitivity);
    m_searchButton->setObjectName(QStringLiteral("searchDuplicatesButton"));
    connect(m_searchButton, &QPushButton::clicked, this, &DuplicatesView::search);
    m_applyAllButton->setObjectName(QStringLiteral("applyAllSuggestionsButton"));
    m_applyAllButton->setToolTip(tr("Keep the suggested copy of every group and exclude the others; groups whose "
                                    "copies carry different labels are left for you to check"));
    connect(m_applyAllButton, &QPushButton::clicked, this, &DuplicatesView::applySuggestionsToAll);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    // Long texts are cut rather than widening the window.
    m_sensitivity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sensitivity->setMinimumContentsLength(16);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 6);
    bar->addWidget(sensitivityLabel);
    bar->addWidget(m_sensitivity);
    bar->addWidget(m_searchButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_applyAllButton);

    m_groups->setObjectName(QStringLiteral("duplicateGroups"));
    m_groups->setModel(m_model);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setUniformItemSizes(false);
    m_groups->setSpacing(2);
    m_groups->setTextElideMode(Qt::ElideMiddle);
    m_groups->setWordWrap(false);
    m_groups->setAccessibleName(tr("Duplicate groups"));
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentChanged, this, &DuplicatesView::showCurrentGroup);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const int row = currentRow();
        if (row >= first.row() && row <= last.row())
            showCurrentGroup();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesView::updateStatus);

    connect(m_members, &DuplicateMembersView::keepRequested, this, &DuplicatesView::keep);
    connect(m_members, &DuplicateMembersView::toggleRequested, this, &DuplicatesView::toggle);
    connect(m_members, &DuplicateMembersView::applySuggestionRequested, this,
            [this] { applySuggestion(currentRow()); });
    connect(m_members, &DuplicateMembersView::groupStepRequested, this, &DuplicatesView::stepGroup);

    auto *hint = new QLabel(tr("K keeps the chosen copy and excludes the others · X excludes or includes it · "
                               "Enter keeps the suggested one · ← → copies · ↑ ↓ groups · Ctrl+Z undoes"),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    hint->setPalette(muted);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_members, 1);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_similar);
    connect(m_similar, &SimilarImagesStrip::selectImagesRequested, this, &DuplicatesView::selectImagesRequested);
    // The members view picks its card by mouse and keys: the strip follows after each.
    connect(m_members, &DuplicateMembersView::currentMemberChanged, this, &DuplicatesView::showSimilar);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_curation, &CurationController::duplicatesFound, this, &DuplicatesView::showResults);
    updateStatus();
}

void DuplicatesView::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_members->setDocument(document);
    m_similar->setDocument(document);
    m_searched = false;
    m_searching = false;
    updateStatus();
    if (document && isVisible())
        search();
}

int DuplicatesView::sensitivity() const
{
    return m_sensitivity->currentData().toInt();
}

void DuplicatesView::setSensitivity(int sensitivity)
{
    int index = m_sensitivity->findData(sensitivity);
    m_sensitivity->setCurrentIndex(index >= 0 ? index : 1);
}

void DuplicatesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_document && !m_searched && !m_searching)
        search();
}

void DuplicatesView::search()
{
    if (!m_document)
        return;
    m_searching = true;
    m_curation->findDuplicates(sensitivity());
    updateStatus();
}

void DuplicatesView::showResults(const DuplicateReport &report)
{
    const qint64 shownImage = m_members->currentImageId();
    m_searched = true;
    m_searching = m_curation->hasPendingSearch();
    m_model->setReport(report);
    // Stay on the group of the copy that was shown, else start with the first.
    int row = m_model->rowCount() > 0 ? 0 : -1;
    for (int i = 0; shownImage != 0 && i < m_model->rowCount(); ++i)
        for (const DuplicateMember &member : m_model->members(i))
            if (member.imageId == shownImage)
                row = i;
    if (row >= 0)
        m_groups->setCurrentIndex(m_model->index(row));
    showCurrentGroup();
    updateStatus();
    emit searchFinished();
}

int DuplicatesView::currentRow() const
{
    return m_groups->currentIndex().isValid() ? m_groups->currentIndex().row() : -1;
}

void DuplicatesView::showCurrentGroup()
{
    const int row = currentRow();
    m_members->setGroup(m_model->members(row), m_model->suggestedKeeper(row), m_model->labelsDiffer(row));
    showSimilar();
}

void DuplicatesView::setSimilarImages(SimilarImagesIndex *index)
{
    m_similar->setIndex(index);
}

void DuplicatesView::showSimilar()
{
    QSet<qint64> copies;
    for (const DuplicateMember &member : m_members->members())
        copies.insert(member.imageId);
    m_similar->showSimilarTo(m_members->currentImageId(), copies);
}

void DuplicatesView::stepGroup(int delta)
{
    if (m_model->rowCount() == 0)
        return;
    const int row = qBound(0, currentRow() + delta, m_model->rowCount() - 1);
    m_groups->setCurrentIndex(m_model->index(row));
}

void DuplicatesView::updateStatus()
{
    m_applyAllButton->setEnabled(m_document && m_model->openCount() > 0);
    m_searchButton->setEnabled(m_document != nullptr);
    if (!m_document) {
        m_status->clear();
        return;
    }
    if (m_searching) {
        m_status->setText(tr("Searching… (progress below)"));
        return;
    }
    if (!m_searched) {
        m_status->setText(tr("Not searched yet"));
        return;
    }
    const int groups = m_model->rowCount();
    if (groups == 0) {
        m_status->setText(tr("No duplicates found"));
        return;
    }
    QString text = tr("%Ln group(s), %1 to review", nullptr, groups).arg(m_model->openCount());
    const int conflicts = m_model->conflictCount();
    if (conflicts > 0)
        text += QStringLiteral(" · ") + tr("%Ln with different labels", nullptr, conflicts);
    m_status->setText(text);
}

bool DuplicatesView::execute(DocumentCommand *command)
{
    if (!m_document) {
        delete command;
        return false;
    }
    try {
        m_document->execute(command);
    } catch (const Error &error) {
        emit failed(tr("Could not change the exclusion"), error.message());
        return false;
    }
    return true;
}

void DuplicatesView::keep(qint64 imageId)
{
    const QList<DuplicateMember> members = m_model->members(currentRow());
    QList<qint64> excluding;
    QList<qint64> including;
    QString fileName;
    for (const DuplicateMember &member : members) {
        if (member.imageId == imageId) {
            fileName = QFileInfo(member.path).fileName();
            if (member.excluded)
                including.append(member.imageId);
        } else if (!member.excluded) {
            excluding.append(member.imageId);
        }
    }
    if (fileName.isEmpty() || (excluding.isEmpty() && including.isEmpty()))
        return;
    if (execute(new ExcludeCommand(m_document, excluding, including,
                                   tr("Keep “%1”, exclude %n copy(ies)", nullptr, int(excluding.size())).arg(fileName))))
        emit message(tr("Kept %1; its copies are excluded, and their files kept. Ctrl+Z undoes.").arg(fileName));
}

void DuplicatesView::toggle(qint64 imageId)
{
    for (const DuplicateMember &member : m_model->members(currentRow()))
        if (member.imageId == imageId)
            execute(new ExcludeCommand(m_document, {imageId}, !member.excluded));
}

void DuplicatesView::applySuggestion(int row)
{
    const qint64 keeper = m_model->suggestedKeeper(row);
    if (keeper != 0)
        keep(keeper);
}

void DuplicatesView::applySuggestionsToAll()
{
    // An image may be in two groups (an exact one within a near one): kept if any group keeps it.
    QSet<qint64> keepers;
    int skipped = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->labelsDiffer(row))
            ++skipped;
        else
            keepers.insert(m_model->suggestedKeeper(row));
    }
    QSet<qint64> excluding;
    QSet<qint64> including;
    int groups = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->labelsDiffer(row))
            continue;
        bool changes = false;
        for (const DuplicateMember &member : m_model->members(row)) {
            const bool keep = keepers.contains(member.imageId);
            if (keep && member.excluded) {
                including.insert(member.imageId);
                changes = true;
            } else if (!keep && !member.excluded) {
                excluding.insert(member.imageId);
                changes = true;
            }
        }
        groups += changes ? 1 : 0;
    }
    if (excluding.isEmpty() && including.isEmpty()) {
        emit message(tr("Every group already follows its suggestion."));
        return;
    }
    QList<qint64> excluded(excluding.cbegin(), excluding.cend());
    QList<qint64> included(including.cbegin(), including.cend());
    std::sort(excluded.begin(), excluded.end());
    std::sort(included.begin(), included.end());
    if (execute(new ExcludeCommand(m_document, excluded, included,
                                   tr("Apply the duplicate suggestions to %n group(s)", nullptr, groups)))) {
        QString text = tr("%Ln copy(ies) excluded; files are kept. Ctrl+Z undoes.", nullptr, int(excluding.size()));
        if (skipped > 0)
            text += QLatin1Char(' ')
                    + tr("%Ln group(s) with different labels left for you to check.", nullptr, skipped);
        emit message(text);
    }
}

} // namespace Atelier
