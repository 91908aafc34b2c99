#pragma once

#include "products/product.h"

#include <QList>
#include <QString>

namespace pm::test {

/// The catalogue fixture the import tests use: `n` products from the deterministic demo
/// generator (ProductSeeder, seed 1), so every machine and run gets the same rows.
QList<ProductFields> catalogueRows(int n);

/// Writes catalogueRows(n) as a JSON array of {"title", "price"} objects, the form the
/// importer reads, into `dir/name`. Prices alternate between the two forms a real export
/// holds: every third one is text with a currency sign ("$9.03"), the others JSON numbers.
/// Returns the absolute path, or an empty string if the file could not be written.
QString writeCatalogueJson(const QString &dir, int n,
                           const QString &name = QStringLiteral("products.json"));

} // namespace pm::test
