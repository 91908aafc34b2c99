#!/usr/bin/env bash
# Quick start 2: install what is missing, build with warnings as errors, and run the whole
# Qt Test suite with CTest. Every server the tests need (redis-server, a throwaway PostgreSQL
# cluster) is started by the tests themselves. Extra arguments go to ctest (e.g. -R cache).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
start=$(date +%s)
cmake --preset ci
cmake --build --preset ci
echo "build took $(($(date +%s) - start)) s"
ctest --preset ci --no-tests=error --output-on-failure "$@"
