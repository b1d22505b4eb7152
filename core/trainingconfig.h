#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier {

/// The networks a run can train. Names in configs: see architectureName().
enum class ModelArchitecture {
    SmallCnn,    ///< conv-conv-pool blocks and a dense head: small or low-resolution sets
    ResNet18,
    ResNet50,
    MobileNetV2,
};

enum class OptimizerKind { Adam, AdamW, Sgd };
enum class ScheduleKind { Constant, Cosine, Step, Plateau };
/// How an imbalanced set is evened out.
enum class ClassBalance {
    None,
    ClassWeights, ///< the loss weighs each class by the inverse of its frequency
    Sampler,      ///< each epoch draws images with probabilities that even out the classes
};
enum class TrainingDevice { Auto, Cpu, Cuda };
/// What best-checkpoint saving, early stopping and the plateau schedule watch.
enum class MonitoredMetric { ValidationLoss, ValidationAccuracy, TrainLoss, TrainAccuracy };

struct ModelConfig
{
    ModelArchitecture architecture = ModelArchitecture::SmallCnn;
    int inputSize = 64;   ///< square input, in pixels
    int channels = 3;     ///< 3: RGB; 1: grayscale
    int width = 32;       ///< small CNN only: filters of the first block (doubled per block, up to 4x)
};

/// Random changes to training images; validation and test images are never augmented.
struct AugmentationConfig
{
    bool enabled = true;
    bool randomResizedCrop = true;
    double minScale = 0.25; ///< of the image's area
    double maxScale = 1.0;
    double minRatio = 3.0 / 4.0; ///< aspect ratio of the crop
    double maxRatio = 4.0 / 3.0;
    bool horizontalFlip = true; ///< off for sets where mirroring changes the meaning (text, maps)
    double rotationDegrees = 5; ///< uniform in [-d, d]
    double brightness = 0.2;    ///< factor uniform in [1 - b, 1 + b]
    double contrast = 0.2;
    double saturation = 0.2;
    double blurProbability = 0.1;
    double maxBlurSigma = 1.5;  ///< Gaussian sigma uniform in [0.1, max]
};

struct DataConfig
{
    qint64 splitVersion = 0; ///< 0: the project's current split
    QString classMapping;    ///< empty: the project's classes
    ClassBalance balance = ClassBalance::None;
    int cacheMegabytes = 2048; ///< decoded, resized images are kept in memory when they fit
    int workers = 0;           ///< decoding threads; 0: chosen from the cores
    int prefetchBatches = 4;
    /// Validation images are resized so that a centred crop of this fraction of the short side
    /// fills the input (torchvision's Resize(256) + CenterCrop(224) is 0.875).
    double evalCrop = 0.875;
    QList<double> mean; ///< per channel, on [0, 1] samples; empty: ImageNet's (RGB) or 0.5 (gray)
    QList<double> std;
};

struct OptimizerConfig
{
    OptimizerKind kind = OptimizerKind::AdamW;
    double learningRate = 1e-3;
    double weightDecay = 1e-4;
    double momentum = 0.9; ///< SGD
    bool nesterov = false; ///< SGD
    double beta1 = 0.9;    ///< Adam, AdamW
    double beta2 = 0.999;
    double gradientClip = 0; ///< maximum global gradient norm; 0: off
};

struct ScheduleConfig
{
    ScheduleKind kind = ScheduleKind::Cosine;
    double warmupEpochs = 0;     ///< linear warm-up from 0 (cosine and constant)
    double minLearningRate = 0;  ///< floor of cosine and plateau
    int stepEpochs = 10;         ///< step: multiply by gamma every stepEpochs
    double gamma = 0.1;
    double plateauFactor = 0.1;  ///< plateau: multiply by this after `plateauPatience` epochs without progress
    int plateauPatience = 3;
};

struct CallbackConfig
{
    MonitoredMetric monitor = MonitoredMetric::ValidationAccuracy;
    bool earlyStopping = false;
    int earlyStoppingPatience = 5;
    double minDelta = 0;            ///< smaller changes of the monitored metric do not count as progress
    bool saveBest = true;           ///< keep the weights of the best epoch (best.pt)
    bool restoreBest = true;        ///< end the run (and test) with the best epoch's weights
    bool stopOnNan = true;          ///< a non-finite loss stops the run; the last good checkpoint stays
    double timeLimitMinutes = 0;    ///< 0: none
    double checkpointEveryMinutes = 10; ///< mid-epoch checkpoints for long epochs; 0: per epoch only
};

/// What a run trains.
enum class TrainingMode {
    Scratch,  ///< the whole network, from random weights
    Features, ///< a small head on a frozen backbone's cached features: trains in seconds
    FineTune, ///< a pretrained backbone's last blocks and a new head, end to end, with augmentation
};
/// The classifier put on a backbone's features.
enum class HeadKind {
    Linear, ///< one dense layer
    Mlp,    ///< dense, ReLU, dense
};
/// How a features run fits a linear head.
enum class HeadSolver {
    /// L-BFGS fits the head exactly for each of a range of weight penalties, and the validation
    /// images pick the penalty: no learning rate or epoch count to get right.
    Lbfgs,
    /// The config's optimizer, for `epochs` epochs of mini-batches (what MLP heads always use).
    Optimizer,
};
/// What fine-tuning does with the backbone's BatchNorm layers.
enum class BatchNormMode {
    /// Keep the pretrained statistics (eval mode) while the affine weights of unfrozen blocks
    /// train: small batches give noisy statistics that would undo the pretraining.
    Frozen,
    Train, ///< unfrozen blocks update their statistics too (large batches)
};

/// A run on a pretrained backbone (modes features and fine_tune). The backbone decides the
/// architecture, input size and normalisation: they replace the config's model and data settings.
struct TransferConfig
{
    QString backbone;          ///< an installed backbone's name (see BackboneCatalog)
    QString layer;             ///< the layer its features are read from; empty: the backbone's default
    HeadKind head = HeadKind::Linear;
    int hiddenUnits = 256;     ///< mlp: units of the hidden layer
    double dropout = 0.2;      ///< before the head's last layer, while training
    int augmentedCopies = 0;   ///< features: augmented variants cached and trained on per training image
    HeadSolver solver = HeadSolver::Lbfgs; ///< features: how a linear head is fitted
    /// features: each image's features go through a signed square root and are scaled to unit
    /// length before the head, which evens out a few large activations (power normalisation)
    bool normaliseFeatures = true;
    /// fine_tune, linear head: the new head starts from Quick mode's exact fit on the cached
    /// features, so that the backbone adapts to a head that already works rather than to noise
    bool fitHeadFirst = true;
    /// fine_tune: how many of the backbone's blocks before the layer train (the last ones); -1: all
    int unfreezeBlocks = 2;
    double backboneLearningRateFactor = 0.1; ///< fine_tune: the backbone's learning rate, times the head's
    BatchNormMode batchNorm = BatchNormMode::Frozen; ///< fine_tune
};

/// Everything a training run does, as read from its YAML file (see TrainingConfigYaml).
/// A run stores the complete config, defaults written out, so it can be repeated exactly.
struct TrainingConfig
{
    QString name;
    ModelConfig model;
    DataConfig data;
    AugmentationConfig augmentation;
    OptimizerConfig optimizer;
    ScheduleConfig schedule;
    double labelSmoothing = 0;
    CallbackConfig callbacks;
    int epochs = 10;
    int batchSize = 32;
    quint64 seed = 42;
    int threads = 0; ///< compute threads; 0: one per core
    TrainingDevice device = TrainingDevice::Auto;
    bool mixedPrecision = true; ///< CUDA only: autocast to bfloat16
    TrainingMode mode = TrainingMode::Scratch;
    TransferConfig transfer; ///< modes features and fine_tune

    /// The normalisation mean and std, with the defaults filled in for the channel count.
    QList<double> normalizeMean() const;
    /// A features run whose linear head is fitted exactly (no epochs, steps or learning rate).
    bool fitsHeadExactly() const
    {
        return mode == TrainingMode::Features && transfer.head == HeadKind::Linear && transfer.solver == HeadSolver::Lbfgs;
    }
    QList<double> normalizeStd() const;
};

QString architectureName(ModelArchitecture architecture); ///< "small_cnn", "resnet18", "resnet50", "mobilenet_v2"
QString optimizerName(OptimizerKind kind);                 ///< "adam", "adamw", "sgd"
QString scheduleName(ScheduleKind kind);                   ///< "constant", "cosine", "step", "plateau"
QString balanceName(ClassBalance balance);                 ///< "none", "class_weights", "sampler"
QString deviceName(TrainingDevice device);                 ///< "auto", "cpu", "cuda"
QString metricName(MonitoredMetric metric);                ///< "val_loss", "val_accuracy", "train_loss", "train_accuracy"
QString trainingModeName(TrainingMode mode);               ///< "scratch", "features", "fine_tune"
QString headKindName(HeadKind kind);                       ///< "linear", "mlp"
QString headSolverName(HeadSolver solver);                 ///< "lbfgs", "optimizer"
QString batchNormModeName(BatchNormMode mode);             ///< "frozen", "train"
/// Whether a larger value of the metric is better.
bool metricIncreases(MonitoredMetric metric);

} // namespace Atelier
