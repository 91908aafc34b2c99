#include "mainwindow/pluraltranslator.h"

#include <QRegularExpression>

#include <cstring>

namespace pm {

QString PluralTranslator::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText || !std::strstr(sourceText, "("))
        return {}; // no plural: let Qt use the source text
    static const QRegularExpression suffix(QStringLiteral("(?<=\\w)\\((s|es)\\)"));
    QString text = QString::fromUtf8(sourceText);
    text.replace(suffix, n == 1 ? QString() : QStringLiteral("\\1"));
    return text;
}

} // namespace pm
