#pragma once

#include "importerinterface.h"

#include <QObject>

namespace Atelier {

/// Reads `path,label` lists (CSV or TSV). A header row is recognised and skipped; the label
/// column is optional. Relative paths are relative to the list file's folder; labels are
/// simplified to one line.
class CsvImporterPlugin : public QObject, public ImporterInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierImporterInterface_iid FILE "csvimporter.json")
    Q_INTERFACES(Atelier::ImporterInterface)

public:
    QString name() const override;
    QStringList fileSuffixes() const override;
    bool readEntries(const QString &listFile, QList<ImportEntry> *entries, QStringList *problems,
                     QString *error) const override;
};

} // namespace Atelier
