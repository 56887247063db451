#!/usr/bin/env bash
# Installs everything Tarikh needs to build, test and benchmark, idempotently and non-interactively.
# Fast (a few seconds) when everything is already present; see docs/developing.md and
# /work/shared/design/toolchain.md for why each pin is what it is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- Rust ------------------------------------------------------------------------------------
if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup first (https://rustup.rs)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# rustfmt and clippy are part of `make test`; the default rustup profile has them, minimal does not.
for comp in rustfmt clippy; do
  if rustup component list --installed 2>/dev/null | grep -q "^${comp}"; then
    say "rustup component ${comp}: present"
  else
    say "adding rustup component ${comp}"
    rustup component add "$comp"
  fi
done

# --- Trunk (0.22 needs a newer rustc than we pin; see toolchain.md) ----------------------------
have_trunk="$(trunk --version 2>/dev/null || true)"
if [ "$have_trunk" = "trunk ${TRUNK_VERSION}" ]; then
  say "trunk ${TRUNK_VERSION}: present"
else
  say "installing trunk ${TRUNK_VERSION} (was: '${have_trunk:-none}'; ~10 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- wasm-bindgen CLI: exactly the version in Cargo.lock; NO --locked (see toolchain.md) -------
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WB_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
have_wb="$(wasm-bindgen --version 2>/dev/null || true)"
if [ "$have_wb" = "wasm-bindgen ${WB_VERSION}" ]; then
  say "wasm-bindgen-cli ${WB_VERSION}: present"
else
  say "installing wasm-bindgen-cli ${WB_VERSION} (was: '${have_wb:-none}'; ~3 min)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi
grep -q "wasm_bindgen = \"${WB_VERSION}\"" Trunk.toml \
  || die "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen ${WB_VERSION}"

# --- System packages: Chromium + chromedriver (and Node if absent) ---------------------------
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to apt-get install $*"
    sudo="sudo -n"
  fi
  say "apt-get install $*"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$@" </dev/null
}

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium + chromedriver: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo '?'))"
else
  apt_install chromium chromium-driver
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 18 ] || die "Node >= 18 needed (have $(node --version))"

# --- npm dev tools: playwright-core (driver only, never downloads a browser), binaryen (wasm-opt)
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "node_modules: up to date with package-lock.json"
else
  say "npm ci (playwright-core, binaryen)"
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: belt and braces; playwright-core has no install script anyway.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null
  touch node_modules/.package-lock.json
fi

# --- Check the result through the same PATH the Makefile uses ---------------------------------
# shellcheck disable=SC1091
. "$ROOT/scripts/env.sh"
WO="$(wasm-opt --version 2>/dev/null || true)"
case "$WO" in
  *"version 132"*) say "wasm-opt: $WO ($(command -v wasm-opt))" ;;
  *) die "wasm-opt 132 from node_modules/.bin is not first on PATH (got '$WO')" ;;
esac
say "done"
