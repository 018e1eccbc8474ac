#!/usr/bin/env bash
# Whole-process comparison: `tactful search QUERY` on a 100,000-phrase database against
# `fzf --filter QUERY` on the same texts as lines. Prints each side's median and their ratio.
# Usage: benches/vs_fzf.sh [PHRASES] [RUNS]   (needs fzf: apt-get install fzf)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
runs="${2:-15}"
command -v fzf >/dev/null || { echo "fzf is not installed (apt-get install fzf)"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin tactful --example generate_corpus
bin=target/release/tactful
target/release/examples/generate_corpus "$count" > "$work/corpus.json"
export TACTFUL_DB="$work/bench.sqlite"
"$bin" --no-builtin import "$work/corpus.json" >/dev/null
python3 - "$work/corpus.json" > "$work/lines.txt" <<'PY'
import json, sys
for phrase in json.load(open(sys.argv[1]))["phrases"]:
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

printf '%-22s %12s %12s %8s\n' query "tactful ms" "fzf ms" ratio
for query in refund "refund today" bestelling понимаю "manager policy"; do
    ours=$(median_ms "$bin" search "$query" --limit 10)
    theirs=$(median_ms sh -c "fzf --filter '$query' < '$work/lines.txt' | head -n 10")
    ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}')
    printf '%-22s %12s %12s %8s\n' "$query" "$ours" "$theirs" "$ratio"
done
