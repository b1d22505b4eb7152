#pragma once

#include "runstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Atelier {

/// A project's training runs, newest first: name, how it ended, its best figure, its test
/// accuracy and when it started. The first column's check box draws the run behind the current
/// curves for comparison.
class TrainingRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, BestColumn, TestColumn, StartedColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< qint64
        ResumableRole,                ///< bool: can be resumed now
    };

    explicit TrainingRunsModel(QObject *parent = nullptr);

    /// Replaces the runs (oldest first, as RunStore gives them); check marks stay with their runs.
    void setRuns(const QList<RunRecord> &runs);
    /// The run this studio is training now: it reads "training", not "interrupted".
    void setLiveRunId(qint64 runId);
    qint64 liveRunId() const { return m_liveRunId; }

    const RunRecord *run(int row) const;
    int rowOfRun(qint64 runId) const;
    /// The checked runs, in the order of the list.
    QList<qint64> checkedRunIds() const;
    void setChecked(qint64 runId, bool checked);
    /// Whether the run can be resumed now (stopped, out of time or interrupted, and not training).
    bool isResumable(const RunRecord &run) const;

    /// "validation accuracy 95.2% (epoch 7)", or "(fitted exactly)" for a head fitted without
    /// epochs; "-" when no epoch finished.
    QString describeBest(const RunRecord &run) const;
    /// "95.2% (epoch 7)": the best figure without its name, for the list.
    QString bestValue(const RunRecord &run) const;
    QString describeStatus(const RunRecord &run) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedRunsChanged();

private:
    /// Where the best figure was reached: "epoch 7", or "fitted exactly".
    QString bestPlace(const RunRecord &run) const;

    QList<RunRecord> m_runs; ///< newest first
    /// Whether a run's head was fitted exactly (its "epochs" are then weight penalties), with the
    /// config that says so: another project's run of the same id has another config.
    struct ExactFit
    {
        QString configText;
        bool fitted = false;
    };
    QHash<qint64, ExactFit> m_exactFits;
    QSet<qint64> m_checked;
    qint64 m_liveRunId = 0;
};

} // namespace Atelier
