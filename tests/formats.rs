//! Office documents, spreadsheets, RTF, HTML, CSV and JSON from real
//! producers (`fixtures/formats`, made by LibreOffice, python-docx,
//! openpyxl and python-pptx): every planted item found at its location,
//! and each damaged or encrypted file an error that names its cause.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{dpscan, fixtures, of_type, retention_under, scan};
use serde_json::Value;

/// (file, kind, value, sheet, cell)
type Item = (String, String, String, Option<String>, Option<String>);

fn planted() -> Vec<Value> {
    let oracle = fs::read_to_string(fixtures().join("formats/expected.jsonl")).unwrap();
    oracle.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn item(path: &str, v: &Value, location: &Value) -> Item {
    let text = |v: &Value| v.as_str().map(String::from);
    (
        path.into(),
        text(&v["kind"]).unwrap(),
        text(&v["value"]).unwrap(),
        text(&location["sheet"]),
        text(&location["cell"]),
    )
}

fn scan_formats() -> Vec<Value> {
    let dir = fixtures().join("formats");
    scan(&[dir.to_str().unwrap(), "--reveal", "--exclude", "*.py", "--exclude", "*.jsonl"])
}

fn file_name(v: &Value) -> String {
    v["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string()
}

#[test]
fn every_planted_identifier_is_found_in_its_cell_and_nothing_else() {
    let records = scan_formats();
    let structured = |kind: &str| kind != "person_name" && kind != "special_category";
    let want: BTreeSet<Item> = planted()
        .iter()
        .filter(|v| structured(v["kind"].as_str().unwrap()))
        .map(|v| item(v["path"].as_str().unwrap(), v, v))
        .collect();
    let hostile = ["truncated.docx", "corrupt.xlsx", "encrypted.docx"];
    let got: BTreeSet<Item> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| structured(f["kind"].as_str().unwrap()) && !hostile.contains(&file_name(f).as_str()))
        .map(|f| item(&file_name(f), f, &f["location"]))
        .collect();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:#?}\nextra {extra:#?}");
    // LibreOffice writes a text box twice in a docx (DrawingML and a VML
    // fallback): its NHS number is one finding, not two.
    let boxed =
        of_type(&records, "finding").into_iter().filter(|f| file_name(f) == "report.docx" && f["kind"] == "nhs_number");
    assert_eq!(boxed.count(), 1);
    for file in ["letter.docx", "report.docx", "report.odt", "report.doc", "report.rtf", "slides.pptx", "staff.xlsx"] {
        assert!(want.iter().any(|i| i.0 == file), "the oracle plants items in {file}");
    }
}

#[test]
fn slides_are_pages_and_notes_belong_to_their_slide() {
    let records = scan_formats();
    for v in planted() {
        let (path, part) = (v["path"].as_str().unwrap(), v["part"].as_str().unwrap_or(""));
        let Some(slide) = part.strip_prefix("slide ").and_then(|p| p.split(':').next()?.parse::<u64>().ok()) else {
            continue;
        };
        let found = of_type(&records, "finding")
            .into_iter()
            .any(|f| file_name(f) == path && f["value"] == v["value"] && f["location"]["page"] == slide);
        assert!(found, "{path}: {} not found on page {slide} ({part})", v["value"]);
    }
}

#[test]
fn planted_names_are_found_including_document_authors() {
    let records = scan_formats();
    let names: BTreeSet<(String, String)> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["kind"] == "person_name")
        .map(|f| (file_name(f), f["value"].as_str().unwrap().to_string()))
        .collect();
    let missing: Vec<_> = planted()
        .iter()
        .filter(|v| v["kind"] == "person_name")
        .map(|v| (v["path"].as_str().unwrap().to_string(), v["value"].as_str().unwrap().to_string()))
        .filter(|planted| !names.contains(planted))
        .collect();
    assert!(missing.is_empty(), "names not found: {missing:#?}");
}

#[test]
fn formats_are_sniffed_from_content_and_damage_is_named() {
    let records = scan_formats();
    let files = of_type(&records, "file");
    let record = |name: &str| *files.iter().find(|f| file_name(f) == name).unwrap_or_else(|| panic!("{name}"));
    for (name, format) in [
        ("letter.docx", "docx"),
        ("report.odt", "odt"),
        ("report.doc", "doc"),
        ("report.rtf", "rtf"),
        ("slides.pptx", "pptx"),
        ("slides.odp", "odp"),
        ("staff.xlsx", "xlsx"),
        ("staff.xls", "xls"),
        ("staff.ods", "ods"),
        ("staff.csv", "csv"),
        ("staff.tsv", "csv"),
        ("page.html", "html"),
        ("records.json", "json"),
    ] {
        let f = record(name);
        assert_eq!((f["status"].as_str(), f["format"].as_str()), (Some("scanned"), Some(format)), "{name}");
    }
    let error = |name: &str| record(name)["error"].as_str().unwrap_or_default().to_string();
    assert_eq!(record("truncated.docx")["format"], "docx", "known by its first local headers");
    assert!(
        error("truncated.docx").starts_with("corrupt: damaged or truncated package"),
        "{}",
        error("truncated.docx")
    );
    assert!(error("encrypted.docx").starts_with("encrypted: password-protected Office document"));
    // What could be read of the damaged workbook still was, its other
    // sheet, and the sheet that could not be is a problem, not silence.
    let damaged = record("corrupt.xlsx");
    assert_eq!(damaged["status"], "scanned", "{damaged}");
    let problems = damaged["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{damaged}");
    assert_eq!(problems[0]["location"]["sheet"], "Staff");
    assert!(problems[0]["error"].as_str().unwrap().starts_with("corrupt: sheet \"Staff\" cannot be read"), "{damaged}");
    let old_sheet = of_type(&records, "finding")
        .into_iter()
        .any(|f| file_name(f) == "corrupt.xlsx" && f["location"]["sheet"] == "Old" && f["kind"] == "uk_nino");
    assert!(old_sheet);
}

#[test]
fn document_properties_date_a_document_for_retention() {
    let policy = "[default]\nkeep = \"6 years\"\nbasis = \"content\"\naction = \"delete\"\n";
    let records = retention_under(policy, &fixtures().join("formats/letter.docx"));
    let verdict = &of_type(&records, "file")[0]["retention"];
    // docProps/core.xml: modified 2016-03-02T17:30:00Z, not the file's mtime.
    assert_eq!(verdict["basis_date"], "2016-03-02", "{verdict}");
    assert_eq!(verdict["expires"], "2022-03-02");
    assert!(verdict["basis"].as_str().unwrap().contains("document modified property"), "{verdict}");
}

#[test]
fn tables_label_cells_with_their_column_header() {
    let out = dpscan().args(["extract"]).arg(fixtures().join("formats/letter.docx")).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Name: Oliver Specimen \tNI Number: QQ 65 43 21 A \tDate of birth: 02/11/1979"), "{text}");
    // Tracked changes: the deleted phone number is still text, apart from its replacement.
    assert!(text.contains("0113 496 0321 withheld"), "{text}");
    assert!(text.contains("Comment author: Tom Placeholder"), "{text}");
}

#[test]
fn a_title_row_or_a_key_value_row_labels_no_column() {
    let dir = tempfile::tempdir().unwrap();
    let titled = dir.path().join("titled.csv");
    fs::write(&titled, "Staff list\nName,NI number\nJane Example,QQ 12 34 56 A\n").unwrap();
    let keyed = dir.path().join("keyed.csv");
    fs::write(&keyed, "Name:,Jane Example\nNI number:,QQ 12 34 56 A\n").unwrap();
    let text =
        |path: &std::path::Path| String::from_utf8(dpscan().arg("extract").arg(path).output().unwrap().stdout).unwrap();
    let titled = text(&titled);
    assert!(titled.contains("Name: Jane Example\tNI number: QQ 12 34 56 A"), "{titled}");
    let keyed = text(&keyed);
    assert!(keyed.contains("NI number:\tQQ 12 34 56 A") && !keyed.contains("Jane Example: "), "{keyed}");
    // Labels without a colon: the first row is a key and its value, not a
    // header, once the next row starts with a label too.
    let unmarked = dir.path().join("unmarked.csv");
    fs::write(&unmarked, "Forename,Oskar\nSurname,Tregunna\nNI number,QQ 12 34 56 A\n").unwrap();
    let extracted = text(&unmarked);
    assert!(extracted.contains("Surname\tTregunna\nNI number\tQQ 12 34 56 A"), "{extracted}");
    let records = scan(&[unmarked.to_str().unwrap(), "--reveal"]);
    let names: Vec<&str> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["kind"] == "person_name")
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Oskar", "Tregunna"]);
    // A header over two columns stays one.
    let listed = dir.path().join("listed.csv");
    fs::write(&listed, "Name,NI number\nJane Example,QQ 12 34 56 A\n").unwrap();
    let listed = text(&listed);
    assert!(listed.contains("Name: Jane Example\tNI number: QQ 12 34 56 A"), "{listed}");
}

/// JSON Lines: each line a record; keys are context in words
/// (`dateOfBirth`, `nhsNumber`, `firstName`), as column headers are.
#[test]
fn json_lines_keys_are_context_for_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("people.jsonl");
    let record = |first: &str, last: &str, dob: &str| {
        format!(
            "{{\"client\": {{\"firstName\": \"{first}\", \"lastName\": \"{last}\", \"dateOfBirth\": \"{dob}\"}}, \"nhsNumber\": \"9434765919\"}}\n"
        )
    };
    let text = record("Zephyrine", "Quennell", "1980-03-14") + &record("Oskar", "Tregunna", "1979-11-02");
    fs::write(&path, text).unwrap();
    let records = scan(&[path.to_str().unwrap(), "--reveal"]);
    let found: BTreeSet<(String, String, String)> = of_type(&records, "finding")
        .into_iter()
        .map(|f| {
            let at = f["location"]["json_path"].as_str().unwrap_or_default().to_string();
            (f["kind"].as_str().unwrap().to_string(), f["value"].as_str().unwrap().to_string(), at)
        })
        .collect();
    let want = |kind: &str, value: &str, at: &str| (kind.to_string(), value.to_string(), at.to_string());
    for item in [
        want("person_name", "Zephyrine", "$[0].client.firstName"),
        want("person_name", "Quennell", "$[0].client.lastName"),
        want("person_name", "Tregunna", "$[1].client.lastName"),
        want("date_of_birth", "1980-03-14", "$[0].client.dateOfBirth"),
        want("nhs_number", "9434765919", "$[1].nhsNumber"),
    ] {
        assert!(found.contains(&item), "{item:?} not in {found:?}");
    }
}

#[test]
fn every_part_of_a_word_document_is_read() {
    // A referral of the held-out evaluation set: body, a text box, header,
    // footer, footnote, endnote and comment (tests/eval/heldout/generate.py).
    let docx = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/heldout/docs/referral-001.docx");
    let out = dpscan().arg("extract").arg(&docx).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for part in [
        "Occupational Health Referral",   // body
        "Referring manager: ",            // text box
        "PRIVATE AND CONFIDENTIAL - OH/", // header
        "Prepared by ",                   // footer
        "Consent given by ",              // footnote
        "is kept for six years",          // endnote
        "Please check with ",             // comment
    ] {
        assert!(text.contains(part), "{part:?} not read:\n{text}");
    }
}

/// A given name alone in a later part of a file (a later sheet here, a
/// Word comment or footnote after the body) is a person the file named
/// before; in a file that never named them, it is not.
#[test]
fn a_later_part_of_a_file_knows_the_people_named_before() {
    let dir = tempfile::tempdir().unwrap();
    for (file, named) in [("named.xlsx", true), ("unnamed.xlsx", false)] {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let staff = workbook.add_worksheet().set_name("Staff").unwrap();
        staff.write_string(0, 0, "Referral").unwrap();
        staff.write_string(1, 0, if named { "Referral for Priya Patel" } else { "Referral for the team" }).unwrap();
        let notes = workbook.add_worksheet().set_name("Notes").unwrap();
        notes.write_string(0, 0, "Notes").unwrap();
        notes.write_string(1, 0, "Ask Priya about the rota.").unwrap();
        fs::write(dir.path().join(file), workbook.save_to_buffer().unwrap()).unwrap();
    }
    let records = scan(&[dir.path().to_str().unwrap(), "--reveal"]);
    let mut names: Vec<(String, &str, &str)> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["kind"] == "person_name")
        .map(|f| (file_name(f), f["location"]["sheet"].as_str().unwrap(), f["value"].as_str().unwrap()))
        .collect();
    names.sort();
    let named = |sheet, value| ("named.xlsx".to_string(), sheet, value);
    assert_eq!(names, [named("Notes", "Priya"), named("Staff", "Priya Patel")]);
}

/// A chart sheet has no cells: the workbook's worksheets are read and the
/// chart sheet passes without a problem. A sheet that cannot be read is a
/// problem on a workbook whose other sheets were read, not its end.
#[test]
fn a_chart_sheet_is_no_damage_and_one_bad_sheet_does_not_fail_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let staff = workbook.add_worksheet().set_name("Staff").unwrap();
    staff.write_string(0, 0, "NI number").unwrap();
    staff.write_string(1, 0, "QQ 12 34 56 C").unwrap();
    staff.write_number(1, 1, 3.0).unwrap();
    staff.write_number(2, 1, 5.0).unwrap();
    let mut chart = rust_xlsxwriter::Chart::new(rust_xlsxwriter::ChartType::Column);
    chart.add_series().set_values("Staff!$B$2:$B$3");
    workbook.add_chartsheet().set_name("Chart").unwrap().insert_chart(0, 0, &chart).unwrap();
    fs::write(dir.path().join("charted.xlsx"), workbook.save_to_buffer().unwrap()).unwrap();

    let records = scan(&[dir.path().to_str().unwrap(), "--reveal"]);
    let file = of_type(&records, "file")[0];
    assert_eq!(file["status"], "scanned", "{file}");
    assert!(file.get("problems").is_none(), "{file}");
    let ninos: Vec<&Value> = of_type(&records, "finding").into_iter().filter(|f| f["value"] == "QQ123456C").collect();
    assert_eq!(ninos.len(), 1);
    assert_eq!(ninos[0]["location"]["sheet"], "Staff");
}

/// A bitmap pasted into a presentation or a workbook compresses far past
/// the zip-bomb ratio: the document is read all the same, and only the
/// picture, if OCR would read it, is a problem.
#[test]
fn a_picture_that_compresses_far_does_not_fail_its_document() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    for (source, picture) in [("slides.pptx", "ppt/media/image9.bmp"), ("staff.xlsx", "xl/media/image9.bmp")] {
        let mut original =
            zip::ZipArchive::new(fs::File::open(fixtures().join("formats").join(source)).unwrap()).unwrap();
        let mut copy = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for index in 0..original.len() {
            copy.raw_copy_file(original.by_index_raw(index).unwrap()).unwrap();
        }
        let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        copy.start_file(picture, deflated).unwrap();
        copy.write_all(b"BM").unwrap();
        copy.write_all(&vec![0; 20 << 20]).unwrap();
        fs::write(dir.path().join(source), copy.finish().unwrap().into_inner()).unwrap();
    }
    let records = scan(&[dir.path().to_str().unwrap(), "--ocr", "never"]);
    for file in of_type(&records, "file") {
        assert_eq!(file["status"], "scanned", "{file}");
        assert!(file.get("problems").is_none(), "{file}");
        assert!(file["findings"].as_u64().unwrap() > 3, "{file}");
    }
    // With OCR on, the picture would be read: that part alone is refused.
    let records = scan(&[dir.path().join("slides.pptx").to_str().unwrap(), "--ocr", "always"]);
    let file = of_type(&records, "file")[0];
    assert_eq!(file["status"], "scanned", "{file}");
    assert_eq!(file["problems"][0]["location"]["member"], "ppt/media/image9.bmp", "{file}");
    assert!(file["problems"][0]["error"].as_str().unwrap().contains("a zip bomb?"), "{file}");
}

/// An OpenDocument spreadsheet's manifest.
const MANIFEST: &str = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
    <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
    <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
    <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";

/// A zip package of `parts` (name, text), stored.
fn package<T: AsRef<[u8]>>(parts: &[(&str, T)]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(text.as_ref()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The findings of `file`'s scan: (kind, sheet, cell) of each, revealed values.
fn cells_found(file: &std::path::Path) -> BTreeSet<(String, String, String, String)> {
    let records = scan(&[file.to_str().unwrap(), "--reveal"]);
    let record = of_type(&records, "file")[0];
    assert!(record["status"] == "scanned" && record.get("problems").is_none(), "{record}");
    of_type(&records, "finding")
        .into_iter()
        .map(|f| {
            let at = |k: &str| f["location"][k].as_str().unwrap_or("").to_string();
            (f["kind"].as_str().unwrap().to_string(), f["value"].as_str().unwrap().to_string(), at("sheet"), at("cell"))
        })
        .collect()
}

/// Comments and notes on cells, which the spreadsheet reader skips, are
/// read at their sheet and cell with their author: an xlsx note, an xlsx
/// threaded comment (read once, not again as the note Excel writes beside
/// it), an OpenDocument annotation after repeated rows and columns, and an
/// OpenDocument page header.
#[test]
fn cell_comments_and_notes_are_read_at_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    let found = |kind: &str, value: &str, sheet: &str, cell: &str| {
        (kind.to_string(), value.to_string(), sheet.to_string(), cell.to_string())
    };

    let mut workbook = rust_xlsxwriter::Workbook::new();
    let staff = workbook.add_worksheet().set_name("Staff").unwrap();
    staff.write_string(0, 0, "Team").unwrap();
    let note = rust_xlsxwriter::Note::new("Call back on 07700 900482 about the NI number QQ 12 34 56 C")
        .set_author("Oskar Lindqvist");
    staff.insert_note(1, 2, &note).unwrap();
    let noted = dir.path().join("noted.xlsx");
    fs::write(&noted, workbook.save_to_buffer().unwrap()).unwrap();
    let cells = cells_found(&noted);
    assert!(cells.contains(&found("phone", "+447700900482", "Staff", "C2")), "{cells:?}");
    assert!(cells.contains(&found("uk_nino", "QQ123456C", "Staff", "C2")), "{cells:?}");
    let shown = String::from_utf8(dpscan().arg("extract").arg(&noted).output().unwrap().stdout).unwrap();
    assert!(shown.contains("Comment author: Oskar Lindqvist"), "{shown}");

    // The same workbook with a threaded comment on D3 and Excel's note copy of it.
    let mut original = zip::ZipArchive::new(fs::File::open(&noted).unwrap()).unwrap();
    let mut parts: Vec<(String, String)> = (0..original.len())
        .map(|i| {
            let mut part = original.by_index(i).unwrap();
            let mut text = String::new();
            std::io::Read::read_to_string(&mut part, &mut text).unwrap();
            (part.name().to_string(), text)
        })
        .collect();
    for (name, text) in parts.iter_mut() {
        if name == "xl/worksheets/_rels/sheet1.xml.rels" {
            *text = text.replace(
                "</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2017/10/relationships/threadedComment\" \
                 Target=\"../threadedComments/threadedComment1.xml\"/></Relationships>",
            );
        }
    }
    parts.push((
        "xl/threadedComments/threadedComment1.xml".into(),
        "<ThreadedComments xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">\
         <threadedComment ref=\"D3\" personId=\"{P1}\" id=\"{C1}\"><text>Payroll query: sort code 20-00-00 \
         account 55779911 &amp; more</text></threadedComment></ThreadedComments>"
            .into(),
    ));
    parts.push((
        "xl/persons/person.xml".into(),
        "<personList xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">\
         <person displayName=\"Marta Kowalczyk\" id=\"{P1}\" userId=\"marta@example.com\" providerId=\"None\"/></personList>"
            .into(),
    ));
    let threaded = dir.path().join("threaded.xlsx");
    let borrowed: Vec<(&str, &str)> = parts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    fs::write(&threaded, package(&borrowed)).unwrap();
    let cells = cells_found(&threaded);
    assert!(cells.contains(&found("uk_bank_account", "200000:55779911", "Staff", "D3")), "{cells:?}");
    assert!(!cells.iter().any(|c| c.3 == "C2"), "the note beside a threaded comment is not read twice: {cells:?}");
    let shown = String::from_utf8(dpscan().arg("extract").arg(&threaded).output().unwrap().stdout).unwrap();
    assert!(shown.contains("Comment author: Marta Kowalczyk") && shown.contains("& more"), "{shown}");

    // OpenDocument: an annotation in C4 (rows and columns repeated before it), a page header.
    let content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
        xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
        xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:body><office:spreadsheet>\
        <table:table table:name=\"Rota\"><table:table-row><table:table-cell><text:p>Shift</text:p></table:table-cell></table:table-row>\
        <table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>\
        <table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell>\
        <office:annotation><dc:creator>Priya Raman</dc:creator><dc:date>2026-01-05T10:00:00</dc:date>\
        <text:p>Off sick, GP fit note; NHS number 943 476 5919</text:p></office:annotation><text:p>Early</text:p>\
        </table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    let styles = "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
        xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">\
        <office:master-styles><style:master-page style:name=\"Default\"><style:header><text:p>Prepared by \
        j.hughes@example.com</text:p></style:header></style:master-page></office:master-styles></office:document-styles>";
    let ods = dir.path().join("rota.ods");
    fs::write(
        &ods,
        package(&[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", MANIFEST),
            ("content.xml", content),
            ("styles.xml", styles),
        ]),
    )
    .unwrap();
    let cells = cells_found(&ods);
    assert!(cells.contains(&found("nhs_number", "9434765919", "Rota", "C4")), "{cells:?}");
    assert!(cells.contains(&found("email", "j.hughes@example.com", "", "")), "{cells:?}");
    let shown = String::from_utf8(dpscan().arg("extract").arg(&ods).output().unwrap().stdout).unwrap();
    assert!(shown.contains("Comment author: Priya Raman") && !shown.contains("2026-01-05"), "{shown}");
}

/// The content of an OpenDocument spreadsheet of `tables` (already XML).
fn ods_content(tables: &str) -> String {
    format!(
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
        xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
        xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>{tables}"
    )
}

/// An OpenDocument cell is read whatever its producer says of its type:
/// text without `office:value-type` (which the spreadsheet library dropped),
/// a formula's string result, a typed date shown day first; a row repeated a
/// million times is read once; a second sheet too.
#[test]
fn opendocument_cells_are_read_whatever_their_type_says() {
    let dir = tempfile::tempdir().unwrap();
    let cell = |text: &str| format!("<table:table-cell><text:p>{text}</text:p></table:table-cell>");
    let row = |cells: &[String]| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let tables = format!(
        "<table:table table:name=\"Tenants\">{}{}\
        <table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"3\"/>\
        {}</table:table-row></table:table><table:table table:name=\"Notes\">{}{}</table:table>\
        </office:spreadsheet></office:body></office:document-content>",
        row(&[cell("Tenant"), cell("NI number"), cell("Date of birth"), cell("Email")]),
        row(&[
            cell("Aoife Byrne"),
            cell("QQ 12 34 56 C"),
            "<table:table-cell office:value-type=\"date\" office:date-value=\"1985-03-14T00:00:00\"><text:p>85-03-14</text:p>\
             </table:table-cell>"
                .into(),
            "<table:table-cell office:value-type=\"string\" office:string-value=\"aoife.byrne@example.com\" \
             table:formula=\"of:=LOWER([.A2])\"/>"
                .into(),
        ]),
        cell("rent.arrears@example.org"),
        row(&[cell("Next review")]),
        row(&[cell("Called 07700 900 321 about the repair")]),
    );
    let ods = dir.path().join("tenants.ods");
    let parts = [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".to_string()),
        ("META-INF/manifest.xml", MANIFEST.to_string()),
        ("content.xml", ods_content(&tables)),
    ];
    fs::write(&ods, package(&parts)).unwrap();
    let cells = cells_found(&ods);
    let found = |kind: &str, value: &str, sheet: &str, cell: &str| {
        (kind.to_string(), value.to_string(), sheet.to_string(), cell.to_string())
    };
    assert!(cells.contains(&found("person_name", "Aoife Byrne", "Tenants", "A2")), "{cells:?}");
    assert!(cells.contains(&found("uk_nino", "QQ123456C", "Tenants", "B2")), "{cells:?}");
    assert!(cells.contains(&found("date_of_birth", "1985-03-14", "Tenants", "C2")), "{cells:?}");
    assert!(cells.contains(&found("email", "aoife.byrne@example.com", "Tenants", "D2")), "{cells:?}");
    assert!(cells.contains(&found("email", "rent.arrears@example.org", "Tenants", "D3")), "{cells:?}");
    assert!(cells.contains(&found("phone", "+447700900321", "Notes", "A2")), "{cells:?}");
    let emails = cells.iter().filter(|c| c.1 == "rent.arrears@example.org").count();
    assert_eq!(emails, 1, "a repeated row is read once: {cells:?}");
    let shown = String::from_utf8(dpscan().arg("extract").arg(&ods).output().unwrap().stdout).unwrap();
    assert!(shown.contains("Date of birth: 14/03/1985"), "{shown}");
}

/// An OpenDocument spreadsheet whose XML breaks off (a table never
/// closed, once a reader's endless loop) is read as far as it goes, and
/// the record says the sheet was cut short.
#[test]
fn a_truncated_opendocument_sheet_is_read_as_far_as_it_goes() {
    let dir = tempfile::tempdir().unwrap();
    let tables = "<table:table table:name=\"Log\"><table:table-row><table:table-cell>\
        <text:p>Visitor: sam.okafor@example.net</text:p></table:table-cell></table:table-row>";
    let ods = dir.path().join("cut.ods");
    let parts = [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".to_string()),
        ("META-INF/manifest.xml", MANIFEST.to_string()),
        ("content.xml", ods_content(tables)),
    ];
    fs::write(&ods, package(&parts)).unwrap();
    let records = scan(&[ods.to_str().unwrap(), "--reveal"]);
    let record = of_type(&records, "file")[0];
    assert_eq!(record["status"], "scanned", "{record}");
    let problems = record["problems"].to_string();
    assert!(problems.contains("Log") && problems.contains("cut short") && problems.contains("truncated"), "{record}");
    assert!(of_type(&records, "finding").iter().any(|f| f["value"] == "sam.okafor@example.net"), "{records:?}");
}

/// A header cell repeated across a billion columns (a few bytes of XML)
/// costs nothing: a sheet has at most 16,384 columns. Character data is
/// read as OpenDocument says, each run of white space one space, so a
/// pretty-printed cell's name stays whole.
#[test]
fn opendocument_repeats_and_white_space_are_read_as_the_format_says() {
    let dir = tempfile::tempdir().unwrap();
    let tables = "<table:table table:name=\"Staff\"><table:table-row>\
        <table:table-cell><text:p>Name</text:p></table:table-cell>\
        <table:table-cell table:number-columns-repeated=\"1000000000\"><text:p>Note</text:p></table:table-cell>\
        <table:table-cell><text:p>Email</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell><text:p>\n        Priya\n        Raman\n      </text:p></table:table-cell>\
        <table:table-cell><text:p>priya.raman@example.com</text:p></table:table-cell></table:table-row>\
        </table:table></office:spreadsheet></office:body></office:document-content>";
    let ods = dir.path().join("staff.ods");
    let parts = [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".to_string()),
        ("META-INF/manifest.xml", MANIFEST.to_string()),
        ("content.xml", ods_content(tables)),
    ];
    fs::write(&ods, package(&parts)).unwrap();
    let cells = cells_found(&ods);
    let found = |kind: &str, value: &str, cell: &str| {
        (kind.to_string(), value.to_string(), "Staff".to_string(), cell.to_string())
    };
    assert!(cells.contains(&found("person_name", "Priya Raman", "A2")), "{cells:?}");
    assert!(cells.contains(&found("email", "priya.raman@example.com", "B2")), "{cells:?}");
}

/// An OpenDocument text's annotation is read as text of its own, apart from
/// the sentence it is anchored in; who wrote it (or a tracked change) is
/// listed after the text, and when is not text. A date field in the body
/// stays in its sentence.
#[test]
fn an_opendocument_annotation_is_apart_from_its_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
        xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
        <office:body><office:text><text:tracked-changes><text:changed-region text:id=\"c1\"><text:insertion>\
        <office:change-info><dc:creator>Ines Okafor</dc:creator><dc:date>2026-02-01T09:00:00</dc:date></office:change-info>\
        </text:insertion></text:changed-region></text:tracked-changes>\
        <text:p>Reviewed on <text:date>4 March 2026</text:date> by the panel.<office:annotation>\
        <dc:creator>Colm Whelan</dc:creator><dc:date>2026-03-04T11:00:00</dc:date>\
        <text:p>Check the address with Aoife.</text:p></office:annotation></text:p>\
        </office:text></office:body></office:document-content>";
    let odt = dir.path().join("review.odt");
    let parts = [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)];
    fs::write(&odt, package(&parts)).unwrap();
    let out = dpscan().arg("extract").arg(&odt).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "Reviewed on 4 March 2026 by the panel. Check the address with Aoife.",
        "Comment author: Colm Whelan",
        "Change author: Ines Okafor",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not a line of:\n{text}");
    }
    assert!(!text.contains("2026-0"), "an annotation's or a change's date read as text:\n{text}");
    let names: BTreeSet<String> = of_type(&scan(&[odt.to_str().unwrap(), "--reveal"]), "finding")
        .iter()
        .filter(|f| f["kind"] == "person_name")
        .map(|f| f["value"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains("Colm Whelan") && names.contains("Ines Okafor"), "{names:?}");
}

/// An Excel 2-4 file with a password is encrypted, not read as garbage.
#[test]
fn an_excel_2_to_4_file_with_a_password_is_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let locked = [biff_record(0x0409, &[0, 0, 0x10, 0, 0, 0]), biff_record(0x002F, &[0x12, 0x34, 0x56, 0x78])].concat();
    let path = dir.path().join("locked.xls");
    fs::write(&path, locked).unwrap();
    let records = scan(&[path.to_str().unwrap()]);
    let record = of_type(&records, "file")[0];
    assert_eq!(record["error"], "encrypted: password-protected Excel 2-4 file", "{record}");
}

/// A BIFF record: its type, its length, its data.
fn biff_record(kind: u16, data: &[u8]) -> Vec<u8> {
    [&kind.to_le_bytes()[..], &(data.len() as u16).to_le_bytes(), data].concat()
}

/// Excel 2, 3 and 4 files (a bare stream of records, not an OLE file) are
/// read, not skipped as binary: an Excel 4 sheet with its code page (a
/// Welsh name in Windows-1252), a formula's string result and a number
/// shown as a phone under its column, and an Excel 2 sheet's label.
#[test]
fn excel_2_to_4_worksheets_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let cell = |row: u16, col: u16| [row.to_le_bytes(), col.to_le_bytes(), 0u16.to_le_bytes()].concat();
    let label = |row, col, text: &[u8]| {
        biff_record(0x0204, &[cell(row, col), (text.len() as u16).to_le_bytes().to_vec(), text.to_vec()].concat())
    };
    let email = b"sian.pritchard@example.org";
    let excel4 = [
        biff_record(0x0409, &[0, 0, 0x10, 0, 0, 0]),
        biff_record(0x0042, &1252u16.to_le_bytes()),
        label(0, 0, b"Name"),
        label(0, 1, b"NI number"),
        label(0, 2, b"Email"),
        label(0, 3, b"Mobile"),
        label(1, 0, b"Si\xe2n Pritchard"),
        label(1, 1, b"QQ 48 17 26 B"),
        // A formula whose result is text, given by the STRING record after it.
        biff_record(0x0406, &[cell(1, 2), vec![0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0]].concat()),
        biff_record(0x0207, &[(email.len() as u16).to_le_bytes().to_vec(), email.to_vec()].concat()),
        biff_record(0x0203, &[cell(1, 3), 7_700_900_123f64.to_le_bytes().to_vec()].concat()),
        biff_record(0x000A, &[]),
    ]
    .concat();
    let excel2 = [
        biff_record(0x0009, &[2, 0, 0x10, 0]),
        biff_record(
            0x0004,
            &[&0u16.to_le_bytes()[..], &0u16.to_le_bytes(), &[0, 0, 0], &[30], b"Contact: old.biff2@example.com"]
                .concat(),
        ),
        biff_record(0x000A, &[]),
    ]
    .concat();
    let found = |kind: &str, value: &str, cell: &str| {
        (kind.to_string(), value.to_string(), "Sheet1".to_string(), cell.to_string())
    };
    let (four, two) = (dir.path().join("staff-1993.xls"), dir.path().join("contacts-1989.xls"));
    fs::write(&four, excel4).unwrap();
    fs::write(&two, excel2).unwrap();
    let cells = cells_found(&four);
    assert!(cells.contains(&found("person_name", "Si\u{e2}n Pritchard", "A2")), "{cells:?}");
    assert!(cells.contains(&found("uk_nino", "QQ481726B", "B2")), "{cells:?}");
    assert!(cells.contains(&found("email", "sian.pritchard@example.org", "C2")), "{cells:?}");
    assert!(cells.contains(&found("phone", "+447700900123", "D2")), "{cells:?}");
    assert!(cells_found(&two).contains(&found("email", "old.biff2@example.com", "A1")));
}

/// A Word document's alternative-format chunk (altChunk: an HTML page
/// pasted in whole, as mail-merge tools write) is read as a member.
#[test]
fn a_word_documents_pasted_in_html_chunk_is_read() {
    let mut original =
        zip::ZipArchive::new(fs::File::open(fixtures().join("formats").join("letter.docx")).unwrap()).unwrap();
    let mut parts: Vec<(String, Vec<u8>)> = (0..original.len())
        .map(|i| {
            let mut part = original.by_index(i).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut part, &mut bytes).unwrap();
            (part.name().to_string(), bytes)
        })
        .collect();
    let rels = parts.iter_mut().find(|(name, _)| name == "word/_rels/document.xml.rels").unwrap();
    let text = String::from_utf8(rels.1.clone()).unwrap().replace(
        "</Relationships>",
        "<Relationship Id=\"rIdChunk1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" \
         Target=\"chunk1.html\"/></Relationships>",
    );
    assert!(text.contains("rIdChunk1"), "{text}");
    rels.1 = text.into_bytes();
    parts.push((
        "word/chunk1.html".into(),
        b"<html><body><p>Tenant: NI number QQ 70 81 92 D, email tenant.seven@example.org</p></body></html>".to_vec(),
    ));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("merged.docx");
    let borrowed: Vec<(&str, &[u8])> = parts.iter().map(|(n, t)| (n.as_str(), t.as_slice())).collect();
    fs::write(&file, package(&borrowed)).unwrap();
    let records = scan(&[file.to_str().unwrap(), "--reveal"]);
    let in_chunk: BTreeSet<(String, String)> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["location"]["member"] == "word/chunk1.html")
        .map(|f| (f["kind"].as_str().unwrap().to_string(), f["value"].as_str().unwrap().to_string()))
        .collect();
    let expected = [("uk_nino", "QQ708192D"), ("email", "tenant.seven@example.org")];
    assert_eq!(in_chunk, expected.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), "{records:?}");
}

/// A Word 6/95 document (FIB signature 0xA5DC, version 0x65) of `text`
/// (8-bit, paragraphs ending in `\r`): never fast-saved, one run of text
/// after the FIB; fast-saved, the text in `pieces` stored back to front and
/// a piece table after them.
fn word6(file: &std::path::Path, text: &str, fast_saved: bool) {
    const FC_MIN: usize = 0x300;
    let text = encoding_rs::WINDOWS_1252.encode(text).0.into_owned();
    let mut stream = vec![0u8; FC_MIN];
    let put16 = |s: &mut Vec<u8>, at: usize, v: u16| s[at..at + 2].copy_from_slice(&v.to_le_bytes());
    let put32 = |s: &mut Vec<u8>, at: usize, v: u32| s[at..at + 4].copy_from_slice(&v.to_le_bytes());
    put16(&mut stream, 0, 0xA5DC);
    put16(&mut stream, 2, 0x0065);
    put16(&mut stream, 6, 0x0809);
    put16(&mut stream, 0x0A, if fast_saved { 0x0004 } else { 0 });
    put32(&mut stream, 0x34, text.len() as u32);
    if fast_saved {
        // Two pieces, the second half first in the stream.
        let half = text.len() / 2;
        let (first, second) = text.split_at(half);
        let second_at = stream.len();
        stream.extend_from_slice(second);
        let first_at = stream.len();
        stream.extend_from_slice(first);
        let mut plc = Vec::new();
        for cp in [0, half, text.len()] {
            plc.extend_from_slice(&(cp as u32).to_le_bytes());
        }
        for fc in [first_at, second_at] {
            plc.extend_from_slice(&0u16.to_le_bytes());
            plc.extend_from_slice(&(fc as u32).to_le_bytes());
            plc.extend_from_slice(&0u16.to_le_bytes());
        }
        let clx_at = stream.len();
        // A padding entry first, as some writers leave.
        stream.extend_from_slice(&[0, 0, 2]);
        stream.extend_from_slice(&(plc.len() as u32).to_le_bytes());
        stream.extend_from_slice(&plc);
        let clx_len = stream.len() - clx_at;
        put32(&mut stream, 0x58 + 33 * 8, clx_at as u32);
        put32(&mut stream, 0x58 + 33 * 8 + 4, clx_len as u32);
        put32(&mut stream, 0x18, FC_MIN as u32);
        put32(&mut stream, 0x1C, clx_at as u32);
    } else {
        stream.extend_from_slice(&text);
        put32(&mut stream, 0x18, FC_MIN as u32);
        put32(&mut stream, 0x1C, (FC_MIN + text.len()) as u32);
    }
    // Word's streams are never small (readers take a tiny one for damage).
    stream.resize(stream.len().max(0x1200), 0);
    let end = stream.len() as u32;
    put32(&mut stream, 0x20, end);
    let mut doc = cfb::CompoundFile::create_with_version(cfb::Version::V3, fs::File::create(file).unwrap()).unwrap();
    std::io::Write::write_all(&mut doc.create_stream("WordDocument").unwrap(), &stream).unwrap();
    doc.flush().unwrap();
}

/// Word 6 and Word 95 documents are read, whether or not they were
/// fast-saved (their text then in pieces, out of order in the file).
#[test]
fn word_6_and_95_documents_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Personnel file\rEmployee: Zoë Example, NI number QQ 12 34 56 C\rEmail zoe.example@example.com\r";
    for fast_saved in [false, true] {
        let file = dir.path().join(format!("word6-{fast_saved}.doc"));
        word6(&file, text, fast_saved);
        let shown = String::from_utf8(dpscan().arg("extract").arg(&file).output().unwrap().stdout).unwrap();
        for line in text.split_terminator('\r') {
            assert!(shown.contains(line), "{line:?} in {shown}");
        }
        let records = scan(&[file.to_str().unwrap(), "--reveal"]);
        assert_eq!(of_type(&records, "file")[0]["status"], "scanned", "{records:?}");
        let values: BTreeSet<&str> = of_type(&records, "finding").iter().filter_map(|f| f["value"].as_str()).collect();
        assert!(values.contains("QQ123456C") && values.contains("zoe.example@example.com"), "{values:?}");
    }
}
