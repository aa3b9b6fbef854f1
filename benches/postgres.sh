#!/usr/bin/env bash
# Prints the central inventory's figures (see BENCHMARKS.md), on a generated
# tree of small office-style text files (one in seven holding identifiers,
# one in thirteen a named person), against a throwaway PostgreSQL cluster on
# a Unix socket (Debian's postgresql package; run as root it runs the server
# as the postgres user):
#  1. the first `dpscan index` and an unchanged re-run, into SQLite and into
#     PostgreSQL (throughput in files per second);
#  2. four agents at once, each a `--shard I/4` of the tree, into PostgreSQL;
#  3. a subject access search by name, NINO and email on each;
#  4. the shard sizes of a lopsided tree (one folder of 80% of the files).
# Usage: benches/postgres.sh [FILES]   (default 20000).
# DPSCAN=path/to/dpscan picks the binary (default: a release build).
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-20000}
work=$(mktemp -d /tmp/dpscan-pgbench.XXXXXX)
bin_dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_server=()
if [ "$(id -u)" = 0 ]; then chown postgres: "$work"; as_server=(runuser -u postgres --); fi
pg_ctl() { "${as_server[@]}" "$bin_dir/pg_ctl" -D "$work/data" -l "$work/log" -w "$@" > /dev/null; }
trap 'pg_ctl stop -m immediate || true; rm -rf "$work"' EXIT
"${as_server[@]}" "$bin_dir/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C > /dev/null
pg_ctl -o "-k $work -c listen_addresses=''" start
psql() { command psql -h "$work" -U postgres -qAt "$@"; }
export DPSCAN_INDEX_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f

generate() { # root, count, lopsided (0/1)
    python3 - "$@" <<'PY'
import os, sys
root, count, lopsided = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
for i in range(count):
    if lopsided:
        folder = os.path.join(root, "big" if i < count * 8 // 10 else f"small{i % 50:02}/a/b")
    else:
        folder = os.path.join(root, f"dept{i // 1000:03}")
    os.makedirs(folder, exist_ok=True)
    text = f"Minutes of meeting {i}. The budget was agreed and the report circulated to members.\n"
    if i % 7 == 0:
        text += f"Employee NI number QQ {i % 100:02} 12 34 C, contact staff{i}@example.com, mobile 07700 900{i % 1000:03}\n"
    if i % 13 == 0:
        text += "Dear Jane Smith, following your diagnosis of diabetes we have adjusted your duties.\n"
    with open(os.path.join(folder, f"note{i:06}.txt"), "w") as out:
        out.write(text)
PY
}
generate "$work/tree" "$files" 0
generate "$work/lopsided" 10000 1
if [ -z "${DPSCAN:-}" ]; then cargo build --release --quiet; DPSCAN=target/release/dpscan; fi
bin=$DPSCAN
find "$work/tree" -type f > /dev/null # warm the page cache

measure() { # label, command... ; prints seconds and files per second, leaves seconds in $secs
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out"
    read -r secs kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v k="$kb" -v n="$files" \
        'BEGIN { printf "%-52s %7.2f s  %8.0f files/s  peak RSS %6.1f MiB\n", l, s, n / s, k / 1024 }'
}
url() { echo "postgresql:///$1?user=postgres&host=$work"; }

echo "== $files files ($(nproc) cores), $("$bin_dir/postgres" --version)"
measure "sqlite: index, first run" $bin index "$work/tree" --db "$work/inv.db" -q
measure "sqlite: index, unchanged re-run" $bin index "$work/tree" --db "$work/inv.db" -q
psql -d postgres -c "CREATE DATABASE one" -c "CREATE DATABASE sharded"
measure "postgres: index, first run" $bin index "$work/tree" --db "$(url one)" -q
measure "postgres: index, unchanged re-run" $bin index "$work/tree" --db "$(url one)" -q
measure "postgres: 4 agents at once, --shard I/4 each" bash -c '
    for i in 1 2 3 4; do "$1" index "$2" --db "$3" -q --shard "$i/4" & done; wait' _ "$bin" "$work/tree" "$(url sharded)"
echo "postgres: database size $(psql -d one -c "SELECT pg_size_pretty(pg_database_size('one'))")," \
     "files $(psql -d one -c "SELECT pg_size_pretty(pg_total_relation_size('files'))")," \
     "findings $(psql -d one -c "SELECT pg_size_pretty(pg_total_relation_size('findings'))")," \
     "units and words $(psql -d one -c "SELECT pg_size_pretty(pg_total_relation_size('units'))")"
echo "sqlite: database size $(du -h "$work/inv.db" | cut -f1)"
query=(--name "Jane Smith" --nino "QQ 07 12 34 C" --email staff7@example.com --format jsonl)
measure "sqlite: sar (name, NINO, email)" $bin sar --db "$work/inv.db" "${query[@]}"
grep -c '"type":"hit"' "$work/out" | sed 's/^/  hits: /'
measure "postgres: sar (name, NINO, email)" $bin sar --db "$(url one)" "${query[@]}"
grep -c '"type":"hit"' "$work/out" | sed 's/^/  hits: /'

echo "== shards of a lopsided tree: 10000 files, 8000 of them in one folder"
for i in 1 2 3 4; do
    $bin index "$work/lopsided" --db "$work/lopsided.db" --shard "$i/4" --format jsonl |
        tail -n 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["files"])'
done | python3 -c '
import sys
sizes = [int(l) for l in sys.stdin]
mean = sum(sizes) / len(sizes)
print(f"shard sizes {sizes}: largest deviation from the mean {max(abs(s - mean) for s in sizes) / mean:.1%}")'
