//! `dpscan sar` end to end on a generated share (`fixtures/sar/generate.py`)
//! that plants four people in every format under every written form of
//! their names and identifiers, beside look-alikes and third parties: what
//! is found, how strongly, in which form, and what the inventory keeps.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{dpscan, of_type, plant, records, subject_query};
use serde_json::Value;

const KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

/// The generated share, indexed: (temp dir, share root, inventory).
fn indexed_share() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sar/generate.py");
    let made = Command::new("python3").arg(&generator).arg(dir.path()).output().expect("python3 runs the generator");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    index(&root, &db);
    (dir, root, db)
}

fn index(root: &Path, db: &Path) {
    let out =
        dpscan().env("DPSCAN_INDEX_KEY", KEY).arg("index").arg(root).arg("--db").arg(db).arg("-q").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn sar(db: &Path, args: &[String]) -> Vec<Value> {
    let out = dpscan()
        .env("DPSCAN_INDEX_KEY", KEY)
        .args(["sar", "--format", "jsonl", "--db"])
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    records(&out.stdout)
}

/// A unit as labels and hits both name it: path under the share, location.
fn unit(root: &Path, path: &str, location: &Value) -> (String, String) {
    let relative = Path::new(path).strip_prefix(root).map_or(path.to_string(), |p| p.to_string_lossy().into_owned());
    (relative, location.to_string())
}

const NAME_VARIANTS: [&str; 6] = ["full", "middle", "surname_first", "initial", "title", "surname"];

/// The record kind of a label's identifier variant.
fn kind_of(variant: &str) -> Option<&'static str> {
    Some(match variant {
        "nino" => "uk_nino",
        "email" => "email",
        "phone" => "phone",
        "dob" => "date_of_birth",
        "nhs" => "nhs_number",
        "postcode" => "uk_postcode",
        _ => return None,
    })
}

#[test]
fn every_planted_form_is_found_at_its_strength_and_no_look_alike_is() {
    let (dir, root, db) = indexed_share();
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();
    let subjects: BTreeMap<String, Value> = serde_json::from_str(&read("subjects.json")).unwrap();
    let labels: Vec<Value> = read("labels.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let look_alikes: Vec<Value> = serde_json::from_str(&read("lookalikes.json")).unwrap();
    let mut strengths = BTreeMap::<&str, usize>::new();
    for (subject, terms) in &subjects {
        // Revealed, so each hit's message id names its message: masked,
        // the ids of one mailbox's domain all look alike.
        let found = sar(&db, &[subject_query(terms), vec!["--reveal".into()]].concat());
        let hits: BTreeMap<(String, String), &Value> = of_type(&found, "hit")
            .into_iter()
            .map(|h| (unit(&root, h["path"].as_str().unwrap(), &h["location"]), h))
            .collect();
        let wanted: Vec<&Value> = labels.iter().filter(|l| l["subject"] == subject.as_str()).collect();
        for label in &wanted {
            let place = unit(&root, label["path"].as_str().unwrap(), &label["location"]);
            let hit = hits.get(&place).unwrap_or_else(|| panic!("{subject}: no hit in {place:?} ({label})"));
            assert_eq!(hit["strength"], label["strength"], "{subject} in {place:?}: {hit}");
            *strengths.entry(label["strength"].as_str().unwrap()).or_default() += 1;
            let matched = hit["matched"].as_array().unwrap();
            let has = |field: &str, value: &str| matched.iter().any(|m| m[field] == value);
            for variant in label["variants"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()) {
                let named = match (variant, kind_of(variant)) {
                    (_, Some(kind)) => has("kind", kind),
                    // Capitals, and a title before a fuller form, are that form.
                    ("caps" | "title", _) => NAME_VARIANTS.iter().any(|v| has("variant", v)),
                    (variant, None) => has("variant", variant),
                };
                assert!(named, "{subject} in {place:?}: {variant} not named in {hit}");
            }
            assert!(hit["snippet"].is_string(), "an unchanged source is quoted: {hit}");
        }
        // Precision: nothing but the labelled units, so no look-alike either.
        for (place, hit) in &hits {
            let labelled = wanted.iter().any(|l| unit(&root, l["path"].as_str().unwrap(), &l["location"]) == *place);
            assert!(labelled, "{subject}: a hit no label expects in {place:?}: {hit}");
        }
        for look_alike in look_alikes.iter().filter(|l| l["subject"] == subject.as_str()) {
            let place = unit(&root, look_alike["path"].as_str().unwrap(), &look_alike["location"]);
            assert!(!hits.contains_key(&place), "{subject}: the look-alike {look_alike} was taken for them");
        }
    }
    assert!(strengths["strong"] >= 20 && strengths["weak"] >= 10, "the share plants both: {strengths:?}");
}

#[test]
fn the_inventory_holds_no_clear_name_word_or_identifier() {
    let (dir, root, db) = indexed_share();
    let mut bytes = Vec::new();
    for suffix in ["", "-wal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        bytes.extend(fs::read(PathBuf::from(name)).unwrap_or_default());
    }
    let held = String::from_utf8_lossy(&bytes).to_lowercase();
    // Paths are kept as a listing shows them: words in a path are not secret.
    let mut paths = String::new();
    for entry in walkdir::WalkDir::new(&root) {
        paths.push_str(&entry.unwrap().path().to_string_lossy().to_lowercase());
    }
    let labels = fs::read_to_string(dir.path().join("labels.jsonl")).unwrap();
    let mut planted: Vec<String> = Vec::new();
    for label in labels.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()) {
        for form in label["forms"].as_array().unwrap() {
            let text = form["text"].as_str().unwrap().to_lowercase();
            planted.push(text.clone());
            // Words of four letters or more; short digit groups (a year,
            // which a masked date of birth shows) are not identifiers.
            // An email's domain stays visible in its masked form.
            let words = text.split('@').next().unwrap().split(|c: char| !c.is_alphanumeric());
            planted.extend(words.filter(|w| w.len() >= 4 && !w.chars().all(|c| c.is_ascii_digit())).map(String::from));
        }
    }
    planted.extend(["housing", "enrolment", "superseded", "repair", "qq123456c", "07700900123"].map(String::from));
    planted.retain(|p| !paths.contains(p.as_str()));
    assert!(planted.len() > 50, "enough values to look for: {}", planted.len());
    for value in &planted {
        assert!(!held.contains(value.as_str()), "the inventory holds `{value}` in clear");
    }
}

#[test]
fn a_source_changed_after_indexing_is_said_to_be_not_quoted() {
    let (dir, _root, db) = indexed_share();
    let subjects: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("subjects.json")).unwrap()).unwrap();
    let jane = subject_query(&subjects["jane-smith"]);
    let hits = |db: &Path| of_type(&sar(db, &jane), "hit").into_iter().cloned().collect::<Vec<_>>();
    let before = hits(&db);
    let target = before.iter().find(|h| h["path"].as_str().unwrap().ends_with(".txt")).unwrap().clone();
    let path = PathBuf::from(target["path"].as_str().unwrap());
    let mut text = fs::read_to_string(&path).unwrap();
    text.insert_str(0, "Updated after the audit.\n");
    fs::write(&path, text).unwrap();

    let after = hits(&db);
    let hit = after.iter().find(|h| h["path"] == target["path"]).expect("still listed from the inventory");
    assert_eq!(hit["source"], "changed");
    assert!(hit.get("snippet").is_none(), "a changed source is never quoted: {hit}");

    index(&dir.path().join("share"), &db);
    let again = hits(&db);
    let hit = again.iter().find(|h| h["path"] == target["path"]).unwrap();
    assert_eq!(hit["source"], "unchanged");
    assert!(hit["snippet"].as_str().unwrap().contains("S****"), "quoted again, masked: {hit}");
}

#[test]
fn identifiers_are_found_masked_and_what_could_not_be_searched_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir_all(root.join("HR")).unwrap();
    fs::write(root.join("HR/jane.txt"), "Jane Smith\nNI number QQ 12 34 56 C\nEmail: Jane.Smith@example.com\n")
        .unwrap();
    fs::write(
        root.join("HR/payroll.csv"),
        "Name,NI number,Phone\nJane Smith,QQ123456C,07700 900123\nTom Brown,QQ654321A,07700 900456\n",
    )
    .unwrap();
    fs::write(root.join("HR/tom.txt"), "Tom Brown, NI number QQ 65 43 21 A\n").unwrap();
    fs::write(root.join("HR/archive.7z"), b"7z\xbc\xaf\x27\x1c\x00\x04").unwrap();
    // A member named by the number it holds: shown masked as the number is.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("QQ123456C notes.txt", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, b"NI QQ 12 34 56 C\n").unwrap();
    fs::write(root.join("HR/notes.zip"), zip.finish().unwrap().into_inner()).unwrap();
    index(&root, &db);
    let args = ["--nino", "qq123456c", "--email", "JANE.SMITH@EXAMPLE.COM", "--phone", "+44 7700 900123"];
    let found = sar(&db, &args.map(String::from));
    let hits = of_type(&found, "hit");
    let mut files: Vec<&str> = hits.iter().map(|h| h["path"].as_str().unwrap().rsplit('/').next().unwrap()).collect();
    files.sort();
    assert_eq!(files, ["jane.txt", "notes.zip", "payroll.csv"], "Tom's file is no hit");
    assert!(hits.iter().all(|h| h["strength"] == "strong"));
    assert!(!String::from_utf8_lossy(&serde_json::to_vec(&found).unwrap()).contains("QQ123456C"), "masked");
    let members: Vec<&str> = hits.iter().filter_map(|h| h["location"]["member"].as_str()).collect();
    assert_eq!(members, ["QQ******C notes.txt"]);
    let revealed: Vec<String> = args.iter().chain(&["--reveal"]).map(|a| a.to_string()).collect();
    let revealed = sar(&db, &revealed);
    let members: Vec<&str> =
        of_type(&revealed, "hit").iter().filter_map(|h| h["location"]["member"].as_str()).collect();
    assert_eq!(members, ["QQ123456C notes.txt"]);
    let unsearched = of_type(&found, "unsearched");
    assert_eq!(unsearched.len(), 1);
    assert!(unsearched[0]["path"].as_str().unwrap().ends_with("archive.7z"));
    assert_eq!(of_type(&found, "summary")[0]["files"], 3);

    let invalid =
        dpscan().env("DPSCAN_INDEX_KEY", KEY).args(["sar", "--nino", "QQ12345", "--db"]).arg(&db).output().unwrap();
    assert_eq!(invalid.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&invalid.stderr).contains("is not a valid uk_nino"));
}

/// Every file under `dir`, by relative path, with its bytes and mode.
fn bundle(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, u32)> {
    use std::os::unix::fs::PermissionsExt;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| {
            let mode = e.metadata().unwrap().permissions().mode() & 0o777;
            let bytes = if e.file_type().is_file() { fs::read(e.path()).unwrap() } else { Vec::new() };
            (e.path().strip_prefix(dir).unwrap().to_path_buf(), (bytes, mode))
        })
        .collect()
}

#[test]
fn an_export_is_complete_owner_only_and_reproducible() {
    let (dir, _root, db) = indexed_share();
    let subjects: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("subjects.json")).unwrap()).unwrap();
    let mut args = subject_query(&subjects["jane-smith"]);
    args.extend(["--reveal", "--received", "2026-01-31", "--export"].map(String::from));
    let export = |name: &str| {
        let mut args = args.clone();
        args.push(dir.path().join(name).to_string_lossy().into_owned());
        sar(&db, &args)
    };
    let found = export("first");
    let hits = of_type(&found, "hit");
    let first = bundle(&dir.path().join("first"));
    assert_eq!(
        first,
        bundle(&dir.path().join({
            export("second");
            "second"
        })),
        "the same request gives the same bundle"
    );
    for (path, (_, mode)) in &first {
        let directory = path.as_os_str().is_empty() || path == Path::new("units");
        assert_eq!(*mode, if directory { 0o700 } else { 0o600 }, "{path:?}");
    }
    let manifest = String::from_utf8(first[Path::new("manifest.csv")].0.clone()).unwrap();
    assert_eq!(manifest.lines().count(), hits.len() + 1, "a row per unit found, and the header");
    let mut csv_args = subject_query(&subjects["jane-smith"]);
    csv_args.extend(["--reveal", "--format", "csv"].map(String::from));
    let csv = dpscan().env("DPSCAN_INDEX_KEY", KEY).arg("sar").arg("--db").arg(&db).args(&csv_args).output().unwrap();
    assert_eq!(String::from_utf8(csv.stdout).unwrap(), manifest, "`--format csv` prints the manifest");
    let units = first.keys().filter(|p| p.starts_with("units") && p.extension().is_some()).count();
    assert_eq!(units, hits.len());
    let report = String::from_utf8(first[Path::new("report.html")].0.clone()).unwrap();
    assert_eq!(report.matches("<tr>\n<td class=\"path\">").count(), hits.len(), "the report, a row per unit");
    assert!(report.contains(r#"id="respond-by">2026-02-28 "#));
    let cover = String::from_utf8(first[Path::new("cover.txt")].0.clone()).unwrap();
    assert!(cover.contains("Respond by: 2026-02-28"), "one calendar month, the month's last day: {cover}");
    assert!(cover.contains("2026-04-30"), "and the extension by two months: {cover}");
    // The payroll sheet names other people, flagged for redaction; Jane's words are marked.
    let payroll = hits.iter().position(|h| h["location"]["sheet"] == "April").unwrap();
    let text = String::from_utf8(first[&Path::new("units").join(format!("{:04}.txt", payroll + 1))].0.clone()).unwrap();
    assert!(text.contains("other people, to redact:") && text.contains("OLIVER SPECIMEN"), "{text}");
    assert!(text.contains("«QQ123456C»"), "{text}");

    let refused = dpscan()
        .env("DPSCAN_INDEX_KEY", KEY)
        .args(["sar", "--nino", "QQ123456C", "--db"])
        .arg(&db)
        .arg("--export")
        .arg(dir.path().join("first"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2), "a bundle is never written over another");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not empty"));
}

#[test]
fn nicknames_are_found_only_when_asked_for_and_as_weak_hits() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("liz.txt"), "Liz Smith attended the review.\n").unwrap();
    fs::write(root.join("elizabeth.txt"), "Elizabeth Smith wrote to the team.\n").unwrap();
    fs::write(root.join("others.txt"), "Liz Jones and Bob Smith came.\n").unwrap();
    index(&root, &db);
    let found = |extra: &[&str]| {
        let mut args = vec!["--name".to_string(), "Elizabeth Smith".to_string()];
        args.extend(extra.iter().map(|a| a.to_string()));
        let records = sar(&db, &args);
        of_type(&records, "hit")
            .iter()
            .map(|h| {
                let file = h["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
                (file, h["strength"].as_str().unwrap().to_string(), h["matched"][0]["nickname"] == true)
            })
            .collect::<Vec<_>>()
    };
    let strong = ("elizabeth.txt".to_string(), "strong".to_string(), false);
    assert_eq!(found(&[]), std::slice::from_ref(&strong), "Liz Smith is someone else unless nicknames are asked for");
    assert_eq!(found(&["--nicknames"]), [strong, ("liz.txt".to_string(), "weak".to_string(), true)]);
}

/// `sar ARGS --format html -o FILE`: the page, checked owner-only.
fn sar_html(db: &Path, args: &[String], file: &Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let out = dpscan()
        .env("DPSCAN_INDEX_KEY", KEY)
        .args(["sar", "--format", "html", "--db"])
        .arg(db)
        .args(args)
        .arg("-o")
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600);
    let page = fs::read_to_string(file).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    page
}

/// The page's text as a reader sees it: the entities the template writes, undone.
fn unescaped(page: &str) -> String {
    [("&#60;", "<"), ("&#62;", ">"), ("&#34;", "\""), ("&#39;", "'"), ("&#38;", "&")]
        .iter()
        .fold(page.to_string(), |text, (entity, raw)| text.replace(entity, raw))
}

/// The hits table's row of a jsonl hit: its file, then where in it.
fn row_of(hit: &Value) -> String {
    let location: dpscan::extract::Location = serde_json::from_value(hit["location"].clone()).unwrap();
    let place = match dpscan::report::describe(&location) {
        whole if whole.is_empty() => "<em>the whole file</em>".to_string(),
        described => described,
    };
    format!("<td class=\"path\">{}</td>\n<td>{place}</td>", hit["path"].as_str().unwrap())
}

#[test]
fn the_html_report_holds_every_hit_and_no_clear_value_unless_revealed() {
    let (dir, _root, db) = indexed_share();
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();
    let subjects: BTreeMap<String, Value> = serde_json::from_str(&read("subjects.json")).unwrap();
    let labels: Vec<Value> = read("labels.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for (subject, terms) in &subjects {
        let mut args = subject_query(terms);
        args.extend(["--received", "2026-01-31"].map(String::from));
        let found = sar(&db, &args);
        let hits = of_type(&found, "hit");
        let page = unescaped(&sar_html(&db, &args, &dir.path().join(format!("{subject}.html"))));
        for hit in &hits {
            assert!(page.contains(&row_of(hit)), "{subject}: no row for {hit}");
        }
        assert_eq!(page.matches("<tr>\n<td class=\"path\">").count(), hits.len(), "{subject}: a row per hit");
        let strong = hits.iter().filter(|h| h["strength"] == "strong").count();
        for (id, n) in [("units", hits.len()), ("strong", strong), ("weak", hits.len() - strong)] {
            assert!(page.contains(&format!("id=\"{id}\">{n}<")), "{subject}: {id} is not {n}");
        }
        assert!(page.contains("id=\"respond-by\">2026-02-28 "), "the deadline, from the cover sheet's rule");
        // Masked: no form of any subject's names or identifiers, as planted
        // (the others are third parties here).
        for label in &labels {
            for form in label["forms"].as_array().unwrap() {
                let text = form["text"].as_str().unwrap();
                assert!(!page.contains(text), "{subject}'s page holds `{text}` ({})", label["subject"]);
            }
        }
        for value in terms.as_object().unwrap().values().flat_map(|v| v.as_array().cloned().unwrap_or(vec![v.clone()]))
        {
            assert!(!page.contains(value.as_str().unwrap()), "{subject}'s page holds the term {value}");
        }

        // Revealed: the terms as given, and each hit's snippet in clear.
        args.push("--reveal".into());
        let revealed_hits = sar(&db, &args);
        let revealed = unescaped(&sar_html(&db, &args, &dir.path().join(format!("{subject}-revealed.html"))));
        for value in terms.as_object().unwrap().values().flat_map(|v| v.as_array().cloned().unwrap_or(vec![v.clone()]))
        {
            assert!(revealed.contains(value.as_str().unwrap()), "{subject}'s revealed page lacks the term {value}");
        }
        for hit in of_type(&revealed_hits, "hit") {
            assert!(revealed.contains(&row_of(hit)), "{subject}: no row for {hit}");
            if let Some(snippet) = hit["snippet"].as_str() {
                assert!(revealed.contains(&format!("<q>{snippet}</q>")), "{subject}: the snippet of {hit}");
            }
        }
    }
}

#[test]
fn the_html_report_escapes_hostile_names_and_content_and_lists_what_was_not_searched() {
    let dir = tempfile::tempdir().unwrap();
    let (root, db) = (dir.path().join("share"), dir.path().join("inventory.db"));
    let text = "<script>alert(3)</script> \"quoted' & <b>bold</b> Jane Smith, NI number QQ 12 34 56 C\n";
    for name in ["HR/<script>alert(1)</script>.txt", "HR/\"quoted' & <b>bold.txt", "HR/invoice\u{202E}txt.exe"] {
        plant(&root, name, text, "2024-01-01");
    }
    fs::write(root.join("HR/<i>locked.7z"), b"7z\xbc\xaf\x27\x1c\x00\x04").unwrap();
    index(&root, &db);
    let args = ["--name", "Jane Smith", "--nino", "QQ123456C", "--reveal"].map(String::from);
    let page = sar_html(&db, &args, &dir.path().join("sar.html"));
    assert_eq!(page.matches("<script").count(), 1, "only the page's own script");
    assert!(!page.contains("<b>bold") && !page.contains("<i>locked"));
    assert!(page.contains("HR/&#60;script&#62;alert(1)&#60;/script&#62;.txt"), "the name is shown, escaped");
    assert!(page.contains("HR/&#34;quoted&#39; &#38; &#60;b&#62;bold.txt"), "quotes and ampersands, escaped");
    // The snippet starts at a word, so after the content's first `<`.
    assert!(page.contains("script&#62;alert(3)&#60;/script&#62; &#34;quoted&#39; &#38; &#60;b&#62;bold&#60;/b&#62;"));
    assert!(!page.contains('\u{202E}'), "a bidi override reaches the page");
    assert!(page.contains("invoice\\u{202e}txt.exe"));
    assert!(page.contains(r#"id="units">3<"#) && page.contains(r#"id="unsearched">1<"#));
    assert!(page.contains("HR/&#60;i&#62;locked.7z"), "the file that could not be searched, escaped");
}
