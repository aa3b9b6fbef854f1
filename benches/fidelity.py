#!/usr/bin/env python3
"""Text fidelity and speed of `dpscan extract` on office formats, against the
reference tool a user would reach for.

    python3 benches/fidelity.py                          # 25 files per format in /tmp/dpscan-fidelity
    python3 benches/fidelity.py --n 50 --formats docx,xlsx --show-missing 15
    DPSCAN=target/debug/dpscan python3 benches/fidelity.py

1. Generates a corpus with a fixed seed (synthetic prose plus identifiers from
   the ranges in fixtures/README.md): docx with python-docx (headings, lists,
   tables, headers and footers, runs split mid-word, tabs and line breaks,
   comments); doc, rtf and odt converted from those docx by LibreOffice (one
   batched `soffice --convert-to` per format); xlsx with openpyxl (several
   sheets, text, integers, decimals, dates); xls and ods converted from those
   by LibreOffice; pptx with python-pptx (titles, bullets, text boxes, tables,
   speaker notes). Paragraphs in the docx carry `w:rsidR` attributes as Word
   writes them: docx2txt joins paragraphs written as a bare `<w:p>` (python-docx
   default) into one line, which would glue words together in the reference.
   The corpus is reused when its manifest matches (n, seed, script version);
   --regenerate forces a rebuild.
2. Runs the reference tool per file, one process per file:
     docx  docx2txt FILE -
     doc   catdoc -d utf-8 -w FILE        and antiword -m UTF-8.txt -w 0 FILE
     rtf   unrtf --text FILE              (its `###` comment lines dropped; it writes
                                          Latin-1 and `?` for characters outside it)
     odt   pandoc -t plain --wrap=none FILE
     xlsx  xlsx2csv --all FILE            (its `-------- N - Sheet` separators dropped)
     xls   xls2csv -d utf-8 FILE          (catdoc's; prints date cells as serial numbers)
     ods   an odfpy dump of every text:p (pandoc cannot read ods; `soffice
           --convert-to csv` converts only the first sheet and takes seconds)
     pptx  a python-pptx dump of every text frame, table cell and the notes
           (pandoc 2.17 cannot read pptx)
   and `$DPSCAN extract FILE` (default target/release/dpscan next to this
   script). The `# ` header line and the `## ` location lines of dpscan's
   output are dropped. A non-zero exit, a timeout or a missing binary counts as
   empty output and as a failure.
3. Splits both outputs into lowercase `\\w+` words (Unicode) and prints a
   Markdown table per format and reference tool. `recall` is the multiset
   intersection of the two word lists divided by the reference's word count:
   the share of the reference tool's words that dpscan also extracts. `extra`
   is the share of dpscan's words the reference does not have (headers,
   footers, comments, notes, sheet names... or noise). Times are wall time
   over the whole format set, one process per file, run one after the other;
   MB/s is input bytes over that time.

Needs python-docx, openpyxl, python-pptx, odfpy, LibreOffice (soffice, run
with its own profile in /tmp/lo-office-helper), docx2txt, catdoc, antiword,
unrtf, pandoc and xlsx2csv.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from textcmp import dpscan_text, dump_command, run_tool, words

ROOT = Path(__file__).resolve().parent.parent
SOFFICE_PROFILE = "file:///tmp/lo-office-helper"
VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
FORMATS = ["docx", "doc", "rtf", "odt", "xlsx", "xls", "ods", "pptx"]
DEFAULT_DPSCAN = os.environ.get("DPSCAN", str(ROOT / "target" / "release" / "dpscan"))

# ---------------------------------------------------------------------------
# Synthetic content (fixed seed). Identifiers from the ranges of fixtures/README.md.
# ---------------------------------------------------------------------------

WORDS = (
    "the council agreed that budget for next year should include staff training and a review of shared "
    "drive folders before march report circulated to members meeting minutes action owner payroll office "
    "manager contract holiday request approved pending sickness absence policy retention schedule archive "
    "invoice supplier customer complaint resolved escalated deadline project update quarterly figures "
    "team building induction handbook safeguarding training certificate renewal laptop returned keys "
    "parking permit newsletter volunteer rota weekend cover overtime claim expenses mileage receipt "
    "café naïve résumé coöperate Zoë Łódź Dvořák façade"
).split()
FIRST = ["Jane", "Oliver", "Priya", "Tom", "Alex", "Daniel", "Joanna", "Margaret", "Susan", "Ruth", "Samuel",
         "Helen", "Renée", "Siobhán", "Mohammed", "Aisha", "Wojciech", "Chidi"]
LAST = ["Example", "Specimen", "Testwell", "Placeholder", "Sample", "Sampleton", "Fixture", "Dummy"]
POSTCODES = ["SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]
CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005"]
IBANS = ["GB82 WEST 1234 5698 7654 32", "GB33 BUKB 2020 1555 5555 55", "DE89 3704 0044 0532 0130 00"]


def nino(rng):
    return f"QQ {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}"


def phone(rng):
    return rng.choice([f"07700 900{rng.randint(0, 999):03d}", f"020 7946 0{rng.randint(0, 999):03d}",
                       f"0113 496 0{rng.randint(0, 999):03d}"])


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email(rng):
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}{rng.randint(1, 99)}@example.{rng.choice(['com', 'org', 'net'])}"


def dob(rng):
    d = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
    return d


def identifier_sentence(rng) -> str:
    d = dob(rng)
    return rng.choice([
        f"{person(rng)}, NI number {nino(rng)}, email {email(rng)}.",
        f"Mobile {phone(rng)}, DOB: {d:%d/%m/%Y}.",
        f"Salary paid to sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}, "
        f"account number {rng.randint(10000000, 99999999)}.",
        f"Address: {rng.randint(1, 99)} Example Road, London {rng.choice(POSTCODES)}.",
        f"Refund to card {rng.choice(CARDS)} or IBAN {rng.choice(IBANS)}.",
        f"Date of birth {d.day} {d:%B %Y}, contact {phone(rng)}.",
    ])


def sentence(rng) -> str:
    if rng.random() < 0.15:
        return identifier_sentence(rng)
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    if rng.random() < 0.3:
        words.insert(rng.randint(0, len(words)), str(rng.randint(1, 2030)))
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "?", "!", ";"])


def paragraph(rng) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))


# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------


def make_docx(path: Path, rng: random.Random) -> None:
    import docx
    from docx.oxml.ns import qn

    d = docx.Document()
    d.core_properties.author = person(rng)
    d.add_heading(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).title(), level=1)
    if rng.random() < 0.5:
        d.sections[0].header.paragraphs[0].text = f"Example Widgets Ltd - {rng.choice(WORDS)} {rng.choice(WORDS)}"
        d.sections[0].footer.paragraphs[0].text = f"Page footer: contact {email(rng)}"
    for _ in range(rng.randint(4, 14)):
        r = rng.random()
        if r < 0.12:
            d.add_heading(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize(), level=2)
        elif r < 0.25:
            for _ in range(rng.randint(2, 5)):
                d.add_paragraph(sentence(rng), style="List Bullet")
        elif r < 0.37:
            rows, cols = rng.randint(2, 6), rng.randint(2, 4)
            t = d.add_table(rows=rows, cols=cols)
            t.style = "Table Grid"
            for i in range(rows):
                for j in range(cols):
                    t.cell(i, j).text = (rng.choice(WORDS).title() if i == 0 else
                                         rng.choice([person(rng), nino(rng), phone(rng), rng.choice(WORDS),
                                                     str(rng.randint(1, 5000))]))
        elif r < 0.55:
            # Runs split mid-word with different formatting, a tab and a line break.
            text = paragraph(rng)
            p = d.add_paragraph()
            cuts = sorted(rng.sample(range(1, len(text)), min(4, len(text) - 1)))
            pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
            for k, piece in enumerate(pieces):
                run = p.add_run(piece)
                run.bold = k % 2 == 1
                run.italic = k % 3 == 2
            run = p.add_run()
            run.add_tab()
            p.add_run(rng.choice(WORDS))
            run = p.add_run()
            run.add_break()
            p.add_run(sentence(rng))
        else:
            p = d.add_paragraph(paragraph(rng))
            if rng.random() < 0.1 and p.runs:
                d.add_comment(p.runs[0], text=sentence(rng), author=person(rng), initials="XX")
    # Word writes rsid attributes on every paragraph; docx2txt needs one to see a bare <w:p>.
    for p in d.element.body.iter(qn("w:p")):
        rsid = f"{rng.getrandbits(32):08X}"
        p.set(qn("w:rsidR"), rsid)
        p.set(qn("w:rsidRDefault"), rsid)
    d.save(path)


def make_xlsx(path: Path, rng: random.Random) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    for s in range(rng.randint(2, 4)):
        ws = wb.active if s == 0 else wb.create_sheet()
        ws.title = f"{rng.choice(WORDS).title()[:20]} {s + 1}"
        header = ["Name", "Reference", "Amount", "Count", "Date", "Notes"]
        ws.append(header)
        for _ in range(rng.randint(5, 40)):
            row = [person(rng),
                   rng.choice([nino(rng), email(rng), phone(rng), f"INV-{rng.randint(1000, 9999)}"]),
                   round(rng.uniform(1, 9999), 2),
                   rng.randint(0, 500),
                   dt.datetime.combine(dob(rng), dt.time()),
                   " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 8)))]
            ws.append(row)
            r = ws.max_row
            ws.cell(r, 3).number_format = "0.00"
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
    wb.save(path)


def make_pptx(path: Path, rng: random.Random) -> None:
    from pptx import Presentation
    from pptx.util import Cm

    prs = Presentation()
    for i in range(rng.randint(3, 8)):
        kind = rng.random()
        if kind < 0.5:
            s = prs.slides.add_slide(prs.slide_layouts[1])  # title and content
            s.shapes.title.text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).title()
            body = s.placeholders[1].text_frame
            body.text = sentence(rng)
            for _ in range(rng.randint(1, 5)):
                body.add_paragraph().text = sentence(rng)
        else:
            s = prs.slides.add_slide(prs.slide_layouts[5])  # title only
            s.shapes.title.text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).title()
            if kind < 0.75:
                tb = s.shapes.add_textbox(Cm(2), Cm(5), Cm(20), Cm(8)).text_frame
                tb.text = paragraph(rng)
                tb.add_paragraph().text = identifier_sentence(rng)
            else:
                rows, cols = rng.randint(2, 5), rng.randint(2, 4)
                t = s.shapes.add_table(rows, cols, Cm(2), Cm(5), Cm(21), Cm(1.2 * rows)).table
                for a in range(rows):
                    for b in range(cols):
                        t.cell(a, b).text = rng.choice(WORDS).title() if a == 0 else rng.choice(
                            [person(rng), nino(rng), phone(rng), rng.choice(WORDS)])
        if rng.random() < 0.4:
            s.notes_slide.notes_text_frame.text = paragraph(rng)
    prs.save(path)


def soffice_convert(target: str, inputs: list[Path], outdir: Path) -> None:
    if not inputs:
        return
    cmd = ["soffice", f"-env:UserInstallation={SOFFICE_PROFILE}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), *map(str, inputs)]
    subprocess.run(cmd, capture_output=True, check=True, timeout=3600)


def build_corpus(root: Path, n: int, seed: int, formats: list[str]) -> None:
    manifest = root / "manifest.json"
    want = {"n": n, "seed": seed, "version": VERSION}
    if manifest.exists() and json.loads(manifest.read_text()) == want:
        if all((root / f).is_dir() and len(list((root / f).iterdir())) >= n for f in formats):
            return
    if root.exists():
        shutil.rmtree(root)
    for f in FORMATS:
        (root / f).mkdir(parents=True)
    t0 = time.time()
    rng = random.Random(seed)
    for i in range(n):
        make_docx(root / "docx" / f"doc{i:03d}.docx", random.Random(rng.random()))
        make_xlsx(root / "xlsx" / f"book{i:03d}.xlsx", random.Random(rng.random()))
        make_pptx(root / "pptx" / f"deck{i:03d}.pptx", random.Random(rng.random()))
    print(f"generated {3 * n} docx/xlsx/pptx in {time.time() - t0:.1f}s", file=sys.stderr)
    docx = sorted((root / "docx").glob("*.docx"))
    xlsx = sorted((root / "xlsx").glob("*.xlsx"))
    for fmt, target, inputs in [("doc", "doc:MS Word 97", docx), ("rtf", "rtf:Rich Text Format", docx),
                                ("odt", "odt:writer8", docx), ("xls", "xls:MS Excel 97", xlsx),
                                ("ods", "ods:calc8", xlsx)]:
        t0 = time.time()
        soffice_convert(target, inputs, root / fmt)
        got = len(list((root / fmt).iterdir()))
        print(f"LibreOffice -> {fmt}: {got}/{len(inputs)} files in {time.time() - t0:.1f}s", file=sys.stderr)
    manifest.write_text(json.dumps(want))


# ---------------------------------------------------------------------------
# Running the tools
# ---------------------------------------------------------------------------

REFERENCES = {  # format -> [(tool name, argv builder, output filter)]; output is UTF-8 except where ENCODING says
    "docx": [("docx2txt", lambda f: ["docx2txt", f, "-"], None)],
    "doc": [("catdoc", lambda f: ["catdoc", "-d", "utf-8", "-w", f], None),
            ("antiword", lambda f: ["antiword", "-m", "UTF-8.txt", "-w", "0", f], None)],
    "rtf": [("unrtf --text", lambda f: ["unrtf", "--text", f],  # Latin-1, '?' for other characters
             lambda t: "\n".join(x for x in t.splitlines() if not x.startswith("###")))],
    "odt": [("pandoc -t plain", lambda f: ["pandoc", "-t", "plain", "--wrap=none", f], None)],
    "xlsx": [("xlsx2csv --all", lambda f: ["xlsx2csv", "--all", f],
              lambda t: "\n".join(x for x in t.splitlines() if not re.match(r"-------- \d+ - ", x)))],
    "xls": [("xls2csv (catdoc)", lambda f: ["xls2csv", "-d", "utf-8", f], None)],
    "ods": [("odfpy text:p dump", lambda f: [*dump_command("ods"), f], None)],
    "pptx": [("python-pptx dump", lambda f: [*dump_command("pptx"), f], None)],
}


ENCODING = {"unrtf": "latin-1"}


def measure(files: list[Path], build, filt, timeout: float):
    per_file = []
    failures = 0
    t0 = time.perf_counter()
    for f in files:
        argv = build(str(f))
        out, _, _ = run_tool(argv, timeout, ENCODING.get(argv[0], "utf-8"))
        failures += out is None
        per_file.append("" if out is None else filt(out) if filt else out)
    elapsed = time.perf_counter() - t0
    return per_file, failures, elapsed


def fmt_rate(n_files: int, nbytes: int, secs: float) -> str:
    if secs <= 0:
        return "-"
    return f"{secs:.2f} s ({n_files / secs:.1f} f/s, {nbytes / secs / 1e6:.2f} MB/s)"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Office-format text fidelity and speed of `dpscan extract`.")
    ap.add_argument("--dir", default="/tmp/dpscan-fidelity", help="corpus directory (default %(default)s)")
    ap.add_argument("--n", type=int, default=25, help="files per format (default %(default)s)")
    ap.add_argument("--seed", type=int, default=20240314)
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated subset of " + ",".join(FORMATS))
    ap.add_argument("--dpscan", default=DEFAULT_DPSCAN, help="dpscan binary (default $DPSCAN or %(default)s)")
    ap.add_argument("--timeout", type=float, default=60, help="seconds per file and tool")
    ap.add_argument("--show-missing", type=int, default=0, metavar="N",
                    help="print the N most common reference words dpscan missed, per format")
    ap.add_argument("--regenerate", action="store_true", help="rebuild the corpus even if it matches")
    ap.add_argument("--corpus-only", action="store_true", help="build the corpus and stop")
    ap.add_argument("--no-dpscan", action="store_true", help="run only the reference tools")
    args = ap.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = set(formats) - set(FORMATS)
    if unknown:
        ap.error(f"unknown format(s): {', '.join(sorted(unknown))}")
    root = Path(args.dir)
    if args.regenerate and root.exists():
        shutil.rmtree(root)
    build_corpus(root, args.n, args.seed, FORMATS)
    if args.corpus_only:
        print(f"corpus ready in {root}")
        return 0
    dpscan_ok = Path(args.dpscan).is_file() and os.access(args.dpscan, os.X_OK)
    if not dpscan_ok and not args.no_dpscan:
        print(f"note: {args.dpscan} is missing or not executable: every dpscan run counts as a failure",
              file=sys.stderr)

    rows, missing = [], {}
    for fmt in formats:
        files = sorted(p for p in (root / fmt).iterdir() if p.suffix == "." + fmt)
        nbytes = sum(p.stat().st_size for p in files)
        if args.no_dpscan:
            d_out, d_fail, d_secs = [""] * len(files), 0, 0.0
        else:
            d_out, d_fail, d_secs = measure(files, lambda f: [args.dpscan, "extract", f], dpscan_text, args.timeout)
        d_words = collections.Counter()
        for t in d_out:
            d_words += words(t)
        for tool, build, filt in REFERENCES[fmt]:
            r_out, r_fail, r_secs = measure(files, build, filt, args.timeout)
            r_words, common = collections.Counter(), collections.Counter()
            for rt, dt_ in zip(r_out, d_out):  # per file: a word counts only if found in the same file
                rw, dw = words(rt), words(dt_)
                r_words += rw
                common += rw & dw
                missing.setdefault(fmt, collections.Counter()).update(rw - dw)
            ref_n, d_n, c_n = sum(r_words.values()), sum(d_words.values()), sum(common.values())
            rows.append({
                "format": fmt, "tool": tool, "files": len(files), "mb": nbytes / 1e6,
                "ref_words": ref_n, "dpscan_words": d_n,
                "recall": c_n / ref_n if ref_n else float("nan"),
                "extra": (d_n - c_n) / d_n if d_n else float("nan"),
                "ref_fail": r_fail, "dpscan_fail": d_fail,
                "ref_time": fmt_rate(len(files), nbytes, r_secs),
                "dpscan_time": ("-" if args.no_dpscan else "- (all failed)" if d_fail == len(files)
                                else fmt_rate(len(files), nbytes, d_secs)),
            })
            if len(REFERENCES[fmt]) > 1:
                missing[fmt + f" ({tool})"] = missing.pop(fmt)

    print(f"\nCorpus {root} (seed {args.seed}, {args.n} per format); dpscan = {args.dpscan}\n")
    print("| format | reference | files | MB | ref words | dpscan words | recall | extra "
          "| ref fail | dpscan fail | reference time | dpscan time |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    pct = lambda x: "-" if x != x else f"{x:.1%}"  # noqa: E731  (nan: nothing to divide by)
    for r in rows:
        print(f"| {r['format']} | {r['tool']} | {r['files']} | {r['mb']:.2f} | {r['ref_words']} "
              f"| {r['dpscan_words']} | {pct(r['recall'])} | {pct(r['extra'])} | {r['ref_fail']} "
              f"| {r['dpscan_fail']} | {r['ref_time']} | {r['dpscan_time']} |")
    if args.show_missing:
        for key, counter in missing.items():
            top = counter.most_common(args.show_missing)
            print(f"\nmost common {key} reference words dpscan missed: "
                  + (", ".join(f"{w} ({c})" for w, c in top) if top else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
