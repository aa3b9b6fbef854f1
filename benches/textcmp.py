"""Word recall of `dpscan extract` against a reference tool: the pieces the
fidelity benches share (fidelity.py, pdf_fidelity.py, realworld.py).

Text is split into lowercase `\\w+` words (Unicode). Recall is the multiset
intersection of the reference's and dpscan's words of the same file divided
by the reference's word count: the share of the reference tool's words that
dpscan also extracts.

The reference dumps for formats without a command-line tool run as
`python3 benches/textcmp.py --dump FORMAT FILE`, one process per file like
the other tools.
"""

from __future__ import annotations

import collections
import email
import email.policy
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORD = re.compile(r"\w+")
PY = sys.executable
SELF = str(Path(__file__).resolve())


def word_list(text: str) -> list[str]:
    return WORD.findall(text.lower())


def words(text: str) -> collections.Counter:
    return collections.Counter(word_list(text))


def run_tool(argv: list[str], timeout: float, encoding: str = "utf-8") -> tuple[str | None, float, str]:
    """(stdout or None on failure, seconds, first line of stderr). Failure: a
    non-zero exit, a timeout or a missing program. Each tool runs in a scratch
    directory of its own (some, unrtf among them, write the pictures they meet
    into the working directory); paths in `argv` are made absolute first."""
    argv = [os.path.abspath(a) if os.path.exists(a) else a for a in argv]
    t0 = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="textcmp-") as scratch:
            p = subprocess.run(argv, capture_output=True, timeout=timeout, cwd=scratch)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, time.perf_counter() - t0, str(e).splitlines()[0]
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, secs, err[-1] if err else f"exit {p.returncode}"
    return p.stdout.decode(encoding, "replace"), secs, ""


def dpscan_text(raw: str, jsonl: bool = False) -> str:
    """The extracted text of `dpscan extract` output: the `# ` header and the
    `## ` location lines dropped, or the `text` fields of `--format jsonl`."""
    if jsonl:
        parts = []
        for line in raw.splitlines():
            try:
                parts.append(json.loads(line).get("text", ""))
            except (ValueError, AttributeError):
                pass
        return "\n".join(parts)
    lines = raw.splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(x for x in lines if not x.startswith("## "))


def dump_command(fmt: str) -> list[str]:
    return [PY, SELF, "--dump", fmt]


# ---------------------------------------------------------------------------
# Reference dumps
# ---------------------------------------------------------------------------


def cell(value) -> str:
    """A cell value as a spreadsheet shows it: integral floats without `.0`,
    midnight datetimes as dates."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "time") and hasattr(value, "date") and not any(
            (value.hour, value.minute, value.second, value.microsecond)):
        return value.date().isoformat()
    return "" if value is None else str(value)


def dump_pptx(path: str) -> list[str]:
    from pptx import Presentation

    def shapes(coll):
        for shape in coll:
            if shape.shape_type == 6:  # group
                yield from shapes(shape.shapes)
            else:
                yield shape

    out = []
    for slide in Presentation(path).slides:
        for shape in shapes(slide.shapes):
            if shape.has_text_frame:
                out += [p.text for p in shape.text_frame.paragraphs]
            if getattr(shape, "has_table", False) and shape.has_table:
                out += ["\t".join(c.text for c in row.cells) for row in shape.table.rows]
        if slide.has_notes_slide:
            out += [p.text for p in slide.notes_slide.notes_text_frame.paragraphs]
    return out


def dump_ods(path: str) -> list[str]:
    from odf import teletype, text
    from odf.opendocument import load

    return [teletype.extractText(p) for p in load(path).spreadsheet.getElementsByType(text.P)]


def dump_xlsx(path: str) -> list[str]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    return ["\t".join(cell(v) for v in row) for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)]


def dump_xls(path: str) -> list[str]:
    import xlrd

    book = xlrd.open_workbook(path, on_demand=True)
    out = []
    for sheet in book.sheets():
        for r in range(sheet.nrows):
            row = []
            for c in sheet.row(r):
                if c.ctype == xlrd.XL_CELL_DATE:
                    try:
                        row.append(cell(xlrd.xldate_as_datetime(c.value, book.datemode)))
                        continue
                    except (ValueError, OverflowError):
                        pass
                row.append(cell(c.value) if c.ctype in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER,
                                                        xlrd.XL_CELL_DATE) else "")
            out.append("\t".join(row))
    return out


def dump_msg(path: str) -> list[str]:
    import extract_msg

    msg = extract_msg.openMsg(path)
    return [msg.subject or "", msg.sender or "", msg.to or "", msg.cc or "", msg.body or ""]


class _HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def dump_eml(path: str) -> list[str]:
    """Python's email, as a mail client shows a message: the address and
    subject headers, the body (text/plain, else text/html as its text) and
    every text attachment."""
    msg = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
    out = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject")]
    body = msg.get_body(preferencelist=("plain", "html"))
    for part in msg.walk():
        if part.get_content_maintype() != "text" or not (part is body or part.is_attachment()):
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError, AssertionError):
            content = (part.get_payload(decode=True) or b"").decode("latin-1")
        if part.get_content_subtype() == "html":
            p = _HtmlText()
            p.feed(content)
            content = " ".join(p.out)
        out.append(content)
    return out


DUMPS = {"pptx": dump_pptx, "ods": dump_ods, "xlsx": dump_xlsx, "xls": dump_xls, "msg": dump_msg,
         "eml": dump_eml}

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "--dump" or sys.argv[2] not in DUMPS:
        sys.exit(f"usage: {sys.argv[0]} --dump {{{','.join(DUMPS)}}} FILE")
    sys.stdout.write("\n".join(DUMPS[sys.argv[2]](sys.argv[3])) + "\n")
