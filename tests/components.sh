#!/usr/bin/env bash
# Installs the real components some tests drive, when they are missing:
# Chromium renders the HTML report (tests/browser.rs), a throwaway
# PostgreSQL cluster holds a central inventory (tests/postgres.rs), and
# Tesseract reads the scans (tests/ocr.rs). Debian and Ubuntu (apt-get, as
# root or through sudo). dpscan itself needs none of them.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd)
if ((${#need[@]})); then
    sudo=$( ((EUID == 0)) || echo sudo)
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
fi
