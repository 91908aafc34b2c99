#!/usr/bin/env bash
# The one benchmark command (docs/performance-goals.md): builds productmanager-bench in Release,
# starts a private redis-server on a unix socket (and on two loopback ports, one with TLS, for the
# "Redis over TLS" rows; stopped on exit), runs every scenario and writes
# docs/BENCHMARKS.md (the generated table followed by bench/FINDINGS.md).
# Exit status: 0 all goals met, 1 a goal missed or a row timed out (listed on stdout), 2 a
# scenario could not run.
# --peer: also run the tutorial's stack (bench/peer/peer.py: Django + django-redis on the same
# redis-server; python3-django and python3-django-redis are installed with apt-get if missing)
# and report our ratios against it. Other arguments go to the runner: --large (adds N = 1M),
# --quick (smoke run), --cold-start (with --quick; full runs include it), --sizes 1000,10000.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

peer=0
runner_args=()
for arg in "$@"; do
    case "$arg" in
        --peer) peer=1 ;;
        *) runner_args+=("$arg") ;;
    esac
done
quick=0
for arg in "${runner_args[@]}"; do [ "$arg" = --quick ] && quick=1; done

# Debian's python3 (its packages), not whatever python3 comes first on PATH.
peer_python=/usr/bin/python3
if [ "$peer" = 1 ] && ! "$peer_python" -c 'import django, django_redis' 2>/dev/null; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-django python3-django-redis
fi

if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --preset release -DPM_BUILD_BENCH=ON -DPM_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target productmanager-bench

dir=$(mktemp -d /tmp/pmbench-redis-XXXXXX)
socket="$dir/redis.sock"

# The "Redis over TLS" rows: throwaway certificates (a CA and a server certificate for localhost
# and 127.0.0.1, EC P-256 as tests/support/tlscerts.cpp makes them) and two free loopback ports
# of the same redis-server, one with TLS and one plain (the raw limit).
tls_dir="$dir/tls"
mkdir -p "$tls_dir"
(
    cd "$tls_dir"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key \
        -out ca.crt -days 2 -subj "/CN=pm bench ca"
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key \
        -out server.csr -subj "/CN=pm bench server"
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt \
        -days 2 -extfile server.ext
) >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; echo "openssl failed" >&2; exit 2; }
free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
tcp_port=$(free_port)
tls_port=$(free_port)
while [ "$tls_port" = "$tcp_port" ]; do tls_port=$(free_port); done

redis-server --bind 127.0.0.1 --port "$tcp_port" --tls-port "$tls_port" \
    --tls-cert-file "$tls_dir/server.crt" --tls-key-file "$tls_dir/server.key" \
    --tls-ca-cert-file "$tls_dir/ca.crt" --tls-auth-clients no \
    --unixsocket "$socket" --unixsocketperm 700 --save '' \
    --appendonly no --dir "$dir" >"$dir/redis.log" 2>&1 &
redis_pid=$!
cleanup() {
    kill "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
    tests/support/pgcluster.sh stop "$dir/pg" >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
for _ in $(seq 200); do
    redis-cli -s "$socket" ping >/dev/null 2>&1 && break
    sleep 0.05 # waiting for a server to accept, once
done
redis-cli -s "$socket" ping >/dev/null || {
    echo "redis-server did not start" >&2
    cat "$dir/redis.log" >&2
    exit 2
}
tls_args=(--redis-tls-url "rediss://127.0.0.1:$tls_port?ssl_ca_certs=$tls_dir/ca.crt"
    --redis-tcp "127.0.0.1:$tcp_port")

# A throwaway PostgreSQL cluster (as the tests' fixture starts it; as root the server runs as
# "postgres"): the uncached list load is measured on it too. Without one, the rows say so.
pg_args=()
mkdir -p "$dir/pg"
if tests/support/pgcluster.sh start "$dir/pg" >"$dir/pg.log" 2>&1; then
    pg_socket=$(cat "$dir/pg/socket_dir")
    pg_args=(--postgres-url "postgresql:///postgres?host=$pg_socket&user=postgres")
else
    echo "PostgreSQL cluster did not start (see below): no PostgreSQL rows" >&2
    cat "$dir/pg.log" >&2
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- app bench 2>/dev/null || commit="$commit (with uncommitted changes)"

peer_args=()
if [ "$peer" = 1 ]; then
    peer_quick=()
    [ "$quick" = 1 ] && peer_quick=(--quick)
    if "$peer_python" bench/peer/peer.py --redis-socket "$socket" "${peer_quick[@]}" \
        >"$dir/peer.json" 2>"$dir/peer.log"; then
        peer_args=(--peer-json "$dir/peer.json")
    else
        echo "the Django program failed:" >&2
        cat "$dir/peer.log" >&2
        peer_args=(--peer-json "$dir/peer-missing.json") # the runner reports the rows missed
    fi
fi

table=$(mktemp /tmp/pmbench-table-XXXXXX.md)
set +e
QT_LOGGING_RULES="pm.*.info=false;pm.*.debug=false" \
    build/release/bench/productmanager-bench --redis-socket "$socket" --markdown "$table" \
    --commit "$commit" "${tls_args[@]}" "${pg_args[@]}" "${peer_args[@]}" "${runner_args[@]}"
status=$?
set -e
if [ -s "$table" ]; then
    mkdir -p docs
    { cat "$table"; echo; cat bench/FINDINGS.md; } >docs/BENCHMARKS.md
    echo "wrote docs/BENCHMARKS.md"
fi
rm -f "$table"
exit "$status"
