#pragma once

#include "core/result.h"
#include "products/product.h"

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pm {

/// "Edit selected": sets the title and/or the price of many products in one bulk update (the
/// path of the tutorial's ProductUpdateView). Like ProductDialog, OK emits saveRequested()
/// and the dialog stays open until saveSucceeded(); a failure keeps the input.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(int selectedCount, const QLocale &locale, QWidget *parent = nullptr);

    /// The validated changes; empty while nothing valid is chosen.
    ProductChanges changes() const;
    bool isValid() const;

    void saveSucceeded();
    void saveFailed(const Error &error);
    void accept() override;

signals:
    void saveRequested(const pm::ProductChanges &changes);

private:
    void revalidate();
    void setBusy(bool busy);

    QLocale m_locale;
    QCheckBox *m_setTitle;
    QLineEdit *m_title;
    QLabel *m_titleError;
    QCheckBox *m_setPrice;
    QLineEdit *m_price;
    QLabel *m_priceError;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace pm
