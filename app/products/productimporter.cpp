#include "products/productimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace pm {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kPrice = QStringLiteral("price");

QByteArray withoutBom(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    return data;
}

/// A JSON number as an exact amount: 9.03 is stored as 9.029999…, so round to cents and
/// refuse only values that really have more than two decimals.
Result<Money> priceFromNumber(double value)
{
    if (!std::isfinite(value))
        return Error(ErrorKind::InvalidInput, ProductImporter::tr("The price is not a number."),
                     kPrice);
    if (value < 0)
        return Money::parse(QStringLiteral("-1"),
                            QLocale::c()); // the parser's own "negative" error
    const double scaled = value * 100.0;
    if (scaled > double(Money::MaxCents) + 0.5)
        return Money::parse(QStringLiteral("100000000"),
                            QLocale::c()); // the parser's "too large" error
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-9 + 1e-12 * std::fabs(scaled))
        return Money::parse(QStringLiteral("0.001"),
                            QLocale::c()); // the parser's "two decimals" error
    return Money(qint64(rounded));
}

struct CsvRecord
{
    int number = 0; // 1-based record number, header included
    QStringList fields;
    bool malformed = false;
    bool unterminated = false;
};

/// RFC 4180: fields separated by the delimiter, optionally quoted with "", "" inside quotes
/// for a quote, line breaks inside quotes kept; CRLF, LF or CR end a record.
QList<CsvRecord> parseCsvRecords(const QString &text, QChar delimiter)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int number = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        record.number = number++;
        // A blank line is no record at all, but it still counts as a line.
        if (recordHasContent || record.fields.size() > 1 || !record.fields.constFirst().isEmpty())
            records << record;
        record = CsvRecord();
        recordHasContent = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                recordHasContent = true;
            } else {
                record.malformed = true; // a quote inside an unquoted field, or after one
                field += c;
            }
        } else if (c == delimiter) {
            recordHasContent = true;
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            if (fieldWasQuoted)
                record.malformed = true; // text after the closing quote
            field += c;
            recordHasContent = true;
        }
    }
    if (inQuotes)
        record.unterminated = true;
    if (recordHasContent || !field.isEmpty() || !record.fields.isEmpty() || inQuotes)
        endRecord();
    return records;
}

} // namespace

Result<ImportResult> ProductImporter::parseJson(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(withoutBom(data), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorKind::InvalidInput,
                     tr("The file is not valid JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isArray())
        return Error(ErrorKind::InvalidInput,
                     tr("The JSON file must hold an array of {\"title\", \"price\"} objects."));
    const QJsonArray array = doc.array();
    ImportResult result;
    result.rows.reserve(array.size());
    int row = 0;
    for (const QJsonValue &value : array) {
        ++row;
        if (!value.isObject()) {
            result.rejected.append({row, QString(), tr("The entry is not an object.")});
            continue;
        }
        const QJsonObject object = value.toObject();
        const QJsonValue title = object.value(kTitle);
        if (!title.isString()) {
            result.rejected.append({row, kTitle, tr("The title is missing or is not text.")});
            continue;
        }
        auto validTitle = ProductRules::validateTitle(title.toString());
        if (!validTitle) {
            result.rejected.append({row, kTitle, validTitle.error().message});
            continue;
        }
        const QJsonValue price = object.value(kPrice);
        Result<Money> money = Money();
        if (price.isString())
            money = Money::parse(price.toString(), QLocale::c());
        else if (price.isDouble())
            money = priceFromNumber(price.toDouble());
        else
            money = Error(ErrorKind::InvalidInput,
                          tr("The price is missing or is neither text nor a number."), kPrice);
        if (!money) {
            result.rejected.append({row, kPrice, money.error().message});
            continue;
        }
        result.rows.append({validTitle.value(), money.value()});
    }
    return result;
}

Result<ImportResult> ProductImporter::parseCsv(const QByteArray &raw, const QLocale &priceLocale)
{
    const QByteArray data = withoutBom(raw);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError())
        return Error(ErrorKind::InvalidInput, tr("The CSV file is not valid UTF-8 text."));

    // A comma-decimal spreadsheet exports ';'-separated files: pick by the header line.
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    const QChar delimiter
            = firstLine.contains(QLatin1Char(';')) && !firstLine.contains(QLatin1Char(','))
            ? QLatin1Char(';')
            : QLatin1Char(',');
    const QList<CsvRecord> records = parseCsvRecords(text, delimiter);
    // Name what was found, so a file with "name,cost" tells the user what to rename.
    const auto noHeader = [](const QStringList &found) {
        QStringList shown;
        for (const QString &f : found) {
            if (!f.trimmed().isEmpty())
                shown << QStringLiteral("“%1”").arg(f.trimmed().left(40));
        }
        return Error(
                ErrorKind::InvalidInput,
                tr("The CSV file needs a header row naming the title and price columns "
                   "(found: %1).")
                        .arg(shown.isEmpty() ? tr("nothing") : shown.join(QStringLiteral(", "))));
    };
    if (records.isEmpty())
        return noHeader({});
    const CsvRecord &header = records.constFirst();
    int titleColumn = -1;
    int priceColumn = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name == kTitle && titleColumn < 0)
            titleColumn = i;
        else if (name == kPrice && priceColumn < 0)
            priceColumn = i;
    }
    if (titleColumn < 0 || priceColumn < 0)
        return noHeader(header.fields);
    const int needed = std::max(titleColumn, priceColumn) + 1;

    ImportResult result;
    result.rows.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.unterminated) {
            result.rejected.append({rec.number, QString(),
                                    tr("A quoted field is not closed before the end of the "
                                       "file.")});
            continue;
        }
        if (rec.malformed) {
            result.rejected.append(
                    {rec.number, QString(),
                     tr("The row has a stray quote; quote whole fields and double quotes "
                        "inside them.")});
            continue;
        }
        if (rec.fields.size() < needed) {
            result.rejected.append({rec.number, QString(),
                                    tr("The row has %1 fields; the header needs at least %2.")
                                            .arg(rec.fields.size())
                                            .arg(needed)});
            continue;
        }
        auto title = ProductRules::validateTitle(rec.fields.at(titleColumn));
        if (!title) {
            result.rejected.append({rec.number, kTitle, title.error().message});
            continue;
        }
        auto price = Money::parse(rec.fields.at(priceColumn), priceLocale);
        if (!price) {
            result.rejected.append({rec.number, kPrice, price.error().message});
            continue;
        }
        result.rows.append({title.value(), price.value()});
    }
    return result;
}

DuplicateSplit ProductImporter::splitDuplicates(const QList<ProductFields> &rows,
                                                const QList<Product> &existing)
{
    QSet<std::pair<QString, qint64>> known;
    known.reserve(existing.size());
    for (const Product &p : existing)
        known.insert({p.title, p.price.cents()});
    DuplicateSplit split;
    for (const ProductFields &row : rows) {
        if (known.contains({row.title, row.price.cents()}))
            split.duplicates.append(row);
        else
            split.fresh.append(row);
    }
    return split;
}

Result<ImportResult> ProductImporter::parseFile(const QString &path, Format format,
                                                const QLocale &priceLocale)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorKind::NotFound, tr("The file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorKind::Io,
                     tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    if (format == Format::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("json")) {
            format = Format::Json;
        } else if (suffix == QLatin1String("csv")) {
            format = Format::Csv;
        } else {
            const QByteArray head = withoutBom(data).trimmed().left(1);
            format = (head == "[" || head == "{") ? Format::Json : Format::Csv;
        }
    }
    return format == Format::Json ? parseJson(data) : parseCsv(data, priceLocale);
}

} // namespace pm
