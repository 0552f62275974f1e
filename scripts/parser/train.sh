#!/usr/bin/env bash
# Trains newsgraph's tagger and parser on Universal Dependencies English EWT
# (CC BY-SA 4.0; train split to learn, dev split for progress) and writes the
# model that the binary embeds, Sources/CSyntaxModel/syntax-model.bin; then
# scores it on dev and test. Rebuild newsgraph afterwards to embed the new model.
#
#   scripts/parser/train.sh [--ud DIR]      (default DIR: ../shared/ref/ud-english-ewt)
#
# The seed and settings below are the ones of the shipped model: the same data
# give the same model bytes. On one core it takes about an hour and a half.
set -euo pipefail
cd "$(dirname "$0")/../.."
UD=../shared/ref/ud-english-ewt
if [ "${1:-}" = "--ud" ]; then UD=$2; fi
for split in train dev test; do
    [ -f "$UD/en_ewt-ud-$split.conllu" ] || { echo "missing $UD/en_ewt-ud-$split.conllu; give the treebank folder with --ud DIR" >&2; exit 1; }
done
swift build -c release --product newsgraph-train
.build/release/newsgraph-train \
    --train "$UD/en_ewt-ud-train.conllu" --dev "$UD/en_ewt-ud-dev.conllu" --test "$UD/en_ewt-ud-test.conllu" \
    -o Sources/CSyntaxModel/syntax-model.bin \
    --seed 1 --tagger-epochs 10 --parser-epochs 12 --beam 8 --folds 5 --minimum-updates 2
