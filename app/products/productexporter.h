#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace pm {

/// Writes the catalogue in the formats ProductImporter reads, so an export imports back into
/// the same titles and prices:
/// - CSV: UTF-8 without BOM, a `title,price` header, CRLF line ends (RFC 4180), every title
///   quoted with "" doubled inside, prices in the canonical form "1234.50" (a '.' decimal
///   point, no group separator, no currency sign);
/// - JSON: an array of {"title": "…", "price": "1234.50"} (the price as text: exact).
/// The file is written through QSaveFile: it appears complete or not at all, and an existing
/// file is replaced only when the new one is whole. Pure functions with no shared state:
/// call them from a worker thread.
class ProductExporter
{
    Q_DECLARE_TR_FUNCTIONS(pm::ProductExporter)
public:
    enum class Format { Auto, Json, Csv };

    /// `.json` → Json, anything else → Csv.
    static Format formatForPath(const QString &path);
    static QByteArray toCsv(const QList<Product> &products);
    static QByteArray toJson(const QList<Product> &products);
    /// Writes `products` to `path` and returns how many were written. `progress(done, total)`
    /// is called every few thousand rows and at the end; returning false cancels: the file
    /// is then left as it was (QSaveFile is discarded) and the result is -1.
    /// Errors: Io (the directory is not writable, the disk is full…).
    static Result<int> writeFile(const QString &path, const QList<Product> &products,
                                 Format format = Format::Auto,
                                 const std::function<bool(int done, int total)> &progress = {});
};

} // namespace pm
