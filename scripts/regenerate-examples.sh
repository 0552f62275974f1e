#!/usr/bin/env bash
# Rebuilds examples/ from the example article: the four exports, the yEd
# flavour and the Graphviz rendering shown in the README. A test fails when
# the committed files are stale: run this after changing extraction or writers.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release
bin=.build/release/newsgraph
dir=examples/iron-dome
"$bin" extract "$dir/press-tv-iron-dome.txt" --format json -o "$dir/graph.json"
"$bin" extract "$dir/press-tv-iron-dome.txt" -o "$dir/graph.graphml"
"$bin" extract "$dir/press-tv-iron-dome.txt" -o "$dir/graph-yed.graphml" --graphml-flavor yed
"$bin" extract "$dir/press-tv-iron-dome.txt" -o "$dir/graph.ttl"
"$bin" extract "$dir/press-tv-iron-dome.txt" -o "$dir/graph.dot"
dot -Tsvg "$dir/graph.dot" -o "$dir/graph.svg"
dot -Tpng -Gdpi=110 "$dir/graph.dot" -o "$dir/graph.png"
echo "regenerated $dir"
