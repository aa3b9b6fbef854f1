#!/usr/bin/env python3
"""Writes a synthetic mbox of about SIZE bytes (default 2 GiB) for the
mailbox benchmark in BENCHMARKS.md: ~3 KB messages, each with a Message-ID,
a Date, a sender and recipient (example.com), a quoted-printable body with a
specimen NINO, and every tenth one a small base64 text attachment.

    python3 benches/big_mbox.py /tmp/big.mbox [SIZE_BYTES]
    /usr/bin/time -f "%e s %M KB" target/release/dpscan scan /tmp/big.mbox --format jsonl -o /tmp/out.jsonl
"""

import base64
import sys

PROSE = ("Thank you for your message about the rota. I have passed it to the team and we will "
         "reply by Friday with the changes agreed at the meeting. Please keep the form for your records. ")


def message(i: int) -> bytes:
    day, month, year = i % 28 + 1, i % 12 + 1, 2010 + i % 15
    nino = f"QQ{i % 1000000:06d}{'ABCD'[i % 4]}"
    body = (PROSE * 12).replace("rota", f"rota {i}", 1) + f"\nNI number: {nino}\n"
    qp = body.replace("=", "=3D")
    lines = [
        f"From sender{i % 500}@example.com Mon Jan  1 10:00:00 2024",
        f"From: Sender {i % 500} <sender{i % 500}@example.com>",
        "To: Office <office@example.org>",
        f"Subject: Rota change {i}",
        f"Date: {day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][month - 1]} {year} 09:30:00 +0000",
        f"Message-ID: <m{i}@example.com>",
        "MIME-Version: 1.0",
    ]
    if i % 10 == 0:
        attachment = base64.encodebytes(f"Contact: person{i}@example.net\n".encode()).decode()
        lines += ['Content-Type: multipart/mixed; boundary="b"', "", "--b",
                  "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
                  qp, "--b", 'Content-Type: text/plain; name="contact.txt"',
                  'Content-Disposition: attachment; filename="contact.txt"',
                  "Content-Transfer-Encoding: base64", "", attachment, "--b--", ""]
    else:
        lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp, ""]
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    path = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 2 << 30
    written, i = 0, 0
    with open(path, "wb") as out:
        while written < size:
            chunk = b"".join(message(i + k) for k in range(1000))
            out.write(chunk)
            written += len(chunk)
            i += 1000
    print(f"{path}: {written} bytes, {i} messages")


if __name__ == "__main__":
    main()
