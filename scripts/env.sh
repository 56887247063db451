# Sourced (not executed) by Makefile recipes and scripts/setup.sh: puts the project's pinned tools
# first on PATH. wasm-opt must be binaryen 132 from npm, never Debian's 108 (see toolchain.md).
TK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TK_ROOT
export PATH="$TK_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TARIKH_CHROMIUM="${TARIKH_CHROMIUM:-/usr/bin/chromium}"

# --- step runner used by `make test`: run every step, remember results, print a summary -------
TK_RESULTS=()
TK_FAILED=0

# tk_step NAME CMD...: runs CMD, records PASS/FAIL with the time taken; never aborts the caller.
tk_step() {
  local name="$1"; shift
  local t0 t1 rc
  printf '\n\033[1m==> %s\033[0m\n    $ %s\n' "$name" "$*"
  t0=$(date +%s)
  set +e
  "$@"
  rc=$?
  set -e
  t1=$(date +%s)
  if [ "$rc" -eq 0 ]; then
    TK_RESULTS+=("PASS  $(printf '%4ss' $((t1 - t0)))  $name")
  else
    TK_RESULTS+=("FAIL  $(printf '%4ss' $((t1 - t0)))  $name (exit $rc)")
    TK_FAILED=$((TK_FAILED + 1))
  fi
  return 0
}

# tk_skip NAME REASON: records a step that could not run because an earlier one failed.
tk_skip() {
  TK_RESULTS+=("SKIP     -  $1 ($2)")
  TK_FAILED=$((TK_FAILED + 1))
}

# tk_last_ok: true when the most recent step passed.
tk_last_ok() {
  case "${TK_RESULTS[${#TK_RESULTS[@]}-1]}" in PASS*) return 0 ;; *) return 1 ;; esac
}

# tk_summary: prints the table; non-zero exit when anything failed or was skipped.
tk_summary() {
  printf '\n==================== make test summary ====================\n'
  local r
  for r in "${TK_RESULTS[@]}"; do printf '  %s\n' "$r"; done
  printf '===========================================================\n'
  if [ "$TK_FAILED" -eq 0 ]; then
    printf 'ALL %d STEPS PASSED\n' "${#TK_RESULTS[@]}"
  else
    printf '%d OF %d STEPS FAILED OR SKIPPED\n' "$TK_FAILED" "${#TK_RESULTS[@]}"
    return 1
  fi
}

# tk_validate_content: the native validator over every content pack in the repository.
tk_validate_content() {
  local files=()
  shopt -s nullglob
  files=("$TK_ROOT"/public/content/*.json)
  shopt -u nullglob
  if [ "${#files[@]}" -eq 0 ]; then
    echo "no content files in public/content/" >&2
    return 1
  fi
  (cd "$TK_ROOT" && cargo run --release --bin tarikh-validate -- "${files[@]#"$TK_ROOT"/}")
}
