#!/usr/bin/env python3
"""PDF text fidelity and speed of `dpscan extract`, with pdftotext as the reference.

    python3 benches/pdf_fidelity.py                   # 140 PDFs in /tmp/dpscan-pdf-fidelity
    python3 benches/pdf_fidelity.py --n 210 --show-missing 15
    DPSCAN=target/debug/dpscan python3 benches/pdf_fidelity.py

1. Generates a corpus with a fixed seed from several real producers: LibreOffice
   (python-docx -> one batched `soffice --convert-to pdf`), fpdf2 with standard
   Type1 fonts, fpdf2 with embedded DejaVu (Type0, Identity-H), ReportLab with
   standard Type1 fonts, ReportLab with embedded DejaVu (subset simple
   TrueType), ReportLab two-column Frames, and ReportLab tables. The text is
   synthetic prose plus identifiers from the ranges in fixtures/README.md. The
   corpus is reused when a manifest with the same n, seed and script version is
   already present (use --regenerate to force a rebuild).
2. Runs `pdftotext FILE -` (default reading order) as the reference, and
   `$DPSCAN extract FILE` (default target/release/dpscan). The script drops the
   `# ` header line and the `## ` location lines. A non-zero exit or a timeout
   counts as empty output and as a failure.
3. Splits both outputs into lowercase `\\w+` words (Unicode) and prints a Markdown
   table per producer and overall. `recall` is the multiset intersection divided
   by pdftotext's word count. `extra` is the share of dpscan's words that
   pdftotext does not have. `bigrams` is the recall of adjacent word pairs, a
   proxy for reading order. Speed is pages per second over the same files, in
   the same run, one process at a time.

Needs python-docx, reportlab, fpdf2, poppler-utils and LibreOffice (soffice, run
with its own profile in /tmp/lo-pdf-helper so it never clashes with another
soffice).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from textcmp import dpscan_text, run_tool, word_list

ROOT = Path(__file__).resolve().parent.parent
SOFFICE_PROFILE = "file:///tmp/lo-pdf-helper"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
PRODUCERS = ["libreoffice", "fpdf2-type1", "fpdf2-ttf", "reportlab-type1", "reportlab-ttf",
             "reportlab-two-column", "reportlab-table"]
VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

_spec = importlib.util.spec_from_file_location("share_generate", ROOT / "fixtures" / "generate.py")
share = importlib.util.module_from_spec(_spec)
sys.modules["share_generate"] = share
_spec.loader.exec_module(share)

# ---------------------------------------------------------------------------
# Synthetic text
# ---------------------------------------------------------------------------

FIRST = ["Harriet", "Oliver", "Priya", "Tomás", "Chloé", "Zoë", "Noah", "Isla", "Ava", "Ben", "Cara", "Dev",
         "Esme", "Felix", "Grace", "Hamza", "Ines", "Jude", "Kiran", "Léa", "Mohammed", "Niamh", "Owen", "Ruth"]
LAST = ["Specimen", "Sample", "Example", "Placeholder", "Testwell", "Fictional", "Dummy", "Mockford",
        "Exemplar", "Proxyman", "Samplesmith", "Demo"]
TTF_NAMES = ["Łukasz Przykład", "Żaneta Wzór", "Dvořák Ukázka", "Ødegård Eksempel", "Şükrü Örnek"]
SUBJECTS = ["the committee", "the housing officer", "our finance team", "the applicant", "each manager",
            "the office", "the safeguarding lead", "the tenant", "payroll", "the clinic", "the board",
            "the efficient staff", "the affiliated trust", "the working group", "the café manager"]
VERBS = ["reviewed", "approved", "noted", "rejected", "deferred", "confirmed", "queried", "archived",
         "updated", "finalised", "discussed", "identified", "scheduled", "flagged", "received"]
OBJECTS = ["the annual budget", "the retention schedule", "a revised rota", "the shared drive folders",
           "the officer's report", "a complaint about the lift", "the fluffy paperwork", "the affidavit",
           "the staff survey", "the offer of tenancy", "the training plan", "the fire safety audit",
           "the office refurbishment", "the effluent survey", "the first draft", "the difficult case file"]
TAILS = ["before the deadline", "after a short debate", "without further comment", "at the last meeting",
         "in line with policy", "pending legal advice", "for the next quarter", "with minor changes",
         "subject to funding", "as agreed in March", "once the figures were checked", "despite objections"]
ASIDES = ["In practice", "However", "As a result", "Meanwhile", "For the avoidance of doubt", "In addition",
          "Separately", "On balance", "Where possible", "Notably"]
LATIN1_EXTRA = ["The café budget rose to £1,250.", "Naïve estimates were revised.",
                "Her résumé was filed.", "Coördination improved.", "A fee of £35 applies."]
WINANSI_EXTRA = ["It’s due by Friday — not Monday.", "The “final” figure was €4,100.",
                 "Costs of £90 and €75 were split.", "Renée’s note said “approved”."]
TTF_EXTRA = ["Łukasz’s report: Ωmega project — 5 µg.", "Żółć and ĳ are edge cases.",
             "Prices in ₹, ₺ and ₩ were listed.", "Temperature ≥ 20 °C."]


class Gen:
    def __init__(self, seed: int, charset: str):
        self.r = random.Random(seed)
        self.charset = charset  # "ascii-latin1" | "winansi" | "unicode"

    def name(self) -> str:
        if self.charset == "unicode" and self.r.random() < 0.2:
            return self.r.choice(TTF_NAMES)
        first = self.r.choice(FIRST)
        if self.charset == "ascii-latin1":
            first = first.encode("latin-1", "ignore").decode("latin-1")
        return f"{first} {self.r.choice(LAST)}"

    def sentence(self) -> str:
        r = self.r
        s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(TAILS)}."
        if r.random() < 0.3:
            s = f"{r.choice(ASIDES)}, {s}"
        s = s[0].upper() + s[1:]
        roll = r.random()
        if roll < 0.12:
            s += " " + r.choice(LATIN1_EXTRA)
        elif roll < 0.2 and self.charset in ("winansi", "unicode"):
            s += " " + r.choice(WINANSI_EXTRA)
        elif roll < 0.28 and self.charset == "unicode":
            s += " " + r.choice(TTF_EXTRA)
        return s

    def paragraph(self, lo: int = 2, hi: int = 6) -> str:
        parts = [self.sentence() for _ in range(self.r.randint(lo, hi))]
        if self.r.random() < 0.5:
            parts.insert(self.r.randrange(len(parts) + 1), self.identifier_sentence())
        return " ".join(parts)

    # Identifiers, all from the synthetic ranges (checked with fixtures/generate.py).
    def nino(self) -> str:
        d = "".join(self.r.choice("0123456789") for _ in range(6))
        letter = self.r.choice("ABCD")
        return self.r.choice([f"QQ {d[:2]} {d[2:4]} {d[4:]} {letter}", f"QQ{d}{letter}", f"QQ-{d[:2]}-{d[2:4]}-{d[4:]}-{letter}"])

    def phone(self) -> str:
        n = self.r.randrange(1000)
        return self.r.choice([f"07700 900{n:03}", f"+44 7700 900{n:03}", f"020 7946 0{n:03}", f"0113 496 0{n:03}"])

    def email(self, name: str) -> str:
        local = re.sub(r"[^a-z]", "", name.split()[0].lower()) + "." + re.sub(r"[^a-z]", "", name.split()[-1].lower())
        return f"{local}@example.{self.r.choice(['com', 'org', 'net'])}"

    def nhs(self) -> str:
        while True:
            stem = "999" + "".join(self.r.choice("0123456789") for _ in range(6))
            if share.nhs_check_digit(stem) is not None:
                return share.spaced_334(share.nhs(stem))

    def dob(self) -> str:
        y, m, d = self.r.randint(1940, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{d:02}/{m:02}/{y}", f"{y}-{m:02}-{d:02}", f"{d} {share.calendar.month_name[m]} {y}"])

    def identifier_sentence(self) -> str:
        name = self.name()
        r = self.r
        k = r.randrange(9)
        if k == 0:
            v = self.nino(); check = ("uk_nino", v)
            s = f"{name}'s NI number is {v}."
        elif k == 1:
            v = self.phone(); check = ("phone", v)
            s = f"Call {name} on {v} if the matter is urgent."
        elif k == 2:
            v = self.email(name); check = ("email", v)
            s = f"Replies should go to {v} by the end of the week."
        elif k == 3:
            v = self.nhs(); check = ("nhs_number", v)
            s = f"The patient's NHS number {v} was confirmed by the surgery."
        elif k == 4:
            v = self.dob(); check = ("date_of_birth", v)
            s = f"{name}, DOB {v}, attended the review."
        elif k == 5:
            v = r.choice(sorted(share.EXAMPLE_POSTCODES)); check = ("uk_postcode", v)
            s = f"Post to {r.randint(1, 99)} Example Road, London {v}."
        elif k == 6:
            v = r.choice(["4111 1111 1111 1111", "5555 5555 5555 4444"]); check = ("payment_card", v)
            s = f"The card {v} was used for the deposit."
        elif k == 7:
            v = r.choice(["GB82 WEST 1234 5698 7654 32", "GB33BUKB20201555555555"]); check = ("iban", v)
            s = f"Refunds are paid to IBAN {v}."
        else:
            sc = "-".join(f"{r.randrange(100):02}" for _ in range(3))
            acct = f"{r.randrange(10**7, 10**8)}"
            v = f"{sc}, account {acct}"; check = ("uk_bank_account", v)
            s = f"Salary goes to sort code {v}."
        kind, written = check
        assert share.synthetic(kind, share.NORMALISE[kind](written)), (kind, written)
        return s


# ---------------------------------------------------------------------------
# Producers
# ---------------------------------------------------------------------------


def make_docx(path: Path, g: Gen) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    r = g.r
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = r.choice(["DejaVu Serif", "DejaVu Sans", "DejaVu Sans Condensed"])
    st.font.size = Pt(r.choice([9, 10, 10.5, 11, 12]))
    two_columns = r.random() < 0.3
    if two_columns:  # two newspaper columns in Writer
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "567")
        d.sections[0]._sectPr.append(cols)
    if r.random() < 0.4:
        d.sections[0].header.paragraphs[0].text = r.choice(["Confidential — HR", "Internal use only", "Draft"])
    d.add_heading(f"{r.choice(['Minutes', 'Report', 'Letter', 'Case note', 'Review'])}: {g.name()}", level=1)
    for _ in range(r.randint(3, 14)):
        roll = r.random()
        if roll < 0.1:
            d.add_heading(g.sentence().rstrip("."), level=2)
        elif roll < 0.2:
            for _ in range(r.randint(2, 4)):
                d.add_paragraph(g.sentence(), style="List Bullet")
        elif roll < 0.3 and not two_columns:  # a page-wide table would overflow a column
            rows = r.randint(2, 5)
            t = d.add_table(rows=rows + 1, cols=3)
            t.style = "Table Grid"
            for c, h in enumerate(["Name", "Reference", "Contact"]):
                t.cell(0, c).text = h
            for i in range(1, rows + 1):
                name = g.name()
                t.cell(i, 0).text = name
                t.cell(i, 1).text = g.nino()
                t.cell(i, 2).text = g.email(name) if r.random() < 0.5 else g.phone()
        else:
            d.add_paragraph(g.paragraph())
        if r.random() < 0.08:
            d.add_page_break()
    d.save(path)


def make_fpdf2(path: Path, g: Gen, ttf: bool) -> None:
    from fpdf import FPDF

    r = g.r
    pdf = FPDF(format=r.choice(["A4", "letter"]))
    pdf.set_creation_date(share.datetime.datetime(2020, 1, 1, tzinfo=share.datetime.timezone.utc))
    pdf.set_auto_page_break(True, margin=18)
    if ttf:
        pdf.add_font("DejaVu", fname=str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", style="B", fname=str(DEJAVU / "DejaVuSans-Bold.ttf"))
        family = "DejaVu"
    else:
        family = r.choice(["helvetica", "times", "courier"])
    pdf.add_page()
    pdf.set_font(family, "B", 15)
    pdf.multi_cell(0, 9, f"Report on {g.name()}", new_x="LMARGIN", new_y="NEXT")
    size = r.choice([9, 10, 11, 12])
    for _ in range(r.randint(4, 16)):
        pdf.set_font(family, "", size)
        text = g.paragraph()
        pdf.multi_cell(0, size * 0.5, text, align=r.choice(["L", "J"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(size * 0.3)
    pdf.output(str(path))


def _rl_fonts(g: Gen, ttf: bool) -> tuple[str, str]:
    if ttf:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
        return "DejaVuSans", "DejaVuSans-Bold"
    return g.r.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"), ("Courier", "Courier-Bold")])


def make_reportlab(path: Path, g: Gen, kind: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    r = g.r
    font, bold = _rl_fonts(g, kind == "reportlab-ttf")
    size = r.choice([9, 10, 11])
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6,
                          alignment=r.choice([TA_LEFT, TA_JUSTIFY]))
    head = ParagraphStyle("h", fontName=bold, fontSize=15, leading=19, spaceAfter=8)
    kw = dict(pagesize=A4, invariant=1, pageCompression=r.choice([0, 1]), title="Fidelity corpus", author=g.name())
    story = [Paragraph(escape(f"{r.choice(['Notes', 'Summary', 'Register'])}: {g.name()}"), head)]
    if kind == "reportlab-two-column":
        w, h = A4
        m, gap = 50, r.choice([12, 18, 30])
        cw = (w - 2 * m - gap) / 2
        doc = BaseDocTemplate(str(path), **kw)
        doc.addPageTemplates([PageTemplate(frames=[
            Frame(m, m, cw, h - 2 * m, leftPadding=0, rightPadding=0),
            Frame(m + cw + gap, m, cw, h - 2 * m, leftPadding=0, rightPadding=0)])])
        story += [Paragraph(escape(g.paragraph(3, 7)), body) for _ in range(r.randint(6, 20))]
    elif kind == "reportlab-table":
        doc = SimpleDocTemplate(str(path), **kw)
        cell = ParagraphStyle("c", fontName=font, fontSize=9, leading=11)
        for _ in range(r.randint(1, 3)):
            story.append(Paragraph(escape(g.paragraph(1, 3)), body))
            rows = [["Name", "NI Number", "Phone", "Notes"]]
            for _ in range(r.randint(4, 18)):
                rows.append([g.name(), g.nino(), g.phone(), Paragraph(escape(g.sentence()), cell)])
            t = Table(rows, colWidths=[100, 95, 105, 190], repeatRows=1)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), bold, 9), ("FONT", (0, 1), (-1, -1), font, 9),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 10)]
    else:
        doc = SimpleDocTemplate(str(path), **kw)
        story += [Paragraph(escape(g.paragraph()), body) for _ in range(r.randint(4, 18))]
    doc.build(story)


def generate(out: Path, n: int, seed: int) -> list[dict]:
    if out.exists():
        if any(out.iterdir()) and not (out / "manifest.json").exists():
            sys.exit(f"{out} is not empty and holds no manifest.json: refusing to delete it")
        shutil.rmtree(out)
    (out / "docx").mkdir(parents=True)
    files = []
    for i in range(n):
        producer = PRODUCERS[i % len(PRODUCERS)]
        name = f"{producer}-{i:04}.pdf"
        charset = {"libreoffice": "unicode", "fpdf2-ttf": "unicode", "reportlab-ttf": "unicode",
                   "fpdf2-type1": "ascii-latin1"}.get(producer, "winansi")
        g = Gen(seed * 100_003 + i, charset)
        if producer == "libreoffice":
            make_docx(out / "docx" / name.replace(".pdf", ".docx"), g)
        elif producer.startswith("fpdf2"):
            make_fpdf2(out / name, g, ttf=producer == "fpdf2-ttf")
        else:
            make_reportlab(out / name, g, producer)
        files.append({"file": name, "producer": producer})
    docx_files = sorted(str(p) for p in (out / "docx").glob("*.docx"))
    if docx_files:  # one soffice process for the whole batch
        subprocess.run(["soffice", f"-env:UserInstallation={SOFFICE_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), *docx_files], check=True, capture_output=True, timeout=1800)
    missing = [f["file"] for f in files if not (out / f["file"]).exists()]
    if missing:
        sys.exit(f"producer failed for {len(missing)} files, e.g. {missing[:3]}")
    for f in files:
        info = subprocess.run(["pdfinfo", str(out / f["file"])], capture_output=True, text=True).stdout
        f["pages"] = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    (out / "manifest.json").write_text(json.dumps({"n": n, "seed": seed, "version": VERSION, "files": files}, indent=1))
    return files


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------

def compare(corpus: Path, files: list[dict], dpscan: str, jsonl: bool, timeout: float, show_missing: int) -> None:
    stats = collections.defaultdict(lambda: collections.Counter())
    missing = collections.defaultdict(collections.Counter)
    errors = collections.defaultdict(collections.Counter)
    for f in files:
        path = str(corpus / f["file"])
        ref, t_ref, _ = run_tool(["pdftotext", path, "-"], timeout)
        cmd = [dpscan, "extract", *(["--format", "jsonl"] if jsonl else []), path]
        raw, t_dp, err = run_tool(cmd, timeout)
        got = dpscan_text(raw, jsonl) if raw is not None else ""
        rw, gw = word_list(ref or ""), word_list(got)
        rc, gc = collections.Counter(rw), collections.Counter(gw)
        common = rc & gc
        rb, gb = collections.Counter(zip(rw, rw[1:])), collections.Counter(zip(gw, gw[1:]))
        for key in (f["producer"], "all"):
            s = stats[key]
            s["files"] += 1
            s["pages"] += f["pages"]
            s["ref_words"] += len(rw)
            s["dp_words"] += len(gw)
            s["common"] += sum(common.values())
            s["ref_bigrams"] += sum(rb.values())
            s["common_bigrams"] += sum((rb & gb).values())
            s["ref_failures"] += ref is None
            s["dp_failures"] += raw is None
            s["t_ref_us"] += round(t_ref * 1e6)
            s["t_dp_us"] += round(t_dp * 1e6)
            missing[key].update(rc - gc)
            if raw is None:
                errors[key][err.replace(path, "FILE")[:160]] += 1

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "-"

    def rate(pages: int, us: int) -> str:
        return f"{pages / (us / 1e6):.1f}" if us else "-"

    print(f"dpscan: `{dpscan} extract{' --format jsonl' if jsonl else ''}`; reference: `pdftotext FILE -`; "
          f"corpus: {corpus}. Times are wall clock, one process per file (start-up included), "
          f"files run one at a time.\n")
    print("| producer | files | pages | pdftotext words | dpscan words | recall | extra | bigrams "
          "| dpscan failures | pdftotext pages/s | dpscan pages/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in [p for p in PRODUCERS if p in stats] + ["all"]:
        s = stats[key]
        label = "**all**" if key == "all" else key
        print(f"| {label} | {s['files']} | {s['pages']} | {s['ref_words']} | {s['dp_words']} "
              f"| {pct(s['common'], s['ref_words'])} | {pct(s['dp_words'] - s['common'], s['dp_words'])} "
              f"| {pct(s['common_bigrams'], s['ref_bigrams'])} | {s['dp_failures']} "
              f"| {rate(s['pages'], s['t_ref_us'])} | {rate(s['pages'], s['t_dp_us'])} |")
    if stats["all"]["ref_failures"]:
        print(f"\npdftotext failed on {stats['all']['ref_failures']} files (counted as empty reference).")
    if errors["all"]:
        print("\ndpscan failures:")
        for msg, count in errors["all"].most_common(5):
            print(f"- {count} × {msg}")
    if show_missing:
        print(f"\nCommonest words pdftotext has and dpscan lacks (top {show_missing}, count in brackets):\n")
        for key in [p for p in PRODUCERS if p in stats]:
            top = ", ".join(f"{w} ({c})" for w, c in missing[key].most_common(show_missing)) or "none"
            print(f"- {key}: {top}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=140, help="number of PDFs (default 140, 20 per producer)")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/dpscan-pdf-fidelity"), help="corpus directory")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--regenerate", action="store_true", help="rebuild the corpus even if it is current")
    ap.add_argument("--generate-only", action="store_true", help="build the corpus and stop")
    ap.add_argument("--show-missing", type=int, default=0, metavar="N",
                    help="print the N commonest missed words per producer")
    ap.add_argument("--jsonl", action="store_true", help="read `dpscan extract --format jsonl` instead of the table output")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per file and tool (default 120)")
    args = ap.parse_args()
    dpscan = os.environ.get("DPSCAN", str(ROOT / "target" / "release" / "dpscan"))

    manifest = args.dir / "manifest.json"
    current = None
    if manifest.exists() and not args.regenerate:
        m = json.loads(manifest.read_text())
        if (m.get("n"), m.get("seed"), m.get("version")) == (args.n, args.seed, VERSION):
            current = m["files"]
    if current is None:
        t0 = time.perf_counter()
        current = generate(args.dir, args.n, args.seed)
        print(f"generated {len(current)} PDFs ({sum(f['pages'] for f in current)} pages) in {args.dir} "
              f"in {time.perf_counter() - t0:.0f} s\n", file=sys.stderr)
    if args.generate_only:
        return 0
    compare(args.dir, current, dpscan, args.jsonl, args.timeout, args.show_missing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
