#include "neighbourindex.h"

#include "error.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {

constexpr quint32 Magic = 0x4154454d; // "ATEM"
constexpr quint32 FormatVersion = 1;

/// Eight independent sums, so that the compiler can keep them in one vector register without
/// reordering a single sum (which it may not do for floats).
float dot(const float *a, const float *b, int count)
{
    float sums[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int i = 0;
    for (; i + 8 <= count; i += 8)
        for (int lane = 0; lane < 8; ++lane)
            sums[lane] += a[i + lane] * b[i + lane];
    float total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]));
    for (; i < count; ++i)
        total += a[i] * b[i];
    return total;
}

} // namespace

NeighbourIndex::NeighbourIndex(int dimension)
    : m_dimension(std::max(0, dimension))
{}

void NeighbourIndex::reserve(int count)
{
    m_ids.reserve(size_t(count));
    m_vectors.reserve(size_t(count) * size_t(m_dimension));
}

void NeighbourIndex::add(qint64 imageId, const float *vector)
{
    double squares = 0;
    for (int i = 0; i < m_dimension; ++i)
        squares += double(vector[i]) * vector[i];
    const float scale = squares > 0 ? float(1.0 / std::sqrt(squares)) : 0.0f;
    m_ids.push_back(imageId);
    for (int i = 0; i < m_dimension; ++i)
        m_vectors.push_back(vector[i] * scale);
}

bool NeighbourIndex::contains(qint64 imageId) const
{
    return std::find(m_ids.begin(), m_ids.end(), imageId) != m_ids.end();
}

QList<Neighbour> NeighbourIndex::nearest(const float *query, int count, qint64 excludeId) const
{
    if (count <= 0 || m_ids.empty())
        return {};
    double squares = 0;
    for (int i = 0; i < m_dimension; ++i)
        squares += double(query[i]) * query[i];
    if (squares <= 0)
        return {};
    const float scale = float(1.0 / std::sqrt(squares));

    std::vector<Neighbour> scored;
    scored.reserve(m_ids.size());
    for (size_t row = 0; row < m_ids.size(); ++row) {
        if (excludeId != 0 && m_ids[row] == excludeId)
            continue;
        const float *vector = m_vectors.data() + row * size_t(m_dimension);
        scored.push_back({m_ids[row], dot(vector, query, m_dimension) * scale});
    }
    const size_t kept = std::min(scored.size(), size_t(count));
    std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(kept), scored.end(), [](const Neighbour &a, const Neighbour &b) {
        return a.similarity > b.similarity || (a.similarity == b.similarity && a.imageId < b.imageId);
    });
    return QList<Neighbour>(scored.begin(), scored.begin() + std::ptrdiff_t(kept));
}

QList<Neighbour> NeighbourIndex::nearestTo(qint64 imageId, int count) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), imageId);
    if (found == m_ids.end())
        return {};
    const size_t row = size_t(found - m_ids.begin());
    const std::vector<float> query(m_vectors.begin() + std::ptrdiff_t(row * size_t(m_dimension)),
                                   m_vectors.begin() + std::ptrdiff_t((row + 1) * size_t(m_dimension)));
    return nearest(query.data(), count, imageId);
}

void NeighbourIndex::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << Magic << FormatVersion << quint64(m_ids.size()) << quint32(m_dimension);
    for (const qint64 id : m_ids)
        out << id;
    out.writeRawData(reinterpret_cast<const char *>(m_vectors.data()), int(m_vectors.size() * sizeof(float)));
    if (out.status() != QDataStream::Ok || !file.commit())
        throw Error::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

NeighbourIndex NeighbourIndex::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::badInput(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 version = 0;
    quint64 count = 0;
    quint32 dimension = 0;
    in >> magic >> version >> count >> dimension;
    if (in.status() != QDataStream::Ok || magic != Magic)
        throw Error::badInput(QStringLiteral("%1 is not an embeddings file").arg(path));
    if (version != FormatVersion)
        throw Error::badInput(QStringLiteral("%1 was written by another version of Atelier").arg(path));
    const qint64 expected = 20 + qint64(count) * 8 + qint64(count) * dimension * 4;
    if (dimension > 65536 || file.size() != expected)
        throw Error::badInput(QStringLiteral("%1 is damaged").arg(path));
    NeighbourIndex index{int(dimension)};
    index.m_ids.resize(size_t(count));
    for (qint64 &id : index.m_ids)
        in >> id;
    index.m_vectors.resize(size_t(count) * dimension);
    const int bytes = int(index.m_vectors.size() * sizeof(float));
    if (in.readRawData(reinterpret_cast<char *>(index.m_vectors.data()), bytes) != bytes || in.status() != QDataStream::Ok)
        throw Error::badInput(QStringLiteral("%1 is damaged").arg(path));
    return index;
}

} // namespace Atelier
