//! Reading in worker processes changes nothing in what is read: the
//! fixtures scanned and indexed with and without isolation give the same
//! records, findings, problems, statuses, OCR counts, content hashes and
//! word index. (Hostile files in workers: `tests/hostile.rs`.)

mod common;

use std::path::Path;

use common::{dpscan, fixtures, of_type, records};
use serde_json::Value;

/// The records of a scan of the fixtures, canonical: sorted, without the
/// run's duration.
fn scanned(isolate: bool) -> Vec<String> {
    let mut command = dpscan();
    command.arg("scan").arg(fixtures()).args(["--format", "jsonl", "--reveal", "--no-progress"]);
    if !isolate {
        command.arg("--no-isolate");
    }
    let out = command.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut records = records(&out.stdout);
    assert_eq!(of_type(&records, "summary").len(), 1);
    let mut lines: Vec<String> = records
        .iter_mut()
        .map(|record| {
            if let Value::Object(fields) = record {
                fields.remove("elapsed_seconds");
            }
            record.to_string()
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn a_scan_reads_the_same_in_workers_and_in_process() {
    let (isolated, in_process) = (scanned(true), scanned(false));
    assert!(isolated.len() > 1000, "the fixtures give {} records", isolated.len());
    let formats = ["\"format\":\"pdf\"", "\"format\":\"xls\"", "\"format\":\"docx\"", "\"format\":\"mbox\""];
    for format in formats {
        assert!(isolated.iter().any(|r| r.contains(format)), "no {format} file among the fixtures");
    }
    for (a, b) in isolated.iter().zip(&in_process) {
        assert_eq!(a, b);
    }
    assert_eq!(isolated.len(), in_process.len());
}

/// What an inventory of the fixtures holds, row by row, with file ids
/// replaced by paths: files (status, reason, hash, problems...), findings,
/// messages and every word of every unit at its place.
fn inventory(dir: &Path, isolate: bool) -> Vec<String> {
    let db = dir.join(if isolate { "isolated.db" } else { "in-process.db" });
    let mut command = dpscan();
    command.env("DPSCAN_INDEX_KEY", "5a".repeat(32)).arg("index").arg(fixtures()).arg("--db").arg(&db);
    command.args(["-q", "-j", "1"]);
    if !isolate {
        command.arg("--no-isolate");
    }
    let out = command.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let db = rusqlite::Connection::open(&db).unwrap();
    let queries = [
        "SELECT path, sha256, format, status, skip, reason, content_date, content_source, kinds, categories, \
         problems, message_count FROM files",
        "SELECT f.path, d.* FROM findings d JOIN files f ON f.id = d.file_id",
        "SELECT f.path, m.* FROM messages m JOIN files f ON f.id = m.file_id",
        "SELECT f.path, u.location, w.term, w.offset FROM word_places w JOIN units u ON u.id = w.doc \
         JOIN files f ON f.id = u.file_id",
    ];
    let mut rows = Vec::new();
    for query in queries {
        let mut statement = db.prepare(query).unwrap();
        let columns: Vec<String> = statement.column_names().map(str::to_string).collect();
        let mut found = statement.query([]).unwrap();
        while let Some(row) = found.next().unwrap() {
            let fields = (0..columns.len()).filter(|&i| columns[i] != "file_id").map(|i| {
                let value: rusqlite::types::Value = row.get(i).unwrap();
                format!("{}={value:?}", columns[i])
            });
            rows.push(fields.collect::<Vec<_>>().join(" "));
        }
    }
    rows.sort();
    rows
}

#[test]
fn an_inventory_holds_the_same_in_workers_and_in_process() {
    let dir = tempfile::tempdir().unwrap();
    let (isolated, in_process) = (inventory(dir.path(), true), inventory(dir.path(), false));
    assert!(isolated.iter().any(|r| r.starts_with("path=") && r.contains("sha256=Blob")), "hashes were kept");
    assert!(isolated.iter().filter(|r| r.contains(" term=")).count() > 10_000, "words were indexed");
    for (a, b) in isolated.iter().zip(&in_process) {
        assert_eq!(a, b);
    }
    assert_eq!(isolated.len(), in_process.len());
}

#[test]
fn only_dpscan_itself_starts_a_worker() {
    // An environment variable makes no worker: the scan runs.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Contact: ann@example.com\n").unwrap();
    let out = dpscan().env("DPSCAN_WORKER", "1").arg("scan").arg(dir.path()).args(["--format", "jsonl"]).output();
    let out = out.unwrap();
    assert!(out.status.success());
    assert_eq!(of_type(&records(&out.stdout), "finding").len(), 1);
    // The worker's argument, its stdin not a pipe: refused, not an empty run.
    let mut worker = std::process::Command::new(env!("CARGO_BIN_EXE_dpscan"));
    let out = worker.arg("--dpscan-internal-worker").stdin(std::process::Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("for a worker process it starts on a pipe"));
}
