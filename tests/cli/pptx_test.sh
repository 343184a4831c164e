#!/usr/bin/env bash
# Tests PowerPoint export with a real consumer: LibreOffice Impress opens each deck headless and
# converts it to PDF. A story's deck has one slide per step (pdfinfo on Impress's PDF), its
# text holds each step's title and the entity names (pdftotext of what Impress drew), and in
# the package itself the graph is native shapes: every entity a shape whose text is its name,
# every flow a custom-geometry curve ending in an arrowhead, all in one group, and the only
# picture the legend. The sources are in the speaker notes. A single --export x.pptx is one
# slide.
# Usage: pptx_test.sh DEALGRAPH_BINARY DATASET
set -u
bin=$1 dataset=$2
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$tmp/data"
export HOME="$tmp/home" # LibreOffice's profile: this run's own, not a developer's
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

impress() { # impress DECK.pptx: converts it to DECK.pdf beside it, as a reader's Impress would
    local deck=$1
    soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --convert-to pdf \
        --outdir "$(dirname "$deck")" "$deck" >"$tmp/soffice.out" 2>&1 ||
        fail "$(basename "$deck"): LibreOffice failed: $(tail -c 300 "$tmp/soffice.out")"
}

# What the package holds, read with Python's zipfile: slide count, shapes, texts, pictures.
inspect() { # inspect DECK.pptx -> prints "slides N", then per slide its facts, then the notes
    python3 - "$1" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None, "a corrupt member"
slides = sorted((n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
                key=lambda n: int(re.search(r"\d+", n).group()))
print("slides", len(slides))
for name in slides:
    xml = z.read(name).decode()
    texts = re.findall(r"<a:t>([^<]*)</a:t>", xml)
    print("texts", "|".join(texts))
    print("groups", xml.count("<p:grpSp>"), "curves", xml.count("<a:custGeom>"),
          "arrows", xml.count('<a:tailEnd type="triangle"/>'), "pictures", xml.count("<p:pic>"))
    notes = z.read(name.replace("slides/slide", "notesSlides/notesSlide")).decode()
    print("notes", "|".join(re.findall(r"<a:t>([^<]*)</a:t>", notes)))
PY
}

# A single slide.
"$bin" --export "$tmp/one.pptx" --title "The AI build-out" >"$tmp/out" 2>"$tmp/err" ||
    fail "one.pptx: export failed: $(head -c 300 "$tmp/err")"
impress "$tmp/one.pptx"
[ "$(pdfinfo "$tmp/one.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" = 1 ] ||
    fail "one.pptx: Impress did not give one page"
pdftotext "$tmp/one.pdf" "$tmp/one.txt"
for name in "The AI build-out" OpenAI Oracle Microsoft SoftBank Nvidia Stargate; do
    grep -qF "$name" "$tmp/one.txt" || fail "one.pptx: Impress's page lacks '$name' as text"
done
inspect "$tmp/one.pptx" >"$tmp/one.facts" || fail "one.pptx: not a readable package"
grep -q "^slides 1$" "$tmp/one.facts" || fail "one.pptx: $(head -1 "$tmp/one.facts")"
read -r _ groups _ curves _ arrows _ pictures < <(grep '^groups' "$tmp/one.facts")
[ "$groups" = 1 ] || fail "one.pptx: the graph is $groups groups, not one"
[ "$curves" -ge 30 ] || fail "one.pptx: only $curves flow curves"
[ "$arrows" -ge 30 ] || fail "one.pptx: only $arrows arrowheads"
[ "$pictures" = 1 ] || fail "one.pptx: $pictures pictures (only the legend should be one)"
grep '^texts' "$tmp/one.facts" | tr '|' '\n' | grep -qx "OpenAI" ||
    fail "one.pptx: no shape has 'OpenAI' as its text"
grep '^notes' "$tmp/one.facts" | grep -q "Sources:" || fail "one.pptx: no sources in the notes"

# Every bundled story: one slide per step, each step's title on its page.
python3 - "$dataset" >"$tmp/stories" <<'PY'
import json, sys
for story in json.load(open(sys.argv[1])).get("stories", []):
    print(story["id"], len(story["steps"]), "\t".join(step["title"] for step in story["steps"]),
          sep="\t")
PY
[ -s "$tmp/stories" ] || fail "the bundled dataset tells no stories"
while IFS=$'\t' read -r id steps titles; do
    deck="$tmp/$id.pptx"
    "$bin" --story "$id" --export "$deck" >"$tmp/out" 2>"$tmp/err" ||
        { fail "$id: export failed: $(head -c 300 "$tmp/err")"; continue; }
    impress "$deck"
    pages=$(pdfinfo "$tmp/$id.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    [ "$pages" = "$steps" ] || fail "$id: Impress shows ${pages:-no} pages for $steps steps"
    inspect "$deck" >"$tmp/$id.facts" || fail "$id: not a readable package"
    grep -q "^slides $steps$" "$tmp/$id.facts" || fail "$id: $(head -1 "$tmp/$id.facts")"
    pdftotext "$tmp/$id.pdf" "$tmp/$id.txt"
    IFS=$'\t' read -r -a list <<<"$titles"
    for title in "${list[@]}"; do
        # pdftotext breaks long lines: compare with the spaces squeezed out.
        tr -d ' \n' <"$tmp/$id.txt" | grep -qF "$(tr -d ' ' <<<"$title")" ||
            fail "$id: no page shows the step '$title'"
    done
    echo "$id: $pages slides"
done <"$tmp/stories"

# In the Chinese interface the slide text is Chinese, and Impress draws it.
LANGUAGE=zh_CN "$bin" --story closed-loop --export "$tmp/zh.pptx" >"$tmp/out" 2>"$tmp/err" ||
    fail "zh.pptx: export failed: $(head -c 300 "$tmp/err")"
impress "$tmp/zh.pptx"
pdftotext "$tmp/zh.pdf" "$tmp/zh.txt"
grep -q "甲骨文" "$tmp/zh.txt" || fail "zh.pptx: Impress's pages lack 甲骨文"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "PowerPoint decks: all checks passed"
