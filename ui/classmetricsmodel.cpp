#include "classmetricsmodel.h"

#include <QLocale>

#include <cmath>

namespace Atelier {

ClassMetricsModel::ClassMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClassMetricsModel::setMetrics(const ClassificationMetrics &metrics)
{
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

void ClassMetricsModel::clear()
{
    setMetrics(ClassificationMetrics());
}

int ClassMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min(m_metrics.classNames.size(), m_metrics.perClass.size()));
}

int ClassMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ClassMetrics &figures = m_metrics.perClass.at(index.row());
    const auto figure = [&](double value) -> QVariant {
        if (role == SortRole)
            return std::isnan(value) ? -1.0 : value;
        if (role == Qt::DisplayRole)
            return std::isnan(value) ? QStringLiteral("—") : QLocale().toString(value, 'f', 3);
        return {};
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == ClassColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case ClassColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_metrics.classNames.at(index.row());
        return {};
    case PrecisionColumn:
        // Nothing predicted as the class: its precision is not measured either.
        return figure(figures.predicted == 0 ? std::nan("") : figures.precision);
    case RecallColumn:
        return figure(figures.support == 0 ? std::nan("") : figures.recall);
    case F1Column:
        return figure(figures.f1);
    case SupportColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(figures.support);
        if (role == SortRole)
            return figures.support;
        return {};
    default:
        return {};
    }
}

QVariant ClassMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PrecisionColumn:
            return tr("Of the images predicted as the class, the share that belongs to it");
        case RecallColumn:
            return tr("Of the class's images, the share the network recognised");
        case F1Column:
            return tr("The harmonic mean of precision and recall");
        case SupportColumn:
            return tr("Images of the class that were evaluated");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case PrecisionColumn:
        return tr("Precision");
    case RecallColumn:
        return tr("Recall");
    case F1Column:
        return tr("F1");
    case SupportColumn:
        return tr("Images");
    default:
        return {};
    }
}

} // namespace Atelier
