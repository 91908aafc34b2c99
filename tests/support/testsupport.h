#pragma once

#include <QString>

namespace pm::test {

/// Absolute path of a file in ../shared/reference next to the source tree, or empty.
QString referenceFile(const QString &name);

} // namespace pm::test
