#include "debug/cachevaluedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace pm {

CacheValueDialog::CacheValueDialog(const CacheValueInput &initial, bool newKey, QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(initial.key, this))
    , m_version(new QSpinBox(this))
    , m_value(new QPlainTextEdit(initial.value, this))
    , m_seconds(new QSpinBox(this))
{
    setObjectName(QStringLiteral("cacheValueDialog"));
    m_key->setObjectName(QStringLiteral("cacheValueKey"));
    m_key->setReadOnly(!newKey);
    m_key->setAccessibleName(tr("Key"));
    // Keys are not prose: left to right in every layout.
    m_key->setLayoutDirection(Qt::LeftToRight);
    m_version->setObjectName(QStringLiteral("cacheValueVersion"));
    m_version->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_version->setValue(initial.version);
    m_version->setEnabled(newKey);
    m_version->setAccessibleName(tr("Version"));
    m_value->setObjectName(QStringLiteral("cacheValueText"));
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setTabChangesFocus(true); // Tab leaves the field, as in every other field
    m_value->setLayoutDirection(Qt::LeftToRight);
    m_value->setAccessibleName(tr("Value"));
    m_value->setAccessibleDescription(tr("A number or a JSON literal is stored as that value; "
                                         "anything else is stored as text"));
    m_seconds->setObjectName(QStringLiteral("cacheValueSeconds"));
    m_seconds->setRange(0, 365 * 24 * 3600);
    m_seconds->setValue(int(std::clamp<qint64>(initial.seconds, 0, 365 * 24 * 3600)));
    m_seconds->setSpecialValueText(tr("forever"));
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setAccessibleName(tr("Timeout in seconds"));

    auto *hint = new QLabel(tr("42, 3.5, true, null, [1, 2], {\"a\": 1} and \"quoted text\" are "
                               "stored as that JSON value; anything else as text. Ctrl+Enter "
                               "stores."),
                            this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("V&alue:"), m_value);
    form->addRow(tr("&Timeout:"), m_seconds);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Store"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *store = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(store, &QShortcut::activated, this, &QDialog::accept);
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_key->text().trimmed().isEmpty());
    };
    connect(m_key, &QLineEdit::textChanged, this, update);
    update();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    (newKey ? static_cast<QWidget *>(m_key) : m_value)->setFocus();
    resize(480, 300);
}

CacheValueInput CacheValueDialog::input() const
{
    CacheValueInput in;
    in.key = m_key->text().trimmed();
    in.version = m_version->value();
    in.value = m_value->toPlainText();
    in.seconds = m_seconds->value();
    return in;
}

} // namespace pm
