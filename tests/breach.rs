//! `dpscan breach` end to end, on a share generated here with known people
//! (synthetic: QQ NINOs, example.com addresses, 07700 900xxx phones, NHS
//! numbers in the 999 test range, test card and IBAN numbers): indexed,
//! its files deleted, then assessed for a folder, a list and a time window.
//! The truth — who is in each file and what was planted — is the
//! generator's, and every expectation is computed from it.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{dpscan, fixtures, pg};
use serde_json::Value;

/// One planted item: its kind, its normalised value, and for a
/// special-category term its category.
#[derive(Clone, Copy)]
struct Item {
    kind: &'static str,
    value: &'static str,
    category: Option<&'static str>,
}

const fn item(kind: &'static str, value: &'static str) -> Item {
    Item { kind, value, category: None }
}

const fn term(category: &'static str, value: &'static str) -> Item {
    Item { kind: "special_category", value, category: Some(category) }
}

/// A line of a generated text file: its label, the value as written, and
/// the item it plants (whose is `person`).
struct Line {
    person: &'static str,
    label: &'static str,
    written: &'static str,
    item: Item,
}

const fn line(person: &'static str, label: &'static str, written: &'static str, item: Item) -> Line {
    Line { person, label, written, item }
}

/// A generated file: its text and what it plants.
struct Planted {
    path: &'static str,
    text: String,
    items: Vec<(&'static str, Item)>,
}

/// A text file of labelled lines, one person's record.
fn record(path: &'static str, title: &str, lines: &[Line]) -> Planted {
    let mut text = format!("{title} (synthetic test data)\n");
    for l in lines {
        text.push_str(&format!("{}: {}\n", l.label, l.written));
    }
    Planted { path, text, items: lines.iter().map(|l| (l.person, l.item)).collect() }
}

const JANE: &str = "Jane Smith";
const ROBERT: &str = "Robert Brown";
const MARY: &str = "Mary Taylor";
const PRIYA: &str = "Priya Patel";
const OLIVER: &str = "Oliver Wilson";
const DAVID: &str = "David Evans";
const LUCY: &str = "Lucy Green";

/// The share's files with personal data, and what each holds.
fn share() -> Vec<Planted> {
    let name = |person: &'static str| item("person_name", person);
    let jane_email = item("email", "jane.smith@example.com");
    let jane_phone = item("phone", "+447700900101");
    let mary_email = item("email", "mary.taylor@example.com");
    let mary_phone = item("phone", "+447700900105");
    let robert_email = item("email", "robert.brown@example.com");
    let mut staff = Planted { path: "HR/staff.csv", text: "Name,Email,Phone\n".into(), items: Vec::new() };
    for (person, email, phone, written) in
        [(JANE, jane_email, jane_phone, "07700 900101"), (MARY, mary_email, mary_phone, "07700 900105")]
    {
        staff.text.push_str(&format!("{person},{},{written}\n", email.value));
        staff.items.extend([(person, name(person)), (person, email), (person, phone)]);
    }
    vec![
        record(
            "HR/jane-smith.txt",
            "Personnel record",
            &[
                line(JANE, "Name", JANE, name(JANE)),
                line(JANE, "National Insurance number", "QQ 12 34 56 C", item("uk_nino", "QQ123456C")),
                line(JANE, "Email", jane_email.value, jane_email),
                line(JANE, "Phone", "07700 900101", jane_phone),
                line(JANE, "Date of birth", "12/03/1985", item("date_of_birth", "1985-03-12")),
            ],
        ),
        record(
            "HR/robert-brown.txt",
            "Personnel record",
            &[
                line(ROBERT, "Name", ROBERT, name(ROBERT)),
                line(ROBERT, "National Insurance number", "QQ 24 68 10 A", item("uk_nino", "QQ246810A")),
                line(ROBERT, "Email", robert_email.value, robert_email),
                line(ROBERT, "Expenses card", "4111 1111 1111 1111", item("payment_card", "4111111111111111")),
            ],
        ),
        staff,
        record(
            "Clinic/priya-patel.txt",
            "Clinic note",
            &[
                line(PRIYA, "Patient", PRIYA, name(PRIYA)),
                line(PRIYA, "NHS number", "999 246 8017", item("nhs_number", "9992468017")),
                line(PRIYA, "Email", "priya.patel@example.org", item("email", "priya.patel@example.org")),
                line(PRIYA, "Diagnosis", "type 2 diabetes", term("health", "type 2 diabetes")),
            ],
        ),
        record(
            "Clinic/oliver-wilson.txt",
            "Clinic note",
            &[
                line(OLIVER, "Patient", OLIVER, name(OLIVER)),
                line(OLIVER, "Date of birth", "14/05/2014", item("date_of_birth", "2014-05-14")),
                line(OLIVER, "Diagnosis", "asthma", term("health", "asthma")),
            ],
        ),
        record(
            "Finance/david-evans.txt",
            "Supplier payment",
            &[
                line(DAVID, "Payee", DAVID, name(DAVID)),
                line(DAVID, "IBAN", "GB82 WEST 1234 5698 7654 32", item("iban", "GB82WEST12345698765432")),
                line(DAVID, "Email", "david.evans@example.com", item("email", "david.evans@example.com")),
            ],
        ),
        // One person whose identifiers never meet: named in one file,
        // emailed in another, her NINO in a third. Linked, she is three
        // groups; the low end must not count her more than once.
        record("Misc/lucy-name.txt", "Visitor", &[line(LUCY, "Name", LUCY, name(LUCY))]),
        record(
            "Misc/lucy-email.txt",
            "Mailing list",
            &[line(LUCY, "Email", "lucy.green@example.com", item("email", "lucy.green@example.com"))],
        ),
        record(
            "Misc/lucy-nino.txt",
            "Payroll query",
            &[line(LUCY, "National Insurance number", "QQ 13 57 91 B", item("uk_nino", "QQ135791B"))],
        ),
        // Two people in one unit: their identifiers are linked into one
        // group, which the low end of the range must survive.
        record(
            "Shared/contacts.txt",
            "Contacts",
            &[
                line(MARY, "Name", MARY, name(MARY)),
                line(MARY, "Email", mary_email.value, mary_email),
                line(ROBERT, "Name", ROBERT, name(ROBERT)),
                line(ROBERT, "Email", robert_email.value, robert_email),
            ],
        ),
    ]
}

/// Exposed files that cannot be read, in whole or in part, and the gap
/// each must be listed under.
const UNREADABLE: [(&str, &str); 3] = [
    ("Shared/secret.docx", "encrypted"),
    ("Shared/broken.docx", "corrupt"),
    ("Shared/interviews.zip", "parts_not_read"),
];

/// A corrupt document, whose error the inventory keeps.
const CORRUPT: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x08\x00not a deflate stream (synthetic)";

/// The archive's corrupt member, named with a NINO: the name the report
/// must mask, as every report masks names from the content.
const MEMBER: &str = "HR/QQ654321A interview.docx";

/// The documented category of each kind planted (README, `dpscan breach`).
fn category(item: &Item) -> &'static str {
    match item.kind {
        "person_name" | "date_of_birth" => "identity",
        "email" | "phone" | "uk_postcode" => "contact",
        "payment_card" | "iban" | "uk_bank_account" => "financial",
        "uk_nino" | "nhs_number" | "uk_passport" | "uk_driving_licence" => "government_id",
        "special_category" => item.category.unwrap(),
        other => panic!("no category planted for {other}"),
    }
}

/// A child's date of birth on the exposure day of these tests (2026).
fn childs(item: &Item) -> bool {
    item.kind == "date_of_birth" && item.value[..4].parse::<i32>().unwrap() > 2026 - 18
}

/// Writes `files` (and the unreadable ones) under `root`.
fn generate(root: &Path, files: &[Planted]) {
    for file in files {
        write(&root.join(file.path), file.text.as_bytes());
    }
    write(&root.join(UNREADABLE[0].0), &fs::read(fixtures().join("formats/encrypted.docx")).unwrap());
    write(&root.join(UNREADABLE[1].0), CORRUPT);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(MEMBER, zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, CORRUPT).unwrap();
    write(&root.join(UNREADABLE[2].0), &zip.finish().unwrap().into_inner());
}

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// `dpscan ARGS` with the test key; the run must succeed. Its stdout.
fn run(args: &[&str]) -> Vec<u8> {
    let out = dpscan().env("DPSCAN_INDEX_KEY", "ab".repeat(32)).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{args:?} said: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn index(root: &Path, db: &str, extra: &[&str]) {
    let mut args = vec!["index", root.to_str().unwrap(), "--db", db, "--format", "jsonl", "--no-progress"];
    args.extend(extra);
    run(&args);
}

fn breach(db: &str, exposure: &[&str]) -> Value {
    let mut args = vec!["breach", "--db", db, "--format", "json", "--as-of", "2026-06-01"];
    args.extend(exposure);
    serde_json::from_slice(&run(&args)).unwrap()
}

/// One kind's truth in one category: occurrences, values, files.
#[derive(Default)]
struct Tally {
    findings: u64,
    values: BTreeSet<&'static str>,
    files: BTreeSet<&'static str>,
}

/// The assessment must match the truth of `exposed` (the files with
/// personal data in the exposure) and `unreadable` (with their gaps).
fn check(assessment: &Value, exposed: &[&Planted], unreadable: &[(&str, &str)], root: &Path) {
    // People: the range brackets the true number, overall and per category.
    let people: BTreeSet<&str> = exposed.iter().flat_map(|f| f.items.iter().map(|(p, _)| *p)).collect();
    let subjects = &assessment["subjects"];
    let (low, likely, high) =
        (subjects["low"].as_u64().unwrap(), subjects["likely"].as_u64().unwrap(), subjects["high"].as_u64().unwrap());
    assert!(low <= people.len() as u64 && people.len() as u64 <= high, "{low}..{high} for {people:?}");
    assert!(low >= 1 && low <= likely && likely <= high, "likely within the bounds: {subjects}");

    // Categories: each kind's findings, distinct values and files, exactly.
    let mut want: BTreeMap<(&str, &str), Tally> = BTreeMap::new();
    let mut category_people: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for file in exposed {
        for (person, item) in &file.items {
            let mut categories = vec![category(item)];
            if childs(item) {
                categories.push("children");
            }
            for category in categories {
                let entry = want.entry((category, item.kind)).or_default();
                entry.findings += 1;
                entry.values.insert(item.value);
                entry.files.insert(file.path);
                category_people.entry(category).or_default().insert(person);
            }
        }
    }
    let mut got = BTreeMap::new();
    for row in assessment["categories"].as_array().unwrap() {
        let category = row["category"].as_str().unwrap();
        let range = (row["subjects"]["low"].as_u64().unwrap(), row["subjects"]["high"].as_u64().unwrap());
        let truth = category_people.get(category).unwrap_or_else(|| panic!("{category} was not planted")).len() as u64;
        assert!(range.0 <= truth && truth <= range.1, "{category}: {range:?} for {truth} people");
        for kind in row["kinds"].as_array().unwrap() {
            let counts =
                (kind["findings"].as_u64().unwrap(), kind["values"].as_u64().unwrap(), kind["files"].as_u64().unwrap());
            got.insert((category.to_string(), kind["kind"].as_str().unwrap().to_string()), counts);
        }
    }
    let want: BTreeMap<(String, String), (u64, u64, u64)> = want
        .into_iter()
        .map(|((c, k), t)| ((c.into(), k.into()), (t.findings, t.values.len() as u64, t.files.len() as u64)))
        .collect();
    assert_eq!(got, want);

    // Completeness: every unreadable exposed file listed, with its reason.
    let listed: BTreeSet<(String, String)> = assessment["not_assessed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["path"].as_str().unwrap().to_string(), u["gap"].as_str().unwrap().to_string()))
        .collect();
    let expected: BTreeSet<(String, String)> =
        unreadable.iter().map(|(p, gap)| (root.join(p).to_string_lossy().into_owned(), gap.to_string())).collect();
    assert_eq!(listed, expected);
    assert_eq!(assessment["files"]["not_assessed"], unreadable.len());
    assert_eq!(assessment["files"]["with_personal_data"], exposed.len());
    let records: Vec<&str> =
        assessment["records"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    let mut paths: Vec<String> = exposed.iter().map(|f| root.join(f.path).to_string_lossy().into_owned()).collect();
    paths.sort();
    assert_eq!(records, paths);
}

/// The severity's level and the factors of its reasons.
fn severity(assessment: &Value) -> (String, BTreeSet<String>) {
    let severity = &assessment["severity"];
    let factors =
        severity["reasons"].as_array().unwrap().iter().map(|r| r["factor"].as_str().unwrap().into()).collect();
    (severity["level"].as_str().unwrap().into(), factors)
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A generated share, indexed into an SQLite inventory, then deleted.
struct Indexed {
    _dir: tempfile::TempDir,
    root: PathBuf,
    db: String,
    files: Vec<Planted>,
}

fn indexed() -> Indexed {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap().join("share");
    let files = share();
    generate(&root, &files);
    let db = dir.path().join("inv.db").to_string_lossy().into_owned();
    index(&root, &db, &[]);
    fs::remove_dir_all(&root).unwrap();
    Indexed { _dir: dir, root, db, files }
}

fn under<'a>(files: &'a [Planted], folder: &str) -> Vec<&'a Planted> {
    files.iter().filter(|f| f.path.starts_with(folder)).collect()
}

#[test]
fn a_folder_is_assessed_from_the_inventory_with_its_source_files_gone() {
    let share = indexed();
    let folder = |name: &str| share.root.join(name).to_string_lossy().into_owned();

    let hr = breach(&share.db, &[&folder("HR")]);
    check(&hr, &under(&share.files, "HR/"), &[], &share.root);
    // One person per record here, each linked: the likely figure is the
    // truth; the low end is the distinct NINOs (Jane's and Robert's).
    assert_eq!((&hr["subjects"]["low"], &hr["subjects"]["likely"]), (&Value::from(2), &Value::from(3)));
    assert_eq!(severity(&hr), ("high".into(), set(&["financial", "identity_theft"])));

    let clinic = breach(&share.db, &[&folder("Clinic")]);
    check(&clinic, &under(&share.files, "Clinic/"), &[], &share.root);
    assert_eq!(severity(&clinic), ("high".into(), set(&["special_category", "children", "identity_theft"])));
    let nhs =
        clinic["severity"]["reasons"].as_array().unwrap().iter().find(|r| r["factor"] == "identity_theft").unwrap();
    assert_eq!(nhs["level"], "medium", "an NHS number alone is no identity-theft kit: {nhs}");
    assert_eq!(
        (&clinic["children"]["assessed"], &clinic["children"]["certain"]),
        (&Value::Bool(true), &Value::from(1))
    );

    let shared = breach(&share.db, &[&folder("Shared")]);
    check(&shared, &under(&share.files, "Shared/"), &UNREADABLE, &share.root);
    assert_eq!(severity(&shared), ("medium".into(), set(&["unknown_content", "encrypted"])));
    assert_eq!(shared["children"]["assessed"], false, "no date of birth there: {}", shared["children"]);
    let text = shared.to_string();
    assert!(text.contains("QQ******A interview.docx") && !text.contains("QQ654321A"), "a member's NINO shown");

    // Lucy's three files: three linked groups, likely (and at most) three
    // people; one NINO, so at least one, which is the truth.
    let misc = breach(&share.db, &[&folder("Misc")]);
    check(&misc, &under(&share.files, "Misc/"), &[], &share.root);
    let subjects = &misc["subjects"];
    assert_eq!((&subjects["low"], &subjects["likely"], &subjects["high"]), (&1.into(), &3.into(), &3.into()));

    // The whole share by a glob: two people in one unit are linked, and the
    // range still brackets the six.
    let all = breach(&share.db, &[&format!("{}/**", share.root.display())]);
    check(&all, &share.files.iter().collect::<Vec<_>>(), &UNREADABLE, &share.root);
}

#[test]
fn a_list_of_files_names_what_the_inventory_does_not_hold() {
    let share = indexed();
    let list = share.root.with_file_name("lost-laptop.txt");
    let contacts = share.root.join("Shared/contacts.txt");
    fs::write(
        &list,
        format!("# the laptop's copy\n{}\n{}/Shared/never-indexed.txt\n", contacts.display(), share.root.display()),
    )
    .unwrap();
    let assessment = breach(&share.db, &["--files", list.to_str().unwrap()]);
    let exposed: Vec<&Planted> = share.files.iter().filter(|f| f.path == "Shared/contacts.txt").collect();
    check(&assessment, &exposed, &[("Shared/never-indexed.txt", "not_in_inventory")], &share.root);
    assert_eq!(severity(&assessment), ("medium".into(), set(&["unknown_content"])));
    // Contact data and names alone, all listed files held: low.
    fs::write(&list, format!("{}\n", contacts.display())).unwrap();
    let contacts_only = breach(&share.db, &["--files", list.to_str().unwrap()]);
    assert_eq!(severity(&contacts_only), ("low".into(), set(&["ordinary"])));
}

#[test]
fn the_html_page_builds_owner_only_and_holds_no_value() {
    let share = indexed();
    let page = share.root.with_file_name("breach.html");
    run(&["breach", "--db", &share.db, share.root.to_str().unwrap(), "--format", "html", "-o", page.to_str().unwrap()]);
    assert_eq!(fs::metadata(&page).unwrap().permissions().mode() & 0o777, 0o600);
    let html = fs::read_to_string(&page).unwrap();
    let csp = "content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-";
    assert!(html.contains(csp), "no strict Content-Security-Policy");
    assert!(html.contains("id=\"severity\">high<"), "severity missing");
    assert!(html.contains("Shared/secret.docx") && html.contains("encrypted"), "the unread files are not listed");
    assert!(html.contains("QQ******A interview.docx") && !html.contains("QQ654321A"), "a member's NINO shown");
    for file in &share.files {
        assert!(html.contains(&format!("{}/{}", share.root.display(), file.path)), "{} not listed", file.path);
        for (_, item) in file.items.iter().filter(|(_, i)| i.kind != "special_category") {
            assert!(!html.contains(item.value), "a clear {} in the page", item.kind);
        }
    }
    // The table too names no value.
    let table =
        String::from_utf8(run(&["breach", "--db", &share.db, share.root.to_str().unwrap(), "--format", "table"]))
            .unwrap();
    assert!(table.contains("severity   HIGH"), "{table}");
    for (_, item) in share.files.iter().flat_map(|f| &f.items).filter(|(_, i)| i.kind != "special_category") {
        assert!(!table.contains(item.value), "a clear {} in the table", item.kind);
    }
}

/// Three runs: the share without two files; those two added or changed
/// (the window); then another file changed and every file read again
/// under other limits. The window holds the second run's files only, and
/// names the file changed after it. With `elsewhere`, another host indexes
/// the same paths before the window: its files are not in it, though their
/// paths are (a central inventory tells files apart by host and path).
fn window(db: &str, elsewhere: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap().join("share");
    let files = share();
    let (added, changed, later) = ("Clinic/oliver-wilson.txt", "Finance/david-evans.txt", "HR/robert-brown.txt");
    let before: Vec<&Planted> = files.iter().filter(|f| f.path != added).collect();
    generate(
        &root,
        &before.iter().map(|f| Planted { path: f.path, text: f.text.clone(), items: Vec::new() }).collect::<Vec<_>>(),
    );
    index(&root, db, &[]);
    if let Some(host) = elsewhere {
        index(&root, db, &["--host", host]);
    }
    let since = jiff::Timestamp::now();
    for file in files.iter().filter(|f| f.path == added || f.path == changed) {
        write(&root.join(file.path), format!("{}Reviewed: yes\n", file.text).as_bytes());
    }
    index(&root, db, &[]);
    let until = jiff::Timestamp::now();
    let robert = &files.iter().find(|f| f.path == later).unwrap().text;
    write(&root.join(later), format!("{robert}Reviewed: yes\n").as_bytes());
    index(&root, db, &["--max-depth", "4"]);
    fs::remove_dir_all(&root).unwrap();

    let assessment = breach(db, &["--since", &since.to_string(), "--until", &until.to_string()]);
    let exposed: Vec<&Planted> = files.iter().filter(|f| f.path == added || f.path == changed).collect();
    check(&assessment, &exposed, &[(later, "changed_after_window")], &root);
    assert_eq!(assessment["exposure"]["by"], "window");
    assert_eq!(severity(&assessment).0, "high");
}

#[test]
fn a_time_window_holds_what_the_runs_saw_new_or_changed_in_it() {
    let dir = tempfile::tempdir().unwrap();
    window(&dir.path().join("inv.db").to_string_lossy(), None);
}

#[test]
fn a_time_window_in_a_central_inventory() {
    window(&pg::shared().database(), Some("elsewhere"));
}

/// `dpscan ARGS` with the test key; the run must fail with status 2 and no
/// panic. Its stderr.
fn refused(args: &[&str]) -> String {
    let out = dpscan().env("DPSCAN_INDEX_KEY", "ab".repeat(32)).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    stderr
}

#[test]
fn an_exposure_that_matches_nothing_says_so() {
    let share = indexed();
    let db = share.db.as_str();
    let typo = share.root.join("HRR").to_string_lossy().into_owned();
    let glob = format!("{}/**/*.pdf", share.root.display());
    let list = share.root.with_file_name("nothing-held.txt");
    fs::write(&list, format!("{}/Shared/never-indexed.txt\n", share.root.display())).unwrap();
    for exposure in [vec![typo.as_str()], vec![&glob], vec!["--files", list.to_str().unwrap()]] {
        let mut args = vec!["breach", "--db", db, "--format", "json"];
        args.extend(&exposure);
        let said = refused(&args);
        assert!(said.contains("no file of the inventory matches"), "{exposure:?}: {said}");
    }

    // A window in which no run saw a change: no error, but said in every format.
    let window = ["--since", "2000-01-01", "--until", "2000-01-02"];
    let assessment = breach(db, &window);
    assert_eq!(severity(&assessment), ("low".into(), set(&["nothing_exposed"])));
    let page = share.root.with_file_name("empty.html");
    for format in ["json", "table", "html"] {
        let mut args = vec!["breach", "--db", db, "--format", format, "-o", page.to_str().unwrap()];
        args.extend(window);
        run(&args);
        let text = fs::read_to_string(&page).unwrap();
        assert!(text.contains("no file changed in the window"), "{format}: {text}");
    }
}

#[test]
fn a_day_past_the_calendar_is_refused_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inv.db").to_string_lossy().into_owned();
    for (since, until) in [("9999-12-01", "9999-12-30"), ("9999-12-01", "9999-12-31")] {
        let said = refused(&["breach", "--db", &db, "--since", since, "--until", until]);
        assert!(said.contains("past the last day"), "{until}: {said}");
    }
}
