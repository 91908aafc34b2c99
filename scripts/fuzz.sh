#!/usr/bin/env bash
# libFuzzer runs of the cache value decoder and of the RESP reply path (RespGuard, then
# hiredis's reader): zero crashes, leaks or timeouts.
#   scripts/fuzz.sh [SECONDS]   default 60 in all, half per target; CI runs it after ctest
# Builds fuzz_valuecodec and fuzz_resp with clang (-DPM_FUZZ=ON, ASan + UBSan + libFuzzer) in
# build/fuzz, seeds the corpora (valid envelopes from fuzz_seeds; a few RESP replies written
# below), then fuzzes each for SECONDS/2. Any crash, leak, timeout (>10 s for one input) or
# out-of-memory (an allocation of what a header merely declares) makes libFuzzer, and so this
# script, fail; the reproducer is left in build/fuzz/artifacts/. The corpora grow in
# build/fuzz/corpus and build/fuzz/corpus-resp and are reused by the next run. A longer run:
# docs/reliability.md.
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
cmake --build "$build" --target fuzz_valuecodec fuzz_seeds fuzz_resp
each=$(((seconds + 1) / 2))

mkdir -p "$build/corpus" "$build/artifacts"
"$build/tests/app/products/fuzz_seeds" "$build/corpus"
echo "fuzzing ValueCodec::decode for ${each} s"
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/tests/app/products/fuzz_valuecodec" -max_total_time="$each" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" "$build/corpus"

# RESP seeds: the first byte picks the command's limits and the read size (fuzz_resp.cpp).
resp="$build/corpus-resp"
mkdir -p "$resp"
seed() { printf "$2" >"$resp/seed-$1"; }
seed pong '\003+PONG\r\n+PONG\r\n'
seed get '\000$5\r\nhello\r\n$-1\r\n'
seed mget '\001*3\r\n$1\r\na\r\n$-1\r\n-WRONGTYPE x\r\n'
seed scan '\002*2\r\n$2\r\n17\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n'
seed incr '\005:-9223372036854775808\r\n:42\r\n'
seed nested '\006*1\r\n*1\r\n*2\r\n:1\r\n*0\r\n'
seed message '\200*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n'
seed huge '\000$9223372036854775800\r\n'
echo "fuzzing the RESP reply path (RespGuard + hiredis reader) for ${each} s"
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/tests/app/redis/fuzz_resp" -max_total_time="$each" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=256 -max_len=65536 -detect_leaks=1 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/" "$resp"
echo "fuzz: no crash, leak or timeout in ${seconds} s"
