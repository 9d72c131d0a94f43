#!/usr/bin/env bash
# Command two: every check. Formatting, clippy for the server and the wasm builds, unit and
# integration tests, then the browser tests in Debian's Chromium with JavaScript on and off.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_build_tools
ensure_chromium
npm_install e2e

step "Formatting"
cargo fmt --all --check

step "Clippy: server build"
cargo clippy --locked -p app -p server --all-targets -- -D warnings

step "Clippy: browser build (wasm32, hydrate)"
cargo clippy --locked -p frontend -p app --target wasm32-unknown-unknown -- -D warnings

# The bundle first: the secret-leak test searches it for the canary key.
build_bundle

step "Unit and integration tests"
cargo test --locked --workspace --exclude frontend

step "Building the server for the browser tests"
# The audit_vocabulary example fills the log with every action and outcome for the Audit spec.
cargo build --locked -p server --bin uam --example audit_vocabulary

step "Browser tests (Chromium; JavaScript on and off)"
(cd e2e && npx playwright test)
