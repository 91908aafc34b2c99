#!/usr/bin/env bash
# The man pages document what --help prints: they render without warnings and name every
# option, every command (of `productmanager-cli`, `products` and the cache console), every URL
# form, every environment variable and every exit status that the --help texts name.
#   check_manpages.sh GUI_PROGRAM CLI_PROGRAM MAN_DIR
# MAN_DIR holds productmanager.1 and productmanager-cli.1 (or the .1.gz of a package).
# Run by the packaging test on the installed files and by CTest (label cli) on the sources.
set -euo pipefail

gui=${1:?usage: check_manpages.sh GUI_PROGRAM CLI_PROGRAM MAN_DIR}
cli=${2:?usage: check_manpages.sh GUI_PROGRAM CLI_PROGRAM MAN_DIR}
man_dir=${3:?usage: check_manpages.sh GUI_PROGRAM CLI_PROGRAM MAN_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
page_of() {
    local p
    for p in "$man_dir/$1.1.gz" "$man_dir/$1.1"; do
        [ -f "$p" ] && { echo "$p"; return; }
    done
    fail "no man page $1.1 in $man_dir"
}
render() { # PAGE → the text, or fail on any warning
    MANWIDTH=100 LC_ALL=C.UTF-8 man --warnings -l "$1" 2>"$work/man.err" || fail "man -l $1 failed"
    [ ! -s "$work/man.err" ] || { cat "$work/man.err" >&2; fail "man warnings for $1"; }
}
# First words of the rows ("  WORD  description") of the help sections whose heading matches
# REGEX; a section ends at the next blank line.
rows() { # REGEX HELP
    awk -v re="$1" '
        /^$/ { inside = 0; next }
        $0 ~ re { inside = 1; next }
        inside && /^  (  )?[^ ]/ { print $1 }' <<<"$2"
}
check() { # PAGE HELP
    local page=$1 help=$2 text item name
    text=$(render "$page")
    name=$(basename "$page")
    for item in $(grep -oE '(^|[ ,\[])--?[a-z][a-z-]*' <<<"$help" | grep -oE -- '--?[a-z][a-z-]*' | sort -u); do
        grep -qE -- "(^|[^a-z-])$item([^a-z-]|\$)" <<<"$text" || fail "$name does not document the option $item"
    done
    for item in $(rows '^(Console c|C)ommands' "$help" | sort -u); do
        grep -qE -- "^ +$item( |\$)|productmanager-cli +$item( |\$)" <<<"$text" \
            || fail "$name does not document the command $item"
    done
    for item in $(rows 'URLs:$' "$help" | sort -u); do
        grep -qF -- "$item" <<<"$text" || fail "$name does not document the URL form $item"
    done
    for item in $(rows '^Environment:$' "$help" | sort -u); do
        sed -n '/^ENVIRONMENT/,/^[A-Z]/p' <<<"$text" | grep -qE "^ +$item( |\$)" \
            || fail "$name does not document the environment variable $item"
    done
    for item in $( { rows '^Exit status:' "$help"; grep -oE '^Exit status:.*' <<<"$help" | grep -oE '\b[0-9]\b'; } | grep -xE '[0-9]+' | sort -u); do
        sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$text" | grep -qE "(^|[^0-9.])$item([^0-9.]|\$)" \
            || fail "$name does not document the exit status $item"
    done
}

gui_help=$(QT_QPA_PLATFORM=offscreen "$gui" --help)
grep -q PM_CACHE_PASSWORD <<<"$gui_help" || fail "productmanager --help does not name PM_CACHE_PASSWORD"
check "$(page_of productmanager)" "$gui_help"
# The top-level help holds the products and cache helps; each is checked on its own too.
for args in "--help" "products --help" "cache --help"; do
    # shellcheck disable=SC2086 # the words of $args are the arguments
    help=$("$cli" $args) || fail "productmanager-cli $args failed"
    check "$(page_of productmanager-cli)" "$help"
done
echo "man pages match --help"
