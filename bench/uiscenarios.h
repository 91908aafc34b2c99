#pragma once

#include "benchmark.h"
#include "scenarios.h"

#include <QString>
#include <QTextStream>

namespace pm::bench {

/// The window rows of docs/performance-goals.md: first paint with 10k products against a minimal
/// QTableView over the same rows; with 1,000,000 products the longest UI-thread gap (a 1 ms
/// probe timer) while opening, scrolling, sorting and filtering; bytes per product held in the
/// process at 100k and 1M. Needs a QApplication (offscreen is fine); without one it adds a
/// note and no rows.
void runUiScenarios(const Options &options, Report &report, QString &notes, QTextStream &out);

} // namespace pm::bench
