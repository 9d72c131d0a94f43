#!/usr/bin/env bash
# The first-load benchmark: builds the bundle and the release server, then measures in headless
# Chromium, throttled to 10 Mbit/s and 40 ms, what each page transfers (request by request) and
# how long until it is interactive (e2e/bench/first-load.mjs). The bundle's own build prints each
# page's size too. Usage: scripts/first-load.sh [runs, default 5]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_build_tools
ensure_chromium
npm_install e2e
build_bundle
step "Building the server (release)"
cargo build --release --locked -p server --bin uam
step "Measuring"
UAM_BIN="$ROOT/target/release/uam" node e2e/bench/first-load.mjs "$@"
