#!/usr/bin/env bash
# Whole-process comparison: `tactful search QUERY` on a generated database against
# `fzf --filter QUERY` on the same phrases' texts as lines. Prints each side's median and their
# ratio. The corpus has every field a real phrasebook fills (text, two blunt lines, a note, tags),
# or with `espanso` the shape of the public Espanso hub once imported (short snippets, a large
# vocabulary, one collection per package).
# The stored index is written by the first search after the import, as it would be in use.
# Usage: benches/vs_fzf.sh [PHRASES] [RUNS] [full|short|espanso]   (needs fzf: apt-get install fzf)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
runs="${2:-15}"
shape="${3:-full}"
command -v fzf >/dev/null || { echo "fzf is not installed (apt-get install fzf)"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin tactful --example generate_corpus
bin="${CARGO_TARGET_DIR:-target}/release/tactful"
generate="${CARGO_TARGET_DIR:-target}/release/examples/generate_corpus"
export TACTFUL_DB="$work/bench.sqlite"
if [ "$shape" = espanso ]; then
    "$generate" "$count" espanso "$work/packages"
    for file in "$work"/packages/*.json; do "$bin" --no-builtin import "$file" >/dev/null; done
    queries=(kalo "kalo sta" zip9021 "→" morxa)
else
    "$generate" "$count" "$shape" > "$work/packages.json"
    "$bin" --no-builtin import "$work/packages.json" >/dev/null
    queries=(refund "refund today" bestelling понимаю "manager policy")
fi
python3 - "$work" > "$work/lines.txt" <<'PY'
import glob, json, os, sys
for name in sorted(glob.glob(os.path.join(sys.argv[1], "packages*", "*.json")) + glob.glob(os.path.join(sys.argv[1], "packages.json"))):
    for phrase in json.load(open(name))["phrases"]:
        print(phrase["text"])
PY

median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

echo "$(wc -l < "$work/lines.txt") phrases ($shape)"
# The first search after an import builds the index and stores it beside the database; every
# later one reads it while the database is unchanged. Timed once, apart from the comparison.
start=$(date +%s%N)
"$bin" search "${queries[0]}" --limit 10 >/dev/null
echo "first search after the import (builds and stores the index): $(( ($(date +%s%N) - start) / 1000000 )) ms"
printf '%-22s %12s %12s %8s\n' query "tactful ms" "fzf ms" ratio
for query in "${queries[@]}"; do
    ours=$(median_ms "$bin" search "$query" --limit 10)
    theirs=$(median_ms sh -c "fzf --filter '$query' < '$work/lines.txt' | head -n 10")
    ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}')
    printf '%-22s %12s %12s %8s\n' "$query" "$ours" "$theirs" "$ratio"
done
