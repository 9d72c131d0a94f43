#!/usr/bin/env bash
# Command one: installs what is missing, builds, and serves User Account Manager on
# http://127.0.0.1:3000 (set UAM_LISTEN to change it). Extra arguments go to `uam`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_build_tools
build_bundle
step "Building the server (release)"
cargo build --release --locked -p server --bin uam
step "Starting"
exec "$ROOT/target/release/uam" "$@"
