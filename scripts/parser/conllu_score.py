#!/usr/bin/env python3
"""Tagging and attachment accuracy of a predicted CoNLL-U file against gold.

    python3 scripts/parser/conllu_score.py GOLD.conllu PREDICTED.conllu

Both files must have the same words (as `newsgraph parse --tokenized` keeps
them). Counted over all words, punctuation included; LAS compares the
universal part of the relation (`nsubj` for `nsubj:pass`), as the CoNLL 2018
shared task's evaluation does, and the exact relation in a second figure.
"""
import sys


def words(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                yield cols


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    total = upos = uas = las = exact = 0
    for g, p in zip(words(sys.argv[1]), words(sys.argv[2]), strict=True):
        if g[1] != p[1]:
            sys.exit(f"word {g[0]} differs: gold {g[1]!r}, predicted {p[1]!r}; the files must have the same words")
        total += 1
        upos += g[3] == p[3]
        if g[6] == p[6]:
            uas += 1
            las += g[7].split(":")[0] == p[7].split(":")[0]
            exact += g[7] == p[7]
    pct = lambda n: f"{100 * n / total:.2f}%"
    print(f"words {total}: UPOS {pct(upos)}, UAS {pct(uas)}, LAS {pct(las)} (exact relations {pct(exact)})")


if __name__ == "__main__":
    main()
