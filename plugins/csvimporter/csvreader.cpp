#include "csvreader.h"

#include <QStringDecoder>

namespace Atelier {

namespace {

const QChar Quote(QLatin1Char('"'));
const QChar LineFeed(QLatin1Char('\n'));
const QChar CarriageReturn(QLatin1Char('\r'));

/// Accumulates characters into fields and fields into records.
class RecordBuilder
{
public:
    explicit RecordBuilder(QList<CsvRecord> *records) : m_records(records) {}

    void append(QChar c) { m_field.append(c); }
    bool fieldIsEmpty() const { return m_field.isEmpty() && !m_fieldQuoted; }
    void markQuoted() { m_fieldQuoted = true; }

    void endField()
    {
        m_fields.append(m_field);
        m_field.clear();
        m_fieldQuoted = false;
    }

    void endRecord(int line)
    {
        const bool blank = m_fields.isEmpty() && m_field.isEmpty() && !m_fieldQuoted;
        endField();
        if (!blank)
            m_records->append({line, m_fields});
        m_fields.clear();
    }

    bool hasContent() const { return !m_fields.isEmpty() || !m_field.isEmpty() || m_fieldQuoted; }

private:
    QList<CsvRecord> *m_records;
    QStringList m_fields;
    QString m_field;
    bool m_fieldQuoted = false;
};

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    // Spreadsheets on some systems still save in a legacy 8-bit encoding.
    if (decoder.hasError())
        text = QString::fromLatin1(bytes);
    return parse(text);
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == Quote)
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == LineFeed || c == CarriageReturn))
            break;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
        else if (!inQuotes && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvReader::Result CsvReader::parse(const QString &input)
{
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    Result result;
    result.delimiter = detectDelimiter(text);
    RecordBuilder builder(&result.records);
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
        if (inQuotes) {
            if (c == Quote && next == Quote) {
                builder.append(Quote);
                ++i;
            } else if (c == Quote) {
                inQuotes = false;
            } else {
                if (c == LineFeed || (c == CarriageReturn && next != LineFeed))
                    ++line;
                builder.append(c);
            }
        } else if (c == Quote && builder.fieldIsEmpty()) {
            inQuotes = true;
            builder.markQuoted();
        } else if (c == result.delimiter) {
            builder.endField();
        } else if (c == LineFeed || c == CarriageReturn) {
            if (c == CarriageReturn && next == LineFeed)
                ++i;
            builder.endRecord(recordLine);
            ++line;
            recordLine = line;
        } else {
            builder.append(c); // a stray quote inside an unquoted field is kept as written
        }
    }
    if (inQuotes)
        result.problems.append(tr("line %1: unterminated quoted field").arg(recordLine));
    else if (builder.hasContent())
        builder.endRecord(recordLine);
    return result;
}

} // namespace Atelier
