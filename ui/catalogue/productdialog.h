#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QDialog>
#include <QLocale>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pm {

/// New / Edit product. Validates inline (a red message under each field, OK disabled while
/// anything is invalid). OK does not close the dialog: it emits saveRequested() and waits for
/// saveSucceeded() (closes) or saveFailed() (stays open with what the user typed and shows
/// the error), so a failed save never loses input.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    /// A New dialog when `product` is nullptr, else an Edit dialog for it.
    explicit ProductDialog(const Product *product, const QLocale &locale,
                           QWidget *parent = nullptr);

    bool isEdit() const { return m_productId != 0; }
    qint64 productId() const { return m_productId; }
    /// The validated fields; only meaningful while isValid().
    ProductFields fields() const;
    bool isValid() const;

    void saveSucceeded();
    void saveFailed(const Error &error);

    void accept() override;

signals:
    void saveRequested(const pm::ProductFields &fields);

private:
    void growToFit();
    void revalidate();
    void setBusy(bool busy);

    qint64 m_productId = 0;
    QLocale m_locale;
    QLineEdit *m_title;
    QLabel *m_titleError;
    QLineEdit *m_price;
    QLabel *m_priceError;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    bool m_titleTouched = false;
    bool m_priceTouched = false;
    bool m_busy = false;
};

/// The price in the form the user would type it in this locale ("9.03", "9,03"), no symbol.
QString editablePrice(const Money &money, const QLocale &locale);
/// Makes a label an inline error message: red text that stays readable on dark palettes.
void styleAsError(QLabel *label);

} // namespace pm
