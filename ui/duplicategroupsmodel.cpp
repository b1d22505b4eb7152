#include "duplicategroupsmodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStyle>

namespace Atelier {

DuplicateGroupsModel::DuplicateGroupsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DuplicateGroupsModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    clear();
    if (m_document) {
        connect(m_document, &ProjectDocument::exclusionChanged, this, &DuplicateGroupsModel::applyExclusion);
        connect(m_document, &ProjectDocument::labelsChanged, this, &DuplicateGroupsModel::applyLabels);
        connect(m_document, &ProjectDocument::classesChanged, this, [this] {
            readClassNames();
            if (!m_groups.isEmpty())
                emit dataChanged(index(0), index(int(m_groups.size()) - 1));
        });
        readClassNames();
    }
}

void DuplicateGroupsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_groupsOfImage.clear();
    endResetModel();
}

void DuplicateGroupsModel::readClassNames()
{
    m_classNames.clear();
    if (!m_document)
        return;
    try {
        for (const ClassInfo &info : m_document->store().classes())
            m_classNames.insert(info.id, info.name);
    } catch (const Error &error) {
        qWarning("Cannot read the classes: %s", qUtf8Printable(error.message()));
    }
}

void DuplicateGroupsModel::setReport(const DuplicateReport &report)
{
    QHash<qint64, ImageRecord> images;
    if (m_document) {
        try {
            for (const ImageRecord &image : m_document->store().images())
                images.insert(image.id, image);
        } catch (const Error &error) {
            qWarning("Cannot read the images: %s", qUtf8Printable(error.message()));
        }
    }
    beginResetModel();
    m_groups.clear();
    m_groupsOfImage.clear();
    for (const DuplicateGroup &found : report.groups) {
        Group group;
        group.kind = found.kind;
        for (const qint64 id : found.imageIds) {
            const auto it = images.constFind(id);
            if (it == images.cend())
                continue;
            group.members.append({id, it->width, it->height, it->byteSize, it->format, it->path, it->classId,
                                  it->excluded});
        }
        if (group.members.size() < 2)
            continue;
        group.keeper = KeeperChoice::suggest(group.members);
        for (const DuplicateMember &member : std::as_const(group.members))
            m_groupsOfImage[member.imageId].append(int(m_groups.size()));
        m_groups.append(group);
    }
    endResetModel();
}

QList<DuplicateMember> DuplicateGroupsModel::members(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).members : QList<DuplicateMember>();
}

qint64 DuplicateGroupsModel::suggestedKeeper(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).keeper : 0;
}

DuplicateKind DuplicateGroupsModel::kind(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).kind : DuplicateKind::Near;
}

bool DuplicateGroupsModel::labelsDiffer(int row) const
{
    // Unlabelled members do not disagree: a label only has to be copied to them.
    QSet<qint64> labels;
    for (const DuplicateMember &member : members(row))
        if (member.classId != 0)
            labels.insert(member.classId);
    return labels.size() > 1;
}

int DuplicateGroupsModel::conflictCount() const
{
    int count = 0;
    for (int row = 0; row < m_groups.size(); ++row)
        count += labelsDiffer(row) ? 1 : 0;
    return count;
}

int DuplicateGroupsModel::openCount() const
{
    int count = 0;
    for (int row = 0; row < m_groups.size(); ++row)
        count += data(index(row), ResolvedRole).toBool() ? 0 : 1;
    return count;
}

void DuplicateGroupsModel::changedMembers(const QList<qint64> &imageIds,
                                          const std::function<void(DuplicateMember &)> &change)
{
    QSet<int> rows;
    for (const qint64 id : imageIds) {
        for (const int row : m_groupsOfImage.value(id)) {
            for (DuplicateMember &member : m_groups[row].members)
                if (member.imageId == id)
                    change(member);
            rows.insert(row);
        }
    }
    for (const int row : std::as_const(rows))
        emit dataChanged(index(row), index(row));
}

void DuplicateGroupsModel::applyExclusion(const QList<qint64> &imageIds, bool excluded)
{
    changedMembers(imageIds, [excluded](DuplicateMember &member) { member.excluded = excluded; });
}

void DuplicateGroupsModel::applyLabels(const QList<qint64> &imageIds, qint64 classId)
{
    changedMembers(imageIds, [classId](DuplicateMember &member) { member.classId = classId; });
}

int DuplicateGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant DuplicateGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const Group &group = m_groups.at(index.row());
    int excluded = 0;
    for (const DuplicateMember &member : group.members)
        excluded += member.excluded ? 1 : 0;
    const int count = int(group.members.size());
    const bool resolved = excluded == count - 1;

    switch (role) {
    case Qt::DisplayRole: {
        const QString kind = group.kind == DuplicateKind::Exact ? tr("Exact copies") : tr("Near duplicates");
        QString state;
        if (resolved)
            state = tr("resolved: one kept");
        else if (excluded == count)
            state = tr("all excluded");
        else
            state = tr("%Ln to review", nullptr, count - excluded);
        QStringList names;
        for (const DuplicateMember &member : group.members)
            names.append(QFileInfo(member.path).fileName());
        QString text = tr("%1 · %Ln image(s)", nullptr, count).arg(kind) + QLatin1Char('\n')
                       + names.join(QStringLiteral(", ")) + QLatin1Char('\n') + state;
        if (labelsDiffer(index.row())) {
            QStringList labels;
            for (const DuplicateMember &member : group.members)
                if (member.classId != 0 && !labels.contains(m_classNames.value(member.classId)))
                    labels.append(m_classNames.value(member.classId));
            text += QLatin1Char('\n') + tr("Different labels: %1").arg(labels.join(QStringLiteral(", ")));
        }
        return text;
    }
    case Qt::DecorationRole: {
        const QStyle *style = QApplication::style();
        if (labelsDiffer(index.row()))
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        return resolved ? style->standardIcon(QStyle::SP_DialogApplyButton) : QVariant();
    }
    case Qt::ToolTipRole:
        return labelsDiffer(index.row()) ? tr("The copies carry different labels: check which is right before "
                                              "excluding any")
                                         : QVariant();
    case KindRole:
        return int(group.kind);
    case MemberCountRole:
        return count;
    case ExcludedCountRole:
        return excluded;
    case LabelsDifferRole:
        return labelsDiffer(index.row());
    case ResolvedRole:
        return resolved;
    case KeeperRole:
        return group.keeper;
    default:
        return {};
    }
}

} // namespace Atelier
