//! The reports for people, end to end: the HTML page (escaping, no clear
//! identifier, owner-only), the review workbook read back with calamine
//! (typed cells), and the Information Asset Register on the fixture share.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::{dpscan, fixtures, plant};
use serde_json::Value;

/// The clear values planted in `fixtures/share` (expected.jsonl), of the
/// kinds that identify someone on their own.
fn planted_identifiers() -> Vec<String> {
    let identifying =
        ["uk_nino", "uk_bank_account", "iban", "payment_card", "email", "phone", "nhs_number", "uk_passport"];
    fs::read_to_string(fixtures().join("expected.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| identifying.contains(&v["kind"].as_str().unwrap()))
        .map(|v| v["value"].as_str().unwrap().to_string())
        .collect()
}

/// `dpscan ARGS -o FILE` in `dir`; the run must succeed.
fn write(args: &[&str], file: &Path) {
    let out = dpscan().args(args).arg("-o").arg(file).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty() || String::from_utf8_lossy(&out.stderr).lines().all(|l| !l.contains("panic")));
}

/// Every cell of every sheet, as text.
fn all_cells(path: &Path) -> Vec<String> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let mut cells = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        cells.extend(range.cells().map(|(_, _, c)| c.to_string()));
    }
    cells
}

#[test]
fn the_html_report_of_the_fixtures_holds_no_identifier_and_is_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let share = fixtures().join("share");
    write(&["scan", share.to_str().unwrap(), "--format", "html", "--as-of", "2099-01-01"], &html);
    let page = fs::read_to_string(&html).unwrap();
    assert_eq!(fs::metadata(&html).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    for value in planted_identifiers() {
        assert!(!page.contains(&value), "the report holds {value}");
    }
    // The numbers a DPO reads first.
    assert!(page.contains(r#"<span class="n" id="files">13</span>"#), "file count");
    assert!(page.contains(r#"<span class="n" id="findings">109</span>"#), "finding count");
    // Every file is past its period by 2099: the recruitment notes are due for deletion.
    assert!(page.contains(r#"<span class="n" id="due-delete">1</span>"#), "due for deletion");
    assert!(page.contains("recruitment-unsuccessful"));
    // Self-contained: nothing is fetched.
    for remote in ["http://", "https://", "src=", "@import", "url("] {
        assert!(!page.contains(remote), "the page refers to {remote}");
    }
}

#[test]
fn hostile_file_names_cannot_inject_markup_or_reorder_text() {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    let nino = "National Insurance number: QQ 12 34 56 C\n";
    let hostile = [
        "HR/<script>alert(1)</script>.txt",
        "HR/\"quoted' & <b>bold.txt",
        "HR/invoice\u{202E}txt.exe",
        "<img src=x onerror=alert(2)>/a.txt",
    ];
    for name in hostile {
        plant(&share, name, nino, "2020-01-01");
    }
    let html = dir.path().join("report.html");
    write(&["scan", share.to_str().unwrap(), "--format", "html"], &html);
    let page = fs::read_to_string(&html).unwrap();
    assert_eq!(page.matches("<script").count(), 1, "only the page's own script");
    assert!(!page.contains("<b>bold") && !page.contains("<img"));
    assert!(page.contains("&#60;script&#62;alert(1)&#60;/script&#62;.txt"), "the name is shown, escaped");
    assert!(page.contains("HR/&#34;quoted&#39; &#38; &#60;b&#62;bold.txt"), "quotes and ampersands, escaped");
    assert!(!page.contains('\u{202E}'), "a bidi override reaches the page");
    assert!(page.contains("invoice\\u{202e}txt.exe"));
    assert!(page.contains("&#60;img src=x onerror=alert(2)&#62;"), "a hostile folder name, escaped");
    assert!(!page.contains("QQ123456C"));
}

#[test]
fn the_workbook_has_typed_cells_and_no_clear_identifier_unless_revealed() {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    plant(
        &share,
        "HR/=HYPERLINK(\"http-example\").txt",
        "Passport number: 025076473\nTel 07700 900123\n",
        "2020-01-01",
    );
    plant(&share, "Finance/cards.txt", "Card: 4111 1111 1111 1111\n", "2020-01-01");
    let book = dir.path().join("review.xlsx");
    write(&["scan", share.to_str().unwrap(), "--format", "xlsx", "--reveal", "--as-of", "2026-01-01"], &book);
    assert_eq!(fs::metadata(&book).unwrap().permissions().mode() & 0o777, 0o600);
    let mut workbook: Xlsx<_> = open_workbook(&book).unwrap();
    assert_eq!(workbook.sheet_names(), ["Summary", "Files", "Findings", "Retention"]);

    let findings = workbook.worksheet_range("Findings").unwrap();
    let header: Vec<String> = findings.rows().next().unwrap().iter().map(ToString::to_string).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let value_of = |kind: &str| {
        let row = findings.rows().find(|r| r[column("kind")] == Data::String(kind.into())).unwrap();
        (row[column("value")].clone(), row[column("line")].clone(), row[column("confidence")].clone())
    };
    // Identifiers stay text: a leading zero kept, sixteen digits not rounded, a phone not a number.
    let (passport, line, confidence) = value_of("uk_passport");
    assert_eq!(passport, Data::String("025076473".into()));
    assert_eq!(line, Data::Float(1.0));
    assert!(matches!(confidence, Data::Float(c) if c > 0.5));
    assert_eq!(value_of("payment_card").0, Data::String("4111111111111111".into()));
    assert_eq!(value_of("phone").0, Data::String("+447700900123".into()));

    let files = workbook.worksheet_range("Files").unwrap();
    let header: Vec<String> = files.rows().next().unwrap().iter().map(ToString::to_string).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let hostile = files
        .rows()
        .find(|r| r[column("path")].to_string().ends_with("=HYPERLINK(\"http-example\").txt"))
        .expect("the file whose name is a formula");
    assert!(matches!(hostile[column("path")], Data::String(_)), "a name is text, never a formula");
    assert_eq!(hostile[column("size")], Data::Float(44.0));
    let owner = dpscan::report::owners::name(std::os::unix::fs::MetadataExt::uid(&fs::metadata(&share).unwrap()));
    assert_eq!(hostile[column("file_owner")], Data::String(owner.to_string()), "named as the CSV names it");
    assert_eq!(hostile[column("findings")], Data::Float(2.0));
    assert!(matches!(hostile[column("modified")], Data::DateTime(_)), "{:?}", hostile[column("modified")]);
    assert!(matches!(hostile[column("expires")], Data::DateTime(_)));

    let summary = workbook.worksheet_range("Summary").unwrap();
    let files_reached = summary.rows().find(|r| r[0] == Data::String("files reached".into())).unwrap();
    assert_eq!(files_reached[1], Data::Float(2.0));

    // Without --reveal, no planted value of the fixtures is anywhere in the workbook.
    let masked = dir.path().join("masked.xlsx");
    write(&["scan", fixtures().join("share").to_str().unwrap(), "--format", "xlsx"], &masked);
    let cells = all_cells(&masked).join("\n");
    let revealed = dir.path().join("revealed.xlsx");
    write(&["scan", fixtures().join("share").to_str().unwrap(), "--format", "xlsx", "--reveal"], &revealed);
    let clear = all_cells(&revealed).join("\n");
    for value in planted_identifiers() {
        assert!(!cells.contains(&value), "the masked workbook holds {value}");
        assert!(clear.contains(&value), "the revealed workbook lacks {value}");
    }
}

#[test]
fn xlsx_needs_a_file_or_a_pipe() {
    let out = dpscan().args(["scan", "fixtures/share", "--format", "xlsx", "--excel"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--excel applies to --format csv only"));
}

const POLICY: &str = r#"
[default]
keep = "7 years"
action = "review"

[[rule]]
id = "recruitment"
paths = ["**/Recruitment/**"]
keep = "6 months"
action = "delete"
owner = "HR manager"
lawful_basis = "Legitimate interests"
asset = "Recruitment records"

[[rule]]
id = "finance"
paths = ["Finance/**"]
keep = "7 years"
action = "review"
owner = "Finance manager"
lawful_basis = "Legal obligation"
asset = "Financial records"

[[rule]]
id = "clinic"
paths = ["Clinic/**"]
keep = "8 years"
action = "review"
owner = "Lead clinician"
lawful_basis = "Health care (Art. 9(2)(h))"
asset = "Clinical records"
"#;

#[test]
fn the_register_of_the_fixtures_has_a_row_per_asset_filled_as_the_policy_says() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    fs::write(&policy, POLICY).unwrap();
    let csv_path = dir.path().join("iar.csv");
    let share = fixtures().join("share");
    let args = ["iar", share.to_str().unwrap(), "--policy", policy.to_str().unwrap(), "--as-of", "2099-01-01"];
    write(&args, &csv_path);
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "asset",
            "owner",
            "lawful_basis",
            "personal_data",
            "special_categories",
            "files",
            "bytes",
            "retention",
            "past_retention",
            "location"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |asset: &str| rows.iter().find(|r| r[0] == *asset).unwrap_or_else(|| panic!("no row for {asset}"));
    let assets: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    // Named assets, and the other top-level folders (HR's recruitment notes are their own asset).
    let folder = |name: &str| share.join(name).to_string_lossy().into_owned();
    for asset in ["Recruitment records", "Financial records", "Clinical records"] {
        assert!(assets.contains(&asset), "{assets:?}");
    }
    for name in [".hidden", "Admin", "HR", "IT", "Policies", "Shared"] {
        assert!(assets.contains(&folder(name).as_str()), "{name} in {assets:?}");
    }
    assert_eq!(rows.len(), 9, "one row per asset: {assets:?}");

    let finance = row("Financial records");
    assert_eq!(&finance[1], "Finance manager");
    assert_eq!(&finance[2], "Legal obligation");
    for kind in ["uk_nino", "uk_bank_account", "iban", "payment_card"] {
        assert!(finance[3].contains(kind), "{}", &finance[3]);
    }
    assert_eq!(&finance[5], "2");
    assert!(finance[6].parse::<u64>().unwrap() > 0);
    assert_eq!(&finance[7], "7 years (finance, then review)");
    assert_eq!(&finance[8], "2");
    assert_eq!(&finance[9], folder("Finance"));

    let recruitment = row("Recruitment records");
    assert_eq!(&recruitment[1], "HR manager");
    assert_eq!(&recruitment[7], "6 months (recruitment, then delete)");
    assert_eq!(&recruitment[9], folder("HR"));
    let clinic = row("Clinical records");
    assert_eq!((&clinic[1], &clinic[2]), ("Lead clinician", "Health care (Art. 9(2)(h))"));
    assert!(clinic[3].contains("nhs_number"));
    // A folder no rule names: the default's period, no owner given by the policy.
    let it = row(&folder("IT"));
    assert_eq!((&it[1], &it[7]), ("", "7 years (default, then review)"));
    assert!(it[3].contains("ip_address"));

    // The same register as a workbook, with typed counts.
    let xlsx_path = dir.path().join("iar.xlsx");
    write(&[&args[..], &["--format", "xlsx"]].concat(), &xlsx_path);
    let mut book: Xlsx<_> = open_workbook(&xlsx_path).unwrap();
    let sheet = book.worksheet_range("Information assets").unwrap();
    let finance = sheet.rows().find(|r| r[0] == Data::String("Financial records".into())).unwrap();
    assert_eq!(finance[5], Data::Float(2.0));
    assert_eq!(finance[1], Data::String("Finance manager".into()));
    assert_eq!(sheet.rows().count(), 10);
}

#[test]
fn the_inventory_reports_owners_and_writes_the_html_of_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inv.db");
    let share = fixtures().join("share");
    let key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    let index_html = dir.path().join("index.html");
    let out = dpscan()
        .env("DPSCAN_INDEX_KEY", key)
        .args(["index", share.to_str().unwrap(), "--db", db.to_str().unwrap(), "--format", "html", "-q", "-o"])
        .arg(&index_html)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let owner = dpscan::report::owners::name(std::os::unix::fs::MetadataExt::uid(
        &fs::metadata(share.join("Admin/minutes.md")).unwrap(),
    ));
    let from_index = fs::read_to_string(&index_html).unwrap();
    assert!(from_index.contains(r#"<span class="n" id="files">13</span>"#), "the whole inventory, not the changes");
    // And the night's changes beside it: the first run finds every file new, and reads it.
    for (id, n) in [("new", 13), ("changed", 0), ("unchanged", 0), ("gone", 0), ("read", 13)] {
        assert!(from_index.contains(&format!(r#"id="changes-{id}">{n}<"#)), "changes: {id} is not {n}");
    }

    let report = |format: &str| {
        let out = dpscan()
            .env("DPSCAN_INDEX_KEY", key)
            .args(["report", "--db", db.to_str().unwrap(), "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    // The owner is kept in the inventory (schema 4), so its reports name it.
    let jsonl = report("jsonl");
    let files: Vec<Value> =
        jsonl.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()).filter(|r| r["type"] == "file").collect();
    assert_eq!(files.len(), 13);
    assert!(files.iter().all(|f| f["owner"] == *owner), "{files:?}");
    let page = report("html");
    assert!(page.contains(&format!("<tr><td>{owner}</td><td class=\"n\" data-n=\"13\">13</td>")), "owners table");
    assert!(page.contains(r#"<span class="n" id="findings">109</span>"#));
    assert!(!page.contains("changes-new"), "a report of the inventory alone is of no run");
    // The CSV names each file's owner too.
    let csv = report("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let column = reader.headers().unwrap().iter().position(|h| h == "file_owner").expect("a file_owner column");
    let files: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).filter(|r| &r[0] == "file").collect();
    assert_eq!(files.len(), 13);
    assert!(files.iter().all(|r| r[column] == *owner), "{files:?}");
}
