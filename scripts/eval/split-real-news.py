#!/usr/bin/env python3
"""Place newly annotated real-news articles into tune/ or heldout/, once.

Articles arrive in Tests/NewsGraphExtractionTests/RealNews/pool/ as
NAME.txt + NAME.gold.json, with one row each in pool/SOURCES-*.tsv
(columns: file, url, outlet, date, conflict, licence). An article is held
out when the first eight hex digits of the SHA-256 of its URL, read as a
number, are divisible by 3; the rule depends on nothing but the URL, so an
article's side never changes. Rows are appended to RealNews/SOURCES.tsv with
the split in its own column. An article already placed is never moved.
"""
import csv
import hashlib
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "NewsGraphExtractionTests", "RealNews")
POOL = os.path.join(ROOT, "pool")
COLUMNS = ["file", "split", "url", "outlet", "date", "conflict", "licence"]


def side(url):
    return "heldout" if int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0 else "tune"


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main():
    sources = os.path.join(ROOT, "SOURCES.tsv")
    placed = {r["file"]: r for r in read_rows(sources)} if os.path.exists(sources) else {}
    urls = {r["url"] for r in placed.values()}
    incoming = []
    for name in sorted(os.listdir(POOL)) if os.path.isdir(POOL) else []:
        if name.startswith("SOURCES") and name.endswith(".tsv"):
            incoming += read_rows(os.path.join(POOL, name))
    moved = 0
    for row in incoming:
        stem = row["file"][: -len(".txt")]
        txt, gold = os.path.join(POOL, stem + ".txt"), os.path.join(POOL, stem + ".gold.json")
        if row["file"] in placed or row["url"] in urls:
            print(f"{row['file']}: already placed, left in the pool", file=sys.stderr)
            continue
        if not (os.path.exists(txt) and os.path.exists(gold)):
            print(f"{row['file']}: text or gold file missing, left in the pool", file=sys.stderr)
            continue
        split = side(row["url"])
        os.makedirs(os.path.join(ROOT, split), exist_ok=True)
        for path in (txt, gold):
            os.rename(path, os.path.join(ROOT, split, os.path.basename(path)))
        placed[row["file"]] = dict(row, split=split)
        urls.add(row["url"])
        moved += 1
    with open(sources, "w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        out.writeheader()
        for name in sorted(placed):
            out.writerow(placed[name])
    counts = {s: sum(r["split"] == s for r in placed.values()) for s in ("tune", "heldout")}
    outlets = len({r["outlet"] for r in placed.values()})
    print(f"placed {moved}; tune {counts['tune']}, heldout {counts['heldout']}, {outlets} outlets")


if __name__ == "__main__":
    main()
