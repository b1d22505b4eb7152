#pragma once

#include "projecttypes.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace Atelier {

/// Asks which class a class merges into, and says what the merge does.
class MergeClassesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `targets`: the classes it can merge into (the source excluded).
    MergeClassesDialog(const ClassInfo &source, qint64 imageCount, const QList<ClassInfo> &targets,
                       QWidget *parent = nullptr);

    qint64 targetClassId() const;
    void setTargetClassId(qint64 classId);

private:
    QComboBox *m_targets;
};

} // namespace Atelier
