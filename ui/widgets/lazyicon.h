#pragma once

#include <QIcon>
#include <QStyle>

namespace pm {

/// The style's standard icon, made when it is first drawn or measured rather than now: the
/// Fusion style reads every size of its PNG files to make one, which was a fifth of the
/// window's start-up for the toolbar's icons, most of them fallbacks never shown.
QIcon lazyStandardIcon(QStyle::StandardPixmap pixmap);

/// The icon theme's `name`, or else the style's standard icon (made lazily).
QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback);

} // namespace pm
