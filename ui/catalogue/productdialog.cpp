#include "catalogue/productdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace pm {

QString editablePrice(const Money &money, const QLocale &locale)
{
    QString text = money.toString(); // canonical "1234.50"
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

void styleAsError(QLabel *label)
{
    QPalette pal = label->palette();
    // Pick a red that contrasts with the window colour (dark palettes get a lighter red).
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    label->setPalette(pal);
    label->setWordWrap(true);
}

ProductDialog::ProductDialog(const Product *product, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_productId(product ? product->id : 0)
    , m_locale(locale)
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_price(new QLineEdit(this))
    , m_priceError(new QLabel(this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product ? tr("Edit Product") : tr("New Product"));
    setAccessibleName(windowTitle());

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Product title"));
    // No maxLength: it would cut a paste silently. The rule decides and says so (a paste of
    // 10,000 characters is kept and named in the error).
    m_title->setMaxLength(std::numeric_limits<int>::max());
    m_titleError->setObjectName(QStringLiteral("titleError"));
    m_titleError->setAccessibleName(tr("Title error"));
    styleAsError(m_titleError);
    m_titleError->setVisible(false);

    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setAccessibleName(tr("Price"));
    m_price->setPlaceholderText(editablePrice(Money(903), m_locale));
    m_priceError->setObjectName(QStringLiteral("priceError"));
    m_priceError->setAccessibleName(tr("Price error"));
    styleAsError(m_priceError);
    m_priceError->setVisible(false);

    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setAccessibleName(tr("Save error"));
    styleAsError(m_saveError);
    m_saveError->setVisible(false);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(product ? tr("Save") : tr("Create"));
    ok->setAccessibleName(ok->text());
    ok->setToolTip(tr("Save the product and close the dialog"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Our own word: Qt 6.4 has no Swedish qtbase catalogue for the standard button.
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close the dialog without saving"));

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *priceLabel = new QLabel(tr("&Price:"), this);
    priceLabel->setBuddy(m_price);
    form->addRow(titleLabel, m_title);
    form->addRow(QString(), m_titleError);
    form->addRow(priceLabel, m_price);
    form->addRow(QString(), m_priceError);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (product) {
        m_title->setText(product->title);
        m_price->setText(editablePrice(product->price, m_locale));
    }

    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleTouched = true;
        revalidate();
    });
    connect(m_price, &QLineEdit::textEdited, this, [this] {
        m_priceTouched = true;
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    setMinimumWidth(380);
    revalidate();
}

ProductFields ProductDialog::fields() const
{
    ProductFields f;
    if (auto title = ProductRules::validateTitle(m_title->text()))
        f.title = *title;
    if (auto price = Money::parse(m_price->text(), m_locale))
        f.price = *price;
    return f;
}

bool ProductDialog::isValid() const
{
    return ProductRules::validateTitle(m_title->text()).ok()
            && Money::parse(m_price->text(), m_locale).ok();
}

void ProductDialog::revalidate()
{
    const auto title = ProductRules::validateTitle(m_title->text());
    const auto price = Money::parse(m_price->text(), m_locale);
    // Messages appear once a field was edited, so a fresh New dialog is not all red.
    m_titleError->setText(title ? QString() : title.error().message);
    m_titleError->setVisible(!title && m_titleTouched);
    m_priceError->setText(price ? QString() : price.error().message);
    m_priceError->setVisible(!price && m_priceTouched);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(title.ok() && price.ok() && !m_busy);
    growToFit();
}

void ProductDialog::growToFit()
{
    // A long message wraps onto more lines: the dialog grows to show them all, never clips
    // them (a top-level window does not follow its layout's height-for-width by itself).
    QLayout *l = layout();
    if (!l)
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width())
                                              : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ProductDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_title->setReadOnly(busy);
    m_price->setReadOnly(busy);
    revalidate();
}

void ProductDialog::accept()
{
    if (m_busy)
        return;
    if (!isValid()) {
        m_titleTouched = m_priceTouched = true;
        revalidate();
        return;
    }
    m_saveError->setVisible(false);
    setBusy(true);
    emit saveRequested(fields());
}

void ProductDialog::saveSucceeded()
{
    setBusy(false);
    QDialog::accept();
}

void ProductDialog::saveFailed(const Error &error)
{
    setBusy(false);
    if (error.kind == ErrorKind::InvalidInput && error.field == QLatin1String("title")) {
        m_titleTouched = true;
        m_titleError->setText(error.message);
        m_titleError->setVisible(true);
    } else if (error.kind == ErrorKind::InvalidInput && error.field == QLatin1String("price")) {
        m_priceTouched = true;
        m_priceError->setText(error.message);
        m_priceError->setVisible(true);
    }
    m_saveError->setText(tr("Could not save: %1").arg(error.message));
    m_saveError->setVisible(true);
    growToFit();
}

} // namespace pm
