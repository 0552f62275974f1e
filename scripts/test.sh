#!/usr/bin/env bash
# Installs what is missing, then runs every test in debug and in release mode
# (C buffers can outlive Swift arrays in only one of them).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test
swift test -c release -Xswiftc -enable-testing
