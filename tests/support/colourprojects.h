#pragma once

#include "imagedecoder.h"
#include "trainingtypes.h"

#include <QString>
#include <QStringList>

/// A task any network learns in seconds, for the training, evaluation and prediction tests: an
/// image's dominant colour (red, green or blue) is its class, under noise and a distracting block
/// of another colour, so no single pixel gives the answer away.
namespace Atelier::ColourProjects {

/// "red", "green", "blue": the class of label 0, 1, 2.
const QStringList &classNames();

/// An image of class `label` about `size` pixels square (a few pixels more, varying); `seed`
/// varies the noise, the block and the size.
RgbImage image(int label, int size, quint64 seed);
/// In-memory samples of the task (no files): perClass* images of each colour per split, about
/// imageSize pixels, with consecutive seeds from 1 (also their image ids).
TrainingData trainingData(int perClassTrain, int perClassValidation, int perClassTest, int imageSize);

/// Writes image(label, size, seed) as a PNG (folders are created) and returns the path.
QString writeImage(const QString &path, int label, quint64 seed, int size = 20);

/// Writes `dir`/images/<colour>/<i>.png, `perClass` of each colour (seeds seedBase + label * 1000
/// + i, about imageSize pixels), imports them into `dir`/colours.atelier and saves a 60/20/20
/// split. Returns the project.
QString makeProject(const QString &dir, int perClass, quint64 seedBase = 1, int imageSize = 20);

} // namespace Atelier::ColourProjects
