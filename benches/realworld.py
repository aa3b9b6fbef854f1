#!/usr/bin/env python3
"""Word recall of `dpscan extract` against the reference tools on real-world
documents: other projects' own test files, listed in benches/realworld.json
(source repository, commit, licence, paths).

    python3 benches/realworld.py --assemble                  # fetch the files into /work/corpus
    python3 benches/realworld.py --assemble --mirror /work/.mirror   # from local bare clones instead
    python3 benches/realworld.py --dpscan target/debug/dpscan [--formats pdf,doc] [--show-missing 10]

--assemble writes every listed file to CORPUS/OWNER+NAME/PATH, from
`git --git-dir MIRROR/OWNER+NAME/repo show COMMIT:PATH` when that clone has
the commit, else from raw.githubusercontent.com at the listed commit. The
corpus is never committed.

Measuring runs, per file, the reference tools of its format in order until
one reads it (exit 0), and `dpscan extract --ocr never FILE` (no reference OCRs):
    pdf   pdftotext FILE -
    doc   antiword -m UTF-8.txt -w 0 FILE, then catdoc -d utf-8 -w FILE
    docx  docx2txt FILE -
    rtf   unrtf --text FILE (its `###` comment lines dropped; Latin-1 output)
    odt   odt2txt --encoding=UTF-8 FILE
    ods   odt2txt --encoding=UTF-8 FILE
    xlsx  openpyxl (every sheet's cell values)
    xls   xlrd (every sheet's text, number and date cells)
    pptx  python-pptx (text frames, tables, notes)
    eml   Python's email (From, To, Cc, Subject, the body as a mail client picks it:
          text/plain, else text/html as text; text attachments)
    msg   extract-msg (subject, sender, to, cc, body)
Per format it prints the files, the files the reference read (exit 0 and at
least one word), its words, dpscan's recall of them (textcmp.py), and the
files read by one side only: rejected by dpscan (an error, unsupported,
encrypted, or a scan needing OCR) that the reference read, and the reverse.
--show-missing N lists per format the N files with the most missing words,
with their most common missing words and dpscan's error for rejected files.
Reference outputs are cached in CORPUS/.reference.json (keyed by this
script's and textcmp.py's contents), so a second run times only dpscan.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import subprocess
import sys
import urllib.request
from pathlib import Path

from textcmp import dpscan_text, dump_command, run_tool, words

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "realworld.json"
VERSION = hashlib.sha256((HERE / "realworld.py").read_bytes() + (HERE / "textcmp.py").read_bytes()).hexdigest()[:16]
ODF = [("odt2txt", lambda f: ["odt2txt", "--encoding=UTF-8", f], None)]
REFERENCES = {  # format -> [(tool, argv builder, output filter)], tried in order until one reads the file
    "pdf": [("pdftotext", lambda f: ["pdftotext", f, "-"], None)],
    "doc": [("antiword", lambda f: ["antiword", "-m", "UTF-8.txt", "-w", "0", f], None),
            ("catdoc", lambda f: ["catdoc", "-d", "utf-8", "-w", f], None)],
    "docx": [("docx2txt", lambda f: ["docx2txt", f, "-"], None)],
    "rtf": [("unrtf", lambda f: ["unrtf", "--text", f],
             lambda t: "\n".join(x for x in t.splitlines() if not x.startswith("###")))],
    "odt": ODF,
    "ods": ODF,
    **{fmt: [(tool, lambda f, fmt=fmt: [*dump_command(fmt), f], None)]
       for fmt, tool in [("xlsx", "openpyxl"), ("xls", "xlrd"), ("pptx", "python-pptx"),
                         ("eml", "email"), ("msg", "extract-msg")]},
}
ENCODING = {"unrtf": "latin-1"}
FORMATS = list(REFERENCES)


def local_name(repo: str) -> str:
    return repo.replace("/", "+")


def entries(manifest: dict):
    """(source, path in repository, path in corpus) of every listed file."""
    for src in manifest["sources"]:
        for path in src["files"]:
            yield src, path, Path(local_name(src["repo"])) / path


def assemble(manifest: dict, corpus: Path, mirror: Path | None) -> None:
    counts = collections.Counter()
    for src, path, rel in entries(manifest):
        dest = corpus / rel
        if dest.exists():
            counts["present"] += 1
            continue
        git = mirror / local_name(src["repo"]) / "repo" if mirror else None
        data = None
        if git and git.is_dir():
            p = subprocess.run(["git", f"--git-dir={git}", "show", f"{src['commit']}:{path}"], capture_output=True)
            data = p.stdout if p.returncode == 0 else None
        if data is None:
            url = f"https://raw.githubusercontent.com/{src['repo']}/{src['commit']}/{urllib.request.quote(path)}"
            try:
                with urllib.request.urlopen(url, timeout=60) as r:
                    data = r.read()
            except OSError as e:
                print(f"{src['repo']} {path}: {e}", file=sys.stderr)
                counts["failed"] += 1
                continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        counts["written"] += 1
    print(f"corpus {corpus}: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))


def reference(path: Path, fmt: str, timeout: float) -> tuple[str | None, str]:
    """(text or None if no reference tool reads the file, the tool that did or the last error)."""
    last = ""
    for tool, build, filt in REFERENCES[fmt]:
        out, _, err = run_tool(build(str(path)), timeout, ENCODING.get(tool, "utf-8"))
        if out is not None:
            return (filt(out) if filt else out), tool
        last = f"{tool}: {err}"
    return None, last


def references(files: list[Path], corpus: Path, timeout: float) -> dict:
    cache_file = corpus / ".reference.json"
    cache = json.loads(cache_file.read_text()) if cache_file.exists() else {}
    if cache.get("version") != VERSION:
        cache = {"version": VERSION, "files": {}}
    done = cache["files"]
    for f in files:
        rel = str(f.relative_to(corpus))
        if rel not in done:
            done[rel] = reference(f, f.suffix[1:].lower(), timeout)
    cache_file.write_text(json.dumps(cache))
    return done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/work/corpus"))
    ap.add_argument("--assemble", action="store_true", help="fetch the manifest's files into the corpus and stop")
    ap.add_argument("--mirror", type=Path, help="directory of bare clones OWNER+NAME/repo to read first")
    ap.add_argument("--dpscan", default=str(HERE.parent / "target" / "release" / "dpscan"))
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--timeout", type=float, default=60, help="seconds per file and tool")
    ap.add_argument("--show-missing", type=int, default=0, metavar="N")
    args = ap.parse_args()
    manifest = json.loads(MANIFEST.read_text())
    if args.assemble:
        assemble(manifest, args.corpus, args.mirror)
        return 0

    formats = args.formats.split(",")
    files = [args.corpus / rel for _, _, rel in entries(manifest)
             if (args.corpus / rel).is_file() and rel.suffix[1:].lower() in formats]
    refs = references(files, args.corpus, args.timeout)
    stats = collections.defaultdict(collections.Counter)
    per_file = collections.defaultdict(list)  # format -> [(missing words, file, missing counter, dpscan error)]
    for f in files:
        fmt, rel = f.suffix[1:].lower(), str(f.relative_to(args.corpus))
        ref, ref_tool = refs[rel]
        raw, secs, err = run_tool([args.dpscan, "extract", "--ocr", "never", str(f)], args.timeout)
        rw, dw = words(ref or ""), words(dpscan_text(raw or ""))
        ref_read = bool(rw)
        missing = rw - dw
        s = stats[fmt]
        s["files"] += 1
        s["ref_read"] += ref_read
        s["ref_words"] += sum(rw.values())
        s["dp_words"] += sum(dw.values())
        s["common"] += sum((rw & dw).values())
        s["dp_rejected_ref_read"] += raw is None and ref_read
        s["ref_rejected_dp_read"] += bool(dw) and not ref_read
        s["both_rejected"] += not dw and not ref_read
        s["dp_ms"] += round(secs * 1000)
        per_file[fmt].append((sum(missing.values()), rel, missing, err if raw is None else "", ref_tool))

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "-"

    print(f"dpscan: `{args.dpscan} extract --ocr never FILE`; corpus {args.corpus} ({len(files)} files)\n")
    print("| format | files | reference read | ref words | dpscan words | recall "
          "| dpscan rejected, ref read | ref unread, dpscan read | neither read | dpscan s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    total = collections.Counter()
    for fmt in formats + ["all"]:
        s = total if fmt == "all" else stats[fmt]
        if fmt != "all":
            total.update(s)
        if s["files"]:
            print(f"| {fmt} | {s['files']} | {s['ref_read']} | {s['ref_words']} | {s['dp_words']} "
                  f"| {pct(s['common'], s['ref_words'])} | {s['dp_rejected_ref_read']} "
                  f"| {s['ref_rejected_dp_read']} | {s['both_rejected']} | {s['dp_ms'] / 1000:.1f} |")
    if args.show_missing:
        for fmt in formats:
            worst = sorted(per_file[fmt], key=lambda x: (-x[0], x[1]))
            worst = [w for w in worst if w[0] or w[3]][:args.show_missing]
            if worst:
                print(f"\n### {fmt}: files with the most reference words dpscan missed")
            for n, rel, missing, err, tool in worst:
                top = ", ".join(f"{w} ({c})" for w, c in missing.most_common(12))
                print(f"- {rel} [{tool}]: {n} missing" + (f"; dpscan: {err}" if err else "") + (f": {top}" if top else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
