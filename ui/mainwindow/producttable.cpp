#include "mainwindow/producttable.h"

#include "catalogue/productproxymodel.h"
#include "mainwindow/mainwindow.h"
#include "products/producttablemodel.h"

#include <QHeaderView>
#include <QTableView>

namespace pm {

void setUpProductTable(QTableView *table, ProductProxyModel *proxy)
{
    table->setAccessibleDescription(MainWindow::tr(
            "The product catalogue: Enter or F2 edits the selected product, Del deletes it"));
    table->setModel(proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setShowGrid(false);
    table->setSortingEnabled(true);
    table->setTabKeyNavigation(false);
    // The catalogue is the window's job: a docked debug panel may not squeeze it below a
    // header and about eight rows, even in a small window.
    table->setMinimumHeight(table->fontMetrics().height() * 14);
    // Fixed row heights: nothing is measured per row, so a million rows scroll smoothly.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->setVisible(false);
    QHeaderView *header = table->horizontalHeader();
    header->setObjectName(QStringLiteral("productTableHeader"));
    header->setSectionResizeMode(ProductTableModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    table->setColumnWidth(ProductTableModel::PriceColumn, 130);
    table->setColumnWidth(ProductTableModel::CreatedColumn, 170);
    table->setColumnWidth(ProductTableModel::UpdatedColumn, 170);
    table->sortByColumn(ProductTableModel::CreatedColumn, Qt::DescendingOrder); // newest first
}

} // namespace pm
