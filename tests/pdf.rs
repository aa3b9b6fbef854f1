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

/// A filled-in form keeps its answers in its fields, which the page's text
/// does not show: each value is read beside its field's name, on the page
/// of its widget; a checkbox's state is not text, and a field tree that
/// loops is read once.
#[test]
fn a_forms_filled_in_values_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let content = "BT /F1 12 Tf 72 720 Td (Application form) Tj ET";
    let form = common::pdf_of::<&str>(&[
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 6 0 R 7 0 R 9 0 R 10 0 R] >> >>",
        "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [5 0 R 6 0 R] \
         /Resources << /Font << /F1 8 0 R >> >> >>",
        &format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /FT /Tx /T (NI number) /V (QQ 12 34 56 C) /Type /Annot /Subtype /Widget /Rect [72 600 300 620] /P 3 0 R >>",
        // "Email", and its value in UTF-16BE, as form filler apps write it.
        "<< /FT /Tx /T (Email) /V <FEFF006A0061006E0065002E0066006F0072006D0040006500780061006D0070006C0065002E0063006F006D> \
         /Type /Annot /Subtype /Widget /Rect [72 560 300 580] /P 3 0 R >>",
        "<< /T (contact) /Kids [11 0 R] >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /FT /Btn /T (consent) /V /Yes >>",
        "<< /T (loop) /Kids [10 0 R] >>",
        "<< /FT /Tx /T (mobile) /V (07700 900123) /Parent 7 0 R >>",
    ]);
    fs::write(dir.path().join("form.pdf"), form).unwrap();
    let records = scan(&[dir.path().to_str().unwrap(), "--reveal"]);
    let file = of_type(&records, "file")[0];
    assert_eq!(file["status"], "scanned", "{file}");
    let findings: Vec<&Value> =
        of_type(&records, "finding").into_iter().filter(|f| f["kind"] != "person_name").collect();
    let found: BTreeSet<(&str, &str, Option<u64>)> = findings
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["value"].as_str().unwrap(), f["location"]["page"].as_u64()))
        .collect();
    let want = [
        ("uk_nino", "QQ123456C", Some(1)),
        ("email", "jane.form@example.com", Some(1)),
        ("phone", "+447700900123", None),
    ];
    assert_eq!(found, BTreeSet::from(want));
    let line = |kind: &str| findings.iter().find(|f| f["kind"] == kind).unwrap()["location"]["line"].as_u64().unwrap();
    assert_eq!(line("email"), line("uk_nino") + 1, "after the page's text, in the form's order");
}

/// A cross-reference table that is missing, damaged or points at the
/// wrong offsets is rebuilt from the objects, as poppler does: the text is
/// read (the damage seen in pdf.js's and Tika's test files), and an
/// incremental update's later definition of an object wins.
#[test]
fn a_damaged_cross_reference_table_is_rebuilt() {
    let content = |text: &str| {
        let ops = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
        format!("<< /Length {} >>\nstream\n{ops}\nendstream", ops.len())
    };
    let pdf = common::pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Count 1 /Kids [3 0 R] >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .into(),
        content("Old text"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
    ]);
    let text = String::from_utf8(pdf).unwrap();
    let (objects, table) = text.split_at(text.find("xref").unwrap());
    // An incremental update that redefines the page's content, its own table gone.
    let updated = format!("{objects}{table}4 0 obj\n{}\nendobj\n", content("NI number QQ 12 34 56 C"));
    let damaged = [
        ("startxref past the end", text.replace(&format!("startxref\n{}", objects.len()), "startxref\n99999")),
        ("no table, no trailer", objects.to_string()),
        ("trailer without its brackets", text.replace("<< /Size 6 /Root 1 0 R >>", "/Size 6\n/Root 1 0 R")),
        ("offsets shifted", text.replacen("%PDF-1.7\n", "%PDF-1.7\n% a comment added by hand\n", 1)),
        ("update without a table", updated.replace("Old text", "Old text superseded")),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (what, pdf) in damaged {
        let path = dir.path().join("damaged.pdf");
        fs::write(&path, &pdf).unwrap();
        let out = dpscan().arg("extract").arg(&path).output().unwrap();
        let got = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{what}: {}", String::from_utf8_lossy(&out.stderr));
        let want = if what.starts_with("update") { "NI number QQ 12 34 56 C" } else { "Old text" };
        assert!(got.contains(want) && !got.contains("superseded"), "{what}: {got}");
    }
}

/// A print job's header before `%PDF-`, as print servers write it: PDF
/// readers look for the header in the first 1,024 bytes, and so does
/// dpscan's sniffing (the page is compressed, so reading the file as text
/// would find nothing).
#[test]
fn a_pdf_after_a_print_jobs_header_is_read_as_a_pdf() {
    use std::io::Write;
    let ops = b"BT /F1 12 Tf 72 720 Td (Contact: print.job@example.com) Tj ET";
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    zlib.write_all(ops).unwrap();
    let packed = zlib.finish().unwrap();
    let mut content = format!("<< /Length {} /Filter /FlateDecode >>\nstream\n", packed.len()).into_bytes();
    content.extend(&packed);
    content.extend(b"\nendstream");
    let pdf = common::pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("printed.pdf");
    fs::write(&path, [&b"%%JOB_START: 42\r\n%%QUEUE: FINANCE\r\n%%PAGES: 1\r\n"[..], &pdf].concat()).unwrap();
    let out = dpscan().args(["scan", "--format", "jsonl", "--reveal"]).arg(&path).output().unwrap();
    let records = common::records(&out.stdout);
    let file = common::of_type(&records, "file")[0];
    assert_eq!((file["format"].as_str(), file["status"].as_str()), (Some("pdf"), Some("scanned")), "{file}");
    assert!(common::of_type(&records, "finding").iter().any(|f| f["value"] == "print.job@example.com"), "{records:?}");
}
