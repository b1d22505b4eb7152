#include "csvimporterplugin.h"

#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Atelier {

namespace {

/// Which field holds what; -1: no such column.
struct Columns
{
    int path = 0;
    int label = 1;
};

bool isPathColumnName(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("path"),      QStringLiteral("file"),      QStringLiteral("filename"),
        QStringLiteral("file_name"), QStringLiteral("filepath"),  QStringLiteral("file_path"),
        QStringLiteral("image"),     QStringLiteral("image_path"), QStringLiteral("imagepath"),
        QStringLiteral("img"),       QStringLiteral("name"),
    };
    return names.contains(name.trimmed().toLower());
}

bool isLabelColumnName(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("label"),    QStringLiteral("class"),  QStringLiteral("class_name"),
        QStringLiteral("classname"), QStringLiteral("category"), QStringLiteral("target"),
        QStringLiteral("tag"),
    };
    return names.contains(name.trimmed().toLower());
}

/// Resolves paths in the list against the list file's folder.
class PathResolver
{
public:
    explicit PathResolver(const QString &listFile) : m_dir(QFileInfo(listFile).absoluteDir()) {}

    QString absolute(const QString &field) const
    {
        return QDir::cleanPath(m_dir.absoluteFilePath(field.trimmed()));
    }
    bool isExistingFile(const QString &field) const
    {
        return !field.trimmed().isEmpty() && QFileInfo(absolute(field)).isFile();
    }

private:
    QDir m_dir;
};

/// The columns named by a header row, or nothing when the row is data.
std::optional<Columns> headerColumns(const QList<CsvRecord> &records, const PathResolver &resolver)
{
    if (records.isEmpty())
        return std::nullopt;
    const QStringList &first = records.first().fields;
    Columns columns;
    columns.path = -1;
    columns.label = -1;
    for (int i = 0; i < first.size(); ++i) {
        if (columns.path < 0 && isPathColumnName(first.at(i)))
            columns.path = i;
        else if (columns.label < 0 && isLabelColumnName(first.at(i)))
            columns.label = i;
    }
    if (columns.path >= 0 && !resolver.isExistingFile(first.at(columns.path))) {
        if (columns.label < 0 && first.size() > 1) // an unknown name for the label: the next column
            columns.label = columns.path == 0 ? 1 : 0;
        return columns;
    }
    // Unknown column names: a first row that names no file, above rows that do, is a header.
    if (resolver.isExistingFile(first.value(0)))
        return std::nullopt;
    const int checked = qMin<int>(records.size(), 11);
    for (int i = 1; i < checked; ++i)
        if (resolver.isExistingFile(records.at(i).fields.value(0)))
            return Columns();
    return std::nullopt;
}

} // namespace

QString CsvImporterPlugin::name() const
{
    return tr("CSV list");
}

QStringList CsvImporterPlugin::fileSuffixes() const
{
    return {QStringLiteral("csv"), QStringLiteral("tsv")};
}

bool CsvImporterPlugin::readEntries(const QString &listFile, QList<ImportEntry> *entries,
                                    QStringList *problems, QString *error) const
{
    QFile file(listFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the list (%1)").arg(file.errorString());
        return false;
    }
    const CsvReader::Result parsed = CsvReader::parse(file.readAll());
    if (problems)
        problems->append(parsed.problems);

    const PathResolver resolver(listFile);
    const std::optional<Columns> header = headerColumns(parsed.records, resolver);
    const Columns columns = header.value_or(Columns());
    for (int i = header ? 1 : 0; i < parsed.records.size(); ++i) {
        const CsvRecord &record = parsed.records.at(i);
        const QString path = record.fields.value(columns.path).trimmed();
        auto problem = [&](const QString &reason) {
            if (problems)
                problems->append(tr("line %1: %2").arg(record.line).arg(reason));
        };
        if (path.isEmpty()) {
            problem(tr("no path"));
            continue;
        }
        const QFileInfo target(resolver.absolute(path));
        if (target.isDir()) {
            problem(tr("a folder, not a file: %1").arg(path));
            continue;
        }
        if (!target.exists()) {
            problem(tr("no such file: %1").arg(path));
            continue;
        }
        // Class names are one line: runs of spaces and line breaks become one space.
        const QString label = columns.label >= 0 ? record.fields.value(columns.label).simplified() : QString();
        entries->append({target.absoluteFilePath(), label});
    }
    return true;
}

} // namespace Atelier
