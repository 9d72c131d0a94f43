#!/usr/bin/env bash
# Measures what a first visit transfers: the dashboard's HTML plus every asset it links, each
# fetched the way a browser asks (br, gzip). Usage: scripts/first-load.sh [http://127.0.0.1:3000]
set -euo pipefail
base=${1:-http://127.0.0.1:3000}

fetch() { curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_download}' "$1"; }

html=$(curl -s -H 'Accept-Encoding: identity' "$base/")
total=$(fetch "$base/")
printf '%-40s %8s bytes\n' "/ (HTML)" "$total"
for path in $(grep -oE '/pkg/[0-9a-f]+/[A-Za-z0-9_./-]+' <<<"$html" | sort -u); do
  size=$(fetch "$base$path")
  printf '%-40s %8s bytes\n' "$path" "$size"
  total=$((total + size))
done
printf '%-40s %8s bytes (%s KB)\n' "total" "$total" "$((total / 1024))"
