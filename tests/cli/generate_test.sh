#!/usr/bin/env bash
# Tests `dealgraph --generate N [--seed S] [--shape NAME]`: the model it writes passes --check,
# the same N and seed give the same bytes, another seed other bytes, and bad usage exits 2 with
# a message.
# Usage: generate_test.sh DEALGRAPH_BINARY
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
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen

for n in 1 2 50 1000; do
    expect_status 0 "--generate $n" "$bin" --generate "$n" --seed 3
    cp "$tmp/out" "$tmp/model-$n.json"
    expect_status 0 "--check of --generate $n" "$bin" --check "$tmp/model-$n.json"
    grep -q "entities: *$n\b" "$tmp/out" || fail "--generate $n: summary does not count $n entities: $(head -5 "$tmp/out")"
done

# Deterministic for a seed; the default seed is 1.
"$bin" --generate 300 --seed 42 >"$tmp/a.json"
"$bin" --generate 300 --seed 42 >"$tmp/b.json"
"$bin" --generate 300 --seed 43 >"$tmp/c.json"
"$bin" --generate 300 >"$tmp/default.json"
"$bin" --generate 300 --seed 1 >"$tmp/one.json"
checks=$((checks + 3))
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "same seed, different bytes"
cmp -s "$tmp/a.json" "$tmp/c.json" && fail "seeds 42 and 43 gave the same bytes"
cmp -s "$tmp/default.json" "$tmp/one.json" || fail "the default seed is not 1"

# The shapes that test the layout: valid, with the entities asked for.
for shape in web ring core chain; do
    expect_status 0 "--generate 300 --shape $shape" "$bin" --generate 300 --shape "$shape"
    cp "$tmp/out" "$tmp/shape-$shape.json"
    expect_status 0 "--check of --shape $shape" "$bin" --check "$tmp/shape-$shape.json"
    grep -q "entities: *300\b" "$tmp/out" || fail "--shape $shape: summary does not count 300 entities"
done
checks=$((checks + 1))
"$bin" --generate 300 >"$tmp/web.json"
cmp -s "$tmp/web.json" "$tmp/shape-web.json" || fail "--shape web is not the default"
expect_status 2 "--shape unknown" "$bin" --generate 10 --shape star
grep -q -- "--shape star: expected web, ring, core or chain" "$tmp/err" || fail "--shape star: unclear message: $(head -c 300 "$tmp/err")"
expect_status 2 "--shape without --generate" "$bin" --shape ring --check "$tmp/a.json"

# Bad usage: exit 2 and a message naming the problem.
expect_status 2 "--generate 0" "$bin" --generate 0
grep -q -- "--generate 0: expected a number of entities from 1 to 1000000" "$tmp/err" || fail "--generate 0: unclear message: $(head -c 300 "$tmp/err")"
expect_status 2 "--generate 1000001" "$bin" --generate 1000001
expect_status 2 "--generate -5" "$bin" --generate -5
expect_status 2 "--generate ten" "$bin" --generate ten
expect_status 2 "--generate without N" "$bin" --generate
expect_status 2 "--seed without a number" "$bin" --generate 10 --seed
expect_status 2 "--seed not a number" "$bin" --generate 10 --seed x1
expect_status 2 "--seed without --generate" "$bin" --seed 3 --check "$tmp/a.json"
expect_status 2 "--generate with a FILE" "$bin" "$tmp/a.json" --generate 10
expect_status 0 "--help" "$bin" --help
grep -q -- "--generate N" "$tmp/out" || fail "--help does not describe --generate"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
