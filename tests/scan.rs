//! `dpscan scan` end to end: the real binary on the fixture share and on
//! temporary trees.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::{dpscan, fixtures, of_type, records, scan};
use serde_json::{json, Value};

type Planted = BTreeSet<(String, u64, String, String)>;

fn expected() -> Planted {
    fs::read_to_string(fixtures().join("expected.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["path"].as_str().unwrap().into(),
                v["line"].as_u64().unwrap(),
                v["kind"].as_str().unwrap().into(),
                v["value"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// The structured-identifier findings (names and special-category terms
/// are measured on their own labelled set, `tests/eval`).
fn found(records: &[Value], root: &Path) -> Planted {
    let prefix = format!("{}/", root.display());
    of_type(records, "finding")
        .into_iter()
        .filter(|f| f["kind"] != "person_name" && f["kind"] != "special_category")
        .map(|f| {
            let path = f["path"].as_str().unwrap().strip_prefix(&prefix).unwrap().to_string();
            (
                path,
                f["location"]["line"].as_u64().unwrap(),
                f["kind"].as_str().unwrap().into(),
                f["value"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn fixture_share_yields_every_planted_item_and_no_decoy() {
    let share = fixtures().join("share");
    let records = scan(&[share.to_str().unwrap(), "--reveal"]);
    let got = found(&records, &share);
    let want = expected();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:#?}\nextra (decoys reported) {extra:#?}");

    let files = of_type(&records, "file");
    let status = |name: &str| {
        let f = files.iter().find(|f| f["path"].as_str().unwrap().ends_with(name)).unwrap();
        (f["status"].as_str().unwrap().to_string(), f["format"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(status("photo.bin"), ("skipped".into(), "binary".into()));
    assert_eq!(status("empty.txt"), ("scanned".into(), "empty".into()));
    assert_eq!(status("contacts-utf16.txt"), ("scanned".into(), "text".into()));
    assert_eq!(status("legacy-1252.txt"), ("scanned".into(), "text".into()));
    assert_eq!(files.len(), 13, "one file record per file, hidden ones included");

    let summary = records.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["findings"], of_type(&records, "finding").len());
    for (kind, count) in summary["findings_by_kind"].as_object().unwrap() {
        if kind != "person_name" && kind != "special_category" {
            assert_eq!(count, &want.iter().filter(|p| &p.2 == kind).count(), "{kind}");
        }
    }
    assert_eq!(summary["files"], 13);
    assert_eq!(summary["skipped"], 1);
}

#[test]
fn parallel_and_single_threaded_runs_agree() {
    let share = fixtures().join("share");
    let root = share.to_str().unwrap();
    let one = found(&scan(&[root, "--reveal", "--threads", "1"]), &share);
    let many = found(&scan(&[root, "--reveal", "--threads", "4"]), &share);
    assert_eq!(one, many);
}

#[test]
fn no_full_identifier_leaves_the_process_without_reveal() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.jsonl");
    let share = fixtures().join("share");
    let out = dpscan()
        .args(["scan", share.to_str().unwrap(), "--format", "jsonl", "--output", report.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = dpscan().args(["scan", share.to_str().unwrap(), "--format", "table"]).output().unwrap();
    let written = fs::read_to_string(&report).unwrap();
    assert_eq!(found(&records(written.as_bytes()), &share).len(), expected().len());
    assert_eq!(fs::metadata(&report).unwrap().permissions().mode() & 0o777, 0o600, "report must be owner-only");
    let everything = [out.stdout, out.stderr, table.stdout, table.stderr, written.into_bytes()].concat();
    let everything = String::from_utf8_lossy(&everything);
    for (_, _, kind, value) in expected() {
        assert!(!everything.contains(&value), "{kind} value {value} leaked without --reveal");
    }
}

#[test]
fn every_report_format_carries_the_findings() {
    let share = fixtures().join("share");
    let root = share.to_str().unwrap();
    // Every format carries what the JSONL report carries.
    let n = of_type(&common::scan(&[root]), "finding").len();
    assert!(n > expected().len(), "identifiers and names");
    let json = dpscan().args(["scan", root, "--format", "json"]).output().unwrap();
    let array: Vec<Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(array.iter().filter(|r| r["type"] == "finding").count(), n);

    let csv = dpscan().args(["scan", root, "--format", "csv"]).output().unwrap();
    let mut reader = csv::Reader::from_reader(&csv.stdout[..]);
    assert_eq!(&reader.headers().unwrap()[0], "type");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.iter().filter(|r| &r[0] == "finding").count(), n);
    assert_eq!(rows.iter().filter(|r| &r[0] == "file").count(), 13);

    let table = dpscan().args(["scan", root, "--format", "table"]).output().unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains(&format!("{n} findings: ")), "{text}");
    assert!(text.contains("13 files: 12 scanned"), "{text}");
    assert!(!text.contains('\x1b'), "no colour with NO_COLOR or off a terminal");
}

/// A temp tree with one file of each awkward kind, compared as JSONL.
#[test]
fn awkward_files_each_become_the_right_record() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("binary.dat"), b"\x00\x01\x02\x03QQ123456C\x00\xff\xfe\x00").unwrap();
    fs::write(root.join("empty.txt"), b"").unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Zoë\r\nNI QQ 12 34 56 C\r\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    fs::write(root.join("utf16.txt"), utf16).unwrap();
    fs::write(root.join("w1252.txt"), b"Caf\xe9 \xa3 note\nZo\xeb: zoe@example.com\n").unwrap();
    let fifo = std::ffi::CString::new(root.join("pipe").to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);

    let june_2020 = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_591_012_800); // 2020-06-01T12:00Z
    for name in ["binary.dat", "empty.txt", "utf16.txt", "w1252.txt"] {
        let file = fs::File::options().write(true).open(root.join(name)).unwrap();
        file.set_modified(june_2020).unwrap();
    }
    let records = scan(&[root.to_str().unwrap(), "--reveal", "--threads", "1", "--as-of", "2026-01-01"]);
    let prefix = format!("{}/", root.display());
    let normalised: Vec<Value> = records
        .into_iter()
        .map(|mut r| {
            let o = r.as_object_mut().unwrap();
            o.remove("modified");
            o.remove("elapsed_seconds");
            o.remove("roots");
            o.remove("working_directory");
            if let Some(p) = o.get("path").and_then(Value::as_str) {
                let p = p.strip_prefix(&prefix).unwrap().to_string();
                o.insert("path".into(), p.into());
            }
            r
        })
        .collect();
    // The built-in policy's default: review after 7 years from modification.
    // HMRC's specimen NINO scores 0.5, as test data.
    let kept = json!({"rule":"default","basis":"modified","basis_date":"2020-06-01","expires":"2027-06-01",
                      "status":"retained","action":"keep"});
    // Every file is named with its owner, the user running the test.
    let owner = dpscan::report::owners::name(std::os::unix::fs::MetadataExt::uid(&fs::metadata(root).unwrap()));
    let want = vec![
        json!({"type":"file","path":"binary.dat","status":"skipped","reason":"no extractor for binary files","format":"binary","size":17,"owner":&*owner,"findings":0,"retention":kept}),
        json!({"type":"file","path":"empty.txt","status":"scanned","format":"empty","size":0,"owner":&*owner,"findings":0,"retention":kept}),
        json!({"type":"file","path":"pipe","status":"skipped","reason":"special file (fifo), never opened","size":0,"owner":&*owner,"findings":0,"retention":null}),
        json!({"type":"finding","path":"utf16.txt","location":{"line":2},"kind":"uk_nino","value":"QQ123456C","confidence":0.5,"detector":"uk_nino"}),
        json!({"type":"file","path":"utf16.txt","status":"scanned","format":"text","size":48,"owner":&*owner,"findings":1,"kinds":["uk_nino"],"retention":kept}),
        json!({"type":"finding","path":"w1252.txt","location":{"line":2},"kind":"email","value":"zoe@example.com","confidence":0.9,"detector":"email"}),
        json!({"type":"file","path":"w1252.txt","status":"scanned","format":"text","size":33,"owner":&*owner,"findings":1,"kinds":["email"],"retention":kept}),
        json!({"type":"summary","files":5,"scanned":3,"skipped":2,"errors":0,"bytes":81,"findings":2,
               "findings_by_kind":{"uk_nino":1,"email":1},"expired":0}),
    ];
    assert_eq!(normalised, want);

    let text = dpscan().args(["extract", root.join("w1252.txt").to_str().unwrap()]).output().unwrap();
    assert_eq!(
        String::from_utf8(text.stdout).unwrap().lines().skip(2).collect::<Vec<_>>(),
        ["Café £ note", "Zoë: zoe@example.com"]
    );
    let text = dpscan().args(["extract", root.join("utf16.txt").to_str().unwrap()]).output().unwrap();
    assert!(String::from_utf8(text.stdout).unwrap().contains("Zoë\r\nNI QQ 12 34 56 C"));
}

#[test]
fn unreadable_paths_are_error_records_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ok.txt"), "NI QQ 12 34 56 C").unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("dangling.txt")).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("no-such-dir"), dir.path().join("sub/gone-dir")).unwrap();
    // A missing root is no record but exit 2 (tests/commands.rs).
    let records = scan(&[dir.path().to_str().unwrap(), "--follow"]);
    let errors: Vec<_> = of_type(&records, "file").into_iter().filter(|f| f["status"] == "error").collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors.iter().all(|e| e["error"].as_str().unwrap().contains("No such file")), "{errors:#?}");
    assert_eq!(of_type(&records, "finding").len(), 1);
}

#[test]
fn scanning_changes_nothing_in_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("letter.txt");
    fs::write(&file, "Dear Jane, your NI number is QQ 12 34 56 C.\n").unwrap();
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_500_000_000);
    fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_times(fs::FileTimes::new().set_accessed(old).set_modified(old))
        .unwrap();
    let before = fs::metadata(&file).unwrap();
    let out = dpscan().args(["scan", dir.path().to_str().unwrap(), "--format", "jsonl"]).output().unwrap();
    assert!(out.status.success());
    let after = fs::metadata(&file).unwrap();
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
    assert_eq!(after.accessed().unwrap(), old, "the access time must not change");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "nothing written into the scanned tree");
}

#[test]
fn the_output_file_is_not_scanned_when_inside_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "mail jane@example.com").unwrap();
    let report = dir.path().join("report.jsonl");
    let out = dpscan()
        .args(["scan", dir.path().to_str().unwrap(), "--reveal", "--format", "jsonl", "-o", report.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let records = records(&fs::read(&report).unwrap());
    assert_eq!(of_type(&records, "finding").len(), 1);
    let own =
        of_type(&records, "file").into_iter().find(|f| f["path"].as_str().unwrap().ends_with("report.jsonl")).unwrap();
    assert_eq!(own["reason"], "dpscan's own output file");
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "mail jane@example.com").unwrap();
    let root = dir.path().to_str().unwrap();
    dpscan().args(["scan", root, "--format", "jsonl"]).assert().code(0);
    dpscan().args(["scan", root, "--format", "jsonl", "--fail-on-findings"]).assert().code(1);
    dpscan().args(["scan", root, "--no-such-flag"]).assert().code(2);
    dpscan().args(["scan", root, "--rules", "/nonexistent-rules-dir"]).assert().code(2);
    dpscan().args(["scan", root, "--include", "["]).assert().code(2);
    let empty = tempfile::tempdir().unwrap();
    dpscan().args(["scan", empty.path().to_str().unwrap(), "--format", "jsonl", "--fail-on-findings"]).assert().code(0);
}

#[test]
fn include_and_exclude_globs() {
    let share = fixtures().join("share");
    let root = share.to_str().unwrap();
    let records = scan(&[root, "--include", "*.log", "--include", "HR/**"]);
    let mut paths: Vec<String> = of_type(&records, "file")
        .iter()
        .map(|f| f["path"].as_str().unwrap().strip_prefix(root).unwrap().to_string())
        .collect();
    paths.sort();
    assert_eq!(paths, ["/HR/Recruitment/Unsuccessful/candidate-notes.txt", "/HR/staff-list.txt", "/IT/access.log"]);
    let records = scan(&[root, "--exclude", "HR", "--exclude", ".hidden"]);
    assert_eq!(of_type(&records, "file").len(), 10);
}

#[test]
fn names_and_special_categories_explain_their_scores() {
    let dir = tempfile::tempdir().unwrap();
    let letter = "Dear Priya Patel,\n\nThank you for your fit note; we have noted your diabetes.\n\n\
                  Our policy covers health data and trade union membership.\n";
    fs::write(dir.path().join("letter.txt"), letter).unwrap();
    let records = scan(&[dir.path().to_str().unwrap(), "--reveal", "--explain"]);
    let findings = of_type(&records, "finding");
    let summary: Vec<(String, String, String)> = findings
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().into(),
                f["category"].as_str().unwrap_or("").into(),
                f["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("person_name", "", "Priya Patel"),
        ("special_category", "health", "fit note"),
        ("special_category", "health", "diabetes"),
    ];
    assert_eq!(
        summary,
        want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())),
        "the policy sentence names no one"
    );
    let evidence = |i: usize| {
        findings[i]["evidence"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(
        evidence(0),
        ["context word nearby (+)", "given name in the dictionary (+)", "surname in the dictionary (+)"]
    );
    assert_eq!(evidence(1), ["term in the category's lexicon", "a person or identifier named just before"]);

    let plain = scan(&[dir.path().to_str().unwrap()]);
    assert!(of_type(&plain, "finding").iter().all(|f| f.get("evidence").is_none()), "evidence only on request");
    assert_eq!(of_type(&plain, "finding")[0]["value"], "P**** P****", "names are masked to initials");
}

#[test]
fn recycle_bins_owner_files_and_backups_are_scanned_and_labelled() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("$RECYCLE.BIN/S-1-5-21-1004");
    fs::create_dir_all(&bin).unwrap();
    fs::write(bin.join("$R8QZ1AB.txt"), "NI number QQ123456C\n").unwrap();
    fs::write(dir.path().join("~$letter.docx"), "Jane Example\n").unwrap();
    fs::write(dir.path().join("payroll.csv.bak"), "NI number QQ654321A\n").unwrap();
    fs::write(dir.path().join("letter.txt"), "nothing here\n").unwrap();
    let records = scan(&[dir.path().to_str().unwrap()]);
    let origin = |name: &str| {
        let files = of_type(&records, "file");
        let file = files.iter().find(|f| f["path"].as_str().unwrap().ends_with(name)).unwrap();
        assert_eq!(file["status"], "scanned", "{name} is read like any file");
        file["origin"].clone()
    };
    assert_eq!(origin("$R8QZ1AB.txt"), "recycle_bin");
    assert_eq!(origin("~$letter.docx"), "office_owner_file");
    assert_eq!(origin("payroll.csv.bak"), "backup");
    assert_eq!(origin("letter.txt"), Value::Null);
    assert_eq!(of_type(&records, "finding").iter().filter(|f| f["kind"] == "uk_nino").count(), 2);
}

/// Identifiers written in names that come from the content — an archive
/// member, a tar entry, a sheet, a JSON key, a message id, an XML tag a
/// parser error quotes — are masked in every report format unless
/// revealed, as the values are.
#[test]
fn names_from_the_content_are_masked_in_every_format() {
    use std::io::{Cursor, Write};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("staff/QQ123456C jane.smith@example.com.txt", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(b"Ward: QQ 12 34 56 C\n").unwrap();
    fs::write(root.join("members.zip"), zip.finish().unwrap().into_inner()).unwrap();
    let mut tar = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(20);
    header.set_mode(0o644);
    tar.append_data(&mut header, "QQ123456C/notes.txt", &b"Call 07700 900123.\n\n"[..]).unwrap();
    fs::write(root.join("entries.tar"), tar.into_inner().unwrap()).unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet().set_name("QQ123456C").unwrap().write_string(0, 0, "QQ 12 34 56 C").unwrap();
    fs::write(root.join("sheets.xlsx"), workbook.save_to_buffer().unwrap()).unwrap();
    fs::write(root.join("keys.json"), r#"{"QQ123456C": {"07700900123": "on call"}}"#).unwrap();
    fs::write(
        root.join("inbox.mbox"),
        "From someone@example.org Mon Jan  6 09:00:00 2025\nMessage-ID: <jane.smith@example.com>\nSubject: rota\n\nQQ 12 34 56 C\n",
    )
    .unwrap();
    fs::write(root.join("broken.xml"), "<?xml version=\"1.0\"?>\n<staff><QQ123456C>on call</staff>").unwrap();

    let clear = ["QQ123456C", "jane.smith@example.com", "07700900123"];
    for format in ["jsonl", "json", "csv", "table", "html"] {
        let out = dpscan().arg("scan").arg(root).args(["--format", format, "--no-progress"]).output().unwrap();
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout);
        // The HTML report lists files and totals, not values.
        assert!(format == "html" || text.contains("QQ******C"), "{format}: the masked forms are there");
        for value in clear {
            assert!(!text.contains(value), "{format}: {value} in clear:\n{text}");
        }
    }
    let revealed = dpscan().arg("scan").arg(root).args(["--format", "jsonl", "--reveal"]).output().unwrap();
    let records = records(&revealed.stdout);
    let members: BTreeSet<&str> =
        of_type(&records, "finding").iter().filter_map(|f| f["location"]["member"].as_str()).collect();
    assert!(members.contains("staff/QQ123456C jane.smith@example.com.txt"), "{members:?}");
    assert!(members.contains("QQ123456C/notes.txt"), "{members:?}");
    let sheets: BTreeSet<&str> =
        of_type(&records, "finding").iter().filter_map(|f| f["location"]["sheet"].as_str()).collect();
    assert_eq!(sheets, BTreeSet::from(["QQ123456C"]));
    let messages: BTreeSet<&str> =
        of_type(&records, "message").iter().filter_map(|m| m["location"]["message"].as_str()).collect();
    assert_eq!(messages, BTreeSet::from(["jane.smith@example.com"]));
    let broken = of_type(&records, "file").into_iter().find(|f| f["path"].as_str().unwrap().ends_with("broken.xml"));
    assert!(broken.unwrap()["error"].as_str().unwrap().contains("</QQ123456C>"), "{broken:?}");
}
