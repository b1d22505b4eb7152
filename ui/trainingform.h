#pragma once

#include "splitstore.h"
#include "trainingconfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTabWidget;

namespace Atelier {

class TransferSettings;

/// The settings of a training run in plain words, over the same YAML that atelier-cli reads
/// (TrainingConfigYaml). A second tab shows that YAML: edits there reach the form as soon as the
/// text is valid, and a mistake is shown with its line while the form waits for the fix.
///
/// The form keeps the whole config: keys it has no field for (blur, normalisation, ...) are
/// kept as the YAML set them.
class TrainingForm : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingForm(QWidget *parent = nullptr);

    /// A curator's first run: a small CNN on 96-pixel images for 15 epochs, which trains in
    /// seconds on a few hundred images and in minutes on a few thousand, on a CPU.
    static TrainingConfig defaultConfig();
    /// The epochs, batch size and learning rate a first run of this kind starts from: a quick
    /// run trains a head for many cheap epochs, fine-tuning a few slow ones.
    static void applyModeDefaults(TrainingConfig &config, TrainingMode mode);

    void setConfig(const TrainingConfig &config);
    /// The last valid config (the form's, or the YAML text's when it parses).
    TrainingConfig config() const { return m_config; }
    /// Puts the text into the YAML tab; the form follows when it is valid. Returns isValid().
    bool setYaml(const QString &yaml);
    /// The complete YAML of config(), what a run is started with.
    QString yaml() const;
    /// The YAML tab's text as typed.
    QString yamlText() const;
    /// False while the YAML tab holds text that does not parse.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

    /// The split versions the form offers besides "the current split".
    void setSplitVersions(const QList<SplitVersion> &versions);
    /// The project's class mappings, offered instead of its classes.
    void setClassMappings(const QStringList &names);
    /// Reads the installed backbones again (they may have been installed while the studio runs).
    void refreshBackbones();

    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *yamlEditor() const { return m_yamlEdit; }
    QLabel *errorLabel() const { return m_errorLabel; }
    TransferSettings *transferSettings() const { return m_transfer; }

signals:
    /// The config or its validity changed.
    void changed();

private:
    QWidget *createSettingsPage();
    void connectFields();
    void showConfig();
    void fillSplitChoices();
    void fillMappingChoices();
    /// The network fields: in the transfer modes the backbone decides them, and they show its values.
    void showModelFields();
    /// Epochs, batch size and learning rate, after a change of mode set them.
    void showTrainingFields();
    /// The optimizer's fields mean nothing when the head is fitted exactly (quick mode, linear
    /// head): they are disabled, and say why.
    void showSolverFields();
    void onTransferEdited();
    /// The form changed the config: write the YAML tab again.
    void editConfig(const std::function<void(TrainingConfig &)> &edit);
    void onYamlEdited();
    void setError(const QString &message);

    TrainingConfig m_config;
    QString m_error;
    QList<SplitVersion> m_splitVersions;
    QStringList m_mappings;
    bool m_showing = false; ///< the fields are being set from the config: not an edit

    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_settingsScroll = nullptr;
    QWidget *m_settings = nullptr;
    QPlainTextEdit *m_yamlEdit = nullptr;
    QLabel *m_errorLabel = nullptr;

    TransferSettings *m_transfer = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_architecture = nullptr;
    QSpinBox *m_inputSize = nullptr;
    QComboBox *m_channels = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QComboBox *m_schedule = nullptr;
    QDoubleSpinBox *m_warmup = nullptr;
    QGroupBox *m_augmentation = nullptr;
    QCheckBox *m_randomCrop = nullptr;
    QCheckBox *m_flip = nullptr;
    QDoubleSpinBox *m_rotation = nullptr;
    QSpinBox *m_brightness = nullptr;
    QSpinBox *m_contrast = nullptr;
    QSpinBox *m_saturation = nullptr;
    QComboBox *m_monitor = nullptr;
    QCheckBox *m_earlyStopping = nullptr;
    QSpinBox *m_patience = nullptr;
    QComboBox *m_split = nullptr;
    QComboBox *m_mapping = nullptr;
    QComboBox *m_balance = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QLineEdit *m_seed = nullptr;
};

} // namespace Atelier
