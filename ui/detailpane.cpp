#include "detailpane.h"

#include "error.h"
#include "curationtypes.h"
#include "imagepreview.h"
#include "previewloader.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitnames.h"
#include "uicolors.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace Atelier {

namespace {
// Large enough for a full-height pane on a 4K screen, small enough to decode in a blink.
constexpr int PreviewMaxSide = 1600;
constexpr int ShortHashLength = 12;
// The latest changes; the whole history is in the project for whoever needs it.
constexpr int HistoryLines = 6;

QIcon swatchIcon(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_loader(new PreviewLoader(this))
    , m_preview(new ImagePreview(this))
    , m_title(new QLabel(this))
    , m_selectionNote(new QLabel(this))
    , m_classCombo(new QComboBox(this))
    , m_fieldsBox(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsBox))
{
    setObjectName(QStringLiteral("detailPane"));
    m_loader->setMaxSide(PreviewMaxSide);
    connect(m_loader, &PreviewLoader::previewReady, this, &DetailPane::showPreview);
    connect(m_loader, &PreviewLoader::previewFailed, this, &DetailPane::showPreviewFailure);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette mutedPalette = m_selectionNote->palette();
    mutedPalette.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_selectionNote->setPalette(mutedPalette);
    m_selectionNote->setWordWrap(true);

    m_classCombo->setObjectName(QStringLiteral("classCombo"));
    m_classCombo->setAccessibleName(tr("Class"));
    m_classCombo->setToolTip(tr("The class of the selected images"));
    connect(m_classCombo, &QComboBox::activated, this, &DetailPane::applyLabel);

    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setLabelAlignment(Qt::AlignRight);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *classLabel = new QLabel(tr("&Class:"), m_fieldsBox);
    classLabel->setBuddy(m_classCombo);
    m_fields->addRow(classLabel, m_classCombo);
    m_path = addField(tr("Path:"));
    m_size = addField(tr("Size:"));
    m_dimensions = addField(tr("Dimensions:"));
    m_format = addField(tr("Format:"));
    m_sha = addField(tr("SHA-256:"));
    m_modified = addField(tr("Modified:"));
    m_status = addField(tr("Status:"));
    m_border = addField(tr("Border:"));
    m_border->setObjectName(QStringLiteral("borderField"));
    m_border->setWordWrap(true);
    m_split = addField(tr("Split:"));
    m_history = addField(tr("History:"));
    m_history->setObjectName(QStringLiteral("labelHistory"));
    m_history->setWordWrap(true);
    m_status->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_path->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_selectionNote);
    layout->addWidget(m_fieldsBox);

    showSelection({});
}

QLabel *DetailPane::addField(const QString &label)
{
    auto *value = new QLabel(m_fieldsBox);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setMinimumWidth(60);
    m_fields->addRow(label, value);
    return value;
}

void DetailPane::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        const auto reread = [this] {
            readClasses();
            refreshFields();
        };
        connect(m_document, &ProjectDocument::contentChanged, this, reread);
        connect(m_document, &ProjectDocument::classesChanged, this, reread);
        connect(m_document, &ProjectDocument::exclusionChanged, this, &DetailPane::refreshFields);
        connect(m_document, &ProjectDocument::contentRectsChanged, this, &DetailPane::refreshFields);
        // Labels: the history grows (the selection itself comes again from the window).
        connect(m_document, &ProjectDocument::labelsChanged, this, &DetailPane::refreshFields);
    }
    readClasses();
    showSelection({});
}

void DetailPane::readClasses()
{
    m_classCombo->clear();
    m_classCombo->addItem(swatchIcon(QColor()), tr("Unlabelled"), qint64(0));
    if (!m_document)
        return;
    QList<ClassInfo> classes;
    try {
        classes = m_document->store().classes();
    } catch (const Error &error) {
        qWarning("Cannot read the classes: %s", qUtf8Printable(error.message()));
    }
    for (const ClassInfo &info : std::as_const(classes)) {
        const QString text = info.shortcut.isEmpty()
                                 ? info.name
                                 : tr("%1 (key %2)").arg(info.name, info.shortcut.toUpper());
        m_classCombo->addItem(swatchIcon(QColor(info.color)), text, info.id);
    }
}

void DetailPane::showSelection(const Selection &selection)
{
    const qint64 current = selection.current;
    const bool changed = current != m_current;
    m_current = current;
    m_selection = selection.imageIds;
    m_commonClassId = selection.commonClassId;
    m_pinnedSplit = selection.pinnedSplit;
    m_assignedSplit = selection.split;
    if (m_selection.isEmpty() && current != 0)
        m_selection = {current};

    if (current == 0) {
        m_loader->cancel();
        m_preview->setMessage(m_document ? tr("Select an image to see it here") : QString());
    } else if (changed || !m_preview->hasImage()) {
        if (!selection.thumbnail.isNull())
            m_preview->setStandIn(selection.thumbnail);
        else
            m_preview->clear();
    }
    refreshFields();

    if (current != 0 && changed && m_document) {
        try {
            if (const auto record = m_document->store().image(current))
                m_loader->load(current, m_document->store().absolutePath(record->path));
        } catch (const Error &error) {
            m_preview->setMessage(error.message());
        }
    }
}

void DetailPane::refreshFields()
{
    std::optional<ImageRecord> record;
    if (m_document && m_current != 0) {
        try {
            record = m_document->store().image(m_current);
        } catch (const Error &) {
            record.reset();
        }
    }

    const bool hasImage = record.has_value();
    m_fieldsBox->setVisible(hasImage);
    m_title->setVisible(hasImage);
    m_selectionNote->setVisible(hasImage && m_selection.size() > 1);
    m_selectionNote->setText(
        tr("%Ln image(s) selected — a class chosen below applies to all of them.", nullptr,
           int(m_selection.size())));
    if (!hasImage) {
        m_preview->setContentFraction({});
        return;
    }
    showContentRect(*record);

    const QLocale locale;
    const QString absolutePath = m_document->store().absolutePath(record->path);
    m_title->setText(QFileInfo(absolutePath).fileName());
    m_path->setText(QDir::toNativeSeparators(absolutePath));
    m_path->setToolTip(QDir::toNativeSeparators(absolutePath));
    m_size->setText(locale.formattedDataSize(record->byteSize));
    m_dimensions->setText(tr("%1 × %2 pixels").arg(locale.toString(record->width),
                                                    locale.toString(record->height)));
    m_format->setText(record->format);
    const QString hash = QString::fromLatin1(record->sha256);
    m_sha->setText(hash.left(ShortHashLength) + QStringLiteral("…"));
    m_sha->setToolTip(hash);
    m_modified->setText(record->mtimeMs > 0
                            ? locale.toString(QDateTime::fromMSecsSinceEpoch(record->mtimeMs),
                                              QLocale::ShortFormat)
                            : tr("Unknown"));
    QString status = record->status == ImageStatus::Missing ? tr("File missing") : tr("Available");
    if (record->excluded)
        status = tr("%1, excluded from curation and training").arg(status);
    m_status->setText(status);
    if (m_pinnedSplit >= 0)
        m_split->setText(tr("%1 (pinned)").arg(SplitNames::displayName(Split(m_pinnedSplit))));
    else if (m_assignedSplit >= 0)
        m_split->setText(SplitNames::displayName(Split(m_assignedSplit)));
    else
        m_split->setText(tr("None yet"));
    m_history->setText(historyText(record->id));

    // The combo shows the common class of the selection; mixed classes show no choice.
    const qint64 classId = m_selection.size() > 1 ? m_commonClassId : record->classId;
    m_classCombo->setCurrentIndex(classId < 0 ? -1 : m_classCombo->findData(classId));
    if (classId < 0)
        m_classCombo->setPlaceholderText(tr("Several classes"));
}

void DetailPane::showContentRect(const ImageRecord &record)
{
    std::optional<ContentRect> content;
    try {
        content = m_document->store().contentRect(record.id);
    } catch (const Error &) {
        content.reset();
    }
    const bool applies = content && cropApplies(content->status) && !content->rect.isEmpty()
                         && record.width > 0 && record.height > 0;
    if (applies) {
        const QRect &rect = content->rect;
        m_preview->setContentFraction(QRectF(double(rect.x()) / record.width, double(rect.y()) / record.height,
                                             double(rect.width()) / record.width,
                                             double(rect.height()) / record.height));
        const QLocale locale;
        const QString size = tr("%1 × %2").arg(locale.toString(rect.width()), locale.toString(rect.height()));
        m_border->setText(content->status == BorderStatus::Accepted
                              ? tr("Cropped to %1 (accepted); the dimmed border is left out").arg(size)
                              : tr("Cropped to %1 (proposed); the dimmed border is left out").arg(size));
        return;
    }
    m_preview->setContentFraction({});
    if (!content)
        m_border->setText(tr("Not looked at yet"));
    else if (content->status == BorderStatus::Rejected)
        m_border->setText(tr("Crop rejected: the whole image is used"));
    else
        m_border->setText(tr("None found"));
}

QString DetailPane::historyText(qint64 imageId) const
{
    QList<LabelChange> changes;
    try {
        changes = m_document->store().labelHistory(imageId);
    } catch (const Error &error) {
        return error.message();
    }
    if (changes.isEmpty())
        return tr("No change since the import");

    // Retired classes are named too: the history remembers merged and deleted classes.
    QHash<qint64, QString> names;
    const auto nameOf = [this, &names](qint64 classId) {
        if (classId == 0)
            return tr("Unlabelled");
        auto it = names.find(classId);
        if (it == names.end()) {
            const auto info = m_document->store().classById(classId);
            it = names.insert(classId, info ? info->name : tr("a deleted class"));
        }
        return it.value();
    };
    const QLocale locale;
    QStringList lines;
    for (auto it = changes.crbegin(); it != changes.crend() && lines.size() < HistoryLines; ++it) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(it->changedAtMs);
        lines.append(tr("%1  %2 → %3")
                         .arg(locale.toString(when, tr("d MMM HH:mm", "date of a label change")),
                              nameOf(it->oldClassId), nameOf(it->newClassId)));
    }
    if (changes.size() > HistoryLines)
        lines.append(tr("and %Ln earlier change(s)", nullptr, int(changes.size()) - HistoryLines));
    return lines.join(QLatin1Char('\n'));
}

void DetailPane::applyLabel(int comboIndex)
{
    if (!m_document || m_selection.isEmpty() || comboIndex < 0)
        return;
    const qint64 classId = m_classCombo->itemData(comboIndex).toLongLong();
    emit labelRequested(m_selection, classId);
    // The combo follows the labels when they change; a refused label leaves it as it was.
    refreshFields();
}

void DetailPane::showPreview(qint64 imageId, const QImage &image)
{
    if (imageId == m_current)
        m_preview->setImage(image);
}

void DetailPane::showPreviewFailure(qint64 imageId, const QString &reason)
{
    if (imageId == m_current)
        m_preview->setFailure(tr("No preview: %1").arg(reason));
}

} // namespace Atelier
