#!/usr/bin/env bash
# Prints the inventory's figures (see BENCHMARKS.md) on a generated tree of
# 100,000 small office-style text files, one in seven holding identifiers:
#  1. a bare stat walk (`find -printf`) and a plain `dpscan scan`;
#  2. the first `dpscan index` (time, database bytes per file and per finding);
#  3. an unchanged re-run: time beside the stat walk, and the files it opens
#     under the tree, counted by strace (the goal: none);
#  4. a re-run after one file changed: what it read;
#  5. a subject access search by name, NINO and email (through the word
#     index and the findings), beside the time a full re-scan takes;
#  6. breach assessments: one folder, the whole tree, the last run's window;
#  7. the erasure plan for the same person (the search, the inventory read
#     back for each file's verdict and other units, a plan row per unit).
# Usage: benches/index.sh [FILES]   (default 100000). Needs python3, GNU time, strace.
# DPSCAN=path uses a binary already built (default: a release build).
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DPSCAN_INDEX_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f

python3 - "$work/tree" "$files" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    folder = os.path.join(root, f"dept{i // 1000:03}")
    if i % 1000 == 0:
        os.makedirs(folder)
    text = f"Minutes of meeting {i}. The budget was agreed and the report circulated to members.\n"
    if i % 7 == 0:
        text += f"Employee NI number QQ {i % 100:02} 12 34 C, contact staff{i}@example.com, mobile 07700 900{i % 1000:03}\n"
    with open(os.path.join(folder, f"note{i:06}.txt"), "w") as out:
        out.write(text)
PY
if [[ -z ${DPSCAN:-} ]]; then
    cargo build --release --quiet
    DPSCAN=target/release/dpscan
fi
bin=$DPSCAN
find "$work/tree" -type f -printf '%p %s %T@\n' > /dev/null # warm the page cache

measure() { # label, command... ; prints seconds and peak RSS, leaves seconds in $secs
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out"
    read -r secs kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-44s %7.2f s  peak RSS %6.1f MiB\n", l, s, k / 1024 }'
}
changes() { tail -n 1 "$work/out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["changes"])'; }

echo "== $files files ($(nproc) cores)"
measure "find -printf (bare stat walk)" find "$work/tree" -type f -printf '%p %s %T@\n'
walk=$secs
measure "dpscan scan (no inventory)" $bin scan "$work/tree" --format jsonl
scan=$secs
measure "dpscan index, first run" $bin index "$work/tree" --db "$work/inv.db" --format jsonl
first=$secs
changes
findings=$(tail -n 1 "$work/out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["findings"])')
python3 - "$work/inv.db" "$files" "$findings" "$scan" "$first" <<'PY'
import os, sqlite3, sys
db, files, findings, scan, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
pages = dict(sqlite3.connect(db).execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
per_file = sum(v for k, v in pages.items() if k.startswith(("files", "sqlite_autoindex_files")))
per_finding = sum(v for k, v in pages.items() if k.startswith("findings"))
print(f"inventory: {os.path.getsize(db) / 2**20:.1f} MiB; files {per_file / files:.0f} bytes each (with indexes), "
      f"findings {per_finding / max(findings, 1):.0f} bytes each ({findings} findings); "
      f"first index {first / scan:.2f}x the time of a plain scan")
PY
measure "dpscan index, unchanged re-run" $bin index "$work/tree" --db "$work/inv.db" --format jsonl
changes
awk -v s="$secs" -v w="$walk" 'BEGIN { printf "unchanged re-run / stat walk: %.2fx\n", s / w }'
strace -f -qq -e trace=openat -o "$work/trace" $bin index "$work/tree" --db "$work/inv.db" --format jsonl > /dev/null
opened=$(grep -F "$work/tree/" "$work/trace" | grep -vc O_DIRECTORY || true)
echo "files under the tree opened by an unchanged re-run (strace openat): $opened"
echo "changed" >> "$work/tree/dept050/note050001.txt"
before=$(date -u +%FT%T.%NZ)
measure "dpscan index, one file changed" $bin index "$work/tree" --db "$work/inv.db" --format jsonl
changes
measure "dpscan sar (name, NINO, email)" $bin sar --db "$work/inv.db" --format jsonl \
    --name "Jane Smith" --nino "QQ 07 12 34 C" --email staff7@example.com
grep -c '"type":"hit"' "$work/out" | sed 's/^/hits: /'
awk -v s="$secs" -v f="$scan" 'BEGIN { printf "subject access search / full re-scan: %.3fx\n", s / f }'
after=$(date -u +%FT%T.%NZ)
people() { python3 -c 'import json,sys; a=json.load(sys.stdin); s=a["subjects"]; print("  %d files, people %d to %d, severity %s" % (a["files"]["exposed"], s["low"], s["high"], a["severity"]["level"]))' < "$work/out"; }
measure "dpscan breach, one folder (1,000 files)" $bin breach --db "$work/inv.db" "$work/tree/dept050" --format json
people
measure "dpscan breach, the whole tree" $bin breach --db "$work/inv.db" "$work/tree" --format json
people
measure "dpscan breach, the last run's window" $bin breach --db "$work/inv.db" --since "$before" --until "$after" --format json
people
measure "dpscan erase (name, NINO, email), csv" $bin erase --db "$work/inv.db" --format csv \
    --name "Jane Smith" --nino "QQ 07 12 34 C" --email staff7@example.com
tail -n +2 "$work/out" | cut -d, -f1 | sort | uniq -c | sed 's/^/plan rows: /'
