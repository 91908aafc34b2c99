#pragma once

#include "core/result.h"
#include "products/money.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pm {

/// A product as stored. A plain value type; timestamps are UTC milliseconds since the epoch.
struct Product
{
    qint64 id = 0;
    QString title;
    Money price;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    friend bool operator==(const Product &a, const Product &b)
    {
        return a.id == b.id && a.title == b.title && a.price == b.price
                && a.createdMs == b.createdMs && a.updatedMs == b.updatedMs;
    }
    friend bool operator!=(const Product &a, const Product &b) { return !(a == b); }
};

/// The user-editable fields of a product, already validated.
struct ProductFields
{
    QString title;
    Money price;
};

/// A partial change: the fields to set on one product or on many (bulk update).
struct ProductChanges
{
    std::optional<QString> title;
    std::optional<Money> price;
    bool isEmpty() const { return !title && !price; }
};

namespace ProductRules {
constexpr int MaxTitleLength = 200; // Unicode code points, not bytes or UTF-16 units

/// Trims and checks a title: required, 1–200 characters. The error's field is "title".
Result<QString> validateTitle(const QString &title);
/// Validates raw user input for both fields; the first broken rule is returned.
Result<ProductFields> validate(const QString &title, const QString &priceText,
                               const QLocale &locale = QLocale());
} // namespace ProductRules

} // namespace pm

Q_DECLARE_METATYPE(pm::Product)
