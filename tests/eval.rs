//! Precision, recall and F1 of person names and special-category data on
//! the labelled synthetic set in `tests/eval` (see its README). Prints the
//! figures (`cargo test --test eval -- --nocapture`) and holds each above a
//! floor.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use dpscan::detect::{Engine, EngineOptions, Kind};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, want: &BTreeSet<String>, got: &BTreeSet<String>) {
        self.tp += want.intersection(got).count();
        self.fp += got.difference(want).count();
        self.fn_ += want.difference(got).count();
    }

    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

struct Evaluation {
    names: Counts,
    categories: Counts,
    by_category: BTreeMap<String, Counts>,
    special_on_negatives: usize,
    docs: usize,
    policy_docs: usize,
}

fn evaluate() -> Evaluation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let (names, special) = dpscan::rules::builtin_dictionaries();
    let engine = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default())
        .unwrap()
        .with_dictionaries(names, special);
    let mut eval = Evaluation {
        names: Counts::default(),
        categories: Counts::default(),
        by_category: BTreeMap::new(),
        special_on_negatives: 0,
        docs: 0,
        policy_docs: 0,
    };
    let mut misses = Vec::new();
    for line in fs::read_to_string(dir.join("labels.jsonl")).unwrap().lines() {
        let label: Value = serde_json::from_str(line).unwrap();
        let doc = label["doc"].as_str().unwrap();
        let text = fs::read_to_string(dir.join("docs").join(doc)).unwrap();
        let found = engine.scan(text.as_bytes());
        let strings = |v: &Value| -> BTreeSet<String> {
            v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
        };
        let want_names = strings(&label["names"]);
        let got_names: BTreeSet<String> =
            found.iter().filter(|m| m.kind == Kind::PersonName).map(|m| m.value.clone()).collect();
        eval.names.add(&want_names, &got_names);
        let want_cats = strings(&label["categories"]);
        let got_cats: BTreeSet<String> =
            found.iter().filter_map(|m| m.category).map(|c| c.as_str().to_string()).collect();
        eval.categories.add(&want_cats, &got_cats);
        for category in want_cats.union(&got_cats) {
            let one = |s: &BTreeSet<String>| s.iter().filter(|c| *c == category).cloned().collect::<BTreeSet<_>>();
            eval.by_category.entry(category.clone()).or_default().add(&one(&want_cats), &one(&got_cats));
        }
        if doc.starts_with("policy") || doc.starts_with("training") {
            eval.policy_docs += 1;
            eval.special_on_negatives += found.iter().filter(|m| m.kind == Kind::SpecialCategory).count();
        }
        eval.docs += 1;
        for n in want_names.difference(&got_names) {
            misses.push(format!("{doc}: missed name {n:?}"));
        }
        for n in got_names.difference(&want_names) {
            misses.push(format!("{doc}: extra name {n:?}"));
        }
        for c in want_cats.symmetric_difference(&got_cats) {
            misses.push(format!("{doc}: category {c} {}", if want_cats.contains(c) { "missed" } else { "extra" }));
        }
    }
    if std::env::var_os("DPSCAN_EVAL_VERBOSE").is_some() {
        eprintln!("{}", misses.join("\n"));
    }
    eval
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "{name:<24} P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

#[test]
fn names_and_special_categories_hold_their_floors() {
    let e = evaluate();
    eprintln!("{} documents ({} policy/training negatives)", e.docs, e.policy_docs);
    eprintln!("{}", row("person_name", &e.names));
    eprintln!("{}", row("special_category (file)", &e.categories));
    for (category, counts) in &e.by_category {
        eprintln!("{}", row(&format!("  {category}"), counts));
    }
    eprintln!("special-category findings on policy/training negatives: {}", e.special_on_negatives);
    assert_eq!(e.special_on_negatives, 0, "policy and guidance texts name no one");
    assert!(e.names.f1() >= 0.90, "names F1 {:.3} below the 0.90 floor", e.names.f1());
    assert!(e.categories.f1() >= 0.90, "special-category F1 {:.3} below the 0.90 floor", e.categories.f1());
}
