#!/bin/sh
# The nightly audit: update the inventory of a share and keep what changed.
# Reads only files that changed since the last night; a policy change
# re-judges every file without reading one. Exits 0 when nothing needs a
# person, 1 when a file newly holds personal or special-category data, became
# due for deletion or review, or changed after a reviewer marked it (the
# change report says which), 2 on an error (the share was not there, the
# inventory or its key could not be opened).
#
# Settings (environment, e.g. a systemd EnvironmentFile):
#   DPSCAN_SHARE    the folder to audit (required)
#   DPSCAN_DB       the inventory file (required); its key is DPSCAN_DB.key
#                   unless DPSCAN_INDEX_KEY holds it
#   DPSCAN_REPORTS  where each night's change report goes (required)
#   DPSCAN_POLICY   a retention policy file (default: the built-in schedule)
#   DPSCAN_BIN      the dpscan binary (default: dpscan on PATH)
set -eu
: "${DPSCAN_SHARE:?set DPSCAN_SHARE}" "${DPSCAN_DB:?set DPSCAN_DB}" "${DPSCAN_REPORTS:?set DPSCAN_REPORTS}"
umask 077
mkdir -p "$DPSCAN_REPORTS"
report="$DPSCAN_REPORTS/changes-$(date +%Y-%m-%d).jsonl"
set -- index "$DPSCAN_SHARE" --db "$DPSCAN_DB" --format jsonl --quiet --fail-on-changes --output "$report"
if [ -n "${DPSCAN_POLICY:-}" ]; then
    set -- "$@" --policy "$DPSCAN_POLICY"
fi
exec "${DPSCAN_BIN:-dpscan}" "$@"
