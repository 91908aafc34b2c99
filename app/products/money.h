#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace pm {

/// An exact amount of money in cents. Never a float.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(pm::Money)
public:
    static constexpr qint64 MaxCents = 9'999'999'999; // 99,999,999.99

    constexpr Money() = default;
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }

    constexpr qint64 cents() const { return m_cents; }

    /// Parses user input: "9.03", "$9.03", " 9 ", "9,03" in a comma locale, group separators
    /// of the locale ("1,234.50" / "1.234,50"). Rejects more than two decimals, negatives,
    /// amounts above MaxCents and anything that is not a number. The error names the field
    /// "price" and the rule that was broken.
    static Result<Money> parse(const QString &text, const QLocale &locale = QLocale());

    /// Canonical form, locale-independent: "9.03", "1234.50". What the CLI, JSON and CSV use.
    QString toString() const;
    /// For display: the locale's separators and the currency symbol (ISO code, e.g. "USD").
    QString toDisplayString(const QLocale &locale,
                            const QString &currency = QStringLiteral("USD")) const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }

private:
    qint64 m_cents = 0;
};

} // namespace pm
