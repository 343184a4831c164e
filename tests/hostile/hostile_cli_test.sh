#!/usr/bin/env bash
# Hostile models through the real binary, as a user or a script would feed them: `--check` and
# headless `--export` to SVG, PNG and DOT, each under `timeout`. Every run must end in time with
# either a valid output or a clear message, never a crash (exit >= 128) or a hang. The models
# are generated here by make_hostile_models.py (docs/robustness.md lists what each one checks).
# Usage: hostile_cli_test.sh DEALGRAPH_BINARY
set -uo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
failures=0 checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

python3 "$here/make_hostile_models.py" "$tmp/models" "$tmp/SENTINEL" || { echo "FAIL: generator"; exit 1; }
m=$tmp/models

# run SECONDS EXPECTED_EXIT DESCRIPTION -- COMMAND...: the exit status must be EXPECTED_EXIT;
# a timeout or a signal is always a failure. The output is in $tmp/out and $tmp/err.
run() {
    local limit=$1 expected=$2 what=$3
    shift 4
    checks=$((checks + 1))
    timeout --kill-after=5 "$limit" "$@" >"$tmp/out" 2>"$tmp/err"
    local status=$?
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then
        fail "$what: no answer within $limit s"; return 1
    elif [ $status -ge 128 ]; then
        fail "$what: killed by signal $((status - 128)): $(tail -c 400 "$tmp/err")"; return 1
    elif [ $status -ne "$expected" ]; then
        fail "$what: exit $status, expected $expected: $(head -c 400 "$tmp/err")"; return 1
    fi
    return 0
}
says() { # says WHAT PATTERN: stderr of the last run contains PATTERN
    grep -qF -- "$2" "$tmp/err" || fail "$1: the message lacks '$2': $(head -c 400 "$tmp/err")"
}
valid_svg() { xmllint --noout "$1" 2>/dev/null || fail "$1 is not well-formed XML"; }
valid_png() { identify "$1" >/dev/null 2>&1 || fail "$1 is not a readable PNG"; }
valid_dot() { dot -Tsvg "$1" -o /dev/null 2>"$tmp/dot.err" || fail "$1 does not parse with dot: $(head -c 300 "$tmp/dot.err")"; }

# accepted MODEL [EXPORT OPTIONS...]: checks valid, and exports SVG, PNG and DOT that their
# readers accept.
accepted() {
    local name=$1
    shift
    run 60 0 "$name --check" -- "$bin" --check "$m/$name.json"
    run 120 0 "$name svg" -- "$bin" "$m/$name.json" --export "$tmp/$name.svg" "$@" && valid_svg "$tmp/$name.svg"
    run 120 0 "$name png" -- "$bin" "$m/$name.json" --export "$tmp/$name.png" "$@" && valid_png "$tmp/$name.png"
    run 120 0 "$name dot" -- "$bin" "$m/$name.json" --export "$tmp/$name.dot" && valid_dot "$tmp/$name.dot"
}
# refused MODEL MESSAGE...: --check exits 1 and export exits 1, both saying every MESSAGE.
refused() {
    local name=$1
    shift
    local what
    for what in check svg png dot; do
        if [ $what = check ]; then
            run 60 1 "$name --check" -- "$bin" --check "$m/$name.json" || continue
        else
            run 60 1 "$name $what" -- "$bin" "$m/$name.json" --export "$tmp/$name.$what" || continue
            [ ! -e "$tmp/$name.$what" ] || fail "$name $what: refused, yet wrote a file"
        fi
        local pattern
        for pattern in "$@"; do says "$name $what" "$pattern"; done
    done
}

# Quotes, backslashes, Graphviz escapes, HTML, newlines, right-to-left and CJK text come out as
# text: the SVG carries them escaped, the DOT file keeps them inside quoted strings.
# Ten long names do not fit a slide at 10 pt and would fold into "Others": at 6 pt every name
# is drawn, which is what this check is about.
accepted strings --min-type 6
grep -qF '&lt;b&gt;bold&lt;/b&gt;' "$tmp/strings.svg" || fail "svg: HTML in a name is not escaped text"
grep -qF '星际之门' "$tmp/strings.svg" || fail "svg: CJK name lost"
grep -qiF '<img' "$tmp/strings.svg" && fail "svg: a name became an <img> element"
# The web page: the same strings as text in its markup and its JSON; its only elements that
# run are its own two scripts (the data and the page's code).
run 120 0 "strings html" -- "$bin" "$m/strings.json" --export "$tmp/strings.html" --min-type 6 && {
    grep -qF '&lt;b&gt;bold&lt;/b&gt;' "$tmp/strings.html" || fail "html: HTML in a name is not escaped text"
    grep -qiE '<(img|table)[ >]|<b>bold' "$tmp/strings.html" && fail "html: a name became an element"
    [ "$(grep -o '<script' "$tmp/strings.html" | wc -l)" = 2 ] || fail "html: a script more than its own two"
}
# 100,000-byte strings, the limit, are accepted and laid out; one byte more is refused with
# the path of the string.
accepted string-at-limit
refused string-over-limit "/entities/1/description" "longer than the limit of 100000"

# 1e308 is finite and accepted; labels stay short (scientific notation), not 300 digits.
accepted amount-1e308
grep -qF '$1e308' "$tmp/amount-1e308.svg" || fail "svg: 1e308 dollars not shown as \$1e308"
grep -qE '[0-9]{20}' "$tmp/amount-1e308.svg" && fail "svg: a label has a row of 20+ digits"
refused amount-negative "/deals/0/flows/0/amounts/0/value" "negative amount"
refused control-character "/entities/1/name" "control character U+001B"
refused nesting-deep "/extra/0/0/0" "nesting deeper than 64 levels"
refused duplicate-key "/title" "duplicate key"

# 50,000 entities: --check answers; `--engine dot` is refused at once with what to do instead
# (dot would run for hours); DOT export needs no layout and is written.
run 120 0 "50000 --check" -- "$bin" --check "$m/entities-50000.json"
run 60 1 "50000 --engine dot svg" -- "$bin" "$m/entities-50000.json" --export "$tmp/big.svg" --engine dot &&
    says "50000 --engine dot" "--engine dot lays out at most 1000 entities"
run 60 1 "50000 --engine dot png" -- "$bin" "$m/entities-50000.json" --export "$tmp/big.png" --engine dot &&
    says "50000 --engine dot" "use --engine sfdp"
run 120 0 "50000 dot file" -- "$bin" "$m/entities-50000.json" --export "$tmp/big.dot"

# --layout-timeout bounds a headless layout (default 10 minutes): a slide of a 1,000-entity
# model at 4 pt type keeps a few hundred entities, which dot (asked for, so there is no falling
# back to sfdp) cannot lay out in one second, and the export says so instead of waiting. A
# fresh layout cache, so no earlier run's layout is reused.
"$bin" --generate 1000 >"$tmp/gen1000.json"
run 60 1 "layout timeout" -- env XDG_CACHE_HOME="$tmp/cache" "$bin" "$tmp/gen1000.json" \
    --export "$tmp/gen.svg" --min-type 4 --engine dot --layout-timeout 1 &&
    says "layout timeout" "took longer than 1 s and was stopped"
run 10 2 "bad layout timeout" -- "$bin" --export "$tmp/gen.svg" --layout-timeout -5 &&
    says "bad layout timeout" "--layout-timeout needs a number of seconds"

# Export size: 7680 px per side is the most a slide may have (kMaxExportSide); one more is refused.
run 60 2 "size 7681" -- "$bin" "$m/strings.json" --export "$tmp/wide.png" --size 7681x300 &&
    says "size 7681" "each from 200 to 7680"
run 120 0 "size 7680" -- "$bin" "$m/strings.json" --export "$tmp/wide.png" --size 7680x300 &&
    { [ "$(identify -format "%w %h" "$tmp/wide.png")" = "7680 300" ] || fail "7680x300 png has another size"; }

echo "$checks checks, $failures failures"
[ $failures -eq 0 ]
