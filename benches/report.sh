#!/usr/bin/env bash
# The reports for people on a generated share (see BENCHMARKS.md): the time
# and size of `--format html` (beside jsonl, the cheapest report), of the
# review workbook and of the asset register, and the HTML page's screenshot.
# The share: FILES small office-style text files in 100 folders under 10
# departments, dated over 12 years, one in five holding identifiers (NINO,
# email, phone), one in 25 a card number, one in 40 health data.
# Usage: benches/report.sh [FILES] [PROFILE]   (defaults 100000, release).
# Needs python3, GNU time; chromium for the screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-100000}
profile=${2:-release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/share" "$files" <<'PY'
import os, sys, time
root, count = sys.argv[1], int(sys.argv[2])
depts = ["HR", "Finance", "Clinic", "Admin", "IT", "Sales", "Legal", "Estates", "Projects", "Shared"]
now = time.time()
for i in range(count):
    folder = os.path.join(root, depts[i % 10], f"team{i // 10 % 10}")
    os.makedirs(folder, exist_ok=True)
    text = f"Minutes of meeting {i}. The budget was agreed and the report circulated to members.\n"
    if i % 5 == 0:
        text += f"Employee NI number QQ {i % 100:02} 12 34 C, contact staff{i}@example.com, mobile 07700 900{i % 1000:03}\n"
    if i % 25 == 0:
        text += "Card number: 4111 1111 1111 1111\n"
    if i % 40 == 0:
        text += f"Patient Jane Example{i} was referred for diabetes treatment; NHS number 943 476 5919\n"
    path = os.path.join(folder, f"note{i:06}.txt")
    with open(path, "w") as out:
        out.write(text)
    age = (i * 7919 % 4380) * 86400  # up to 12 years, spread
    os.utime(path, (now - age, now - age))
PY
cargo build --profile "$profile" --quiet
dir=$profile
[ "$profile" = dev ] && dir=debug
bin=${CARGO_TARGET_DIR:-target}/$dir/dpscan
find "$work/share" -type f -printf '%p %s %T@\n' > /dev/null # warm the page cache

measure() { # label, output file, command...
    local label=$1 out=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
    read -r secs kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v k="$kb" -v b="$(stat -c %s "$out")" \
        'BEGIN { printf "%-34s %7.2f s  peak RSS %6.1f MiB  output %8.1f KiB\n", l, s, k / 1024, b / 1024 }'
}

echo "== $files files ($(nproc) cores, $profile profile)"
measure "scan --format jsonl" "$work/scan.jsonl" $bin scan "$work/share" --format jsonl -o "$work/scan.jsonl"
measure "scan --format html" "$work/report.html" $bin scan "$work/share" --format html -o "$work/report.html"
measure "scan --format xlsx" "$work/review.xlsx" $bin scan "$work/share" --format xlsx -o "$work/review.xlsx"
measure "iar --format xlsx" "$work/iar.xlsx" $bin iar "$work/share" --format xlsx -o "$work/iar.xlsx"
measure "retention --format html" "$work/due.html" $bin retention "$work/share" --format html -o "$work/due.html"
if [ -x /usr/bin/chromium ]; then
    profile_dir=$(mktemp -d)
    start=$(date +%s.%N)
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile_dir" --hide-scrollbars \
        --window-size=1280,2200 --screenshot="${SHOT:-$work/report.png}" "file://$work/report.html" 2> /dev/null
    awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "chromium: load and screenshot  %.2f s\n", e - s }'
    rm -rf "$profile_dir"
fi
