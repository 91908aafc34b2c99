#!/bin/sh
# Runs a test that mounts tmpfs file systems (full-disk and read-only faults) in a private mount
# namespace, so that its mounts can never outlive it or be seen outside it. A user without root
# gets the same through a user namespace in which they are root (unshare --map-root-user).
#   withmounts.sh TEST_BINARY [ARGS...]
# Exit 77 (CTest: skipped) only when the kernel allows neither, and never under CI=true.
if [ "$(id -u)" -eq 0 ]; then
    exec unshare --mount --propagation private "$@"
fi
if ! unshare --user --map-root-user --mount true 2>/dev/null; then
    reason="mounting a tmpfs needs root or unprivileged user namespaces (kernel.unprivileged_userns_clone)"
    if [ "${CI:-}" = true ]; then
        echo "FAIL: $reason" >&2
        exit 1
    fi
    echo "SKIP: $reason"
    exit 77
fi
exec unshare --user --map-root-user --mount --propagation private "$@"
