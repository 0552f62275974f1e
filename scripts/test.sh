#!/usr/bin/env bash
# Installs what is missing, then runs every test in debug and in release mode
# (C buffers can outlive Swift arrays in only one of them), the whole suite
# again under AddressSanitizer and under ThreadSanitizer, and every fuzz
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
# against runaway cost get ten times their time under the sanitizers.
export SWIFT_BACKTRACE=enable=no NEWSGRAPH_TEST_TIME_SCALE=10
echo "== the tests under AddressSanitizer (with LeakSanitizer)"
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0" \
  swift test --sanitize=address --scratch-path .build-asan --disable-xctest
echo "== the tests under ThreadSanitizer"
swift test --sanitize=thread --scratch-path .build-tsan --disable-xctest
scripts/fuzz.sh 20
