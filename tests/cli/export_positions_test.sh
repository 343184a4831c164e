#!/usr/bin/env bash
# Headless export honours hand-placed positions: with a sidecar beside the model
# (NAME.positions.json) that puts OpenAI far right of everything, OpenAI's box is drawn right of
# every other box in the SVG; a corrupt sidecar is reported on stderr with its name and place,
# does not stop the export, and is left as it was; the bundled dataset's positions file in the
# data directory is honoured too.
# Usage: export_positions_test.sh DEALGRAPH_BINARY TEST_DATA_DIR
set -u
bin=$1 data=$2
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cp "$data/small-model.json" "$tmp/deals.json"

# The x of the translation of the group drawing NAME's text (each box is drawn in its own frame);
# the first such text is the box (the legend and footer come after the graph).
x_of() { # name file
    grep -m1 -B6 ">$1</text>" "$2" | grep -o 'matrix([^)]*)' | tail -1 | cut -d, -f5
}
rightmost() { # file: the name whose box is furthest right among the named ones
    for name in OpenAI Oracle Nvidia SoftBank; do
        echo "$(x_of "$name" "$1") $name"
    done | sort -g | tail -1 | cut -d' ' -f2
}

"$bin" "$tmp/deals.json" --export "$tmp/plain.svg" >"$tmp/out" 2>"$tmp/err" ||
    fail "plain export: $(head -c 400 "$tmp/err")"
for name in OpenAI Oracle Nvidia SoftBank; do
    [ -n "$(x_of "$name" "$tmp/plain.svg")" ] || fail "no box for $name in the plain export"
done
# The box to move: one that is not already rightmost in the plain export (the slide's layout
# decides which that is), so moving it right proves the sidecar was read.
plain_right=$(rightmost "$tmp/plain.svg")
mover=OpenAI
[ "$plain_right" != OpenAI ] || mover=Oracle
mover_id=$(echo "$mover" | tr 'A-Z' 'a-z')

cat >"$tmp/deals.positions.json" <<JSON
{"format": "dealgraph-positions", "version": 1,
 "positions": {"$mover_id": {"x": 4000, "y": 40}, "no-such-entity": {"x": 1, "y": 1}}}
JSON
"$bin" "$tmp/deals.json" --export "$tmp/placed.svg" >"$tmp/out" 2>"$tmp/err" ||
    fail "placed export: $(head -c 400 "$tmp/err")"
[ "$(rightmost "$tmp/placed.svg")" = "$mover" ] || fail "the sidecar did not move $mover right"
grep -q warning "$tmp/err" && fail "a good sidecar gave a warning: $(head -c 400 "$tmp/err")"
# A box moved 4000 points away shrinks the drawing: the slide says its type fell short, and
# --strict-type refuses it.
grep -q "Boxes placed by hand: type drawn at" "$tmp/placed.svg" ||
    fail "the placed slide does not say its type fell short"
if "$bin" "$tmp/deals.json" --export "$tmp/strict.svg" --strict-type >"$tmp/out" 2>"$tmp/err"; then
    fail "--strict-type exported hand-placed boxes drawn under 10 pt"
fi
grep -q "placed by hand the graph fits only" "$tmp/err" || fail "--strict-type with placed boxes: $(head -c 300 "$tmp/err")"

printf '{"format": "dealgraph-positions",\n "positions": [' >"$tmp/deals.positions.json"
cp "$tmp/deals.positions.json" "$tmp/garbage"
"$bin" "$tmp/deals.json" --export "$tmp/broken.svg" >"$tmp/out" 2>"$tmp/err" ||
    fail "export with a corrupt sidecar failed: $(head -c 400 "$tmp/err")"
grep -q "warning: .*deals.positions.json:2:" "$tmp/err" ||
    fail "corrupt sidecar not reported with its place: $(head -c 400 "$tmp/err")"
cmp -s "$tmp/garbage" "$tmp/deals.positions.json" || fail "the corrupt sidecar was changed"
[ "$(rightmost "$tmp/broken.svg")" != "$mover" ] || fail "a corrupt sidecar still moved $mover"

# The bundled dataset's positions live in the data directory (XDG_DATA_HOME here), the same
# file the window writes.
mkdir -p "$tmp/data/dealgraph/dealgraph"
XDG_DATA_HOME="$tmp/data" "$bin" --export "$tmp/bundled.svg" >"$tmp/out" 2>"$tmp/err" ||
    fail "bundled export: $(head -c 400 "$tmp/err")"
[ "$(rightmost "$tmp/bundled.svg")" != OpenAI ] || fail "OpenAI is rightmost in the bundled dataset"
cat >"$tmp/data/dealgraph/dealgraph/embedded.positions.json" <<'JSON'
{"format": "dealgraph-positions", "version": 1, "positions": {"openai": {"x": 9000, "y": 40}}}
JSON
XDG_DATA_HOME="$tmp/data" "$bin" --export "$tmp/bundled-placed.svg" >"$tmp/out" 2>"$tmp/err" ||
    fail "bundled export with positions: $(head -c 400 "$tmp/err")"
[ "$(rightmost "$tmp/bundled-placed.svg")" = OpenAI ] ||
    fail "the bundled dataset's positions file did not move OpenAI"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "export positions: all checks passed"
