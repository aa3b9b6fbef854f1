#!/usr/bin/env python3
"""Mutation fuzzing of every extractor through the real binary (issue 20).

    python3 benches/fuzz.py [--minutes-each M] [--family NAME...] [--seed N]
                            [--dpscan PATH] [--out DIR]

Seeds are the committed synthetic fixtures, grouped by extractor family. Each
round writes a batch of mutants (bit flips, interesting integers, numbers in
the text made huge or negative, chunks cut, repeated or spliced from another
seed, truncation; inside zip containers, a member is mutated and the
container rebuilt so the XML readers are reached) and scans the batch with
`dpscan scan --format jsonl -q --timeout 10 --ocr never` under a 4 GB
address-space limit, as issue 20's hostile set is. A batch fails when
dpscan dies by a signal or exits non-zero, overruns its watchdog (a hang
past the per-file budget), prints panic text, gives a mutant no `file`
record, or peaks above 512 MiB. A failing batch is bisected to the mutants
that fail alone, each is shrunk by cutting chunks while it still fails the
same way, and written to OUT/crashes/FAMILY/. dpscan is a release build
(`cargo build --release`); stable Rust has no coverage-guided fuzzer here,
so this is the stable approach the issue allows: mutation over fixtures,
run for a fixed budget, crashes minimised.

Prints, per family, the mutants scanned, their rate and the failures by class.
"""
import argparse
import hashlib
import io
import json
import os
import random
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FAMILIES = {
    "pdf": (".pdf",),
    "office-zip": (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"),
    "ole": (".doc", ".xls", ".msg"),
    "mail": (".eml", ".mbox", ".pst"),
    "archive": (".zip", ".gz", ".tar", ".tgz"),
    "text": (".csv", ".tsv", ".json", ".jsonl", ".html", ".rtf", ".txt", ".xml"),
    # Excel 2-4 files (a bare BIFF record stream): no fixture is one, so its
    # seeds are written here (`early_excel`).
    "biff": (),
}
ZIPPED = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".zip"}
INTERESTING = [0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF]
NUMBERS = [b"0", b"-1", b"999999999", b"4294967296", b"2147483648", b"-2147483649", b"1e308"]
BATCH = 48
TIMEOUT = 10
WATCHDOG = 180
MAX_RSS_MIB = 512
ADDRESS_SPACE = 4_000_000_000


def biff_record(kind, data):
    return struct.pack("<HH", kind, len(data)) + data


def early_excel():
    """An Excel 4 sheet (code page, labels, a number, an RK, a formula with
    a string result, a boolean) and an Excel 2 one, as seeds."""
    cell = lambda row, col: struct.pack("<HHH", row, col, 0)
    label = lambda row, col, text: biff_record(0x0204, cell(row, col) + struct.pack("<H", len(text)) + text)
    four = b"".join([
        biff_record(0x0409, struct.pack("<HHH", 0, 0x10, 0)), biff_record(0x0042, struct.pack("<H", 1252)),
        label(0, 0, b"Name"), label(0, 1, b"NI number"), label(0, 2, b"Email"), label(0, 3, b"Mobile"),
        label(1, 0, b"Si\xe2n Pritchard"), label(1, 1, b"QQ 48 17 26 B"),
        biff_record(0x0406, cell(1, 2) + bytes([0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0])),
        biff_record(0x0207, struct.pack("<H", 26) + b"sian.pritchard@example.org"),
        biff_record(0x0203, cell(1, 3) + struct.pack("<d", 7700900123.0)),
        biff_record(0x027E, cell(2, 3) + struct.pack("<I", (1234 << 2) | 2)),
        biff_record(0x0205, cell(2, 0) + bytes([1, 0])),
        biff_record(0x000A, b""),
    ])
    two = b"".join([
        biff_record(0x0009, struct.pack("<HH", 2, 0x10)),
        biff_record(0x0004, struct.pack("<HH", 0, 0) + bytes([0, 0, 0, 30]) + b"Contact: old.biff2@example.com"),
        biff_record(0x0003, struct.pack("<HH", 1, 0) + bytes([0, 0, 0]) + struct.pack("<d", 1.5)),
        biff_record(0x000A, b""),
    ])
    return [(".xls", four), (".xls", two)]


def seeds(family):
    if family == "biff":
        return early_excel()
    found = []
    for directory, _, names in os.walk(os.path.join(ROOT, "fixtures")):
        if "scans" in directory.split(os.sep):
            continue  # images are OCR's; OCR is off here
        for name in sorted(names):
            lower = name.lower()
            if lower.endswith(FAMILIES[family]):
                with open(os.path.join(directory, name), "rb") as f:
                    data = f.read()
                if 0 < len(data) <= 4 << 20:
                    found.append((os.path.splitext(name)[1].lower(), data))
    return found


def mutate_bytes(rng, data, others):
    data = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        if not data:
            data = bytearray(b"\0")
        op = rng.randrange(7)
        at = rng.randrange(len(data))
        if op == 0:
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(data))
                data[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            width = rng.choice((1, 2, 4))
            value = rng.choice(INTERESTING) & ((1 << (8 * width)) - 1)
            data[at:at + width] = value.to_bytes(width, rng.choice(("little", "big")))
        elif op == 2:
            digits = [i for i in range(len(data) - 1) if 48 <= data[i] <= 57 and not 48 <= data[i - 1] <= 57]
            if digits:
                start = rng.choice(digits)
                end = start
                while end < len(data) and 48 <= data[end] <= 57:
                    end += 1
                data[start:end] = rng.choice(NUMBERS)
        elif op == 3:
            del data[at:at + rng.randint(1, max(1, len(data) // 8))]
        elif op == 4:
            chunk = data[at:at + rng.randint(1, 256)]
            data[at:at] = chunk * rng.randint(1, 16)
        elif op == 5:
            del data[at:]
        else:
            other = rng.choice(others) or b"\0"
            data[at:] = other[rng.randrange(len(other)):]
    return bytes(data)


def mutate(rng, extension, data, others):
    if extension in ZIPPED and rng.random() < 0.7:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = [(info, archive.read(info)) for info in archive.infolist()]
        except Exception:
            members = []
        if members:
            victim = rng.randrange(len(members))
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                for i, (info, body) in enumerate(members):
                    if i == victim:
                        body = mutate_bytes(rng, body, [b for _, b in members])
                    archive.writestr(info.filename, body)
            return out.getvalue()
    return mutate_bytes(rng, data, others)


def limit_child():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    os.setsid()


def scan(dpscan, directory):
    """Scans DIRECTORY; returns (failure class or None, detail, peak RSS MiB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [dpscan, "scan", directory, "--format", "jsonl", "-q", "--no-progress",
             "--timeout", str(TIMEOUT), "--ocr", "never", "-j", "2"],
            stdout=out, stderr=err, preexec_fn=limit_child)
        deadline = time.monotonic() + WATCHDOG
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(child.pid, signal.SIGKILL)
                _, status, usage = os.wait4(child.pid, 0)
                return "hang", f"no end after {WATCHDOG} s", usage.ru_maxrss / 1024
            time.sleep(0.02)
        child.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss / 1024
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    if child.returncode < 0:
        return "signal", f"killed by signal {-child.returncode}", peak
    if "panicked" in stderr or "RUST_BACKTRACE" in stderr:
        return "panic-text", stderr.strip().splitlines()[0][:200], peak
    if child.returncode != 0:
        return "exit", f"exit {child.returncode}: {stderr.strip()[:200]}", peak
    recorded = set()
    summary = False
    for line in stdout.splitlines():
        record = json.loads(line)
        if record["type"] == "file":
            recorded.add(os.path.basename(record["path"]))
        summary |= record["type"] == "summary"
    missing = sorted(set(os.listdir(directory)) - recorded)
    if missing or not summary:
        return "no-record", f"no record for {missing[:3]}" if missing else "no summary", peak
    if peak > MAX_RSS_MIB:
        return "memory", f"peak {peak:.0f} MiB", peak
    return None, "", peak


def alone(dpscan, name, data):
    with tempfile.TemporaryDirectory() as single:
        with open(os.path.join(single, name), "wb") as f:
            f.write(data)
        return scan(dpscan, single)


def shrink(dpscan, name, data, failure, budget=150):
    """Cuts chunks while the mutant still fails the same way."""
    chunk = len(data) // 2
    while chunk >= 1 and budget > 0:
        at, shrunk = 0, False
        while at < len(data) and budget > 0:
            candidate = data[:at] + data[at + chunk:]
            budget -= 1
            if candidate and alone(dpscan, name, candidate)[0] == failure:
                data, shrunk = candidate, True
            else:
                at += chunk
        if not shrunk:
            chunk //= 2
    return data


def fuzz(family, dpscan, seconds, rng, out):
    pool = seeds(family)
    if not pool:
        return None
    bodies = [data for _, data in pool]
    tried, failures, peak_max = 0, {}, 0.0
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        with tempfile.TemporaryDirectory() as batch:
            mutants = {}
            for i in range(BATCH):
                extension, data = rng.choice(pool)
                name = f"m{i:03}{extension}"
                mutants[name] = mutate(rng, extension, data, bodies)
                with open(os.path.join(batch, name), "wb") as f:
                    f.write(mutants[name])
            failure, detail, peak = scan(dpscan, batch)
            tried += BATCH
            peak_max = max(peak_max, peak)
            if failure is None:
                continue
            culprits = 0
            for name, data in mutants.items():
                single, detail, _ = alone(dpscan, name, data)
                if single is None:
                    continue
                culprits += 1
                failures[single] = failures.get(single, 0) + 1
                small = shrink(dpscan, name, data, single)
                digest = hashlib.sha256(small).hexdigest()[:12]
                folder = os.path.join(out, "crashes", family)
                os.makedirs(folder, exist_ok=True)
                path = os.path.join(folder, f"{single}-{digest}{os.path.splitext(name)[1]}")
                with open(path, "wb") as f:
                    f.write(small)
                print(f"  {family}: {single}: {detail} -> {path} ({len(small)} bytes)", flush=True)
            if not culprits:
                failures[failure] = failures.get(failure, 0) + 1
                print(f"  {family}: batch-only {failure}: {detail}", flush=True)
    elapsed = time.monotonic() - started
    return tried, elapsed, failures, peak_max, len(pool)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes-each", type=float, default=1.0)
    parser.add_argument("--family", nargs="*", choices=sorted(FAMILIES), default=sorted(FAMILIES))
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--dpscan", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "dpscan"))
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "dpscan-fuzz"))
    args = parser.parse_args()
    if not os.access(args.dpscan, os.X_OK):
        sys.exit(f"no dpscan at {args.dpscan}: run `cargo build --release` or pass --dpscan")
    with tempfile.TemporaryDirectory() as empty:
        failure, detail, _ = scan(args.dpscan, empty)
        if failure:
            sys.exit(f"{args.dpscan} fails on an empty folder ({detail}): not a dpscan this harness can drive")
    rng = random.Random(args.seed)
    print(f"| family | seeds | mutants | per second | failures | peak RSS |\n|---|---|---|---|---|---|")
    rows = []
    for family in args.family:
        result = fuzz(family, args.dpscan, args.minutes_each * 60, rng, args.out)
        if result is None:
            continue
        tried, elapsed, failures, peak, count = result
        found = ", ".join(f"{k}: {v}" for k, v in sorted(failures.items())) or "none"
        rows.append(f"| {family} | {count} | {tried} | {tried / elapsed:.0f} | {found} | {peak:.0f} MiB |")
        print(rows[-1], flush=True)
    if any("none" not in row for row in rows):
        print(f"crashes written to {os.path.join(args.out, 'crashes')}")
        sys.exit(1)


if __name__ == "__main__":
    main()
