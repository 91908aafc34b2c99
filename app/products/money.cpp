#include "products/money.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace pm {

namespace {

const QString kField = QStringLiteral("price");

/// Formats an amount with the locale's digits and separators, exactly (no double).
QString formatNumber(qint64 cents, const QLocale &locale)
{
    const bool negative = cents < 0;
    // Avoid overflow on the minimum value by working on the quotient and remainder.
    qint64 units = cents / 100;
    qint64 frac = cents % 100;
    if (negative) {
        units = -units;
        frac = -frac;
    }
    QString fracText = locale.toString(frac);
    if (frac < 10)
        fracText.prepend(locale.zeroDigit());
    QString text = locale.toString(units) + locale.decimalPoint() + fracText;
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

struct CurrencyLocales
{
    // ISO code -> (language, symbol) of every locale that uses it.
    QHash<QString, QList<std::pair<QLocale::Language, QString>>> byCode;
};

const CurrencyLocales &currencyLocales()
{
    // Built once, read-only afterwards: a lookup table, not a service.
    static const CurrencyLocales table = [] {
        CurrencyLocales t;
        const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                  QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (!code.isEmpty())
                t.byCode[code].append({l.language(), l.currencySymbol(QLocale::CurrencySymbol)});
        }
        return t;
    }();
    return table;
}

QString currencySymbol(const QLocale &locale, const QString &iso)
{
    if (iso.isEmpty())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == iso)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const auto it = currencyLocales().byCode.constFind(iso);
    if (it == currencyLocales().byCode.constEnd() || it->isEmpty())
        return iso;
    // Prefer how speakers of the same language write it, then English, then anyone.
    for (const auto &[language, symbol] : *it) {
        if (language == locale.language())
            return symbol;
    }
    for (const auto &[language, symbol] : *it) {
        if (language == QLocale::English)
            return symbol;
    }
    return it->first().second;
}

bool startsWithMinus(const QString &s, const QLocale &locale)
{
    const QString neg = locale.negativeSign();
    return s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))
            || s.startsWith(QLatin1Char('(')) || (!neg.isEmpty() && s.startsWith(neg));
}

bool endsWithMinus(const QString &s)
{
    return s.endsWith(QLatin1Char('-')) || s.endsWith(QChar(0x2212))
            || s.endsWith(QLatin1Char(')'));
}

/// Removes one currency marker from the front or back ("$", "US$", "kr", "€", "USD" …).
QString stripCurrency(QString s, const QLocale &locale, bool front)
{
    QStringList markers = {locale.currencySymbol(QLocale::CurrencySymbol),
                           locale.currencySymbol(QLocale::CurrencyIsoCode),
                           QStringLiteral("US$"),
                           QStringLiteral("USD"),
                           QStringLiteral("EUR"),
                           QStringLiteral("GBP"),
                           QStringLiteral("SEK"),
                           QStringLiteral("kr")};
    markers.removeAll(QString());
    std::sort(markers.begin(), markers.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &m : markers) {
        if (front ? s.startsWith(m, Qt::CaseInsensitive) : s.endsWith(m, Qt::CaseInsensitive)) {
            s = front ? s.mid(m.size()) : s.left(s.size() - m.size());
            return s.trimmed();
        }
    }
    if (!s.isEmpty()) {
        const QChar c = front ? s.front() : s.back();
        if (c.category() == QChar::Symbol_Currency)
            s = front ? s.mid(1) : s.left(s.size() - 1);
    }
    return s.trimmed();
}

} // namespace

Result<Money> Money::parse(const QString &text, const QLocale &locale)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return Error(ErrorKind::InvalidInput, tr("A price is required."), kField);

    const auto notANumber = [&] {
        return Error(ErrorKind::InvalidInput,
                     tr("\"%1\" is not a price: enter an amount such as %2.")
                             .arg(text.trimmed(), formatNumber(903, locale)),
                     kField);
    };
    const auto negative = [] {
        return Error(ErrorKind::InvalidInput, tr("A price cannot be negative."), kField);
    };

    if (startsWithMinus(s, locale) || endsWithMinus(s))
        return negative();
    s = stripCurrency(s, locale, true);
    if (startsWithMinus(s, locale))
        return negative();
    s = stripCurrency(s, locale, false);
    if (s.isEmpty())
        return notANumber();
    if (startsWithMinus(s, locale) || endsWithMinus(s))
        return negative();

    const QString dec = locale.decimalPoint();
    const QString grp = locale.groupSeparator();
    const QChar decChar = dec.size() == 1 ? dec.front() : QChar();
    const QChar grpChar = grp.size() == 1 ? grp.front() : QChar();
    // Swedish and French group with (no-break) spaces; users type plain ones.
    const bool spaceGroups = !grpChar.isNull() && grpChar.isSpace();

    struct Separator
    {
        int digitsBefore;
        QChar ch;
    };
    QString digits;
    QList<Separator> seps;
    digits.reserve(s.size());
    for (const QChar c : s) {
        const int value = c.digitValue();
        if (c.isDigit() && value >= 0 && value <= 9) {
            digits += QLatin1Char(char('0' + value));
        } else if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == decChar || c == grpChar
                   || (spaceGroups && c.isSpace())) {
            seps.append({int(digits.size()), c});
        } else {
            return notANumber();
        }
    }
    if (digits.isEmpty())
        return notANumber();

    // Which separator, if any, is the decimal point? The locale's, when it comes last; or a
    // lone '.' followed by one or two digits, the canonical form accepted everywhere.
    int decimalAt = -1;
    if (!seps.isEmpty()) {
        const Separator &last = seps.constLast();
        bool isDecimal = !decChar.isNull() && last.ch == decChar;
        if (!isDecimal && last.ch == QLatin1Char('.')) {
            const int after = int(digits.size()) - last.digitsBefore;
            const bool lone = std::count_if(seps.cbegin(), seps.cend(),
                                            [&](const Separator &x) {
                                                return x.ch == QLatin1Char('.') || x.ch == decChar;
                                            })
                    == 1;
            isDecimal = lone && after >= 1 && after <= 2;
        }
        if (isDecimal)
            decimalAt = int(seps.size()) - 1;
    }
    const int intLength = decimalAt >= 0 ? seps.at(decimalAt).digitsBefore : int(digits.size());
    const int groupCount = decimalAt >= 0 ? decimalAt : int(seps.size());
    int previous = -1;
    for (int i = 0; i < groupCount; ++i) {
        const Separator &g = seps.at(i);
        const bool isGroup = g.ch == grpChar || (spaceGroups && g.ch.isSpace());
        const int width = previous < 0 ? g.digitsBefore : g.digitsBefore - previous;
        if (!isGroup || width < 1 || width > 3 || (previous >= 0 && width != 3))
            return notANumber();
        previous = g.digitsBefore;
    }
    if (previous >= 0 && intLength - previous != 3)
        return notANumber();

    QString intDigits = digits.left(intLength);
    const QString fracDigits = digits.mid(intLength);
    if (fracDigits.size() > 2)
        return Error(ErrorKind::InvalidInput, tr("A price can have at most two decimal places."),
                     kField);
    while (intDigits.size() > 1 && intDigits.front() == QLatin1Char('0'))
        intDigits.remove(0, 1);
    const auto tooLarge = [&] {
        return Error(ErrorKind::InvalidInput,
                     tr("A price cannot be more than %1.").arg(formatNumber(MaxCents, locale)),
                     kField);
    };
    if (intDigits.size() > 8)
        return tooLarge();
    const qint64 units = intDigits.isEmpty() ? 0 : intDigits.toLongLong();
    const qint64 frac = (fracDigits + QStringLiteral("00")).left(2).toLongLong();
    const qint64 cents = units * 100 + frac;
    if (cents > MaxCents)
        return tooLarge();
    return Money(cents);
}

QString Money::toString() const
{
    return formatNumber(m_cents, QLocale::c()).remove(QLatin1Char(','));
}

QString Money::toDisplayString(const QLocale &locale, const QString &currency) const
{
    const QString symbol = currencySymbol(locale, currency);
    // Let Qt place the symbol and sign for the locale, then put in the exact digits: the
    // double overload would round large amounts.
    const QString pattern = locale.toCurrencyString(m_cents < 0 ? -1.0 : 1.0, symbol, 2);
    const QString one = locale.toString(1.0, 'f', 2);
    const int at = pattern.indexOf(one);
    const QString exact = formatNumber(m_cents < 0 ? -m_cents : m_cents, locale);
    if (at < 0)
        return formatNumber(m_cents, locale) + QLatin1Char(' ') + symbol;
    QString result = pattern;
    result.replace(at, one.size(), exact);
    return result;
}

} // namespace pm
