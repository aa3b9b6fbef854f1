#!/usr/bin/env bash
# Issue 21 goal 1: CPU time of `dpscan scan` (full built-in pack, names and
# special categories included, 2 threads) beside ripgrep with a comparable
# set of nine UK PII regexes (benches/uk_pii.rg: NINO, sort code, 8-digit
# account, email, mobile, postcode, IBAN, card, NHS) over the same ~250 MB of
# generated office-style text (benches/office_text.py), page cache warm.
# Prints user+sys seconds of each and the ratio dpscan / rg (goal: <= 1).
# Usage: benches/vs_ripgrep.sh [DPSCAN] [FILES]   (default target/release/dpscan, 250)
set -euo pipefail
cd "$(dirname "$0")/.."
dpscan=${1:-target/release/dpscan}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/office_text.py "$work/share" "${2:-250}"
cat "$work/share"/* > /dev/null
echo "$(du -sb "$work/share" | cut -f1) bytes in $(ls "$work/share" | wc -l) files; load $(cut -d' ' -f1-3 /proc/loadavg)"

cpu() { # label, command...: user+sys seconds of the best of three runs
    local label=$1 best= t; shift
    for _ in 1 2 3; do
        /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null
        t=$(awk '{ print $1 + $2 }' "$work/time")
        best=$(awk -v a="$t" -v b="${best:-$t}" 'BEGIN { print (a < b) ? a : b }')
    done
    printf '%-44s %6.2f s CPU\n' "$label" "$best" >&2
    echo "$best"
}
d=$(cpu "dpscan scan -j 2 (full pack)" "$dpscan" scan "$work/share" --format jsonl -j 2 -q)
r=$(cpu "rg -j2 -c -f benches/uk_pii.rg" rg -j2 -c -f benches/uk_pii.rg "$work/share")
awk -v d="$d" -v r="$r" 'BEGIN { printf "ratio dpscan / rg: %.2f\n", d / r }'
