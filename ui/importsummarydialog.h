#pragma once

#include "importtask.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Atelier {

/// What an import did, in a curator's words: how many images were added, how many were already
/// in the project, and which files could not be imported and why (under "Details").
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);

private:
    QWidget *createTile(const QString &number, const QString &caption, const QColor &accent);
    void setDetailsVisible(bool visible);

    QPushButton *m_detailsButton = nullptr;
    QTreeWidget *m_details = nullptr;
};

} // namespace Atelier
