#include "keptlabels.h"

#include "error.h"
#include "projectstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Atelier {

KeptLabels KeptLabels::read(const ProjectStore &store)
{
    KeptLabels kept;
    try {
        // {"<image id>": <class id>, ...}
        const QJsonObject object = QJsonDocument::fromJson(store.metaValue(metaKey()).toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool ok = false;
            const qint64 imageId = it.key().toLongLong(&ok);
            const qint64 classId = qint64(it.value().toDouble());
            if (ok && imageId > 0 && classId > 0)
                kept.m_classOf.insert(imageId, classId);
        }
    } catch (const Error &) {
        // Nothing kept: the queue shows every issue as open.
    }
    return kept;
}

void KeptLabels::write(ProjectStore &store) const
{
    QJsonObject object;
    for (auto it = m_classOf.cbegin(); it != m_classOf.cend(); ++it)
        object.insert(QString::number(it.key()), double(it.value()));
    store.setMetaValue(metaKey(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace Atelier
