#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace pm {

/// Chooses the user interface language and installs its translators: ours (embedded under
/// :/i18n) and Qt's own (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath). Arabic also
/// switches the application to a right-to-left layout. Owned by main(); the translators live as
/// long as it does. Installing applies to widgets created afterwards (the language is chosen
/// once, at start-up).
class LanguageSetup : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSetup(QObject *parent = nullptr);
    ~LanguageSetup() override;

    /// Language codes with an embedded translation, sorted ("ar", "de", …); English is the
    /// source language and is not listed.
    static QStringList availableLanguages();

    /// The language to use: `requested` (from --lang or the settings) when it is "en" or has a
    /// translation, else the first of the system locale's UI languages that has one, else "en".
    /// An unknown requested code falls back the same way; `unknown` is set to true then.
    static QString resolve(const QString &requested, const QLocale &system,
                           bool *unknown = nullptr);

    /// Installs the translators for `language` ("en" installs none) and sets the layout
    /// direction and the default locale. Returns false when our translation cannot be loaded.
    bool install(const QString &language);

    QString language() const { return m_language; }
    /// True when Qt's own translation (qtbase) was found for the installed language.
    bool hasQtTranslation() const { return m_qtLoaded; }

private:
    void removeInstalled();

    QLocale m_initialLocale; // the default locale before the first install()
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language = QStringLiteral("en");
    bool m_qtLoaded = false;
};

} // namespace pm
