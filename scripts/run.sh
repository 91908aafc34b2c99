#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and launch Product Manager on the embedded
# defaults (SQLite in the user's data directory, in-memory cache). A new catalogue starts with
# demo products (--demo-if-new: without the window's question). Arguments are passed to the
# app (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
cmake --preset dev >/dev/null
cmake --build --preset dev --target productmanager productmanager-cli
exec build/dev/productmanager --demo-if-new "$@"
