#include "splitdialog.h"

#include "backgroundtask.h"
#include "duplicategroups.h"
#include "error.h"
#include "progress.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "splitnames.h"
#include "splitstore.h"
#include "uicolors.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace Atelier {

namespace {
constexpr int SplitCount = 3;
const Split Splits[SplitCount] = {Split::Train, Split::Validation, Split::Test};

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}
} // namespace

SplitDialog::SplitDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Dataset Splits"));

    auto *settings = new QWidget(this);
    createSettings(settings);

    auto *report = new QWidget(this);
    m_versionTitle = new QLabel(report);
    QFont titleFont = m_versionTitle->font();
    titleFont.setBold(true);
    m_versionTitle->setFont(titleFont);
    m_versionTitle->setWordWrap(true);
    m_counts = new QTableWidget(report);
    m_counts->setObjectName(QStringLiteral("splitCounts"));
    m_counts->setColumnCount(SplitCount + 2);
    m_counts->setHorizontalHeaderLabels({tr("Class"), SplitNames::displayName(Split::Train),
                                         SplitNames::displayName(Split::Validation),
                                         SplitNames::displayName(Split::Test), tr("Total")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_counts->columnCount(); ++column)
        m_counts->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setAlternatingRowColors(true);

    m_leakSummary = new QLabel(report);
    m_leakSummary->setObjectName(QStringLiteral("leakSummary"));
    m_leakSummary->setWordWrap(true);
    m_leakList = new QListWidget(report);
    m_leakList->setObjectName(QStringLiteral("leakList"));
    m_leakList->setToolTip(tr("Click a group to select its images in the grid"));
    connect(m_leakList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int group = item->data(Qt::UserRole).toInt();
        if (group >= 0 && group < m_leaks.size())
            emit selectImagesRequested(m_leaks.at(group));
    });

    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_versionTitle);
    reportLayout->addWidget(m_counts, 3);
    auto *leakTitle = new QLabel(tr("Leakage between splits"), report);
    leakTitle->setFont(titleFont);
    reportLayout->addSpacing(6);
    reportLayout->addWidget(leakTitle);
    reportLayout->addWidget(m_leakSummary);
    reportLayout->addWidget(m_leakList, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(settings);
    splitter->addWidget(report);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    m_reportPool.setMaxThreadCount(1);
    connect(&m_reportWatcher, &QFutureWatcher<Report>::finished, this, [this] {
        const Report report = m_reportWatcher.future().result();
        if (std::exchange(m_reportStale, false) || report.versionId != m_shownVersion) {
            showVersion(m_shownVersion);
            return;
        }
        showReport(report);
    });

    if (m_document) {
        connect(m_document, &ProjectDocument::splitsChanged, this, [this] {
            refreshPins();
            refreshVersions();
        });
        connect(m_document, &ProjectDocument::exclusionChanged, this, [this] { showVersion(m_shownVersion); });
    }
    refreshPins();
    refreshVersions();
}

SplitDialog::~SplitDialog()
{
    // Cancels and waits: the work writes to the project.
    delete m_task;
    m_reportPool.waitForDone();
}

void SplitDialog::createSettings(QWidget *parent)
{
    auto *group = new QGroupBox(tr("New split"), parent);
    const auto percentBox = [group](const QString &name) {
        auto *box = new QSpinBox(group);
        box->setObjectName(name);
        box->setRange(0, 100);
        box->setSuffix(tr(" %"));
        return box;
    };
    m_train = percentBox(QStringLiteral("trainPercent"));
    m_validation = percentBox(QStringLiteral("validationPercent"));
    m_test = percentBox(QStringLiteral("testPercent"));
    m_total = new QLabel(group);
    m_seed = new QSpinBox(group);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 1 << 30);
    m_seed->setToolTip(tr("The same seed and images give the same split"));
    m_groupAware = new QCheckBox(tr("Keep duplicate groups together"), group);
    m_groupAware->setObjectName(QStringLiteral("groupAware"));
    m_groupAware->setToolTip(tr("Every copy of a scan goes to the same split, so that the test set does not "
                                "hold images the model was trained on"));
    m_pins = new QLabel(group);
    m_pins->setWordWrap(true);
    m_assignButton = new QPushButton(tr("Assign"), group);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_assignButton->setToolTip(tr("Assign every image that is not excluded, and save the result as a new version"));
    connect(m_assignButton, &QPushButton::clicked, this, &SplitDialog::assign);

    // Train and validation set the test share; the test share sets validation.
    connect(m_train, &QSpinBox::valueChanged, this, &SplitDialog::balanceTest);
    connect(m_validation, &QSpinBox::valueChanged, this, &SplitDialog::balanceTest);
    connect(m_test, &QSpinBox::valueChanged, this, &SplitDialog::updateTotal);

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Train:"), m_train);
    form->addRow(tr("&Validation:"), m_validation);
    form->addRow(tr("T&est:"), m_test);
    form->addRow(QString(), m_total);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(m_groupAware);
    form->addRow(tr("Pinned:"), m_pins);
    form->addRow(m_assignButton);

    auto *versionsGroup = new QGroupBox(tr("Versions"), parent);
    m_versions = new QListWidget(versionsGroup);
    m_versions->setObjectName(QStringLiteral("splitVersions"));
    m_versions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_versions->setTextElideMode(Qt::ElideRight);
    connect(m_versions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showVersion(item->data(Qt::UserRole).toLongLong());
    });
    auto *versionsLayout = new QVBoxLayout(versionsGroup);
    versionsLayout->addWidget(m_versions);

    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addWidget(versionsGroup, 1);

    setParams(SplitParams());
}

SplitParams SplitDialog::params() const
{
    SplitParams params;
    params.trainFraction = m_train->value() / 100.0;
    params.validationFraction = m_validation->value() / 100.0;
    params.testFraction = m_test->value() / 100.0;
    params.seed = quint32(m_seed->value());
    params.groupAware = m_groupAware->isChecked();
    return params;
}

void SplitDialog::setParams(const SplitParams &params)
{
    const QSignalBlocker blockTrain(m_train);
    const QSignalBlocker blockValidation(m_validation);
    m_train->setValue(qRound(params.trainFraction * 100));
    m_validation->setValue(qRound(params.validationFraction * 100));
    m_test->setValue(qRound(params.testFraction * 100));
    m_seed->setValue(int(params.seed));
    m_groupAware->setChecked(params.groupAware);
    updateTotal();
}

void SplitDialog::balanceTest()
{
    const int rest = 100 - m_train->value() - m_validation->value();
    if (rest >= 0)
        m_test->setValue(rest);
    updateTotal();
}

void SplitDialog::updateTotal()
{
    const int total = m_train->value() + m_validation->value() + m_test->value();
    const bool right = total == 100;
    m_total->setText(right ? tr("Total: 100 %") : tr("Total: %1 % — the three must add up to 100 %").arg(total));
    QPalette palette = m_total->palette();
    palette.setColor(QPalette::WindowText, right ? UiColors::mutedText(this->palette()) : QColor(0xc0, 0x30, 0x30));
    m_total->setPalette(palette);
    m_assignButton->setEnabled(right && !m_task && m_document);
}

void SplitDialog::refreshPins()
{
    if (!m_document)
        return;
    std::array<int, SplitCount> counts{};
    try {
        for (const Split split : SplitStore(m_document->store()).pins())
            ++counts[size_t(split)];
    } catch (const Error &error) {
        m_pins->setText(error.message());
        return;
    }
    const int total = counts[0] + counts[1] + counts[2];
    if (total == 0) {
        m_pins->setText(tr("No image is pinned. Pin images from the grid's context menu."));
        return;
    }
    QStringList parts;
    for (const Split split : Splits)
        if (counts[size_t(split)] > 0)
            parts.append(tr("%1 to %2", "pinned images to a split")
                             .arg(QLocale().toString(counts[size_t(split)]), SplitNames::displayName(split)));
    m_pins->setText(parts.join(QStringLiteral(", ")));
}

void SplitDialog::refreshVersions()
{
    if (!m_document)
        return;
    QList<SplitVersion> versions;
    try {
        versions = SplitStore(m_document->store()).versions();
    } catch (const Error &error) {
        m_versionTitle->setText(error.message());
        return;
    }
    const qint64 shown = m_shownVersion;
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    const QLocale locale;
    // Newest first: the current version is the one training uses.
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const SplitVersion &version = *it;
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(version.createdMs), QLocale::ShortFormat);
        // Two lines: the version, then how it was made.
        QString title = tr("Version %1").arg(version.id);
        if (it == versions.crbegin())
            title = tr("%1 (current)").arg(title);
        const QString text = tr("%1\n%2 · %3/%4/%5 % · seed %6")
                                 .arg(title, when)
                                 .arg(qRound(version.params.trainFraction * 100))
                                 .arg(qRound(version.params.validationFraction * 100))
                                 .arg(qRound(version.params.testFraction * 100))
                                 .arg(version.params.seed);
        auto *item = new QListWidgetItem(text, m_versions);
        item->setData(Qt::UserRole, version.id);
        if (!version.params.groupAware)
            item->setToolTip(tr("Duplicate groups were not kept together"));
    }
    qint64 toShow = shown;
    if (toShow == 0 || !std::any_of(versions.cbegin(), versions.cend(),
                                    [toShow](const SplitVersion &v) { return v.id == toShow; }))
        toShow = versions.isEmpty() ? 0 : versions.constLast().id;
    for (int row = 0; row < m_versions->count(); ++row)
        if (m_versions->item(row)->data(Qt::UserRole).toLongLong() == toShow)
            m_versions->setCurrentRow(row);
    showVersion(toShow);
}

void SplitDialog::showVersion(qint64 versionId)
{
    m_shownVersion = versionId;
    m_leaks.clear();
    m_counts->setRowCount(0);
    m_leakList->clear();
    m_leakList->hide();
    if (!m_document || versionId == 0) {
        m_versionTitle->setText(tr("No split yet. Choose the shares and press Assign."));
        m_leakSummary->clear();
        emit reportShown(0);
        return;
    }
    m_versionTitle->setText(tr("Version %1").arg(versionId));
    m_leakSummary->setPalette(palette());
    m_leakSummary->setText(tr("Looking for duplicate groups that straddle splits…"));
    if (m_reportWatcher.isRunning()) {
        m_reportStale = true;
        return;
    }
    std::shared_ptr<ProjectStore> connection;
    try {
        connection = m_document->store().openConnection();
    } catch (const Error &error) {
        m_versionTitle->setText(error.message());
        return;
    }
    m_reportWatcher.setFuture(QtConcurrent::run(&m_reportPool, [connection, versionId] {
        return makeReport(*connection, versionId);
    }));
}

SplitDialog::Report SplitDialog::makeReport(ProjectStore &store, qint64 versionId)
{
    Report report;
    report.versionId = versionId;
    try {
        const QHash<qint64, Split> assignment = SplitStore(store).assignment(versionId);
        const QList<QList<qint64>> groups = DuplicateGroups::forSplitting(store);
        report.classes = store.classes();
        report.groupCount = int(groups.size());
        for (const ImageRecord &image : store.images()) {
            const auto it = assignment.constFind(image.id);
            if (it == assignment.cend())
                continue;
            report.perClass[image.classId][size_t(it.value())] += 1;
            report.totals[size_t(it.value())] += 1;
        }
        report.leaks = findLeakingGroups(assignment, groups);
        for (const LeakingGroup &leak : std::as_const(report.leaks))
            for (const qint64 id : leak.imageIds)
                if (const auto image = store.image(id))
                    report.fileNames.insert(id, QFileInfo(image->path).fileName());
    } catch (const Error &error) {
        report.error = error.message();
    }
    return report;
}

void SplitDialog::showReport(const Report &report)
{
    if (!report.error.isEmpty()) {
        m_versionTitle->setText(report.error);
        m_leakSummary->clear();
        emit reportShown(report.versionId);
        return;
    }
    // Counts per class, in the class list's order, then the unlabelled images and the total.
    const auto addRow = [this](const QString &name, const std::array<qint64, SplitCount> &counts, bool bold) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsEnabled);
        m_counts->setItem(row, 0, nameItem);
        for (int s = 0; s < SplitCount; ++s)
            m_counts->setItem(row, s + 1, numberItem(counts[size_t(s)]));
        m_counts->setItem(row, SplitCount + 1, numberItem(counts[0] + counts[1] + counts[2]));
        if (bold) {
            for (int column = 0; column < m_counts->columnCount(); ++column) {
                QFont font = m_counts->item(row, column)->font();
                font.setBold(true);
                m_counts->item(row, column)->setFont(font);
            }
        }
    };
    m_counts->setRowCount(0);
    for (const ClassInfo &info : report.classes)
        if (report.perClass.contains(info.id))
            addRow(info.name, report.perClass.value(info.id), false);
    if (report.perClass.contains(0))
        addRow(tr("Unlabelled"), report.perClass.value(0), false);
    addRow(tr("All"), report.totals, true);

    const QLocale locale;
    m_versionTitle->setText(tr("Version %1: %2 training, %3 validation and %4 test images")
                                .arg(report.versionId)
                                .arg(locale.toString(report.totals[0]), locale.toString(report.totals[1]),
                                     locale.toString(report.totals[2])));

    QPalette palette = m_leakSummary->palette();
    if (report.leaks.isEmpty()) {
        m_leakSummary->setText(tr("No duplicate group straddles splits (%Ln group(s) checked).", nullptr,
                                  report.groupCount));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x8b, 0x57));
    } else {
        m_leakSummary->setText(tr("%Ln duplicate group(s) straddle splits: a model would be tested on copies of "
                                  "its training images. Click a group to select it in the grid.",
                                  nullptr, int(report.leaks.size())));
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    }
    m_leakSummary->setPalette(palette);
    m_leakList->clear();
    m_leaks.clear();
    m_leakList->setVisible(!report.leaks.isEmpty());
    for (int i = 0; i < report.leaks.size(); ++i) {
        const LeakingGroup &leak = report.leaks.at(i);
        QStringList members;
        for (const qint64 id : leak.imageIds) {
            const auto split = leak.splitOf.constFind(id);
            const QString name = report.fileNames.value(id);
            members.append(split == leak.splitOf.cend()
                               ? tr("%1 (excluded)").arg(name)
                               : tr("%1 (%2)").arg(name, SplitNames::displayName(split.value())));
        }
        auto *item = new QListWidgetItem(members.join(QStringLiteral(", ")), m_leakList);
        item->setData(Qt::UserRole, i);
        m_leaks.append(leak.imageIds);
    }
    emit reportShown(report.versionId);
}

void SplitDialog::assign()
{
    if (!m_document || m_task)
        return;
    const SplitParams params = this->params();
    const QString projectFile = m_document->filePath();
    auto versionId = std::make_shared<qint64>(0);
    m_task = new BackgroundTask(
        tr("Assigning dataset splits"),
        [projectFile, params, versionId](ProgressObserver &observer) {
            // The task's own connection: a connection belongs to one thread.
            const auto store = ProjectStore::open(projectFile);
            observer.phase(QCoreApplication::translate("Atelier::SplitDialog", "Assigning dataset splits"), 0);
            SplitStore splits(*store);
            QList<SplitItem> items;
            for (const ImageRecord &image : store->images())
                if (!image.excluded)
                    items.append({image.id, image.classId});
            const QList<QList<qint64>> groups = DuplicateGroups::forSplitting(*store);
            if (observer.isCanceled())
                return;
            const SplitAssigner::Result result = SplitAssigner::assign(items, groups, splits.pins(), params);
            if (observer.isCanceled())
                return;
            *versionId = splits.saveVersion(result.splitOf, params);
        },
        this);
    connect(m_task, &BackgroundTask::failed, this, [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot assign the splits"), message, QMessageBox::NoButton, this);
        box.addButton(tr("OK"), QMessageBox::AcceptRole);
        box.exec();
    });
    connect(m_task, &BackgroundTask::ended, this, [this, versionId] {
        m_task->deleteLater();
        m_task = nullptr;
        updateTotal();
        if (*versionId == 0)
            return;
        m_shownVersion = *versionId;
        if (m_document)
            m_document->notifySplitsChanged(); // refreshes the version list here too
        emit assigned(*versionId);
    });
    emit taskStarted(m_task);
    m_task->start();
    updateTotal();
}

} // namespace Atelier
