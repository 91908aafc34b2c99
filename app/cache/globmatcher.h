#pragma once

#include <QStringView>

namespace pm {

/// Glob matching as Redis's MATCH does it (`*`, `?`, `[abc]`, `[a-z]`, `[^a]`, `\x`): used by
/// Cache::keys(), the console and the inspector.
bool globMatch(QStringView pattern, QStringView text);

} // namespace pm
