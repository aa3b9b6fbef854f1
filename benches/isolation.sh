#!/usr/bin/env bash
# The cost of reading in worker processes (issue 20, isolation): each input
# scanned alternately with workers (the default) and with --no-isolate (a
# reader thread in-process, as before), three times each, release build.
#  1. plain text: 256 MiB as one file and as 512 files (stays in-process:
#     the figures should not move);
#  2. mixed: fixtures/{formats,pdf,mail,share} copied 40 times (~3,000
#     files, most of them read by workers), one thread and all cores;
#  3. the hostile set (benches/hostile.py, CSV of 100 MiB) under
#     `ulimit -v 4000000`, --timeout 10.
# Peak RSS is GNU time's: the largest of dpscan and its workers.
# Usage: benches/isolation.sh   (DPSCAN=path/to/dpscan to use a build of
# your own instead of building one)   Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${DPSCAN:-}
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=target/release/dpscan
fi

python3 - "$work/big.txt" <<'PY'
import random, sys
random.seed(7)
words = "the meeting agreed that budget for next year should include staff training".split()
ids = ["Employee NI number QQ 12 34 56 C, contact jane.example@example.com",
       "Mobile 07700 900123, sort code 12-34-56, account number 12345678"]
block = "\n".join(ids[i // 50 % 2] if i % 50 == 49 else " ".join(random.choice(words) for _ in range(12))
                  for i in range(20000)).encode() + b"\n"
with open(sys.argv[1], "wb") as f:
    for _ in range(256 * 2**20 // len(block) + 1):
        f.write(block)
PY
mkdir "$work/tree" "$work/mixed"
split -n l/512 -d -a 3 "$work/big.txt" "$work/tree/part-"
for i in $(seq -w 1 40); do
    mkdir "$work/mixed/$i"
    cp -r fixtures/formats fixtures/pdf fixtures/mail fixtures/share "$work/mixed/$i/"
done
python3 benches/hostile.py "$work/hostile" 100 > /dev/null
cat "$work/big.txt" "$work/tree"/* > /dev/null

measure() { # label, command...
    local label=$1; shift
    for mode in workers in-process; do
        local flag=()
        [ "$mode" = in-process ] && flag=(--no-isolate)
        for run in 1 2 3; do
            /usr/bin/time -f "%e %M" -o "$work/time" "$@" "${flag[@]}" > "$work/out.jsonl"
            read -r secs kb < "$work/time"
            summary=$(tail -1 "$work/out.jsonl" | python3 -c 'import json, sys
s = json.load(sys.stdin); print(s["files"], "files,", s["findings"], "findings,", s["errors"], "errors")')
            awk -v l="$label" -v m="$mode" -v s="$secs" -v k="$kb" -v t="$summary" \
                'BEGIN { printf "%-28s %-10s %6.2f s  peak RSS %6.1f MiB  %s\n", l, m, s, k / 1024, t }'
        done
    done
}
scan=("$bin" scan --format jsonl --no-progress --ocr never)

echo "== plain text ($(nproc) cores)"
measure "256 MiB file, -j 1" "${scan[@]}" "$work/big.txt" -j 1
measure "512 files, all cores" "${scan[@]}" "$work/tree"
echo "== mixed: $(find "$work/mixed" -type f | wc -l) files, $(du -sh "$work/mixed" | cut -f1)"
measure "mixed, -j 1" "${scan[@]}" "$work/mixed" -j 1
measure "mixed, all cores" "${scan[@]}" "$work/mixed"
echo "== hostile set under ulimit -v 4000000"
ulimit -v 4000000
measure "hostile, --timeout 10" "${scan[@]}" "$work/hostile" --timeout 10
