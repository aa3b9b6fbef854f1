#!/usr/bin/env python3
"""Agreement between two special-category labellings of one evaluation set.

    python3 tests/eval/agreement.py REFERENCE.jsonl OTHER.jsonl

Each file has one JSON object per document with "doc" and "categories"
(other keys are ignored). REFERENCE is read as the truth (the set's own
labels.jsonl), OTHER as the prediction (a second annotator's labels), and
the counts are the ones tests/eval.rs makes for categories: per document,
the two sets of categories are compared and TP/FP/FN summed over documents,
per category and in total (micro). A document in only one file counts as
having no categories in the other, and is named.

Cohen's kappa is computed per category over the documents (each document is
a yes/no judgement for that category), and pooled over every document x
category cell. Python 3.11, standard library only.
"""

import json
import sys

CATEGORIES = [
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
    "criminal_offence",
]


def load(path):
    """The categories of each document, by document name."""
    labels = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            unknown = set(row["categories"]) - set(CATEGORIES)
            if unknown:
                sys.exit(f"{path}:{number}: unknown categories {sorted(unknown)}")
            labels[row["doc"]] = set(row["categories"])
    return labels


def f1(tp, fp, fn):
    """Precision, recall and F1, each 0 when its denominator is 0 (as tests/eval.rs)."""
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def kappa(both_yes, a_only, b_only, n):
    """Cohen's kappa for two yes/no raters over n items: both_yes items both
    said yes to, a_only and b_only the items only one of them did."""
    both_no = n - both_yes - a_only - b_only
    observed = (both_yes + both_no) / n
    yes_a, yes_b = both_yes + a_only, both_yes + b_only
    expected = (yes_a * yes_b + (n - yes_a) * (n - yes_b)) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    reference, other = load(sys.argv[1]), load(sys.argv[2])
    docs = sorted(reference.keys() | other.keys())
    for name, mine, theirs in (("reference", reference, other), ("other", other, reference)):
        for doc in sorted(theirs.keys() - mine.keys()):
            print(f"note: {doc} is missing from the {name} file; counted as no categories")
    n = len(docs)
    counts = {c: [0, 0, 0] for c in CATEGORIES}  # both, reference only (FN), other only (FP)
    disagreements = []
    for doc in docs:
        ref, oth = reference.get(doc, set()), other.get(doc, set())
        for c in CATEGORIES:
            if c in ref and c in oth:
                counts[c][0] += 1
            elif c in ref:
                counts[c][1] += 1
                disagreements.append((doc, c, "yes", "no"))
            elif c in oth:
                counts[c][2] += 1
                disagreements.append((doc, c, "no", "yes"))

    print(f"{n} documents; reference {sys.argv[1]}, other {sys.argv[2]}")
    print(f"{'category':<22} {'ref':>4} {'oth':>4} {'tp':>4} {'fp':>4} {'fn':>4}   P      R      F1     kappa")
    total = [0, 0, 0]
    for c in CATEGORIES:
        tp, fn, fp = counts[c]
        total = [total[0] + tp, total[1] + fn, total[2] + fp]
        if tp + fn + fp == 0:
            print(f"{c:<22} {0:>4} {0:>4}    (neither labelled it)")
            continue
        p, r, f = f1(tp, fp, fn)
        k = kappa(tp, fn, fp, n)
        print(f"{c:<22} {tp + fn:>4} {tp + fp:>4} {tp:>4} {fp:>4} {fn:>4}   {p:.3f}  {r:.3f}  {f:.3f}  {k:.3f}")
    tp, fn, fp = total
    p, r, f = f1(tp, fp, fn)
    k = kappa(tp, fn, fp, n * len(CATEGORIES))
    print(f"{'micro':<22} {tp + fn:>4} {tp + fp:>4} {tp:>4} {fp:>4} {fn:>4}   {p:.3f}  {r:.3f}  {f:.3f}  {k:.3f}")
    exact = sum(reference.get(d, set()) == other.get(d, set()) for d in docs)
    print(f"documents with identical category sets: {exact} of {n}")
    print(f"\n{len(disagreements)} disagreements (document, category, reference, other):")
    for doc, c, ref, oth in disagreements:
        print(f"  {doc}  {c}  reference={ref}  other={oth}")


if __name__ == "__main__":
    main()
