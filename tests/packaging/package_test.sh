#!/usr/bin/env bash
# Packaging test (CTest label "packaging"): builds the DEB, TGZ and RPM with cpack from the
# build tree, lints the DEB and its desktop files, then installs the DEB into a clean Debian 12
# minbase chroot made with debootstrap, where apt must resolve every dependency from the
# archive, and runs both programs and a headless smoke test there.
#   package_test.sh BUILD_DIR SOURCE_DIR
# Steps 1-4 (cpack, the DEB's contents, lintian, desktop and AppStream files, man pages) run
# for every user. Steps 5-6 (the clean install) need root (debootstrap, chroot, mount) and the
# Debian archive: without either the test exits 77, which CTest reports as skipped with the
# reason printed here. Under CI (CI=true) nothing is skipped: a missing right or archive fails.
# Environment:
#   PM_DEBOOTSTRAP_CACHE       where the downloaded base-system tarball is cached
#                              (default /var/cache/pm-debootstrap; "none" disables the cache)
#   PM_DEBOOTSTRAP_CACHE_DAYS  rebuild the cached tarball when older (default 7)
# Only debootstrap's downloads are cached: every run still installs the base system from
# those .debs into an empty directory, and apt resolves our package's dependencies afresh.
set -euo pipefail

build_dir=$(cd "${1:?usage: package_test.sh BUILD_DIR SOURCE_DIR}" && pwd)
source_dir=$(cd "${2:?usage: package_test.sh BUILD_DIR SOURCE_DIR}" && pwd)
suite=bookworm
app_id=io.github.productmanager.ProductManager
cache_dir=${PM_DEBOOTSTRAP_CACHE:-/var/cache/pm-debootstrap}
cache_days=${PM_DEBOOTSTRAP_CACHE_DAYS:-7}

t0=$(date +%s)
step_start=$t0
step() {
    local now
    now=$(date +%s)
    echo "== [$((now - t0)) s, previous step $((now - step_start)) s] $*"
    step_start=$now
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# The clean-install steps cannot run here: CTest shows the test as skipped (SKIP_RETURN_CODE).
skip_install() {
    [ "${CI:-}" = true ] && fail "$* (CI must run the clean install)"
    echo "SKIP: the clean-install steps did not run: $*"
    exit 77
}
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli debootstrap man file unshare \
    setsid flock findmnt mount; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/deps.sh test"
done

# A run killed outright (no trap) leaves its directory, never its mounts (see cleanup).
find /tmp -maxdepth 1 -name 'pm-pkgtest.*' -mmin +60 -exec rm -rf --one-file-system {} + 2>/dev/null || true
# "pm" in the name: `mount | grep pm` would show anything we failed to unmount.
work=$(mktemp -d /tmp/pm-pkgtest.XXXXXX)
chroot_dir=$work/chroot

# Runs "$@" in a private mount namespace and its own process group, in the background so that
# a signal reaches our trap at once (bash defers traps while a foreground child runs).
isolated_pid=""
isolated() { # LOG COMMAND...
    local log=$1
    shift
    # The redirection is on the background command only: a trap that fires during the wait
    # must still print to our own output.
    setsid unshare --mount --propagation private "$@" >"$log" 2>&1 &
    isolated_pid=$!
    local rc=0
    wait "$isolated_pid" || rc=$?
    isolated_pid=""
    return $rc
}

cleanup() {
    local rc=$?
    set +e
    # Interrupted: stop everything in the namespace (apt, dpkg, chroot…); the namespace and its
    # mounts die with its last process.
    if [ -n "$isolated_pid" ]; then
        kill -TERM -- -"$isolated_pid" 2>/dev/null
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 -- -"$isolated_pid" 2>/dev/null || break
            sleep 1 # waiting for processes to exit: nothing to poll on but their existence
        done
        kill -KILL -- -"$isolated_pid" 2>/dev/null
        wait "$isolated_pid" 2>/dev/null
    fi
    # The chroot's mounts live in a private mount namespace that dies with its process, so
    # they cannot outlive the test; this is the second line of defence.
    local m
    for m in $(findmnt -rn -o TARGET | grep -F "$work" | sort -r); do
        umount -l "$m"
    done
    if findmnt -rn -o TARGET | grep -qF "$work"; then
        echo "cleanup: mounts remain under $work; not removing it" >&2
        rc=1
    else
        rm -rf --one-file-system "$work"
    fi
    echo "== total $(($(date +%s) - t0)) s (exit $rc)"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. build the packages ---------------------------------------------------------------
step "cpack"
generators="DEB;TGZ"
if command -v rpmbuild >/dev/null; then
    generators="$generators;RPM"
fi
cpack --config "$build_dir/CPackConfig.cmake" -G "$generators" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/*.deb)
ls -l "$work"/out/*.deb "$work"/out/*.tar.gz
[[ $generators == *RPM* ]] && ls -l "$work"/out/*.rpm

# --- 2. the DEB's metadata and contents --------------------------------------------------
step "DEB contents"
field() { dpkg-deb -f "$deb" "$1"; }
version=$(field Version)
depends=$(field Depends)
echo "Depends: $depends"
grep -qw libqt6sql6-sqlite <<<"$depends" || fail "Depends lacks libqt6sql6-sqlite"
grep -qw libqt6core6 <<<"$depends" || fail "Depends lacks shlibdeps' libqt6core6"
# Opened by name for rediss:// (not linked): shlibdeps cannot see it.
grep -qw libssl3 <<<"$depends" || fail "Depends lacks libssl3 (rediss://)"
grep -qw libqt6sql6-psql <<<"$(field Recommends)" || fail "Recommends lacks libqt6sql6-psql"
grep -qw redis-server <<<"$(field Suggests)" || fail "Suggests lacks redis-server"
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(usr/bin/productmanager usr/bin/productmanager-cli
    usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/productmanager.svg
    usr/share/man/man1/productmanager.1.gz usr/share/man/man1/productmanager-cli.1.gz
    usr/share/doc/productmanager/copyright usr/share/doc/productmanager/changelog.gz)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/productmanager.png")
done
for f in "${expected[@]}"; do
    [ -s "$root/$f" ] || fail "the DEB lacks $f"
done
for size in 16 24 32 48 64 128 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/productmanager.png" \
        | grep -q "PNG image data, $size x $size" || fail "icon ${size}x${size} is not a ${size}px PNG"
done

step "TGZ and RPM contents"
tgz_list=$(tar -tzf "$work"/out/*.tar.gz)
for f in bin/productmanager bin/productmanager-cli share/man/man1/productmanager.1.gz \
    share/applications/$app_id.desktop share/icons/hicolor/256x256/apps/productmanager.png; do
    grep -q "/$f\$" <<<"$tgz_list" || fail "the TGZ lacks $f"
done
if [[ $generators == *RPM* ]]; then
    rpm_list=$(rpm -qpl "$work"/out/*.rpm 2>/dev/null)
    for f in "${expected[@]}"; do
        grep -qx "/$f" <<<"$rpm_list" || fail "the RPM lacks /$f"
    done
    rpm -qp --requires "$work"/out/*.rpm 2>/dev/null | grep -q 'libQt6Core.so.6' \
        || fail "the RPM does not require libQt6Core"
    rpm -qp --requires "$work"/out/*.rpm 2>/dev/null | grep -q 'libssl.so.3' \
        || fail "the RPM does not require libssl.so.3 (rediss://)"
fi

# --- 3. lint -----------------------------------------------------------------------------
step "lintian"
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -E '^[EW]: ' "$work/lintian.log"; then
    fail "lintian reports errors or warnings"
fi

step "desktop-file-validate, appstreamcli"
out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) \
    || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate is not clean: $out"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate failed"
for shot in $(grep -o 'docs/screenshots/[^<]*' "$root/usr/share/metainfo/$app_id.metainfo.xml"); do
    [ -s "$source_dir/$shot" ] || fail "metainfo screenshot $shot is not in the repository"
done

# --- 4. man pages render and document every option of --help -----------------------------
step "man pages"
bash "$(dirname "$0")/check_manpages.sh" "$root/usr/bin/productmanager" \
    "$root/usr/bin/productmanager-cli" "$root/usr/share/man/man1"

# --- 5. a clean Debian 12 minbase chroot ---------------------------------------------------
step "archive and base system"
[ "$(id -u)" -eq 0 ] || skip_install "they need root (debootstrap, chroot and mount)"
# The archive URI of the host's own Debian sources (deb822 or one-line format).
mirror=$(
    { cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v s="$suite" '
        /^URIs:/ { uri = $2 } /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) print uri }'
      cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk -v s="$suite" '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i == s) print $(i-1) }'
    } | grep -v '^\[' | head -n1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
echo "archive: $mirror"
# apt's own downloader, so that apt's proxy settings apply, as they will for debootstrap.
/usr/lib/apt/apt-helper download-file "$mirror/dists/$suite/Release" "$work/Release" \
    >"$work/reach.log" 2>&1 || { cat "$work/reach.log"; skip_install "the Debian archive $mirror is not reachable"; }
arch=$(dpkg --print-architecture)
tarball=""
if [ "$cache_dir" != none ]; then
    mkdir -p "$cache_dir"
    tarball=$cache_dir/$suite-minbase-$arch.tgz
    # One writer at a time; concurrent runs wait, then reuse the fresh tarball.
    exec 9>"$cache_dir/lock"
    flock 9
    if [ -z "$(find "$tarball" -mtime -"$cache_days" 2>/dev/null)" ]; then
        echo "downloading the base system into $tarball"
        rm -f "$tarball"
        # A private tmpfs for the scratch directory: it vanishes with the namespace. The target
        # is a subdirectory because debootstrap deletes it when done.
        mkdir "$work/download"
        isolated "$work/debootstrap.log" sh -c 'mount -t tmpfs -o size=1g pm-dl "$1" &&
            debootstrap --variant=minbase --arch="$2" --make-tarball="$3" "$4" "$1/t" "$5"' \
            sh "$work/download" "$arch" "$tarball.part" \
            "$suite" "$mirror" \
            || { tail -20 "$work/debootstrap.log"; fail "debootstrap --make-tarball failed"; }
        mv "$tarball.part" "$tarball"
    fi
    flock -u 9
fi

# --- 6. install and run inside the chroot ------------------------------------------------
# chroot_install.sh runs in a private mount namespace with the chroot on a tmpfs: its mounts
# (tmpfs, proc, dev) cannot outlive it, and removing the chroot costs nothing.
step "debootstrap + apt-get install in the chroot"
PM_SUITE=$suite PM_ARCH=$arch PM_MIRROR=$mirror PM_TARBALL=$tarball PM_DEB=$deb PM_WORK=$work \
    PM_CHROOT=$chroot_dir isolated "$work/inside.log" bash "$(dirname "$0")/chroot_install.sh" \
    && inside_rc=0 || inside_rc=$?
cat "$work/inside.log"
[ $inside_rc -eq 0 ] || fail "install or run in the chroot failed (exit $inside_rc)"

step "checking the chroot's output"
grep -qx "productmanager $version" "$work/inside.log" || fail "productmanager --version output is wrong"
grep -qx "productmanager-cli $version" "$work/inside.log" || fail "productmanager-cli --version output is wrong"
grep -qx '{"inserted":100}' "$work/inside.log" || fail "seed 100 did not insert 100 products"
lines=$(wc -l <"$work/list.out")
[ "$lines" -eq 100 ] || fail "list printed $lines products, expected 100"
grep -c '^{"id":[0-9]*,"title":"[^"]*","price":"[0-9.]*",' "$work/list.out" | grep -qx 100 \
    || fail "list output is not one product object per line"
stats=$(cat "$work/list.err")
echo "list --stats: $stats"
for want in '"backend":"memory"' '"misses":1' '"hits":0'; do
    grep -qF "$want" <<<"$stats" || fail "list --stats lacks $want"
done
grep -qE '"calls":[1-9]' <<<"$stats" || fail "the list did not go through the cache"
step "PASS"
