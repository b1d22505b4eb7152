#pragma once

// Private to the core: the loop that curation tasks share. Images are decoded at a reduced size
// and analysed on worker threads; results are written from the calling thread, one transaction
// per batch, so that a cancel keeps every finished batch and readers see progress.

#include "curationtypes.h"
#include "error.h"
#include "imagedecoder.h"
#include "parallelfor.h"
#include "progress.h"
#include "projectstore.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

namespace Atelier {

struct ImageBatchOutcome
{
    int done = 0;
    QList<CurationProblem> problems;
    bool canceled = false;
};

/// Runs `compute` over images decoded as `Image`: RgbImage, or GrayImage for analyses of gray
/// levels alone, which decode faster.
template<typename Result, typename Image = RgbImage>
class ImageBatchRunner
{
public:
    static constexpr int BatchSize = 256;

    /// Computes a result from an image's record and its decoded pixels; runs on worker threads
    /// and may throw Error for an unusable image.
    using Compute = std::function<Result(const ImageRecord &record, const Image &image)>;
    /// Stores one result; runs on the calling thread, inside the batch's transaction.
    using Save = std::function<void(const ImageRecord &record, const Result &result)>;

    ImageBatchRunner(ImageDecoder::Options decoding, int threads) : m_decoding(decoding), m_threads(threads) {}

    ImageBatchOutcome run(ProjectStore &store, const QList<qint64> &imageIds, const Compute &compute, const Save &save,
                          const QString &phase, ProgressObserver *observer) const
    {
        ImageBatchOutcome outcome;
        const QSet<qint64> wanted(imageIds.cbegin(), imageIds.cend());
        QHash<qint64, ImageRecord> records;
        for (const ImageRecord &record : store.images())
            if (wanted.contains(record.id))
                records.insert(record.id, record);
        const qint64 total = imageIds.size();
        if (observer)
            observer->phase(phase, total);
        for (qint64 start = 0; start < total; start += BatchSize) {
            const qint64 end = std::min<qint64>(start + BatchSize, total);
            std::vector<ImageRecord> batch; // an id no longer in the project reads as id 0
            for (qint64 i = start; i < end; ++i)
                batch.push_back(records.value(imageIds[i]));
            std::vector<std::optional<Result>> results(batch.size());
            std::vector<QString> reasons(batch.size());
            const bool completed = parallelFor(
                qint64(batch.size()), m_threads,
                [&](qint64 k) {
                    const ImageRecord &record = batch[size_t(k)];
                    try {
                        if (record.id == 0)
                            throw Error::badInput(QStringLiteral("no longer in the project"));
                        const Image image = decodeFile(store.absolutePath(record.path));
                        results[size_t(k)] = compute(record, image);
                    } catch (const Error &error) {
                        reasons[size_t(k)] = error.message();
                    } catch (const std::bad_alloc &) {
                        reasons[size_t(k)] = QStringLiteral("not enough memory to decode this image");
                    } catch (const std::exception &error) {
                        reasons[size_t(k)] = QString::fromLocal8Bit(error.what());
                    }
                },
                observer, start, total);
            if (!completed) {
                outcome.canceled = true;
                break;
            }
            ProjectStore::Transaction transaction(store);
            for (size_t k = 0; k < batch.size(); ++k) {
                if (results[k]) {
                    save(batch[k], *results[k]);
                    ++outcome.done;
                } else {
                    outcome.problems.append({batch[k].id, store.absolutePath(batch[k].path), reasons[k]});
                }
            }
            transaction.commit();
        }
        return outcome;
    }

private:
    Image decodeFile(const QString &path) const
    {
        if constexpr (std::is_same_v<Image, GrayImage>)
            return ImageDecoder::decodeGrayFile(path, m_decoding);
        else
            return ImageDecoder::decodeFile(path, m_decoding);
    }

    ImageDecoder::Options m_decoding;
    int m_threads;
};

} // namespace Atelier
