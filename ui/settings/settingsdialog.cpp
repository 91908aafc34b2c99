#include "settings/settingsdialog.h"

#include "cache/cacheurl.h"
#include "core/urlredaction.h"
#include "catalogue/productdialog.h"
#include "widgets/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cache);
    form->addRow(cacheLabel,
                 fieldColumn(cacheRow,
                             hintLabel(QStringLiteral("cacheHint"),
                                       tr("memory://, redis://[:password@]host[:port][/db] or "
                                          "unix:///path/redis.sock[?db=N]."),
                                       this),
                             m_cacheError));
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
    const int languageIndex = m_language->findData(settings.language);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);

    connect(m_database, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_cache, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_neverExpire, &QCheckBox::toggled, m_timeout, &QWidget::setDisabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setMinimumWidth(620);
    revalidate();
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
    QDialog::accept();
}

} // namespace pm
