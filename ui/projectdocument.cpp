#include "projectdocument.h"

#include "documentcommand.h"
#include "projectstore.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Atelier {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_store);
}

ProjectDocument::~ProjectDocument()
{
    // The commands hold records of this project; they go before the store closes.
    delete m_undoStack;
}

QString ProjectDocument::filePath() const
{
    return m_store->filePath();
}

QString ProjectDocument::displayName() const
{
    return QFileInfo(m_store->filePath()).completeBaseName();
}

void ProjectDocument::execute(DocumentCommand *command)
{
    std::unique_ptr<DocumentCommand> owned(command);
    owned->applyFirstTime(); // throws, and the command is dropped
    m_undoStack->push(owned.release());
}

void ProjectDocument::setLabels(const QList<qint64> &imageIds, qint64 classId)
{
    if (imageIds.isEmpty())
        return;
    m_store->setLabels(imageIds, classId);
    emit labelsChanged(imageIds, classId);
}

void ProjectDocument::applyLabels(const QHash<qint64, qint64> &classByImage)
{
    if (classByImage.isEmpty())
        return;
    m_store->applyLabels(classByImage);
    notifyLabelsChanged(classByImage);
}

void ProjectDocument::setExcluded(const QList<qint64> &imageIds, bool excluded)
{
    if (imageIds.isEmpty())
        return;
    m_store->setExcluded(imageIds, excluded);
    emit exclusionChanged(imageIds, excluded);
}

void ProjectDocument::notifyLabelsChanged(const QHash<qint64, qint64> &classByImage)
{
    // Views take a class at a time.
    QHash<qint64, QList<qint64>> imagesByClass;
    for (auto it = classByImage.cbegin(); it != classByImage.cend(); ++it)
        imagesByClass[it.value()].append(it.key());
    for (auto it = imagesByClass.cbegin(); it != imagesByClass.cend(); ++it)
        emit labelsChanged(it.value(), it.key());
}

void ProjectDocument::notifyExclusionChanged(const QList<qint64> &imageIds, bool excluded)
{
    if (!imageIds.isEmpty())
        emit exclusionChanged(imageIds, excluded);
}

void ProjectDocument::notifyContentRectsChanged(const QList<qint64> &imageIds)
{
    emit contentRectsChanged(imageIds);
}

void ProjectDocument::notifyFingerprintsChanged()
{
    emit fingerprintsChanged();
}

void ProjectDocument::notifyClassesChanged()
{
    emit classesChanged();
}

void ProjectDocument::notifySplitsChanged()
{
    emit splitsChanged();
}

void ProjectDocument::notifyMappingsChanged()
{
    emit mappingsChanged();
}

void ProjectDocument::notifyContentChanged()
{
    emit contentChanged();
}

} // namespace Atelier
