#!/usr/bin/env bash
# Tests `dealgraph --export` with the programs that will read its files: the PNG has the asked
# size and DPI (ImageMagick), the SVG renders in librsvg with names kept as text, the PDF renders
# in poppler with every font embedded and names extractable, DOT lays out with dot, GraphML
# converts with graphml2gv. Failures exit non-zero and never truncate an existing file.
# Usage: export_test.sh DEALGRAPH_BINARY TEST_DATA_DIR
set -u
bin=$1 data=$2
failures=0 checks=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { checks=$((checks + 1)); "$@"; }
run() { # description, then the command; expects success
    local what=$1; shift
    checks=$((checks + 1))
    "$@" >"$tmp/out" 2>"$tmp/err" || { fail "$what: exit $?: $(head -c 600 "$tmp/err")"; return 1; }
}
refuses() { # description, then the command; expects failure with a message
    local what=$1; shift
    checks=$((checks + 1))
    if "$@" >"$tmp/out" 2>"$tmp/err"; then fail "$what: succeeded but should fail"; return; fi
    [ -s "$tmp/err" ] || fail "$what: failed without a message"
}
unset DISPLAY WAYLAND_DISPLAY # no display: exports must not need one
export QT_QPA_PLATFORM=offscreen

# PNG: exactly the asked size, DPI metadata mapping 1920 px to a 13.33 in slide (144 dpi).
run "png 16x9" "$bin" --export "$tmp/slide.png" --preset 16x9 --title "The AI build-out" \
    --subtitle "Money and compute" && {
    read -r w h dx < <(identify -units PixelsPerInch -format "%w %h %x\n" "$tmp/slide.png")
    [ "$w $h" = "1920 1080" ] || fail "png size is ${w}x${h}"
    [ "$(printf "%.0f" "$dx")" = "144" ] || fail "png density is $dx, expected 144"
    # Not blank: a slide with a graph has hundreds of colours.
    colours=$(identify -format "%k" "$tmp/slide.png")
    [ "$colours" -gt 200 ] || fail "png has only $colours colours"
}
run "png 4k dark" "$bin" --export "$tmp/dark.png" --preset 4k --theme dark && {
    [ "$(identify -format "%w %h" "$tmp/dark.png")" = "3840 2160" ] || fail "4k png size"
    # Dark theme: the mean lightness is low.
    mean=$(convert "$tmp/dark.png" -colorspace Gray -format "%[fx:mean]" info:)
    awk "BEGIN { exit !($mean < 0.3) }" || fail "dark png is not dark (mean $mean)"
}
run "png custom transparent" "$bin" --export "$tmp/clear.png" --size 1000x700 --theme transparent && {
    [ "$(identify -format "%w %h" "$tmp/clear.png")" = "1000 700" ] || fail "custom png size"
    corner=$(convert "$tmp/clear.png" -format "%[fx:p{0,0}.a]" info:)
    [ "$corner" = "0" ] || fail "transparent png corner alpha is $corner"
}

# SVG: well-formed, a viewBox, renders in librsvg at its size, names as text (CJK included).
run "svg" "$bin" --export "$tmp/slide.svg" --title 'Deals <&> "quotes"' --other-names && {
    grep -q 'viewBox="0 0 1920 1080"' "$tmp/slide.svg" || fail "svg has no 0 0 1920 1080 viewBox"
    run "rsvg-convert" rsvg-convert -o "$tmp/svg.png" "$tmp/slide.svg" &&
        { [ "$(identify -format "%w %h" "$tmp/svg.png")" = "1920 1080" ] || fail "svg renders at $(identify -format "%w %h" "$tmp/svg.png")"; }
    for name in OpenAI Oracle Nvidia 甲骨文 英伟达 '\$300B'; do
        grep -q "$name" "$tmp/slide.svg" || fail "svg lacks '$name' as text"
    done
    grep -q '&lt;&amp;&gt;' "$tmp/slide.svg" || fail "svg title not escaped"
    # The 16:9 footer names every publisher of the bundled dataset, the original ones cited too.
    for publisher in "Hardware (citing Financial Times)" "证券时报" "腾讯科技" "OpenAI"; do
        grep -q "$publisher" "$tmp/slide.svg" || fail "svg footer lacks '$publisher'"
    done
}

# PDF: renders, every font embedded, names extractable as text.
# In an English interface the Chinese names are an option, off unless asked for.
run "svg without other names" "$bin" --export "$tmp/english.svg" && {
    grep -q "OpenAI" "$tmp/english.svg" || fail "english svg lacks OpenAI"
    ! grep -q "甲骨文" "$tmp/english.svg" || fail "english svg shows the Chinese names unasked"
}

run "pdf" "$bin" --export "$tmp/slide.pdf" --preset 4x3 --title "Closed loop" --other-names && {
    run "pdftoppm" pdftoppm -r 48 -png -singlefile "$tmp/slide.pdf" "$tmp/pdfpage"
    pdffonts "$tmp/slide.pdf" >"$tmp/fonts" 2>&1 || fail "pdffonts failed"
    # Rows after the two header lines; column "emb" must be "yes" for each.
    tail -n +3 "$tmp/fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' ||
        fail "a PDF font is not embedded: $(cat "$tmp/fonts")"
    [ "$(tail -n +3 "$tmp/fonts" | wc -l)" -gt 0 ] || fail "pdf has no fonts: text was not kept as text"
    pdftotext "$tmp/slide.pdf" "$tmp/pdf.txt"
    for name in OpenAI Oracle 甲骨文 "Closed loop"; do
        grep -q "$name" "$tmp/pdf.txt" || fail "pdf text lacks '$name'"
    done
}

# In a Chinese locale fontconfig's default family is Noto Sans CJK, whose ideographs a PDF
# names by their Kangxi radicals: 甲骨文 would copy and search as 甲⻣⽂. Han text must come
# from WenQuanYi, whatever the locale says.
run "pdf in a Chinese locale" env LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN \
    "$bin" --export "$tmp/zh.pdf" && {
    pdftotext "$tmp/zh.pdf" "$tmp/zh.txt"
    grep -q "甲骨文" "$tmp/zh.txt" || fail "Chinese-locale pdf text lacks 甲骨文"
    ! grep -q "⻣\|⽂" "$tmp/zh.txt" || fail "Chinese-locale pdf text has Kangxi radicals"
}

# Interchange.
run "dot" "$bin" --export "$tmp/graph.dot" && run "dot lays it out" dot -Tsvg -o "$tmp/dot.svg" "$tmp/graph.dot"
run "graphml" "$bin" --export "$tmp/graph.graphml" &&
    run "graphml2gv converts it" graphml2gv -o "$tmp/graphml.gv" "$tmp/graph.graphml"

# Another model than the bundled one, with an explicit engine.
run "fixture with neato" "$bin" "$data/valid/loop.json" --export "$tmp/loop.png" --engine neato --size 800x600

# Failures: non-zero, a message, and the old file untouched.
echo "old content" >"$tmp/keep.png"
refuses "invalid model" "$bin" "$data/invalid/flow-unknown-entity.json" --export "$tmp/keep.png"
grep -q "unknown entity" "$tmp/err" || fail "invalid model: error not shown"
[ "$(cat "$tmp/keep.png")" = "old content" ] || fail "a failed export changed the existing file"
refuses "unknown format" "$bin" --export "$tmp/slide.bmp"
refuses "bad size" "$bin" --export "$tmp/x.png" --size 10x10
refuses "unknown theme" "$bin" --export "$tmp/x.png" --theme neon
refuses "unwritable place" "$bin" --export "$tmp/no-such-dir/x.png"
[ -z "$(ls "$tmp" | grep -v -E '^(slide|english|dark|clear|svg|pdfpage|graph|dot|graphml|loop|keep|out|err|fonts|pdf|zh)(\..*)?$')" ] ||
    fail "temporary files left behind: $(ls "$tmp")"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
