#!/usr/bin/env bash
# Time from launching `tactful` to its window being on screen, on a generated database under
# Xvfb: the median of several launches. The corpus has every field filled, or with `espanso` the
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
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$release/tactful" >/dev/null 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name '^Tactful$' >/dev/null 2>&1; do sleep 0.005; done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    kill $app; wait $app 2>/dev/null || true
done
printf 'window visible after (ms): %s\n' "${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median ms: " a[int((NR+1)/2)]}'
