#!/usr/bin/env bash
# Tests `dealgraph --stories` and `--story ID --export deck.pdf` with the programs a reader's
# PDF goes through: --stories lists the bundled stories (id, title, steps); each story's deck
# has one page per step (pdfinfo), every font embedded, a CJK one in the Chinese interface
# (pdffonts), each page's text holding its step's title and caption (pdftotext), the caption at
# 14 pt or more on a 13.33 in slide (pdftotext -bbox), and pages that render (pdftoppm). Bad
# ids and formats exit 2 naming what is wrong.
# Usage: stories_test.sh DEALGRAPH_BINARY DATASET TEST_DATA_DIR
set -u
bin=$1 dataset=$2 data=$3
failures=0 checks=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
# No hand-placed positions of a developer's own: every deck is laid out for its slides.
export XDG_DATA_HOME="$tmp/data"
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() { # status, description, command...
    local want=$1 what=$2; shift 2
    checks=$((checks + 1))
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$what: exit $got, expected $want: $(head -c 400 "$tmp/err")"
}
says() { grep -qF -- "$1" "$tmp/$3" || fail "$2: $3 lacks '$1': $(head -c 400 "$tmp/$3")"; }

# The stories as the dataset has them: id, title and step count, one per line.
python3 - "$dataset" >"$tmp/expected" <<'PY'
import json, sys
for story in json.load(open(sys.argv[1], encoding="utf-8")).get("stories", []):
    n = len(story["steps"])
    print(f"{story['id']}\t{story['title']}\t{n} {'step' if n == 1 else 'steps'}")
PY

expect 0 "--stories" "$bin" --stories
diff "$tmp/expected" "$tmp/out" >"$tmp/diff" || fail "--stories printed otherwise: $(cat "$tmp/diff")"
for id in stargate-announced closed-loop stargate-unwinds; do
    grep -q "^$id	" "$tmp/out" || fail "--stories lacks $id as the first column"
done

# Checks a deck: pages, fonts, each page's title and caption, the caption's size.
# deck_checks PDF STORY_ID LANGUAGE(en|zh-Hans)
deck_checks() {
    local pdf=$1 id=$2 language=$3
    local steps
    steps=$(grep "^$id	" "$tmp/expected" | cut -f3 | cut -d' ' -f1)
    local pages
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    [ "$pages" = "$steps" ] || fail "$id ($language): $pages pages for $steps steps"
    pdffonts "$pdf" >"$tmp/fonts" 2>&1 || fail "$id: pdffonts failed"
    [ "$(tail -n +3 "$tmp/fonts" | wc -l)" -gt 0 ] || fail "$id: no fonts: text was not kept as text"
    tail -n +3 "$tmp/fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' ||
        fail "$id ($language): a font is not embedded: $(cat "$tmp/fonts")"
    if [ "$language" = zh-Hans ]; then
        grep -Eq "WenQuanYi|CJK" "$tmp/fonts" || fail "$id: no CJK font embedded: $(cat "$tmp/fonts")"
    fi
    pdfinfo "$pdf" | grep -q "^Title: .\+" || fail "$id: the PDF has no title"
    pdftoppm -r 50 -png -f 1 -l 2 "$pdf" "$tmp/page" || fail "$id: pdftoppm cannot render it"
    # Each page holds its own step's title and caption, whatever the line breaks.
    local page
    for page in $(seq 1 "$pages"); do
        pdftotext -f "$page" -l "$page" "$pdf" "$tmp/page.txt"
        pdftotext -bbox -f "$page" -l "$page" "$pdf" "$tmp/page.html"
        python3 - "$dataset" "$id" "$((page - 1))" "$language" "$tmp/page.txt" "$tmp/page.html" <<'PY' ||
import html, json, re, sys
dataset, story_id, index, language, text_path, bbox_path = sys.argv[1:]
story = next(s for s in json.load(open(dataset, encoding="utf-8"))["stories"] if s["id"] == story_id)
step = story["steps"][int(index)]
def text_of(member):
    if language == "en":
        return step[member]
    return step["translations"][language][member]
# Whitespace aside (lines wrap), and Latin ligatures read as their letters (ﬁ is how "fi" is
# set); nothing else is normalised: a Chinese character must come back as itself.
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
squash = lambda s: re.sub(r"\s+", "", "".join(LIGATURES.get(c, c) for c in s))
page = squash(open(text_path, encoding="utf-8").read())
ok = True
for member in ("title", "caption"):
    if squash(text_of(member)) not in page:
        print(f"page {int(index) + 1} lacks its step's {member}: {text_of(member)[:60]}")
        ok = False
if language == "en":
    # The caption's first words, at 14 pt or more on a 13.33 in slide: the page is drawn
    # 1080 slide units high = 540 pt of such a slide; a word's box is 1.16 em in DejaVu Sans,
    # so 14 pt type has boxes of 16.3 pt and anything under 15.4 pt is smaller than 14 pt.
    words = re.findall(r'<page width="[\d.]+" height="([\d.]+)"|'
                       r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                       open(bbox_path, encoding="utf-8").read())
    scale = 540 / float(next(w[0] for w in words if w[0]))
    boxes = [(squash(html.unescape(w[3])), (float(w[2]) - float(w[1])) * scale) for w in words if w[3]]
    first = step["caption"].split()[:3]
    names = [b[0] for b in boxes]
    at = next((i for i in range(len(names)) if names[i:i + 3] == first), None)
    if at is None:
        print(f"page {int(index) + 1}: the caption's first words {first} not found")
        ok = False
    elif min(h for _, h in boxes[at:at + 3]) < 15.4:
        print(f"page {int(index) + 1}: caption type under 14 pt on a 13.33 in slide "
              f"(word boxes {[round(h, 1) for _, h in boxes[at:at + 3]]} pt)")
        ok = False
sys.exit(0 if ok else 1)
PY
            fail "$id ($language) page $page: see above"
    done
}

for id in stargate-announced closed-loop stargate-unwinds; do
    expect 0 "$id deck" "$bin" --story "$id" --export "$tmp/$id.pdf"
    says "$id.pdf" "the deck's path is printed" out
    deck_checks "$tmp/$id.pdf" "$id" en
done
# The Chinese interface: the same decks in Chinese, a CJK font embedded.
for id in stargate-announced closed-loop stargate-unwinds; do
    LANGUAGE=zh_CN expect 0 "$id deck in Chinese" "$bin" --story "$id" --export "$tmp/$id-zh.pdf"
    deck_checks "$tmp/$id-zh.pdf" "$id" zh-Hans
done
# Options that shape every page still apply: a 4:3 dark deck.
expect 0 "4:3 dark deck" "$bin" --story closed-loop --export "$tmp/dark.pdf" --preset 4x3 --theme dark
pdfinfo "$tmp/dark.pdf" | grep -q "Page size: *1200 x 900 pts" || fail "4:3 deck page size: $(pdfinfo "$tmp/dark.pdf" | grep 'Page size')"

# Another model's story; a model with none.
expect 0 "stories of a fixture" "$bin" "$data/valid/story.json" --stories
[ "$(cat "$tmp/out")" = "$(printf 'loop\tThe closed loop\t2 steps')" ] || fail "fixture stories: $(cat "$tmp/out")"
expect 0 "fixture deck" "$bin" "$data/valid/story.json" --story loop --export "$tmp/loop.pdf"
[ "$(pdfinfo "$tmp/loop.pdf" | awk '/^Pages:/ { print $2 }')" = 2 ] || fail "fixture deck is not 2 pages"
expect 0 "no stories" "$bin" "$data/valid/loop.json" --stories
[ -s "$tmp/out" ] && fail "a model without stories lists some: $(cat "$tmp/out")"

# Mistakes: exit 2 with what is wrong, and no file written.
expect 2 "unknown story" "$bin" --story nope --export "$tmp/nope.pdf"
says "--story nope: no story with that id" "unknown story" err
says "stargate-announced, closed-loop, stargate-unwinds" "unknown story lists the ids" err
expect 2 "no stories to export" "$bin" "$data/valid/loop.json" --story loop --export "$tmp/nope.pdf"
says "it tells no stories" "a model without stories" err
expect 2 "story as png" "$bin" --story closed-loop --export "$tmp/nope.png"
says "nope.png: a story is written as a deck of one page per step; use .pdf, .pptx or .html" "story as png" err
expect 0 "story as a web page" "$bin" "$data/valid/story.json" --story loop --export "$tmp/loop.html"
[ "$(grep -o '<section class="view"' "$tmp/loop.html" | wc -l)" = 2 ] ||
    fail "the web-page deck does not hold the story's 2 steps"
expect 2 "story without export" "$bin" --story closed-loop
says "--story closed-loop needs --export DECK.pdf" "story without export" err
expect 2 "story with a view option" "$bin" --story closed-loop --export "$tmp/nope.pdf" --as-of 2025 --title X
says "leave out --as-of, --title" "story with view options" err
expect 2 "stories with export" "$bin" --stories --export "$tmp/nope.pdf"
says "--stories only lists the stories" "stories with export" err
expect 2 "story without an id" "$bin" --export "$tmp/nope.pdf" --story
ls "$tmp"/nope.* >/dev/null 2>&1 && fail "a refused deck left a file: $(ls "$tmp"/nope.*)"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
