//! OCR with the real engine (Tesseract, which `.ci/run` installs) on the
//! generated scans of `fixtures/scans`: planted items found in images,
//! image-only PDF pages, multi-page TIFFs, a docx and an email; nothing
//! found in pictures without text; an engine that is missing, slow or
//! asked again on an unchanged inventory.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{dpscan, fixtures, not_gone, of_type, records};
use dpscan::index::sqlite::SqliteStore;
use dpscan::index::Store;
use serde_json::Value;

/// (file, kind, value)
type Item = (String, String, String);

fn scans() -> PathBuf {
    fixtures().join("scans")
}

/// The engine must be installed: a test that needs it never passes
/// without it.
fn require_engine() {
    let found = std::process::Command::new("tesseract").arg("--version").output();
    assert!(
        found.is_ok_and(|out| out.status.success()),
        "these tests need Tesseract: apt-get install tesseract-ocr (.ci/run installs it)"
    );
}

fn scan_scans(extra: &[&str]) -> Vec<Value> {
    require_engine();
    let out = dpscan()
        .arg("scan")
        .arg(scans())
        .args(["--reveal", "--format", "jsonl", "--ocr", "always", "--exclude", "*.jsonl", "--exclude", "*.py"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    records(&out.stdout)
}

fn file_name(v: &Value) -> String {
    v["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string()
}

#[test]
fn planted_identifiers_are_read_from_every_kind_of_scan() {
    let records = scan_scans(&[]);
    let oracle = fs::read_to_string(scans().join("expected.jsonl")).unwrap();
    let want: BTreeSet<Item> = oracle
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| {
            (
                v["file"].as_str().unwrap().into(),
                v["kind"].as_str().unwrap().into(),
                v["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    let findings = of_type(&records, "finding");
    let got: BTreeSet<Item> = findings
        .iter()
        .map(|f| (file_name(f), f["kind"].as_str().unwrap().into(), f["value"].as_str().unwrap().into()))
        .collect();
    let (names, identifiers): (Vec<&Item>, Vec<&Item>) = want.iter().partition(|(_, kind, _)| kind == "person_name");
    let recall = |items: &[&Item]| items.iter().filter(|i| got.contains(**i)).count() as f64 / items.len() as f64;
    let missed: Vec<_> = want.difference(&got).collect();
    eprintln!("identifier recall {:.3}, name recall {:.3}; missed {missed:#?}", recall(&identifiers), recall(&names));
    assert!(recall(&identifiers) >= 0.9, "identifier recall below 0.9; missed: {missed:#?}");
    assert!(recall(&names) >= 0.8, "name recall below 0.8; missed: {missed:#?}");
    // Every identifier read from an image was planted: OCR noise invents
    // none. (The email's own headers are text, not images.)
    let from_images: Vec<&&Value> = findings.iter().filter(|f| f["location"]["image"].as_u64().is_some()).collect();
    let invented: Vec<Item> = from_images
        .iter()
        .map(|f| (file_name(f), f["kind"].as_str().unwrap().into(), f["value"].as_str().unwrap().into()))
        .filter(|item: &Item| !want.contains(item))
        .collect();
    assert!(invented.is_empty(), "found but never planted: {invented:#?}");
    // Each finding in a scan says it was read from an image.
    let text = |f: &&&Value| f["location"]["image"].is_null();
    assert!(
        findings.iter().filter(text).all(|f| file_name(f) == "fitnote.eml"),
        "a finding in a scan without its image"
    );
    // Every scan was read, none reported as needing OCR.
    for file in of_type(&records, "file") {
        assert_eq!(file["status"], "scanned", "{file}");
    }
    // Pages of text: the letter, the fit note, its copy in the email and
    // the letter in the docx one each; the TIFF and flate.pdf two;
    // scanned.pdf three. The pictures without text give none.
    assert_eq!(of_type(&records, "summary")[0]["ocr"], serde_json::json!({"read": 11, "unread": 0}));
}

#[test]
fn findings_name_their_page_and_image() {
    let records = scan_scans(&["--include", "scanned.pdf", "--include", "forms.tiff", "--include", "flate.pdf"]);
    let places = |name: &str, kind: &str| -> BTreeSet<(u64, u64)> {
        of_type(&records, "finding")
            .into_iter()
            .filter(|f| file_name(f) == name && f["kind"] == kind)
            .map(|f| (f["location"]["page"].as_u64().unwrap_or(0), f["location"]["image"].as_u64().unwrap()))
            .collect()
    };
    // The letter is page 1 (a JPEG), form 1 page 2 (CCITT fax), form 2 page 3 (Flate with PNG predictors).
    assert_eq!(places("scanned.pdf", "uk_nino"), BTreeSet::from([(1, 1), (2, 1)]));
    assert_eq!(places("scanned.pdf", "phone"), BTreeSet::from([(1, 1), (2, 1), (3, 1)]));
    // Raw Flate samples: 8-bit grey, then 1 bit.
    assert_eq!(places("flate.pdf", "phone"), BTreeSet::from([(1, 1), (2, 1)]));
    // A TIFF's pages.
    assert_eq!(places("forms.tiff", "phone"), BTreeSet::from([(1, 1), (2, 1)]));
}

#[test]
fn pictures_without_text_yield_nothing() {
    let records = scan_scans(&["--include", "noise/*"]);
    let files = of_type(&records, "file");
    assert_eq!(files.len(), 3);
    assert!(files.iter().all(|f| f["status"] == "scanned"), "{files:#?}");
    assert!(of_type(&records, "finding").is_empty(), "{:#?}", of_type(&records, "finding"));
}

/// A directory holding only a `tesseract` script: `PATH` set to it (and
/// the system's, after it, for the shell) puts the script first.
fn fake_engine(dir: &Path, script: &str) -> String {
    let program = dir.join("tesseract");
    fs::write(&program, format!("#!/bin/sh\n{script}\n")).unwrap();
    fs::set_permissions(&program, fs::Permissions::from_mode(0o755)).unwrap();
    format!("{}:/usr/bin:/bin", dir.display())
}

#[test]
fn without_the_engine_the_scan_completes_and_says_what_to_install() {
    let empty = tempfile::tempdir().unwrap();
    let out = dpscan()
        .arg("scan")
        .arg(scans())
        .args(["--format", "jsonl", "--exclude", "*.jsonl", "--exclude", "*.py"])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let status = |name: &str| {
        let file = of_type(&records, "file").into_iter().find(|f| file_name(f) == name).unwrap().clone();
        (file["status"].as_str().unwrap().to_string(), file["reason"].as_str().unwrap_or("").to_string())
    };
    for name in ["letter.png", "forms.tiff", "fitnote.jpg", "scanned.pdf", "flate.pdf"] {
        let (status, reason) = status(name);
        assert_eq!(status, "skipped", "{name}: {reason}");
        assert!(
            reason.starts_with("needs OCR") && reason.contains("apt-get install tesseract-ocr"),
            "{name}: {reason}"
        );
    }
    let summary = of_type(&records, "summary")[0];
    assert_eq!(summary["needs_ocr"], 8, "{summary}");
    // Pages: a TIFF is one image until read, the PDFs 3 and 2 pages, the
    // other images and the email's attachment one each; the docx's picture
    // is not a scan to report.
    assert_eq!(summary["ocr"], serde_json::json!({"read": 0, "unread": 12}), "{summary}");
    assert!(of_type(&records, "finding").iter().all(|f| f["location"]["image"].is_null()));

    let always =
        dpscan().arg("scan").arg(scans()).args(["--ocr", "always"]).env("PATH", empty.path()).output().unwrap();
    assert_eq!(always.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&always.stderr);
    assert!(stderr.contains("--ocr always") && stderr.contains("apt-get install tesseract-ocr"), "{stderr}");
}

#[test]
fn an_engine_that_hangs_is_stopped_at_the_budget_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = fake_engine(dir.path(), r#"[ "$1" = --version ] && { echo "tesseract 5.3.0"; exit 0; }; sleep 30"#);
    let started = std::time::Instant::now();
    let out = dpscan()
        .arg("scan")
        .arg(scans().join("letter.png"))
        .arg(scans().join("noise/photo.jpg"))
        .args(["--format", "jsonl", "--ocr-timeout", "1"])
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(started.elapsed().as_secs() < 25, "the hung engine was not stopped");
    let records = records(&out.stdout);
    let files = of_type(&records, "file");
    assert_eq!(files.len(), 2);
    for file in files {
        assert_eq!(file["status"], "error", "{file}");
        assert!(file["error"].as_str().unwrap().contains("OCR did not finish within 1 s"), "{file}");
    }
}

/// The real engine behind a script that logs each call to `calls` in
/// `dir`: the `PATH` to run it by, and a count of the images it was given.
fn logged_engine(dir: &Path) -> (String, impl Fn() -> usize) {
    let log = dir.join("calls");
    let real = String::from_utf8(
        std::process::Command::new("sh").args(["-c", "command -v tesseract"]).output().unwrap().stdout,
    )
    .unwrap();
    let path = fake_engine(dir, &format!("echo \"$@\" >> '{}'\nexec {} \"$@\"", log.display(), real.trim()));
    let images =
        move || fs::read_to_string(&log).unwrap_or_default().lines().filter(|l| l.starts_with("stdin")).count();
    (path, images)
}

#[test]
fn an_unchanged_inventory_is_not_read_by_ocr_again() {
    require_engine();
    let dir = tempfile::tempdir().unwrap();
    let (path, images) = logged_engine(dir.path());
    let db = dir.path().join("inventory.db");
    let index = || {
        let out = dpscan()
            .arg("index")
            .arg(scans())
            .arg("--db")
            .arg(&db)
            .args([
                "--format",
                "jsonl",
                "--exclude",
                "*.jsonl",
                "--exclude",
                "*.py",
                "--include",
                "*.png",
                "--include",
                "*.tiff",
            ])
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    index();
    assert_eq!(images(), 3, "letter.png, forms.tiff and noise/speckle.png, once each");
    index();
    assert_eq!(images(), 3, "the second run OCR'd again");
}

const KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

#[test]
fn scans_moved_copied_or_touched_are_recalled_by_content_and_not_read_again() {
    require_engine();
    let dir = tempfile::tempdir().unwrap();
    let (engine, images) = logged_engine(dir.path());
    let share = dir.path().join("share");
    fs::create_dir(&share).unwrap();
    for name in ["letter.png", "forms.tiff", "scanned.pdf"] {
        fs::copy(scans().join(name), share.join(name)).unwrap();
    }
    let note = share.join("note.txt");
    fs::write(&note, "Employee NI number QQ 12 34 56 C; the budget was agreed.\n").unwrap();
    let dpscan_db = |db: &Path, args: &[&str]| {
        let out = dpscan().env("DPSCAN_INDEX_KEY", KEY).env("PATH", &engine).args(args).arg("--db").arg(db).output();
        let out = out.unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let index = |db: &Path| {
        let run = records(&dpscan_db(db, &["index", share.to_str().unwrap(), "--ocr", "always", "--format", "jsonl"]));
        of_type(&run, "summary")[0].clone()
    };
    // Each file's findings as the inventory reports them, by name, without
    // path or mark.
    let findings = |db: &Path| {
        let mut by_file = std::collections::BTreeMap::<String, Vec<Value>>::new();
        for finding in of_type(&records(&dpscan_db(db, &["report", "--format", "jsonl", "--show-marked"])), "finding") {
            let mut finding = finding.clone();
            let name = file_name(&finding);
            let object = finding.as_object_mut().unwrap();
            object.remove("path");
            object.remove("mark");
            by_file.entry(name).or_default().push(finding);
        }
        by_file
    };
    let db = dir.path().join("inventory.db");
    let first = index(&db);
    // The letter one page, the TIFF two, the PDF three.
    assert_eq!(first["ocr"]["read"], 6, "{first}");
    let pages = images();
    assert!(pages > 0, "the engine was not called");
    let forms = share.join("forms.tiff");
    dpscan_db(&db, &["mark", forms.to_str().unwrap(), "--as", "test-data", "--by", "DPO", "--why", "a blank form"]);
    let before = findings(&db);
    assert!(["letter.png", "forms.tiff", "scanned.pdf"].iter().all(|f| before.contains_key(*f)), "{before:?}");

    fs::rename(share.join("letter.png"), share.join("renamed.png")).unwrap();
    fs::copy(&forms, share.join("copy.tiff")).unwrap();
    let scanned = fs::File::options().write(true).open(share.join("scanned.pdf")).unwrap();
    scanned.set_modified(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000)).unwrap();
    // Edited: the same size, other bytes.
    fs::write(&note, "Employee NI number QQ 12 34 56 D; the budget was agreed.\n").unwrap();
    let again = index(&db);
    assert_eq!(images(), pages, "an engine ran on the re-run");
    assert!(again.get("ocr").is_none(), "pages OCR'd (or not) by the re-run: {again}");
    let changes = &again["changes"];
    assert_eq!(changes["recalled_by_content"], 3, "{changes}");
    assert_eq!(changes["read"], 1, "only the edited note is read: {changes}");
    assert_eq!(
        (changes["new"].as_u64(), changes["changed"].as_u64(), changes["gone"].as_u64()),
        (Some(2), Some(2), Some(1))
    );

    let after = findings(&db);
    assert_eq!(after["renamed.png"], before["letter.png"]);
    assert_eq!(after["copy.tiff"], before["forms.tiff"]);
    assert_eq!(after["scanned.pdf"], before["scanned.pdf"]);
    assert_ne!(after["note.txt"], before["note.txt"], "the edited note was not read");
    // A reviewer's mark is on the file marked, not on its copy.
    let marks = records(&dpscan_db(&db, &["marks", "--format", "jsonl"]));
    assert_eq!(marks.len(), 1, "{marks:?}");
    assert_eq!((file_name(&marks[0]), marks[0]["state"].as_str()), ("forms.tiff".into(), Some("current")));
    let shown = records(&dpscan_db(&db, &["report", "--format", "jsonl"]));
    let shown: Vec<String> = of_type(&shown, "finding").iter().map(|f| file_name(f)).collect();
    assert!(shown.contains(&"copy.tiff".to_string()) && !shown.contains(&"forms.tiff".to_string()), "{shown:?}");

    // What the inventory holds is what reading the tree afresh gives, words included.
    let fresh = dir.path().join("fresh.db");
    assert_eq!(index(&fresh)["ocr"]["read"], 8, "the copy's two pages too");
    let dump = |db: &Path| SqliteStore::open(db, false).unwrap().dump().unwrap();
    let held = not_gone(dump(&db));
    assert!(held.iter().any(|l| l.starts_with("word\t")));
    let fresh = dump(&fresh);
    let only_held: Vec<&String> = held.iter().filter(|l| !fresh.contains(l)).collect();
    let only_fresh: Vec<&String> = fresh.iter().filter(|l| !held.contains(l)).collect();
    assert_eq!(held, fresh, "held only: {only_held:#?}\nfresh only: {only_fresh:#?}");
}

/// `--ocr-max-pages` caps the images OCR'd in one file: the pages past it
/// are problems naming the limit, never silently clean.
#[test]
fn pages_past_the_cap_are_problems_naming_the_limit() {
    require_engine();
    let out = dpscan()
        .arg("scan")
        .arg(scans().join("scanned.pdf"))
        .args(["--format", "jsonl", "--ocr", "always", "--ocr-max-pages", "1"])
        .output()
        .unwrap();
    assert!(out.status.code().unwrap() < 2, "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let file = &of_type(&records, "file")[0];
    assert_eq!(file["status"], "scanned", "{file}");
    assert_eq!(file["ocr"]["read"], 1, "{file}");
    let problems = file["problems"].as_array().unwrap();
    let pages: Vec<u64> = problems.iter().map(|p| p["location"]["page"].as_u64().unwrap()).collect();
    assert_eq!(pages, [2, 3], "{file}");
    assert!(problems.iter().all(|p| p["error"].as_str().unwrap().contains("more than 1 images to OCR")), "{file}");
}
