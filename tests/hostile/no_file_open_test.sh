#!/usr/bin/env bash
# No text in a model ever makes dealgraph open a file. The headless export (and the layout
# worker it starts, followed with strace -f) runs on a model whose names, labels and notes
# name a sentinel file the way Graphviz's image/shapefile/fontpath attributes and an HTML
# <IMG SRC=...> would; the sentinel exists, so any attempt to read it would succeed, and its
# path must never appear in a file-related system call. trace=%file covers open, openat, stat
# (and newfstatat/statx), access, readlink and execve; the execve lines also prove the worker
# was traced. The exported DOT file is then rendered by Graphviz's own dot under the same
# watch: our DOT output must not carry file-reading attributes either.
# Usage: no_file_open_test.sh DEALGRAPH_BINARY
set -uo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
# In the asan build: LeakSanitizer cannot run under ptrace (it stops with a fatal error), so
# leak checking is off for these traced runs only; every other test checks leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

sentinel=$tmp/SENTINEL-must-not-be-opened.png
printf "sentinel\n" >"$sentinel"
python3 "$here/make_hostile_models.py" "$tmp/models" "$sentinel" || { echo "FAIL: generator"; exit 1; }
model=$tmp/models/strings.json
grep -qF "$sentinel" "$model" || { echo "FAIL: the model does not name the sentinel"; exit 1; }

traced() { # traced NAME COMMAND...: runs under strace, checks status and the trace
    local name=$1
    shift
    timeout --kill-after=5 120 strace -f -qq -e trace=%file -o "$tmp/$name.trace" "$@" \
        >"$tmp/out" 2>"$tmp/err"
    local status=$?
    [ $status -eq 0 ] || fail "$name: exit $status: $(head -c 400 "$tmp/err")"
    if grep -F "SENTINEL-must-not-be-opened" "$tmp/$name.trace" >"$tmp/hits"; then
        fail "$name: the sentinel named in the model was touched:"
        head -5 "$tmp/hits"
    fi
}

for format in svg png pdf html dot graphml; do
    traced "export-$format" "$bin" "$model" --export "$tmp/out.$format"
done
# The laid-out formats ran the layout worker, and strace followed it.
grep -q 'execve(.*"--layout-worker"' "$tmp/export-svg.trace" ||
    fail "the svg export's trace shows no layout worker: was it traced?"
# Graphviz reading our DOT output touches no file named in the model either.
traced "dot-on-exported-dot" dot -Tsvg "$tmp/out.dot" -o "$tmp/dot.svg"

echo "no_file_open: $failures failures"
[ $failures -eq 0 ]
