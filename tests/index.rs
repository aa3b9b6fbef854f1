//! `dpscan index`, `report --db` and `dispose --db` end to end: what an
//! unchanged, changed or re-judged re-run reads, crash safety, what the
//! inventory file holds, and reports from the inventory against a fresh scan.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use common::{dpscan, of_type, records};
use dpscan::index::sqlite::SqliteStore;
use dpscan::index::Store;
use serde_json::Value;

/// A fixed key, so two inventories of one tree can be compared digest for digest.
const KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const AS_OF: &str = "2030-01-01";

/// `dpscan index ROOT --db DB ARGS` as JSONL: the records and the exit code.
fn index(db: &Path, root: &Path, args: &[&str]) -> (Vec<Value>, i32) {
    let out = dpscan()
        .env("DPSCAN_INDEX_KEY", KEY)
        .arg("index")
        .arg(root)
        .arg("--db")
        .arg(db)
        .args(["--format", "jsonl", "--as-of", AS_OF])
        .args(args)
        .output()
        .unwrap();
    let code = out.status.code().unwrap();
    assert!(code < 2, "index failed: {}", String::from_utf8_lossy(&out.stderr));
    (records(&out.stdout), code)
}

/// `dpscan index ROOT --db DB` with no key in the environment: the key
/// lives in (or is made as) `DB.key`.
fn index_with_key_file(db: &Path, root: &Path) -> std::process::Output {
    dpscan().env_remove("DPSCAN_INDEX_KEY").arg("index").arg(root).arg("--db").arg(db).arg("-q").output().unwrap()
}

/// The summary's `changes`.
fn changes(records: &[Value]) -> Value {
    of_type(records, "summary")[0]["changes"].clone()
}

/// How many files an inventory being written holds so far (0 before it exists).
fn files_held(db: &Path) -> i64 {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    rusqlite::Connection::open_with_flags(db, flags)
        .and_then(|c| c.query_row("SELECT count(*) FROM files", [], |r| r.get(0)))
        .unwrap_or(0)
}

fn dump(db: &Path) -> Vec<String> {
    SqliteStore::open(db, false).unwrap().dump().unwrap()
}

/// `count` small files in folders of 100; every seventh holds identifiers,
/// every thirteenth a health term about a named person.
fn tree(root: &Path, count: usize) {
    for i in 0..count {
        let dir = root.join(format!("dept-{:03}", i / 100));
        fs::create_dir_all(&dir).unwrap();
        let mut text = format!("Minutes of meeting {i}. The budget was agreed and the report circulated.\n");
        if i % 7 == 0 {
            text.push_str(&format!(
                "Employee NI number QQ {:02} {:02} {:02} C, email staff{i}@example.com\n",
                i % 100,
                12,
                34
            ));
        }
        if i % 13 == 0 {
            text.push_str("Dear Jane Smith, following your diagnosis of diabetes we have adjusted your duties.\n");
        }
        fs::write(dir.join(format!("note-{i:05}.txt")), text).unwrap();
    }
}

#[test]
fn a_rerun_reads_only_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 10_000);

    let (first, _) = index(&db, &root, &[]);
    let c = changes(&first);
    assert_eq!((c["new"].as_u64(), c["read"].as_u64()), (Some(10_000), Some(10_000)));
    assert_eq!(of_type(&first, "change").len(), 10_000);

    let (unchanged, code) = index(&db, &root, &["--fail-on-changes"]);
    let c = changes(&unchanged);
    assert_eq!(code, 0, "nothing new: a scheduler hears nothing");
    assert_eq!((c["unchanged"].as_u64(), c["read"].as_u64()), (Some(10_000), Some(0)));
    assert!(of_type(&unchanged, "change").is_empty());
    // Recalled files still count in the totals.
    assert_eq!(of_type(&unchanged, "summary")[0]["findings"], of_type(&first, "summary")[0]["findings"]);

    // One file of 10,000 changes, one appears, one goes.
    fs::write(root.join("dept-005/note-00501.txt"), "Now holds QQ 12 34 56 C.\n").unwrap();
    fs::write(root.join("dept-099/added.txt"), "plain text\n").unwrap();
    fs::remove_file(root.join("dept-000/note-00002.txt")).unwrap();
    let (after, code) = index(&db, &root, &["--fail-on-changes"]);
    let c = changes(&after);
    assert_eq!(code, 1, "a file newly holding personal data is news");
    assert_eq!(c["read"], 2, "exactly the changed and the new file are read");
    assert_eq!((c["changed"].as_u64(), c["new"].as_u64(), c["gone"].as_u64()), (Some(1), Some(1), Some(1)));
    assert_eq!(c["unchanged"], 9_998);
    assert_eq!(c["newly_personal"], 1);
    let listed: Vec<(String, String)> = of_type(&after, "change")
        .iter()
        .map(|r| (r["change"].as_str().unwrap().into(), r["path"].as_str().unwrap().rsplit('/').next().unwrap().into()))
        .collect();
    assert_eq!(
        listed.iter().filter(|(c, _)| c != "new").cloned().collect::<Vec<_>>(),
        [("changed".into(), "note-00501.txt".into()), ("gone".into(), "note-00002.txt".into())]
    );
}

/// A night when one file appears and another goes: as many files are
/// reached as were held, yet the one gone is looked for and found.
#[test]
fn a_file_added_and_one_deleted_on_the_same_night() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 200);
    index(&db, &root, &[]);
    fs::write(root.join("dept-001/added.txt"), "plain text\n").unwrap();
    fs::remove_file(root.join("dept-000/note-00002.txt")).unwrap();
    let (after, _) = index(&db, &root, &[]);
    let c = changes(&after);
    assert_eq!((c["new"].as_u64(), c["gone"].as_u64(), c["unchanged"].as_u64()), (Some(1), Some(1), Some(199)));
    let gone: Vec<_> = of_type(&after, "change").into_iter().filter(|r| r["change"] == "gone").collect();
    assert!(gone[0]["path"].as_str().unwrap().ends_with("dept-000/note-00002.txt"));
    let (again, _) = index(&db, &root, &[]);
    assert_eq!((changes(&again)["gone"].as_u64(), changes(&again)["unchanged"].as_u64()), (Some(0), Some(200)));
}

const KEEP_ALL: &str = "[default]\nkeep = \"10 years\"\naction = \"review\"\n";
const HEALTH_SHORT: &str = r#"
[default]
keep = "10 years"
action = "review"

[[rule]]
id = "health-records"
categories = ["health"]
keep = "1 day"
action = "delete"

[[rule]]
id = "ni-numbers"
kinds = ["uk_nino"]
keep = "1 day"
action = "review"
"#;

#[test]
fn a_policy_change_judges_every_file_again_without_reading_one() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 300);
    let (keep_all, changed) = (dir.path().join("keep.toml"), dir.path().join("health.toml"));
    fs::write(&keep_all, KEEP_ALL).unwrap();
    fs::write(&changed, HEALTH_SHORT).unwrap();
    index(&db, &root, &["--policy", keep_all.to_str().unwrap()]);

    let (rejudged, code) = index(&db, &root, &["--policy", changed.to_str().unwrap(), "--fail-on-changes"]);
    let c = changes(&rejudged);
    assert_eq!(c["read"], 0, "a policy change reads nothing");
    assert_eq!(code, 1);
    // Files holding health data (every 13th) are due for deletion; those
    // holding a NINO (every 7th) for review; the rest keep.
    let due = |action: &str| of_type(&rejudged, "change").iter().filter(|r| r["newly_due"] == action).count();
    let (health, nino_only) =
        ((0..300).filter(|i| i % 13 == 0).count(), (0..300).filter(|i| i % 7 == 0 && i % 13 != 0).count());
    assert_eq!((due("delete"), due("review")), (health, nino_only));

    // Every verdict equals the one a fresh scan gives under the new policy.
    let verdicts = |records: Vec<Value>| {
        let mut v: Vec<(String, Value)> = of_type(&records, "file")
            .iter()
            .map(|r| (r["path"].as_str().unwrap().to_string(), r["retention"].clone()))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    let from_inventory = report(&db, &["--format", "jsonl", "--policy", changed.to_str().unwrap()]);
    let fresh = scan(&root, &["--format", "jsonl", "--policy", changed.to_str().unwrap()]);
    assert_eq!(verdicts(records(&from_inventory)), verdicts(records(&fresh)));
}

#[test]
fn a_rule_pack_change_reads_every_file_again() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db, rules) = (dir.path().join("share"), dir.path().join("inventory.db"), dir.path().join("rules"));
    tree(&root, 200);
    fs::create_dir(&rules).unwrap();
    index(&db, &root, &[]);
    fs::write(
        rules.join("staff.toml"),
        r#"[[detector]]
id = "meeting_number"
kind = "uk_passport"
description = "test rule: a meeting number"
regex = '''meeting (?P<value>\d+)'''
validator = "verbatim"
confidence = 0.9
samples.positive = ["meeting 12"]
"#,
    )
    .unwrap();
    let (rerun, _) = index(&db, &root, &["--rules", rules.to_str().unwrap()]);
    let c = changes(&rerun);
    assert_eq!((c["read"].as_u64(), c["unchanged"].as_u64()), (Some(200), Some(200)));
    assert_eq!(c["newly_personal"], 200 - (0..200).filter(|i| i % 7 == 0 || i % 13 == 0).count());
    let (again, _) = index(&db, &root, &["--rules", rules.to_str().unwrap()]);
    assert_eq!(changes(&again)["read"], 0);
}

#[test]
fn a_killed_run_resumes_to_the_inventory_a_whole_run_builds() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    tree(&root, 4_000);
    let scratch = dir.path().join("scratch.db");
    index(&scratch, &root, &[]);
    let expected = dump(&scratch);
    assert!(expected.len() > 4_000);

    // Killed once the inventory holds this many files: the kill lands at
    // some point of the next batch. 0: killed at once.
    let mut interrupted = 0;
    for (attempt, committed) in [0i64, 1, 500, 1000, 2000, 3000].into_iter().enumerate() {
        let db = dir.path().join(format!("killed-{attempt}.db"));
        // Killed once, twice on the odd attempts, then completed.
        for _ in 0..(1 + attempt % 2) {
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dpscan"))
                .env("DPSCAN_INDEX_KEY", KEY)
                .args(["index", "--quiet", "--format", "jsonl", "--as-of", AS_OF, "--db"])
                .arg(&db)
                .arg(&root)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            while committed > 0 && files_held(&db) < committed && child.try_wait().unwrap().is_none() {
                std::thread::sleep(Duration::from_millis(1));
            }
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
        }
        let (resumed, _) = index(&db, &root, &[]);
        let c = changes(&resumed);
        // News not reported by a killed run is reported by the next one:
        // every file is new since the last run that finished.
        assert_eq!(c["new"], 4_000, "killed once {committed} files were held");
        assert_eq!(of_type(&resumed, "change").len(), 4_000);
        interrupted += u64::from(c["read"].as_u64().unwrap() < 4_000 && c["read"].as_u64().unwrap() > 0);
        assert_eq!(dump(&db), expected, "killed once {committed} files were held");
    }
    assert!(interrupted > 0, "no kill landed between two batches: the test proved nothing");
}

#[test]
fn the_inventory_holds_no_clear_identifier() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir(&root).unwrap();
    let planted = [
        ("QQ123456C", &["QQ123456C", "QQ 12 34 56 C", "qq123456c"][..]),
        ("jane.smith@example.com", &["jane.smith@example.com", "JANE.SMITH@EXAMPLE.COM", "jane.smith"][..]),
        ("07700 900123", &["07700900123", "07700 900123", "+447700900123", "7700900123"][..]),
        ("4111 1111 1111 1111", &["4111111111111111", "4111 1111 1111 1111"][..]),
        ("GB82 WEST 1234 5698 7654 32", &["GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32"][..]),
        ("Sort code 20-00-00 account 55779911", &["55779911", "200000:55779911", "20-00-00"][..]),
        ("NHS number 943 476 5919", &["9434765919", "943 476 5919"][..]),
    ];
    let text: String = planted.iter().map(|(written, _)| format!("Record for Jane Smith: {written}\n")).collect();
    fs::write(root.join("record.txt"), &text).unwrap();
    fs::write(root.join("table.csv"), "Name,NI number,Email\nJane Smith,QQ123456C,jane.smith@example.com\n").unwrap();
    let (first, _) = index(&db, &root, &[]);
    let found = of_type(&first, "summary")[0]["findings_by_kind"].clone();
    for kind in ["uk_nino", "email", "phone", "payment_card", "iban", "uk_bank_account", "nhs_number", "person_name"] {
        assert!(found[kind].as_u64().unwrap_or(0) > 0, "{kind} not found, so not tested: {found}");
    }
    let mut bytes = Vec::new();
    for entry in fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            bytes.extend(fs::read(&path).unwrap());
        }
    }
    for (_, spellings) in planted {
        for spelling in spellings {
            let needle = spelling.as_bytes();
            assert!(
                !bytes.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle)),
                "{spelling} is in the inventory"
            );
        }
    }
    // Nor the plain SHA-256 of a file, which would let anyone test guesses
    // of a small file's content.
    let plain = std::process::Command::new("sha256sum").arg(root.join("table.csv")).output().unwrap();
    let hex = String::from_utf8_lossy(&plain.stdout)[..64].to_string();
    let hash: Vec<u8> = (0..32).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap()).collect();
    assert!(!bytes.windows(32).any(|w| w == hash), "a file's plain SHA-256 is in the inventory");
    for file in [db.clone(), dir.path().join("inventory.db.key")] {
        assert!(!file.exists() || fs::metadata(&file).unwrap().permissions().mode() & 0o777 == 0o600);
    }
    assert_eq!(fs::metadata(&db).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn a_new_inventory_makes_an_owner_only_key_and_refuses_another() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 3);
    let out = index_with_key_file(&db, &root);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let key = dir.path().join("inventory.db.key");
    assert_eq!(fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(fs::read_to_string(&key).unwrap().trim().len(), 64);
    let out = dpscan().env("DPSCAN_INDEX_KEY", KEY).args(["report", "--db"]).arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not belong to the inventory"));
    fs::remove_file(&key).unwrap();
    let out = dpscan().env_remove("DPSCAN_INDEX_KEY").args(["report", "--db"]).arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is missing"));
}

#[test]
fn an_unreadable_root_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 20);
    index(&db, &root, &[]);
    let before = dump(&db);
    let moved = dir.path().join("unmounted");
    fs::rename(&root, &moved).unwrap();
    let out = dpscan().env("DPSCAN_INDEX_KEY", KEY).arg("index").arg(&root).arg("--db").arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the inventory was not changed"));
    assert_eq!(dump(&db), before, "no file was marked gone");
}

/// The inventory loads while the crawl begins: a row it cannot read back
/// still stops the run, with its reason, before anything is written.
#[test]
fn an_inventory_row_that_cannot_be_read_stops_the_run_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 2_000);
    index(&db, &root, &[]);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE files SET status = 'misread' WHERE id = (SELECT max(id) FROM files)", []).unwrap();
    drop(conn);
    let before = dump(&db);
    let out = dpscan().env("DPSCAN_INDEX_KEY", KEY).arg("index").arg(&root).arg("--db").arg(&db).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("bad status in the files table") && !stderr.contains("panicked"), "{stderr}");
    assert_eq!(dump(&db), before, "nothing was written");
}

#[test]
fn names_that_are_not_utf8_stay_apart() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir(&root).unwrap();
    // Both names print as "�.txt".
    for (byte, nino) in [(0xffu8, "QQ123456C"), (0xfe, "QQ654321A")] {
        let name = [&[byte][..], b".txt"].concat();
        fs::write(root.join(std::ffi::OsStr::from_bytes(&name)), format!("NI number {nino}\n")).unwrap();
    }
    let (first, _) = index(&db, &root, &["--threads", "2"]);
    assert_eq!(changes(&first)["new"], 2);
    let files: Vec<String> = dump(&db).into_iter().filter(|l| l.starts_with("file\t")).collect();
    assert_eq!(files.len(), 2);
    let findings: Vec<String> = dump(&db).into_iter().filter(|l| l.starts_with("finding\t")).collect();
    let nino_per_file: Vec<&str> = findings.iter().map(|l| l.split('\t').nth(1).unwrap()).collect();
    assert_eq!(nino_per_file.len(), 2);
    assert_ne!(nino_per_file[0], nino_per_file[1], "each file keeps its own finding");
    let (again, _) = index(&db, &root, &[]);
    assert_eq!(changes(&again)["read"], 0);
}

fn report(db: &Path, args: &[&str]) -> Vec<u8> {
    let out = dpscan()
        .env("DPSCAN_INDEX_KEY", KEY)
        .args(["report", "--as-of", AS_OF, "--db"])
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn scan(root: &Path, args: &[&str]) -> Vec<u8> {
    let out = dpscan().args(["scan", "--as-of", AS_OF]).arg(root).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// A report's lines in order, without the time it took.
fn comparable(format: &str, output: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(output);
    let mut lines: Vec<String> = match format {
        "json" => serde_json::from_str::<Vec<Value>>(&text)
            .unwrap()
            .into_iter()
            .map(|mut r| {
                r.as_object_mut().unwrap().remove("elapsed_seconds");
                r.to_string()
            })
            .collect(),
        "jsonl" => records(output)
            .into_iter()
            .map(|mut r| {
                r.as_object_mut().unwrap().remove("elapsed_seconds");
                r.to_string()
            })
            .collect(),
        _ => text.lines().map(|l| l.split(", in ").next().unwrap().to_string()).collect(),
    };
    lines.sort();
    lines
}

#[test]
fn reports_from_the_inventory_equal_a_fresh_scan_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    copy_tree(&common::fixtures().join("share"), &root);
    copy_tree(&common::fixtures().join("mail"), &root.join("mail"));
    index(&db, &root, &[]);
    for format in ["jsonl", "json", "csv", "table"] {
        for extra in [&[][..], &["--explain"][..]] {
            let args = [&["--format", format][..], extra].concat();
            let from_inventory = comparable(format, &report(&db, &args));
            let fresh = comparable(format, &scan(&root, &[&args[..], &["--threads", "1"]].concat()));
            assert!(from_inventory.len() > 20, "{format}: too little to compare");
            assert_eq!(from_inventory, fresh, "{format} {extra:?}");
        }
    }
}

#[test]
fn a_file_of_more_findings_than_are_held_in_memory_is_stored_whole_and_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir(&root).unwrap();
    // Most of them held aside in a temporary file until the file's record
    // comes: a list spills past `IN_MEMORY` items.
    let count = 12_000;
    assert!(count > 2 * dpscan::scan::spill::IN_MEMORY, "the findings spill, more than once");
    common::payroll(&root.join("payroll.txt"), count);
    index(&db, &root, &[]);
    let findings =
        |output: &[u8]| -> Vec<Value> { of_type(&records(output), "finding").into_iter().cloned().collect() };
    let stored = findings(&report(&db, &["--format", "jsonl"]));
    assert_eq!(stored.len(), count);
    assert_eq!(stored, findings(&scan(&root, &["--format", "jsonl", "--threads", "1"])));
    // The first and the last are found by a subject access search.
    for (nino, line) in [("QQ000000C", 0), ("QQ011999C", count - 1)] {
        let out = dpscan_db(&db, &["sar", "--format", "jsonl", "--nino", nino]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let hits = records(&out.stdout);
        let hits = of_type(&hits, "hit");
        assert_eq!(hits.len(), 1, "{nino}: {hits:?}");
        let snippet = hits[0]["snippet"].as_str().unwrap();
        assert!(snippet.contains(&format!("Payroll line {line}: NI number")), "{nino}: {snippet}");
    }
}

/// A file's findings held aside in a temporary file that cannot be written
/// in full (here no file may grow past 1 MiB, as on a full disk) are not
/// stored as if whole: the run goes on, warns which file and why, holds
/// every other file and none of that one, and exits 2; the next run stores
/// it whole.
#[test]
fn a_file_whose_findings_cannot_be_held_aside_is_not_stored_and_the_run_says_why() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir(&root).unwrap();
    // ~30,000 findings: ~2 MB held aside, past the limit; the inventory
    // itself stays under it until the file is written.
    let count = 30_000;
    common::payroll(&root.join("payroll.txt"), count);
    let others: i64 = 5;
    for i in 0..others {
        fs::write(root.join(format!("note-{i}.txt")), format!("Call Jane Smith on 07700 900{i:03}.\n")).unwrap();
    }
    let mut limited = std::process::Command::new(env!("CARGO_BIN_EXE_dpscan"));
    limited.env("DPSCAN_INDEX_KEY", KEY).arg("index").arg(&root).arg("--db").arg(&db).arg("-q");
    // SAFETY: between fork and exec only async-signal-safe calls, on this
    // process's own settings.
    unsafe {
        limited.pre_exec(|| {
            // A write past the limit fails (EFBIG) rather than kill the process.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: 1 << 20, rlim_max: 1 << 20 };
            match libc::setrlimit(libc::RLIMIT_FSIZE, &limit) {
                0 => Ok(()),
                _ => Err(std::io::Error::last_os_error()),
            }
        })
    };
    let out = limited.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // It ran to the end: exit 0, as a scan with an unreadable file does (the contract).
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("dpscan: warning: "), "{stderr}");
    assert!(stderr.contains("payroll.txt: not stored"), "{stderr}");
    assert!(stderr.contains("findings held aside in a temporary file could not all be written"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one warning, for the one file: {stderr}");
    assert_eq!(files_held(&db), others, "every other file is in the inventory, and nothing of that one");
    let held = records(&report(&db, &["--format", "jsonl"]));
    assert!(of_type(&held, "file").iter().all(|f| !f["path"].as_str().unwrap().ends_with("payroll.txt")));

    index(&db, &root, &[]);
    assert_eq!(files_held(&db), others + 1);
    let stored = records(&report(&db, &["--format", "jsonl"]));
    let payroll =
        of_type(&stored, "finding").into_iter().filter(|f| f["path"].as_str().unwrap().ends_with("payroll.txt"));
    assert_eq!(payroll.count(), count);
}

#[test]
fn dispose_acts_on_the_inventorys_due_list_with_its_checks() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db, quarantine) = (dir.path().join("share"), dir.path().join("inventory.db"), dir.path().join("q"));
    tree(&root, 30);
    let policy = dir.path().join("health.toml");
    fs::write(&policy, HEALTH_SHORT).unwrap();
    index(&db, &root, &["--policy", policy.to_str().unwrap()]);
    // Edited since it was indexed: dispose must refuse it.
    fs::write(root.join("dept-000/note-00013.txt"), "edited\n").unwrap();
    let out = dpscan()
        .env("DPSCAN_INDEX_KEY", KEY)
        .args(["dispose", "--format", "jsonl", "--as-of", AS_OF, "--execute", "--root"])
        .arg(&root)
        .arg("--db")
        .arg(&db)
        .arg("--policy")
        .arg(&policy)
        .arg("--quarantine")
        .arg(&quarantine)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let outcomes = records(&out.stdout);
    let done: Vec<&Value> = outcomes.iter().filter(|o| o["status"] == "done").collect();
    let skipped: Vec<&Value> = outcomes.iter().filter(|o| o["status"] == "skipped").collect();
    assert_eq!(done.len() + skipped.len(), 3, "files 0, 13 and 26 hold health data: {outcomes:?}");
    assert_eq!(skipped.len(), 1);
    assert!(skipped[0]["path"].as_str().unwrap().ends_with("note-00013.txt"));
    assert!(!root.join("dept-000/note-00026.txt").exists());
    assert!(quarantine.join("share/dept-000/note-00026.txt").exists());
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else if entry.file_type().unwrap().is_file() {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn dpscan_db(db: &Path, args: &[&str]) -> std::process::Output {
    dpscan().env("DPSCAN_INDEX_KEY", KEY).args(args).arg("--db").arg(db).output().unwrap()
}

#[test]
fn a_reviewers_mark_holds_while_the_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir(&root).unwrap();
    let form = root.join("blank-form.txt");
    fs::write(&form, "Example: NI number QQ 12 34 56 C\nContact: jane.smith@example.com\n").unwrap();
    index(&db, &root, &[]);
    let form_arg = form.to_str().unwrap();

    let refused = dpscan_db(
        &db,
        &[
            "mark",
            form_arg,
            "--as",
            "test-data",
            "--by",
            "DPO",
            "--why",
            "x",
            "--kind",
            "uk_nino",
            "--value",
            "QQ654321A",
        ],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no finding of that kind"));
    let invalid = dpscan_db(
        &db,
        &["mark", form_arg, "--as", "test-data", "--by", "DPO", "--why", "x", "--kind", "uk_nino", "--value", "hello"],
    );
    assert_eq!(invalid.status.code(), Some(2));

    let marked = dpscan_db(
        &db,
        &[
            "mark",
            form_arg,
            "--as",
            "test-data",
            "--by",
            "DPO",
            "--why",
            "HMRC specimen",
            "--kind",
            "uk_nino",
            "--value",
            "qq 12 34 56 c",
        ],
    );
    assert!(marked.status.success(), "{}", String::from_utf8_lossy(&marked.stderr));
    assert!(String::from_utf8_lossy(&marked.stdout).contains("1 findings covered"));

    let kinds = |args: &[&str]| -> Vec<String> {
        let out = records(&report(&db, &[&["--format", "jsonl"][..], args].concat()));
        of_type(&out, "finding").iter().map(|f| f["kind"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(kinds(&[]), ["email"], "the marked NINO is hidden");
    let shown = records(&report(&db, &["--format", "jsonl", "--show-marked"]));
    let nino = of_type(&shown, "finding").into_iter().find(|f| f["kind"] == "uk_nino").unwrap().clone();
    assert_eq!(nino["mark"]["decision"], "test_data");
    assert_eq!(nino["mark"]["by"], "DPO");

    // A re-scan of the unchanged file keeps the mark.
    index(&db, &root, &[]);
    assert_eq!(kinds(&[]), ["email"]);

    // Once the file changes, the mark no longer applies and says so.
    fs::write(&form, "Example: NI number QQ 12 34 56 C\nContact: jane.smith@example.com\nSigned.\n").unwrap();
    let (after, code) = index(&db, &root, &["--fail-on-changes"]);
    assert_eq!(code, 1);
    assert_eq!(of_type(&after, "change")[0]["review_again"], true);
    assert_eq!(kinds(&[]), ["uk_nino", "email"]);
    let listed = records(&dpscan_db(&db, &["marks", "--format", "jsonl"]).stdout);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["state"], "stale");
    assert_eq!(listed[0]["why"], "HMRC specimen");
}

#[test]
fn a_second_writer_is_refused_and_a_filtered_file_is_not_gone() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 20);
    index(&db, &root, &[]);

    // Another run holds the inventory.
    let lock = fs::File::options().read(true).write(true).open(dir.path().join("inventory.db.lock")).unwrap();
    assert_eq!(unsafe { libc::flock(std::os::unix::io::AsRawFd::as_raw_fd(&lock), libc::LOCK_EX) }, 0);
    let out = dpscan().env("DPSCAN_INDEX_KEY", KEY).arg("index").arg(&root).arg("--db").arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another dpscan index is writing"));
    drop(lock);

    // Left out by a filter: still there, so not gone, and still reported.
    let (filtered, _) = index(&db, &root, &["--exclude", "note-00003.txt"]);
    assert_eq!(changes(&filtered)["gone"], 0);
    let reported = records(&report(&db, &["--format", "jsonl"]));
    assert_eq!(of_type(&reported, "file").len(), 20);
}

#[test]
fn a_first_run_that_died_before_its_key_was_kept_starts_again() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 5);
    // An inventory file with its schema but no key yet, as a first run killed early leaves it.
    drop(SqliteStore::open(&db, true).unwrap());
    let out = index_with_key_file(&db, &root);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("inventory.db.key").exists());
}

#[test]
fn roots_named_differently_are_one_inventory() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 250);
    // The same root twice, and a folder inside it: crawled once.
    let sub = root.join("dept-001");
    let (first, _) = index(&db, &root, &[root.to_str().unwrap(), sub.to_str().unwrap()]);
    assert_eq!(changes(&first)["new"], 250);
    // A trailing slash or a `..` names the same files.
    let slashed = PathBuf::from(format!("{}/", root.display()));
    let (again, _) = index(&db, &slashed, &[]);
    assert_eq!((changes(&again)["read"].as_u64(), changes(&again)["new"].as_u64()), (Some(0), Some(0)));
    let dotted = sub.join("..");
    assert_eq!(changes(&index(&db, &dotted, &[]).0)["read"], 0);
    // Indexed alone, then with its parent after a file went: gone is seen.
    index(&db, &sub, &[]);
    fs::remove_file(sub.join("note-00100.txt")).unwrap();
    let (parent, _) = index(&db, &root, &[]);
    assert_eq!(changes(&parent)["gone"], 1);
    let reported = records(&report(&db, &["--format", "jsonl"]));
    assert_eq!(of_type(&reported, "file").len(), 249);
}

#[test]
fn an_empty_mount_point_is_not_every_file_gone() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 10);
    index(&db, &root, &[]);
    let before = dump(&db);
    // Unmounted: the mount point is there, empty.
    fs::rename(&root, dir.path().join("elsewhere")).unwrap();
    fs::create_dir(&root).unwrap();
    let out = dpscan().env("DPSCAN_INDEX_KEY", KEY).arg("index").arg(&root).arg("--db").arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the share mounted?"));
    assert_eq!(dump(&db), before);
    let (accepted, _) = index(&db, &root, &["--allow-all-gone"]);
    assert_eq!(changes(&accepted)["gone"], 10);
}

#[test]
fn touching_a_marked_file_keeps_its_mark_and_due_reports_hold_only_due_files() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 30);
    let policy = dir.path().join("health.toml");
    fs::write(&policy, HEALTH_SHORT).unwrap();
    index(&db, &root, &["--policy", policy.to_str().unwrap()]);
    let marked = root.join("dept-000/note-00007.txt");
    let out =
        dpscan_db(&db, &["mark", marked.to_str().unwrap(), "--as", "accepted-risk", "--by", "DPO", "--why", "kept"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let now = std::time::SystemTime::now();
    fs::File::options().write(true).open(&marked).unwrap().set_modified(now).unwrap();
    let (touched, code) = index(&db, &root, &["--policy", policy.to_str().unwrap(), "--fail-on-changes"]);
    assert_eq!(code, 0, "same content: the mark still applies");
    assert_eq!(changes(&touched)["review_again"], 0);
    let listed = records(&dpscan_db(&db, &["marks", "--format", "jsonl"]).stdout);
    assert_eq!(listed[0]["state"], "current");

    // `--due`: only files due, and only their findings.
    let due = records(&report(&db, &["--format", "jsonl", "--due", "--policy", policy.to_str().unwrap()]));
    let due_files: Vec<&str> = of_type(&due, "file").iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert!(!due_files.is_empty());
    for finding in of_type(&due, "finding") {
        assert!(due_files.contains(&finding["path"].as_str().unwrap()), "a finding of a file not due: {finding}");
    }
}

#[test]
fn an_inventory_found_readable_by_others_is_made_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root, 3);
    let out = index_with_key_file(&db, &root);
    assert!(out.status.success());
    let key = dir.path().join("inventory.db.key");
    for file in [&db, &key] {
        fs::set_permissions(file, fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = dpscan().env_remove("DPSCAN_INDEX_KEY").args(["report", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for file in [&db, &key] {
        assert_eq!(fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600, "{}", file.display());
    }
}

/// A policy whose verdicts turn on days a test can name: leavers' files
/// after 30 days, mailboxes' messages each ten years after their own date.
const DATED: &str = r#"
[default]
keep = "1 year"
action = "review"

[[rule]]
id = "leavers"
paths = ["HR/**"]
keep = "30 days"
action = "delete"

[[rule]]
id = "mail"
paths = ["**/*.mbox"]
keep = "10 years"
basis = "content"
action = "review"
"#;

/// `dpscan index ROOT` as of `day` under `policy` in the time zone `zone`,
/// checked against a fresh scan of the same files that day: every total
/// a verdict moves is the scan's. Returns the index run's records.
fn night(db: &Path, root: &Path, day: &str, policy: &Path, zone: &str) -> Vec<Value> {
    let run = |command: &str, db: Option<&Path>| {
        let mut cmd = dpscan();
        cmd.env("DPSCAN_INDEX_KEY", KEY).env("TZ", zone).arg(command).arg(root);
        if let Some(db) = db {
            cmd.arg("--db").arg(db);
        }
        let out = cmd.args(["--format", "jsonl", "--as-of", day, "--policy"]).arg(policy).output().unwrap();
        assert!(out.status.code().unwrap() < 2, "{command}: {}", String::from_utf8_lossy(&out.stderr));
        records(&out.stdout)
    };
    let (indexed, fresh) = (run("index", Some(db)), run("scan", None));
    let totals = |records: &[Value]| {
        let summary = of_type(records, "summary")[0].clone();
        ["files", "scanned", "skipped", "errors", "problems", "expired", "expired_messages", "findings"]
            .map(|key| (key, summary[key].clone()))
            .into_iter()
            .chain([("findings_by_kind", summary["findings_by_kind"].clone())])
            .collect::<Vec<_>>()
    };
    assert_eq!(totals(&indexed), totals(&fresh), "{day} under {} in {zone}", policy.display());
    indexed
}

/// How the inventory holds the verdict of the file whose path ends in
/// `name`: what is due, and the days that holds (`YYYYMMDD`).
fn held_verdict(db: &Path, name: &str) -> (Option<String>, Option<i64>, Option<i64>) {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("SELECT due, holds_from, holds_until FROM files WHERE path LIKE '%' || ?1", [name], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .unwrap()
}

#[test]
fn a_stored_verdict_stands_only_while_nothing_can_have_moved_it() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    tree(&root.join("minutes"), 60);
    let dated = |path: &Path, text: &str, modified: &str| {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        let at: jiff::Timestamp = modified.parse().unwrap();
        fs::File::options().write(true).open(path).unwrap().set_modified(at.into()).unwrap();
    };
    let leaver = root.join("HR/leaver.txt");
    dated(&leaver, "Leaver's exit notes, NI number QQ 12 34 56 C\n", "2029-12-10T12:00:00Z");
    dated(&root.join("notes.txt"), "Planning notes.\n", "2029-06-01T12:00:00Z");
    fs::create_dir_all(root.join("mail")).unwrap();
    fs::copy(common::fixtures().join("mail/archive.mbox"), root.join("mail/archive.mbox")).unwrap();
    let (policy, longer) = (dir.path().join("dated.toml"), dir.path().join("longer.toml"));
    fs::write(&policy, DATED).unwrap();
    fs::write(&longer, DATED.replace("keep = \"30 days\"", "keep = \"1 year\"")).unwrap();
    let unread = |records: &[Value]| assert_eq!(changes(records)["read"], 0);
    let newly_due = |records: &[Value]| -> Vec<String> {
        of_type(records, "change").iter().filter_map(|c| c["newly_due"].as_str().map(str::to_string)).collect()
    };

    // The leaver's file expires on 9 January 2030 (30 days after 10
    // December), so its verdict holds until the 10th; the mailbox's
    // message of 2 January 2020 expires on 2 January 2030.
    night(&db, &root, "2030-01-01", &policy, "UTC");
    assert_eq!(held_verdict(&db, "leaver.txt"), (Some("keep".into()), None, Some(20300110)));
    // Expired messages: up to that of 21 November 2019; its own verdict
    // holds until 2034, ten years after its newest message.
    let mailbox = held_verdict(&db, "archive.mbox");
    assert_eq!(mailbox, (Some("keep".into()), Some(20291122), Some(20300103)), "bounded by its messages");
    unread(&night(&db, &root, "2030-01-02", &policy, "UTC"));
    // A message expires; the mailbox's own verdict does not move.
    unread(&night(&db, &root, "2030-01-03", &policy, "UTC"));
    assert_eq!(held_verdict(&db, "archive.mbox"), (Some("keep".into()), Some(20300103), Some(20300310)));
    let last_kept = night(&db, &root, "2030-01-09", &policy, "UTC");
    assert!(newly_due(&last_kept).is_empty());
    // The day its verdict stops holding, the file is due.
    let due = night(&db, &root, "2030-01-10", &policy, "UTC");
    unread(&due);
    assert_eq!(newly_due(&due), ["delete"]);
    assert_eq!(held_verdict(&db, "leaver.txt"), (Some("delete".into()), Some(20300110), None));
    assert!(newly_due(&night(&db, &root, "2030-01-11", &policy, "UTC")).is_empty(), "due already");
    // An earlier day (`--as-of` back), a longer period: judged again.
    night(&db, &root, "2030-01-05", &policy, "UTC");
    assert_eq!(held_verdict(&db, "leaver.txt").0.as_deref(), Some("keep"));
    unread(&night(&db, &root, "2030-01-10", &longer, "UTC"));
    assert_eq!(held_verdict(&db, "leaver.txt").0.as_deref(), Some("keep"));
    // Fourteen hours ahead the file was written on 11 December: a day
    // later to expire, so not due on the 10th.
    night(&db, &root, "2030-01-10", &policy, "UTC");
    assert_eq!(held_verdict(&db, "leaver.txt").0.as_deref(), Some("delete"));
    night(&db, &root, "2030-01-10", &policy, "Pacific/Kiritimati");
    assert_eq!(held_verdict(&db, "leaver.txt").0.as_deref(), Some("keep"));
    // Reached from another root, its relative path (which the policy
    // matches) moves: indexed alone, HR/** does not match `leaver.txt`.
    night(&db, &root.join("HR"), "2030-01-10", &policy, "UTC");
    assert_eq!(held_verdict(&db, "leaver.txt").0.as_deref(), Some("keep"));
    let parent = night(&db, &root, "2030-01-10", &policy, "UTC");
    unread(&parent);
    assert_eq!(held_verdict(&db, "leaver.txt").0.as_deref(), Some("delete"));
}

/// A mailbox whose messages read back are fewer than its row counts is not
/// judged as if it had no more: a report from the inventory fails saying
/// the row cannot be read back, and a run reads the mailbox again.
#[test]
fn a_mailbox_missing_messages_in_the_inventory_is_read_again_not_judged_short() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir_all(root.join("mail")).unwrap();
    fs::copy(common::fixtures().join("mail/archive.mbox"), root.join("mail/archive.mbox")).unwrap();
    let (policy, longer) = (dir.path().join("dated.toml"), dir.path().join("longer.toml"));
    fs::write(&policy, DATED).unwrap();
    fs::write(&longer, DATED.replace("keep = \"10 years\"", "keep = \"11 years\"")).unwrap();
    let policy = policy.to_str().unwrap();
    let messages =
        |db: &Path| of_type(&records(&report(db, &["--format", "jsonl", "--policy", policy])), "message").len();
    index(&db, &root, &["--policy", policy]);
    let held = messages(&db);
    assert!(held > 1, "{held} messages");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("DELETE FROM messages WHERE ord = (SELECT max(ord) FROM messages)", []).unwrap();
    drop(conn);

    let out = dpscan_db(&db, &["report", "--as-of", AS_OF, "--format", "jsonl", "--policy", policy]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "reported with a message short: {stderr}");
    assert!(stderr.contains("a file row that cannot be read back"), "{stderr}");

    let (rerun, _) = index(&db, &root, &["--policy", longer.to_str().unwrap()]);
    assert_eq!(changes(&rerun)["read"], 1, "judged again from a short list rather than read");
    assert_eq!(messages(&db), held);
}

/// The same bytes under another extension are another format (`.csv` is a
/// table, `.txt` text): a copy that changes its extension is read, not
/// recalled by content, and the inventory is the one a first run builds.
#[test]
fn a_copy_under_another_extension_is_read_not_recalled_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir_all(&root).unwrap();
    let rows = "Name,NI number,Email\nJane Smith,QQ 12 34 56 C,jane.smith@example.com\n";
    fs::write(root.join("export.txt"), rows).unwrap();
    index(&db, &root, &[]);
    fs::copy(root.join("export.txt"), root.join("export.csv")).unwrap();
    fs::copy(root.join("export.txt"), root.join("again.txt")).unwrap();
    let (rerun, _) = index(&db, &root, &[]);
    let c = changes(&rerun);
    assert_eq!((c["read"].as_u64(), c["recalled_by_content"].as_u64()), (Some(1), Some(1)), "{c}");
    let fresh = dir.path().join("fresh.db");
    index(&fresh, &root, &[]);
    assert_eq!(dump(&db), dump(&fresh));
}

/// A copy of a file that is itself edited in the same night is read: the
/// file it was copied from is about to be read again, and its stored
/// findings replaced, so they are not the copy's to take.
#[test]
fn a_copy_of_a_file_edited_since_is_read_not_recalled_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("a.txt"), "Employee NI number QQ 12 34 56 C.\n").unwrap();
    index(&db, &root, &[]);
    fs::copy(root.join("a.txt"), root.join("b.txt")).unwrap();
    fs::write(root.join("a.txt"), "Employee NI number QQ 12 34 56 C, email jane.smith@example.com.\n").unwrap();
    let (rerun, _) = index(&db, &root, &[]);
    let c = changes(&rerun);
    assert_eq!((c["read"].as_u64(), c["recalled_by_content"].as_u64()), (Some(2), Some(0)), "{c}");
    let fresh = dir.path().join("fresh.db");
    index(&fresh, &root, &[]);
    assert_eq!(dump(&db), dump(&fresh));
}

/// An inventory of schema 6, from before messages had a table of their own
/// (each mailbox's list one JSON value in `files.messages`), opens
/// migrated: it holds what it held, and reports each message's verdict as
/// before.
#[test]
fn an_inventory_from_before_the_messages_table_opens_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db, policy) = (dir.path().join("share"), dir.path().join("inventory.db"), dir.path().join("dated.toml"));
    copy_tree(&common::fixtures().join("mail"), &root.join("mail"));
    fs::write(&policy, DATED).unwrap();
    index(&db, &root, &[]);
    let args = ["--format", "jsonl", "--policy", policy.to_str().unwrap()];
    // Each message's verdict, in the order the report gives them.
    let judged = |out: &[u8]| of_type(&records(out), "message").iter().map(|m| m.to_string()).collect::<Vec<_>>();
    let (held, reported) = (dump(&db), report(&db, &args));
    assert!(held.iter().filter(|line| line.starts_with("message\t")).count() >= 3, "messages held");
    assert!(judged(&reported).len() >= 3, "messages judged");
    // The messages put back as schema 6 kept them.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "ALTER TABLE files ADD COLUMN messages TEXT NOT NULL DEFAULT '[]';
         UPDATE files SET messages = (SELECT json_group_array(json_array(message_id, date)) FROM
             (SELECT message_id, date FROM messages m WHERE m.file_id = files.id ORDER BY m.ord))
             WHERE message_count > 0;
         ALTER TABLE files DROP COLUMN message_count;
         DROP TABLE messages;
         PRAGMA user_version = 6;",
    )
    .unwrap();
    drop(conn);
    let migrated = report(&db, &args);
    assert_eq!(judged(&migrated), judged(&reported));
    assert_eq!(comparable("jsonl", &migrated), comparable("jsonl", &reported));
    assert_eq!(dump(&db), held);
}

/// The inventory is read a folder at a time as the crawl reaches it: a
/// re-run still tells every change when a folder becomes a file and a file
/// a folder, when names sort one way as bytes and another as text ('.' and
/// '-' before '/', bytes past ASCII after), across more folders than are
/// kept at once, under two roots; a file moved or copied is recalled by
/// its content from another folder.
#[test]
fn a_rerun_tells_each_change_however_the_folders_are_named_and_reshaped() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let (root, other, db) = (dir.path().join("share"), dir.path().join("other"), dir.path().join("inventory.db"));
    let write = |path: PathBuf, text: &str| {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    let odd = root.join(OsStr::from_bytes(b"\xff.txt"));
    write(root.join("a/one.txt"), "the first of folder a\n");
    write(root.join("a/two.txt"), "the second of folder a\n");
    write(root.join("a.txt"), "a file beside folder a\n");
    write(root.join("a-b/three.txt"), "in a-b\n");
    write(root.join("é/four.txt"), "in é\n");
    write(odd.clone(), "a name that is not UTF-8\n");
    write(root.join("x/five.txt"), "in x\n");
    write(root.join("x/y/six.txt"), "in x/y, to be moved\n");
    for i in 0..300 {
        write(root.join(format!("many/d{i:03}/f.txt")), &format!("file {i} of many\n"));
    }
    write(other.join("g.txt"), "under the other root\n");
    let roots = [other.to_str().unwrap()];
    let held = 9 + 300;

    let (first, _) = index(&db, &root, &roots);
    assert_eq!(changes(&first)["new"], held);
    let (unchanged, _) = index(&db, &root, &roots);
    let c = changes(&unchanged);
    assert_eq!((c["unchanged"].as_u64(), c["read"].as_u64(), c["gone"].as_u64()), (Some(held), Some(0), Some(0)));

    fs::remove_dir_all(root.join("a")).unwrap();
    write(root.join("a"), "folder a is now a file\n");
    fs::remove_file(root.join("a.txt")).unwrap();
    write(root.join("a.txt/inner.txt"), "file a.txt is now a folder\n");
    fs::rename(root.join("x/y/six.txt"), root.join("many/d000/six.txt")).unwrap();
    fs::copy(root.join("many/d001/f.txt"), root.join("many/d299/copy.txt")).unwrap();
    write(root.join("é/four.txt"), "in é, and changed since\n");
    fs::remove_file(&odd).unwrap();
    let (after, _) = index(&db, &root, &roots);
    let c = changes(&after);
    let counted =
        ["new", "changed", "gone", "unchanged", "read", "recalled_by_content"].map(|k| c[k].as_u64().unwrap());
    assert_eq!(counted, [4, 1, 5, held - 6, 3, 2], "{c}");
    let mut listed: Vec<(String, Vec<u8>)> = of_type(&after, "change")
        .iter()
        .map(|r| {
            let path = r["path"].as_str().unwrap();
            (r["change"].as_str().unwrap().into(), path.strip_prefix(root.to_str().unwrap()).unwrap().into())
        })
        .collect();
    listed.sort();
    let expected: Vec<(String, Vec<u8>)> = [
        ("changed", "/é/four.txt"),
        ("gone", "/a.txt"),
        ("gone", "/a/one.txt"),
        ("gone", "/a/two.txt"),
        ("gone", "/x/y/six.txt"),
        ("gone", "/\u{fffd}.txt"),
        ("new", "/a"),
        ("new", "/a.txt/inner.txt"),
        ("new", "/many/d000/six.txt"),
        ("new", "/many/d299/copy.txt"),
    ]
    .iter()
    .map(|(change, path)| (change.to_string(), path.as_bytes().to_vec()))
    .collect();
    assert_eq!(listed, expected);
    let (again, _) = index(&db, &root, &roots);
    let c = changes(&again);
    let counted = ["new", "gone", "unchanged", "read"].map(|k| c[k].as_u64().unwrap());
    assert_eq!(counted, [0, 0, held - 5 + 4, 0], "{c}");
}
