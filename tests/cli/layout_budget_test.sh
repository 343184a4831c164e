#!/usr/bin/env bash
# Headless export never waits minutes for dot, whatever the graph's shape: a ring of 300
# entities (which kept dot busy for minutes) exports; past --dot-budget the graph is laid out
# with sfdp and stderr says so, whether dot was chosen (slides force it on small graphs) or
# asked for with --engine dot. (--dot-budget 0, waiting for dot: tests/app/layout_shapes_test.)
# What is checked is what happened and what was said, never how long it took.
# Usage: layout_budget_test.sh DEALGRAPH_BINARY
set -u
bin=$1
failures=0 checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_status() { # expected-status description command...
    local want=$1 what=$2; shift 2
    checks=$((checks + 1))
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$what: exit status $got, expected $want; stderr: $(head -c 400 "$tmp/err")"
}
said_sfdp() { grep -q "dot took longer than .* s on this graph; laid out with sfdp instead" "$tmp/err"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

"$bin" --generate 300 --shape ring >"$tmp/ring.json" || fail "--generate --shape ring"
"$bin" --generate 40 --shape chain >"$tmp/chain.json" || fail "--generate --shape chain"

# The ring as it comes: a picture, whatever engine drew it.
expect_status 0 "ring export" "$bin" "$tmp/ring.json" --export "$tmp/ring.png"
[ -s "$tmp/ring.png" ] || fail "ring export wrote no PNG"

# A budget no dot layout can meet: the slide's dot gives way to sfdp, and stderr says so.
expect_status 0 "chain, tiny budget" "$bin" "$tmp/chain.json" --export "$tmp/chain.png" --dot-budget 0.001
[ -s "$tmp/chain.png" ] || fail "chain with a tiny budget wrote no PNG"
checks=$((checks + 1)); said_sfdp || fail "chain, tiny budget: stderr does not say sfdp drew it: $(head -c 300 "$tmp/err")"
# --engine dot asked for: the same budget, the same fallback, said the same way.
expect_status 0 "chain, --engine dot, tiny budget" "$bin" "$tmp/chain.json" --export "$tmp/dot.svg" --engine dot --dot-budget 0.001
checks=$((checks + 1)); said_sfdp || fail "--engine dot, tiny budget: stderr does not say sfdp drew it: $(head -c 300 "$tmp/err")"
# An ample budget: dot draws the small chain, nothing is said.
expect_status 0 "chain, default budget" "$bin" "$tmp/chain.json" --export "$tmp/plain.svg" --engine dot
checks=$((checks + 1)); said_sfdp && fail "chain, default budget: fell back to sfdp"

# Bad usage.
expect_status 2 "--dot-budget -1" "$bin" "$tmp/chain.json" --export "$tmp/x.png" --dot-budget -1
expect_status 2 "--dot-budget x" "$bin" "$tmp/chain.json" --export "$tmp/x.png" --dot-budget x
expect_status 2 "--dot-budget without S" "$bin" "$tmp/chain.json" --export "$tmp/x.png" --dot-budget

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
