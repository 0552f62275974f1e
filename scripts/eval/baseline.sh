#!/usr/bin/env bash
# Scores of the spaCy + textacy baseline (baseline_spacy_textacy.py) on the
# dev, tune and held-out sets: per set, score.py's totals and summary line.
# Extra arguments go to the baseline script (-v: score.py's full report).
set -euo pipefail
cd "$(dirname "$0")/../.."
real=Tests/NewsGraphExtractionTests/RealNews
python3 scripts/eval/baseline_spacy_textacy.py "$@" --all ../shared/eval/dev "$real/tune" "$real/heldout"
