#!/usr/bin/env bash
# Starts the real binary in a real X server (Xvfb) on the bundled dataset and checks that the
# screenshot shows a drawn graph: enough strongly coloured pixels (flows and entity boxes) in
# the graph's area, below the toolbar and above the legend strip, whose icons and colour samples
# would pass on their own. A blank graph area has none. Keeps the screenshot for a person.
# Usage: x11_smoke_test.sh DEALGRAPH_BINARY OUTPUT_PNG
set -u
bin=$1 out=$2
for tool in Xvfb import convert; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps)"; exit 1; }
done
home=$(mktemp -d) # a clean settings directory: no window state from earlier runs
display=":$((200 + RANDOM % 600))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "$app" "$xvfb" 2>/dev/null; wait 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT
sleep 1
env -u QT_QPA_PLATFORM DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    "$bin" >"$home/app.log" 2>&1 &
app=$!

# Poll: the layout runs in a child process, so the graph appears a moment after the window.
share=0
for _ in $(seq 1 30); do
    sleep 1
    if ! kill -0 "$app" 2>/dev/null; then
        echo "FAIL: dealgraph exited early"; cat "$home/app.log"; exit 1
    fi
    DISPLAY="$display" import -window root "$out" 2>/dev/null || continue
    # Share of pixels with HSL saturation over 35% in the graph's area: the window opens at 90%
    # of the 1600x1000 screen with the graph top left (measured: about 5%; blank: 0).
    share=$(convert "$out" -crop 880x380+20+80 +repage -colorspace HSL -channel G -separate \
        +channel -threshold 35% -format "%[fx:mean]" info:)
    if awk "BEGIN { exit !($share > 0.02) }"; then
        echo "1 passed, 0 failed (coloured share $share; screenshot $out)"
        exit 0
    fi
done
echo "FAIL: the window shows no drawn graph after 30 s (coloured share $share; screenshot $out)"
cat "$home/app.log"
echo "0 passed, 1 failed"
exit 1
