#!/usr/bin/env bash
# Importing a collection already imported from another path (a moved file, a new followed
# folder), with the release binary: time and peak memory at each size, the growth from 4k to 16k
# (linear work grows ×4) and the 100k figure. Usage: benches/import_moved.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(4000 16000 100000); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin tactful --example generate_corpus
for count in "${sizes[@]}"; do
    "${CARGO_TARGET_DIR:-target}"/release/examples/generate_corpus "$count" > "$work/first.json"
    mkdir -p "$work/moved-$count"
    # Also edited upstream (every sentence ends differently), so each phrase is checked against
    # the first path's merge base: the lookup that was quadratic.
    sed 's/\."/!"/g' "$work/first.json" > "$work/moved-$count/team.json"
    export TACTFUL_DB="$work/db-$count.sqlite"
    "${CARGO_TARGET_DIR:-target}"/release/tactful --no-builtin import "$work/first.json" >/dev/null
    /usr/bin/time -f "%e %M" -o "$work/time-$count" \
        "${CARGO_TARGET_DIR:-target}"/release/tactful --no-builtin import "$work/moved-$count/team.json" >/dev/null
    read -r seconds kilobytes < "$work/time-$count"
    echo "$count phrases known from another source: ${seconds} s, peak RSS $((kilobytes / 1024)) MiB"
done
