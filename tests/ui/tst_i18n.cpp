// Translations: every language loads, the language is chosen as documented, and no surface of
// the application shows English leftovers or clipped text in any language.
#include "i18n/languagesetup.h"
#include "mainwindow/pluraltranslator.h"

#include "uisurfaces.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pm;

namespace {

const QStringList Languages = {QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("es"),
                               QStringLiteral("fr"), QStringLiteral("sv")};

// Text that is the same in every language: language names in their own language (the
// settings dialog lists them so), and words the translations keep on purpose.
const QStringList AllowList = {
        QStringLiteral("English"),  QStringLiteral("Svenska"), QStringLiteral("Deutsch"),
        QStringLiteral("Français"), QStringLiteral("Español"), QStringLiteral("العربية"),
        QStringLiteral("OK"),       QStringLiteral("SQL"),
};

struct Shown
{
    QString text;
    QString where; ///< surface, class and objectName, for the failure message
    bool clipped = false;
};

QString stripAccelerator(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// The width the text needs in `w`'s font; rich text is laid out as QLabel would.
int neededWidth(const QWidget *w, const QString &text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setDefaultFont(w->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        return qCeil(doc.idealWidth());
    }
    int width = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        width = qMax(width, w->fontMetrics().horizontalAdvance(line));
    return width;
}

QString describe(const QWidget *w, const QString &surface)
{
    return QStringLiteral("%1: %2 '%3'")
            .arg(surface, QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Everything a user can read on `root` (and its menus) right now.
QList<Shown> visibleTexts(QWidget *root, const QString &surface)
{
    QList<Shown> shown;
    const auto add = [&](const QWidget *w, const QString &text, bool clipped = false) {
        const QString t = plain(stripAccelerator(text)).trimmed();
        if (!t.isEmpty())
            shown.append({t, describe(w, surface), clipped});
    };
    add(root, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const bool clipped = !label->wordWrap()
                    && neededWidth(label,
                                   label->buddy() ? stripAccelerator(label->text()) : label->text())
                            > label->contentsRect().width() - 2 * label->margin();
            add(label, label->text(), clipped);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            auto *tool = qobject_cast<QToolButton *>(button);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            const QString text = stripAccelerator(button->text());
            int room = button->contentsRect().width();
            if (!button->icon().isNull())
                room -= button->iconSize().width();
            add(button, text,
                !qobject_cast<QToolButton *>(button) && neededWidth(button, text) > room);
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(box, box->title());
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                add(bar, bar->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (!header->model())
                continue;
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s))
                    continue;
                // A stretched section takes what is left; the others must fit their title.
                const bool clipped = header->sectionResizeMode(s) != QHeaderView::Stretch
                        && header->sectionSizeHint(s) > header->sectionSize(s);
                add(header, header->model()->headerData(s, header->orientation()).toString(),
                    clipped);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(edit, edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            add(dock, dock->windowTitle());
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        // A toolbar too wide for the window hides actions (and the search box) behind ».
        for (QToolBar *bar : window->findChildren<QToolBar *>()) {
            auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            if (bar->isVisible() && more && more->isVisible())
                shown.append({bar->windowTitle() + QStringLiteral(" (overflows into »)"),
                              describe(bar, surface), true});
        }
        for (QAction *menuAction : window->menuBar()->actions()) {
            add(window->menuBar(), menuAction->text());
            if (QMenu *menu = menuAction->menu()) {
                for (QAction *a : menu->actions())
                    add(menu, a->text());
            }
        }
    }
    return shown;
}

// Patterns of the source texts that a language translates to themselves ("Cache: %1" in
// German): showing them is not a leftover. Read from the committed .ts file.
QList<QRegularExpression> sameAsSource(const QString &language)
{
    QList<QRegularExpression> patterns;
    QFile file(qEnvironmentVariable("PM_SOURCE_DIR")
               + QStringLiteral("/translations/productmanager_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return patterns;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")
                   || xml.name() == QLatin1String("numerusform")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (translation.trimmed() != source.trimmed())
                continue;
            QString pattern = QRegularExpression::escape(stripAccelerator(source).trimmed());
            pattern.replace(QRegularExpression(QStringLiteral("%L?(\\d|n)")), QStringLiteral(".+"));
            patterns.append(
                    QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$")));
        }
    }
    return patterns;
}

// Numbers, sizes, durations, URLs and paths read the same in every language.
bool isLanguageNeutral(const QString &text)
{
    if (text.contains(QLatin1String("://")) || text.startsWith(QLatin1Char('/'))
        || text.endsWith(QLatin1String(".db")))
        return true;
    QString letters = text;
    letters.remove(QRegularExpression(QStringLiteral("\\b(ms|µs|s|B|KiB|MiB)\\b")));
    // Cache API operation names ("get 3 · set 1") are code, as in the console and the docs.
    static const QRegularExpression operations(
            QStringLiteral("^([a-z_]+ \\d+)( · [a-z_]+ \\d+)*$"));
    if (operations.match(text).hasMatch())
        return true;
    return !letters.contains(QRegularExpression(QStringLiteral("\\p{L}\\p{L}")));
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void resources_everyLanguage_loadsFromI18n();
    void resolve_requestedThenSystemThenEnglish();
    void install_arabic_rightToLeftWithQtStrings();
    void surfaces_everyLanguage_noEnglishLeftoverNorClippedText_data();
    void surfaces_everyLanguage_noEnglishLeftoverNorClippedText();

private:
    QList<Shown> walkAll(const QString &language);

    ManualClock m_clock{1'700'000'000'000};
    test::AnsweringDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    QSet<QString> m_english; // what the English UI shows
    PluralTranslator *m_plurals = nullptr;
    LanguageSetup *m_languages = nullptr;
};

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("ProductManagerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    m_plurals = new PluralTranslator(this);
    QCoreApplication::installTranslator(m_plurals);
    m_languages = new LanguageSetup(this);
}

void TestI18n::cleanup()
{
    m_languages->install(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestI18n::resources_everyLanguage_loadsFromI18n()
{
    QCOMPARE(LanguageSetup::availableLanguages(), Languages);
    for (const QString &language : Languages) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/productmanager_") + language),
                 qPrintable(language));
        QVERIFY(!translator.isEmpty());
        const QString file = translator.translate("pm::MainWindow", "&File", "menu");
        QVERIFY2(!file.isEmpty() && file != QLatin1String("&File"), qPrintable(language));
        // Plurals come from the numerus forms, not from glued words.
        const QString two = translator.translate("pm::MainWindow", "%Ln product(s)", nullptr, 2);
        QVERIFY2(!two.isEmpty() && !two.contains(QLatin1String("(s)")), qPrintable(language));
        // pm_core's strings are in the same catalogue (lupdate saw its sources too).
        QVERIFY(!translator.translate("pm::Money", "A price is required.").isEmpty());
        // Qt's own strings exist for the language too (qt6-translations-l10n), except Swedish:
        // Qt 6.4 ships no qtbase_sv.qm. Our dialogs name their buttons themselves, so the
        // Swedish UI shows no English button either way.
        if (language == QLatin1String("sv"))
            continue;
        QTranslator qt;
        QVERIFY2(qt.load(QStringLiteral("qtbase_") + language,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 qPrintable(language));
    }
}

void TestI18n::resolve_requestedThenSystemThenEnglish()
{
    bool unknown = true;
    QCOMPARE(LanguageSetup::resolve(QStringLiteral("de_AT"), QLocale(QStringLiteral("sv_SE")),
                                    &unknown),
             QStringLiteral("de"));
    QVERIFY(!unknown);
    QCOMPARE(LanguageSetup::resolve(QStringLiteral("en"), QLocale(QStringLiteral("sv_SE"))),
             QStringLiteral("en"));
    QCOMPARE(LanguageSetup::resolve({}, QLocale(QStringLiteral("fr_CA"))), QStringLiteral("fr"));
    QCOMPARE(LanguageSetup::resolve({}, QLocale(QStringLiteral("ja_JP"))), QStringLiteral("en"));
    QCOMPARE(LanguageSetup::resolve(QStringLiteral("xx"), QLocale(QStringLiteral("es_MX")),
                                    &unknown),
             QStringLiteral("es"));
    QVERIFY(unknown);
}

void TestI18n::install_arabic_rightToLeftWithQtStrings()
{
    QVERIFY(m_languages->install(QStringLiteral("ar")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_languages->hasQtTranslation());
    QCOMPARE(QCoreApplication::translate("pm::MainWindow", "&File", "menu"),
             QStringLiteral("&ملف"));
    // A Qt string: the standard Cancel button of QDialogButtonBox.
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    QCOMPARE(QCoreApplication::translate("pm::MainWindow", "%Ln product(s)", nullptr, 2),
             QStringLiteral("منتجان"));

    QVERIFY(m_languages->install(QStringLiteral("en")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QCoreApplication::translate("pm::MainWindow", "&File", "menu"),
             QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("pm::MainWindow", "%Ln product(s)", nullptr, 1),
             QStringLiteral("1 product")); // the English plural translator still answers
}

QList<Shown> TestI18n::walkAll(const QString &language)
{
    m_languages->install(language);
    QTemporaryDir dir;
    QList<Shown> shown;
    auto window = test::openLoadedWindow(dir.filePath(QStringLiteral("products.db")), 6, m_clock,
                                         m_dialogs);
    if (language == QLatin1String("ar"))
        [&] {
            QVERIFY(window->isRightToLeft());
        }();
    test::forEachSurface(window.get(), [&](QWidget *surface, const QString &label) {
        shown += visibleTexts(surface, label);
    });
    window.reset();
    return shown;
}

void TestI18n::surfaces_everyLanguage_noEnglishLeftoverNorClippedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en"); // first: collects the English texts
    for (const QString &language : Languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestI18n::surfaces_everyLanguage_noEnglishLeftoverNorClippedText()
{
    QFETCH(QString, language);
    const QList<Shown> shown = walkAll(language);
    QVERIFY(shown.size() > 40); // the walk really saw the window, its menus and dialogs

    QStringList problems;
    for (const Shown &s : shown) {
        if (s.clipped)
            problems << QStringLiteral("clipped: \"%1\" in %2").arg(s.text, s.where);
    }
    if (language == QLatin1String("en")) {
        for (const Shown &s : shown)
            m_english.insert(s.text);
    } else {
        QVERIFY2(!m_english.isEmpty(), "the English row runs first");
        const QList<QRegularExpression> same = sameAsSource(language);
        QVERIFY(!same.isEmpty());
        for (const Shown &s : shown) {
            if (!m_english.contains(s.text) || AllowList.contains(s.text)
                || isLanguageNeutral(s.text))
                continue;
            const bool intended
                    = std::any_of(same.cbegin(), same.cend(), [&](const QRegularExpression &re) {
                          return re.match(s.text).hasMatch();
                      });
            if (!intended)
                problems << QStringLiteral("English: \"%1\" in %2").arg(s.text, s.where);
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
