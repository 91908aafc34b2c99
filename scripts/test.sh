#!/usr/bin/env bash
# Quick start 2: install what is missing, build with warnings as errors, and run the whole
# Qt Test suite with CTest. Every server the tests need (redis-server, a throwaway PostgreSQL
# cluster) is started by the tests themselves. Extra arguments go to ctest (e.g. -R cache).
#
# Then, unless PM_SKIP_SANITIZERS=1 (docs/reliability.md):
#   - the fault tests (CTest label "faults", GUI ones excluded, the RESP reply guard included),
#     the value codec tests, the cache console and the command line, and the list's hot paths
#     (shared title blocks, the WAL-index watch, cross-process staleness) again, built with
#     AddressSanitizer + UBSan (the asan preset), halting on any error or leak;
#   - scripts/fuzz.sh PM_FUZZ_SECONDS (default 60): libFuzzer on the value decoder and on the
#     RESP reply path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
start=$(date +%s)
cmake --preset ci
cmake --build --preset ci
echo "build took $(($(date +%s) - start)) s"
ctest --preset ci --no-tests=error --output-on-failure "$@"

if [ "${PM_SKIP_SANITIZERS:-0}" = 1 ]; then
    exit 0
fi
start=$(date +%s)
cmake --preset asan -DPM_BUILD_BENCH=OFF
cmake --build --preset asan --target pm_faults_tests tst_valuecodec tst_productservice \
    tst_productrepository tst_database tst_crossprocess tst_cacheconsole tst_cli tst_respguard
# detect_leaks: the tests must not leak; halt_on_error: the first report fails the test.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
ctest --test-dir build/asan --no-tests=error --output-on-failure -L faults -LE 'gui|security'
ctest --test-dir build/asan --no-tests=error --output-on-failure \
    -R '^(tst_valuecodec|tst_productservice|tst_productrepository|tst_database|tst_crossprocess|tst_cacheconsole|tst_cli|tst_respguard)$'
echo "sanitizer run took $(($(date +%s) - start)) s"
bash scripts/fuzz.sh "${PM_FUZZ_SECONDS:-60}"
