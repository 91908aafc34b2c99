#pragma once

#include "products/product.h"

#include <QList>
#include <QtGlobal>

namespace pm {

/// Deterministic demo data: "Category - Adjective Noun" titles and prices 0.50–99.99.
/// The same n and seed give the same rows on every machine and run, and generate(n) is a
/// prefix of generate(n + k). No std::random_device, no time.
class ProductSeeder
{
public:
    static QList<ProductFields> generate(int n, quint64 seed = 1);
};

} // namespace pm
