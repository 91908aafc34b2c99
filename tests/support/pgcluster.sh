#!/bin/sh
# pgcluster.sh start|stop <dir>
#
# A throwaway PostgreSQL cluster for the tests (CTest fixture "postgres"). The data lives in
# <dir>/data; the unix socket lives in <dir>, or in a short /tmp/pm-pg-XXXXXX directory when
# <dir> is too long for a socket path (about 107 bytes). Either way <dir>/socket_dir names it.
# No TCP listener. initdb refuses to run as root, so as root the server runs as "postgres".
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
    if [ -f "$dir/data/postmaster.pid" ]; then
        # Immediate: the data is thrown away anyway, and a failed test must not hang here.
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || {
            pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi
        }
    fi
    if [ -f "$dir/socket_dir" ]; then
        sock=$(cat "$dir/socket_dir")
        case "$sock" in
            /tmp/pm-pg-*) rm -rf "$sock" ;;
        esac
    fi
}

case "$cmd" in
start)
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    # .s.PGSQL.5432.lock is the longest name placed in the socket directory.
    if [ $(printf '%s' "$dir/.s.PGSQL.5432.lock" | wc -c) -gt 100 ]; then
        sock=$(mktemp -d /tmp/pm-pg-XXXXXX)
    else
        sock=$dir
    fi
    printf '%s\n' "$sock" >"$dir/socket_dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir" "$sock"
    fi
    if ! as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 \
            --locale=C >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-k $sock -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
        cat "$dir/server.log" >&2
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
