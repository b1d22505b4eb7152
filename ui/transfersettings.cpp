#include "transfersettings.h"

#include "backbone.h"
#include "error.h"
#include "featureextractor.h"
#include "uicolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(parent->palette()));
    label->setPalette(muted);
    return label;
}

/// Radio buttons do not wrap: the explanation goes below, indented under the button's text.
QLabel *radioHint(const QString &text, QWidget *parent)
{
    QLabel *label = mutedLabel(text, parent);
    label->setContentsMargins(22, 0, 0, 4);
    return label;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

TransferSettings::TransferSettings(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transferSettings"));
    createFields();
    connectFields();
    refreshBackbones();
}

void TransferSettings::createFields()
{
    const auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };

    m_scratch = named(new QRadioButton(tr("A new network from scratch"), this), "modeScratch");
    m_features = named(new QRadioButton(tr("Quick: a small classifier on a pretrained network"), this),
                       "modeFeatures");
    m_fineTune = named(new QRadioButton(tr("Fine-tune a pretrained network"), this), "modeFineTune");
    m_featuresHint = radioHint(tr("On the network's features: seconds. Retrain after each relabelling pass."), this);
    m_fineTuneHint = radioHint(tr("Slower; can beat Quick with many images per class."), this);
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_scratch, int(TrainingMode::Scratch));
    m_modes->addButton(m_features, int(TrainingMode::Features));
    m_modes->addButton(m_fineTune, int(TrainingMode::FineTune));
    m_noBackboneHint = named(mutedLabel(QString(), this), "noBackboneHint");
    m_noBackboneHint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QWidget(this);
    m_form = new QFormLayout(m_details);
    m_form->setContentsMargins(0, 4, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_backbone = named(new QComboBox(m_details), "backbone");
    m_backbone->setToolTip(tr("The pretrained network (Atelier's backbone folder; atelier-cli backbones lists them)"));
    m_head = named(new QComboBox(m_details), "head");
    m_head->addItem(tr("Linear (one layer)"), int(HeadKind::Linear));
    m_head->addItem(tr("Small network (two layers)"), int(HeadKind::Mlp));
    m_head->setToolTip(tr("Linear is quickest and hard to overfit; a small network can separate classes that a "
                          "straight line cannot"));
    m_hiddenUnits = named(new QSpinBox(m_details), "hiddenUnits");
    m_hiddenUnits->setRange(1, 65536);
    m_hiddenUnits->setToolTip(tr("Size of the small network's middle layer"));
    m_augmentedCopies = named(new QSpinBox(m_details), "augmentedCopies");
    m_augmentedCopies->setRange(0, 64);
    m_augmentedCopies->setSpecialValueText(tr("None"));
    m_augmentedCopies->setToolTip(tr("Varied copies of each training image (see “Vary the training images”), "
                                     "computed once and kept: more copies teach more, and the first run takes longer"));
    m_unfreezeBlocks = named(new QSpinBox(m_details), "unfreezeBlocks");
    m_unfreezeBlocks->setRange(-1, 1000);
    m_unfreezeBlocks->setSpecialValueText(tr("All"));
    m_unfreezeBlocks->setToolTip(tr("How many of the network's last blocks learn along with the new classifier; the "
                                    "others keep their pretrained weights. More blocks adapt more and need more images."));
    m_learningRateFactor = named(new QDoubleSpinBox(m_details), "backboneLearningRateFactor");
    m_learningRateFactor->setRange(0, 10);
    m_learningRateFactor->setDecimals(3);
    m_learningRateFactor->setSingleStep(0.05);
    m_learningRateFactor->setPrefix(tr("× "));
    m_learningRateFactor->setToolTip(tr("The pretrained blocks learn this much slower than the new classifier, so that "
                                        "they keep what they know"));
    m_batchNorm = named(new QComboBox(m_details), "batchNorm");
    m_batchNorm->addItem(tr("Kept (small batches)"), int(BatchNormMode::Frozen));
    m_batchNorm->addItem(tr("Learned again (large batches)"), int(BatchNormMode::Train));
    m_batchNorm->setToolTip(tr("The statistics the network's BatchNorm layers normalise with: small batches give "
                               "noisy ones that would undo the pretraining"));
    for (QComboBox *combo : {m_backbone, m_head, m_batchNorm}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    m_advanced = named(new QToolButton(m_details), "transferAdvanced");
    m_advanced->setText(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advancedBox = new QWidget(m_details);
    auto *advancedForm = new QFormLayout(m_advancedBox);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layer = named(new QComboBox(m_advancedBox), "layer");
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layer->setMinimumContentsLength(12);
    m_layer->setToolTip(tr("The layer whose output the classifier learns from: earlier layers see shapes and "
                           "textures, later ones what the network was trained to recognise"));
    m_layerHint = mutedLabel(QString(), m_advancedBox);
    m_layerHint->hide();
    advancedForm->addRow(tr("Features from:"), m_layer);
    advancedForm->addRow(m_layerHint);
    m_advancedBox->hide();

    m_form->addRow(tr("Pretrained network:"), m_backbone);
    m_form->addRow(tr("Classifier:"), m_head);
    m_form->addRow(tr("Hidden units:"), m_hiddenUnits);
    m_form->addRow(tr("Varied copies:"), m_augmentedCopies);
    m_form->addRow(tr("Blocks to train:"), m_unfreezeBlocks);
    m_form->addRow(tr("Their learning rate:"), m_learningRateFactor);
    m_form->addRow(tr("BatchNorm statistics:"), m_batchNorm);
    m_form->addRow(m_advanced);
    m_form->addRow(m_advancedBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_scratch);
    layout->addWidget(m_features);
    layout->addWidget(m_featuresHint);
    layout->addWidget(m_fineTune);
    layout->addWidget(m_fineTuneHint);
    layout->addWidget(m_noBackboneHint);
    layout->addWidget(m_details);
}

void TransferSettings::connectFields()
{
    connect(m_modes, &QButtonGroup::idClicked, this,
            [this](int id) { edit([&] { m_mode = TrainingMode(id); }); });
    connect(m_backbone, &QComboBox::activated, this, [this] {
        edit([&] {
            m_transfer.backbone = m_backbone->currentData().toString();
            // A layer of another network would not exist in this one.
            m_transfer.layer.clear();
        });
    });
    connect(m_head, &QComboBox::activated, this,
            [this] { edit([&] { m_transfer.head = HeadKind(m_head->currentData().toInt()); }); });
    connect(m_hiddenUnits, &QSpinBox::valueChanged, this,
            [this](int value) { edit([&] { m_transfer.hiddenUnits = value; }); });
    connect(m_augmentedCopies, &QSpinBox::valueChanged, this,
            [this](int value) { edit([&] { m_transfer.augmentedCopies = value; }); });
    connect(m_unfreezeBlocks, &QSpinBox::valueChanged, this,
            [this](int value) { edit([&] { m_transfer.unfreezeBlocks = value; }); });
    connect(m_learningRateFactor, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { edit([&] { m_transfer.backboneLearningRateFactor = value; }); });
    connect(m_batchNorm, &QComboBox::activated, this,
            [this] { edit([&] { m_transfer.batchNorm = BatchNormMode(m_batchNorm->currentData().toInt()); }); });
    connect(m_layer, &QComboBox::activated, this,
            [this] { edit([&] { m_transfer.layer = m_layer->currentData().toString(); }); });
    connect(m_advanced, &QToolButton::toggled, this, &TransferSettings::setAdvancedShown);
}

void TransferSettings::edit(const std::function<void()> &change)
{
    if (m_showing)
        return;
    change();
    showSettings();
    emit edited();
}

void TransferSettings::refreshBackbones()
{
    m_backbones = BackboneCatalog::installed();
    m_layers.clear();
    const bool usable = !suggestedBackbone().isEmpty();
    m_noBackboneHint->setText(
        m_backbones.isEmpty()
            ? tr("No pretrained network is installed. packaging/fetch-backbone.sh installs the starter one; "
                 "atelier-cli backbones import adds your own.")
            : tr("No installed pretrained network can be used (see below). packaging/fetch-backbone.sh installs "
                 "the starter one again."));
    m_noBackboneHint->setVisible(!usable);
    // A run already set to a transfer mode stays so (the YAML says it), but none can be chosen.
    m_features->setEnabled(usable);
    m_fineTune->setEnabled(usable);
    showSettings();
}

QString TransferSettings::suggestedBackbone() const
{
    const InstalledBackbone *starter = findBackbone(BackboneChoice::starterName());
    if (starter && starter->error.isEmpty())
        return starter->name;
    for (const InstalledBackbone &backbone : m_backbones)
        if (backbone.error.isEmpty())
            return backbone.name;
    return QString();
}

const InstalledBackbone *TransferSettings::findBackbone(const QString &name) const
{
    for (const InstalledBackbone &backbone : m_backbones)
        if (backbone.name == name)
            return &backbone;
    return nullptr;
}

void TransferSettings::setSettings(TrainingMode mode, const TransferConfig &transfer)
{
    m_mode = mode;
    m_transfer = transfer;
    showSettings();
}

bool TransferSettings::isAdvancedShown() const
{
    return m_advanced->isChecked();
}

void TransferSettings::setAdvancedShown(bool shown)
{
    m_advanced->setChecked(shown);
    m_advanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(shown);
    if (shown)
        fillLayerChoices(); // the layers are read on demand
}

void TransferSettings::showSettings()
{
    m_showing = true;
    if (QAbstractButton *button = m_modes->button(int(m_mode)))
        button->setChecked(true);
    fillBackboneChoices();
    selectData(m_head, int(m_transfer.head));
    m_hiddenUnits->setValue(m_transfer.hiddenUnits);
    m_augmentedCopies->setValue(m_transfer.augmentedCopies);
    m_unfreezeBlocks->setValue(m_transfer.unfreezeBlocks);
    m_learningRateFactor->setValue(m_transfer.backboneLearningRateFactor);
    selectData(m_batchNorm, int(m_transfer.batchNorm));
    // A layer chosen in the YAML is shown, so the Advanced part opens itself.
    if (!m_transfer.layer.isEmpty() && !m_advanced->isChecked())
        setAdvancedShown(true);
    else if (m_advanced->isChecked())
        fillLayerChoices();
    updateVisibility();
    m_showing = false;
}

void TransferSettings::fillBackboneChoices()
{
    const QSignalBlocker blocker(m_backbone);
    m_backbone->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_backbone->model());
    for (const InstalledBackbone &backbone : std::as_const(m_backbones)) {
        if (backbone.error.isEmpty()) {
            m_backbone->addItem(backbone.name, backbone.name);
            m_backbone->setItemData(m_backbone->count() - 1, QDir::toNativeSeparators(backbone.path), Qt::ToolTipRole);
        } else {
            // Listed so that the curator sees why the file is not offered.
            m_backbone->addItem(tr("%1 (damaged)").arg(backbone.name), backbone.name);
            m_backbone->setItemData(m_backbone->count() - 1, backbone.error, Qt::ToolTipRole);
            if (model)
                model->item(m_backbone->count() - 1)->setEnabled(false);
        }
    }
    // A config naming a backbone that is not here keeps it, and says so.
    if (!m_transfer.backbone.isEmpty() && m_backbone->findData(m_transfer.backbone) < 0)
        m_backbone->addItem(tr("%1 (not installed)").arg(m_transfer.backbone), m_transfer.backbone);
    if (m_transfer.backbone.isEmpty())
        m_backbone->setCurrentIndex(-1);
    else
        selectData(m_backbone, m_transfer.backbone);
}

QStringList TransferSettings::layersOf(const InstalledBackbone &backbone)
{
    const QString key = backbone.path;
    if (!m_layers.contains(key)) {
        try {
            m_layers.insert(key, Backbone::load(backbone.path).layers());
            m_layerError.clear();
        } catch (const Error &error) {
            m_layerError = error.message();
            return {};
        }
    }
    return m_layers.value(key);
}

void TransferSettings::fillLayerChoices()
{
    const QSignalBlocker blocker(m_layer);
    m_layer->clear();
    const InstalledBackbone *backbone = findBackbone(m_transfer.backbone);
    const bool usable = backbone && backbone->error.isEmpty();
    m_layer->addItem(usable && !backbone->spec.defaultLayer.isEmpty()
                         ? tr("Default (%1)").arg(backbone->spec.defaultLayer)
                         : tr("Default"),
                     QString());
    m_layerError.clear();
    if (usable) {
        const QStringList layers = layersOf(*backbone);
        for (const QString &layer : layers)
            m_layer->addItem(layer, layer);
    }
    if (!m_transfer.layer.isEmpty() && m_layer->findData(m_transfer.layer) < 0)
        m_layer->addItem(tr("%1 (not in this network)").arg(m_transfer.layer), m_transfer.layer);
    selectData(m_layer, m_transfer.layer);
    m_layerHint->setText(m_layerError.isEmpty() ? QString() : tr("The layers cannot be listed: %1").arg(m_layerError));
    m_layerHint->setVisible(!m_layerError.isEmpty());
}

void TransferSettings::updateVisibility()
{
    const bool quick = m_mode == TrainingMode::Features;
    const bool fineTune = m_mode == TrainingMode::FineTune;
    m_details->setVisible(quick || fineTune);
    m_form->setRowVisible(m_head, quick);
    m_form->setRowVisible(m_hiddenUnits, quick);
    m_form->setRowVisible(m_augmentedCopies, quick);
    m_form->setRowVisible(m_unfreezeBlocks, fineTune);
    m_form->setRowVisible(m_learningRateFactor, fineTune);
    m_form->setRowVisible(m_batchNorm, fineTune);
    // Only the small network has a hidden layer.
    m_hiddenUnits->setEnabled(m_transfer.head == HeadKind::Mlp);
}

} // namespace Atelier
