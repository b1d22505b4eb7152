#include "datapipeline.h"

#include "error.h"
#include "seededrandom.h"

#include <QElapsedTimer>
#include <QFile>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace Atelier {

namespace {

// Keeps augmentation draws apart from the sampler's streams.
constexpr quint64 AugmentStream = 0x4155474dULL; // "AUGM"
constexpr double Pi = 3.14159265358979323846;

cv::Mat toMat(const RgbImage &image)
{
    cv::Mat wrapped(image.height, image.width, CV_8UC3, const_cast<char *>(image.pixels.constData()));
    return wrapped.clone();
}

RgbImage toRgbImage(const cv::Mat &mat)
{
    cv::Mat rgb;
    if (mat.channels() == 1)
        cv::cvtColor(mat, rgb, cv::COLOR_GRAY2RGB);
    else
        rgb = mat.isContinuous() ? mat : mat.clone();
    RgbImage image;
    image.width = rgb.cols;
    image.height = rgb.rows;
    image.pixels = QByteArray(reinterpret_cast<const char *>(rgb.data), qsizetype(rgb.total() * 3));
    return image;
}

/// The crop rectangle within an image of the given size; the whole image when null or outside.
QRect effectiveCrop(const QRect &crop, int width, int height)
{
    const QRect whole(0, 0, width, height);
    const QRect inside = crop.isValid() ? crop.intersected(whole) : QRect();
    return inside.width() >= 2 && inside.height() >= 2 ? inside : whole;
}

/// Decodes a sample and brings its content to the base size: short side `shortSide`.
cv::Mat loadBase(const TrainingSample &sample, int shortSide, int channels)
{
    cv::Mat image;
    QRect crop;
    if (!sample.image.isNull()) {
        image = toMat(sample.image);
        crop = effectiveCrop(sample.crop, image.cols, image.rows);
    } else {
        QFile file(sample.filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw Error::badInput(QStringLiteral("%1: cannot read the file (%2)").arg(sample.filePath, file.errorString()));
        const QByteArray bytes = file.readAll();
        try {
            // Decode no larger than needed: the content's short side must still cover shortSide.
            const ImageHeader header = ImageDecoder::readHeader(bytes);
            const QRect content = effectiveCrop(sample.crop, header.width, header.height);
            const int contentShort = std::min(content.width(), content.height());
            ImageDecoder::Options options;
            if (contentShort > shortSide)
                options.maxSide = int(std::ceil(double(std::max(header.width, header.height)) * shortSide / contentShort));
            const RgbImage decoded = ImageDecoder::decode(bytes, options);
            image = toMat(decoded);
            // The rectangle is in original pixels: scale it to what was decoded.
            const double sx = double(decoded.width) / header.width;
            const double sy = double(decoded.height) / header.height;
            const int left = int(std::lround(content.x() * sx));
            const int top = int(std::lround(content.y() * sy));
            crop = effectiveCrop(QRect(left, top, int(std::lround((content.x() + content.width()) * sx)) - left,
                                       int(std::lround((content.y() + content.height()) * sy)) - top),
                                 image.cols, image.rows);
        } catch (const Error &error) {
            throw Error::badInput(QStringLiteral("%1: %2").arg(sample.filePath, error.message()));
        }
    }
    cv::Mat content = image(cv::Rect(crop.x(), crop.y(), crop.width(), crop.height()));
    const double scale = double(shortSide) / std::min(content.cols, content.rows);
    const cv::Size size(std::max(1, int(std::lround(content.cols * scale))), std::max(1, int(std::lround(content.rows * scale))));
    cv::Mat base;
    if (size == content.size())
        base = content.clone();
    else
        cv::resize(content, base, size, 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    if (channels == 1)
        cv::cvtColor(base, base, cv::COLOR_RGB2GRAY);
    return base;
}

/// The centred square that validation and test images use.
cv::Mat centreCrop(const cv::Mat &base, int inputSize)
{
    const int x = std::max(0, (base.cols - inputSize) / 2);
    const int y = std::max(0, (base.rows - inputSize) / 2);
    cv::Mat square = base(cv::Rect(x, y, std::min(inputSize, base.cols), std::min(inputSize, base.rows)));
    if (square.cols == inputSize && square.rows == inputSize)
        return square.clone();
    cv::Mat resized;
    cv::resize(square, resized, cv::Size(inputSize, inputSize), 0, 0, cv::INTER_LINEAR);
    return resized;
}

/// torchvision's RandomResizedCrop.get_params: a region of random area and aspect ratio,
/// falling back to the centre after ten misses.
cv::Rect2d randomResizedCropRegion(int width, int height, const AugmentationConfig &config, SeededRandom &random)
{
    const double area = double(width) * height;
    const double logMin = std::log(config.minRatio);
    const double logMax = std::log(config.maxRatio);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double targetArea = area * random.uniform(config.minScale, config.maxScale);
        const double ratio = std::exp(random.uniform(logMin, logMax));
        const int w = int(std::lround(std::sqrt(targetArea * ratio)));
        const int h = int(std::lround(std::sqrt(targetArea / ratio)));
        if (w > 0 && h > 0 && w <= width && h <= height) {
            const int x = int(random.below(quint64(width - w) + 1));
            const int y = int(random.below(quint64(height - h) + 1));
            return {double(x), double(y), double(w), double(h)};
        }
    }
    const double inRatio = double(width) / height;
    double w = width;
    double h = height;
    if (inRatio < config.minRatio)
        h = std::round(w / config.minRatio);
    else if (inRatio > config.maxRatio)
        w = std::round(h * config.maxRatio);
    return {(width - w) / 2, (height - h) / 2, w, h};
}

/// Random resized crop, flip and rotation as one affine warp from the base image to the input.
cv::Mat warpedCrop(const cv::Mat &base, int inputSize, double evalCrop, const AugmentationConfig &config, SeededRandom &random)
{
    cv::Rect2d region;
    if (config.randomResizedCrop) {
        region = randomResizedCropRegion(base.cols, base.rows, config, random);
    } else {
        // The validation crop, on whole pixels as centreCrop() takes it.
        const double side = std::min(base.cols, base.rows) * evalCrop;
        region = {std::floor((base.cols - side) / 2), std::floor((base.rows - side) / 2), side, side};
    }
    const double flip = config.horizontalFlip && random.chance(0.5) ? -1.0 : 1.0;
    const double degrees = config.rotationDegrees > 0 ? random.uniform(-config.rotationDegrees, config.rotationDegrees) : 0.0;
    const double angle = degrees * Pi / 180.0;
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    const double sx = region.width / inputSize;
    const double sy = region.height / inputSize;
    // Output pixel (u, v) -> offset from the region's centre (a, b), turned by the angle, then
    // moved to the region's centre. Pixel centres sit at +0.5, as in cv::resize.
    const double a0 = flip * (0.5 * sx - region.width / 2);
    const double b0 = 0.5 * sy - region.height / 2;
    const double cx = region.x + region.width / 2 - 0.5;
    const double cy = region.y + region.height / 2 - 0.5;
    const cv::Matx23d toSource(c * flip * sx, -s * sy, cx + c * a0 - s * b0,
                               s * flip * sx, c * sy, cy + s * a0 + c * b0);
    cv::Mat output;
    cv::warpAffine(base, output, toSource, cv::Size(inputSize, inputSize), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                   cv::BORDER_REFLECT_101);
    return output;
}

/// Brightness, contrast and saturation factors in [1 - j, 1 + j], as torchvision's ColorJitter
/// (fixed order), then an occasional Gaussian blur.
void jitterAndBlur(cv::Mat &image, const AugmentationConfig &config, SeededRandom &random)
{
    const auto factor = [&](double jitter) { return jitter > 0 ? random.uniform(std::max(0.0, 1 - jitter), 1 + jitter) : 1.0; };
    const double brightness = factor(config.brightness);
    const double contrast = factor(config.contrast);
    const double saturation = factor(config.saturation);
    if (brightness != 1.0)
        image.convertTo(image, -1, brightness, 0);
    if (contrast != 1.0) {
        cv::Mat gray;
        if (image.channels() == 3)
            cv::cvtColor(image, gray, cv::COLOR_RGB2GRAY);
        else
            gray = image;
        const double mean = cv::mean(gray)[0];
        image.convertTo(image, -1, contrast, (1 - contrast) * mean);
    }
    if (saturation != 1.0 && image.channels() == 3) {
        cv::Mat gray;
        cv::Mat grayRgb;
        cv::cvtColor(image, gray, cv::COLOR_RGB2GRAY);
        cv::cvtColor(gray, grayRgb, cv::COLOR_GRAY2RGB);
        cv::addWeighted(image, saturation, grayRgb, 1 - saturation, 0, image);
    }
    if (config.blurProbability > 0 && random.chance(config.blurProbability)) {
        const double sigma = random.uniform(0.1, std::max(0.1, config.maxBlurSigma));
        const int kernel = 2 * int(std::ceil(3 * sigma)) + 1;
        cv::GaussianBlur(image, image, cv::Size(kernel, kernel), sigma, sigma, cv::BORDER_REFLECT_101);
    }
}

} // namespace

class DataPipeline::Private
{
public:
    Private(const QList<TrainingSample> &samples, const PipelineOptions &options)
        : samples(samples)
        , options(options)
        , shortSide(baseShortSide(options))
        , cache(size_t(samples.size()))
    {
        const int channels = options.channels;
        for (int c = 0; c < channels; ++c) {
            const double mean = options.mean.value(c, options.mean.value(0, 0.0));
            const double std = options.std.value(c, options.std.value(0, 1.0));
            for (int v = 0; v < 256; ++v)
                lookup[size_t(c)][size_t(v)] = float((v / 255.0 - mean) / std);
        }
        for (int w = 0; w < std::max(1, options.workers); ++w)
            threads.emplace_back([this] { work(); });
    }

    ~Private()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            quitting = true;
        }
        workAvailable.notify_all();
        for (std::thread &thread : threads)
            thread.join();
    }

    std::shared_ptr<const cv::Mat> base(int index)
    {
        {
            std::lock_guard<std::mutex> lock(cacheMutex);
            if (cache[size_t(index)]) {
                ++stats.cacheHits;
                return cache[size_t(index)];
            }
        }
        auto loaded = std::make_shared<const cv::Mat>(loadBase(samples[index], shortSide, options.channels));
        const qint64 bytes = qint64(loaded->total() * loaded->elemSize());
        std::lock_guard<std::mutex> lock(cacheMutex);
        ++stats.decoded;
        if (!cache[size_t(index)] && stats.cachedBytes + bytes <= options.cacheBytes) {
            cache[size_t(index)] = loaded;
            stats.cachedBytes += bytes;
            ++stats.cachedImages;
        }
        return loaded;
    }

    cv::Mat prepare(int index, int epoch, int position)
    {
        const std::shared_ptr<const cv::Mat> baseImage = base(index);
        if (!options.augment || !options.augmentation.enabled)
            return centreCrop(*baseImage, options.inputSize);
        SeededRandom random(options.seed, AugmentStream ^ (quint64(epoch) << 32), quint64(position));
        cv::Mat image = warpedCrop(*baseImage, options.inputSize, options.evalCrop, options.augmentation, random);
        jitterAndBlur(image, options.augmentation, random);
        return image;
    }

    /// Planar, normalised floats: what the network reads.
    void normalizeInto(const cv::Mat &image, float *out) const
    {
        const int channels = image.channels();
        const int area = image.rows * image.cols;
        for (int y = 0; y < image.rows; ++y) {
            const uchar *row = image.ptr<uchar>(y);
            for (int x = 0; x < image.cols; ++x)
                for (int c = 0; c < channels; ++c)
                    out[c * area + y * image.cols + x] = lookup[size_t(c)][row[x * channels + c]];
        }
    }

    ImageBatch build(int epoch, int batchIndex, const std::vector<int> &order, int batchSize)
    {
        const int first = batchIndex * batchSize;
        const int count = std::min(batchSize, int(order.size()) - first);
        const int plane = options.channels * options.inputSize * options.inputSize;
        ImageBatch batch;
        batch.epoch = epoch;
        batch.index = batchIndex;
        batch.size = count;
        batch.pixels.resize(size_t(count) * size_t(plane));
        batch.labels.resize(size_t(count));
        for (int i = 0; i < count; ++i) {
            const int position = first + i;
            const int index = order[size_t(position)];
            normalizeInto(prepare(index, epoch, position), batch.pixels.data() + size_t(i) * size_t(plane));
            batch.labels[size_t(i)] = samples[index].label;
        }
        return batch;
    }

    void work()
    {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            workAvailable.wait(lock, [this] {
                return quitting || (nextToClaim < batches && nextToClaim < nextToDeliver + std::max(1, options.prefetchBatches));
            });
            if (quitting)
                return;
            const int batchIndex = nextToClaim++;
            const quint64 myGeneration = generation;
            const auto order = currentOrder; // shared, immutable for the epoch
            const int epoch = currentEpoch;
            const int size = batchSize;
            lock.unlock();
            ImageBatch batch;
            QString failure;
            try {
                batch = build(epoch, batchIndex, *order, size);
            } catch (const Error &error) {
                failure = error.message();
            } catch (const std::exception &error) {
                failure = QString::fromLocal8Bit(error.what());
            }
            lock.lock();
            if (myGeneration != generation)
                continue; // the epoch was abandoned meanwhile
            if (failure.isEmpty())
                ready.emplace(batchIndex, std::move(batch));
            else if (error.isEmpty())
                error = failure;
            batchReady.notify_all();
        }
    }

    const QList<TrainingSample> samples;
    const PipelineOptions options;
    const int shortSide;
    std::array<std::array<float, 256>, 3> lookup{};

    std::mutex cacheMutex;
    std::vector<std::shared_ptr<const cv::Mat>> cache;
    Stats stats;

    std::mutex mutex;
    std::condition_variable workAvailable;
    std::condition_variable batchReady;
    std::vector<std::thread> threads;
    bool quitting = false;
    quint64 generation = 0;
    std::shared_ptr<const std::vector<int>> currentOrder = std::make_shared<std::vector<int>>();
    int currentEpoch = 0;
    int batchSize = 1;
    int batches = 0;
    int nextToClaim = 0;
    int nextToDeliver = 0;
    std::map<int, ImageBatch> ready;
    QString error;
};

DataPipeline::DataPipeline(const QList<TrainingSample> &samples, const PipelineOptions &options)
    : d(std::make_unique<Private>(samples, options))
{}

DataPipeline::~DataPipeline() = default;

int DataPipeline::baseShortSide(const PipelineOptions &options)
{
    const double crop = std::clamp(options.evalCrop, 0.1, 1.0);
    return int(std::ceil(options.inputSize / crop - 1e-6));
}

void DataPipeline::start(int epoch, std::vector<int> order, int batchSize, int firstBatch)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        ++d->generation;
        d->currentEpoch = epoch;
        d->batchSize = std::max(1, batchSize);
        d->batches = batchCount(int(order.size()), d->batchSize);
        d->currentOrder = std::make_shared<const std::vector<int>>(std::move(order));
        d->nextToClaim = std::clamp(firstBatch, 0, d->batches);
        d->nextToDeliver = d->nextToClaim;
        d->ready.clear();
        d->error.clear();
    }
    d->workAvailable.notify_all();
}

bool DataPipeline::next(ImageBatch &batch)
{
    QElapsedTimer waited;
    waited.start();
    std::unique_lock<std::mutex> lock(d->mutex);
    if (d->nextToDeliver >= d->batches)
        return false;
    d->batchReady.wait(lock, [this] { return !d->error.isEmpty() || d->ready.count(d->nextToDeliver) > 0; });
    if (!d->error.isEmpty())
        throw Error::badInput(d->error);
    auto found = d->ready.find(d->nextToDeliver);
    batch = std::move(found->second);
    d->ready.erase(found);
    ++d->nextToDeliver;
    d->stats.waitSeconds += waited.nsecsElapsed() / 1e9;
    lock.unlock();
    d->workAvailable.notify_all();
    return true;
}

void DataPipeline::stop()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    ++d->generation;
    d->batches = 0;
    d->nextToClaim = 0;
    d->nextToDeliver = 0;
    d->ready.clear();
}

int DataPipeline::sampleCount() const
{
    return int(d->samples.size());
}

int DataPipeline::workerCount() const
{
    return int(d->threads.size());
}

DataPipeline::Stats DataPipeline::stats() const
{
    std::scoped_lock lock(d->mutex, d->cacheMutex);
    return d->stats;
}

RgbImage DataPipeline::baseImage(int sampleIndex)
{
    return toRgbImage(*d->base(sampleIndex));
}

RgbImage DataPipeline::preparedImage(int sampleIndex, int epoch, int position)
{
    return toRgbImage(d->prepare(sampleIndex, epoch, position));
}

} // namespace Atelier
