#!/bin/sh
# Times a dry-run import of a generated espanso configuration folder at N and 4N matches, so the
# folder import's growth can be read off (linear means 4N takes about four times as long).
# Usage: benches/import_espanso.sh [N] [binary]   (defaults: 2000, target/release/tactful)
set -eu
n="${1:-2000}"
binary="${2:-${CARGO_TARGET_DIR:-target}/release/tactful}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A folder of hub-shaped packages: 50 matches per package.yml, a third of the triggers repeated,
# one form and one whitespace-only replacement per package, plus a _manifest.yml each.
generate() {
    folder="$1"; total="$2"
    packages=$(( (total + 49) / 50 ))
    i=0
    while [ "$i" -lt "$packages" ]; do
        dir="$folder/match/packages/p$i"
        mkdir -p "$dir"
        printf 'name: p%s\nversion: 0.1.0\n' "$i" > "$dir/_manifest.yml"
        {
            echo "matches:"
            j=0
            while [ "$j" -lt 50 ]; do
                t=$(( j % 17 ))
                case "$j" in
                    0) printf '  - trigger: ":t%s"\n    replace: " "\n' "$t" ;;
                    1) printf '  - trigger: ":t%s"\n    replace: "Hi {{f.name}}"\n    vars:\n      - name: f\n        type: form\n        params:\n          layout: "Name [[name]]"\n' "$t" ;;
                    *) printf '  - trigger: ":t%s"\n    replace: "Snippet %s-%s: thanks for waiting"\n' "$t" "$i" "$j" ;;
                esac
                j=$(( j + 1 ))
            done
        } > "$dir/package.yml"
        i=$(( i + 1 ))
    done
}

run() {
    total="$1"
    folder="$work/config-$total"
    generate "$folder" "$total"
    best=""
    for _ in 1 2 3; do
        start=$(date +%s%N)
        "$binary" --db "$work/db-$total.sqlite" --no-builtin import "$folder" --dry-run > /dev/null
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best="$ms"; fi
    done
    echo "espanso folder, $total matches: best of 3 dry-run imports = ${best} ms"
}

run "$n"
run $(( n * 4 ))
