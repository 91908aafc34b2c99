#pragma once

#include <QObject>

class QLineEdit;
class QTimer;
class QWidget;

namespace pm {

class ProductProxyModel;

/// The toolbar's search box: filters the titles as the user types (debounced, since each
/// filter of a million rows is a background pass; clearing applies at once), and Escape clears
/// it and gives the keyboard back.
class TitleSearch : public QObject
{
    Q_OBJECT
public:
    TitleSearch(ProductProxyModel *proxy, QWidget *parent);

    QLineEdit *edit() const { return m_edit; }

signals:
    /// The proxy filters by the box's text now.
    void filterApplied();
    /// Escape cleared the box: the keyboard goes back to the list.
    void left();

private:
    void apply();

    ProductProxyModel *m_proxy;
    QLineEdit *m_edit;
    QTimer *m_timer;
};

} // namespace pm
