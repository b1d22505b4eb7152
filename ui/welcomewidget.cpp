#include "welcomewidget.h"

#include "recentprojects.h"
#include "uicolors.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {

constexpr int ContentWidth = 640;

/// Two lines per recent project: its name, and below it the folder it lies in.
class RecentProjectDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, QFontMetrics(option.font).height() * 2 + 16};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QString filePath = index.data(Qt::UserRole).toString();
        const QRect area = option.rect.adjusted(14, 8, -14, -8);
        const QFontMetrics metrics(option.font);

        painter->save();
        QFont nameFont = option.font;
        nameFont.setBold(true);
        painter->setFont(nameFont);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(nameFont).elidedText(QFileInfo(filePath).completeBaseName(),
                                                            Qt::ElideRight, area.width()));
        painter->setFont(option.font);
        painter->setPen(selected ? palette.color(QPalette::HighlightedText) : UiColors::mutedText(palette));
        painter->drawText(QRect(area.left(), area.top() + metrics.height(), area.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(QDir::toNativeSeparators(QFileInfo(filePath).absolutePath()),
                                             Qt::ElideMiddle, area.width()));
        painter->restore();
    }
};

} // namespace

WelcomeWidget::WelcomeWidget(RecentProjects *recent, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_recentList(new QListWidget(this))
    , m_noRecentLabel(new QLabel(tr("Projects you open will be listed here."), this))
{
    setObjectName(QStringLiteral("welcome"));
    // A touch lighter than the window, so the page reads as a page rather than an empty frame.
    setAutoFillBackground(true);
    QPalette pagePalette = palette();
    pagePalette.setColor(QPalette::Window, UiColors::blend(pagePalette.color(QPalette::Window),
                                                           pagePalette.color(QPalette::Base), 0.6));
    setPalette(pagePalette);

    // Heading: icon, welcome, what the studio is for
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(88, 88));
    auto *title = new QLabel(tr("Welcome to Atelier"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.1);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Gather your scanned images, sort them into classes, and teach the computer to "
           "recognise them."),
        this);
    subtitle->setWordWrap(true);
    QPalette mutedPalette = subtitle->palette();
    mutedPalette.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    subtitle->setPalette(mutedPalette);

    auto *headingText = new QVBoxLayout;
    headingText->setSpacing(4);
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(18);
    heading->addWidget(icon, 0, Qt::AlignVCenter);
    heading->addLayout(headingText, 1);
    heading->setAlignment(headingText, Qt::AlignVCenter);

    // The two main ways in
    QPushButton *newCard = createActionCard(
        QStringLiteral("newProjectButton"), style()->standardIcon(QStyle::SP_FileDialogNewFolder),
        tr("New project…"), tr("Start a collection and import a folder of images into it"));
    QPushButton *openCard = createActionCard(
        QStringLiteral("openProjectButton"), style()->standardIcon(QStyle::SP_DialogOpenButton),
        tr("Open project…"), tr("Continue with a project you saved earlier"));
    connect(newCard, &QPushButton::clicked, this, &WelcomeWidget::newProjectRequested);
    connect(openCard, &QPushButton::clicked, this, &WelcomeWidget::openProjectRequested);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    cards->addWidget(newCard);
    cards->addWidget(openCard);

    auto *sampleButton = new QPushButton(tr("Try it with sample images"), this);
    sampleButton->setObjectName(QStringLiteral("sampleProjectButton"));
    sampleButton->setFlat(true);
    sampleButton->setCursor(Qt::PointingHandCursor);
    QPalette linkPalette = sampleButton->palette();
    linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
    sampleButton->setPalette(linkPalette);
    sampleButton->setToolTip(tr("Creates a small project of generated posters in three classes"));
    connect(sampleButton, &QPushButton::clicked, this, &WelcomeWidget::sampleProjectRequested);

    // Recent projects
    auto *recentTitle = new QLabel(tr("Recent projects"), this);
    QFont sectionFont = recentTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.1);
    recentTitle->setFont(sectionFont);
    recentTitle->setBuddy(m_recentList);
    m_recentList->setObjectName(QStringLiteral("recentProjectsList"));
    m_recentList->setItemDelegate(new RecentProjectDelegate(m_recentList));
    m_recentList->setAccessibleName(tr("Recent projects"));
    m_recentList->setFrameShape(QFrame::StyledPanel);
    m_recentList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noRecentLabel->setPalette(mutedPalette);
    m_noRecentLabel->setAlignment(Qt::AlignCenter);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });

    auto *tip = new QLabel(tr("Tip: drop image files or folders onto this window to import them."),
                           this);
    tip->setPalette(mutedPalette);
    tip->setAlignment(Qt::AlignCenter);
    tip->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addStretch(1);
    column->addLayout(heading);
    column->addSpacing(10);
    column->addLayout(cards);
    column->addWidget(sampleButton, 0, Qt::AlignLeft);
    column->addSpacing(8);
    column->addWidget(recentTitle);
    column->addWidget(m_recentList);
    column->addWidget(m_noRecentLabel);
    column->addSpacing(6);
    column->addWidget(tip);
    column->addStretch(2);

    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(ContentWidth);
    content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addStretch(1);
    outer->addWidget(content, 4);
    outer->addStretch(1);

    setTabOrder(newCard, openCard);
    setTabOrder(openCard, sampleButton);
    setTabOrder(sampleButton, m_recentList);

    connect(m_recent, &RecentProjects::changed, this, &WelcomeWidget::refreshRecent);
    refreshRecent();
}

QPushButton *WelcomeWidget::createActionCard(const QString &objectName, const QIcon &icon,
                                         const QString &title, const QString &description)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setAccessibleName(title);
    button->setAccessibleDescription(description);
    button->setCursor(Qt::PointingHandCursor);
    button->setMinimumHeight(96);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *iconLabel = new QLabel(button);
    iconLabel->setPixmap(icon.pixmap(32, 32));
    auto *titleLabel = new QLabel(title, button);
    QFont titleFont = titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleLabel->setFont(titleFont);
    auto *descriptionLabel = new QLabel(description, button);
    descriptionLabel->setWordWrap(true);
    QPalette mutedPalette = descriptionLabel->palette();
    mutedPalette.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    descriptionLabel->setPalette(mutedPalette);
    for (QLabel *label : {iconLabel, titleLabel, descriptionLabel})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(titleLabel);
    text->addWidget(descriptionLabel);
    auto *layout = new QHBoxLayout(button);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return button;
}

void WelcomeWidget::refreshRecent()
{
    m_recentList->clear();
    const QStringList files = m_recent->files();
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QFileInfo(file).completeBaseName(), m_recentList);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    // As tall as its entries (up to a handful), so the page keeps its shape.
    const int rowHeight = m_recentList->sizeHintForRow(0);
    const int visibleRows = qBound(1, int(files.size()), 5);
    m_recentList->setFixedHeight(visibleRows * qMax(rowHeight, 1) + 2 * m_recentList->frameWidth());
    m_recentList->setVisible(!files.isEmpty());
    m_noRecentLabel->setVisible(files.isEmpty());
    if (!files.isEmpty())
        m_recentList->setCurrentRow(0);
}

} // namespace Atelier
