#!/usr/bin/env bash
# Tests the command-line twins of what the window shows: --cycles finds the OpenAI-Oracle-
# Nvidia loop in the bundled dataset and respects dates and flow types; --as-of, --filter and
# --focus change what an export contains; bad values exit 2 with a message.
# Usage: view_options_test.sh DEALGRAPH_BINARY TEST_DATA_DIR
set -u
bin=$1 data=$2
failures=0 checks=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() { # status, description, command...
    local want=$1 what=$2; shift 2
    checks=$((checks + 1))
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$what: exit $got, expected $want: $(head -c 400 "$tmp/err")"
}
has() { grep -qF -- "$1" "$tmp/out" || fail "$2: output lacks '$1': $(head -c 600 "$tmp/out")"; }

expect 0 "cycles" "$bin" --cycles
has "OpenAI → Oracle → Nvidia → OpenAI" "cycles"
has "OpenAI buys \$300B of Oracle compute" "cycles lists the deals of each hop"
expect 0 "cycles before Nvidia's investment" "$bin" --cycles --as-of 2025-09-21
grep -q "Nvidia → OpenAI" "$tmp/out" && fail "the loop exists before Nvidia's investment was announced"
expect 0 "cycles over compute only" "$bin" --cycles --filter flow=compute
grep -q "Oracle → Nvidia" "$tmp/out" && fail "compute cycles should not use Oracle's money to Nvidia"
expect 0 "cycles of a fixture" "$bin" "$data/valid/loop.json" --cycles
has "OpenAI → Oracle → Nvidia → OpenAI" "fixture cycles"

# Dated and filtered exports: the DOT lists exactly what is shown.
expect 0 "dot as of 2025-01-21" "$bin" --export "$tmp/early.dot" --as-of 2025-01-21
expect 0 "dot as of today" "$bin" --export "$tmp/today.dot"
grep -q '"nvidia" -> "openai"' "$tmp/early.dot" && fail "Nvidia's investment shown before it was announced"
grep -q '"nvidia" -> "openai"' "$tmp/today.dot" || fail "Nvidia's investment missing today"
grep -q '"stargate"' "$tmp/early.dot" || fail "Stargate missing on the day it was announced"
expect 0 "focus" "$bin" --export "$tmp/focus.dot" --focus g42
grep -q '"mgx"' "$tmp/focus.dot" || fail "focus on G42 lacks its partner MGX"
grep -q '"oracle"' "$tmp/focus.dot" && fail "focus on G42 (1 step) shows Oracle"
# Focus means that entity's deals: Oracle's partners OpenAI and Microsoft are shown, their
# revenue shares with each other (not Oracle's deals) only when asked for.
expect 0 "focus oracle" "$bin" --export "$tmp/oracle.dot" --focus oracle:1
grep -q '"microsoft"' "$tmp/oracle.dot" || fail "focus on Oracle lacks its partner Microsoft"
share='"(openai" -> "microsoft|microsoft" -> "openai)" \[label="[0-9]+%"'
grep -Eq "$share" "$tmp/oracle.dot" &&
    fail "focus on Oracle draws a revenue share between OpenAI and Microsoft"
expect 0 "focus oracle among" "$bin" --export "$tmp/among.dot" --focus oracle:1 --with-deals-among
grep -Eq "$share" "$tmp/among.dot" ||
    fail "--with-deals-among lost the deals between Oracle's partners"
expect 2 "among without focus" "$bin" --export "$tmp/x.dot" --with-deals-among

# --export OUT.json writes the model as shown: a valid model, smaller when filtered, its deals'
# histories as they stood on the --as-of date. A way to share a subset.
expect 0 "json whole" "$bin" --export "$tmp/whole.json"
expect 0 "json whole valid" "$bin" --check "$tmp/whole.json"
has "entities: 32" "the whole model as JSON"
expect 0 "json subset" "$bin" --export "$tmp/subset.json" --filter flow=money --as-of 2025-01-21
expect 0 "json subset valid" "$bin" --check "$tmp/subset.json"
python3 - "$tmp/whole.json" "$tmp/subset.json" <<'PY' || fail "the JSON subset is not what was shown"
import json, sys
whole, subset = (json.load(open(p)) for p in sys.argv[1:])
assert len(subset["deals"]) < len(whole["deals"]), "not smaller"
for deal in subset["deals"]:
    assert all(f["type"] == "money" for f in deal["flows"]), deal["id"] + ": a flow not of money"
    for step in deal["history"]:
        assert step["date"][:7] <= "2025-01", deal["id"] + ": a step after the date: " + step["date"]
PY
expect 0 "json focus" "$bin" --export "$tmp/oracle.json" --focus oracle:1
expect 0 "json focus valid" "$bin" --check "$tmp/oracle.json"
expect 0 "filter" "$bin" --export "$tmp/money.dot" --filter flow=money --filter min=usd:1e11
grep -q 'label="\$300B"' "$tmp/money.dot" || fail "min=usd:1e11 lost the \$300B contract"
grep -q '\$650M' "$tmp/money.dot" && fail "min=usd:1e11 kept the \$650M deal"
expect 0 "dated slide" "$bin" --export "$tmp/early.png" --as-of 2025-01-21 --title "As of 2025-01-21"
expect 0 "today slide" "$bin" --export "$tmp/today.png"
cmp -s "$tmp/early.png" "$tmp/today.png" && fail "the two dated slides are identical"

# --compare tags what changed between two dates; --summed sums per pair and type. The PDF's text
# is read back with pdftotext, as a reader of the slide would see it.
expect 0 "compare slide" "$bin" --export "$tmp/compare.pdf" --compare 2025-01-21,latest
pdftotext "$tmp/compare.pdf" "$tmp/out"
has "+ new" "compare tags new deals"
has "× ended" "compare tags ended deals (Stargate as a joint venture)"
has "changes since 2025-01-21" "compare names the earlier date"
has "Since 2025-01-21" "the legend explains the tags"
expect 0 "compare two dates" "$bin" --export "$tmp/compare2.pdf" --compare 2025-01-01,2025-06-30
pdftotext "$tmp/compare2.pdf" "$tmp/out"
has "As of 2025-06-30; changes since 2025-01-01" "compare's second date is the slide's date"
grep -qF "× ended" "$tmp/out" || fail "the exclusivity ended (superseded) on 2025-01-21"
expect 0 "summed slide" "$bin" --export "$tmp/summed.pdf" --summed --size-by-money
pdftotext "$tmp/summed.pdf" "$tmp/out"
has "deals" "summed curves count their deals"
has "Summed: one curve per pair and type" "the legend says the curves are summed"
has "Disc area: money in + out" "the legend explains the discs"
expect 0 "itemised slide" "$bin" --export "$tmp/itemised.pdf"
pdftotext "$tmp/itemised.pdf" "$tmp/out"
grep -qF "Summed:" "$tmp/out" && fail "an itemised slide claims to be summed"

# Bad values: exit 2 and say what is wrong.
expect 2 "bad compare" "$bin" --export "$tmp/x.png" --compare 2025-13-01,2026
grep -q "expected DATE1,DATE2" "$tmp/err" || fail "bad compare not explained"
expect 2 "compare backwards" "$bin" --export "$tmp/x.png" --compare 2026,2025
grep -q "the first date must come first" "$tmp/err" || fail "backwards compare not explained"
expect 2 "compare against as-of" "$bin" --export "$tmp/x.png" --compare 2025,2026 --as-of 2025-06
grep -q "name different dates" "$tmp/err" || fail "conflicting dates not explained"
expect 2 "bad date" "$bin" --cycles --as-of 2025-02-30
grep -q "expected a real date" "$tmp/err" || fail "bad date not explained"
expect 2 "bad filter" "$bin" --cycles --filter flow=cash
grep -q 'unknown flow type "cash"' "$tmp/err" || fail "bad filter not explained"
expect 2 "unknown focus" "$bin" --cycles --focus nobody
grep -q "no entity with that id" "$tmp/err" || fail "unknown focus not explained"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
