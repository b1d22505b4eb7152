#include "filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace Atelier {

namespace {
// Long enough to skip the letters of a word typed quickly, short enough to feel immediate.
constexpr int SearchDelayMs = 180;
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_split(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_sortOrder(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 12, 6);
    layout->setSpacing(4);

    m_unlabelled = addToggle(tr("Unlabelled"), tr("Only images without a label"), QStringLiteral("unlabelledFilter"));
    m_excluded = addToggle(tr("Excluded"), tr("Only images left out of curation and training"),
                           QStringLiteral("excludedFilter"));
    m_duplicates = addToggle(tr("Duplicates"), tr("Only images in a group of exact or near duplicates"),
                             QStringLiteral("duplicatesFilter"));
    connect(m_unlabelled, &QToolButton::clicked, this, &FilterBar::unlabelledToggled);
    connect(m_excluded, &QToolButton::toggled, this, &FilterBar::filterChanged);
    connect(m_duplicates, &QToolButton::toggled, this, &FilterBar::filterChanged);
    for (QToolButton *button : {m_unlabelled, m_excluded, m_duplicates})
        layout->addWidget(button);
    layout->addSpacing(8);

    m_split->setObjectName(QStringLiteral("splitFilter"));
    m_split->setToolTip(tr("Only images in a split of the current split version"));
    m_split->setAccessibleName(tr("Split"));
    m_split->addItem(tr("All splits"), int(GridFilter::SplitPart::Any));
    m_split->addItem(tr("Train"), int(GridFilter::SplitPart::Train));
    m_split->addItem(tr("Validation"), int(GridFilter::SplitPart::Validation));
    m_split->addItem(tr("Test"), int(GridFilter::SplitPart::Test));
    m_split->addItem(tr("Not in a split"), int(GridFilter::SplitPart::Unassigned));
    // Long names (in French, say) must not squeeze the docks: the combos show what fits.
    m_split->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_split->setMinimumContentsLength(12);
    connect(m_split, &QComboBox::currentIndexChanged, this, &FilterBar::filterChanged);
    layout->addWidget(m_split);
    layout->addSpacing(8);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search file names and folders (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100);
    m_search->installEventFilter(this);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterBar::filterChanged);
    // Enter filters at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive()) {
            m_searchTimer.stop();
            emit filterChanged();
        }
        emit searchLeft();
    });
    layout->addWidget(m_search, 1);
    layout->addSpacing(8);

    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Order"));
    m_sort->setToolTip(tr("Order of the images"));
    m_sort->addItem(tr("Import order"), int(GridSort::Key::ImportOrder));
    m_sort->addItem(tr("Name"), int(GridSort::Key::Name));
    m_sort->addItem(tr("Date modified"), int(GridSort::Key::Modified));
    m_sort->addItem(tr("File size"), int(GridSort::Key::Size));
    // Listed so that they are known, usable once a model has been trained.
    auto *items = qobject_cast<QStandardItemModel *>(m_sort->model());
    for (const QString &text : {tr("Prediction confidence"), tr("Disagreement with label")}) {
        m_sort->addItem(text, -1);
        QStandardItem *item = items->item(m_sort->count() - 1);
        item->setEnabled(false);
        item->setToolTip(tr("Available once a model has been trained on this project"));
    }
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sort->setMinimumContentsLength(11);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &FilterBar::sortChanged);
    layout->addWidget(m_sort);

    m_sortOrder->setObjectName(QStringLiteral("sortDirection"));
    m_sortOrder->setCheckable(true);
    m_sortOrder->setAutoRaise(true);
    m_sortOrder->setText(QStringLiteral("↑"));
    m_sortOrder->setToolTip(tr("Ascending; press for descending"));
    m_sortOrder->setAccessibleName(tr("Descending order"));
    connect(m_sortOrder, &QToolButton::toggled, this, [this](bool descending) {
        m_sortOrder->setText(descending ? QStringLiteral("↓") : QStringLiteral("↑"));
        m_sortOrder->setToolTip(descending ? tr("Descending; press for ascending")
                                           : tr("Ascending; press for descending"));
        emit sortChanged();
    });
    layout->addWidget(m_sortOrder);
}

QToolButton *FilterBar::addToggle(const QString &text, const QString &toolTip, const QString &name)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

GridFilter FilterBar::filter(const GridFilter &classChoice) const
{
    GridFilter result;
    result.excludedOnly = m_excluded->isChecked();
    result.duplicatesOnly = m_duplicates->isChecked();
    result.split = GridFilter::SplitPart(m_split->currentData().toInt());
    result.text = m_search->text().trimmed();
    return result.withClassChoice(classChoice);
}

GridSort FilterBar::sort() const
{
    GridSort result;
    const int key = m_sort->currentData().toInt();
    result.key = key < 0 ? GridSort::Key::ImportOrder : GridSort::Key(key);
    result.descending = m_sortOrder->isChecked();
    return result;
}

void FilterBar::setClassChoice(const GridFilter &choice)
{
    m_unlabelled->setChecked(choice.kind == GridFilter::Kind::Unlabelled);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    const QSignalBlocker blockExcluded(m_excluded);
    const QSignalBlocker blockDuplicates(m_duplicates);
    const QSignalBlocker blockSplit(m_split);
    const QSignalBlocker blockSearch(m_search);
    m_excluded->setChecked(false);
    m_duplicates->setChecked(false);
    m_split->setCurrentIndex(0);
    m_search->clear();
    m_searchTimer.stop();
    emit filterChanged();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (!m_search->text().isEmpty())
            m_search->clear();
        emit searchLeft();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Atelier
