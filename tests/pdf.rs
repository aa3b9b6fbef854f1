//! PDFs from real producers (`fixtures/pdf`: LibreOffice, ReportLab, fpdf2,
//! qpdf): planted items on their pages; encrypted, scanned and damaged
//! files each reported with their specific reason.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{dpscan, fixtures, of_type, retention_under, scan};
use serde_json::Value;

/// (file, page, kind, value)
type Item = (String, u64, String, String);

/// Without OCR, so that a scan is said to need it (`tests/ocr.rs` reads them).
fn scan_pdfs() -> Vec<Value> {
    let dir = fixtures().join("pdf");
    scan(&[dir.to_str().unwrap(), "--reveal", "--include", "*.pdf", "--ocr", "never"])
}

fn file_name(v: &Value) -> String {
    v["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string()
}

#[test]
fn planted_items_are_found_on_their_pages_and_nothing_else() {
    let records = scan_pdfs();
    let oracle = fs::read_to_string(fixtures().join("pdf/expected.jsonl")).unwrap();
    let want: BTreeSet<Item> = oracle
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| {
            (
                file_name(&v),
                v["page"].as_u64().unwrap(),
                v["kind"].as_str().unwrap().into(),
                v["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    let got: BTreeSet<Item> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["kind"] != "person_name" && f["kind"] != "special_category")
        .map(|f| {
            let page = f["location"]["page"].as_u64().unwrap_or(0);
            (file_name(f), page, f["kind"].as_str().unwrap().into(), f["value"].as_str().unwrap().into())
        })
        .collect();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:#?}\nextra {extra:#?}");
    let producers = ["letter-libreoffice.pdf", "type1-standard.pdf", "two-column.pdf", "table.pdf", "xref-stream.pdf"];
    for file in producers.iter().chain(&["encrypted-empty-password.pdf", "encrypted-rc4-empty-password.pdf"]) {
        assert!(want.iter().any(|i| i.0 == *file), "the oracle plants items in {file}");
    }
    // The incremental update replaced page 2's phone number: only the new one counts.
    assert!(!got.iter().any(|i| i.3 == "+447700900111"));
}

#[test]
fn encrypted_scanned_and_damaged_pdfs_say_why() {
    let records = scan_pdfs();
    let files = of_type(&records, "file");
    let file = |name: &str| *files.iter().find(|f| file_name(f) == name).unwrap();
    assert_eq!(file("encrypted-empty-password.pdf")["status"], "scanned", "empty user password: read");
    assert_eq!(file("password-required.pdf")["error"], "encrypted: the PDF needs a password to open");
    let scan = file("image-only.pdf");
    assert_eq!(scan["status"], "skipped");
    assert_eq!(
        scan["reason"],
        "needs OCR: 2 of 2 pages are images without text (a scan?), not read; OCR is off (--ocr never)"
    );
    assert!(file("truncated.pdf")["error"].as_str().unwrap().starts_with("corrupt: damaged or truncated PDF"));
    let summary = records.last().unwrap();
    assert_eq!(summary["needs_ocr"], 1);
    assert_eq!(summary["ocr"], serde_json::json!({"read": 0, "unread": 2}));
    assert_eq!(summary["errors"], 2);
}

#[test]
fn the_info_dictionary_dates_a_pdf_for_retention() {
    let policy = "[default]\nkeep = \"6 years\"\nbasis = \"content\"\naction = \"review\"\n";
    let records = retention_under(policy, &fixtures().join("pdf/letter-libreoffice.pdf"));
    let verdict = &of_type(&records, "file")[0]["retention"];
    assert_eq!(verdict["basis_date"], "2017-05-04", "CreationDate, as LibreOffice writes no ModDate: {verdict}");
    assert!(verdict["basis"].as_str().unwrap().contains("document created property"), "{verdict}");
    assert_eq!(verdict["status"], "expired");
}

#[test]
fn a_split_identifier_comes_out_as_one_line() {
    let out = dpscan().arg("extract").arg(fixtures().join("pdf/letter-libreoffice.pdf")).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("## page 2 "), "pages are located: {text}");
    assert!(text.contains("QQ 12 34 56 C"), "{text}");
}
