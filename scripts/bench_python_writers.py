#!/usr/bin/env python3
"""Times the Python graph writers on the benchmark graph, for comparison.

Usage: bench_python_writers.py GRAPHML TURTLE OUTDIR [--skip-networkx]

Loads GRAPHML (written by newsgraph-bench) with igraph and builds the same
graph in networkx; parses TURTLE (newsgraph's Turtle of the same graph) with
pyoxigraph, so that Oxigraph writes the very same triples. None of that is
timed; then it times only the writes: networkx write_graphml, igraph GraphML
and DOT, pyoxigraph Turtle.
Prints one JSON object per line: {"name", "seconds", "cpu_seconds", "bytes"}.
Installs networkx, python-igraph and pyoxigraph with pip when missing.
"""
import importlib
import json
import math
import os
import subprocess
import sys
import time


def ensure(module, package):
    try:
        return importlib.import_module(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])
        return importlib.import_module(module)


igraph = ensure("igraph", "python-igraph")
nx = ensure("networkx", "networkx")
pyoxigraph = ensure("pyoxigraph", "pyoxigraph")

INT_KEYS = {"sentence", "char_start", "char_end", "mentions"}


def timed(name, path, write):
    """Runs write(), then prints its wall and processor seconds and the file's size."""
    start, cpu = time.perf_counter(), time.process_time()
    write()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"name": name, "seconds": seconds, "cpu_seconds": cpu, "bytes": os.path.getsize(path)}), flush=True)


def clean(attributes):
    """igraph's attributes as networkx would hold them: ints back to int, gaps dropped."""
    out = {}
    for key, value in attributes.items():
        if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
            continue
        out[key] = int(value) if key in INT_KEYS else value
    return out


def networkx_graph(g):
    ids = g.vs["id"]
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((v["id"], clean({k: v for k, v in v.attributes().items() if k != "id"})) for v in g.vs)
    edges = []
    for e in g.es:
        data = clean({k: v for k, v in e.attributes().items() if k != "id"})
        source, target = ids[e.source], ids[e.target]
        edges.append((source, target, "%s:%s:%s" % (source, data["relation"], target), data))
    graph.add_edges_from(edges)
    return graph


def turtle_triples(path):
    """The triples and prefixes of newsgraph's own Turtle output, so that both writers write the same graph."""
    prefixes = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("@prefix"):
                break
            name, iri = line.split()[1:3]
            prefixes[name.rstrip(":")] = iri.strip("<>")
    return list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE)), prefixes


def main():
    source, turtle, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
    skip_networkx = "--skip-networkx" in sys.argv
    start = time.perf_counter()
    g = igraph.Graph.Read_GraphML(source)
    print(json.dumps({"load": "igraph Read_GraphML", "seconds": time.perf_counter() - start}), file=sys.stderr)
    path = os.path.join(outdir, "igraph.graphml")
    timed("igraph GraphML", path, lambda: g.write_graphml(path))
    path = os.path.join(outdir, "igraph.dot")
    timed("igraph DOT", path, lambda: g.write_dot(path))
    if os.path.exists(turtle):
        rdf, prefixes = turtle_triples(turtle)
        path = os.path.join(outdir, "pyoxigraph.ttl")
        timed("pyoxigraph Turtle", path,
              lambda: pyoxigraph.serialize(rdf, path, pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes))
        del rdf
    if not skip_networkx:
        graph = networkx_graph(g)
        del g
        path = os.path.join(outdir, "networkx.graphml")
        timed("networkx GraphML", path, lambda: nx.write_graphml(graph, path))


if __name__ == "__main__":
    main()
