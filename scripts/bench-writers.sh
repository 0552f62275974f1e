#!/bin/sh
# Benchmarks the graph writers on a synthetic graph of 100k nodes and 1M edges,
# against networkx, igraph and pyoxigraph. Options go to newsgraph-bench
# (--nodes N --edges N --repeat N --out DIR --no-python --skip-networkx).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product newsgraph-bench
exec .build/release/newsgraph-bench "$@"
