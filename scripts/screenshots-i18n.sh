#!/usr/bin/env bash
# Renders the language, dark-palette and high-DPI screenshots under docs/screenshots/ from a
# configured ci build (cmake --preset ci). Look at them after every UI change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cmake --build build/ci --target pm_i18n_screenshot pm_inspector_screenshot >/dev/null
shot=build/ci/tests/ui/pm_i18n_screenshot
out=docs/screenshots
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export QT_LOGGING_RULES='pm.*=false'
"$shot" "$out/main-window-dark.png" en dark panel
QT_SCALE_FACTOR=2 "$shot" "$out/main-window-hidpi.png" en
"$shot" "$out/main-window-ar.png" ar panel
"$shot" "$out/main-window-de.png" de panel
# The inspector right to left: keys stay ":6:product_objects".
build/ci/tests/ui/pm_inspector_screenshot "$out" --lang ar
ls -l "$out"/main-window-{dark,hidpi,ar,de}.png "$out"/debug-inspector-ar.png
