#!/usr/bin/env python3
"""Corpus-mode figures for BENCHMARKS.md: what scripts/bench-corpus.sh prints.

Usage: scripts/bench-corpus.sh [--corpus DIR] [--runs 3] [--spark]

1. `newsgraph extract CORPUS/bbc` with --jobs 1 and --jobs 2: wall and CPU
   time (best of --runs), articles/s, MB/s and peak memory; the two outputs
   must be byte-identical.
2. Peak memory at growing corpus sizes (the first N lines of the JSON Lines
   corpus, --jobs 2): it follows the graph, not the number of articles.
3. 100 partial graphs (the corpus dealt into 100 JSON Lines parts, each
   extracted alone, as a Spark partition would be), then `newsgraph merge`
   of all 100: time and peak memory; the result must equal one run.
4. A single 50 MB line of one repeated sentence: time and peak memory.
5. With --spark: the PySpark job on local[2] over the same folder, against
   `newsgraph extract --jobs 2`: wall time, the ratio, and byte identity.

Peak memory is the largest resident set of the process (GNU time's %M).
With --nice, every measured command runs under `nice -n -10`, so that on a
machine shared with other jobs the measured one gets the cores it asks for.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "newsgraph")
MIB = 1 << 20


PRIORITY = []


def measured(argv, cwd=None):
    """Runs argv; returns (wall s, cpu s, peak RSS MiB)."""
    start = time.perf_counter()
    done = subprocess.run(PRIORITY + ["/usr/bin/time", "-f", "%M %U %S"] + argv, capture_output=True, text=True, cwd=cwd)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 2):
        sys.exit(f"failed: {' '.join(argv)}\n{done.stderr[-3000:]}")
    peak, user, system = done.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(peak) / 1024


def best(runs, argv):
    results = [measured(argv) for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def same_bytes(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def corpus_files(folder):
    found = []
    for directory, _, files in os.walk(folder):
        for name in files:
            if name.endswith((".txt", ".html", ".htm")):
                found.append(os.path.join(directory, name))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpus"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--spark", action="store_true")
    parser.add_argument("--nice", action="store_true", help="run measured commands under nice -n -10")
    parser.add_argument("--only-jobs", action="store_true", help="only the --jobs 1 against --jobs 2 figures")
    args = parser.parse_args()
    if args.nice:
        PRIORITY.extend(["nice", "-n", "-10"])
    bbc = os.path.join(args.corpus, "bbc")
    jsonl = os.path.join(args.corpus, "bbc-news-2225.jsonl")
    files = corpus_files(bbc)
    total_bytes = sum(os.path.getsize(f) for f in files)
    work = tempfile.mkdtemp(prefix="newsgraph-bench-corpus-")
    print(f"corpus: {len(files)} articles, {total_bytes / MIB:.2f} MiB in {bbc}; {os.cpu_count()} cores")
    print(f"load average before: {os.getloadavg()[0]:.2f}\n")

    print("## --jobs 1 against --jobs 2 (best of %d)\n" % args.runs)
    print("| jobs | wall s | CPU s | articles/s (wall) | MB/s (wall) | peak MiB |")
    print("|---|---|---|---|---|---|")
    outputs = {}
    walls = {}
    for jobs in (1, 2):
        out = os.path.join(work, f"jobs{jobs}.json")
        wall, cpu, peak = best(args.runs, [BIN, "extract", bbc, "--jobs", str(jobs), "--quiet", "-o", out])
        outputs[jobs], walls[jobs] = out, wall
        print(f"| {jobs} | {wall:.2f} | {cpu:.2f} | {len(files) / wall:,.0f} | {total_bytes / MIB / wall:.2f} | {peak:.0f} |")
    print(f"\nspeed-up of --jobs 2: {walls[1] / walls[2]:.2f}x in wall time; outputs byte-identical: {same_bytes(outputs[1], outputs[2])}\n")
    if args.only_jobs:
        shutil.rmtree(work)
        return

    print("## Peak memory at growing corpus sizes (--jobs 2, JSON Lines)\n")
    print("| articles | wall s | peak MiB | nodes | edges |")
    print("|---|---|---|---|---|")
    with open(jsonl, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    for count in (278, 556, 1112, 2225):
        part = os.path.join(work, f"first-{count}.jsonl")
        with open(part, "w", encoding="utf-8") as f:
            f.writelines(lines[:count])
        out = os.path.join(work, f"first-{count}.json")
        wall, _, peak = measured([BIN, "extract", part, "--jobs", "2", "--quiet", "-o", out])
        with open(out, encoding="utf-8") as f:
            graph = json.load(f)["graph"]
        print(f"| {count:,} | {wall:.2f} | {peak:.0f} | {len(graph['nodes']):,} | {len(graph['edges']):,} |")

    print("\n## Merging 100 partial graphs\n")
    parts = os.path.join(work, "parts")
    os.makedirs(parts)
    records = [[] for _ in range(100)]
    for index, path in enumerate(files):
        rel = os.path.relpath(path, bbc)
        source = bbc + "/" + rel
        with open(path, "rb") as f:
            content = base64.b64encode(f.read()).decode("ascii")
        records[index % 100].append(json.dumps({"id": source.rsplit(".", 1)[0], "source": source, "base64": content}))
    start = time.perf_counter()
    graphs = []
    for number, part in enumerate(records):
        graph = os.path.join(parts, f"part-{number:03d}.json")
        done = subprocess.run([BIN, "extract", "-", "--stdin-jsonl", "--jobs", "1", "--quiet", "-o", graph],
                              input=("\n".join(part) + "\n").encode("utf-8"))
        if done.returncode != 0:
            sys.exit("extracting a part failed")
        graphs.append(graph)
    extract_parts = time.perf_counter() - start
    part_bytes = sum(os.path.getsize(g) for g in graphs)
    merged = os.path.join(work, "merged.json")
    wall, cpu, peak = measured([BIN, "merge"] + graphs + ["-o", merged])
    single = os.path.join(work, "single.json")
    subprocess.run([BIN, "extract", bbc, "--quiet", "-o", single], check=True)
    print(f"100 parts of about {len(files) // 100} articles, extracted one by one in {extract_parts:.1f} s; "
          f"{part_bytes / MIB:.1f} MiB of JSON in all")
    print(f"`newsgraph merge` of the 100: {wall:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MiB; "
          f"output {os.path.getsize(merged) / MIB:.1f} MiB, byte-identical to one run: {same_bytes(merged, single)}\n")

    print("## A 50 MB line of one repeated sentence\n")
    flood = os.path.join(work, "flood.txt")
    with open(flood, "w", encoding="ascii") as f:
        f.write("Israel said Hamas attacked. " * 1_800_000 + "\n")
    wall, cpu, peak = measured([BIN, "extract", flood, "--quiet", "-o", os.path.join(work, "flood.json")])
    print(f"{os.path.getsize(flood) / 1e6:.1f} MB: {wall:.2f} s wall, {cpu:.2f} s CPU, peak {peak:.0f} MiB\n")

    if args.spark:
        print("## The Spark job on local[2] against one machine\n")
        job = os.path.join(ROOT, "scripts", "spark", "newsgraph_spark.py")
        spark_submit = shutil.which("spark-submit") or "spark-submit"
        print("| input | newsgraph extract --jobs 2: wall s | Spark job, local[2]: wall s | CPU s (Spark, with children) | ratio | byte-identical |")
        print("|---|---|---|---|---|---|")
        for name, source in (("2,225 files in folders", bbc), ("one JSON Lines file", jsonl)):
            spark_out = os.path.join(work, "spark.json")
            wall_spark, cpu_spark, _ = measured([spark_submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                                                "--files", BIN, job, source, "-o", spark_out], cwd=work)
            wall_one, _, _ = best(args.runs, [BIN, "extract", source, "--jobs", "2", "--quiet", "-o", single])
            print(f"| {name} | {wall_one:.2f} | {wall_spark:.2f} | {cpu_spark:.2f} | {wall_spark / wall_one:.0f}x | "
                  f"{same_bytes(spark_out, single)} |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
