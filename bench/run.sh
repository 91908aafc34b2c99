#!/usr/bin/env bash
# The one benchmark command (docs/performance-goals.md): builds productmanager-bench in Release,
# starts a private redis-server on a unix socket (stopped on exit), runs every scenario and writes
# docs/BENCHMARKS.md (the generated table followed by bench/FINDINGS.md).
# Exit status: 0 all goals met, 1 a goal missed (listed on stdout), 2 a scenario could not run.
# Arguments go to the runner: --large (adds N = 1M), --quick (smoke run), --sizes 1000,10000.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --preset release -DPM_BUILD_BENCH=ON -DPM_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target productmanager-bench

dir=$(mktemp -d /tmp/pmbench-redis-XXXXXX)
socket="$dir/redis.sock"
redis-server --port 0 --unixsocket "$socket" --unixsocketperm 700 --save '' \
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
redis-cli -s "$socket" ping >/dev/null || { echo "redis-server did not start" >&2; exit 2; }

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

table=$(mktemp /tmp/pmbench-table-XXXXXX.md)
set +e
QT_LOGGING_RULES="pm.*.info=false;pm.*.debug=false" \
    build/release/bench/productmanager-bench --redis-socket "$socket" --markdown "$table" \
    --commit "$commit" "${pg_args[@]}" "$@"
status=$?
set -e
if [ -s "$table" ]; then
    mkdir -p docs
    { cat "$table"; echo; cat bench/FINDINGS.md; } >docs/BENCHMARKS.md
    echo "wrote docs/BENCHMARKS.md"
fi
rm -f "$table"
exit "$status"
