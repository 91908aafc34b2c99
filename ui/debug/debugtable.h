#pragma once

class QAbstractItemModel;
class QAbstractItemView;
class QHeaderView;
class QString;
class QTableView;
class QWidget;

namespace pm {

/// The look every table of the debug panel shares: whole-row selection, read-only,
/// alternating rows, no wrapping, compact fixed rows and no row numbers.
QTableView *createDebugTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model);

/// Lays out the text of `column` left to right in every layout: keys, URLs and SQL are not
/// prose, and a right-to-left layout would show ":6:product_objects" as "product_objects:6:".
/// The cell keeps its leading-edge alignment.
void setLeftToRightColumn(QAbstractItemView *view, int column);

/// Widens the interactive columns whose header text (in the current language) would be cut.
void fitHeaderTexts(QHeaderView *header);

} // namespace pm
