#!/usr/bin/env bash
# Corpus mode over the news corpus (see scripts/bench_corpus.py): --jobs 1 against
# --jobs 2, memory at growing corpus sizes, merging 100 partial graphs, the 50 MB
# repeated line and, with --spark, the Spark job on local[2] against one machine.
#   scripts/bench-corpus.sh            without Spark
#   scripts/bench-corpus.sh --spark    with the Spark job (needs Java and pyspark: scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product newsgraph
exec python3 scripts/bench_corpus.py "$@"
