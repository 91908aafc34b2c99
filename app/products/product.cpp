#include "products/product.h"

#include <QCoreApplication>

namespace pm::ProductRules {

Result<QString> validateTitle(const QString &title)
{
    const QString field = QStringLiteral("title");
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("pm::ProductRules", "A title is required."),
                     field);
    // Count code points: an emoji is one character to the user but two UTF-16 units.
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (!(trimmed.at(i).isLowSurrogate() && i > 0 && trimmed.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    if (codePoints > MaxTitleLength)
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("pm::ProductRules",
                                                 "A title can have at most %1 characters; this "
                                                 "one has %2.")
                             .arg(MaxTitleLength)
                             .arg(codePoints),
                     field);
    return trimmed;
}

Result<ProductFields> validate(const QString &title, const QString &priceText,
                               const QLocale &locale)
{
    auto t = validateTitle(title);
    if (!t)
        return t.error();
    auto price = Money::parse(priceText, locale);
    if (!price)
        return price.error();
    return ProductFields{t.value(), price.value()};
}

} // namespace pm::ProductRules
