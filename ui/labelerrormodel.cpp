#include "labelerrormodel.h"

#include "error.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "runstore.h"
#include "thumbnailloader.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace Atelier {

namespace {
QString percent(double value)
{
    return QLocale().toString(value * 100, 'f', 0) + QLatin1Char('%');
}
} // namespace

LabelErrorModel::LabelErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LabelErrorModel::~LabelErrorModel() = default;

void LabelErrorModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_loader.reset();
    m_report = LabelErrorReport();
    m_rows.clear();
    m_rowOfImage.clear();
    m_classOfRunLabel.clear();
    m_document = document;
    m_kept = KeptLabels();
    if (m_document) {
        m_loader = std::make_unique<ThumbnailLoader>(m_document->store(), 1);
        connect(m_loader.get(), &ThumbnailLoader::thumbnailReady, this, [this](qint64 imageId) {
            const int row = rowOfImage(imageId);
            if (row >= 0)
                emit dataChanged(index(row, PictureColumn), index(row, PictureColumn), {Qt::DecorationRole});
        });
        connect(m_document, &ProjectDocument::labelsChanged, this, &LabelErrorModel::onLabelsChanged);
        connect(m_document, &ProjectDocument::exclusionChanged, this, &LabelErrorModel::onExclusionChanged);
        connect(m_document, &ProjectDocument::classesChanged, this, [this] {
            readClasses();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
        m_kept = KeptLabels::read(m_document->store());
        readClasses();
    }
    endResetModel();
}

void LabelErrorModel::readClasses()
{
    m_classNames.clear();
    if (!m_document)
        return;
    try {
        for (const ClassInfo &info : m_document->store().classes())
            m_classNames.insert(info.id, info.name);
    } catch (const Error &) {
        // Names stay empty; the states are still right.
    }
}

void LabelErrorModel::setReport(const LabelErrorReport &report)
{
    beginResetModel();
    m_report = report;
    m_rows.clear();
    m_rowOfImage.clear();
    m_classOfRunLabel.clear();
    if (m_document) {
        ProjectStore &store = m_document->store();
        try {
            // A suggestion names one of the run's classes; without a mapping, that is a project class.
            const auto run = RunStore(store).run(report.runId);
            const bool mapped = !run || !run->classMapping.isEmpty();
            for (const QString &name : report.classNames) {
                const auto info = mapped ? std::nullopt : store.classByName(name);
                m_classOfRunLabel.append(info ? info->id : 0);
            }
            for (const LabelIssue &issue : report.issues) {
                Row row;
                if (const auto record = store.image(issue.imageId)) {
                    row.path = store.absolutePath(record->path);
                    row.fileName = QFileInfo(record->path).fileName();
                    row.givenClassId = record->classId;
                    row.currentClassId = record->classId;
                    row.excluded = record->excluded;
                }
                m_rowOfImage.insert(issue.imageId, int(m_rows.size()));
                m_rows.append(row);
            }
        } catch (const Error &) {
            // Rows without their file show what the report says.
        }
    }
    while (m_rows.size() < m_report.issues.size())
        m_rows.append(Row());
    endResetModel();
    emit statesChanged();
}

void LabelErrorModel::clear()
{
    setReport(LabelErrorReport());
}

// --- Following the project -----------------------------------------------------------------------

void LabelErrorModel::onLabelsChanged(const QList<qint64> &imageIds, qint64 classId)
{
    bool changed = false;
    for (const qint64 id : imageIds) {
        const int row = rowOfImage(id);
        if (row < 0)
            continue;
        m_rows[row].currentClassId = classId;
        emitRowChanged(row);
        changed = true;
    }
    if (changed)
        emit statesChanged();
}

void LabelErrorModel::onExclusionChanged(const QList<qint64> &imageIds, bool excluded)
{
    bool changed = false;
    for (const qint64 id : imageIds) {
        const int row = rowOfImage(id);
        if (row < 0)
            continue;
        m_rows[row].excluded = excluded;
        emitRowChanged(row);
        changed = true;
    }
    if (changed)
        emit statesChanged();
}

void LabelErrorModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LabelErrorModel::toggleKept(int row)
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return;
    const qint64 imageId = this->imageId(row);
    const qint64 classId = m_rows.at(row).currentClassId;
    KeptLabels kept = m_kept;
    if (kept.isKept(imageId, classId))
        kept.forget(imageId);
    else
        kept.keep(imageId, classId);
    kept.write(m_document->store());
    m_kept = kept;
    emitRowChanged(row);
    emit statesChanged();
}

// --- Reading -------------------------------------------------------------------------------------

const LabelIssue *LabelErrorModel::issue(int row) const
{
    return row >= 0 && row < m_report.issues.size() ? &m_report.issues.at(row) : nullptr;
}

qint64 LabelErrorModel::imageId(int row) const
{
    const LabelIssue *issue = this->issue(row);
    return issue ? issue->imageId : 0;
}

int LabelErrorModel::rowOfImage(qint64 imageId) const
{
    return m_rowOfImage.value(imageId, -1);
}

LabelErrorModel::State LabelErrorModel::state(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return State::Open;
    const Row &r = m_rows.at(row);
    if (r.excluded)
        return State::Excluded;
    if (r.currentClassId != r.givenClassId) {
        const qint64 suggested = suggestedClassId(row);
        return suggested != 0 && r.currentClassId == suggested ? State::Accepted : State::Relabelled;
    }
    if (m_kept.isKept(imageId(row), r.currentClassId))
        return State::Kept;
    return State::Open;
}

qint64 LabelErrorModel::suggestedClassId(int row) const
{
    const LabelIssue *issue = this->issue(row);
    if (!issue || issue->suggestedLabel < 0 || issue->suggestedLabel >= m_classOfRunLabel.size())
        return 0;
    return m_classOfRunLabel.at(issue->suggestedLabel);
}

qint64 LabelErrorModel::currentClassId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).currentClassId : 0;
}

QString LabelErrorModel::filePath(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).path : QString();
}

int LabelErrorModel::openCount() const
{
    int open = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        open += state(row) == State::Open ? 1 : 0;
    return open;
}

int LabelErrorModel::nextOpenRow(int row) const
{
    const int count = rowCount();
    for (int step = 1; step <= count; ++step) {
        const int candidate = (row + step) % count;
        if (state(candidate) == State::Open)
            return candidate;
    }
    return -1;
}

QString LabelErrorModel::runClassName(int label) const
{
    return label >= 0 && label < m_report.classNames.size() ? m_report.classNames.at(label) : QString();
}

int LabelErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.issues.size());
}

int LabelErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelErrorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LabelIssue &issue = m_report.issues.at(index.row());
    const Row &row = m_rows.at(index.row());
    if (role == ImageIdRole)
        return issue.imageId;
    const State state = this->state(index.row());
    if (role == Qt::ForegroundRole && state != State::Open && index.column() != StateColumn) {
        // Decided rows fade, so the open work stands out.
        QColor faded = QPalette().color(QPalette::Text);
        faded.setAlphaF(0.45);
        return faded;
    }
    switch (index.column()) {
    case PictureColumn:
        if (role == Qt::DecorationRole && m_loader) {
            const QPixmap pixmap = m_loader->thumbnail(issue.imageId);
            return pixmap.isNull() ? QVariant() : QVariant(QIcon(pixmap));
        }
        return {};
    case FileColumn:
        if (role == Qt::DisplayRole)
            return row.fileName;
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(row.path);
        return {};
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return m_classNames.value(row.givenClassId, runClassName(issue.givenLabel));
        return {};
    case SuggestedColumn:
        if (role == Qt::DisplayRole)
            return issue.suggestedLabel >= 0 ? runClassName(issue.suggestedLabel) : tr("—");
        return {};
    case ConfidenceColumn:
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole)
            return issue.suggestedLabel >= 0 && issue.suggestedProbability > 0 ? percent(issue.suggestedProbability)
                                                                              : QString();
        if (role == Qt::ToolTipRole && issue.suggestedLabel >= 0)
            return tr("The network gives “%1” %2 and the label “%3” %4")
                .arg(runClassName(issue.suggestedLabel), percent(issue.suggestedProbability),
                     runClassName(issue.givenLabel), percent(issue.givenProbability));
        return {};
    case ReasonColumn: {
        QStringList reasons;
        if (issue.suggestedProbability > 0)
            reasons.append(tr("prediction"));
        if (issue.conflictingDuplicate)
            reasons.append(tr("copies differ"));
        if (role == Qt::DisplayRole)
            return reasons.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole)
            return issue.conflictingDuplicate
                       ? tr("A copy of this image carries another label")
                       : tr("A network that never saw this image took it for another class");
        return {};
    }
    case StateColumn:
        if (role != Qt::DisplayRole)
            return {};
        switch (state) {
        case State::Open:
            return QString();
        case State::Accepted:
            return tr("Accepted");
        case State::Relabelled:
            return tr("Now “%1”").arg(row.currentClassId == 0 ? tr("unlabelled") : m_classNames.value(row.currentClassId));
        case State::Kept:
            return tr("Kept");
        case State::Excluded:
            return tr("Excluded");
        }
        return {};
    default:
        return {};
    }
}

QVariant LabelErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PictureColumn:
        return QString();
    case FileColumn:
        return tr("File");
    case LabelColumn:
        return tr("Label");
    case SuggestedColumn:
        return tr("Suggested");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonColumn:
        return tr("Why");
    case StateColumn:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace Atelier
