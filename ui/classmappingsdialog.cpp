#include "classmappingsdialog.h"

#include "changemappingcommand.h"
#include "classmappings.h"
#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "uicolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier {

namespace {
constexpr int ClassIdRole = Qt::UserRole + 1;

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

/// Edits a target label with a combo box that offers the targets already used, or a new one.
class TargetDelegate : public QStyledItemDelegate
{
public:
    TargetDelegate(QTableWidget *table)
        : QStyledItemDelegate(table)
        , m_table(table)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QStringList targets;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString target = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
            if (!target.isEmpty() && !targets.contains(target))
                targets.append(target);
        }
        targets.sort(Qt::CaseInsensitive);
        combo->addItems(targets);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed(), Qt::EditRole);
    }

private:
    QTableWidget *m_table;
};
} // namespace

ClassMappingsDialog::ClassMappingsDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_table(new QTableWidget(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("classMappingsDialog"));
    setWindowTitle(tr("Class Mappings"));

    m_list->setObjectName(QStringLiteral("mappingList"));
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!m_filling)
            showMapping(name);
    });
    auto *addButton = new QPushButton(tr("New Mapping…"), this);
    addButton->setObjectName(QStringLiteral("newMappingButton"));
    connect(addButton, &QPushButton::clicked, this, &ClassMappingsDialog::askNewMapping);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeMappingButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &ClassMappingsDialog::removeShown);

    auto *side = new QVBoxLayout;
    auto *listTitle = new QLabel(tr("Mappings"), this);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    side->addWidget(listTitle);
    side->addWidget(m_list, 1);
    side->addWidget(addButton);
    side->addWidget(m_removeButton);

    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Target label")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setItemDelegateForColumn(1, new TargetDelegate(m_table));
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == 1)
            saveTable();
    });
    m_summary->setWordWrap(true);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_summary->setPalette(muted);

    auto *main = new QVBoxLayout;
    main->addWidget(m_title);
    main->addWidget(m_table, 1);
    main->addWidget(m_summary);

    auto *columns = new QHBoxLayout;
    columns->addLayout(side, 1);
    columns->addSpacing(8);
    columns->addLayout(main, 3);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(720, 480);

    if (m_document) {
        // Queued: an edit of the table saves, and the table must not be rebuilt under its editor.
        connect(m_document, &ProjectDocument::mappingsChanged, this, &ClassMappingsDialog::refresh,
                Qt::QueuedConnection);
        connect(m_document, &ProjectDocument::classesChanged, this, &ClassMappingsDialog::refresh,
                Qt::QueuedConnection);
    }
    refresh();
}

void ClassMappingsDialog::refresh()
{
    if (!m_document)
        return;
    QList<ClassMapping> mappings;
    try {
        mappings = ClassMappings(m_document->store()).all();
    } catch (const Error &error) {
        m_title->setText(error.message());
        return;
    }
    m_filling = true;
    m_list->clear();
    for (const ClassMapping &mapping : std::as_const(mappings))
        m_list->addItem(mapping.name);
    m_filling = false;
    QString toShow = m_shown;
    if (m_list->findItems(toShow, Qt::MatchExactly).isEmpty())
        toShow = m_list->count() > 0 ? m_list->item(0)->text() : QString();
    showMapping(toShow);
}

void ClassMappingsDialog::showMapping(const QString &name)
{
    m_shown = name;
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    m_filling = true;
    m_list->setCurrentItem(items.isEmpty() ? nullptr : items.constFirst());
    m_filling = false;
    fillTable();
}

void ClassMappingsDialog::fillTable()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_removeButton->setEnabled(!m_shown.isEmpty());
    m_table->setEnabled(!m_shown.isEmpty());
    std::optional<ClassMapping> mapping;
    QList<ClassInfo> classes;
    if (m_document && !m_shown.isEmpty()) {
        try {
            mapping = ClassMappings(m_document->store()).byName(m_shown);
            classes = m_document->store().classes();
        } catch (const Error &error) {
            m_title->setText(error.message());
        }
    }
    if (!mapping) {
        m_title->setText(m_list->count() == 0 ? tr("No mapping yet. A mapping gives each class a coarser "
                                                   "label, e.g. styles mapped to countries.")
                                              : QString());
        m_summary->clear();
        m_filling = false;
        return;
    }
    m_title->setText(tr("Target label of each class in “%1”").arg(mapping->name));
    for (const ClassInfo &info : std::as_const(classes)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *classItem = new QTableWidgetItem(swatch(info.color), info.name);
        classItem->setFlags(Qt::ItemIsEnabled);
        classItem->setData(ClassIdRole, info.id);
        m_table->setItem(row, 0, classItem);
        m_table->setItem(row, 1, new QTableWidgetItem(mapping->targetOfClass.value(info.id)));
    }
    int leftOut = 0;
    for (const ClassInfo &info : std::as_const(classes))
        if (mapping->targetOfClass.value(info.id).isEmpty())
            ++leftOut;
    const QStringList targets = mapping->targets();
    QString summary = tr("%Ln target label(s)", nullptr, int(targets.size()));
    if (!targets.isEmpty())
        summary += tr(": %1").arg(targets.join(QStringLiteral(", ")));
    if (leftOut > 0)
        summary += QLatin1Char('\n')
                   + tr("%Ln class(es) without a target are left out of runs that use this mapping.", nullptr, leftOut);
    m_summary->setText(summary);
    m_filling = false;
}

void ClassMappingsDialog::saveTable()
{
    if (!m_document || m_shown.isEmpty())
        return;
    QHash<qint64, QString> targets;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 classId = m_table->item(row, 0)->data(ClassIdRole).toLongLong();
        const QString target = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!target.isEmpty())
            targets.insert(classId, target);
    }
    try {
        m_document->execute(new ChangeMappingCommand(m_document, m_shown, targets));
    } catch (const Error &error) {
        reportFailure(tr("Cannot save the mapping"), error.message());
        fillTable();
    }
}

bool ClassMappingsDialog::addMapping(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!m_document || trimmed.isEmpty())
        return false;
    if (!m_list->findItems(trimmed, Qt::MatchExactly).isEmpty()) {
        reportFailure(tr("Cannot create the mapping"), tr("There is already a mapping named “%1”.").arg(trimmed));
        return false;
    }
    m_shown = trimmed;
    try {
        m_document->execute(new ChangeMappingCommand(m_document, trimmed, QHash<qint64, QString>()));
    } catch (const Error &error) {
        reportFailure(tr("Cannot create the mapping"), error.message());
        return false;
    }
    return true;
}

void ClassMappingsDialog::setTarget(qint64 classId, const QString &target)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(ClassIdRole).toLongLong() == classId) {
            m_table->item(row, 1)->setText(target); // saved through itemChanged
            return;
        }
    }
}

void ClassMappingsDialog::askNewMapping()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("New Mapping"));
    dialog.setLabelText(tr("Name of the mapping, e.g. “Countries”:"));
    dialog.setOkButtonText(tr("Create"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() == QDialog::Accepted)
        addMapping(dialog.textValue());
}

void ClassMappingsDialog::removeShown()
{
    if (!m_document || m_shown.isEmpty())
        return;
    try {
        m_document->execute(new ChangeMappingCommand(m_document, m_shown, std::nullopt));
    } catch (const Error &error) {
        reportFailure(tr("Cannot remove the mapping"), error.message());
    }
}

void ClassMappingsDialog::reportFailure(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, this);
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace Atelier
