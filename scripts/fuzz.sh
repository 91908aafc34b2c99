#!/usr/bin/env bash
# libFuzzer run of the cache value decoder (zero crashes, leaks or timeouts;
# docs/reliability.md).
#   scripts/fuzz.sh [SECONDS]   default 60; CI runs it after ctest (scripts/test.sh)
# Builds fuzz_valuecodec with clang (-DPM_FUZZ=ON, ASan + UBSan + libFuzzer) in build/fuzz,
# seeds a corpus with valid envelopes (fuzz_seeds), then fuzzes for SECONDS. Any crash, leak,
# timeout (>10 s for one input) or out-of-memory makes libFuzzer, and so this script, fail;
# the reproducer is left in build/fuzz/artifacts/. The corpus grows in build/fuzz/corpus and is
# reused by the next run. A longer run: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build/fuzz

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPM_FUZZ=ON -DPM_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzz_valuecodec fuzz_seeds

mkdir -p "$build/corpus" "$build/artifacts"
"$build/tests/app/cache/fuzz_seeds" "$build/corpus"
echo "fuzzing ValueCodec::decode for ${seconds} s"
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/tests/app/cache/fuzz_valuecodec" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" "$build/corpus"
echo "fuzz: no crash, leak or timeout in ${seconds} s"
