#!/usr/bin/env bash
# Prints dpscan's speed and memory figures (see BENCHMARKS.md):
#  1. detection throughput of the engine alone (criterion, benches/detect.rs);
#  2. whole-binary throughput and peak RSS on a generated 1 GiB text file,
#     beside `cat` reading the same bytes (the floor: the speed of reading).
#  3. `dpscan retention` over 100,000 files with a path-only policy, beside
#     `find -printf` listing the same metadata (the floor: stat speed).
# Usage: benches/run.sh [SIZE_MIB]   (default 1024). Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== engine throughput (criterion)"
cargo bench --bench detect 2>/dev/null | grep -E '^detect/|thrpt' | grep -v '%' | paste - - | awk '{print $1, $(NF-3), $(NF-2)}'

echo "== generating ${size_mib} MiB of synthetic text (1 identifier line in 50)"
python3 benches/big_text.py "$work/big.txt" "$size_mib"
bytes=$(stat -c %s "$work/big.txt")
cargo build --release --quiet
cat "$work/big.txt" > /dev/null # warm the page cache: measure scanning, not the disk

measure() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
    read -r secs kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v k="$kb" -v b="$bytes" \
        'BEGIN { printf "%-36s %7.2f s %8.0f MB/s  peak RSS %5.1f MiB\n", l, s, b / s / 1e6, k / 1024 }'
}
echo "== whole binary on $((bytes / 1048576)) MiB ($(nproc) cores)"
measure "cat (reading the bytes)" cat "$work/big.txt"
measure "dpscan scan, 1 thread" target/release/dpscan scan "$work/big.txt" --format jsonl -j 1
measure "dpscan scan, all cores" target/release/dpscan scan "$work/big.txt" --format jsonl
mkdir "$work/tree"
split -n l/512 -d -a 3 "$work/big.txt" "$work/tree/part-"
cat "$work/tree"/* > /dev/null
echo "== the same bytes as a tree of 512 files (parallelism is per file)"
measure "cat" sh -c "cat $work/tree/*"
measure "dpscan scan, 1 thread" target/release/dpscan scan "$work/tree" --format jsonl -j 1
measure "dpscan scan, all cores" target/release/dpscan scan "$work/tree" --format jsonl

echo "== retention audit of 100,000 files, path-only policy ($(nproc) cores)"
python3 - "$work/files" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(100):
    folder = os.path.join(root, ("Recruitment/Unsuccessful" if d % 10 == 0 else "Projects") + f"/batch{d:03}")
    os.makedirs(folder)
    for f in range(1000):
        path = os.path.join(folder, f"doc{f:04}.txt")
        with open(path, "w") as out:
            out.write("x")
        t = 1_500_000_000 + (d * 1000 + f) * 3000  # 2017 to 2026
        os.utime(path, (t, t))
PY
cat > "$work/policy.toml" <<'TOML'
[default]
keep = "7 years"
action = "review"

[[rule]]
id = "unsuccessful"
paths = ["**/Recruitment/Unsuccessful/**"]
keep = "6 months"
action = "review"
TOML
measure "find -printf (path, size, mtime)" find "$work/files" -type f -printf '%p %s %T@\n'
measure "dpscan retention --all, 1 thread" target/release/dpscan retention "$work/files" --all --format jsonl \
    --policy "$work/policy.toml" -j 1
measure "dpscan retention --all" target/release/dpscan retention "$work/files" --all --format jsonl \
    --policy "$work/policy.toml"
measure "dpscan retention (due only)" target/release/dpscan retention "$work/files" --format jsonl \
    --policy "$work/policy.toml"
