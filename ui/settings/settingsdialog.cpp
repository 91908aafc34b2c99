#include "settings/settingsdialog.h"

#include "cache/cacheurl.h"
#include "catalogue/productdialog.h"
#include "core/urlredaction.h"
#include "widgets/dialogs.h"
#include "worker/connectiontester.h"
#include "worker/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pm {

namespace {
constexpr int MaxTimeoutS = 365 * 24 * 3600;

QString databaseRule(const QString &text)
{
    // Empty is refused too (fromUrl says why): the dialog always shows the file in use.
    const auto config = DatabaseConfig::fromUrl(text);
    return config ? QString() : redactUrl(config.error().message);
}

const QString CaKey = QStringLiteral("ssl_ca_certs");
const QString CertKey = QStringLiteral("ssl_certfile");
const QString KeyKey = QStringLiteral("ssl_keyfile");
const QString CertReqsKey = QStringLiteral("ssl_cert_reqs");

bool isRedisTcpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("redis") || scheme == QLatin1String("rediss");
}

QString cacheRule(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {}; // memory://, as the placeholder says
    const auto url = CacheUrl::parse(text.trimmed());
    return url ? QString() : redactUrl(url.error().message);
}

QLabel *errorLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    styleAsError(label);
    label->setVisible(false);
    return label;
}

QLabel *hintLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // As wide as its field, not as its text: a long hint wraps instead of running to the edge.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QVBoxLayout *fieldColumn(QLayout *field, QLabel *hint, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(hint);
    if (error)
        column->addWidget(error);
    return column;
}
} // namespace

SettingsDialog::SettingsDialog(const ConnectionSettings &settings, Dialogs &dialogs,
                               QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_database(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_databaseError(errorLabel(QStringLiteral("databaseError"), tr("Database error"), this))
    , m_cache(new QLineEdit(this))
    , m_cacheError(errorLabel(QStringLiteral("cacheError"), tr("Cache error"), this))
    , m_timeout(new QSpinBox(this))
    , m_neverExpire(new QCheckBox(tr("&Never expire"), this))
    , m_keyPrefix(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_rememberDatabase(new QCheckBox(tr("Remember the database &password"), this))
    , m_rememberCache(new QCheckBox(tr("Remember the cache pass&word"), this))
    , m_keychainNote(new QLabel(this))
    , m_tlsBox(new QWidget(this))
    , m_useTls(new QCheckBox(tr("Use &TLS"), m_tlsBox))
    , m_caFile(new QLineEdit(m_tlsBox))
    , m_certFile(new QLineEdit(m_tlsBox))
    , m_keyFile(new QLineEdit(m_tlsBox))
    , m_verify(new QCheckBox(tr("&Verify the server's certificate"), m_tlsBox))
    , m_verifyWarning(new QLabel(m_tlsBox))
    , m_test(new QPushButton(tr("Test co&nnection"), this))
    , m_testResult(new QLabel(this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());

    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(tr("/path/products.db"));
    m_database->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Browse for an SQLite file"));
    m_browse->setAutoDefault(false);
    m_browse->setToolTip(tr("Choose an SQLite catalogue file"));

    m_cache->setObjectName(QStringLiteral("cacheEdit"));
    m_cache->setAccessibleName(tr("Cache"));
    m_cache->setPlaceholderText(QStringLiteral("memory://"));
    m_cache->setClearButtonEnabled(true);

    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Default timeout in seconds"));
    m_timeout->setRange(0, MaxTimeoutS);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setAccelerated(true);
    m_timeout->setAccessibleDescription(
            tr("How long a cached value lives when a call gives no timeout"));
    m_neverExpire->setObjectName(QStringLiteral("neverExpireCheck"));
    m_neverExpire->setAccessibleName(tr("Never expire"));
    m_neverExpire->setAccessibleDescription(
            tr("Cached values stay until they are deleted or invalidated"));

    m_keyPrefix->setObjectName(QStringLiteral("keyPrefixEdit"));
    m_keyPrefix->setAccessibleName(tr("Key prefix"));
    m_keyPrefix->setPlaceholderText(tr("none"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the user interface"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, as language pickers show them: not translated.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(tr("OK"));
    ok->setToolTip(tr("Save the settings; a changed database or cache reopens at once"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Our own word: Qt 6.4 has no Swedish qtbase catalogue for the standard button.
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close the dialog without saving"));

    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_browse);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addWidget(m_neverExpire);
    timeoutRow->addStretch();

    auto *form = new QFormLayout;
    auto *databaseLabel = new QLabel(tr("&Database:"), this);
    databaseLabel->setBuddy(m_database);
    auto *cacheLabel = new QLabel(tr("&Cache:"), this);
    cacheLabel->setBuddy(m_cache);
    auto *timeoutLabel = new QLabel(tr("Default &timeout:"), this);
    timeoutLabel->setBuddy(m_timeout);
    auto *prefixLabel = new QLabel(tr("Key &prefix:"), this);
    prefixLabel->setBuddy(m_keyPrefix);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);

    // The hint and the error live in the field's column: a hidden error takes no space.
    form->addRow(databaseLabel,
                 fieldColumn(databaseRow,
                             hintLabel(QStringLiteral("databaseHint"),
                                       tr("A file path, sqlite:///path/products.db or "
                                          "postgresql://user@host/dbname."),
                                       this),
                             m_databaseError));
    form->addRow(QString(), m_rememberDatabase);
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cache);
    form->addRow(cacheLabel,
                 fieldColumn(cacheRow,
                             hintLabel(QStringLiteral("cacheHint"),
                                       tr("memory://, redis://[:password@]host[:port][/db], "
                                          "rediss://… (TLS), unix:///path/redis.sock[?db=N] or "
                                          "redis-sentinel://host:port,…/db?service=NAME."),
                                       this),
                             m_cacheError));
    buildConnectionExtras(form);
    form->addRow(timeoutLabel, timeoutRow);
    form->addRow(prefixLabel, m_keyPrefix);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    form->addRow(languageLabel,
                 fieldColumn(languageRow,
                             hintLabel(QStringLiteral("languageHint"),
                                       tr("The language applies from the next start."), this),
                             nullptr));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_database->setText(settings.database);
    m_cache->setText(settings.cache);
    m_timeout->setValue(settings.defaultTimeoutS);
    m_neverExpire->setChecked(settings.neverExpire);
    m_timeout->setEnabled(!settings.neverExpire);
    m_keyPrefix->setText(settings.keyPrefix);
    m_rememberDatabase->setChecked(settings.rememberDatabasePassword);
    m_rememberCache->setChecked(settings.rememberCachePassword);
    tlsFieldsFromUrl();
    const int languageIndex = m_language->findData(settings.language);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);

    connect(m_database, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_cache, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_neverExpire, &QCheckBox::toggled, m_timeout, &QWidget::setDisabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_cache, &QLineEdit::textChanged, this, &SettingsDialog::tlsFieldsFromUrl);
    for (QCheckBox *box : {m_useTls, m_verify})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::urlFromTlsFields);
    for (QLineEdit *field : {m_caFile, m_certFile, m_keyFile})
        connect(field, &QLineEdit::textEdited, this, &SettingsDialog::urlFromTlsFields);
    for (QCheckBox *box : {m_rememberDatabase, m_rememberCache})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::probeKeychain);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &SettingsDialog::showTestResult);

    setMinimumWidth(620);
    revalidate();
    if (settings.rememberDatabasePassword || settings.rememberCachePassword)
        probeKeychain();
}

ConnectionSettings SettingsDialog::settings() const
{
    ConnectionSettings s;
    s.database = m_database->text().trimmed();
    s.cache = m_cache->text().trimmed();
    s.defaultTimeoutS = m_timeout->value();
    s.neverExpire = m_neverExpire->isChecked();
    s.keyPrefix = m_keyPrefix->text().trimmed();
    s.language = m_language->currentData().toString();
    s.rememberDatabasePassword = m_rememberDatabase->isChecked();
    s.rememberCachePassword = m_rememberCache->isChecked();
    return s;
}

bool SettingsDialog::isValid() const
{
    return databaseRule(m_database->text()).isEmpty() && cacheRule(m_cache->text()).isEmpty();
}

void SettingsDialog::revalidate()
{
    // Settings start from values that work, so a message shows as soon as a field is wrong.
    const QString database = databaseRule(m_database->text());
    const QString cache = cacheRule(m_cache->text());
    m_databaseError->setText(database);
    m_databaseError->setVisible(!database.isEmpty());
    m_cacheError->setText(cache);
    m_cacheError->setVisible(!cache.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(database.isEmpty() && cache.isEmpty());
}

void SettingsDialog::browse()
{
    // An existing file; a new catalogue is created by typing its path.
    const QString path = m_dialogs.openFileName(
            this, tr("Choose a Catalogue"),
            tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        m_database->setText(path);
}

void SettingsDialog::accept()
{
    if (!isValid()) {
        revalidate();
        return;
    }
    savePasswords();
    QDialog::accept();
}

// ---- Remember password, TLS fields, Test connection --------------------------------------

void SettingsDialog::buildConnectionExtras(QFormLayout *form)
{
    m_rememberDatabase->setObjectName(QStringLiteral("rememberDatabaseCheck"));
    m_rememberDatabase->setAccessibleName(tr("Remember the database password"));
    m_rememberDatabase->setAccessibleDescription(
            tr("Keep the password of the database URL in the desktop keychain"));
    m_rememberCache->setObjectName(QStringLiteral("rememberCacheCheck"));
    m_rememberCache->setAccessibleName(tr("Remember the cache password"));
    m_rememberCache->setAccessibleDescription(
            tr("Keep the password of the cache URL in the desktop keychain"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(false);

    m_tlsBox->setObjectName(QStringLiteral("tlsBox"));
    m_useTls->setObjectName(QStringLiteral("useTlsCheck"));
    m_useTls->setAccessibleName(tr("Use TLS"));
    m_useTls->setAccessibleDescription(tr("Connect with rediss:// (Redis over TLS)"));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_verify->setAccessibleName(tr("Verify the server's certificate"));
    m_verify->setAccessibleDescription(
            tr("Refuse a server whose certificate the CA file does not vouch for"));
    m_verify->setChecked(true);
    m_verifyWarning->setObjectName(QStringLiteral("verifyWarning"));
    m_verifyWarning->setText(tr("The server's certificate is not verified: anyone on the way "
                                "can pose as the server."));
    m_verifyWarning->setWordWrap(true);
    styleAsError(m_verifyWarning);
    m_verifyWarning->setVisible(false);

    auto *tls = new QFormLayout(m_tlsBox);
    tls->setContentsMargins(0, 0, 0, 0);
    tls->addRow(m_useTls);
    const struct
    {
        QLineEdit *field;
        const char *name;
        QString label;
        QString caption;
    } files[] = {
            {m_caFile, "caFile", tr("CA &file:"), tr("Choose the CA Certificates")},
            {m_certFile, "certFile", tr("Client c&ertificate:"),
             tr("Choose the Client Certificate")},
            {m_keyFile, "keyFile", tr("Client &key:"), tr("Choose the Client Key")},
    };
    for (const auto &f : files) {
        f.field->setObjectName(QLatin1String(f.name) + QLatin1String("Edit"));
        f.field->setAccessibleName(QString(f.label).remove(QLatin1Char('&')).chopped(1));
        f.field->setPlaceholderText(tr("none"));
        auto *button = new QPushButton(tr("Browse…"), m_tlsBox);
        button->setObjectName(QLatin1String(f.name) + QLatin1String("Button"));
        button->setAutoDefault(false);
        button->setAccessibleName(tr("Browse for %1").arg(f.field->accessibleName()));
        button->setToolTip(f.caption);
        QLineEdit *field = f.field;
        const QString caption = f.caption;
        connect(button, &QPushButton::clicked, this,
                [this, field, caption] { browseTlsFile(field, caption); });
        auto *row = new QHBoxLayout;
        row->addWidget(f.field, 1);
        row->addWidget(button);
        auto *label = new QLabel(f.label, m_tlsBox);
        label->setBuddy(f.field);
        tls->addRow(label, row);
    }
    tls->addRow(m_verify);
    tls->addRow(m_verifyWarning);

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Connect to the cache server once and show what it says"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    form->addRow(QString(), m_rememberCache);
    form->addRow(QString(), m_tlsBox);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_keychainNote);
}

void SettingsDialog::tlsFieldsFromUrl()
{
    if (m_syncingUrl)
        return;
    const QUrl url(m_cache->text().trimmed());
    const bool redis = isRedisTcpUrl(url);
    m_tlsBox->setEnabled(redis);
    const QUrlQuery query(url);
    const QSignalBlocker b1(m_useTls), b2(m_verify);
    m_useTls->setChecked(url.scheme().compare(QLatin1String("rediss"), Qt::CaseInsensitive) == 0);
    m_caFile->setText(query.queryItemValue(CaKey, QUrl::FullyDecoded));
    m_certFile->setText(query.queryItemValue(CertKey, QUrl::FullyDecoded));
    m_keyFile->setText(query.queryItemValue(KeyKey, QUrl::FullyDecoded));
    m_verify->setChecked(
            query.queryItemValue(CertReqsKey).compare(QLatin1String("none"), Qt::CaseInsensitive)
            != 0);
    updateTlsState();
}

void SettingsDialog::updateTlsState()
{
    const bool tls = m_useTls->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_caFile, m_certFile, m_keyFile, m_verify})
        w->setEnabled(tls);
    m_verifyWarning->setVisible(tls && !m_verify->isChecked());
}

void SettingsDialog::urlFromTlsFields()
{
    QUrl url(m_cache->text().trimmed());
    if (!isRedisTcpUrl(url))
        return;
    const bool tls = m_useTls->isChecked();
    url.setScheme(tls ? QStringLiteral("rediss") : QStringLiteral("redis"));
    QUrlQuery query(url);
    const std::pair<QString, QString> items[] = {
            {CaKey, m_caFile->text()},
            {CertKey, m_certFile->text()},
            {KeyKey, m_keyFile->text()},
            {CertReqsKey, m_verify->isChecked() ? QString() : QStringLiteral("none")},
    };
    for (const auto &[key, value] : items) {
        query.removeAllQueryItems(key);
        // A plain redis:// URL carries no TLS option: the client would refuse it.
        if (tls && !value.isEmpty())
            query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
    }
    url.setQuery(query);
    // The fields stay as typed (a half-typed path, a trailing space); only the URL follows.
    m_syncingUrl = true;
    // Encoded: a space in a file name stays %20, which the cache URL parser (strict) accepts.
    m_cache->setText(url.toString(QUrl::FullyEncoded));
    m_syncingUrl = false;
    updateTlsState();
}

void SettingsDialog::browseTlsFile(QLineEdit *field, const QString &caption)
{
    const QString path = m_dialogs.openFileName(
            this, caption, tr("Certificates and keys (*.pem *.crt *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    field->setText(path);
    urlFromTlsFields();
}

void SettingsDialog::probeKeychain()
{
    // Asked once, when a Remember box is (or gets) ticked: a dialog that never remembers a
    // password never talks to D-Bus.
    if (m_keychainProbed || !(m_rememberDatabase->isChecked() || m_rememberCache->isChecked()))
        return;
    m_keychainProbed = true;
    PasswordStore::read(m_cache->text(), this, [this](const PasswordStore::Outcome &out) {
        if (out.status != PasswordStore::Status::NoKeychain)
            return;
        m_keychainUnavailable = true;
        m_keychainNote->setText(
                tr("No keychain is available: the password is kept for this session only"));
        m_keychainNote->setVisible(true);
    });
}

void SettingsDialog::savePasswords() const
{
    if (m_keychainUnavailable)
        return; // the URLs keep the passwords for this session; nothing else can
    const std::pair<QCheckBox *, QString> connections[] = {
            {m_rememberDatabase, m_database->text().trimmed()},
            {m_rememberCache, m_cache->text().trimmed()},
    };
    // The jobs outlive the dialog (it closes now): their answers only go to the log.
    auto log = [](const PasswordStore::Outcome &) {
    };
    for (const auto &[remember, url] : connections) {
        const QString password = urlPassword(url);
        if (remember->isChecked()) {
            if (!password.isEmpty())
                PasswordStore::write(url, password, QCoreApplication::instance(), log);
        } else if (m_keychainProbed) {
            // Only a dialog that had a Remember box ticked may have an entry to remove.
            PasswordStore::remove(url, QCoreApplication::instance(), log);
        }
    }
}

void SettingsDialog::testConnection()
{
    if (!m_tester->start(m_cache->text().trimmed()))
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_testResult->setForegroundRole(QPalette::WindowText);
}

void SettingsDialog::showTestResult(const ConnectionTestResult &result)
{
    m_test->setEnabled(true);
    if (!result.ok) {
        m_testResult->setText(tr("Failed: %1").arg(result.error));
        return;
    }
    const QString role = result.role == QLatin1String("master") ? tr("primary (master)")
            : result.role == QLatin1String("replica")           ? tr("replica")
                                                                : result.role;
    QStringList parts{
            tr("Redis %1").arg(result.serverVersion), tr("role: %1").arg(role),
            tr("round trip: %1 ms")
                    .arg(QLocale().toString(double(result.roundTripUs) / 1000.0, 'f', 2))};
    if (!result.tlsVersion.isEmpty())
        parts << tr("TLS: %1 %2").arg(result.tlsVersion, result.tlsCipher);
    m_testResult->setText(parts.join(QStringLiteral(", ")));
}

} // namespace pm
