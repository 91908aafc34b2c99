#!/bin/sh
# Runs "$@" with a private, unlocked Secret Service (gnome-keyring-daemon) on a private D-Bus
# session bus, in a throwaway HOME: the keychain tests use a real keychain, never the user's.
# Works as root and without a display (no X11, no systemd): dbus-run-session starts the bus,
# and --unlock creates and unlocks the login collection from the password on stdin.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME="$dir" XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/data" \
    XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# The daemon ends with the bus; dbus-run-session returns the test's exit status.
dbus-run-session -- sh -c \
    'printf %s testpass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@"
