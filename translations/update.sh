#!/usr/bin/env bash
# Brings translations/productmanager_*.ts up to date with the sources and reports, per language,
# how many entries are unfinished (need a translation) or vanished (their source string is gone).
#   translations/update.sh          update the .ts files in place (vanished entries are kept,
#                                   marked, so a translator can reuse them)
#   translations/update.sh --prune  update in place and drop vanished entries
#   translations/update.sh --check  update temporary copies only (CTest: translations_complete)
# Exits 1 when any language has unfinished or vanished entries, 0 when all are complete.
# Fill the unfinished ones with translations/tstool.py (list / apply), then run this again.
# translations/pending-merge.json holds translations (sv de fr es ar) of the strings on the
# feature branches as of this branch's last commit: after merging them, run
#   translations/update.sh; translations/tstool.py apply-all translations/pending-merge.json
#   translations/update.sh --prune
# and translate whatever is still listed (tstool.py list xx). Delete the file afterwards.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    lupdate=$(command -v lupdate6 || true)
    [ -x /usr/lib/qt6/bin/lupdate ] && lupdate=/usr/lib/qt6/bin/lupdate
fi
[ -x "$lupdate" ] || { echo "update.sh: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }

mode=${1:-update}
opts=(-I app -I ui -locations none -silent)
[ "$mode" = --prune ] && opts+=(-no-obsolete)

# The same sources as translations/CMakeLists.txt: app/ and ui/, not the CLI (app/cli).
cd "$root"
mapfile -t sources < <(find app ui -type f \( -name '*.cpp' -o -name '*.h' \) \
    -not -path 'app/cli/*' | LC_ALL=C sort)

workdir=$here
if [ "$mode" = --check ]; then
    workdir=$(mktemp -d)
    trap 'rm -rf "$workdir"' EXIT
    cp "$here"/productmanager_*.ts "$workdir"/
fi

status=0
for ts in "$workdir"/productmanager_*.ts; do
    lang=$(basename "$ts" .ts); lang=${lang#productmanager_}
    # Non-QObject classes with a tr() helper make lupdate warn "lacks Q_OBJECT": harmless.
    "$lupdate" "${opts[@]}" "${sources[@]}" -ts "$ts" 2> >(grep -v "lacks Q_OBJECT" >&2) >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    printf '%-3s unfinished %4d  vanished %4d\n' "$lang" "$unfinished" "$vanished"
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        status=1
    fi
done
exit $status
