#include "importsummarydialog.h"

#include "uicolors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Atelier {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(report.canceled ? tr("Import canceled") : tr("Import finished"));
    const QLocale locale;

    auto *heading = new QLabel(this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    if (report.canceled)
        heading->setText(tr("Import canceled"));
    else if (report.added == 0 && report.problems.isEmpty())
        heading->setText(tr("Nothing new to import"));
    else
        heading->setText(tr("Import finished"));

    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    QStringList lines;
    lines << tr("%Ln file(s) found in %1 s.", nullptr, report.filesFound)
                 .arg(locale.toString(report.seconds, 'f', 1));
    if (report.canceled)
        lines << tr("The images added before canceling are kept in the project.");
    if (report.labelled > 0)
        lines << tr("%Ln of the added images came with a label from their folder or list.", nullptr,
                    report.labelled);
    if (!report.newClasses.isEmpty())
        lines << tr("New classes: %1").arg(locale.createSeparatedList(report.newClasses));
    explanation->setText(lines.join(QLatin1Char('\n')));

    const QPalette &pal = palette();
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    tiles->addWidget(createTile(locale.toString(report.added), tr("added"), QColor(0x2e, 0x9e, 0x5b)));
    tiles->addWidget(createTile(locale.toString(report.alreadyInProject), tr("already in the project"),
                                UiColors::mutedText(pal)));
    tiles->addWidget(createTile(locale.toString(report.problems.size()), tr("could not be imported"),
                                report.problems.isEmpty() ? UiColors::mutedText(pal)
                                                          : QColor(0xd0, 0x5a, 0x2a)));

    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("importProblems"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("File"), tr("Reason")});
    m_details->setRootIsDecorated(false);
    m_details->setAlternatingRowColors(true);
    m_details->setUniformRowHeights(true);
    m_details->setAccessibleName(tr("Files that could not be imported"));
    QList<QTreeWidgetItem *> items;
    items.reserve(report.problems.size());
    for (const ImportProblem &problem : report.problems) {
        auto *item = new QTreeWidgetItem({QDir::toNativeSeparators(problem.path), problem.reason});
        item->setToolTip(0, QDir::toNativeSeparators(problem.path));
        item->setToolTip(1, problem.reason);
        items.append(item);
    }
    m_details->addTopLevelItems(items);
    m_details->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_details->header()->resizeSection(0, 360);
    m_details->header()->setStretchLastSection(true);
    m_details->setMinimumHeight(180);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_detailsButton = buttons->addButton(tr("Show details"), QDialogButtonBox::ActionRole);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setEnabled(!report.problems.isEmpty());
    connect(m_detailsButton, &QPushButton::toggled, this, &ImportSummaryDialog::setDetailsVisible);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(tiles);
    layout->addWidget(explanation);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    m_details->hide();
    setMinimumWidth(520);
    // Set here: Qt's own translations may not be installed.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

QWidget *ImportSummaryDialog::createTile(const QString &number, const QString &caption,
                                         const QColor &accent)
{
    auto *tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setAutoFillBackground(true);
    QPalette tilePalette = tile->palette();
    tilePalette.setColor(QPalette::Window, UiColors::cardBackground(palette()));
    tile->setPalette(tilePalette);

    auto *value = new QLabel(number, tile);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    value->setFont(valueFont);
    QPalette valuePalette = value->palette();
    valuePalette.setColor(QPalette::WindowText, accent);
    value->setPalette(valuePalette);

    auto *text = new QLabel(caption, tile);
    text->setWordWrap(true);

    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(text);
    tile->setAccessibleName(QStringLiteral("%1 %2").arg(number, caption));
    return tile;
}

void ImportSummaryDialog::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsButton->setText(visible ? tr("Hide details") : tr("Show details"));
    if (visible) {
        // Paths and reasons are long: give them room, path first.
        resize(qMax(width(), 760), qMax(height(), 460));
        m_details->header()->resizeSection(0, m_details->viewport()->width() * 3 / 5);
    } else {
        adjustSize();
    }
}

} // namespace Atelier
