#!/usr/bin/env bash
# Prints the time, peak RSS and size of `dpscan sar --format html` for each
# subject of the labelled SAR share (fixtures/sar/generate.py), beside the
# same search as jsonl: what the page adds to the search.
# Usage: benches/sar_html.sh   (DPSCAN=path/to/dpscan to skip the release build)
# Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DPSCAN_INDEX_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
bin=${DPSCAN:-}
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=target/release/dpscan
fi

python3 fixtures/sar/generate.py "$work" > /dev/null
"$bin" index "$work/share" --db "$work/inv.db" -q > /dev/null

measure() { # label, command... ; prints seconds and peak RSS (best of 5)
    local label=$1; shift
    local best=
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
        read -r secs kb < "$work/time"
        if [ -z "$best" ] || awk -v a="$secs" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then best="$secs $kb"; fi
    done
    read -r secs kb <<< "$best"
    awk -v l="$label" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-46s %5.2f s  peak RSS %5.1f MiB", l, s, k / 1024 }'
}

python3 - "$work/subjects.json" > "$work/queries" <<'PY'
import json, sys
for subject, terms in json.load(open(sys.argv[1])).items():
    args = []
    for field, values in terms.items():
        for value in values if isinstance(values, list) else [values]:
            args += [f"--{field}", value]
    print(subject + "\t" + "\x1f".join(args))
PY
while IFS=$'\t' read -r subject query; do
    IFS=$'\x1f' read -r -a args <<< "$query"
    measure "$subject: sar --format jsonl" "$bin" sar --db "$work/inv.db" "${args[@]}" --format jsonl
    echo
    measure "$subject: sar --format html" "$bin" sar --db "$work/inv.db" "${args[@]}" --format html -o "$work/page.html"
    hits=$(grep -c '^<tr>$' "$work/page.html" || true)
    printf '  %s bytes, %s hits\n' "$(stat -c %s "$work/page.html")" "$hits"
done < "$work/queries"
