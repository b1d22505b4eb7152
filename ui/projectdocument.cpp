#include "projectdocument.h"

#include "projectstore.h"

#include <QFileInfo>

namespace Atelier {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::filePath() const
{
    return m_store->filePath();
}

QString ProjectDocument::displayName() const
{
    return QFileInfo(m_store->filePath()).completeBaseName();
}

void ProjectDocument::setLabels(const QList<qint64> &imageIds, qint64 classId)
{
    if (imageIds.isEmpty())
        return;
    m_store->setLabels(imageIds, classId);
    emit labelsChanged(imageIds, classId);
}

void ProjectDocument::notifyContentChanged()
{
    emit contentChanged();
}

} // namespace Atelier
