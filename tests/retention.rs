//! `dpscan retention`, `dispose` and `restore` end to end, on generated
//! trees with controlled modification times and `--as-of`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use common::{dpscan, noon, of_type, plant, records, snapshot};
use serde_json::Value;

const POLICY: &str = r#"
[default]
keep = "7 years"
action = "review"

[[rule]]
id = "unsuccessful"
paths = ["**/Recruitment/Unsuccessful/**"]
keep = "6 months"
action = "delete"
owner = "HR manager"
lawful_basis = "Legal obligation"
asset = "Recruitment files"

[[rule]]
id = "month-end"
paths = ["Monthly/**"]
keep = "1 month"
action = "delete"

[[rule]]
id = "leap"
paths = ["Leap/**"]
keep = "1 year"
action = "delete"

[[rule]]
id = "id-numbers"
kinds = ["uk_nino"]
keep = "2 years"
action = "review"

[[rule]]
id = "csv-exports"
formats = ["csv"]
keep = "30 days"
action = "delete"

[[rule]]
id = "birth"
paths = ["Created/**"]
keep = "1 day"
basis = "created"
action = "review"

[[rule]]
id = "content"
paths = ["Letters/**"]
keep = "1 year"
basis = "content"
action = "review"
"#;

struct Tree {
    dir: tempfile::TempDir,
    policy: PathBuf,
}

impl Tree {
    fn new() -> Tree {
        let dir = tempfile::tempdir().unwrap();
        let share = dir.path().join("share");
        plant(&share, "HR/Recruitment/Unsuccessful/old-cv.txt", "CV, NI QQ 12 34 56 C", "2023-01-10");
        plant(&share, "hr/recruitment/unsuccessful/recent-cv.txt", "CV", "2023-12-01");
        plant(&share, "Monthly/jan31.txt", "report", "2024-01-31");
        plant(&share, "Leap/feb29.txt", "report", "2024-02-29");
        plant(&share, "Notes/ni.txt", "NI number QQ 65 43 21 A", "2021-06-01");
        plant(&share, "Exports/list.csv", "name,email\nJane,jane@example.com\n", "2023-11-01");
        plant(&share, "Exports/list.txt", "name,email\nJane,jane@example.com\n", "2023-11-01");
        plant(&share, "Created/new.txt", "x", "2023-01-01");
        plant(&share, "Letters/letter.txt", "Dear Jane", "2022-01-01");
        plant(&share, "Misc/ancient.txt", "minutes", "2015-01-01");
        let policy = dir.path().join("policy.toml");
        fs::write(&policy, POLICY).unwrap();
        Tree { dir, policy }
    }

    fn share(&self) -> PathBuf {
        self.dir.path().join("share")
    }

    /// Verdicts by path relative to the share, with `--all`.
    fn verdicts(&self, as_of: &str) -> BTreeMap<String, Value> {
        let out = dpscan()
            .args(["retention", self.share().to_str().unwrap(), "--all", "--format", "jsonl", "--as-of", as_of])
            .args(["--policy", self.policy.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let prefix = format!("{}/", self.share().display());
        of_type(&records(&out.stdout), "file")
            .into_iter()
            .map(|f| (f["path"].as_str().unwrap().strip_prefix(&prefix).unwrap().to_string(), f.clone()))
            .collect()
    }

    /// (size, mtime, atime, content) of every file under the share, read
    /// without touching access times (stat first, then an O_NOATIME read).
    fn snapshot(&self) -> BTreeMap<PathBuf, (u64, SystemTime, SystemTime, Vec<u8>)> {
        snapshot(&self.share())
    }

    fn report(&self, as_of: &str) -> PathBuf {
        let report = self.dir.path().join("report.jsonl");
        dpscan()
            .args(["retention", self.share().to_str().unwrap(), "--format", "jsonl", "--as-of", as_of])
            .args(["--policy", self.policy.to_str().unwrap(), "-o", report.to_str().unwrap()])
            .assert()
            .success();
        report
    }
}

fn field<'a>(v: &'a BTreeMap<String, Value>, path: &str, key: &str) -> &'a Value {
    &v[path]["retention"][key]
}

#[test]
fn every_rule_type_first_match_and_the_default() {
    let tree = Tree::new();
    let v = tree.verdicts("2024-03-01");
    // Path rule, matched case-insensitively; it comes before the NINO rule
    // that would match the same file.
    let cv = &v["HR/Recruitment/Unsuccessful/old-cv.txt"]["retention"];
    assert_eq!(cv["rule"], "unsuccessful");
    assert_eq!(cv["expires"], "2023-07-10");
    assert_eq!((cv["status"].as_str(), cv["action"].as_str()), (Some("expired"), Some("delete")));
    assert_eq!((cv["owner"].as_str(), cv["asset"].as_str()), (Some("HR manager"), Some("Recruitment files")));
    assert_eq!(field(&v, "hr/recruitment/unsuccessful/recent-cv.txt", "status"), "retained");
    assert_eq!(field(&v, "hr/recruitment/unsuccessful/recent-cv.txt", "action"), "keep");
    // Content rule: the NINO makes it match; the file had to be read.
    assert_eq!(field(&v, "Notes/ni.txt", "rule"), "id-numbers");
    assert_eq!(v["Notes/ni.txt"]["status"], "scanned");
    assert_eq!(field(&v, "Notes/ni.txt", "action"), "review");
    // Format rule, by content sniffing plus the .csv hint; the .txt twin is not CSV.
    assert_eq!(field(&v, "Exports/list.csv", "rule"), "csv-exports");
    assert_eq!(field(&v, "Exports/list.csv", "expires"), "2023-12-01");
    assert_eq!(field(&v, "Exports/list.txt", "rule"), "default");
    // The default.
    assert_eq!(field(&v, "Misc/ancient.txt", "rule"), "default");
    assert_eq!(field(&v, "Misc/ancient.txt", "action"), "review");
    assert_eq!(field(&v, "Misc/ancient.txt", "expires"), "2022-01-01");
}

#[test]
fn path_only_rules_do_not_open_files() {
    let tree = Tree::new();
    let v = tree.verdicts("2024-03-01");
    let cv = &v["HR/Recruitment/Unsuccessful/old-cv.txt"];
    assert_eq!(cv["status"], "skipped");
    assert!(cv["reason"].as_str().unwrap().starts_with("content not read"));
    assert!(cv.get("format").is_none(), "not even sniffed");
    // A file reaching the format rule is sniffed but not read in full.
    assert_eq!(v["Exports/list.txt"]["format"], "text");
}

#[test]
fn month_end_and_leap_day_arithmetic() {
    let tree = Tree::new();
    // 31 January + 1 month = 29 February 2024; 29 February + 1 year = 28 February 2025.
    assert_eq!(field(&tree.verdicts("2024-02-29"), "Monthly/jan31.txt", "expires"), "2024-02-29");
    assert_eq!(field(&tree.verdicts("2024-02-29"), "Monthly/jan31.txt", "status"), "retained");
    assert_eq!(field(&tree.verdicts("2024-03-01"), "Monthly/jan31.txt", "status"), "expired");
    assert_eq!(field(&tree.verdicts("2025-02-28"), "Leap/feb29.txt", "expires"), "2025-02-28");
    assert_eq!(field(&tree.verdicts("2025-02-28"), "Leap/feb29.txt", "status"), "retained");
    assert_eq!(field(&tree.verdicts("2025-03-01"), "Leap/feb29.txt", "status"), "expired");
}

#[test]
fn each_basis_says_which_date_it_used() {
    let tree = Tree::new();
    let v = tree.verdicts("2024-03-01");
    let created = field(&v, "Created/new.txt", "basis").as_str().unwrap();
    assert!(created == "created" || created == "modified (no birth time recorded)", "{created}");
    if created == "created" {
        // Birth time is when the test wrote the file, not the planted mtime.
        assert_ne!(field(&v, "Created/new.txt", "basis_date"), "2023-01-01");
    }
    assert_eq!(field(&v, "Letters/letter.txt", "basis"), "modified (no content date found)");
    assert_eq!(field(&v, "Letters/letter.txt", "basis_date"), "2022-01-01");
}

#[test]
fn default_view_lists_only_what_is_due_and_csv_is_a_review_sheet() {
    let tree = Tree::new();
    let out = dpscan()
        .args(["retention", tree.share().to_str().unwrap(), "--format", "csv", "--as-of", "2024-03-01"])
        .args(["--policy", tree.policy.to_str().unwrap()])
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let headers = reader.headers().unwrap().clone();
    for column in ["path", "retention_rule", "basis_date", "expires", "action", "owner", "size", "findings", "kinds"] {
        assert!(headers.iter().any(|h| h == column), "no {column} column in {headers:?}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut due: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r[col("path")].rsplit('/').next().unwrap().to_string(), r[col("action")].to_string()))
        .collect();
    due.sort();
    let want = [
        ("ancient.txt", "review"), // default: 2015-01-01 + 7 years
        ("jan31.txt", "delete"),   // 2024-02-29
        ("list.csv", "delete"),    // 2023-11-01 + 30 days
        ("new.txt", "review"),     // only without birth times, see below
        ("ni.txt", "review"),      // 2021-06-01 + 2 years
        ("old-cv.txt", "delete"),  // 2023-07-10
        ("letter.txt", "review"),  // 2022-01-01 + 1 year
    ];
    let mut want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    // Created/new.txt is due only where the file system records no birth time.
    if !due.iter().any(|(p, _)| p == "new.txt") {
        want.retain(|(p, _)| p != "new.txt");
    }
    want.sort();
    assert_eq!(due, want);
}

#[test]
fn a_bad_policy_is_refused_before_scanning_with_its_line() {
    let tree = Tree::new();
    let bad = tree.dir.path().join("bad.toml");
    fs::write(&bad, "[[rule]]\nid = 'x'\npaths = ['**']\nkeep = '6 moons'\naction = 'delete'\n").unwrap();
    let out =
        dpscan().args(["scan", tree.share().to_str().unwrap(), "--policy", bad.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing scanned");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.toml") && err.contains("line 4") && err.contains("6 moons"), "{err}");
}

#[test]
fn scan_records_carry_verdicts_and_hashes_for_deletion() {
    let tree = Tree::new();
    let out = dpscan()
        .args(["scan", tree.share().to_str().unwrap(), "--format", "jsonl", "--as-of", "2024-03-01"])
        .args(["--policy", tree.policy.to_str().unwrap()])
        .output()
        .unwrap();
    let records = records(&out.stdout);
    let files = of_type(&records, "file");
    assert_eq!(files.len(), 10);
    for f in &files {
        assert!(f["status"] == "scanned" && f["retention"].is_object(), "{f:#}");
    }
    let cv = files.iter().find(|f| f["path"].as_str().unwrap().ends_with("old-cv.txt")).unwrap();
    let hash = sha256(&tree.share().join("HR/Recruitment/Unsuccessful/old-cv.txt"));
    assert_eq!(cv["sha256"], hash);
    let kept = files.iter().find(|f| f["path"].as_str().unwrap().ends_with("recent-cv.txt")).unwrap();
    assert!(kept.get("sha256").is_none(), "only files due for deletion are hashed");
    let new_expired =
        files.iter().any(|f| f["path"].as_str().unwrap().ends_with("new.txt") && f["retention"]["status"] == "expired");
    assert_eq!(records.last().unwrap()["expired"], 6 + u64::from(new_expired));
}

fn sha256(path: &Path) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(fs::read(path).unwrap()).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn dry_run_changes_nothing() {
    let tree = Tree::new();
    let report = tree.report("2024-03-01");
    let before = tree.snapshot();
    let quarantine = tree.dir.path().join("quarantine");
    let out = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--quarantine",
            quarantine.to_str().unwrap(),
        ])
        .args(["--as-of", "2024-03-01", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let outcomes = records(&out.stdout);
    assert_eq!(outcomes.len(), 3, "three files due for deletion: {outcomes:#?}");
    assert!(outcomes.iter().all(|o| o["status"] == "dry_run"));
    assert_eq!(tree.snapshot(), before, "contents and timestamps unchanged");
    assert!(!quarantine.exists(), "no quarantine folder made");
    let out = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--delete",
            "--as-of",
            "2024-03-01",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(tree.snapshot(), before);
    assert!(!PathBuf::from(format!("{}.disposals.jsonl", report.display())).exists());
}

#[test]
fn quarantine_then_restore_is_lossless() {
    let tree = Tree::new();
    let report = tree.report("2024-03-01");
    let before = tree.snapshot();
    let quarantine = tree.dir.path().join("quarantine");
    let out = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--quarantine",
            quarantine.to_str().unwrap(),
        ])
        .args(["--as-of", "2024-03-01", "--format", "jsonl", "--execute"])
        .output()
        .unwrap();
    let outcomes = records(&out.stdout);
    assert_eq!(outcomes.iter().filter(|o| o["status"] == "done").count(), 3, "{outcomes:#?}");
    let moved = quarantine.join("share/HR/Recruitment/Unsuccessful/old-cv.txt");
    assert_eq!(fs::read(&moved).unwrap(), b"CV, NI QQ 12 34 56 C", "path kept under the root's name");
    assert!(!tree.share().join("HR/Recruitment/Unsuccessful/old-cv.txt").exists());
    assert_eq!(tree.snapshot().len(), before.len() - 3);
    let manifest = quarantine.join("manifest.jsonl");
    let lines = records(fs::read_to_string(&manifest).unwrap().as_bytes());
    let stages: Vec<&str> = lines.iter().map(|l| l["stage"].as_str().unwrap()).collect();
    assert_eq!(stages, ["intent", "done"].repeat(3), "each move: its intent on disk first, then done");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(fs::metadata(&manifest).unwrap().permissions().mode() & 0o777, 0o600);

    // Restore from another working directory: the manifest holds absolute paths.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = dpscan()
        .current_dir(elsewhere.path())
        .args(["restore", "--manifest", manifest.to_str().unwrap(), "--format", "jsonl"])
        .args(["--root", tree.share().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(records(&out.stdout).iter().all(|o| o["status"] == "done"), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(tree.snapshot(), before, "bytes, sizes, mtimes and atimes all restored");
    let again = dpscan()
        .args(["restore", "--manifest", manifest.to_str().unwrap(), "--format", "jsonl"])
        .args(["--root", tree.share().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(records(&again.stdout).iter().all(|o| o["reason"] == "not in the quarantine (already restored?)"));
}

#[test]
fn files_changed_since_the_report_are_skipped() {
    let tree = Tree::new();
    let report = tree.report("2024-03-01");
    let share = tree.share();
    // Same size and mtime, other bytes: only the hash tells.
    let cv = share.join("HR/Recruitment/Unsuccessful/old-cv.txt");
    fs::write(&cv, "CV, NI QQ 12 34 56 D").unwrap();
    fs::File::options().write(true).open(&cv).unwrap().set_modified(noon("2023-01-10")).unwrap();
    // Touched: the mtime tells.
    fs::File::options()
        .write(true)
        .open(share.join("Monthly/jan31.txt"))
        .unwrap()
        .set_modified(noon("2024-02-01"))
        .unwrap();
    // Swapped for a link to a file outside the share.
    let outside = tree.dir.path().join("outside.csv");
    fs::write(&outside, "name,email\nJane,jane@example.com\n").unwrap();
    fs::remove_file(share.join("Exports/list.csv")).unwrap();
    std::os::unix::fs::symlink(&outside, share.join("Exports/list.csv")).unwrap();

    let out = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--delete",
            "--execute",
            "--as-of",
            "2024-03-01",
            "--format",
            "jsonl",
        ])
        .output()
        .unwrap();
    let outcomes = records(&out.stdout);
    let reason = |name: &str| {
        let o = outcomes.iter().find(|o| o["path"].as_str().unwrap().ends_with(name)).unwrap();
        assert_eq!(o["status"], "skipped");
        o["reason"].as_str().unwrap().to_string()
    };
    assert!(reason("old-cv.txt").contains("content differs"));
    assert!(reason("jan31.txt").contains("modification time"));
    assert!(reason("list.csv").contains("no longer a regular file"));
    assert!(cv.exists() && outside.exists() && share.join("Monthly/jan31.txt").exists());
    assert!(
        !PathBuf::from(format!("{}.disposals.jsonl", report.display())).exists(),
        "nothing deleted, nothing logged"
    );
}

#[test]
fn deletion_is_logged_as_proof() {
    let tree = Tree::new();
    let report = tree.report("2024-03-01");
    let cv = tree.share().join("HR/Recruitment/Unsuccessful/old-cv.txt");
    let hash = sha256(&cv);
    // Not yet expired on an earlier date: nothing to do.
    let early = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--delete",
            "--as-of",
            "2023-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&early.stdout).matches("no longer expired").count(), 3);
    let out = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--delete",
            "--execute",
            "--as-of",
            "2024-03-01",
            "--format",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(records(&out.stdout).iter().filter(|o| o["status"] == "done").count(), 3);
    assert!(!cv.exists());
    let log = fs::read_to_string(format!("{}.disposals.jsonl", report.display())).unwrap();
    let entries = records(log.as_bytes());
    let stages: Vec<&str> = entries.iter().map(|e| e["stage"].as_str().unwrap()).collect();
    assert_eq!(stages, ["intent", "done"].repeat(3), "each deletion: its intent on disk first, then done");
    let done: Vec<&Value> = entries.iter().filter(|e| e["stage"] == "done").collect();
    let entry = done.iter().find(|e| e["path"].as_str().unwrap().ends_with("old-cv.txt")).unwrap();
    assert_eq!((entry["sha256"].as_str(), entry["rule"].as_str()), (Some(hash.as_str()), Some("unsuccessful")));
    assert!(entry["at"].is_string());
}

#[test]
fn a_quarantine_inside_the_share_is_refused() {
    let tree = Tree::new();
    let report = tree.report("2024-03-01");
    let inside = tree.share().join("Quarantine");
    let out = dpscan()
        .args([
            "dispose",
            "--root",
            tree.share().to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
            "--quarantine",
            inside.to_str().unwrap(),
            "--execute",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("inside the scanned root"));
    assert!(!inside.exists());
}

/// More messages than a scan holds in memory (4,096; the rest wait in a
/// temporary file for the mailbox's rule): each still judged by its own
/// date, in the order read.
#[test]
fn a_mailbox_of_more_messages_than_are_held_in_memory_is_judged_message_by_message() {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    // Every seventh message from 2019 (expired under two years), the rest from 2024.
    let year = |i: usize| if i.is_multiple_of(7) { 2019 } else { 2024 };
    let mbox: String = (0..10_000)
        .map(|i| {
            let date = format!("Mon, 1 Jan {} 09:00:00 +0000", year(i));
            format!(
                "From s@example.com Mon Jan  1 10:00:00 2024\nMessage-ID: <m{i}@example.com>\nDate: {date}\n\nhi\n\n"
            )
        })
        .collect();
    plant(&share, "archive.mbox", &mbox, "2024-05-01");
    let policy = dir.path().join("policy.toml");
    fs::write(
        &policy,
        "[[rule]]\nid = 'mail'\nformats = ['mbox']\nkeep = '2 years'\nbasis = 'content'\naction = 'delete'\n",
    )
    .unwrap();
    let out = dpscan()
        .args(["scan", share.to_str().unwrap(), "--format", "jsonl", "--reveal", "--as-of", "2024-06-01"])
        .args(["--policy", policy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let got: Vec<(String, String)> = of_type(&records, "message")
        .iter()
        .map(|m| (m["location"]["message"].as_str().unwrap().into(), m["retention"]["status"].as_str().unwrap().into()))
        .collect();
    let want: Vec<(String, String)> = (0..10_000)
        .map(|i| (format!("m{i}@example.com"), if year(i) == 2019 { "expired" } else { "retained" }.to_string()))
        .collect();
    assert!(got == want, "{} message records, the first {:?}", got.len(), got.first());
    assert_eq!(records.last().unwrap()["expired_messages"], 1_429);
    assert!(of_type(&records, "file")[0]["problems"].as_array().is_none_or(Vec::is_empty));
}

#[test]
fn mailboxes_get_per_message_verdicts_from_their_date_headers() {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    let message = |id: &str, date: &str, body: &str| {
        format!("From sender@example.com Mon Jan  1 10:00:00 2024\nMessage-ID: <{id}@example.com>\nDate: {date}\nSubject: s\n\n{body}\n\n")
    };
    let mbox = [
        message("old", "Tue, 5 Mar 2019 09:00:00 +0000", "NI number QQ 12 34 56 C"),
        message("middle", "Tue, 1 Mar 2022 09:00:00 +0000", "nothing"),
        message("new", "Mon, 8 Jan 2024 09:00:00 +0000", "call 07700 900123"),
    ]
    .concat();
    plant(&share, "Mail/archive.mbox", &mbox, "2024-05-01");
    plant(
        &share,
        "Mail/letter.eml",
        "From: a@example.com\nTo: b@example.com\nDate: Wed, 1 Jan 2020 10:00:00 +0000\n\nhi\n",
        "2024-05-01",
    );
    let policy = dir.path().join("policy.toml");
    fs::write(
        &policy,
        "[[rule]]\nid = 'mail'\nformats = ['mbox', 'eml']\nkeep = '2 years'\nbasis = 'content'\naction = 'delete'\n",
    )
    .unwrap();

    let out = dpscan()
        .args(["scan", share.to_str().unwrap(), "--format", "jsonl", "--reveal", "--as-of", "2024-06-01"])
        .args(["--policy", policy.to_str().unwrap()])
        .output()
        .unwrap();
    let records = records(&out.stdout);
    let file = |name: &str| {
        of_type(&records, "file").into_iter().find(|f| f["path"].as_str().unwrap().ends_with(name)).unwrap().clone()
    };
    let eml = file("letter.eml");
    assert_eq!(eml["format"], "eml");
    assert_eq!(eml["retention"]["basis"], "content (Date header)");
    assert_eq!(
        (eml["retention"]["basis_date"].as_str(), eml["retention"]["status"].as_str()),
        (Some("2020-01-01"), Some("expired"))
    );
    let mbox = file("archive.mbox");
    assert_eq!(mbox["format"], "mbox");
    assert_eq!(mbox["retention"]["basis"], "content (newest message)");
    assert_eq!(mbox["retention"]["status"], "retained", "the mailbox holds a recent message");

    let messages: Vec<(String, String, String)> = of_type(&records, "message")
        .iter()
        .map(|m| {
            let r = &m["retention"];
            (
                m["location"]["message"].as_str().unwrap().into(),
                r["basis_date"].as_str().unwrap().into(),
                r["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        messages,
        [
            ("old@example.com".to_string(), "2019-03-05".to_string(), "expired".to_string()),
            ("middle@example.com".into(), "2022-03-01".into(), "expired".into()),
            ("new@example.com".into(), "2024-01-08".into(), "retained".into()),
        ]
    );
    let mut findings: Vec<(String, u64)> = of_type(&records, "finding")
        .iter()
        .map(|f| (f["location"]["message"].as_str().unwrap_or("").to_string(), f["location"]["line"].as_u64().unwrap()))
        .collect();
    // Files finish in any order.
    findings.sort();
    // The eml's From and To addresses; in the mbox, the NINO and the phone on
    // line 3 of their messages as extracted (subject, blank line, body).
    let want = [("", 1), ("", 2), ("new@example.com", 3), ("old@example.com", 3)];
    assert_eq!(findings, want.map(|(m, l)| (m.to_string(), l)), "line within its message");
    assert_eq!(records.last().unwrap()["expired_messages"], 2);

    // The audit's default view: the expired eml and the two expired messages.
    let out = dpscan()
        .args(["retention", share.to_str().unwrap(), "--format", "jsonl", "--as-of", "2024-06-01"])
        .args(["--policy", policy.to_str().unwrap()])
        .output()
        .unwrap();
    let audit = common::records(&out.stdout);
    assert_eq!(of_type(&audit, "message").len(), 2);
    assert_eq!(of_type(&audit, "file").len(), 1);
}
