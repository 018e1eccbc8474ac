#!/usr/bin/env bash
# Time from launching `tactful` to its window being on screen, and to the first frame that lays
# out search results (the window writes that moment to the file named by TACTFUL_FIRST_RESULTS),
# on a generated database under Xvfb: the median of several launches. The first launch after the
# import builds and stores the search index; the ones measured read it. The corpus has every field filled, or with `espanso` the
# shape of the public Espanso hub once imported (175 collections of short snippets, all drafts).
# Usage: benches/startup.sh [PHRASES] [RUNS] [full|short|espanso|builtin]
# `builtin` starts on the built-in phrasebook alone (the yardstick for espanso-shaped data).
# TACTFUL_BIN=path times another binary (say, main's, to compare on the same load); then nothing
# is built, and the generator must have been built already.
# Needs Xvfb and xdotool (scripts/test installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
runs="${2:-7}"
shape="${3:-full}"
work="$(mktemp -d)"
display=":$((200 + RANDOM % 50))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
release="${CARGO_TARGET_DIR:-target}/release"
[ -n "${TACTFUL_BIN:-}" ] || cargo build --release --quiet --bin tactful --example generate_corpus
bin="${TACTFUL_BIN:-$release/tactful}"
export TACTFUL_DB="$work/startup.sqlite" DISPLAY="$display" XDG_RUNTIME_DIR="$work" XDG_DATA_HOME="$work"
if [ "$shape" = espanso ]; then
    "$release/examples/generate_corpus" "$count" espanso "$work/packages"
    for file in "$work"/packages/*.json; do "$bin" import "$file" >/dev/null; done
elif [ "$shape" = builtin ]; then
    "$bin" situations >/dev/null
else
    "$release/examples/generate_corpus" "$count" "$shape" > "$work/corpus.json"
    "$bin" import "$work/corpus.json" >/dev/null
fi
sleep 1
export TACTFUL_FIRST_RESULTS="$work/first-results"
# TACTFUL_BINS="old new" alternates several binaries launch by launch, each on its own copy of
# the database (each stores the index in its own format beside it).
read -r -a bins <<< "${TACTFUL_BINS:-$bin}"
for i in "${!bins[@]}"; do
    cp "$TACTFUL_DB" "$work/copy-$i.sqlite"
done
launch() {
    rm -f "$TACTFUL_FIRST_RESULTS"
    start=$(date +%s%N)
    TACTFUL_DB="$work/copy-$1.sqlite" "${bins[$1]}" >/dev/null 2>&1 &
    app=$!
    # A launch that never shows its window or results (it exited, or another instance answered)
    # fails the run after 30 s rather than waiting for ever.
    deadline=$(( $(date +%s) + 30 ))
    until xdotool search --onlyvisible --name '^Tactful$' >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "launch $1: no window after 30 s" >&2; exit 1; }
        sleep 0.005
    done
    mapped=$(date +%s%N)
    until [ -s "$TACTFUL_FIRST_RESULTS" ]; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "launch $1: no results after 30 s" >&2; exit 1; }
        sleep 0.005
    done
    drawn=$(cat "$TACTFUL_FIRST_RESULTS")
    kill $app; wait $app 2>/dev/null || true
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# A first launch stores the search index beside the database, as the first use after an import
# would; it is not counted.
declare -A times results
for i in "${!bins[@]}"; do launch "$i"; done
for _ in $(seq "$runs"); do
    for i in "${!bins[@]}"; do
        launch "$i"
        times[$i]+="$(( (mapped - start) / 1000000 )) "
        results[$i]+="$(( (drawn - start) / 1000000 )) "
    done
done
echo "$count phrases ($shape), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!bins[@]}"; do
    echo "${bins[$i]}"
    printf '  window visible after (ms): %s\n' "${times[$i]}"
    printf '  first results drawn after (ms): %s\n' "${results[$i]}"
    # shellcheck disable=SC2086
    echo "  median ms: visible $(median ${times[$i]}), first results $(median ${results[$i]})"
done
