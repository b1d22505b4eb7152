#pragma once

#include "datasetsplit.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QThreadPool>

#include <array>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Atelier {

class BackgroundTask;
class ProjectDocument;
class ProjectStore;
struct ClassInfo;

/// Dataset splits: assigns train, validation and test (stratified by class, deterministic for a
/// seed, keeping duplicate groups whole and honouring pins) off the UI thread, saves each
/// assignment as a version, and shows a version's counts per class and its leakage report:
/// the duplicate groups whose members lie in different splits, which a click selects in the grid.
/// The report is made on a worker thread: the near-duplicate search takes a while on a large
/// project.
class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SplitDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~SplitDialog() override;

    SplitParams params() const;
    void setParams(const SplitParams &params);
    /// Starts an assignment; assigned() follows once the version is saved.
    void assign();
    bool isAssigning() const { return m_task != nullptr; }

    /// The version whose report is shown (or being made), 0 when there is none.
    qint64 shownVersionId() const { return m_shownVersion; }
    /// Makes the report of a version; reportShown() follows.
    void showVersion(qint64 versionId);
    bool isMakingReport() const { return m_reportWatcher.isRunning(); }
    /// Groups straddling splits in the version shown.
    QList<QList<qint64>> leakingGroups() const { return m_leaks; }
    QTableWidget *countsTable() const { return m_counts; }

signals:
    void taskStarted(BackgroundTask *task);
    void assigned(qint64 versionId);
    /// The counts and the leakage report of a version are shown.
    void reportShown(qint64 versionId);
    /// The user clicked a leaking group: select its images in the grid.
    void selectImagesRequested(const QList<qint64> &imageIds);

private:
    /// What the report shows, made on a worker thread.
    struct Report
    {
        qint64 versionId = 0;
        QList<ClassInfo> classes;
        QHash<qint64, std::array<qint64, 3>> perClass; ///< class id (0: unlabelled) -> counts
        std::array<qint64, 3> totals{};
        int groupCount = 0;
        QList<LeakingGroup> leaks;
        QHash<qint64, QString> fileNames; ///< of the images in leaking groups
        QString error;
    };

    static Report makeReport(ProjectStore &store, qint64 versionId);
    void showReport(const Report &report);
    void createSettings(QWidget *parent);
    void refreshVersions();
    void refreshPins();
    void updateTotal();
    void balanceTest();

    QPointer<ProjectDocument> m_document;
    QSpinBox *m_train;
    QSpinBox *m_validation;
    QSpinBox *m_test;
    QLabel *m_total;
    QSpinBox *m_seed;
    QCheckBox *m_groupAware;
    QLabel *m_pins;
    QPushButton *m_assignButton;
    QListWidget *m_versions;
    QLabel *m_versionTitle;
    QTableWidget *m_counts;
    QLabel *m_leakSummary;
    QListWidget *m_leakList;

    BackgroundTask *m_task = nullptr;
    qint64 m_shownVersion = 0;
    bool m_reportStale = false; ///< another version was asked for while a report was being made
    QThreadPool m_reportPool;
    QFutureWatcher<Report> m_reportWatcher;
    QList<QList<qint64>> m_leaks;
};

} // namespace Atelier
