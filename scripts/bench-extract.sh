#!/usr/bin/env bash
# Extraction throughput on one core over the news corpus (see scripts/bench_extract.py).
#   scripts/bench-extract.sh            newsgraph alone
#   scripts/bench-extract.sh --spacy    and spaCy's small English model (NER only) in the same run
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product newsgraph
exec python3 scripts/bench_extract.py "$@"
