#pragma once

#include <QTranslator>

namespace pm {

/// English plural forms for source texts written as "%n product(s)" until the translations
/// (with real numerus forms) arrive: "(s)" / "(es)" become the suffix when n != 1 and vanish
/// when n == 1. Installed first, so any real translator installed later takes precedence.
class PluralTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace pm
