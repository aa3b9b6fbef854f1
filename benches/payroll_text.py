#!/usr/bin/env python3
"""Writes ROWS rows of a payroll export as plain text, one identifier line
in two (the engine bench's "dense" shape): each row a line of number, name,
specimen-range NINO (QQ), drama-range mobile, example.com email, postcode,
sort code and account, then a line of prose. The per-finding cost of issue
21 goal 3 is measured on it (BENCHMARKS.md).

    python3 benches/payroll_text.py PATH [ROWS]   (default 150000: 23 MB, 600,000 findings)
"""
import sys

path, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150000
with open(path, "w") as f:
    f.write("\n".join(f"{i},Employee {i},QQ{i:06d}C,07700 900{i % 1000:03d},staff{i}@example.com,SW1A 1AA,12-34-56,"
                      f"{10000000 + i}\npayroll adjustment approved by finance for the month of march"
                      for i in range(0, 2 * rows, 2)))
