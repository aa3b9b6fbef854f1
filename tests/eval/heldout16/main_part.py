

# ---------------------------------------------------------------- main

def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    labels, problems = [], []
    for name, f in sorted(SPECS, key=lambda s: s[0]):
        d = Doc(name)
        data = f(d)
        p = d.problems()
        if p:
            problems.append(f"{name}:\n  " + "\n  ".join(p))
        (DOCS / name).write_bytes(data)
        labels.append(d.label())
    if problems:
        sys.exit("refused:\n" + "\n".join(problems))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    ids = {}
    for lab in labels:
        for k, _ in lab["ids"]:
            ids[k] = ids.get(k, 0) + 1
    cats = {c: sum(c in lab["categories"] for lab in labels) for c in CATEGORIES}
    neg = sum(lab["doc"].startswith(("policy-", "training-")) for lab in labels)
    exts = {}
    for lab in labels:
        e = lab["doc"].rsplit(".", 1)[1]
        exts[e] = exts.get(e, 0) + 1
    print(f"{len(labels)} documents ({neg} negative), {sum(len(l['names']) for l in labels)} name labels, "
          f"{sum(ids.values())} identifier labels")
    print("ids by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(exts.items())))


if __name__ == "__main__":
    main()
