#pragma once

#include "classificationmetrics.h"

#include <QAbstractTableModel>

namespace Atelier {

/// One row per class of an evaluation: precision, recall, F1 and the number of images.
/// Figures sort as numbers (SortRole); a figure that was not measured reads "—".
class ClassMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClassColumn, PrecisionColumn, RecallColumn, F1Column, SupportColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ClassMetricsModel(QObject *parent = nullptr);

    void setMetrics(const ClassificationMetrics &metrics);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ClassificationMetrics m_metrics;
};

} // namespace Atelier
