#!/usr/bin/env bash
# Importing a collection already imported from another path (a moved file, a new followed
# folder), with the release binary, beside the two imports it is compared with: the first import
# of the same collection into an empty phrasebook, and re-importing it from the same path. Each
# size runs RUNS times (default 3) on a fresh database; each line gives the median time, the range
# and the largest peak memory. Then the growth of the moved import from the smallest size to
# four times it (linear work grows ×4) and the machine's load, which these figures depend on.
# BINS="old new" compares binaries on the same load: each run imports with each of them in turn
# (a before/after comparison on a shared machine; the figures are printed per binary).
# Usage: [RUNS=n] [BINS="tactful ..."] benches/import_moved.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(4000 16000 100000); fi
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin tactful --example generate_corpus
release="${CARGO_TARGET_DIR:-target}/release"
read -r -a bins <<< "${BINS:-$release/tactful}"

# Runs one timed import with binary $tactful; appends "seconds kilobytes" to $work/<label>.
timed() {
    local label="$1" file="$2"
    /usr/bin/time -f "%e %M" -o "$work/one" "$tactful" --no-builtin import "$file" >/dev/null
    cat "$work/one" >> "$work/$label"
}

# "median s (min–max), peak RSS N MiB" of the runs recorded under a label.
summary() {
    sort -n "$1" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
        END { printf "%.2f s (%.2f–%.2f), peak RSS %d MiB", t[int((NR + 1) / 2)], t[1], t[NR], m / 1024 }'
}

declare -A moved_median
for count in "${sizes[@]}"; do
    "$release/examples/generate_corpus" "$count" > "$work/first.json"
    mkdir -p "$work/moved"
    # Also edited upstream (every sentence ends differently), so each phrase is checked against
    # the first path's merge base: the lookup that was quadratic.
    sed 's/\."/!"/g' "$work/first.json" > "$work/moved/team.json"
    rm -f "$work"/*-"$count"
    for _ in $(seq "$runs"); do
        for which in "${!bins[@]}"; do
            tactful="${bins[$which]}"
            export TACTFUL_DB="$work/db.sqlite"
            rm -rf "$work/db.sqlite"* "$work/backups"
            timed "first$which-$count" "$work/first.json"
            timed "same$which-$count" "$work/first.json"
            timed "moved$which-$count" "$work/moved/team.json"
        done
    done
    for which in "${!bins[@]}"; do
        if [ "${#bins[@]}" -gt 1 ]; then echo "${bins[$which]}:"; fi
        echo "$count phrases, first import: $(summary "$work/first$which-$count")"
        echo "$count phrases, again from the same path: $(summary "$work/same$which-$count")"
        echo "$count phrases known from another source: $(summary "$work/moved$which-$count")"
        moved_median[$which-$count]="$(sort -n "$work/moved$which-$count" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')"
    done
done
smallest="${sizes[0]}"
larger=$((smallest * 4))
for which in "${!bins[@]}"; do
    if [ -n "${moved_median[$which-$larger]:-}" ]; then
        if [ "${#bins[@]}" -gt 1 ]; then printf '%s: ' "${bins[$which]}"; fi
        awk -v a="${moved_median[$which-$smallest]}" -v b="${moved_median[$which-$larger]}" -v s="$smallest" -v l="$larger" \
            'BEGIN { printf "growth of the moved import %d → %d: ×%.1f\n", s, l, (a > 0 ? b / a : 0) }'
    fi
done
echo "load: $(uptime | sed 's/.*load average: //')"
