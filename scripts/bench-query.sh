#!/bin/sh
# Benchmarks `newsgraph query` loading on a synthetic graph of 100k nodes and
# 1M edges (JSON, GraphML and Turtle written by newsgraph's writers) and a
# two-pattern SPARQL join, beside pyoxigraph loading and querying the same
# Turtle file in the same run. Prints a Markdown table for BENCHMARKS.md.
# Options go to scripts/bench_query.py (--nodes N --edges N --out DIR --skip-pyoxigraph).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product newsgraph-bench-query
exec python3 scripts/bench_query.py --tool .build/release/newsgraph-bench-query "$@"
