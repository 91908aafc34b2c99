#!/bin/sh
# pgcluster.sh start|stop <dir>
#
# A throwaway PostgreSQL cluster for the tests (CTest fixture "postgres"). The cluster (data
# and unix socket) lives in a fresh /tmp/pm-pg-XXXXXX directory: a short socket path (about
# 107 bytes at most), and a place the "postgres" user can reach even when the build tree sits
# under a private (0700) directory. <dir> keeps the pointers: <dir>/cluster_dir names the
# cluster, <dir>/socket_dir its socket directory. No TCP listener. Every role is trusted but
# pm_password_user, which must authenticate with a password (scram-sha-256). initdb refuses to
# run as root, so as root the server runs as "postgres".
set -eu

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop <dir>" >&2
    exit 2
fi

# The server runs from its data directory: every path it is given must be absolute.
case "$dir" in
    /*) ;;
    *) dir=$(pwd)/$dir ;;
esac

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then bindir=$d; break; fi
done
if [ -z "$bindir" ]; then
    echo "pgcluster: no PostgreSQL server found under /usr/lib/postgresql" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$dir/cluster_dir" ] || return 0
    cluster=$(cat "$dir/cluster_dir")
    case "$cluster" in
        /tmp/pm-pg-*) ;;
        *) return 0 ;; # never touch anything we did not create
    esac
    if [ -f "$cluster/data/postmaster.pid" ]; then
        # Immediate: the data is thrown away anyway, and a failed test must not hang here.
        as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || {
            pid=$(head -n 1 "$cluster/data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi
        }
    fi
    rm -rf "$cluster"
}

case "$cmd" in
start)
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/pm-pg-XXXXXX)
    sock=$cluster
    printf '%s\n' "$cluster" >"$dir/cluster_dir"
    printf '%s\n' "$sock" >"$dir/socket_dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$cluster"
    fi
    if ! as_owner "$bindir/initdb" -D "$cluster/data" -A trust -U postgres --no-sync -E UTF8 \
            --locale=C >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # One role must give a password (tests/app/db/tst_pgpassword): the first matching line
    # wins, so it goes above initdb's "trust" lines; every other role keeps trust.
    as_owner sed -i '1i local all pm_password_user scram-sha-256' "$cluster/data/pg_hba.conf"
    if ! as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-k $sock -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
        cat "$cluster/server.log" >&2
        exit 1
    fi
    echo "pgcluster: running, socket directory $sock"
    ;;
stop)
    stop
    echo "pgcluster: stopped"
    ;;
*)
    echo "usage: $0 start|stop <dir>" >&2
    exit 2
    ;;
esac
