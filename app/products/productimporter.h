#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace pm {

/// A row the importer refused, and why. Rows are numbered as a user sees them: JSON array
/// elements from 1; CSV records counting the header as record 1 (so the first data record
/// is 2, as in a spreadsheet).
struct ImportRejection
{
    int row = 0;
    QString field; ///< "title", "price", or empty for the row as a whole
    QString reason;
};

struct ImportResult
{
    QList<ProductFields> rows; ///< validated, ready for ProductRepository::insertMany
    QList<ImportRejection> rejected;
};

/// Rows of a file split by whether the catalogue already has a product with the same title
/// and price (a file imported twice).
struct DuplicateSplit
{
    QList<ProductFields> fresh; ///< not in the catalogue yet, in file order
    QList<ProductFields> duplicates; ///< same title and price as a product already there
};

/// Parses product files: a JSON array of {title, price} (price a string such as "$9.03" or a
/// number) or CSV (RFC 4180, UTF-8 with optional BOM, a header naming the title and price
/// columns; a ';' header separator is accepted too). Pure functions with no shared state:
/// call them from a worker thread, never from the UI thread for real files.
class ProductImporter
{
    Q_DECLARE_TR_FUNCTIONS(pm::ProductImporter)
public:
    enum class Format { Auto, Json, Csv };

    /// Reads and parses a file. Auto picks by extension (.json / .csv), else by content.
    /// Errors: NotFound, Io, InvalidInput (not JSON / not CSV / no title or price column).
    static Result<ImportResult> parseFile(const QString &path, Format format = Format::Auto,
                                          const QLocale &priceLocale = QLocale::c());
    static Result<ImportResult> parseJson(const QByteArray &data);
    /// priceLocale decides the decimal separator of price strings (C locale: "9.03").
    static Result<ImportResult> parseCsv(const QByteArray &data,
                                         const QLocale &priceLocale = QLocale::c());

    /// Splits `rows` into those whose (title, price) is not in `existing` and those whose is.
    /// Titles compare exactly (both sides are trimmed by the rules); a row repeated inside
    /// the file counts once per occurrence. O(rows + existing). Used by the window's
    /// "already in the catalogue" question and the CLI's `import --skip-duplicates`.
    static DuplicateSplit splitDuplicates(const QList<ProductFields> &rows,
                                          const QList<Product> &existing);
};

} // namespace pm
