#!/usr/bin/env python3
"""Writes a tree of office-style plain text for benches/vs_ripgrep.sh: FILES
files of about 1 MB each (default 250): letters, minutes, HR notes and
payroll lines, with one identifier-bearing line in about 25 (QQ NINOs,
Ofcom drama numbers, test cards and IBANs, example.com, NHS test numbers).
Deterministic; no real person's data.

    python3 benches/office_text.py DIR [FILES]
"""

import os
import random
import sys

PROSE = ("the meeting agreed that the budget for next year should include staff training and a review of "
         "shared drive folders before March the council report was circulated to members with the minutes "
         "from the previous session school governors noted progress on policy actions invoice payment terms "
         "thirty days project plan version draft final approved by the manager and the team").split()
GIVEN = ["Jane", "Amir", "Siobhan", "David", "Priya", "Tom", "Olu", "Grace", "Mohammed", "Ellen"]
FAMILY = ["Smith", "Patel", "Jones", "O'Brien", "Okafor", "Williams", "Khan", "Taylor", "Evans", "Brown"]
STREETS = ["Mill Lane", "Church Street", "Station Road", "Park Avenue", "Grove Way"]
POSTCODES = ["LS1 4AP", "SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH", "CF10 1AA"]


def identifier_line(r: random.Random, i: int) -> str:
    g, f = r.choice(GIVEN), r.choice(FAMILY)
    forms = [
        f"Employee {g} {f}, NI number QQ {i % 100:02d} {i // 100 % 100:02d} {i % 97:02d} {'ABCD'[i % 4]}",
        f"Contact {g.lower()}.{f.lower().replace(chr(39), '')}@example.com or mobile 07700 900{i % 1000:03d}",
        f"Sort code 12-34-56, account number {10000000 + i % 89999999} for {g} {f}'s salary",
        f"{g} {f}, {i % 90 + 1} {r.choice(STREETS)}, London {r.choice(POSTCODES)}",
        "Card 4111 1111 1111 1111 used for the deposit, IBAN GB82 WEST 1234 5698 7654 32",
        f"Patient {g} {f}, NHS number 943 476 5919, DOB: {i % 28 + 1:02d}/03/1985",
    ]
    return forms[i % len(forms)]


def main() -> None:
    root = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 250
    os.makedirs(root, exist_ok=True)
    r = random.Random(21)
    for n in range(files):
        lines, size, i = [], 0, n * 100000
        while size < 1_000_000:
            i += 1
            if i % 25 == 0:
                line = identifier_line(r, i)
            else:
                line = " ".join(r.choice(PROSE) for _ in range(r.randint(8, 16))).capitalize() + "."
            lines.append(line)
            size += len(line) + 1
        with open(os.path.join(root, f"doc{n:04d}.txt"), "w") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
