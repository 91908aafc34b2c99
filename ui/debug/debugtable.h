#pragma once

class QAbstractItemModel;
class QHeaderView;
class QString;
class QTableView;
class QWidget;

namespace pm {

/// The look every table of the debug panel shares: whole-row selection, read-only,
/// alternating rows, no wrapping, compact fixed rows and no row numbers.
QTableView *createDebugTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model);

/// Widens the interactive columns whose header text (in the current language) would be cut.
void fitHeaderTexts(QHeaderView *header);

} // namespace pm
