#include "i18n/languagesetup.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pm {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("productmanager_");

// "de_AT" and "de-AT" both mean "de" to us: translations exist per language, not per region.
QString baseLanguage(const QString &code)
{
    QString base = code.trimmed().toLower();
    base.replace(QLatin1Char('-'), QLatin1Char('_'));
    return base.section(QLatin1Char('_'), 0, 0);
}

} // namespace

LanguageSetup::LanguageSetup(QObject *parent)
    : QObject(parent)
{ }

LanguageSetup::~LanguageSetup()
{
    removeInstalled();
}

QStringList LanguageSetup::availableLanguages()
{
    QStringList languages;
    const QStringList files
            = QDir(ResourceDir)
                      .entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(Prefix.size()).chopped(3));
    return languages;
}

QString LanguageSetup::resolve(const QString &requested, const QLocale &system, bool *unknown)
{
    const QStringList available = availableLanguages();
    const auto usable = [&available](const QString &code) {
        return code == QLatin1String("en") || available.contains(code);
    };
    if (unknown)
        *unknown = false;
    if (!requested.trimmed().isEmpty()) {
        const QString code = baseLanguage(requested);
        if (usable(code))
            return code;
        if (unknown)
            *unknown = true;
    }
    for (const QString &ui : system.uiLanguages()) {
        const QString code = baseLanguage(ui);
        if (usable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageSetup::install(const QString &language)
{
    removeInstalled();
    m_language = baseLanguage(language);
    if (m_language.isEmpty())
        m_language = QStringLiteral("en");

    bool ok = true;
    if (m_language != QLatin1String("en")) {
        m_app = new QTranslator(this);
        if (m_app->load(Prefix + m_language, ResourceDir)) {
            QCoreApplication::installTranslator(m_app);
        } else {
            qCWarning(lcUi) << "no translation for language" << m_language;
            delete m_app;
            m_app = nullptr;
            ok = false;
        }
    }

    // Qt's own strings (QDialogButtonBox, QFileDialog, context menus). English needs none.
    if (m_language != QLatin1String("en")) {
        m_qt = new QTranslator(this);
        m_qtLoaded = m_qt->load(QStringLiteral("qtbase_") + m_language,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded) {
            QCoreApplication::installTranslator(m_qt);
        } else {
            qCWarning(lcUi)
                    << "Qt's own translation (qtbase) not found for" << m_language
                    << "(qt6-translations-l10n; Qt 6.4 has none for some languages, e.g. sv)";
            delete m_qt;
            m_qt = nullptr;
        }
    }

    // Numbers, dates and prices follow the language; English keeps the locale main() chose.
    const QLocale locale(m_language);
    QLocale::setDefault(ok && m_language != QLatin1String("en") ? locale : m_initialLocale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    return ok;
}

void LanguageSetup::removeInstalled()
{
    for (QTranslator **t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    m_qtLoaded = false;
}

} // namespace pm
