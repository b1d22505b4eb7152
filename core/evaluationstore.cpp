#include "evaluationstore.h"

#include "error.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace Atelier {

namespace {

// As in RunStore: REAL columns take numbers as text, NULL stands for a figure not measured.
void bindNumber(SqliteStatement &statement, int index, double value)
{
    if (std::isfinite(value))
        statement.bind(index, QString::number(value, 'g', 17));
    else
        statement.bindNull(index);
}

double numberAt(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? std::nan("") : row.text(column).toDouble();
}

/// Probabilities as little-endian float32, the way they are computed.
QByteArray encodeRow(const float *row, int count)
{
    QByteArray bytes(qsizetype(count) * 4, Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        quint32 bits = 0;
        std::memcpy(&bits, &row[i], 4);
        qToLittleEndian(bits, bytes.data() + qsizetype(i) * 4);
    }
    return bytes;
}

void decodeRowInto(const QByteArray &bytes, std::vector<float> &values)
{
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.constData() + i);
        float value = 0;
        std::memcpy(&value, &bits, 4);
        values.push_back(value);
    }
}

StoredEvaluation readEvaluation(const SqliteStatement &row)
{
    StoredEvaluation stored;
    stored.source = static_cast<EvaluationSource>(row.int64(0));
    const QJsonDocument json = QJsonDocument::fromJson(row.text(1).toUtf8());
    stored.metrics = ClassificationMetrics::fromJson(json.object());
    stored.createdMs = row.int64(2);
    return stored;
}

} // namespace

QString evaluationSourceName(EvaluationSource source)
{
    switch (source) {
    case EvaluationSource::Validation:
        return QStringLiteral("validation");
    case EvaluationSource::Test:
        return QStringLiteral("test");
    case EvaluationSource::CrossValidation:
        return QStringLiteral("cross-validation");
    }
    return QStringLiteral("unknown");
}

bool evaluationSourceFromName(const QString &name, EvaluationSource *source)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("validation") || key == QLatin1String("val"))
        *source = EvaluationSource::Validation;
    else if (key == QLatin1String("test"))
        *source = EvaluationSource::Test;
    else if (key == QLatin1String("cross-validation") || key == QLatin1String("cv") || key == QLatin1String("crossvalidation"))
        *source = EvaluationSource::CrossValidation;
    else
        return false;
    return true;
}

EvaluationStore::EvaluationStore(ProjectStore &store)
    : m_store(store)
{}

void EvaluationStore::save(qint64 runId, EvaluationSource source, const ClassificationMetrics &metrics, const PredictionSet &predictions)
{
    if (predictions.labels.size() != predictions.size() || predictions.probabilities.rowCount() != predictions.size())
        throw Error::badInput(QStringLiteral("Predictions of %1 images come with %2 labels and %3 rows")
                                  .arg(predictions.size())
                                  .arg(predictions.labels.size())
                                  .arg(predictions.probabilities.rowCount()));
    ProjectStore::Transaction transaction(m_store);
    SqliteDatabase &db = m_store.database();
    SqliteStatement removePredictions(db, "DELETE FROM run_predictions WHERE run_id = ? AND source = ?");
    removePredictions.bind(1, runId).bind(2, int(source)).exec();

    SqliteStatement upsert(db, "INSERT OR REPLACE INTO run_evaluations(run_id, source, images, accuracy, balanced_accuracy, macro_f1, "
                               "top3_accuracy, log_loss, metrics, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, runId).bind(2, int(source)).bind(3, metrics.imageCount);
    bindNumber(upsert, 4, metrics.accuracy);
    bindNumber(upsert, 5, metrics.balancedAccuracy);
    bindNumber(upsert, 6, metrics.macroF1);
    bindNumber(upsert, 7, metrics.top3Accuracy);
    bindNumber(upsert, 8, metrics.logLoss);
    upsert.bind(9, QString::fromUtf8(QJsonDocument(metrics.toJson()).toJson(QJsonDocument::Compact)))
        .bind(10, QDateTime::currentMSecsSinceEpoch())
        .exec();

    SqliteStatement insert(db, "INSERT INTO run_predictions(run_id, source, image_id, label, probabilities) VALUES (?, ?, ?, ?, ?)");
    for (int i = 0; i < predictions.size(); ++i) {
        insert.reset();
        insert.bind(1, runId)
            .bind(2, int(source))
            .bind(3, predictions.imageIds[i])
            .bind(4, predictions.labels[i])
            .bindBlob(5, encodeRow(predictions.probabilities.row(i), predictions.probabilities.classCount))
            .exec();
    }
    transaction.commit();
}

std::optional<StoredEvaluation> EvaluationStore::evaluation(qint64 runId, EvaluationSource source) const
{
    SqliteStatement query(m_store.database(), "SELECT source, metrics, created_ms FROM run_evaluations WHERE run_id = ? AND source = ?");
    query.bind(1, runId).bind(2, int(source));
    if (!query.step())
        return std::nullopt;
    return readEvaluation(query);
}

QList<StoredEvaluation> EvaluationStore::evaluations(qint64 runId) const
{
    SqliteStatement query(m_store.database(), "SELECT source, metrics, created_ms FROM run_evaluations WHERE run_id = ? ORDER BY source");
    query.bind(1, runId);
    QList<StoredEvaluation> result;
    while (query.step())
        result.append(readEvaluation(query));
    return result;
}

PredictionSet EvaluationStore::predictions(qint64 runId, EvaluationSource source) const
{
    SqliteStatement query(m_store.database(),
                          "SELECT image_id, label, probabilities FROM run_predictions WHERE run_id = ? AND source = ? ORDER BY image_id");
    query.bind(1, runId).bind(2, int(source));
    PredictionSet set;
    while (query.step()) {
        const QByteArray blob = query.blob(2);
        const int classes = int(blob.size() / 4);
        if (set.imageIds.isEmpty())
            set.probabilities.classCount = classes;
        else if (classes != set.probabilities.classCount)
            throw Error::badInput(QStringLiteral("The stored predictions of run %1 are damaged").arg(runId));
        set.imageIds.append(query.int64(0));
        set.labels.append(int(query.int64(1)));
        decodeRowInto(blob, set.probabilities.values);
    }
    return set;
}

void EvaluationStore::saveCalibration(qint64 runId, const Calibration &calibration)
{
    SqliteStatement upsert(m_store.database(), "INSERT OR REPLACE INTO run_calibrations(run_id, temperature, unsure_threshold, images, "
                                               "nll_before, nll_after, ece_before, ece_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, runId);
    bindNumber(upsert, 2, calibration.temperature);
    bindNumber(upsert, 3, calibration.unsureThreshold);
    upsert.bind(4, calibration.images);
    bindNumber(upsert, 5, calibration.nllBefore);
    bindNumber(upsert, 6, calibration.nllAfter);
    bindNumber(upsert, 7, calibration.eceBefore);
    bindNumber(upsert, 8, calibration.eceAfter);
    upsert.exec();
}

std::optional<Calibration> EvaluationStore::calibration(qint64 runId) const
{
    SqliteStatement query(m_store.database(), "SELECT temperature, unsure_threshold, images, nll_before, nll_after, ece_before, ece_after "
                                              "FROM run_calibrations WHERE run_id = ?");
    query.bind(1, runId);
    if (!query.step())
        return std::nullopt;
    Calibration calibration;
    calibration.temperature = numberAt(query, 0);
    calibration.unsureThreshold = numberAt(query, 1);
    calibration.images = int(query.int64(2));
    calibration.nllBefore = numberAt(query, 3);
    calibration.nllAfter = numberAt(query, 4);
    calibration.eceBefore = numberAt(query, 5);
    calibration.eceAfter = numberAt(query, 6);
    return calibration;
}

void EvaluationStore::remove(qint64 runId, EvaluationSource source)
{
    ProjectStore::Transaction transaction(m_store);
    SqliteDatabase &db = m_store.database();
    for (const char *sql : {"DELETE FROM run_predictions WHERE run_id = ? AND source = ?",
                            "DELETE FROM run_evaluations WHERE run_id = ? AND source = ?"}) {
        SqliteStatement statement(db, sql);
        statement.bind(1, runId).bind(2, int(source)).exec();
    }
    transaction.commit();
}

void EvaluationStore::clear(qint64 runId)
{
    ProjectStore::Transaction transaction(m_store);
    SqliteDatabase &db = m_store.database();
    for (const char *sql : {"DELETE FROM run_predictions WHERE run_id = ?", "DELETE FROM run_evaluations WHERE run_id = ?",
                            "DELETE FROM run_calibrations WHERE run_id = ?"}) {
        SqliteStatement statement(db, sql);
        statement.bind(1, runId).exec();
    }
    transaction.commit();
}

} // namespace Atelier
