#!/usr/bin/env bash
# The 2 GB mailbox (issue 21, goals 4 and 6): `dpscan scan` and `dpscan
# index` (into a new SQLite inventory) of the mbox of benches/big_mbox.py
# (851,000 MIME messages of ~2.5 KB) on all cores, their throughput beside
# the goal of 150 MB/s and `cat` reading the same bytes, their peak RSS
# beside the bound of 256 MB. Page cache warm (read once first).
# Usage: benches/mailbox.sh [DPSCAN] [MBOX]  (default target/release/dpscan,
# built; the mbox is written to a temporary directory and deleted after
# unless MBOX names one, which is written only if missing). Needs python3
# and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/mailbox.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpscan=${1:-}
if [ -z "$dpscan" ]; then
    cargo build --release --quiet
    dpscan=target/release/dpscan
fi
mbox=${2:-$work/big.mbox}
[ -e "$mbox" ] || python3 benches/big_mbox.py "$mbox"
bytes=$(stat -c %s "$mbox")
cat "$mbox" > /dev/null

measure() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null
    read -r secs user sys kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v u="$user" -v y="$sys" -v k="$kb" -v b="$bytes" 'BEGIN {
        printf "%-22s %7.2f s wall %7.2f s CPU (%.2f system)  %7.1f MB/s (goal 150: %.2fx)  peak RSS %6.1f MB (bound 256)\n",
            l, s, u + y, y, b / 1e6 / s, b / 1e6 / s / 150, k * 1024 / 1e6 }'
}

echo "$(basename "$mbox"): $bytes bytes, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "cat" cat "$mbox"
measure "dpscan scan" "$dpscan" scan "$mbox" --format jsonl --no-progress -o "$work/out.jsonl"
echo "records: $(wc -l < "$work/out.jsonl"), load after $(cut -d' ' -f1-3 /proc/loadavg)"
measure "dpscan index" "$dpscan" index "$mbox" --db "$work/inventory.db" -q -o /dev/null
