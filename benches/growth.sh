#!/usr/bin/env bash
# How Tactful's costs grow with the phrasebook: for each size, a generated full-field corpus
# (text, two blunt lines, a note, tags) is imported into a new database, then
#   import   `tactful import` of the corpus (in files of 100,000 phrases: an import takes at
#            most 64 MiB per file), summed wall time and the largest peak RSS;
#   build    the first `tactful search` after it (builds the index and stores it beside the
#            database), wall time and peak RSS;
#   search   a later `tactful search` (reads the stored index), median of 3, and its peak RSS;
#   window   the window under Xvfb (when Xvfb and xdotool are there): launch to first drawn
#            results (TACTFUL_FIRST_RESULTS), median of 3 after one launch that is not counted,
#            and the window's peak RSS;
#   keys     one keystroke over the same number of phrases, median and p95 (examples/keystrokes).
# Usage: benches/growth.sh [SIZES...]   (default 10000 100000 1000000; the 1,000,000 step takes
# minutes and a few GB of disk). Prints one line per size and the load it ran under.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
cargo build --release --quiet --bin tactful --example generate_corpus --example keystrokes
release="${CARGO_TARGET_DIR:-target}/release"
bin="$release/tactful"
work="$(mktemp -d)"
xvfb=""
trap '[ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    display=":$((250 + RANDOM % 50))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
fi

# Wall seconds and peak RSS (MiB) of a command: "1.23 45".
timed() {
    if ! /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/errors"; then
        echo "failed: $*" >&2
        cat "$work/errors" >&2
        exit 1
    fi
    awk '{printf "%s %d", $1, $2 / 1024}' "$work/time"
}

# Imports `count` generated phrases in parts of at most 100,000 (an import takes 64 MiB per file
# at most): the summed wall seconds and the largest peak RSS, "12.3 456".
import_generated() {
    local count="$1" first=0 part total=0 peak=0 one
    while [ "$first" -lt "$count" ]; do
        part=$(( count - first < 100000 ? count - first : 100000 ))
        "$release/examples/generate_corpus" "$part" full "$first" > "$work/corpus.json"
        one=$(timed "$bin" --no-builtin import "$work/corpus.json")
        total=$(awk -v a="$total" -v b="${one% *}" 'BEGIN { print a + b }')
        peak=$(( ${one#* } > peak ? ${one#* } : peak ))
        first=$(( first + part ))
    done
    rm -f "$work/corpus.json"
    echo "$total $peak"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Launch to first drawn results in ms, and the window's peak RSS in MiB: "412 180".
window() {
    rm -f "$TACTFUL_FIRST_RESULTS"
    local start app drawn rss
    start=$(date +%s%N)
    DISPLAY="$display" "$bin" >/dev/null 2>&1 &
    app=$!
    local waited=0
    until [ -s "$TACTFUL_FIRST_RESULTS" ]; do
        sleep 0.005
        waited=$(( waited + 1 ))
        if [ "$waited" -gt 60000 ]; then
            echo "the window showed no results within five minutes" >&2
            kill "$app"
            exit 1
        fi
    done
    drawn=$(cat "$TACTFUL_FIRST_RESULTS")
    # Let the load on its worker finish (the review queue follows the first results).
    sleep 2
    rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$app/status")
    kill "$app"; wait "$app" 2>/dev/null || true
    echo "$(( (drawn - start) / 1000000 )) $rss"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%9s %14s %14s %14s %16s %22s\n' phrases "import s/MiB" "build s/MiB" "search s/MiB" "window ms/MiB" "keystroke med/p95 ms"
for count in "${sizes[@]}"; do
    rm -rf "$work/db" && mkdir -p "$work/db"
    export TACTFUL_DB="$work/db/growth.sqlite" XDG_RUNTIME_DIR="$work/db" XDG_DATA_HOME="$work/db"
    export TACTFUL_FIRST_RESULTS="$work/db/first-results"
    import=$(import_generated "$count")
    build=$(timed "$bin" search refund --limit 10)
    searches=()
    for _ in 1 2 3; do
        searches+=("$(timed "$bin" search "refund today" --limit 10)")
    done
    search="$(median "${searches[@]%% *}") $(echo "${searches[-1]}" | cut -d' ' -f2)"
    shown="-"
    if [ -n "$xvfb" ]; then
        window >/dev/null
        runs=()
        for _ in 1 2 3; do runs+=("$(window)"); done
        shown="$(median "${runs[@]%% *}") $(echo "${runs[-1]}" | cut -d' ' -f2)"
    fi
    keys=$("$release/examples/keystrokes" "$count" | tail -n 1 | sed -E 's/.*median ([0-9.]+) ms, p95 ([0-9.]+) ms/\1 \2/')
    printf '%9s %14s %14s %14s %16s %22s\n' "$count" "$import" "$build" "$search" "$shown" "$keys"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
