#include "trainingrunsmodel.h"

#include "error.h"
#include "trainingconfigyaml.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
bool isAccuracy(const QString &metric)
{
    return metric.endsWith(QLatin1String("accuracy"));
}

QString metricInWords(const QString &metric)
{
    if (metric == QLatin1String("val_accuracy"))
        return TrainingRunsModel::tr("validation accuracy");
    if (metric == QLatin1String("val_loss"))
        return TrainingRunsModel::tr("validation loss");
    if (metric == QLatin1String("train_accuracy"))
        return TrainingRunsModel::tr("training accuracy");
    if (metric == QLatin1String("train_loss"))
        return TrainingRunsModel::tr("training loss");
    return metric;
}

QString percent(double value)
{
    return QLocale().toString(value * 100, 'f', 1) + QLatin1Char('%');
}
} // namespace

TrainingRunsModel::TrainingRunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrainingRunsModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    std::reverse(m_runs.begin(), m_runs.end());
    QSet<qint64> present;
    QHash<qint64, ExactFit> exactFits;
    for (const RunRecord &run : std::as_const(m_runs)) {
        present.insert(run.id);
        // A run's config does not change: it is parsed once, not at every refresh (each epoch).
        const ExactFit known = m_exactFits.value(run.id);
        if (!known.configText.isNull() && known.configText == run.configText) {
            exactFits.insert(run.id, known);
            continue;
        }
        ExactFit fit{run.configText, false};
        try {
            fit.fitted = TrainingConfigYaml::parse(run.configText).fitsHeadExactly();
        } catch (const Error &) {
            // A run whose config no longer reads is listed all the same, by its epochs.
        }
        exactFits.insert(run.id, fit);
    }
    m_exactFits = exactFits;
    const qsizetype checkedBefore = m_checked.size();
    m_checked.intersect(present);
    endResetModel();
    if (m_checked.size() != checkedBefore)
        emit checkedRunsChanged();
}

void TrainingRunsModel::setLiveRunId(qint64 runId)
{
    if (m_liveRunId == runId)
        return;
    const int before = rowOfRun(m_liveRunId);
    m_liveRunId = runId;
    for (const int row : {before, rowOfRun(runId)})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const RunRecord *TrainingRunsModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int TrainingRunsModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == runId)
            return row;
    return -1;
}

QList<qint64> TrainingRunsModel::checkedRunIds() const
{
    QList<qint64> ids;
    for (const RunRecord &run : m_runs)
        if (m_checked.contains(run.id))
            ids.append(run.id);
    return ids;
}

void TrainingRunsModel::setChecked(qint64 runId, bool checked)
{
    const int row = rowOfRun(runId);
    if (row < 0 || m_checked.contains(runId) == checked)
        return;
    if (checked)
        m_checked.insert(runId);
    else
        m_checked.remove(runId);
    emit dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::CheckStateRole});
    emit checkedRunsChanged();
}

bool TrainingRunsModel::isResumable(const RunRecord &run) const
{
    return run.id != m_liveRunId && Atelier::isResumable(run.status);
}

QString TrainingRunsModel::bestPlace(const RunRecord &run) const
{
    return m_exactFits.value(run.id).fitted ? tr("fitted exactly") : tr("epoch %1").arg(run.bestEpoch + 1);
}

QString TrainingRunsModel::describeBest(const RunRecord &run) const
{
    if (!std::isfinite(run.bestMetric) || run.bestEpoch < 0)
        return QStringLiteral("-");
    return tr("%1 %2").arg(metricInWords(run.bestMetricName), bestValue(run));
}

QString TrainingRunsModel::bestValue(const RunRecord &run) const
{
    if (!std::isfinite(run.bestMetric) || run.bestEpoch < 0)
        return QStringLiteral("-");
    const QString value = isAccuracy(run.bestMetricName) ? percent(run.bestMetric)
                                                         : QLocale().toString(run.bestMetric, 'f', 4);
    return tr("%1 (%2)").arg(value, bestPlace(run));
}

QString TrainingRunsModel::describeStatus(const RunRecord &run) const
{
    switch (run.status) {
    case RunStatus::Running:
        // Not ours: the studio or atelier-cli stopped without a chance to say so.
        return run.id == m_liveRunId ? tr("Training…") : tr("Interrupted (can resume)");
    case RunStatus::Completed:
        return tr("Completed");
    case RunStatus::Canceled:
        return tr("Stopped (can resume)");
    case RunStatus::StoppedEarly:
        return tr("Stopped early");
    case RunStatus::Diverged:
        return tr("Diverged");
    case RunStatus::TimeLimit:
        return tr("Out of time (can resume)");
    case RunStatus::Failed:
        return tr("Failed");
    }
    return runStatusName(run.status);
}

int TrainingRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int TrainingRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingRunsModel::data(const QModelIndex &index, int role) const
{
    const RunRecord *record = run(index.row());
    if (!record)
        return {};
    if (role == RunIdRole)
        return record->id;
    if (role == ResumableRole)
        return isResumable(*record);
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return m_checked.contains(record->id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (index.column() == StartedColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(record->createdMs), QLocale::LongFormat);
        if (index.column() == NameColumn)
            return tr("Tick to draw this run behind the current curves");
        if (index.column() == StatusColumn && !record->message.isEmpty())
            return record->message;
        if (index.column() == BestColumn)
            return describeBest(*record);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return tr("%1 · %2").arg(record->id).arg(record->name);
    case StatusColumn:
        return describeStatus(*record);
    case BestColumn:
        return bestValue(*record);
    case TestColumn:
        return std::isfinite(record->testAccuracy) ? percent(record->testAccuracy) : QStringLiteral("-");
    case StartedColumn: {
        // Today's runs by their time, older ones by their date: the column stays narrow.
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(record->createdMs);
        return started.date() == QDate::currentDate() ? started.time().toString(QStringLiteral("hh:mm"))
                                                      : QLocale().toString(started.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

bool TrainingRunsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const RunRecord *record = run(index.row());
    if (!record || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    setChecked(record->id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags TrainingRunsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant TrainingRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Run");
    case StatusColumn:
        return tr("Status");
    case BestColumn:
        return tr("Best");
    case TestColumn:
        return tr("Test");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace Atelier
