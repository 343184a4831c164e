#!/usr/bin/env bash
# Tests the web-page export with a real consumer: Debian's Chromium, headless, driven by
# Selenium through chromedriver (tests/web/html_page_test.py; Debian's python3-selenium and
# chromium-driver), opens each page from its file:// path, fails on any request that is not
# file: or data: and on any logged error, clicks entities and flows and reads the details panel,
# and steps through a story with the keys and buttons. A model whose title, names, deal titles
# and source URLs carry markup and script must show them as text.
# The page itself must be one file: no src= or href= but the sources' http(s) links in its data.
# Usage: html_test.sh DEALGRAPH_BINARY DATASET SMALL_MODEL WEB_DIR
set -u
bin=$1 dataset=$2 small=$3 web=$4
# Debian's Python, which python3-selenium is installed for (a python3 found first on PATH, such
# as pyenv's, does not have it).
debian_python=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$tmp/data"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
give_up() { echo "FAIL: $*"; echo "0 passed, 1 failed"; exit 1; }

$debian_python -c 'import selenium' 2>/dev/null ||
    give_up "python3-selenium is missing (scripts/install-deps installs it)"
[ -x /usr/bin/chromedriver ] ||
    give_up "chromedriver is missing (scripts/install-deps installs chromium-driver)"
command -v chromium >/dev/null || give_up "chromium is missing (scripts/install-deps installs it)"

# The whole graph, and a story of four steps.
"$bin" --export "$tmp/page.html" >"$tmp/out" 2>"$tmp/err" || fail "page.html: $(head -c 300 "$tmp/err")"
"$bin" --story closed-loop --export "$tmp/deck.html" >"$tmp/out" 2>"$tmp/err" ||
    fail "deck.html: $(head -c 300 "$tmp/err")"
step2=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))
s=[s for s in m["stories"] if s["id"]=="closed-loop"][0]; print(s["steps"][1]["title"]); print(len(s["steps"]))' \
    "$dataset") || give_up "cannot read the dataset's story"
steps=$(printf '%s\n' "$step2" | tail -1)
step2=$(printf '%s\n' "$step2" | head -1)

# Markup and script wherever a model carries text.
literal='</script><script>window.__injected=1</script>'
python3 - "$small" "$tmp/injected.json" "$literal" <<'PY' || give_up "cannot write the injected model"
import json, sys
model = json.load(open(sys.argv[1]))
model["title"] = sys.argv[3]
model["entities"][0]["name"] = 'OpenAI <img src=x onerror="window.__injected=2">'
model["entities"][0]["description"] = "<script>window.__injected=5</script>"
deal = model["deals"][0]
deal["title"] = '<b onmouseover="window.__injected=3">Hover</b> deal'
deal["notes"] = "]]></svg><script>window.__injected=6</script>"
source = [s for s in model["sources"] if s["id"] == deal["sources"][0]][0]
source["url"] = 'https://example.com/"><script>window.__injected=4</script>'
source["publisher"] = "<i>Publisher</i>"
json.dump(model, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$bin" "$tmp/injected.json" --export "$tmp/injected.html" >"$tmp/out" 2>"$tmp/err" ||
    fail "injected.html: $(head -c 300 "$tmp/err")"
[ "$failures" -eq 0 ] || { echo "0 passed, $failures failed"; exit 1; }

# One file: nothing for the browser to fetch, whatever the script does.
for page in page deck injected; do
    python3 - "$tmp/$page.html" <<'PY' || fail "$page.html names something to fetch"
import sys
from html.parser import HTMLParser
class Fetches(HTMLParser):
    found = []
    def handle_starttag(self, tag, attrs):
        self.found += [f"<{tag} {name}=...>" for name, _ in attrs
                       if name in ("src", "href", "xlink:href", "srcset", "action", "poster")]
parser = Fetches()
parser.feed(open(sys.argv[1], encoding="utf-8").read())
if parser.found:
    print(" ".join(parser.found))
sys.exit(1 if parser.found else 0)
PY
    grep -q "Content-Security-Policy\" content=\"default-src 'none'" "$tmp/$page.html" ||
        fail "$page.html has no policy against requests"
done
# The injected texts only occur escaped in the markup.
grep -qF '<script>window.__injected' "$tmp/injected.html" &&
    fail "injected.html holds model script as markup"

timeout 240 $debian_python "$web/html_page_test.py" "$tmp/page.html" \
    "$tmp/deck.html" "$step2" "$steps" "$tmp/injected.html" "$literal" >"$tmp/browser" 2>&1
status=$?
cat "$tmp/browser"
[ $status -eq 0 ] || fail "the browser test failed (exit $status)"
if [ "$failures" -gt 0 ]; then
    echo "0 passed, $failures failed"
    exit 1
fi
