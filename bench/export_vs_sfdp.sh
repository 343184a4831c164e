#!/usr/bin/env bash
# End-to-end export against Graphviz alone (docs/performance.md): a generated model (seed 1),
# `dealgraph MODEL --export out.svg --engine sfdp` against `sfdp -Tsvg` on the app's own DOT
# export of the same model. Prints wall time and peak resident memory of each and the ratio
# (issue 7's target: at most 1.3 at 5,000 entities). Asserts nothing.
# Usage: bench/export_vs_sfdp.sh [DEALGRAPH_BINARY] [ENTITIES...]   (default 5000)
# Peak memory is GNU time's %M: the largest of the process and its waited-for children (the
# layout worker), not their sum.
set -euo pipefail
bin=${1:-build/release/app/dealgraph}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen

measure() { # OUTPUT-VARIABLE-PREFIX command...: sets PREFIX_s and PREFIX_mb
    local prefix=$1; shift
    if ! /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"; then
        echo "FAIL: $*" >&2
        cat "$tmp/err" >&2
        exit 1
    fi
    read -r seconds kilobytes <"$tmp/time"
    printf -v "${prefix}_s" '%s' "$seconds"
    printf -v "${prefix}_mb" '%s' "$((kilobytes / 1024))"
}

printf '%-9s %-8s %-10s %-11s %-9s %-10s %s\n' entities deals export_s export_MB sfdp_s sfdp_MB ratio
for n in "${sizes[@]}"; do
    "$bin" --generate "$n" --seed 1 >"$tmp/model.json"
    "$bin" "$tmp/model.json" --export "$tmp/model.dot" >/dev/null 2>&1 # the same graph as DOT
    deals=$(grep -c '"id": "d-' "$tmp/model.json" || true)
    measure app "$bin" "$tmp/model.json" --export "$tmp/out.svg" --engine sfdp
    measure gv sfdp -Tsvg "$tmp/model.dot" -o "$tmp/sfdp.svg"
    ratio=$(awk -v a="$app_s" -v b="$gv_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    printf '%-9s %-8s %-10s %-11s %-9s %-10s %s\n' "$n" "$deals" "$app_s" "$app_mb" "$gv_s" "$gv_mb" "$ratio"
done
