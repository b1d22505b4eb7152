#pragma once

// Everything needed to rebuild a trained classifier and feed it images exactly as it was
// validated: network, classes, preprocessing, weights file and calibration.
//
//   ModelPackage::forRun(store, runId)       // a project's run (its best weights)
//   ModelPackage::fromExport(dir)            // a folder written by `atelier-cli export-model`
//   ModelPackage::forCheckpoint(dir, config, classes)   // a Trainer's folder (cross-validation folds)
//
// Pure description, no LibTorch: Predictor turns a package into a working network.
// An exported folder holds model.pt (the weights, a LibTorch archive), model.json (the package),
// classes.txt (one class per line) and metrics.json (the run's evaluation).

#include "calibration.h"
#include "trainingconfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Atelier {

class ProjectStore;

struct ModelPackage
{
    ModelConfig model;
    QStringList classNames;
    double evalCrop = 0.875;  ///< see DataConfig::evalCrop
    QList<double> mean;       ///< per channel
    QList<double> std;
    QString weightsFile;      ///< a LibTorch archive with the network under "model"
    Calibration calibration;  ///< defaults when the run was never evaluated
    qint64 runId = 0;         ///< 0: not from a project
    QString runName;
    /// The run's image embeddings (NeighbourIndex::save); empty when there are none.
    QString embeddingsFile;

    /// A run of a project: the best epoch's weights when the run ended on them (restore_best,
    /// the default), else its last checkpoint's. Throws Error(BadInput) for an unknown run or
    /// one without weights yet.
    static ModelPackage forRun(ProjectStore &store, qint64 runId);
    /// A Trainer's checkpoint folder, with the config and classes it trained with.
    static ModelPackage forCheckpoint(const QString &dir, const TrainingConfig &config, const QStringList &classNames);
    /// A folder written by Predictor::exportTo. Throws Error(BadInput) when it is not one.
    static ModelPackage fromExport(const QString &dir);

    /// Writes model.json, classes.txt and metrics.json into `dir` (the weights are the
    /// Predictor's to write).
    void writeDescription(const QString &dir, const QJsonObject &metrics) const;

    static QString weightsFileName() { return QStringLiteral("model.pt"); }
    static QString descriptionFileName() { return QStringLiteral("model.json"); }
    /// In a run's checkpoint folder, beside best.pt.
    static QString embeddingsFileName() { return QStringLiteral("embeddings.bin"); }
};

} // namespace Atelier
