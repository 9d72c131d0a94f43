# Shared by run.sh and test.sh: installs the pinned tools that are missing, and builds the bundle.
# Works on a fresh Debian machine that has only the Rust toolchain, Node.js and npm.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

WASM_SPLIT_VERSION=0.2.4 # the splitter for the `wasm_split_helpers` 0.2 line that leptos uses
WASM_BINDGEN_VERSION=0.2.130 # must equal the `wasm-bindgen` pin in Cargo.toml
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/frontend/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

# `has_version TOOL TEXT`: TOOL is on PATH and its --version output contains TEXT.
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# `npm_install DIR`: installs DIR's locked npm packages unless they are already current.
npm_install() {
  local dir="$ROOT/$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    step "Installing npm packages in $1/"
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # The CLI prints no version; cargo's own record of installed packages tells which one is there.
  if ! cargo install --list | grep -qxF "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    step "Installing wasm-split-cli $WASM_SPLIT_VERSION (once; about 2 minutes)"
    cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
  fi
  if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    # Without --locked: its lock file names a crate version the registry no longer serves.
    step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (once; about 2 minutes)"
    cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
  fi
  npm_install frontend
}

# Chromium, and fonts for the scripts Debian's default fonts lack (Chinese, Japanese, Korean, Thai),
# so the browser tests lay out and photograph those languages as readers see them, not as boxes.
ensure_chromium() {
  local packages=(chromium fonts-wqy-zenhei fonts-tlwg-loma-otf)
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "Installing from Debian: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
}

# The hydration bundle, into target/site/pkg where the server finds it: cargo links the wasm
# (profile wasm-release), then frontend/bundle.mjs splits it per page, runs wasm-bindgen and
# wasm-opt, minifies, precompresses and prints each page's size.
build_bundle() {
  step "Building the wasm bundle (profile wasm-release)"
  cargo build --locked -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release
  node frontend/bundle.mjs target/wasm32-unknown-unknown/wasm-release/frontend.wasm target/site/pkg
}
