#!/usr/bin/env bash
# Installs the Debian 12 packages that Product Manager needs, and only those that are missing.
#   scripts/deps.sh build   compilers, Qt 6, hiredis: enough to build and run the app
#   scripts/deps.sh test    build + the servers and tools the test suite starts itself
set -euo pipefail

build_pkgs=(g++ cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-charts-dev qt6-svg-dev qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libhiredis-dev libsqlite3-dev libpq-dev
    qtkeychain-qt6-dev
    # OpenSSL for rediss:// (hiredis 0.14 has no TLS)
    libssl-dev)
test_pkgs=(redis-server redis-tools postgresql xvfb xauth imagemagick clang-format
    # a real Secret Service for the keychain tests (tests/support/withkeyring.sh)
    gnome-keyring dbus
    # the translation placeholder check (translations/tstool.py)
    python3
    # throwaway certificates for the TLS tests (tests/support/tlscerts.cpp)
    openssl
    # clang and its runtime (libFuzzer, sanitizers) for scripts/fuzz.sh
    clang libclang-rt-14-dev
    # the packaging test (tests/packaging): lint, validate, and install into a debootstrap chroot
    lintian desktop-file-utils appstream rpm debootstrap debian-archive-keyring
    dpkg-dev file man-db gzip mount util-linux)

want=("${build_pkgs[@]}")
if [ "${1:-build}" = test ]; then
    want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
