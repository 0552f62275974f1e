#!/usr/bin/env bash
# Installs what is missing, then runs every test in debug and in release mode
# (C buffers can outlive Swift arrays in only one of them), the suite again
# under AddressSanitizer and under ThreadSanitizer, and every fuzz
# target for 20 seconds (scripts/fuzz.sh).
#   scripts/test.sh          all of it
#   scripts/test.sh --quick  debug and release only
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test
swift test -c release -Xswiftc -enable-testing
[ "${1:-}" = "--quick" ] && exit 0

# The sanitized builds keep their own folders, so the plain build stays warm.
# Only Swift Testing: XCTest's runner leaks by itself. The tests that guard
# against runaway cost get ten times their time under the sanitizers. The
# corpus-scale suites (thousands of articles, the scores of every evaluation
# set, the Spark job) run the same code as the small tests that stay; they are
# left to the plain builds, or the sanitized runs would take hours.
export SWIFT_BACKTRACE=enable=no NEWSGRAPH_TEST_TIME_SCALE=10
corpus_scale=(--skip CorpusMergeTests --skip EvaluationScoreTests --skip SparkJobTests)
echo "== the tests under AddressSanitizer (with LeakSanitizer)"
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0" \
  swift test --sanitize=address --scratch-path .build-asan --disable-xctest "${corpus_scale[@]}"
echo "== the tests under ThreadSanitizer"
swift test --sanitize=thread --scratch-path .build-tsan --disable-xctest "${corpus_scale[@]}"
scripts/fuzz.sh 20
