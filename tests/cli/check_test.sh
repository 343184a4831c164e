#!/usr/bin/env bash
# Tests `dealgraph --check`: exit 0 with counts on valid models, 1 with every error and its
# place on each broken model of the corpus, 2 on unreadable files and bad usage.
# Usage: check_test.sh DEALGRAPH_BINARY TEST_DATA_DIR DATASET
set -u
bin=$1 data=$2 dataset=$3
failures=0 checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_status() { # expected-status description command...
    local want=$1 what=$2; shift 2
    checks=$((checks + 1))
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$what: exit status $got, expected $want; stderr: $(head -c 400 "$tmp/err")"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen # --check must not need a display; this only silences Qt

# The bundled dataset: valid, with its counts.
expect_status 0 "bundled dataset" "$bin" --check "$dataset"
for word in "valid" "entities:" "deals:" "flows:" "sources:" "dates:" "company:" "money:"; do
    grep -q -- "$word" "$tmp/out" || fail "bundled dataset summary lacks '$word': $(cat "$tmp/out")"
done
unset DISPLAY WAYLAND_DISPLAY
expect_status 0 "valid fixture without any display" env -u QT_QPA_PLATFORM "$bin" --check "$data/valid/loop.json"

# Each broken file: exit 1, and each expected error with its place on stderr.
for json in "$data"/invalid/*.json; do
    name=$(basename "$json" .json)
    expect_status 1 "$name" "$bin" --check "$json"
    while IFS= read -r want; do
        [ -z "$want" ] && continue
        grep -qF -- "$want" "$tmp/err" || fail "$name: stderr lacks '$want': $(head -c 600 "$tmp/err")"
    done <"$data/invalid/$name.expected"
    # The place: file:line:column at the start of the first message.
    grep -qE "^[^:]*$name\.json:[0-9]+:[0-9]+: " "$tmp/err" || fail "$name: first error names no line and column"
done

# Unreadable and bad usage: exit 2.
expect_status 2 "missing file" "$bin" --check "$tmp/no-such-file.json"
grep -q "cannot read" "$tmp/err" || fail "missing file: no 'cannot read' message"
expect_status 2 "directory" "$bin" --check "$data"
expect_status 2 "--check without a file" "$bin" --check
expect_status 2 "unknown option" "$bin" --frobnicate
grep -q "unknown option --frobnicate" "$tmp/err" || fail "unknown option not named"
expect_status 0 "--help" "$bin" --help
grep -q -- "--check FILE" "$tmp/out" || fail "--help does not describe --check"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
