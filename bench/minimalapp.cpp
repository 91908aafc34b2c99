// The floor of the cold-start row (docs/performance-goals.md): the least a Qt Widgets program
// does to show a list, a QTableView of 1,000 rows, exiting at its first paint through the same
// probe as productmanager (PM_EXIT_AFTER_FIRST_PAINT=1, ui/widgets/firstpaintexit.h).
#include "widgets/firstpaintexit.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QTableView>

namespace {

class Rows final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1000;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 4;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QStringLiteral("Product %1").arg(index.row())
                                   : QString::number(index.row() * 7 + index.column());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Rows rows;
    QTableView view;
    view.setModel(&rows);
    pm::FirstPaintExit::installIfRequested(&view);
    view.resize(1100, 680);
    view.show();
    return app.exec();
}
