//! Shared harness for integration tests: run the real binary, read its JSONL.

#![allow(dead_code)] // each test binary uses its own part of the harness

pub mod corpus;
pub mod pg;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use assert_cmd::Command;
use serde_json::Value;

pub fn dpscan() -> Command {
    let mut cmd = Command::cargo_bin("dpscan").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The JSON objects of JSONL output.
pub fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

pub fn of_type<'a>(records: &'a [Value], kind: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["type"] == kind).collect()
}

/// An inventory's dump (`Store::dump`) without its gone files and what
/// they hold: what a fresh inventory of the same tree would dump.
pub fn not_gone(dump: Vec<String>) -> Vec<String> {
    let path = |line: &str| line.split('\t').nth(1).unwrap_or_default().to_string();
    // A file line's 23rd column says whether it is gone (columns added by
    // later migrations come after it).
    let is_gone = |line: &str| line.starts_with("file\t") && line.split('\t').nth(22) == Some("1");
    let gone: std::collections::BTreeSet<String> = dump.iter().filter(|l| is_gone(l)).map(|l| path(l)).collect();
    dump.into_iter().filter(|l| !gone.contains(&path(l))).collect()
}

/// Scans `args` as JSONL and returns the records; the run must succeed.
pub fn scan(args: &[&str]) -> Vec<Value> {
    let out = dpscan().arg("scan").args(args).args(["--format", "jsonl"]).output().unwrap();
    assert!(out.status.success(), "dpscan failed: {}", String::from_utf8_lossy(&out.stderr));
    records(&out.stdout)
}

/// `dpscan retention PATH --all` as of 2026-01-01 under a policy given as
/// TOML: the records.
pub fn retention_under(policy: &str, path: &Path) -> Vec<Value> {
    retention_with(policy, path, &[])
}

/// `retention_under` with more arguments.
pub fn retention_with(policy: &str, path: &Path, args: &[&str]) -> Vec<Value> {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), policy).unwrap();
    let out = dpscan()
        .arg("retention")
        .arg(path)
        .args(["--all", "--format", "jsonl", "--as-of", "2026-01-01", "--policy"])
        .arg(file.path())
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    records(&out.stdout)
}

/// Noon UTC on a day, as a file time.
pub fn noon(date: &str) -> SystemTime {
    let ts: jiff::Timestamp = format!("{date}T12:00:00Z").parse().unwrap();
    SystemTime::UNIX_EPOCH + Duration::from_secs(ts.as_second() as u64)
}

/// Writes a file under `root` with both its times at noon on `modified`.
pub fn plant(root: &Path, relative: &str, content: &str, modified: &str) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, content).unwrap();
    let time = noon(modified);
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_times(fs::FileTimes::new().set_modified(time).set_accessed(time))
        .unwrap();
}

/// A payroll export of `count` lines, each with its own NI number
/// (`QQ000000C` on the first, line 0).
pub fn payroll(path: &Path, count: usize) {
    let lines: String = (0..count)
        .map(|i| format!("Payroll line {i}: NI number QQ {:02} {:02} {:02} C\n", i / 10_000, i / 100 % 100, i % 100))
        .collect();
    fs::write(path, lines).unwrap();
}

/// (size, mtime, atime, content) of every file under `dir`, read without
/// touching access times (stat first, then an O_NOATIME read).
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime, SystemTime, Vec<u8>)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let m = e.metadata().unwrap();
            let mut content = Vec::new();
            std::io::Read::read_to_end(&mut dpscan::source::open(e.path(), false).unwrap(), &mut content).unwrap();
            (e.path().to_path_buf(), (m.len(), m.modified().unwrap(), m.accessed().unwrap(), content))
        })
        .collect()
}

/// The `sar`/`erase` arguments for one subject of a generated share's
/// `subjects.json`: `--FIELD VALUE` for its name and every identifier.
pub fn subject_query(subject: &Value) -> Vec<String> {
    let mut args = Vec::new();
    for (field, values) in subject.as_object().unwrap() {
        let values = match values {
            Value::Array(values) => values.clone(),
            value => vec![value.clone()],
        };
        for value in values {
            args.push(format!("--{field}"));
            args.push(value.as_str().unwrap().to_string());
        }
    }
    args
}

/// A PDF of `objects` (numbered from 1, the first the catalog), with its
/// cross-reference table.
pub fn pdf_of<O: AsRef<[u8]>>(objects: &[O]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(object.as_ref());
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}
