#!/usr/bin/env bash
# End-to-end export against Graphviz alone (docs/performance.md): a generated model (seed 1),
# `dealgraph MODEL --export out.svg --engine sfdp` against `sfdp -Tsvg` on the app's own DOT
# export of the same model. Prints wall time and peak resident memory of each and the ratio
# (issue 7's target: at most 1.3 at 5,000 entities). Asserts nothing. The export DOT leaves
# Graphviz's defaults (overlap=true: overlaps kept), while the app asks sfdp for overlap removal
# and straight edges (layout/src/graphviz_attributes.cpp); the last two columns give sfdp those
# attributes too (-Goverlap=prism -Gsplines=line -Gsep=+5 -Gesep=+3.75), so that it does the
# same work as the app's layout.
# Usage: bench/export_vs_sfdp.sh [DEALGRAPH_BINARY] [ENTITIES...]   (default 5000)
# Wall time is what a user waits; CPU time (user + system, the layout worker included) barely
# moves when other programs share the machine. Peak memory is GNU time's %M: the largest of the
# process and its waited-for children (the layout worker), not their sum.
set -euo pipefail
bin=${1:-build/release/app/dealgraph}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen

measure() { # OUTPUT-VARIABLE-PREFIX command...: sets PREFIX_s, PREFIX_cpu and PREFIX_mb
    local prefix=$1; shift
    if ! /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"; then
        echo "FAIL: $*" >&2
        cat "$tmp/err" >&2
        exit 1
    fi
    read -r seconds kilobytes user system <"$tmp/time"
    printf -v "${prefix}_s" '%s' "$seconds"
    printf -v "${prefix}_cpu" '%s' "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')"
    printf -v "${prefix}_mb" '%s' "$((kilobytes / 1024))"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
row() { printf '%-8s %-6s | %-8s %-7s %-6s | %-8s %-7s %-6s | %-6s %-6s | %-8s %-7s | %-6s %s\n' "$@"; }
row entities deals export_s cpu_s MB sfdp_s cpu_s MB ratio cpu attrs_s cpu_s ratio cpu
for n in "${sizes[@]}"; do
    "$bin" --generate "$n" --seed 1 >"$tmp/model.json"
    "$bin" "$tmp/model.json" --export "$tmp/model.dot" >/dev/null 2>&1 # the same graph as DOT
    deals=$(grep -c '"id": "d-' "$tmp/model.json" || true)
    measure app "$bin" "$tmp/model.json" --export "$tmp/out.svg" --engine sfdp
    measure gv sfdp -Tsvg "$tmp/model.dot" -o "$tmp/sfdp.svg"
    measure same sfdp -Tsvg -Goverlap=prism -Gsplines=line -Gsep=+5 -Gesep=+3.75 "$tmp/model.dot" \
        -o "$tmp/sfdp-attrs.svg"
    row "$n" "$deals" "$app_s" "$app_cpu" "$app_mb" "$gv_s" "$gv_cpu" "$gv_mb" \
        "$(ratio "$app_s" "$gv_s")" "$(ratio "$app_cpu" "$gv_cpu")" "$same_s" "$same_cpu" \
        "$(ratio "$app_s" "$same_s")" "$(ratio "$app_cpu" "$same_cpu")"
done
