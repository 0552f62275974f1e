#!/usr/bin/env bash
# Installs what building needs, builds newsgraph in release mode and extracts
# the example article into all four formats under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --build
swift build -c release
mkdir -p out
bin=.build/release/newsgraph
article=examples/iron-dome/press-tv-iron-dome.txt
for format in graphml ttl dot json; do
  "$bin" extract "$article" -o "out/press-tv-iron-dome.$format"
done
"$bin" query out/press-tv-iron-dome.json --subject "United States"
echo "wrote out/press-tv-iron-dome.{graphml,ttl,dot,json}"
