#pragma once

#include "widgets/dialogs.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pm {

/// The inspector's small "Add key…" / "Edit value…" form: key, version, value and timeout.
/// Tests never see it: they answer Dialogs::cacheValue() themselves.
class CacheValueDialog : public QDialog
{
    Q_OBJECT
public:
    CacheValueDialog(const CacheValueInput &initial, bool newKey, QWidget *parent = nullptr);

    CacheValueInput input() const;

private:
    QLineEdit *m_key;
    QSpinBox *m_version;
    QPlainTextEdit *m_value;
    QSpinBox *m_seconds;
};

} // namespace pm
