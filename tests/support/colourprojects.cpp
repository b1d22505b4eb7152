#include "colourprojects.h"

#include "datasetsplit.h"
#include "importtask.h"
#include "projectstore.h"
#include "seededrandom.h"
#include "splitstore.h"
#include "testimages.h"

#include <algorithm>

namespace Atelier::ColourProjects {

const QStringList &classNames()
{
    static const QStringList names{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
    return names;
}

RgbImage image(int label, int size, quint64 seed)
{
    SeededRandom random(seed);
    RgbImage image;
    image.width = size + int(random.below(8));
    image.height = size + int(random.below(8));
    image.pixels.resize(qsizetype(image.width) * image.height * 3);
    const int blockX = int(random.below(quint64(image.width / 2)));
    const int blockY = int(random.below(quint64(image.height / 2)));
    const int blockChannel = int(random.below(3));
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            for (int c = 0; c < 3; ++c) {
                const bool inBlock = x >= blockX && x < blockX + image.width / 3 && y >= blockY
                                     && y < blockY + image.height / 3;
                int value = c == label ? 170 : 60;
                if (inBlock)
                    value = c == blockChannel ? 150 : 40;
                value += int(random.below(60)) - 30;
                image.pixels[(qsizetype(y) * image.width + x) * 3 + c] = char(std::clamp(value, 0, 255));
            }
    return image;
}

TrainingData trainingData(int perClassTrain, int perClassValidation, int perClassTest, int imageSize)
{
    TrainingData data;
    data.classNames = classNames();
    quint64 seed = 1;
    for (int label = 0; label < 3; ++label) {
        const auto add = [&](QList<TrainingSample> &target, int count) {
            for (int i = 0; i < count; ++i) {
                TrainingSample sample;
                sample.imageId = qint64(seed);
                sample.image = image(label, imageSize, seed++);
                sample.label = label;
                target.append(sample);
            }
        };
        add(data.train, perClassTrain);
        add(data.validation, perClassValidation);
        add(data.test, perClassTest);
    }
    return data;
}

QString writeImage(const QString &path, int label, quint64 seed, int size)
{
    TestImages::writeFile(path, ImageDecoder::encodePng(image(label, size, seed)));
    return path;
}

QString makeProject(const QString &dir, int perClass, quint64 seedBase, int imageSize)
{
    for (int label = 0; label < 3; ++label)
        for (int i = 0; i < perClass; ++i)
            writeImage(QStringLiteral("%1/images/%2/%3.png").arg(dir, classNames()[label]).arg(i), label,
                       seedBase + quint64(label * 1000 + i), imageSize);
    const QString project = dir + QStringLiteral("/colours.atelier");
    ProjectStore::create(project).reset();
    ImportParams params;
    params.inputs = {dir + QStringLiteral("/images")};
    params.threads = 2;
    ImportTask(project, params).run();
    const auto store = ProjectStore::open(project);
    QList<SplitItem> items;
    for (const ImageRecord &record : store->images())
        items.append({record.id, record.classId});
    SplitParams split;
    split.trainFraction = 0.6;
    split.validationFraction = 0.2;
    split.testFraction = 0.2;
    SplitStore(*store).saveVersion(SplitAssigner::assign(items, {}, {}, split).splitOf, split);
    return project;
}

} // namespace Atelier::ColourProjects
