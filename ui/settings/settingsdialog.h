#pragma once

#include "worker/connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pm {

class Dialogs;

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

private:
    void browse();
    void revalidate();

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
};

} // namespace pm
