"""Drives the query benchmark: generates the synthetic graph once, then loads
each format with newsgraph-bench-query (one process per run, so that peak
memory is per format) and the Turtle file with pyoxigraph, and prints a
Markdown table. Times are wall clock and CPU (user + system) of each process;
memory is each process's own peak resident set (getrusage maxrss, read by
the process itself)."""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

QUERY = ("PREFIX rel: <https://newsgraph.dev/ns/relation#> "
         "SELECT (COUNT(*) AS ?n) WHERE { ?a rel:supplies ?w . ?b rel:operates ?w }")

PYOXIGRAPH = r"""
import json, sys, time, resource
import pyoxigraph as ox
path, query = sys.argv[1], sys.argv[2]
start = time.perf_counter()
store = ox.Store()
store.load(path=path, format=ox.RdfFormat.TURTLE)
loaded = time.perf_counter()
rows = list(store.query(query))
done = time.perf_counter()
print(json.dumps({"load_s": loaded - start, "query_s": done - loaded, "size": len(store),
                  "answer": rows[0][0].value if rows else "",
                  "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def run(command):
    """Runs a command; returns its JSON output plus wall, CPU and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(output.strip().splitlines()[-1])
    result["wall_s"] = wall
    result["cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result["maxrss_mb"] = result["peak_rss_bytes"] / 2**20
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--out", default="bench-out/query")
    parser.add_argument("--skip-pyoxigraph", action="store_true")
    options = parser.parse_args()
    turtle = os.path.join(options.out, "graph.ttl")
    if not os.path.exists(turtle):
        subprocess.run([options.tool, "generate", "--nodes", str(options.nodes), "--edges", str(options.edges),
                        "--out", options.out], check=True)
    rows = []
    for name, path, extra in [("newsgraph, Turtle", turtle, []),
                              ("newsgraph, JSON", os.path.join(options.out, "graph.json"), []),
                              ("newsgraph, GraphML", os.path.join(options.out, "graph.graphml"), [])]:
        result = run([options.tool, "load", path, "--sparql", QUERY] + extra)
        rows.append((name, os.path.getsize(path), result))
        print(name, json.dumps(result), file=sys.stderr)
    if not options.skip_pyoxigraph:
        result = run([sys.executable, "-c", PYOXIGRAPH, turtle, QUERY])
        rows.append(("pyoxigraph, Turtle", os.path.getsize(turtle), result))
        print("pyoxigraph", json.dumps(result), file=sys.stderr)
    print(f"Graph: {options.nodes} nodes, {options.edges} edges; {rows[0][2]['size']} triples in its RDF view.")
    print(f"Query: `{QUERY}`\n")
    print("| run | file | load (s) | query (s) | process wall (s) | process CPU (s) | peak memory (MiB) | answer |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, size, r in rows:
        print(f"| {name} | {size / 1e6:.0f} MB | {r['load_s']:.2f} | {r['query_s']:.3f} | {r['wall_s']:.2f} | "
              f"{r['cpu_s']:.2f} | {r['maxrss_mb']:.0f} | {r['answer']} |")


if __name__ == "__main__":
    main()
