// The data pipeline: content crops, base sizes, augmentations, determinism, caching, sampling.

#include "datapipeline.h"
#include "epochsampler.h"
#include "error.h"
#include "testimages.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Atelier;

namespace {

RgbImage solid(int width, int height, TestImages::Rgb color)
{
    RgbImage image;
    image.width = width;
    image.height = height;
    image.pixels.resize(qsizetype(width) * height * 3);
    for (qsizetype i = 0; i < image.pixels.size(); i += 3) {
        image.pixels[i] = char(color.r);
        image.pixels[i + 1] = char(color.g);
        image.pixels[i + 2] = char(color.b);
    }
    return image;
}

void fill(RgbImage &image, const QRect &rect, TestImages::Rgb color)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            char *p = image.pixels.data() + (qsizetype(y) * image.width + x) * 3;
            p[0] = char(color.r);
            p[1] = char(color.g);
            p[2] = char(color.b);
        }
}

/// Left half blue, right half yellow: shows flips.
RgbImage halves(int width, int height)
{
    RgbImage image = solid(width, height, {0, 0, 255});
    fill(image, QRect(width / 2, 0, width - width / 2, height), {255, 255, 0});
    return image;
}

/// Vertical stripes, `period` pixels per black-white pair: shows zoom.
RgbImage stripes(int width, int height, int period)
{
    RgbImage image = solid(width, height, {0, 0, 0});
    for (int x = 0; x < width; ++x)
        if ((x / (period / 2)) % 2 == 1)
            fill(image, QRect(x, 0, 1, height), {255, 255, 255});
    return image;
}

int transitionsInRow(const RgbImage &image, int y)
{
    int count = 0;
    for (int x = 1; x < image.width; ++x)
        count += (TestImages::pixel(image, x, y).r > 127) != (TestImages::pixel(image, x - 1, y).r > 127) ? 1 : 0;
    return count;
}

double meanLevel(const RgbImage &image)
{
    double sum = 0;
    for (const char byte : image.pixels)
        sum += uchar(byte);
    return sum / image.pixels.size();
}

TrainingSample inMemory(const RgbImage &image, int label = 0, const QRect &crop = {})
{
    TrainingSample sample;
    sample.image = image;
    sample.label = label;
    sample.crop = crop;
    return sample;
}

PipelineOptions plainOptions(int inputSize)
{
    PipelineOptions options;
    options.inputSize = inputSize;
    options.evalCrop = 1.0;
    options.augmentation.randomResizedCrop = false;
    options.augmentation.horizontalFlip = false;
    options.augmentation.rotationDegrees = 0;
    options.augmentation.brightness = 0;
    options.augmentation.contrast = 0;
    options.augmentation.saturation = 0;
    options.augmentation.blurProbability = 0;
    options.cacheBytes = 64 << 20;
    return options;
}

QList<TrainingSample> posterSamples(int count)
{
    QList<TrainingSample> samples;
    for (int i = 0; i < count; ++i) {
        const QByteArray jpeg = TestImages::poster(90 + i % 7, 120, quint32(i + 1));
        samples.append(inMemory(ImageDecoder::decode(jpeg), i % 3));
    }
    return samples;
}

std::vector<int> identityOrder(int n)
{
    std::vector<int> order;
    for (int i = 0; i < n; ++i)
        order.push_back(i);
    return order;
}

QList<ImageBatch> allBatches(DataPipeline &pipeline, int epoch, const std::vector<int> &order, int batchSize, int firstBatch = 0)
{
    pipeline.start(epoch, order, batchSize, firstBatch);
    QList<ImageBatch> batches;
    ImageBatch batch;
    while (pipeline.next(batch))
        batches.append(batch);
    return batches;
}

} // namespace

class TestDataPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The museum border around a scan never reaches the network.
    void contentRectangleIsApplied()
    {
        RgbImage scan = solid(200, 140, {220, 0, 0});
        fill(scan, QRect(30, 20, 140, 100), {0, 200, 0});
        DataPipeline pipeline({inMemory(scan, 0, QRect(30, 20, 140, 100))}, plainOptions(32));
        const RgbImage base = pipeline.baseImage(0);
        QCOMPARE(std::min(base.width, base.height), 32);
        QCOMPARE(base.width, 45); // 140 x 100 content keeps its shape
        for (int y = 0; y < base.height; ++y)
            for (int x = 0; x < base.width; ++x)
                QVERIFY(TestImages::isNear(TestImages::pixel(base, x, y), {0, 200, 0}, 12));

        // Without the rectangle the border is there.
        DataPipeline whole({inMemory(scan)}, plainOptions(32));
        QVERIFY(TestImages::isNear(TestImages::pixel(whole.baseImage(0), 0, 0), {220, 0, 0}, 12));
    }

    /// Files are decoded at reduced resolution, cut to their rectangle (in original pixels) and
    /// resized to the base size.
    void filesAreDecodedSmallAndCut()
    {
        QTemporaryDir dir;
        const QString path = TestImages::writePoster(dir.filePath(QStringLiteral("big.jpg")), 1600, 1200, 5);
        TrainingSample sample;
        sample.filePath = path;
        sample.crop = QRect(400, 300, 800, 600);
        PipelineOptions options = plainOptions(48);
        options.evalCrop = 0.75;
        DataPipeline pipeline({sample}, options);
        QCOMPARE(DataPipeline::baseShortSide(options), 64);
        const RgbImage base = pipeline.baseImage(0);
        QCOMPARE(base.height, 64);
        QCOMPARE(base.width, 85);

        // The same region from a full decode, for comparison of content.
        const RgbImage full = ImageDecoder::decodeFile(path, {});
        RgbImage region = solid(800, 600, {0, 0, 0});
        for (int y = 0; y < 600; ++y)
            memcpy(region.pixels.data() + qsizetype(y) * 800 * 3, full.pixels.constData() + (qsizetype(y + 300) * 1600 + 400) * 3, 800 * 3);
        DataPipeline reference({inMemory(region)}, options);
        const RgbImage expected = reference.baseImage(0);
        double difference = 0;
        for (qsizetype i = 0; i < base.pixels.size(); ++i)
            difference += std::abs(int(uchar(base.pixels[i])) - int(uchar(expected.pixels[i])));
        QVERIFY2(difference / base.pixels.size() < 12, qPrintable(QString::number(difference / base.pixels.size())));
    }

    void validationImagesAreCentreCropped()
    {
        RgbImage image = solid(96, 64, {0, 0, 255});
        fill(image, QRect(0, 0, 16, 64), {255, 0, 0});  // cut away by the centre crop
        fill(image, QRect(80, 0, 16, 64), {255, 0, 0});
        PipelineOptions options = plainOptions(64);
        DataPipeline pipeline({inMemory(image)}, options);
        const RgbImage prepared = pipeline.preparedImage(0, 0, 0);
        QCOMPARE(prepared.width, 64);
        QCOMPARE(prepared.height, 64);
        QVERIFY(TestImages::isNear(TestImages::pixel(prepared, 0, 10), {0, 0, 255}, 2));
        QVERIFY(TestImages::isNear(TestImages::pixel(prepared, 63, 10), {0, 0, 255}, 2));
    }

    void augmentationOffIsTheCentreCrop()
    {
        PipelineOptions options = plainOptions(40);
        options.augment = true;
        options.evalCrop = 0.8;
        const QList<TrainingSample> samples = posterSamples(1);
        DataPipeline augmenting(samples, options);
        options.augment = false;
        DataPipeline plain(samples, options);
        const RgbImage a = augmenting.preparedImage(0, 3, 5);
        const RgbImage b = plain.preparedImage(0, 3, 5);
        double difference = 0;
        for (qsizetype i = 0; i < a.pixels.size(); ++i)
            difference += std::abs(int(uchar(a.pixels[i])) - int(uchar(b.pixels[i])));
        QVERIFY(difference / a.pixels.size() < 1.0);
    }

    void horizontalFlip()
    {
        PipelineOptions options = plainOptions(32);
        options.augment = true;
        options.augmentation.horizontalFlip = true;
        DataPipeline pipeline({inMemory(halves(32, 32))}, options);
        int flipped = 0;
        for (int position = 0; position < 40; ++position) {
            const RgbImage image = pipeline.preparedImage(0, 0, position);
            const bool mirrored = TestImages::isNear(TestImages::pixel(image, 2, 16), {255, 255, 0}, 10);
            QVERIFY(mirrored || TestImages::isNear(TestImages::pixel(image, 2, 16), {0, 0, 255}, 10));
            QCOMPARE(TestImages::isNear(TestImages::pixel(image, 29, 16), {0, 0, 255}, 10), mirrored);
            flipped += mirrored ? 1 : 0;
        }
        QVERIFY(flipped > 8 && flipped < 32);

        // Where mirroring changes the meaning, it is off.
        options.augmentation.horizontalFlip = false;
        DataPipeline never({inMemory(halves(32, 32))}, options);
        for (int position = 0; position < 20; ++position)
            QVERIFY(TestImages::isNear(TestImages::pixel(never.preparedImage(0, 0, position), 2, 16), {0, 0, 255}, 10));
    }

    void smallRotation()
    {
        PipelineOptions options = plainOptions(64);
        options.augment = true;
        options.augmentation.rotationDegrees = 10;
        RgbImage image = solid(64, 64, {255, 255, 255});
        fill(image, QRect(0, 30, 64, 4), {0, 0, 0}); // a horizontal bar through the centre
        DataPipeline pipeline({inMemory(image)}, options);
        bool tilted = false;
        for (int position = 0; position < 10; ++position) {
            const RgbImage rotated = pipeline.preparedImage(0, 0, position);
            // The centre stays on the bar; the ends move up or down by at most tan(10°) * 32 px.
            QVERIFY(TestImages::pixel(rotated, 32, 32).r < 100);
            int leftRow = -1;
            for (int y = 0; y < 64; ++y)
                if (TestImages::pixel(rotated, 4, y).r < 100)
                    leftRow = y;
            QVERIFY(leftRow >= 0);
            QVERIFY(std::abs(leftRow - 32) <= 7);
            tilted = tilted || std::abs(leftRow - 32) >= 2;
        }
        QVERIFY(tilted);
    }

    void randomResizedCropZooms()
    {
        PipelineOptions options = plainOptions(64);
        options.augment = true;
        options.augmentation.randomResizedCrop = true;
        options.augmentation.minScale = 0.25;
        options.augmentation.maxScale = 0.25;
        options.augmentation.minRatio = 1.0;
        options.augmentation.maxRatio = 1.0;
        DataPipeline pipeline({inMemory(stripes(64, 64, 8))}, options);
        QCOMPARE(transitionsInRow(pipeline.baseImage(0), 10), 15);
        for (int position = 0; position < 5; ++position) {
            // A quarter of the area is a half of the width: stripes twice as wide, half as many.
            const int transitions = transitionsInRow(pipeline.preparedImage(0, 1, position), 10);
            QVERIFY2(transitions >= 6 && transitions <= 9, qPrintable(QString::number(transitions)));
        }
    }

    void colourJitterAndBlur()
    {
        PipelineOptions options = plainOptions(32);
        options.augment = true;
        options.augmentation.brightness = 0.5;
        DataPipeline bright({inMemory(solid(32, 32, {100, 100, 100}))}, options);
        double lowest = 255;
        double highest = 0;
        for (int position = 0; position < 30; ++position) {
            const double level = meanLevel(bright.preparedImage(0, 0, position));
            QVERIFY(level >= 49 && level <= 151);
            lowest = std::min(lowest, level);
            highest = std::max(highest, level);
        }
        QVERIFY(highest - lowest > 40);

        options = plainOptions(32);
        options.augment = true;
        options.augmentation.saturation = 1.0; // factors 0..2: from gray to twice as saturated
        DataPipeline saturated({inMemory(solid(32, 32, {200, 100, 100}))}, options);
        bool grayer = false;
        for (int position = 0; position < 20; ++position) {
            const TestImages::Rgb p = TestImages::pixel(saturated.preparedImage(0, 0, position), 16, 16);
            grayer = grayer || p.r - p.g < 60;
        }
        QVERIFY(grayer);

        options = plainOptions(32);
        options.augment = true;
        options.augmentation.blurProbability = 1.0;
        options.augmentation.maxBlurSigma = 2.0;
        DataPipeline blurred({inMemory(stripes(32, 32, 4))}, options);
        const RgbImage soft = blurred.preparedImage(0, 0, 0);
        int midTones = 0;
        for (int x = 0; x < 32; ++x) {
            const int level = TestImages::pixel(soft, x, 16).r;
            midTones += level > 40 && level < 215 ? 1 : 0;
        }
        QVERIFY(midTones > 8);
    }

    void normalisation()
    {
        PipelineOptions options = plainOptions(8);
        options.mean = {0.5, 0.25, 0.0};
        options.std = {0.5, 0.25, 1.0};
        DataPipeline pipeline({inMemory(solid(8, 8, {255, 0, 51}), 2)}, options);
        pipeline.start(0, {0}, 4);
        ImageBatch batch;
        QVERIFY(pipeline.next(batch));
        QCOMPARE(batch.size, 1);
        QCOMPARE(batch.labels, std::vector<qint64>{2});
        QCOMPARE(int(batch.pixels.size()), 3 * 8 * 8);
        QCOMPARE(batch.pixels[0], 1.0f);               // red plane: (1 - 0.5) / 0.5
        QCOMPARE(batch.pixels[64], -1.0f);             // green plane: (0 - 0.25) / 0.25
        QVERIFY(std::abs(batch.pixels[128] - 0.2f) < 1e-6f); // blue plane: 51 / 255
        QVERIFY(!pipeline.next(batch));
    }

    void grayscale()
    {
        PipelineOptions options = plainOptions(16);
        options.channels = 1;
        options.mean = {0.0};
        options.std = {1.0};
        DataPipeline pipeline({inMemory(solid(16, 16, {255, 255, 255}))}, options);
        pipeline.start(0, {0, 0}, 2);
        ImageBatch batch;
        QVERIFY(pipeline.next(batch));
        QCOMPARE(int(batch.pixels.size()), 2 * 16 * 16);
        QCOMPARE(batch.pixels.front(), 1.0f);
    }

    /// Same seed, same batches: whatever the number of workers, and from any starting batch.
    void deterministicForASeed()
    {
        const QList<TrainingSample> samples = posterSamples(24);
        PipelineOptions options;
        options.inputSize = 32;
        options.augment = true;
        options.seed = 99;
        options.cacheBytes = 64 << 20;
        options.workers = 1;
        DataPipeline one(samples, options);
        options.workers = 3;
        options.prefetchBatches = 2;
        DataPipeline three(samples, options);
        const std::vector<int> order = identityOrder(24);
        const QList<ImageBatch> a = allBatches(one, 4, order, 5);
        const QList<ImageBatch> b = allBatches(three, 4, order, 5);
        QCOMPARE(a.size(), 5);
        QCOMPARE(a.last().size, 4);
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].index, i);
            QVERIFY(a[i].pixels == b[i].pixels);
            QVERIFY(a[i].labels == b[i].labels);
        }
        // A resumed epoch continues with exactly the batches the uninterrupted one had.
        const QList<ImageBatch> resumed = allBatches(three, 4, order, 5, 2);
        QCOMPARE(resumed.size(), 3);
        for (int i = 0; i < resumed.size(); ++i)
            QVERIFY(resumed[i].pixels == a[i + 2].pixels);
        // Another epoch draws other augmentations.
        const QList<ImageBatch> other = allBatches(one, 5, order, 5);
        QVERIFY(other[0].pixels != a[0].pixels);
        // Another seed too.
        options.seed = 100;
        DataPipeline reseeded(samples, options);
        QVERIFY(allBatches(reseeded, 4, order, 5)[0].pixels != a[0].pixels);
    }

    void cacheSkipsDecoding()
    {
        const QList<TrainingSample> samples = posterSamples(10);
        PipelineOptions options = plainOptions(24);
        options.workers = 2;
        DataPipeline cached(samples, options);
        allBatches(cached, 0, identityOrder(10), 4);
        allBatches(cached, 1, identityOrder(10), 4);
        QCOMPARE(cached.stats().decoded, 10);
        QCOMPARE(cached.stats().cachedImages, 10);
        QCOMPARE(cached.stats().cacheHits, 10);

        options.cacheBytes = 0; // no memory for it: decoded every time
        DataPipeline uncached(samples, options);
        allBatches(uncached, 0, identityOrder(10), 4);
        allBatches(uncached, 1, identityOrder(10), 4);
        QCOMPARE(uncached.stats().decoded, 20);
        QCOMPARE(uncached.stats().cachedImages, 0);
    }

    void unreadableFileStopsWithItsName()
    {
        QTemporaryDir dir;
        TrainingSample missing;
        missing.filePath = dir.filePath(QStringLiteral("gone.jpg"));
        QList<TrainingSample> samples = posterSamples(3);
        samples.append(missing);
        DataPipeline pipeline(samples, plainOptions(16));
        pipeline.start(0, identityOrder(4), 2);
        ImageBatch batch;
        bool threw = false;
        try {
            while (pipeline.next(batch)) {
            }
        } catch (const Error &error) {
            threw = true;
            QVERIFY(error.message().contains(QLatin1String("gone.jpg")));
            QCOMPARE(error.kind(), ErrorKind::BadInput);
        }
        QVERIFY(threw);
    }

    void shuffleIsAPermutationPerEpoch()
    {
        const QList<int> labels{0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
        const EpochSampler sampler(labels, 3, ClassBalance::None, 5);
        const std::vector<int> first = sampler.order(0);
        QCOMPARE(int(first.size()), 10);
        QCOMPARE(QSet<int>(first.begin(), first.end()).size(), 10);
        QVERIFY(first == EpochSampler(labels, 3, ClassBalance::None, 5).order(0));
        QVERIFY(first != sampler.order(1));
        QVERIFY(first != EpochSampler(labels, 3, ClassBalance::None, 6).order(0));
    }

    void balancedSampling()
    {
        QList<int> labels;
        for (int i = 0; i < 900; ++i)
            labels << 0;
        for (int i = 0; i < 100; ++i)
            labels << 1;
        const EpochSampler sampler(labels, 2, ClassBalance::Sampler, 3);
        int rare = 0;
        for (int epoch = 0; epoch < 4; ++epoch) {
            const std::vector<int> order = sampler.order(epoch);
            QCOMPARE(int(order.size()), 1000);
            for (const int index : order)
                rare += labels[index] == 1 ? 1 : 0;
        }
        QVERIFY2(std::abs(rare / 4000.0 - 0.5) < 0.04, qPrintable(QString::number(rare)));
    }

    void classWeights()
    {
        const QList<int> labels{0, 0, 0, 1};
        const std::vector<double> weights = EpochSampler(labels, 3, ClassBalance::ClassWeights, 1).classWeights();
        QCOMPARE(int(weights.size()), 3);
        QCOMPARE(weights[0], 4.0 / (2 * 3));
        QCOMPARE(weights[1], 4.0 / (2 * 1));
        QCOMPARE(weights[2], 0.0);
        for (const double weight : EpochSampler(labels, 3, ClassBalance::None, 1).classWeights())
            QCOMPARE(weight, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestDataPipeline)
#include "tst_datapipeline.moc"
