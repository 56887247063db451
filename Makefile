# Tarikh developer commands. The two that matter: `make run` and `make test` (see docs/developing.md).
# Every recipe is one bash script (.ONESHELL) that first sources scripts/env.sh, which puts the pinned
# tools (node_modules/.bin/wasm-opt = binaryen 132, ~/.cargo/bin) first on PATH.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.DEFAULT_GOAL := help
ENV := . scripts/env.sh
PORT ?= 8080

.PHONY: help setup build run serve test bench fmt clippy test-native validate test-web e2e clean

help:
	@echo "make run     install tools if missing, build the release, serve dist/ at http://127.0.0.1:$(PORT)/"
	@echo "make test    install tools if missing, then every check and test suite (CI runs this)"
	@echo "make bench   size, first-marker time and frame-time benchmark (needs a build)"
	@echo "make build   release build into dist/"
	@echo "parts of make test: fmt clippy test-native validate test-web e2e"

setup:
	@bash scripts/setup.sh

build: setup
	@$(ENV)
	trunk build --release --offline

run: build serve

serve:
	@$(ENV)
	PORT=$(PORT) node scripts/serve.mjs dist

# One suite at a time (each assumes `make setup` has run once).
fmt:
	@$(ENV); cargo fmt --check
clippy:
	@$(ENV)
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
test-native:
	@$(ENV); cargo test
validate:
	@$(ENV); tk_validate_content
test-web:
	@$(ENV); WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --target wasm32-unknown-unknown --test web
e2e:
	@$(ENV); node --test --test-concurrency=1 tests/e2e/

test: setup
	@$(ENV)
	tk_step "cargo fmt --check"              cargo fmt --check
	tk_step "clippy (native, all targets)"   cargo clippy --all-targets -- -D warnings
	tk_step "clippy (wasm32 lib+bins)"          cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	tk_step "cargo test (native)"            cargo test
	tk_step "validate public/content/*.json" tk_validate_content
	tk_step "browser unit tests (tests/web.rs, headless Chromium)" \
	  env CHROMEDRIVER="$$CHROMEDRIVER" WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test --target wasm32-unknown-unknown --test web
	tk_step "trunk build --release --offline" trunk build --release --offline
	if tk_last_ok; then
	  tk_step "end-to-end (tests/e2e, playwright-core + Chromium)" \
	    node --test --test-concurrency=1 tests/e2e/
	else
	  tk_skip "end-to-end (tests/e2e)" "trunk build failed"
	fi
	tk_summary

bench: build
	@$(ENV)
	node scripts/bench.mjs

clean:
	rm -rf dist tests/e2e/artifacts
