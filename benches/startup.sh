#!/usr/bin/env bash
# Time from launching `tactful` to its window being on screen, and to the first frame that lays
# out search results (the window writes that moment to the file named by TACTFUL_FIRST_RESULTS),
# on a generated database under Xvfb: the median of several launches. The first launch after the
# import builds and stores the search index; the ones measured read it. The corpus has every field filled, or with `espanso` the
# shape of the public Espanso hub once imported (175 collections of short snippets, all drafts).
# Usage: benches/startup.sh [PHRASES] [RUNS] [full|short|espanso]
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
cargo build --release --quiet --bin tactful --example generate_corpus
release="${CARGO_TARGET_DIR:-target}/release"
export TACTFUL_DB="$work/startup.sqlite" DISPLAY="$display" XDG_RUNTIME_DIR="$work" XDG_DATA_HOME="$work"
if [ "$shape" = espanso ]; then
    "$release/examples/generate_corpus" "$count" espanso "$work/packages"
    for file in "$work"/packages/*.json; do "$release/tactful" import "$file" >/dev/null; done
else
    "$release/examples/generate_corpus" "$count" "$shape" > "$work/corpus.json"
    "$release/tactful" import "$work/corpus.json" >/dev/null
fi
sleep 1
export TACTFUL_FIRST_RESULTS="$work/first-results"
launch() {
    rm -f "$TACTFUL_FIRST_RESULTS"
    start=$(date +%s%N)
    "$release/tactful" >/dev/null 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name '^Tactful$' >/dev/null 2>&1; do sleep 0.005; done
    mapped=$(date +%s%N)
    until [ -s "$TACTFUL_FIRST_RESULTS" ]; do sleep 0.005; done
    drawn=$(cat "$TACTFUL_FIRST_RESULTS")
    kill $app; wait $app 2>/dev/null || true
}
# A first launch stores the search index beside the database, as the first use after an import
# would; it is not counted.
launch
times=()
results=()
for _ in $(seq "$runs"); do
    launch
    times+=($(( (mapped - start) / 1000000 )))
    results+=($(( (drawn - start) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'window visible after (ms): %s\n' "${times[*]}"
printf 'first results drawn after (ms): %s\n' "${results[*]}"
echo "median ms: visible $(median "${times[@]}"), first results $(median "${results[@]}")"
