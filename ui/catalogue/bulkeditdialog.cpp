#include "catalogue/bulkeditdialog.h"

#include "catalogue/productdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pm {

BulkEditDialog::BulkEditDialog(int selectedCount, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_locale(locale)
    , m_setTitle(new QCheckBox(tr("Set &title:"), this))
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_setPrice(new QCheckBox(tr("Set &price:"), this))
    , m_price(new QLineEdit(this))
    , m_priceError(new QLabel(this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit Selected Products"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(
            tr("Apply the checked fields to %n selected product(s).", nullptr, selectedCount),
            this);
    intro->setObjectName(QStringLiteral("bulkIntro"));
    intro->setWordWrap(true);

    m_setTitle->setObjectName(QStringLiteral("setTitleCheck"));
    m_setTitle->setAccessibleName(tr("Set title"));
    m_setTitle->setAccessibleDescription(tr("Give every selected product the new title"));
    m_title->setObjectName(QStringLiteral("bulkTitleEdit"));
    m_title->setAccessibleName(tr("New title"));
    m_title->setAccessibleDescription(tr("The title every selected product gets"));
    m_title->setEnabled(false);
    m_titleError->setObjectName(QStringLiteral("bulkTitleError"));
    styleAsError(m_titleError);
    m_titleError->setVisible(false);

    m_setPrice->setObjectName(QStringLiteral("setPriceCheck"));
    m_setPrice->setAccessibleName(tr("Set price"));
    m_setPrice->setAccessibleDescription(tr("Give every selected product the new price"));
    m_price->setObjectName(QStringLiteral("bulkPriceEdit"));
    m_price->setAccessibleName(tr("New price"));
    m_price->setAccessibleDescription(tr("The price every selected product gets"));
    m_price->setPlaceholderText(editablePrice(Money(903), m_locale));
    m_price->setEnabled(false);
    m_priceError->setObjectName(QStringLiteral("bulkPriceError"));
    styleAsError(m_priceError);
    m_priceError->setVisible(false);

    m_saveError->setObjectName(QStringLiteral("saveError"));
    styleAsError(m_saveError);
    m_saveError->setVisible(false);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Apply"));
    ok->setAccessibleName(ok->text());
    ok->setToolTip(tr("Save the checked fields for every selected product"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Our own word: Qt 6.4 has no Swedish qtbase catalogue for the standard button.
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close the dialog without saving"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_setTitle, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_titleError, 1, 1);
    grid->addWidget(m_setPrice, 2, 0);
    grid->addWidget(m_price, 2, 1);
    grid->addWidget(m_priceError, 3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_setTitle, &QCheckBox::toggled, this, [this](bool on) {
        m_title->setEnabled(on);
        if (on)
            m_title->setFocus();
        revalidate();
    });
    connect(m_setPrice, &QCheckBox::toggled, this, [this](bool on) {
        m_price->setEnabled(on);
        if (on)
            m_price->setFocus();
        revalidate();
    });
    connect(m_title, &QLineEdit::textChanged, this, &BulkEditDialog::revalidate);
    connect(m_price, &QLineEdit::textChanged, this, &BulkEditDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);

    setMinimumWidth(420);
    revalidate();
}

ProductChanges BulkEditDialog::changes() const
{
    ProductChanges c;
    if (m_setTitle->isChecked()) {
        if (auto title = ProductRules::validateTitle(m_title->text()))
            c.title = *title;
    }
    if (m_setPrice->isChecked()) {
        if (auto price = Money::parse(m_price->text(), m_locale))
            c.price = *price;
    }
    return c;
}

bool BulkEditDialog::isValid() const
{
    if (!m_setTitle->isChecked() && !m_setPrice->isChecked())
        return false;
    if (m_setTitle->isChecked() && !ProductRules::validateTitle(m_title->text()))
        return false;
    if (m_setPrice->isChecked() && !Money::parse(m_price->text(), m_locale))
        return false;
    return true;
}

void BulkEditDialog::revalidate()
{
    const auto title = ProductRules::validateTitle(m_title->text());
    const auto price = Money::parse(m_price->text(), m_locale);
    m_titleError->setText(title ? QString() : title.error().message);
    m_titleError->setVisible(m_setTitle->isChecked() && !title && !m_title->text().isEmpty());
    m_priceError->setText(price ? QString() : price.error().message);
    m_priceError->setVisible(m_setPrice->isChecked() && !price && !m_price->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid() && !m_busy);
}

void BulkEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_title->setReadOnly(busy);
    m_price->setReadOnly(busy);
    revalidate();
}

void BulkEditDialog::accept()
{
    if (m_busy || !isValid())
        return;
    m_saveError->setVisible(false);
    setBusy(true);
    emit saveRequested(changes());
}

void BulkEditDialog::saveSucceeded()
{
    setBusy(false);
    QDialog::accept();
}

void BulkEditDialog::saveFailed(const Error &error)
{
    setBusy(false);
    m_saveError->setText(tr("Could not save: %1").arg(error.message));
    m_saveError->setVisible(true);
}

} // namespace pm
