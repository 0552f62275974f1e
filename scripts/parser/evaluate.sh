#!/usr/bin/env bash
# Scores the parser compiled into newsgraph on UD English EWT test: words as
# given, tags predicted, through `newsgraph parse --tokenized` and an
# independent scorer.
#
#   scripts/parser/evaluate.sh [--ud DIR]      (default DIR: ../shared/ref/ud-english-ewt)
set -euo pipefail
cd "$(dirname "$0")/../.."
UD=../shared/ref/ud-english-ewt
if [ "${1:-}" = "--ud" ]; then UD=$2; fi
swift build -c release --product newsgraph
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for split in dev test; do
    .build/release/newsgraph parse --tokenized "$UD/en_ewt-ud-$split.conllu" > "$out"
    printf '%s: ' "$split"
    python3 scripts/parser/conllu_score.py "$UD/en_ewt-ud-$split.conllu" "$out"
done
