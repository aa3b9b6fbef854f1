#!/usr/bin/env python3
"""Writes SIZE_MIB MiB of synthetic office text with one identifier line in
50 (a specimen NINO, an example.com email, a drama-range mobile, a sort
code, an NHS test number, a postcode): the large file of benches/run.sh and
benches/memory.sh.

    python3 benches/big_text.py PATH SIZE_MIB
"""
import random, sys
path, mib = sys.argv[1], int(sys.argv[2])
random.seed(7)
words = ("the meeting agreed that budget for next year should include staff training and a review "
         "of shared drive folders before March council report circulated to members").split()
ids = ["Employee NI number QQ 12 34 56 C, contact jane.example@example.com",
       "Mobile 07700 900123, sort code 12-34-56, account number 12345678",
       "Patient NHS number 943 476 5919, DOB: 14/03/1985, 1 Example Road, London SW1A 1AA"]
block = []
for i in range(20000):
    block.append(ids[i // 50 % 3] if i % 50 == 49 else " ".join(random.choice(words) for _ in range(12)) + ".")
block = ("\n".join(block) + "\n").encode()
with open(path, "wb") as f:
    for _ in range(mib * 2**20 // len(block) + 1):
        f.write(block)
