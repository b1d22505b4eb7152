#include "aboutdialog.h"

#include "computeruntime.h"
#include "uicolors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Atelier"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));

    auto *name = new QLabel(tr("Atelier %1").arg(QStringLiteral(ATELIER_VERSION)), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *description = new QLabel(
        tr("A studio for curating, labelling and training image classifiers on your own "
           "collections."),
        this);
    description->setWordWrap(true);

    const RuntimeInfo runtime = ComputeRuntime::info();
    auto *components = new QFormLayout;
    components->setLabelAlignment(Qt::AlignRight);
    auto addRow = [this, components](const QString &label, const QString &value) {
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        components->addRow(label, valueLabel);
    };
    addRow(tr("Qt:"), QString::fromLatin1(qVersion()));
    addRow(tr("OpenCV:"), runtime.openCvVersion);
    addRow(tr("LibTorch:"), runtime.torchVersion);
    addRow(tr("Compute threads:"), QString::number(runtime.threads));
    addRow(tr("GPU:"), runtime.cudaAvailable
                           ? tr("CUDA, %Ln device(s)", nullptr, runtime.cudaDeviceCount)
                           : tr("None (training runs on the processor)"));

    auto *licence = new QLabel(
        tr("Atelier is free software, released under the GNU General Public License, version 3 "
           "or later. It comes with no warranty."),
        this);
    licence->setWordWrap(true);
    QPalette mutedPalette = licence->palette();
    mutedPalette.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    licence->setPalette(mutedPalette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt's translations may be missing
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(name);
    text->addWidget(description);
    text->addLayout(components);
    text->addWidget(licence);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 14);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace Atelier
