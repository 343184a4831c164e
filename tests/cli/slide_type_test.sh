#!/usr/bin/env bash
# The type contract of a slide (docs/user-guide.md, "Slides that read from the back of the
# room"): every graph text at least 10 pt on the slide, entity names at least 12 pt, legend and
# footer at least 10 pt, no two graph texts overlapping, the graph filling its room. Checked on
# the exported SVG (slide_type_check.py) for the bundled dataset in light and dark, at 4K and
# 4:3, the filtered 8-entity slide (which must come out larger), a generated 1,000-entity model
# (which must simplify, not shrink), and --min-type / --strict-type.
# Usage: slide_type_test.sh DEALGRAPH_BINARY CHECKER TEST_DATA_DIR
set -u
bin=$1 check=$2 data=$3
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The checker itself fails a slide whose texts are small and overlap.
if python3 "$check" "$data/slides/overlapping-small.svg" --slide-height-px 1080 >"$tmp/self" 2>&1; then
    fail "the checker passed a slide with 8 pt overlapping texts"
fi
grep -q "overlap" "$tmp/self" || fail "the checker did not see the overlap: $(cat "$tmp/self")"
grep -q "under 10 pt" "$tmp/self" || fail "the checker did not see the small type: $(cat "$tmp/self")"

contract() { # contract NAME HEIGHT_PX [checker options...] -- [export options...]
    local name=$1 height=$2
    shift 2
    local checks=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do checks+=("$1"); shift; done
    shift
    if ! "$bin" "$@" --export "$tmp/$name.svg" >"$tmp/out" 2>"$tmp/err"; then
        fail "$name: export failed: $(head -c 400 "$tmp/err")"
        return 1
    fi
    if ! python3 "$check" "$tmp/$name.svg" --slide-height-px "$height" "${checks[@]}" \
        >"$tmp/$name.check" 2>&1; then
        fail "$name: $(cat "$tmp/$name.check")"
        return 1
    fi
    echo "$name: $(head -1 "$tmp/$name.check")"
}
smallest() { sed -n 's/.*graph texts [0-9]*, smallest \([0-9.]*\) pt.*/\1/p' "$tmp/$1.check"; }

contract default 1080 --min-graph-texts 20 --
contract dark 1080 --min-graph-texts 20 -- --theme dark
contract titled 1080 --min-graph-texts 10 -- --title "The AI build-out" --subtitle "2024-2026"
contract 4k 2160 --min-graph-texts 20 -- --preset 4k
contract 4x3 1200 --min-graph-texts 8 -- --preset 4x3
contract chinese-names 1080 --min-graph-texts 10 -- --other-names
# Comparing two dates: the change tags keep off the boxes, the labels and each other.
contract compare 1080 --min-graph-texts 10 -- --compare 2025-01-21,latest

# The Chinese interface (the system's locale): Chinese names with the English under them, a
# Chinese legend and footer, the same contract.
LANG=zh_CN.UTF-8 LANGUAGE=zh_CN contract chinese 1080 --min-graph-texts 10 --
for text in 甲骨文 英伟达 资金 来源 其他; do
    grep -q "$text" "$tmp/chinese.svg" || fail "chinese: the slide lacks '$text'"
done

# The bundled dataset does not fit at 10 pt whole: its site groups collapse, and the slide says
# so in a line of its own.
grep -q "sites (4)" "$tmp/default.svg" || fail "default: the Oracle-built sites are not grouped"
grep -q "drawn as one box" "$tmp/default.svg" || fail "default: the slide does not say it grouped"
grep -q "To keep 10 pt type" "$tmp/default.svg" || fail "default: the slide does not say what it grouped"

# Filtered to the big money flows: 8 entities, drawn larger than the whole graph.
if contract filtered 1080 --min-graph-texts 6 -- --filter flow=money --filter min=usd:1e10; then
    awk "BEGIN { exit !($(smallest filtered) > $(smallest default) + 2) }" ||
        fail "the filtered slide's type ($(smallest filtered) pt) is not larger than the whole graph's ($(smallest default) pt)"
    grep -q "To keep" "$tmp/filtered.svg" && fail "filtered: a slide that fits says it folded something"
fi

# A generated 1,000-entity model: simplified to fit, not shrunk.
"$bin" --generate 1000 --seed 3 >"$tmp/big.json"
if contract big 1080 --min-graph-texts 4 -- "$tmp/big.json"; then
    grep -q "smaller entities grouped as" "$tmp/big.svg" || fail "big: the slide does not say what it folded"
fi

# --groups: collapsed on request (the slide names them, not as a fit), or never (the lightest
# entities fold instead); a bad value is refused.
if contract groups-collapsed 1080 --min-graph-texts 6 -- --groups collapsed --filter flow=compute; then
    grep -q "sites (4)" "$tmp/groups-collapsed.svg" ||
        fail "--groups collapsed: no box for the Oracle-built sites"
    grep -q "drawn as one box" "$tmp/groups-collapsed.svg" ||
        fail "--groups collapsed: the slide does not say it grouped"
fi
if contract groups-expanded 1080 --min-graph-texts 6 -- --groups expanded --filter flow=compute; then
    grep -q "sites (4)" "$tmp/groups-expanded.svg" &&
        fail "--groups expanded: a group was collapsed"
fi
"$bin" --export "$tmp/bad.svg" --groups some >"$tmp/out" 2>"$tmp/err" && fail "--groups some was accepted"
grep -q "groups needs auto, collapsed or expanded" "$tmp/err" || fail "--groups some: $(head -c 200 "$tmp/err")"

# --unpriced: services and rights without an amount left out on request, and said; the default
# slide leaves them out only to fit (and says so), 'shown' keeps them.
if contract unpriced-hidden 1080 --min-graph-texts 6 -- --unpriced hidden --focus oracle:1; then
    grep -q "services and rights flows without an amount left out" "$tmp/unpriced-hidden.svg" ||
        fail "--unpriced hidden: the slide does not say what it left out"
fi
"$bin" --export "$tmp/bad.svg" --unpriced maybe >"$tmp/out" 2>"$tmp/err" && fail "--unpriced maybe was accepted"
grep -q "unpriced needs auto, hidden or shown" "$tmp/err" || fail "--unpriced maybe: $(head -c 200 "$tmp/err")"

# --min-type: a larger contract holds at its size.
contract min-type-14 1080 --min-pt 14 --min-graph-texts 4 -- --min-type 14

# --strict-type: the whole graph does not fit at 10 pt; the export fails, naming the size it
# would need, and writes nothing.
if "$bin" --export "$tmp/strict.svg" --strict-type >"$tmp/out" 2>"$tmp/err"; then
    fail "--strict-type exported a graph that does not fit at 10 pt"
fi
grep -Eq "only with [0-9.]+ pt type" "$tmp/err" || fail "--strict-type: no size named: $(head -c 300 "$tmp/err")"
[ ! -e "$tmp/strict.svg" ] || fail "--strict-type wrote a file"
# A graph that fits passes --strict-type.
"$bin" --export "$tmp/strict-ok.svg" --strict-type --filter flow=money --filter min=usd:1e10 \
    >"$tmp/out" 2>"$tmp/err" || fail "--strict-type refused a graph that fits: $(head -c 300 "$tmp/err")"

for bad in 0 3 49 ten; do
    if "$bin" --export "$tmp/bad.svg" --min-type "$bad" >"$tmp/out" 2>"$tmp/err"; then
        fail "--min-type $bad was accepted"
    fi
    grep -q "min-type needs a size in points" "$tmp/err" || fail "--min-type $bad: $(head -c 200 "$tmp/err")"
done

# The PDF of the default slide carries the same texts, fonts embedded.
if "$bin" --export "$tmp/default.pdf" >"$tmp/out" 2>"$tmp/err"; then
    pdftotext "$tmp/default.pdf" "$tmp/pdf.txt"
    for text in OpenAI Oracle "Oracle-built" "To keep 10 pt type"; do
        grep -q "$text" "$tmp/pdf.txt" || fail "pdf lacks '$text'"
    done
else
    fail "pdf export: $(head -c 300 "$tmp/err")"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "slide type: all checks passed"
