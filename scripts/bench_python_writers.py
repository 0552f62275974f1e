#!/usr/bin/env python3
"""Times the Python graph writers on the benchmark graph, for comparison.

Usage: bench_python_writers.py GRAPHML OUTDIR [--skip-networkx]

Loads GRAPHML (written by newsgraph-bench) with igraph, builds the same graph
in networkx and as RDF triples for pyoxigraph (not timed), then times only the
writes: networkx write_graphml, igraph GraphML and DOT, pyoxigraph Turtle.
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


NG = "https://newsgraph.example/ns#"
ID = "https://newsgraph.example/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def triples(g):
    """The graph as RDF: typed, labelled nodes; each edge a triple plus a reified statement with provenance."""
    N, L, T = pyoxigraph.NamedNode, pyoxigraph.Literal, pyoxigraph.Triple
    p = {name: N(NG + name) for name in ("kind", "alias", "mentions", "article", "evidence", "charStart", "charEnd")}
    label, rtype = N(RDFS + "label"), N(RDF + "type")
    subj, pred, obj, statement = N(RDF + "subject"), N(RDF + "predicate"), N(RDF + "object"), N(RDF + "Statement")
    nodes = [N(ID + i) for i in g.vs["id"]]
    out = []
    for v, node in zip(g.vs, nodes):
        out.append(T(node, rtype, N(NG + v["type"])))
        out.append(T(node, label, L(v["label"])))
        if v["kind"]:
            out.append(T(node, p["kind"], L(v["kind"])))
        out.append(T(node, p["mentions"], L(str(int(v["mentions"])), datatype=N("http://www.w3.org/2001/XMLSchema#integer"))))
    integer = N("http://www.w3.org/2001/XMLSchema#integer")
    for e in g.es:
        s, o, r = nodes[e.source], nodes[e.target], N(NG + e["relation"])
        out.append(T(s, r, o))
        st = N(ID + "edge/%d" % e.index)
        out += [T(st, rtype, statement), T(st, subj, s), T(st, pred, r), T(st, obj, o),
                T(st, p["mentions"], L(str(int(e["mentions"])), datatype=integer))]
        if e["article"]:
            out += [T(st, p["article"], N(ID + e["article"])), T(st, p["evidence"], L(e["evidence"])),
                    T(st, p["charStart"], L(str(int(e["char_start"])), datatype=integer)),
                    T(st, p["charEnd"], L(str(int(e["char_end"])), datatype=integer))]
    return out


def main():
    source, outdir = sys.argv[1], sys.argv[2]
    skip_networkx = "--skip-networkx" in sys.argv
    start = time.perf_counter()
    g = igraph.Graph.Read_GraphML(source)
    print(json.dumps({"load": "igraph Read_GraphML", "seconds": time.perf_counter() - start}), file=sys.stderr)
    path = os.path.join(outdir, "igraph.graphml")
    timed("igraph GraphML", path, lambda: g.write_graphml(path))
    path = os.path.join(outdir, "igraph.dot")
    timed("igraph DOT", path, lambda: g.write_dot(path))
    rdf = triples(g)
    path = os.path.join(outdir, "pyoxigraph.ttl")
    prefixes = {"ng": NG, "id": ID, "rdf": RDF, "rdfs": RDFS}
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
