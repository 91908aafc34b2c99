#include "debug/debugtable.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

namespace pm {

namespace {

class LeftToRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->direction != Qt::RightToLeft)
            return;
        // Text laid out left to right, still at the cell's leading (right) edge.
        if (!(option->displayAlignment & (Qt::AlignRight | Qt::AlignHCenter | Qt::AlignAbsolute)))
            option->displayAlignment = (option->displayAlignment & Qt::AlignVertical_Mask)
                    | Qt::AlignRight | Qt::AlignAbsolute;
        option->direction = Qt::LeftToRight;
    }
};

} // namespace

void setLeftToRightColumn(QAbstractItemView *view, int column)
{
    view->setItemDelegateForColumn(column, new LeftToRightDelegate(view));
}

QTableView *createDebugTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void fitHeaderTexts(QHeaderView *header)
{
    for (int i = 0; i < header->count(); ++i) {
        if (header->sectionResizeMode(i) == QHeaderView::Interactive)
            header->resizeSection(i, qMax(header->sectionSize(i), header->sectionSizeHint(i)));
    }
}

} // namespace pm
