#pragma once

#include "duplicatefinder.h"
#include "duplicatemember.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <functional>

namespace Atelier {

class ProjectDocument;

/// The groups of a duplicate search, one row each, with what the duplicates view shows of their
/// members: resolution, file size, format, path, label, and whether they are excluded. Follows
/// the project's exclusions and labels as they change.
class DuplicateGroupsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(DuplicateKind)
        MemberCountRole,
        ExcludedCountRole,
        LabelsDifferRole, ///< bool: members carry different labels
        ResolvedRole,     ///< bool: all but one member are excluded
        KeeperRole,       ///< qint64: the suggested keeper
    };

    explicit DuplicateGroupsModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    /// Shows the groups of a search. Reads the members' details from the project once.
    void setReport(const DuplicateReport &report);
    void clear();

    QList<DuplicateMember> members(int row) const;
    qint64 suggestedKeeper(int row) const;
    bool labelsDiffer(int row) const;
    DuplicateKind kind(int row) const;
    /// Groups whose members carry different labels.
    int conflictCount() const;
    /// Groups not resolved yet: more than one member included.
    int openCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        DuplicateKind kind = DuplicateKind::Near;
        QList<DuplicateMember> members;
        qint64 keeper = 0;
    };

    void applyExclusion(const QList<qint64> &imageIds, bool excluded);
    void applyLabels(const QList<qint64> &imageIds, qint64 classId);
    void readClassNames();
    void changedMembers(const QList<qint64> &imageIds, const std::function<void(DuplicateMember &)> &change);

    QPointer<ProjectDocument> m_document;
    QVector<Group> m_groups;
    QHash<qint64, QList<int>> m_groupsOfImage; ///< image id -> rows of its groups
    QHash<qint64, QString> m_classNames;
};

} // namespace Atelier
