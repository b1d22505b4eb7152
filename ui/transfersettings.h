#pragma once

#include "backbonecatalog.h"
#include "trainingconfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace Atelier {

/// "What to train", in plain words: a new network from scratch, a quick classifier on a
/// pretrained network's features, or a fine-tuned pretrained network, with the settings of the
/// chosen kind only. Backbones are offered by name from BackboneCatalog; damaged files are listed
/// but cannot be chosen, and with none installed the two pretrained kinds say how to get one.
/// The layer features are read from sits under "Advanced" (the backbone's default otherwise).
class TransferSettings : public QWidget
{
    Q_OBJECT

public:
    explicit TransferSettings(QWidget *parent = nullptr);

    /// Reads the backbone folders again.
    void refreshBackbones();
    const QList<InstalledBackbone> &backbones() const { return m_backbones; }
    /// The backbone a new transfer run starts with: the starter one when it is usable, else the
    /// first usable one; empty when none is.
    QString suggestedBackbone() const;

    void setSettings(TrainingMode mode, const TransferConfig &transfer);
    TrainingMode mode() const { return m_mode; }
    TransferConfig transfer() const { return m_transfer; }

    bool isAdvancedShown() const;
    void setAdvancedShown(bool shown);

signals:
    /// The user changed the mode or one of its settings.
    void edited();

private:
    void createFields();
    void connectFields();
    void showSettings();
    void fillBackboneChoices();
    void fillLayerChoices();
    void updateVisibility();
    const InstalledBackbone *findBackbone(const QString &name) const;
    /// The layers of a backbone, read from its file once (building the network takes a moment).
    QStringList layersOf(const InstalledBackbone &backbone);
    void edit(const std::function<void()> &change);

    TrainingMode m_mode = TrainingMode::Scratch;
    TransferConfig m_transfer;
    QList<InstalledBackbone> m_backbones;
    QHash<QString, QStringList> m_layers; ///< by backbone path
    QString m_layerError;                 ///< why the chosen backbone's layers cannot be listed
    bool m_showing = false;               ///< the fields are being set: not an edit

    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_scratch = nullptr;
    QRadioButton *m_features = nullptr;
    QRadioButton *m_fineTune = nullptr;
    QLabel *m_featuresHint = nullptr;
    QLabel *m_fineTuneHint = nullptr;
    QLabel *m_noBackboneHint = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_backbone = nullptr;
    QComboBox *m_head = nullptr;
    QSpinBox *m_hiddenUnits = nullptr;
    QSpinBox *m_augmentedCopies = nullptr;
    QSpinBox *m_unfreezeBlocks = nullptr;
    QDoubleSpinBox *m_learningRateFactor = nullptr;
    QComboBox *m_batchNorm = nullptr;
    QToolButton *m_advanced = nullptr;
    QWidget *m_advancedBox = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_layerHint = nullptr;
};

} // namespace Atelier
