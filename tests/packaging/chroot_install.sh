#!/usr/bin/env bash
# Part of package_test.sh, run by it under `unshare --mount --propagation private`: every mount
# made here dies with this namespace, even if the script is killed. Builds a Debian minbase
# chroot on a tmpfs, installs the DEB with apt (which resolves every dependency from the
# archive) and runs the programs. Inputs come from PM_* variables (see package_test.sh).
set -euo pipefail
C=$PM_CHROOT
t0=$(date +%s)
since() { echo "   ($(($(date +%s) - t0)) s) $*"; }

cleanup() {
    umount "$C/dev" 2>/dev/null || true
    umount "$C/proc" 2>/dev/null || true
    umount "$C" 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p "$C"
mount -t tmpfs -o size=3g,mode=755 pm-chroot "$C"
args=(--variant=minbase --arch="$PM_ARCH")
if [ -n "$PM_TARBALL" ]; then
    args+=(--unpack-tarball="$PM_TARBALL")
fi
debootstrap "${args[@]}" "$PM_SUITE" "$C" "$PM_MIRROR" >"$PM_WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$PM_WORK/debootstrap.log"; exit 1; }
since "debootstrap: $(du -sh "$C" | cut -f1)"

# The host's apt sources (active files only) and the keyrings they name; name resolution.
rm -f "$C/etc/apt/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    mkdir -p "$C/$(dirname "$f")"
    cp "$f" "$C/$f"
    for key in $(grep -oE '(Signed-By:|signed-by=) ?/[^] ]+' "$f" | grep -oE '/[^] ]+'); do
        [ -e "$C/$key" ] || { mkdir -p "$C/$(dirname "$key")" && cp "$key" "$C/$key"; }
    done
done
cp -L /etc/resolv.conf "$C/etc/resolv.conf"
cp "$PM_DEB" "$C/tmp/"
mount -t proc proc "$C/proc"
mount --bind /dev "$C/dev"

run_in() {
    chroot "$C" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/tmp/xdg "$@"
}
run_in apt-get update -qq
# A plain install, Recommends included: exactly what a user's `apt install ./pkg.deb` does.
run_in apt-get install -y -q "/tmp/$(basename "$PM_DEB")" >"$PM_WORK/apt.log" 2>&1 \
    || { tail -40 "$PM_WORK/apt.log"; exit 1; }
grep -E '^[0-9]+ upgraded' "$PM_WORK/apt.log"
since "apt-get install"

echo "--- versions"
run_in dpkg-query -W -f='${Package} ${Version} ${Status}\n' productmanager libqt6sql6-sqlite \
    libqt6sql6-psql
run_in productmanager --version
run_in productmanager-cli --version
echo "--- smoke"
run_in mkdir -m 700 -p /tmp/xdg
run_in productmanager-cli products --database sqlite:///tmp/x.db --cache memory:// seed 100
run_in productmanager-cli products --database sqlite:///tmp/x.db --cache memory:// list --stats \
    >"$PM_WORK/list.out" 2>"$PM_WORK/list.err"
since "smoke run"
