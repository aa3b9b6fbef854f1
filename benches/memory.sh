#!/usr/bin/env bash
# Peak memory whatever the input (issue 21, goal 6), beside the 256 MB bound:
#  1. a 10 GiB text file (the 1 GiB file of benches/run.sh written ten times),
#     `dpscan scan` on all cores, and `cat` reading it;
#  2. a tree of 1,000,000 empty files (1,000 folders of 1,000):
#     `dpscan retention --all` with a path-only policy, `dpscan scan`, and
#     `dpscan index` into a new SQLite inventory, then again (nothing changed);
#  3. a mailbox of 1,000,000 short messages (~136 MB; a text unit each):
#     `dpscan scan` and `dpscan index`.
# The 2 GB mailbox is benches/big_mbox.py (see BENCHMARKS.md).
# Usage: benches/memory.sh [DIR]  (default a temporary directory, deleted
# after; it needs 11 GB free). Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${1:-${TMPDIR:-/tmp}}/memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
dpscan=target/release/dpscan

measure() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null
    read -r secs user sys kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v u="$user" -v y="$sys" -v k="$kb" \
        'BEGIN { printf "%-44s %7.2f s wall %7.2f s CPU  peak RSS %6.1f MB (bound 256 MB)\n", l, s, u + y, k * 1024 / 1e6 }'
}

echo "== 10 GiB of text ($(nproc) cores)"
python3 benches/big_text.py "$work/one.txt" 1024
for _ in $(seq 10); do cat "$work/one.txt"; done > "$work/big.txt"
rm "$work/one.txt"
measure "cat (reading the bytes)" cat "$work/big.txt"
measure "dpscan scan, all cores" "$dpscan" scan "$work/big.txt" --format jsonl --no-progress
rm "$work/big.txt"

echo "== 1,000,000 empty files ($(nproc) cores)"
python3 - "$work/tree" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(1000):
    folder = os.path.join(root, f"d{d:03}")
    os.makedirs(folder)
    for f in range(1000):
        os.close(os.open(os.path.join(folder, f"f{f:03}.txt"), os.O_CREAT | os.O_WRONLY, 0o644))
PY
cat > "$work/policy.toml" <<'TOML'
[default]
keep = "7 years"
action = "review"
TOML
measure "find -printf (stat speed)" find "$work/tree" -type f -printf '%p %s %T@\n'
measure "dpscan retention --all" "$dpscan" retention "$work/tree" --policy "$work/policy.toml" --all \
    --format jsonl --no-progress
measure "dpscan scan" "$dpscan" scan "$work/tree" --format jsonl --no-progress
measure "dpscan index, a new inventory" "$dpscan" index "$work/tree" --db "$work/tree.db" -q
measure "dpscan index again, nothing changed" "$dpscan" index "$work/tree" --db "$work/tree.db" -q
rm -r "$work/tree" "$work"/tree.db*

echo "== a mailbox of 1,000,000 short messages ($(nproc) cores)"
python3 - "$work/short.mbox" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    for i in range(1_000_000):
        out.write(f"From sender@example.com Mon Jan  1 10:00:00 2024\nDate: {i % 28 + 1:02d} Mar {2010 + i % 15} "
                  f"09:30:00 +0000\nMessage-ID: <m{i}@example.com>\n\nNote {i} seen.\n\n")
PY
measure "dpscan scan" "$dpscan" scan "$work/short.mbox" --format jsonl --no-progress
measure "dpscan index, a new inventory" "$dpscan" index "$work/short.mbox" --db "$work/short.db" -q
