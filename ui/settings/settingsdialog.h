#pragma once

#include "worker/connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pm {

class ConnectionTester;
class Dialogs;
struct ConnectionTestResult;

/// File ▸ Settings: where the catalogue lives, which cache, its default timeout and key
/// prefix, and the language. Validates inline like ProductDialog: a red message under a field,
/// OK disabled while anything is invalid. DatabaseConfig::fromUrl and CacheUrl::parse decide.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `dialogs` answers "Browse…" (a seam, so that tests never block).
    SettingsDialog(const ConnectionSettings &settings, Dialogs &dialogs, QWidget *parent = nullptr);

    /// What the fields say now; only meaningful while isValid().
    ConnectionSettings settings() const;
    bool isValid() const;

    void accept() override;

    /// True once a keychain job answered that no keychain is available: passwords are then
    /// kept for this session only, and the dialog says so.
    bool keychainUnavailable() const { return m_keychainUnavailable; }

    /// What Settings ▸ Test connection runs (tests read its state).
    ConnectionTester *tester() const { return m_tester; }

private:
    void browse();
    void revalidate();
    void buildConnectionExtras(QFormLayout *form);
    void browseTlsFile(QLineEdit *field, const QString &caption);
    /// The cache URL → the TLS fields (a rediss:// URL typed or opened fills them).
    void tlsFieldsFromUrl();
    /// The TLS fields → the cache URL (scheme and ssl_* query items).
    void urlFromTlsFields();
    void updateTlsState();
    void probeKeychain();
    void savePasswords() const;
    void testConnection();
    void showTestResult(const ConnectionTestResult &result);

    Dialogs &m_dialogs;
    QLineEdit *m_database;
    QPushButton *m_browse;
    QLabel *m_databaseError;
    QLineEdit *m_cache;
    QLabel *m_cacheError;
    QSpinBox *m_timeout;
    QCheckBox *m_neverExpire;
    QLineEdit *m_keyPrefix;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;

    QCheckBox *m_rememberDatabase;
    QCheckBox *m_rememberCache;
    QLabel *m_keychainNote;
    bool m_keychainUnavailable = false;
    bool m_keychainProbed = false;

    QWidget *m_tlsBox;
    QCheckBox *m_useTls;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_verify;
    QLabel *m_verifyWarning;
    bool m_syncingUrl = false;

    QPushButton *m_test;
    QLabel *m_testResult;
    ConnectionTester *m_tester;
};

} // namespace pm
