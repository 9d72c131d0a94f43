#!/usr/bin/env bash
# Measures what a first visit transfers: a page's HTML plus every asset it links, each fetched the
# way a browser asks (br, gzip). A first visit has no session, so it lands on the sign-in page.
# Usage: scripts/first-load.sh [http://127.0.0.1:3000] [/login] [language tag, e.g. ja]
set -euo pipefail
base=${1:-http://127.0.0.1:3000}
page=${2:-/login}
cookie="uam_locale=${3:-en}"

fetch() { curl -s -o /dev/null -H "Cookie: $cookie" -H 'Accept-Encoding: br, gzip' -w '%{size_download}' "$1"; }

html=$(curl -s -H "Cookie: $cookie" -H 'Accept-Encoding: identity' "$base$page")
total=$(fetch "$base$page")
printf '%-40s %8s bytes\n' "$page (HTML, $cookie)" "$total"
for path in $(grep -oE '/pkg/[0-9a-f]+/[A-Za-z0-9_./-]+' <<<"$html" | sort -u); do
  size=$(fetch "$base$path")
  printf '%-40s %8s bytes\n' "$path" "$size"
  total=$((total + size))
done
printf '%-40s %8s bytes (%s KB)\n' "total" "$total" "$((total / 1024))"
