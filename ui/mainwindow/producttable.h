#pragma once

class QTableView;

namespace pm {

class ProductProxyModel;

/// The product table's look and manners: whole rows selected, fixed row heights (a million
/// rows scroll smoothly), sortable, newest first; its texts keep the MainWindow context.
void setUpProductTable(QTableView *table, ProductProxyModel *proxy);

} // namespace pm
