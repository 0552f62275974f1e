"""Extract one knowledge graph from a corpus on Apache Spark with newsgraph.

Each partition of the corpus is piped, as JSON Lines, into the newsgraph
binary (`newsgraph extract - --stdin-jsonl`), which writes one graph per
partition; the partial graphs are then joined pairwise with `newsgraph merge`
in a tree (RDD.treeReduce). Articles are independent, so extraction scales
with executors; only the merge is shared. Merging is associative and
commutative, so the result is byte-identical to `newsgraph extract` over the
same files on one machine, whatever the number of partitions.

The binary is shipped to the executors with the job (`--files`, or
`--newsgraph PATH`, which adds it with SparkContext.addFile); executors need
only libxml2.

    spark-submit --master local[2] --files .build/release/newsgraph \\
        scripts/spark/newsgraph_spark.py ../shared/corpus/bbc -o corpus.json

Inputs: folders (read recursively for .txt, .html, .htm and .jsonl files),
single files, and JSON Lines files, on any Hadoop-compatible path
(file:, hdfs:, s3a:, ...). Files are sent to newsgraph byte for byte
(base64) under the source path and id that `newsgraph extract` would give
them, so the graphs agree exactly.
"""

import argparse
import base64
import json
import os
import posixpath
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

ARTICLE_EXTENSIONS = (".txt", ".html", ".htm")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="newsgraph extract on Apache Spark")
    parser.add_argument("inputs", nargs="+", help="folders, article files or .jsonl files (any Hadoop path)")
    parser.add_argument("-o", "--output", required=True, help="the graph file to write on the driver (.json, .graphml, .ttl, .dot)")
    parser.add_argument("--partitions", type=int, default=0, help="the least partitions of each input (default: Spark's default parallelism)")
    parser.add_argument("--max-evidence", type=int, default=None, help="provenance records kept per node and edge")
    parser.add_argument("--newsgraph", default=None, help="path of the newsgraph binary on the driver, shipped with addFile (else give it with --files)")
    return parser.parse_args(argv)


def binary_path():
    """The newsgraph binary shipped with the job, made executable."""
    from pyspark import SparkFiles

    path = SparkFiles.get("newsgraph")
    if not os.access(path, os.X_OK):
        os.chmod(path, 0o755)
    return path


def strip_scheme(uri):
    """The path part of a URI (`file:/a/b` -> `/a/b`); a plain path as it is."""
    parsed = urlparse(uri)
    return parsed.path if parsed.scheme else uri


def name_without_extension(path):
    folder, file = posixpath.split(path)
    stem, dot, _ = file.rpartition(".")
    return posixpath.join(folder, stem) if dot and stem else path


def file_record(source, name, content):
    """The JSON line newsgraph reads for one file: its bytes, source and id."""
    return json.dumps({"id": name, "source": source, "base64": base64.b64encode(bytes(content)).decode("ascii")})


def jvm_path(sc, path):
    """A Hadoop Path, through the JVM."""
    return sc._jvm.org.apache.hadoop.fs.Path(path)


def folder_records(sc, folder, partitions):
    """Every article file below `folder`, named as `newsgraph extract FOLDER` names it."""
    conf = sc._jsc.hadoopConfiguration()
    conf.set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    qualified = jvm_path(sc, folder).getFileSystem(conf).makeQualified(jvm_path(sc, folder)).toString()
    root = strip_scheme(qualified).rstrip("/")
    given = folder if folder.endswith("/") else folder + "/"

    def source_of(uri):
        relative = strip_scheme(uri)[len(root):].lstrip("/")
        return given + relative

    def readable(uri):
        relative = strip_scheme(uri)[len(root):].lstrip("/")
        return not any(part.startswith(".") for part in relative.split("/"))

    files = sc.binaryFiles(folder, minPartitions=partitions).filter(lambda pair: readable(pair[0]) and pair[0].endswith(ARTICLE_EXTENSIONS))
    articles = files.map(lambda pair: file_record(source_of(pair[0]), name_without_extension(source_of(pair[0])), pair[1]))
    jsonl = [source_of(uri) for uri in list_files(sc, folder, qualified) if uri.endswith(".jsonl") and readable(uri)]
    return [articles] + [jsonl_records(sc, path, partitions) for path in sorted(jsonl)]


def list_files(sc, folder, qualified):
    """The URIs of the files below a folder, listed on the driver without a pass over the data:
    with os.walk on the local file system, else through Hadoop's FileSystem (one call per file)."""
    if qualified.startswith("file:"):
        root = strip_scheme(qualified)
        return ["file:" + os.path.join(directory, name) for directory, _, names in os.walk(root) for name in names]
    fs = jvm_path(sc, folder).getFileSystem(sc._jsc.hadoopConfiguration())
    listing = fs.listFiles(jvm_path(sc, folder), True)
    uris = []
    while listing.hasNext():
        uris.append(listing.next().getPath().toString())
    return uris


def jsonl_records(sc, path, partitions):
    """The lines of a JSON Lines file, each given the source and fallback id `newsgraph extract FILE` would give it."""
    file_name = path.rstrip("/").split("/")[-1]

    def record(pair):
        line, index = pair
        number = index + 1
        try:
            article = json.loads(line)
        except ValueError:
            return line  # newsgraph reports the broken line and goes on
        if not isinstance(article, dict):
            return line
        article.setdefault("id", "%s-%d" % (file_name, number))
        article.setdefault("source", "%s:%d" % (path, number))
        return json.dumps(article)

    blank = lambda pair: pair[0].strip(" \t\r") == ""
    return sc.textFile(path, minPartitions=partitions).zipWithIndex().filter(lambda pair: not blank(pair)).map(record)


def input_records(sc, path, partitions):
    """The records of one input: a folder, a JSON Lines file or an article file."""
    hadoop_path = jvm_path(sc, path)
    fs = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())
    if fs.getFileStatus(hadoop_path).isDirectory():
        return folder_records(sc, path, partitions)
    if path.endswith(".jsonl"):
        return [jsonl_records(sc, path, partitions)]
    name = name_without_extension(path.rstrip("/").split("/")[-1])
    return [sc.binaryFiles(path).map(lambda pair: file_record(path, name, pair[1]))]


def extract_partition(max_evidence):
    """mapPartitions: the partition's articles through `newsgraph extract`, one graph out."""

    def run(records):
        lines = [record.encode("utf-8") + b"\n" for record in records]
        if not lines:
            return
        command = [binary_path(), "extract", "-", "--stdin-jsonl", "--quiet", "--format", "json"]
        if max_evidence is not None:
            command += ["--max-evidence", str(max_evidence)]
        result = subprocess.run(command, input=b"".join(lines), capture_output=True)
        # 0: every article read; 2: some skipped (each named on standard error).
        if result.returncode not in (0, 2):
            raise RuntimeError("newsgraph extract failed: " + result.stderr.decode("utf-8", "replace"))
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        yield result.stdout

    return run


def merge_graphs(max_evidence):
    """treeReduce: two graphs (JSON bytes) through `newsgraph merge`, one graph out."""

    def merge(a, b):
        with tempfile.TemporaryDirectory(prefix="newsgraph-merge-") as folder:
            paths = []
            for index, graph in enumerate((a, b)):
                path = os.path.join(folder, "part-%d.json" % index)
                with open(path, "wb") as file:
                    file.write(graph)
                paths.append(path)
            command = [binary_path(), "merge"] + paths + ["--format", "json"]
            if max_evidence is not None:
                command += ["--max-evidence", str(max_evidence)]
            result = subprocess.run(command, capture_output=True)
            if result.returncode != 0:
                raise RuntimeError("newsgraph merge failed: " + result.stderr.decode("utf-8", "replace"))
            return result.stdout

    return merge


def write_output(graph, output, max_evidence):
    """Writes the merged graph in the format the output's extension names, atomically (newsgraph convert)."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-out-") as folder:
        path = os.path.join(folder, "graph.json")
        with open(path, "wb") as file:
            file.write(graph)
        command = [binary_path(), "merge", path, "-o", output]
        if max_evidence is not None:
            command += ["--max-evidence", str(max_evidence)]
        subprocess.run(command, check=True)


def main(argv):
    from pyspark import SparkContext

    arguments = parse_arguments(argv)
    sc = SparkContext.getOrCreate()
    if arguments.newsgraph:
        sc.addFile(os.path.abspath(arguments.newsgraph))
    partitions = arguments.partitions or sc.defaultParallelism
    parts = []
    for path in arguments.inputs:
        parts += input_records(sc, path, partitions)
    corpus = sc.union(parts)
    graphs = corpus.mapPartitions(extract_partition(arguments.max_evidence))
    depth = max(2, (corpus.getNumPartitions() - 1).bit_length())
    try:
        merged = graphs.treeReduce(merge_graphs(arguments.max_evidence), depth=depth)
    except ValueError:  # an empty RDD: no partition held an article
        sys.exit("newsgraph_spark: found no articles in " + ", ".join(arguments.inputs))
    write_output(merged, arguments.output, arguments.max_evidence)
    sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
