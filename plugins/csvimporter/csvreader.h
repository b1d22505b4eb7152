#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier {

/// One record of a CSV file, with the line it starts on (records may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// Parses RFC 4180 CSV: quoted fields holding delimiters, doubled quotes and line breaks; LF, CRLF
/// or CR line ends; a leading UTF-8 byte order mark. The delimiter (',', ';' or tab) is the one
/// used most often in the first line. Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::CsvReader)

public:
    struct Result
    {
        QList<CsvRecord> records;
        QStringList problems; ///< "line N: reason"
        QChar delimiter;
    };

    /// Decodes UTF-8 (Latin-1 when the data is not valid UTF-8) and parses.
    static Result parse(const QByteArray &data);
    static Result parse(const QString &text);
    static QChar detectDelimiter(const QString &text);
};

} // namespace Atelier
