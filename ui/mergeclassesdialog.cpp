#include "mergeclassesdialog.h"

#include "uicolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {
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
} // namespace

MergeClassesDialog::MergeClassesDialog(const ClassInfo &source, qint64 imageCount,
                                       const QList<ClassInfo> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(new QComboBox(this))
{
    setObjectName(QStringLiteral("mergeClassesDialog"));
    setWindowTitle(tr("Merge Class"));
    m_targets->setObjectName(QStringLiteral("mergeTarget"));
    for (const ClassInfo &info : targets)
        m_targets->addItem(swatch(info.color), info.name, info.id);

    auto *question = new QLabel(tr("Merge “%1” into:").arg(source.name), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    question->setBuddy(m_targets);

    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        tr("Its %Ln image(s) will take the class you choose, and “%1” will be removed. Each image's label "
           "history records the move. Edit ▸ Undo brings the class back with its images.",
           nullptr, int(qMin<qint64>(imageCount, INT_MAX)))
            .arg(source.name));
    QPalette muted = explanation->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    explanation->setPalette(muted);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    merge->setEnabled(m_targets->count() > 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_targets);
    layout->addSpacing(6);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

qint64 MergeClassesDialog::targetClassId() const
{
    return m_targets->currentData().toLongLong();
}

void MergeClassesDialog::setTargetClassId(qint64 classId)
{
    const int index = m_targets->findData(classId);
    if (index >= 0)
        m_targets->setCurrentIndex(index);
}

} // namespace Atelier
