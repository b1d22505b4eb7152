#include "trainingform.h"

#include "backbonecatalog.h"
#include "error.h"
#include "featureextractor.h"
#include "trainingconfigyaml.h"
#include "transfersettings.h"
#include "uicolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QTextBlock>
#include <QTextCursor>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Atelier {

namespace {

/// A learning rate spans decades: shown as "0.001" or "3e-05", stepped by doubling and halving.
class LearningRateSpinBox : public QDoubleSpinBox
{
public:
    explicit LearningRateSpinBox(QWidget *parent)
        : QDoubleSpinBox(parent)
    {
        setDecimals(12);
        setRange(1e-9, 10);
    }

    QString textFromValue(double value) const override { return locale().toString(value, 'g', 3); }

    double valueFromText(const QString &text) const override
    {
        bool ok = false;
        const double value = locale().toDouble(text.trimmed(), &ok);
        return ok ? value : QLocale::c().toDouble(text.trimmed());
    }

    QValidator::State validate(QString &text, int &position) const override
    {
        Q_UNUSED(position)
        bool ok = false;
        double value = locale().toDouble(text.trimmed(), &ok);
        if (!ok)
            value = QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok && value >= minimum() && value <= maximum())
            return QValidator::Acceptable;
        // Half-typed numbers ("1e-") are allowed on the way to a whole one.
        static const QRegularExpression partial(QStringLiteral("^[0-9.,eE+-]*$"));
        return partial.match(text.trimmed()).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
    }

    void stepBy(int steps) override { setValue(value() * std::pow(2.0, steps)); }
};

template <typename Enum>
void addChoice(QComboBox *combo, const QString &text, Enum value, const QString &toolTip = QString())
{
    combo->addItem(text, int(value));
    if (!toolTip.isEmpty())
        combo->setItemData(combo->count() - 1, toolTip, Qt::ToolTipRole);
}

template <typename Enum>
Enum choice(const QComboBox *combo)
{
    return Enum(combo->currentData().toInt());
}

void select(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

int percentOf(double fraction)
{
    return int(std::lround(fraction * 100));
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(parent->palette()));
    label->setPalette(muted);
    return label;
}

} // namespace

TrainingForm::TrainingForm(QWidget *parent)
    : QWidget(parent)
    , m_config(defaultConfig())
{
    setObjectName(QStringLiteral("trainingForm"));

    m_settingsScroll = new QScrollArea(this);
    m_settingsScroll->setObjectName(QStringLiteral("trainingSettings"));
    m_settingsScroll->setWidgetResizable(true);
    m_settingsScroll->setFrameShape(QFrame::NoFrame);
    m_settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_settings = createSettingsPage();
    m_settingsScroll->setWidget(m_settings);
    // The fields are never cut off: the column is at least as wide as they need.
    m_settingsScroll->setMinimumWidth(m_settings->minimumSizeHint().width()
                                      + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);

    auto *yamlPage = new QWidget(this);
    m_yamlEdit = new QPlainTextEdit(yamlPage);
    m_yamlEdit->setObjectName(QStringLiteral("trainingYaml"));
    m_yamlEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yamlEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yamlEdit->setTabChangesFocus(true);
    m_yamlEdit->setAccessibleName(tr("Training settings as YAML"));
    auto *yamlLayout = new QVBoxLayout(yamlPage);
    yamlLayout->setContentsMargins(0, 6, 0, 0);
    yamlLayout->addWidget(hintLabel(tr("The same settings as atelier-cli reads them (train --config). Edits here "
                                       "reach the form as soon as they are valid."),
                                    yamlPage));
    yamlLayout->addWidget(m_yamlEdit, 1);
    connect(m_yamlEdit, &QPlainTextEdit::textChanged, this, &TrainingForm::onYamlEdited);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trainingFormTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_settingsScroll, tr("Settings"));
    m_tabs->addTab(yamlPage, tr("YAML"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("trainingYamlError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorLabel);

    connectFields();
    setConfig(m_config);
}

TrainingConfig TrainingForm::defaultConfig()
{
    TrainingConfig config;
    config.model.architecture = ModelArchitecture::SmallCnn;
    config.model.inputSize = 96;
    config.epochs = 15;
    config.batchSize = 16;
    config.optimizer.kind = OptimizerKind::AdamW;
    config.optimizer.learningRate = 1e-3;
    config.schedule.kind = ScheduleKind::Cosine;
    return config;
}

namespace {

struct ModeDefaults
{
    int epochs;
    int batchSize;
    double learningRate;
};

ModeDefaults modeDefaults(TrainingMode mode)
{
    switch (mode) {
    case TrainingMode::Features:
        // An epoch over cached features takes milliseconds: many of them, with larger steps.
        return {40, 16, 3e-3};
    case TrainingMode::FineTune:
        // Each epoch runs the whole pretrained network: few of them suffice, as it starts close.
        // The head starts from Quick mode's fit (fit_head_first), which 1e-2 shakes loose: with
        // these defaults 1e-3 scored 68.9% against 67.2% (tests/benchmarks/bench_transfer, eight
        // splits). The backbone trains at a fraction of this.
        return {10, 16, 1e-3};
    case TrainingMode::Scratch:
        break;
    }
    const TrainingConfig scratch = TrainingForm::defaultConfig();
    return {scratch.epochs, scratch.batchSize, scratch.optimizer.learningRate};
}

} // namespace

void TrainingForm::applyModeDefaults(TrainingConfig &config, TrainingMode mode)
{
    // Figures the curator chose are kept: only those still at the old mode's defaults change.
    const ModeDefaults before = modeDefaults(config.mode);
    const ModeDefaults after = modeDefaults(mode);
    if (config.epochs == before.epochs)
        config.epochs = after.epochs;
    if (config.batchSize == before.batchSize)
        config.batchSize = after.batchSize;
    if (qFuzzyCompare(config.optimizer.learningRate, before.learningRate))
        config.optimizer.learningRate = after.learningRate;
    config.mode = mode;
}

QWidget *TrainingForm::createSettingsPage()
{
    auto *page = new QWidget(this);
    const auto group = [page](const QString &title) {
        auto *box = new QGroupBox(title, page);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        // Long labels (in some languages) go above their field rather than squeezing it.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        return std::pair{box, form};
    };
    const auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };

    // What to train
    auto *kindBox = new QGroupBox(tr("What to train"), page);
    m_transfer = new TransferSettings(kindBox);
    auto *kindLayout = new QVBoxLayout(kindBox);
    kindLayout->addWidget(m_transfer);

    // Model
    auto [modelBox, model] = group(tr("Model"));
    m_name = named(new QLineEdit(modelBox), "runName");
    m_name->setPlaceholderText(tr("Automatic: the network and the date"));
    m_architecture = named(new QComboBox(modelBox), "architecture");
    addChoice(m_architecture, tr("Small CNN (quick)"), ModelArchitecture::SmallCnn,
              tr("A few convolution blocks: trains in seconds to minutes on a CPU; good for small sets"));
    addChoice(m_architecture, tr("MobileNetV2"), ModelArchitecture::MobileNetV2,
              tr("A light network for larger sets"));
    addChoice(m_architecture, tr("ResNet-18"), ModelArchitecture::ResNet18);
    addChoice(m_architecture, tr("ResNet-50 (large)"), ModelArchitecture::ResNet50,
              tr("A large network: slow without a GPU"));
    m_inputSize = named(new QSpinBox(modelBox), "inputSize");
    m_inputSize->setRange(16, 1024);
    m_inputSize->setSingleStep(16);
    m_inputSize->setSuffix(tr(" px"));
    m_inputSize->setToolTip(tr("Images are scaled to a square of this size: larger sees finer detail, and is slower"));
    m_channels = named(new QComboBox(modelBox), "channels");
    m_channels->addItem(tr("Colour"), 3);
    m_channels->addItem(tr("Grayscale"), 1);
    model->addRow(tr("Name:"), m_name);
    model->addRow(tr("Network:"), m_architecture);
    model->addRow(tr("Image size:"), m_inputSize);
    model->addRow(tr("Colours:"), m_channels);

    // Training
    auto [trainingBox, training] = group(tr("Training"));
    m_epochs = named(new QSpinBox(trainingBox), "epochs");
    m_epochs->setRange(1, 100000);
    m_epochs->setToolTip(tr("How many times the network sees every training image"));
    m_batchSize = named(new QSpinBox(trainingBox), "batchSize");
    m_batchSize->setRange(1, 65536);
    m_batchSize->setToolTip(tr("Images per step: larger is faster per image and needs more memory"));
    m_optimizer = named(new QComboBox(trainingBox), "optimizer");
    addChoice(m_optimizer, tr("AdamW"), OptimizerKind::AdamW, tr("Recommended: adapts its steps, with weight decay"));
    addChoice(m_optimizer, tr("Adam"), OptimizerKind::Adam);
    addChoice(m_optimizer, tr("SGD"), OptimizerKind::Sgd, tr("Plain steps with momentum"));
    m_learningRate = named(new LearningRateSpinBox(trainingBox), "learningRate");
    m_learningRate->setToolTip(tr("How big the steps are: too high and the loss jumps about, too low and it "
                                  "hardly falls. The arrows double and halve it."));
    m_schedule = named(new QComboBox(trainingBox), "schedule");
    addChoice(m_schedule, tr("Cosine"), ScheduleKind::Cosine, tr("Lowers the learning rate smoothly towards the end"));
    addChoice(m_schedule, tr("Constant"), ScheduleKind::Constant, tr("Keeps the learning rate"));
    addChoice(m_schedule, tr("Step"), ScheduleKind::Step, tr("Lowers the learning rate every few epochs"));
    addChoice(m_schedule, tr("Plateau"), ScheduleKind::Plateau,
              tr("Lowers the learning rate when progress stalls"));
    m_warmup = named(new QDoubleSpinBox(trainingBox), "warmupEpochs");
    m_warmup->setRange(0, 1000);
    m_warmup->setDecimals(1);
    m_warmup->setSingleStep(0.5);
    m_warmup->setSuffix(tr(" epochs"));
    m_warmup->setToolTip(tr("Raise the learning rate from zero over the first epochs"));
    // Their own tool tips come back when a mode that disables them is left.
    for (QWidget *field : std::initializer_list<QWidget *>{m_architecture, m_inputSize, m_channels, m_epochs, m_batchSize,
                                                           m_optimizer, m_learningRate, m_schedule, m_warmup})
        field->setProperty("plainToolTip", field->toolTip());
    training->addRow(tr("Epochs:"), m_epochs);
    training->addRow(tr("Batch size:"), m_batchSize);
    training->addRow(tr("Optimizer:"), m_optimizer);
    training->addRow(tr("Learning rate:"), m_learningRate);
    training->addRow(tr("Schedule:"), m_schedule);
    training->addRow(tr("Warm-up:"), m_warmup);

    // Augmentation
    auto [augmentationBox, augmentation] = group(tr("Vary the training images"));
    m_augmentation = named(augmentationBox, "augmentation");
    m_augmentation->setCheckable(true);
    m_augmentation->setToolTip(tr("Random changes to each training image, so that the network learns the "
                                  "subject rather than the picture. Validation and test images are never changed."));
    m_randomCrop = named(new QCheckBox(tr("Random crops and zoom"), augmentationBox), "randomCrop");
    m_flip = named(new QCheckBox(tr("Mirror left to right"), augmentationBox), "horizontalFlip");
    m_flip->setToolTip(tr("Leave off for images whose meaning changes in a mirror: text, maps"));
    m_rotation = named(new QDoubleSpinBox(augmentationBox), "rotation");
    m_rotation->setRange(0, 45);
    m_rotation->setDecimals(1);
    m_rotation->setSuffix(tr("°"));
    const auto strength = [augmentationBox, &named](const char *name) {
        auto *spin = named(new QSpinBox(augmentationBox), name);
        spin->setRange(0, 100);
        spin->setSingleStep(5);
        spin->setPrefix(tr("± "));
        spin->setSuffix(tr(" %"));
        return spin;
    };
    m_brightness = strength("brightness");
    m_contrast = strength("contrast");
    m_saturation = strength("saturation");
    augmentation->addRow(m_randomCrop);
    augmentation->addRow(m_flip);
    augmentation->addRow(tr("Rotation up to:"), m_rotation);
    augmentation->addRow(tr("Brightness:"), m_brightness);
    augmentation->addRow(tr("Contrast:"), m_contrast);
    augmentation->addRow(tr("Saturation:"), m_saturation);

    // Stopping and the best epoch
    auto [stoppingBox, stopping] = group(tr("Best epoch and stopping"));
    m_monitor = named(new QComboBox(stoppingBox), "monitor");
    addChoice(m_monitor, tr("Validation accuracy"), MonitoredMetric::ValidationAccuracy);
    addChoice(m_monitor, tr("Validation loss"), MonitoredMetric::ValidationLoss);
    addChoice(m_monitor, tr("Training accuracy"), MonitoredMetric::TrainAccuracy);
    addChoice(m_monitor, tr("Training loss"), MonitoredMetric::TrainLoss);
    m_monitor->setToolTip(tr("The figure that picks the best epoch, whose weights the run keeps"));
    m_earlyStopping = named(new QCheckBox(tr("Stop when it no longer improves"), stoppingBox), "earlyStopping");
    m_patience = named(new QSpinBox(stoppingBox), "patience");
    m_patience->setRange(1, 100000);
    m_patience->setSuffix(tr(" epochs"));
    m_patience->setToolTip(tr("How many epochs without progress to wait before stopping"));
    stopping->addRow(tr("Best by:"), m_monitor);
    stopping->addRow(m_earlyStopping);
    stopping->addRow(tr("Patience:"), m_patience);

    // Data
    auto [dataBox, data] = group(tr("Images and classes"));
    m_split = named(new QComboBox(dataBox), "splitVersion");
    m_split->setToolTip(tr("Which training, validation and test images to use (Project ▸ Dataset Splits)"));
    m_mapping = named(new QComboBox(dataBox), "classMapping");
    m_mapping->setToolTip(tr("Train on the project's classes, or on a coarser set of labels (Project ▸ Class "
                             "Mappings)"));
    m_balance = named(new QComboBox(dataBox), "balance");
    addChoice(m_balance, tr("As they are"), ClassBalance::None);
    addChoice(m_balance, tr("Weigh rare classes more"), ClassBalance::ClassWeights);
    addChoice(m_balance, tr("Draw classes evenly"), ClassBalance::Sampler);
    m_balance->setToolTip(tr("How to even out classes with many more images than others"));
    for (QComboBox *combo : {m_split, m_mapping, m_balance}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    data->addRow(tr("Split:"), m_split);
    data->addRow(tr("Labels:"), m_mapping);
    data->addRow(tr("Uneven classes:"), m_balance);

    // Computer
    auto [computerBox, computer] = group(tr("Computer"));
    m_device = named(new QComboBox(computerBox), "device");
    addChoice(m_device, tr("Automatic"), TrainingDevice::Auto, tr("The GPU when there is one, else the CPU"));
    addChoice(m_device, tr("CPU"), TrainingDevice::Cpu);
    addChoice(m_device, tr("GPU (CUDA)"), TrainingDevice::Cuda);
    m_threads = named(new QSpinBox(computerBox), "threads");
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("Automatic"));
    m_threads->setToolTip(tr("Compute threads; Automatic uses one per core"));
    m_seed = named(new QLineEdit(computerBox), "seed");
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,15}")), m_seed));
    m_seed->setToolTip(tr("The same seed, settings and images train the same network again"));
    computer->addRow(tr("Device:"), m_device);
    computer->addRow(tr("Threads:"), m_threads);
    computer->addRow(tr("Random seed:"), m_seed);

    for (QComboBox *combo : {m_architecture, m_optimizer, m_schedule, m_device}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 6, 6);
    for (QGroupBox *box : {kindBox, modelBox, trainingBox, augmentationBox, stoppingBox, dataBox, computerBox})
        layout->addWidget(box);
    layout->addStretch(1);
    return page;
}

void TrainingForm::connectFields()
{
    connect(m_transfer, &TransferSettings::edited, this, &TrainingForm::onTransferEdited);
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { editConfig([&](TrainingConfig &c) { c.name = text.trimmed(); }); });
    connect(m_architecture, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.model.architecture = choice<ModelArchitecture>(m_architecture); });
    });
    connect(m_inputSize, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.model.inputSize = value; }); });
    connect(m_channels, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) {
            c.model.channels = m_channels->currentData().toInt();
            // The normalisation has one value per channel: back to the defaults for the new count.
            c.data.mean.clear();
            c.data.std.clear();
        });
    });
    connect(m_epochs, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.epochs = value; }); });
    connect(m_batchSize, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.batchSize = value; }); });
    connect(m_optimizer, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) {
            c.optimizer.kind = choice<OptimizerKind>(m_optimizer);
            if (c.optimizer.kind != OptimizerKind::Sgd)
                c.optimizer.nesterov = false; // only SGD has it; the YAML would be refused
        });
    });
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { editConfig([&](TrainingConfig &c) { c.optimizer.learningRate = value; }); });
    connect(m_schedule, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.schedule.kind = choice<ScheduleKind>(m_schedule); });
    });
    connect(m_warmup, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { editConfig([&](TrainingConfig &c) { c.schedule.warmupEpochs = value; }); });
    connect(m_augmentation, &QGroupBox::toggled, this,
            [this](bool on) { editConfig([&](TrainingConfig &c) { c.augmentation.enabled = on; }); });
    connect(m_randomCrop, &QCheckBox::toggled, this,
            [this](bool on) { editConfig([&](TrainingConfig &c) { c.augmentation.randomResizedCrop = on; }); });
    connect(m_flip, &QCheckBox::toggled, this,
            [this](bool on) { editConfig([&](TrainingConfig &c) { c.augmentation.horizontalFlip = on; }); });
    connect(m_rotation, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { editConfig([&](TrainingConfig &c) { c.augmentation.rotationDegrees = value; }); });
    connect(m_brightness, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.augmentation.brightness = value / 100.0; }); });
    connect(m_contrast, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.augmentation.contrast = value / 100.0; }); });
    connect(m_saturation, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.augmentation.saturation = value / 100.0; }); });
    connect(m_monitor, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.callbacks.monitor = choice<MonitoredMetric>(m_monitor); });
    });
    connect(m_earlyStopping, &QCheckBox::toggled, this, [this](bool on) {
        editConfig([&](TrainingConfig &c) { c.callbacks.earlyStopping = on; });
    });
    connect(m_patience, &QSpinBox::valueChanged, this, [this](int value) {
        editConfig([&](TrainingConfig &c) { c.callbacks.earlyStoppingPatience = value; });
    });
    connect(m_split, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.data.splitVersion = m_split->currentData().toLongLong(); });
    });
    connect(m_mapping, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.data.classMapping = m_mapping->currentData().toString(); });
    });
    connect(m_balance, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.data.balance = choice<ClassBalance>(m_balance); });
    });
    connect(m_device, &QComboBox::activated, this, [this] {
        editConfig([&](TrainingConfig &c) { c.device = choice<TrainingDevice>(m_device); });
    });
    connect(m_threads, &QSpinBox::valueChanged, this,
            [this](int value) { editConfig([&](TrainingConfig &c) { c.threads = value; }); });
    connect(m_seed, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            editConfig([&](TrainingConfig &c) { c.seed = text.toULongLong(); });
    });
}

void TrainingForm::onTransferEdited()
{
    editConfig([&](TrainingConfig &c) {
        if (m_transfer->mode() != c.mode)
            applyModeDefaults(c, m_transfer->mode());
        c.transfer = m_transfer->transfer();
        // A first transfer run: the backbone everyone has, so that one click trains.
        if (c.mode != TrainingMode::Scratch && c.transfer.backbone.isEmpty())
            c.transfer.backbone = m_transfer->suggestedBackbone();
    });
    m_showing = true;
    m_transfer->setSettings(m_config.mode, m_config.transfer);
    m_showing = false;
    showModelFields();
    showTrainingFields();
    showSolverFields();
}

void TrainingForm::refreshBackbones()
{
    m_transfer->refreshBackbones();
    showModelFields();
}

void TrainingForm::showModelFields()
{
    const bool showing = m_showing;
    m_showing = true;
    TrainingConfig shown = m_config;
    const bool transfer = m_config.mode != TrainingMode::Scratch;
    if (transfer) {
        for (const InstalledBackbone &backbone : m_transfer->backbones())
            if (backbone.name == m_config.transfer.backbone && backbone.error.isEmpty()) {
                try {
                    adoptBackboneInput(shown, backbone.spec);
                } catch (const Error &) {
                    // An architecture runs cannot train: the run will say so when it starts.
                }
            }
    }
    select(m_architecture, int(shown.model.architecture));
    m_inputSize->setValue(shown.model.inputSize);
    select(m_channels, shown.model.channels);
    const QString decided = transfer ? tr("The pretrained network decides this") : QString();
    for (QWidget *field : std::initializer_list<QWidget *>{m_architecture, m_inputSize, m_channels}) {
        field->setEnabled(!transfer);
        field->setToolTip(decided.isEmpty() ? field->property("plainToolTip").toString() : decided);
    }
    m_showing = showing;
}

void TrainingForm::showSolverFields()
{
    const bool exact = m_config.fitsHeadExactly();
    const QString why = exact ? tr("Quick mode fits its linear head exactly, for several weight penalties, and keeps the "
                                   "one the validation images prefer: there are no epochs or steps to choose")
                              : QString();
    for (QWidget *field : std::initializer_list<QWidget *>{m_epochs, m_batchSize, m_optimizer, m_learningRate, m_schedule, m_warmup}) {
        field->setEnabled(!exact);
        field->setToolTip(why.isEmpty() ? field->property("plainToolTip").toString() : why);
    }
}

void TrainingForm::showTrainingFields()
{
    const bool showing = m_showing;
    m_showing = true;
    m_epochs->setValue(m_config.epochs);
    m_batchSize->setValue(m_config.batchSize);
    m_learningRate->setValue(m_config.optimizer.learningRate);
    m_showing = showing;
}

void TrainingForm::setConfig(const TrainingConfig &config)
{
    m_config = config;
    setError(QString());
    showConfig();
    const QSignalBlocker blocker(m_yamlEdit);
    m_yamlEdit->setPlainText(TrainingConfigYaml::write(m_config));
    emit changed();
}

bool TrainingForm::setYaml(const QString &yaml)
{
    m_yamlEdit->setPlainText(yaml); // parsed by onYamlEdited()
    return isValid();
}

QString TrainingForm::yaml() const
{
    return TrainingConfigYaml::write(m_config);
}

QString TrainingForm::yamlText() const
{
    return m_yamlEdit->toPlainText();
}

void TrainingForm::editConfig(const std::function<void(TrainingConfig &)> &edit)
{
    if (m_showing)
        return;
    edit(m_config);
    m_patience->setEnabled(m_config.callbacks.earlyStopping);
    const QSignalBlocker blocker(m_yamlEdit);
    m_yamlEdit->setPlainText(TrainingConfigYaml::write(m_config));
    emit changed();
}

void TrainingForm::onYamlEdited()
{
    try {
        m_config = TrainingConfigYaml::parse(m_yamlEdit->toPlainText(), QStringLiteral("YAML"));
        setError(QString());
        showConfig();
    } catch (const Error &error) {
        setError(error.message());
    }
    emit changed();
}

void TrainingForm::setError(const QString &message)
{
    m_error = message;
    // "YAML:7: epochs: ..." from the parser: say "line 7" and mark the line in the text.
    static const QRegularExpression located(QStringLiteral("^YAML:(\\d+): "));
    const QRegularExpressionMatch match = located.match(message);
    QString shown = message;
    QList<QTextEdit::ExtraSelection> marks;
    if (match.hasMatch()) {
        const int line = match.captured(1).toInt();
        shown = tr("line %1: %2").arg(line).arg(message.mid(match.capturedLength()));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_yamlEdit->document()->findBlockByNumber(line - 1));
        mark.format.setBackground(UiColors::blend(palette().color(QPalette::Base), QColor(0xc0, 0x30, 0x30), 0.18));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_yamlEdit->setExtraSelections(marks);
    m_errorLabel->setText(message.isEmpty() ? QString() : tr("The YAML has a mistake: %1").arg(shown));
    m_errorLabel->setVisible(!message.isEmpty());
    // The fields would show the last valid settings, not the text: they wait for the fix.
    m_settings->setEnabled(message.isEmpty());
    m_settings->setToolTip(message.isEmpty() ? QString() : tr("Correct the YAML first"));
}

void TrainingForm::showConfig()
{
    m_showing = true;
    const TrainingConfig &c = m_config;
    m_name->setText(c.name);
    m_transfer->setSettings(c.mode, c.transfer);
    showModelFields();
    showSolverFields();
    m_epochs->setValue(c.epochs);
    m_batchSize->setValue(c.batchSize);
    select(m_optimizer, int(c.optimizer.kind));
    m_learningRate->setValue(c.optimizer.learningRate);
    select(m_schedule, int(c.schedule.kind));
    m_warmup->setValue(c.schedule.warmupEpochs);
    m_augmentation->setChecked(c.augmentation.enabled);
    m_randomCrop->setChecked(c.augmentation.randomResizedCrop);
    m_flip->setChecked(c.augmentation.horizontalFlip);
    m_rotation->setValue(c.augmentation.rotationDegrees);
    m_brightness->setValue(percentOf(c.augmentation.brightness));
    m_contrast->setValue(percentOf(c.augmentation.contrast));
    m_saturation->setValue(percentOf(c.augmentation.saturation));
    select(m_monitor, int(c.callbacks.monitor));
    m_earlyStopping->setChecked(c.callbacks.earlyStopping);
    m_patience->setValue(c.callbacks.earlyStoppingPatience);
    m_patience->setEnabled(c.callbacks.earlyStopping);
    fillSplitChoices();
    fillMappingChoices();
    select(m_balance, int(c.data.balance));
    select(m_device, int(c.device));
    m_threads->setValue(c.threads);
    m_seed->setText(QString::number(c.seed));
    m_showing = false;
}

void TrainingForm::setSplitVersions(const QList<SplitVersion> &versions)
{
    m_splitVersions = versions;
    m_showing = true;
    fillSplitChoices();
    m_showing = false;
}

void TrainingForm::setClassMappings(const QStringList &names)
{
    m_mappings = names;
    m_showing = true;
    fillMappingChoices();
    m_showing = false;
}

void TrainingForm::fillSplitChoices()
{
    m_split->clear();
    m_split->addItem(m_splitVersions.isEmpty() ? tr("The current split (none yet)") : tr("The current split"),
                     qint64(0));
    const QLocale locale;
    for (auto it = m_splitVersions.crbegin(); it != m_splitVersions.crend(); ++it)
        m_split->addItem(tr("Version %1: %2 / %3 / %4 images")
                             .arg(it->id)
                             .arg(locale.toString(it->counts[0]), locale.toString(it->counts[1]),
                                  locale.toString(it->counts[2])),
                         it->id);
    // A version the project does not have (a config from elsewhere) is kept, and named so.
    if (m_split->findData(m_config.data.splitVersion) < 0)
        m_split->addItem(tr("Version %1 (not in this project)").arg(m_config.data.splitVersion),
                         m_config.data.splitVersion);
    select(m_split, m_config.data.splitVersion);
}

void TrainingForm::fillMappingChoices()
{
    m_mapping->clear();
    m_mapping->addItem(tr("The project's classes"), QString());
    for (const QString &name : std::as_const(m_mappings))
        m_mapping->addItem(tr("Mapping “%1”").arg(name), name);
    if (m_mapping->findData(m_config.data.classMapping) < 0)
        m_mapping->addItem(tr("Mapping “%1” (not in this project)").arg(m_config.data.classMapping),
                           m_config.data.classMapping);
    select(m_mapping, m_config.data.classMapping);
}

} // namespace Atelier
