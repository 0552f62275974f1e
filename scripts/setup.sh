#!/usr/bin/env bash
# Installs what NewsGraph needs on Debian or Ubuntu, skipping what is there:
# libxml2-dev to build; Graphviz and the Python consumers (networkx, igraph,
# rdflib, pyoxigraph, jsonschema) for the tests that check every output
# format against a real reader; Java and PySpark for the Spark job's test.
#   scripts/setup.sh          build and test dependencies
#   scripts/setup.sh --build  only what building needs
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v pkg-config >/dev/null 2>&1 || packages+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || packages+=(libxml2-dev)
if [ "${1:-}" != "--build" ]; then
  command -v dot >/dev/null 2>&1 || packages+=(graphviz)
  command -v xmllint >/dev/null 2>&1 || packages+=(libxml2-utils)
  command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
fi
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [ "${1:-}" != "--build" ]; then
  if ! python3 -c "import networkx, igraph, rdflib, pyoxigraph, jsonschema, pyspark" 2>/dev/null; then
    echo "installing Python packages from scripts/requirements-test.txt"
    python3 -m pip install -q -r scripts/requirements-test.txt
  fi
fi
