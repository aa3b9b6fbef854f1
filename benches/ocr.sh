#!/usr/bin/env bash
# Prints OCR figures (see BENCHMARKS.md) on copies of the generated scans in
# fixtures/scans (image-only PDFs, a TIFF, PNG and JPEG pages):
#  1. the engine alone: `tesseract` on each page image, one after another,
#     and the cost of starting it (`tesseract --version`);
#  2. `dpscan scan` of the same pages: pages per second, all cores and one,
#     peak RSS (the largest process: dpscan or an engine child);
#  3. `dpscan index`, then an unchanged re-run: pages OCR'd again (goal: 0);
#  4. a re-run after the PNG and JPEG pages are renamed, the TIFFs copied and
#     the PDFs touched: pages OCR'd again (goal: 0, recalled by content).
# Usage: benches/ocr.sh [COPIES]   (default 4). Needs Tesseract, pdfimages
# (poppler-utils) and GNU time. DPSCAN=path uses a binary already built.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DPSCAN_INDEX_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
if [[ -z ${DPSCAN:-} ]]; then
    cargo build --release --quiet
    DPSCAN=target/release/dpscan
fi

mkdir -p "$work/share" "$work/pages"
for i in $(seq 1 "$copies"); do
    for f in scanned.pdf flate.pdf forms.tiff letter.png fitnote.jpg; do
        cp "fixtures/scans/$f" "$work/share/$i-$f"
    done
done
# The same pages as image files, for the engine alone.
for i in $(seq 1 "$copies"); do
    pdfimages -all fixtures/scans/scanned.pdf "$work/pages/$i-scanned"
    pdfimages -all fixtures/scans/flate.pdf "$work/pages/$i-flate"
    for f in forms.tiff letter.png fitnote.jpg; do cp "fixtures/scans/$f" "$work/pages/$i-$f"; done
done
pages=$((copies * 9))
echo "$copies copies: $pages pages in $(ls "$work/share" | wc -l) files; $(nproc) cores"

measure() { # label, command... ; prints wall and CPU seconds (children included), pages/s, peak RSS
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>/dev/null
    read -r secs user sys kb < "$work/time"
    awk -v l="$label" -v s="$secs" -v u="$user" -v y="$sys" -v k="$kb" -v p="$pages" \
        'BEGIN { printf "%-42s %7.2f s wall %7.2f s CPU  %5.2f pages/s  %5.2f CPU s/page  peak RSS %6.1f MiB\n",
                 l, s, u + y, p / s, (u + y) / p, k / 1024 }'
}

start=$(date +%s.%N)
for _ in $(seq 1 20); do tesseract --version > /dev/null 2>&1; done
echo "starting the engine (tesseract --version, mean of 20): $(echo "($(date +%s.%N) - $start) * 50" | bc -l | cut -c1-5) ms"
export OMP_THREAD_LIMIT=1
measure "tesseract alone, one page after another" \
    sh -c "for f in '$work'/pages/*; do tesseract \"\$f\" stdout -l eng --psm 1 tsv; done"
measure "dpscan scan, all cores" "$DPSCAN" scan "$work/share" --ocr always --format jsonl
measure "dpscan scan, 1 thread" "$DPSCAN" scan "$work/share" --ocr always --format jsonl -j 1
grep '"type":"summary"' "$work/out" | grep -o '"ocr":{[^}]*}'
measure "dpscan index, first run" "$DPSCAN" index "$work/share" --db "$work/inv.db" --ocr always --format jsonl
measure "dpscan index, unchanged re-run" "$DPSCAN" index "$work/share" --db "$work/inv.db" --ocr always --format jsonl
echo "pages OCR'd by the re-run: $(grep -o '"ocr":{[^}]*}' "$work/out" || echo none)"
for f in "$work"/share/*-letter.png "$work"/share/*-fitnote.jpg; do mv "$f" "$work/share/moved-${f##*/}"; done
for f in "$work"/share/*-forms.tiff; do cp "$f" "$work/share/copy-${f##*/}"; done
touch "$work"/share/*.pdf
measure "dpscan index, renamed/copied/touched re-run" "$DPSCAN" index "$work/share" --db "$work/inv.db" --ocr always --format jsonl
echo "pages OCR'd by the re-run: $(grep -o '"ocr":{[^}]*}' "$work/out" || echo none)"
tail -n 1 "$work/out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["changes"])'
