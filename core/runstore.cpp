#include "runstore.h"

#include "error.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace Atelier {

namespace {

// The statement layer binds integers and text: REAL columns take numbers as text (SQLite converts
// them on the way in), and NULL stands for a figure that was not measured.
void bindMetric(SqliteStatement &statement, int index, double value)
{
    if (std::isfinite(value))
        statement.bind(index, QString::number(value, 'g', 17));
    else
        statement.bindNull(index);
}

double metricAt(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? NoMetric : row.text(column).toDouble();
}

} // namespace

RunStore::RunStore(ProjectStore &store)
    : m_store(store)
{}

QString RunStore::runsFolder(const QString &projectFilePath)
{
    const QFileInfo info(projectFilePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".runs"));
}

qint64 RunStore::create(const NewRun &run)
{
    ProjectStore::Transaction transaction(m_store);
    SqliteDatabase &db = m_store.database();
    SqliteStatement insert(db, "INSERT INTO runs(name, config, split_version_id, class_mapping, classes, status, "
                               "created_ms, checkpoint_dir) VALUES (?, ?, ?, ?, ?, ?, ?, '')");
    insert.bind(1, run.name).bind(2, run.configText);
    if (run.splitVersionId > 0)
        insert.bind(3, run.splitVersionId);
    else
        insert.bindNull(3);
    insert.bind(4, run.classMapping)
        .bind(5, run.classNames.join(QLatin1Char('\n')))
        .bind(6, int(RunStatus::Running))
        .bind(7, QDateTime::currentMSecsSinceEpoch())
        .exec();
    const qint64 id = db.lastInsertId();
    const QString folder = QStringLiteral("%1/%2").arg(runsFolder(m_store.filePath())).arg(id);
    SqliteStatement setFolder(db, "UPDATE runs SET checkpoint_dir = ? WHERE id = ?");
    setFolder.bind(1, m_store.storedPath(folder)).bind(2, id).exec();
    transaction.commit();
    return id;
}

QList<RunRecord> RunStore::readRuns(const char *where, qint64 id) const
{
    const QByteArray sql = QByteArray("SELECT r.id, r.name, r.config, COALESCE(r.split_version_id, 0), r.class_mapping, r.classes, "
                                      "r.status, r.message, r.created_ms, COALESCE(r.finished_ms, 0), r.best_metric_name, "
                                      "r.best_metric, COALESCE(r.best_epoch, -1), r.test_accuracy, r.checkpoint_dir, "
                                      "(SELECT count(*) FROM run_epochs e WHERE e.run_id = r.id) FROM runs r ")
                           + where;
    SqliteStatement query(m_store.database(), sql.constData());
    if (id > 0)
        query.bind(1, id);
    QList<RunRecord> result;
    while (query.step()) {
        RunRecord run;
        run.id = query.int64(0);
        run.name = query.text(1);
        run.configText = query.text(2);
        run.splitVersionId = query.int64(3);
        run.classMapping = query.text(4);
        run.classNames = query.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        run.status = static_cast<RunStatus>(query.int64(6));
        run.message = query.text(7);
        run.createdMs = query.int64(8);
        run.finishedMs = query.int64(9);
        run.bestMetricName = query.text(10);
        run.bestMetric = metricAt(query, 11);
        run.bestEpoch = int(query.int64(12));
        run.testAccuracy = metricAt(query, 13);
        run.checkpointDir = m_store.absolutePath(query.text(14));
        run.epochCount = int(query.int64(15));
        result.append(run);
    }
    return result;
}

std::optional<RunRecord> RunStore::run(qint64 id) const
{
    const QList<RunRecord> found = readRuns("WHERE r.id = ?", id);
    return found.isEmpty() ? std::nullopt : std::optional<RunRecord>(found.first());
}

QList<RunRecord> RunStore::runs() const
{
    return readRuns("ORDER BY r.id", 0);
}

QList<EpochMetrics> RunStore::epochs(qint64 runId) const
{
    SqliteStatement query(m_store.database(), "SELECT epoch, train_loss, train_accuracy, val_loss, val_accuracy, learning_rate, "
                                              "images_per_second, seconds FROM run_epochs WHERE run_id = ? ORDER BY epoch");
    query.bind(1, runId);
    QList<EpochMetrics> result;
    while (query.step()) {
        EpochMetrics epoch;
        epoch.epoch = int(query.int64(0));
        epoch.trainLoss = metricAt(query, 1);
        epoch.trainAccuracy = metricAt(query, 2);
        epoch.validationLoss = metricAt(query, 3);
        epoch.validationAccuracy = metricAt(query, 4);
        epoch.learningRate = metricAt(query, 5);
        epoch.imagesPerSecond = metricAt(query, 6);
        epoch.seconds = metricAt(query, 7);
        result.append(epoch);
    }
    return result;
}

void RunStore::recordEpoch(qint64 runId, const EpochMetrics &epoch)
{
    SqliteStatement upsert(m_store.database(),
                           "INSERT OR REPLACE INTO run_epochs(run_id, epoch, train_loss, train_accuracy, val_loss, val_accuracy, "
                           "learning_rate, images_per_second, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, runId).bind(2, epoch.epoch);
    bindMetric(upsert, 3, epoch.trainLoss);
    bindMetric(upsert, 4, epoch.trainAccuracy);
    bindMetric(upsert, 5, epoch.validationLoss);
    bindMetric(upsert, 6, epoch.validationAccuracy);
    upsert.bind(7, QString::number(epoch.learningRate, 'g', 17))
        .bind(8, QString::number(epoch.imagesPerSecond, 'g', 17))
        .bind(9, QString::number(epoch.seconds, 'g', 17))
        .exec();
}

void RunStore::replaceEpochs(qint64 runId, const QList<EpochMetrics> &history)
{
    ProjectStore::Transaction transaction(m_store);
    SqliteStatement remove(m_store.database(), "DELETE FROM run_epochs WHERE run_id = ?");
    remove.bind(1, runId).exec();
    for (const EpochMetrics &epoch : history)
        recordEpoch(runId, epoch);
    transaction.commit();
}

void RunStore::setBest(qint64 runId, const QString &metricName, double value, int epoch)
{
    SqliteStatement update(m_store.database(), "UPDATE runs SET best_metric_name = ?, best_metric = ?, best_epoch = ? WHERE id = ?");
    update.bind(1, metricName);
    bindMetric(update, 2, value);
    if (epoch >= 0)
        update.bind(3, epoch);
    else
        update.bindNull(3);
    update.bind(4, runId).exec();
}

void RunStore::markRunning(qint64 runId)
{
    SqliteStatement update(m_store.database(), "UPDATE runs SET status = ?, message = '', finished_ms = NULL WHERE id = ?");
    update.bind(1, int(RunStatus::Running)).bind(2, runId).exec();
}

void RunStore::finish(qint64 runId, RunStatus status, const QString &message, double testAccuracy)
{
    SqliteStatement update(m_store.database(), "UPDATE runs SET status = ?, message = ?, finished_ms = ?, test_accuracy = ? WHERE id = ?");
    update.bind(1, int(status)).bind(2, message).bind(3, QDateTime::currentMSecsSinceEpoch());
    bindMetric(update, 4, testAccuracy);
    update.bind(5, runId).exec();
}

} // namespace Atelier
