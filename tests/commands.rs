//! `dpscan rules`, `dpscan rules check` and `dpscan extract` end to end.

mod common;

use std::fs;

use common::{dpscan, fixtures, records};

#[test]
fn rules_lists_every_builtin_detector() {
    let out = dpscan().arg("rules").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let builtin = fs::read_to_string(fixtures().join("../rules/detectors/identifiers.toml")).unwrap();
    let ids: Vec<&str> =
        builtin.lines().filter_map(|l| l.strip_prefix("id = \"")).map(|l| l.trim_end_matches('"')).collect();
    assert!(ids.len() >= 15);
    for id in ids {
        assert!(text.lines().any(|l| l.starts_with(&format!("{id} "))), "{id} missing from:\n{text}");
    }
}

#[test]
fn rules_check_passes_the_builtin_pack_and_fails_a_bad_sample() {
    let builtin = fixtures().join("../rules/detectors");
    let out = dpscan().args(["rules", "check", builtin.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains(" 0 failures"));

    let dir = tempfile::tempdir().unwrap();
    let rule = r#"
[[detector]]
id = "staff_number"
kind = "uk_passport"
description = "Example Ltd staff numbers"
regex = '''\bEX-\d{6}\b'''
validator = "verbatim"
confidence = 0.8
samples.positive = ["staff EX-123456", "staff EX-12345"]
samples.negative = ["EX-1234567 is too long"]
"#;
    fs::write(dir.path().join("staff.toml"), rule).unwrap();
    let out = dpscan().args(["rules", "check", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("rule `staff_number`: missed positive sample \"staff EX-12345\""), "{text}");
    assert!(text.contains("1 rules, 3 samples, 1 failures"), "{text}");

    fs::write(dir.path().join("broken.toml"), "[[detector]]\nid = 'x'\nkind = 'no such kind'\n").unwrap();
    let out = dpscan().args(["rules", "check", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("broken.toml") && err.contains("no such kind"), "{err}");
}

#[test]
fn a_user_rule_replaces_the_builtin_one_with_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let rule = r#"
[[detector]]
id = "email"
kind = "email"
description = "Only example.org addresses"
regex = '''(?i)\b[a-z.]{1,64}@example\.org\b'''
validator = "email"
confidence = 0.9
samples.positive = ["a@example.org"]
samples.negative = ["a@example.com"]
"#;
    fs::write(dir.path().join("email.toml"), rule).unwrap();
    let tree = tempfile::tempdir().unwrap();
    fs::write(tree.path().join("a.txt"), "jane@example.org and john@example.com").unwrap();
    let out = dpscan()
        .args([
            "scan",
            tree.path().to_str().unwrap(),
            "--reveal",
            "--format",
            "jsonl",
            "--rules",
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let values: Vec<String> = records(&out.stdout)
        .into_iter()
        .filter(|r| r["type"] == "finding")
        .map(|r| r["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(values, ["jane@example.org"]);
}

#[test]
fn extract_prints_units_with_locations() {
    let file = fixtures().join("share/Shared/old/contacts-utf16.txt");
    let out = dpscan().args(["extract", file.to_str().unwrap(), "--format", "jsonl"]).output().unwrap();
    assert!(out.status.success());
    let units = records(&out.stdout);
    assert_eq!(units.len(), 1);
    assert_eq!(units[0]["location"]["line"], 1);
    assert!(units[0]["text"].as_str().unwrap().contains("QQ"));

    let binary = fixtures().join("share/Shared/photo.bin");
    let out = dpscan().args(["extract", binary.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no extractor for binary files"));
}

#[test]
fn a_missing_root_is_an_error_for_scan_and_retention() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("unmounted-share");
    for command in ["scan", "retention"] {
        let out = dpscan().arg(command).arg(&gone).args(["--format", "jsonl"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(out.stdout.is_empty(), "{command}: no report of a share that was not there");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("cannot read the root") && err.contains("unmounted-share"), "{command}: {err}");
    }
    // A file that fails inside a readable tree stays a record.
    fs::write(dir.path().join("a.txt"), "x").unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("dangling")).unwrap();
    let out = dpscan().arg("scan").arg(dir.path()).args(["--follow", "--format", "jsonl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(records(&out.stdout).iter().any(|r| r["status"] == "error"));
}

/// `dpscan … | head`: the reader leaves early; exit 0 with nothing on stderr.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let share = fixtures().join("share");
    for format in ["table", "json", "jsonl", "csv"] {
        for command in ["scan", "retention"] {
            let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dpscan"))
                .arg(command)
                .arg(&share)
                .args(["--format", format, "--threads", "1"])
                .args(if command == "scan" { &["--explain"][..] } else { &["--all", "--as-of", "2040-01-01"][..] })
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            drop(child.stdout.take()); // as `head` does once it has its lines
            let mut err = String::new();
            child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
            let status = child.wait().unwrap();
            assert_eq!(status.code(), Some(0), "{command} {format}: {err}");
            assert!(err.is_empty(), "{command} {format}: {err}");
        }
    }
}

#[test]
fn errors_are_said_once_with_their_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    // A control character in the name stays escaped; line breaks do not.
    let policy = dir.path().join("bad\x1b[31m.toml");
    fs::write(&policy, "[[rule]]\nid = 'x'\npaths = ['**']\nkeep = '6 moons'\naction = 'delete'\n").unwrap();
    let out = dpscan().arg("scan").arg(dir.path()).arg("--policy").arg(&policy).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("6 moons`").count(), 1, "said once:\n{err}");
    assert!(err.contains("bad\\u{001b}[31m.toml") && err.contains("line 4"), "{err}");
    assert!(err.contains("\n4 | keep = '6 moons'\n") && !err.contains("\\u{000a}"), "{err}");

    let rules = tempfile::tempdir().unwrap();
    fs::write(rules.path().join("broken.toml"), "[[detector]]\nid = 'x'\nkind = 'No such kind'\n").unwrap();
    let out = dpscan().arg("scan").arg(dir.path()).arg("--rules").arg(rules.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("is not a kind").count(), 1, "said once:\n{err}");
    assert!(err.contains("broken.toml") && err.contains("line 3") && err.contains('\n'), "{err}");

    let out = dpscan().arg("scan").arg(dir.path()).args(["--as-of", "01/02/2025"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("write it as YYYY-MM-DD"));
}

/// OWASP CSV injection: cells from names and content never start a formula.
#[test]
fn csv_cells_from_hostile_names_and_content_are_text() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "=HYPERLINK(\"example.com\",\"x\").txt";
    fs::write(dir.path().join(hostile), "Tel: 07700 900123\n").unwrap();
    fs::write(dir.path().join("@SUM(1).txt"), "Zoë: zoe@example.com\n").unwrap();
    let out = dpscan()
        .current_dir(dir.path())
        .args(["scan", hostile, "@SUM(1).txt", "--reveal", "--format", "csv", "--threads", "1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!out.stdout.starts_with("\u{feff}".as_bytes()), "no byte-order mark unless --excel");
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let cells: Vec<&str> = rows.iter().flat_map(|r| r.iter()).collect();
    for cell in &cells {
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "live cell {cell:?}");
    }
    assert!(rows.iter().any(|r| r[col("path")] == format!("'{hostile}")));
    assert!(rows.iter().any(|r| &r[col("path")] == "'@SUM(1).txt"));
    assert!(rows.iter().any(|r| &r[col("value")] == "'+447700900123"), "{cells:?}");
    assert!(rows.iter().any(|r| &r[col("value")] == "zoe@example.com"), "others untouched");

    let out =
        dpscan().current_dir(dir.path()).args(["scan", "@SUM(1).txt", "--format", "csv", "--excel"]).output().unwrap();
    assert!(out.stdout.starts_with("\u{feff}type,path,".as_bytes()));
    let out = dpscan().current_dir(dir.path()).args(["scan", ".", "--format", "jsonl", "--excel"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "--excel is for CSV");
}

#[test]
fn the_retention_csv_has_retention_columns_only() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("old.txt"), "NI QQ123456C\n").unwrap();
    let out = dpscan()
        .arg("retention")
        .arg(dir.path())
        .args(["--all", "--format", "csv", "--as-of", "2099-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let want = [
        "path",
        "message",
        "retention_rule",
        "retention_status",
        "basis",
        "basis_date",
        "expires",
        "action",
        "owner",
        "lawful_basis",
        "asset",
        "size",
        "findings",
        "kinds",
        "error",
    ];
    assert_eq!(headers, want);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0][0].ends_with("old.txt") && &rows[0][2] == "default" && &rows[0][7] == "review", "{rows:?}");
}

#[test]
fn color_is_asked_for_by_flag_beside_no_color() {
    let share = fixtures().join("share");
    let table = |color: &str| {
        let out = dpscan().arg("scan").arg(&share).args(["--format", "table", "--color", color]).output().unwrap();
        assert!(out.status.success());
        out.stdout.contains(&0x1b)
    };
    // NO_COLOR is set by the harness: `always` overrides it, `auto` obeys it.
    assert!(table("always"));
    assert!(!table("never"));
    assert!(!table("auto"));
}

#[test]
fn retention_can_fail_when_files_are_due() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("old.txt"), "minutes\n").unwrap();
    let run = |as_of: &str| {
        let out = dpscan()
            .arg("retention")
            .arg(dir.path())
            .args(["--fail-on-findings", "--format", "jsonl", "--as-of", as_of])
            .output()
            .unwrap();
        out.status.code()
    };
    // The built-in default keeps 7 years, then review.
    assert_eq!(run("2000-01-01"), Some(0), "nothing due");
    assert_eq!(run("2099-01-01"), Some(1), "due");
}

#[test]
fn dispose_and_restore_refuse_formats_they_cannot_print() {
    for format in ["json", "csv"] {
        let out = dpscan().args(["dispose", "--report", "r.jsonl", "--delete", "--format", format]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("possible values: table, jsonl"), "{format}");
        let out = dpscan().args(["restore", "--manifest", "m.jsonl", "--format", format]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
    }
}

/// Globs ignore case, as the policy's do (and Windows shares).
#[test]
fn include_and_exclude_ignore_case() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("HR")).unwrap();
    fs::write(dir.path().join("HR/Offer.TXT"), "a").unwrap();
    fs::write(dir.path().join("HR/notes.txt"), "b").unwrap();
    fs::write(dir.path().join("HR/Old.TMP"), "c").unwrap();
    let names = |args: &[&str]| {
        let out = dpscan().arg("scan").arg(dir.path()).args(args).args(["--format", "jsonl"]).output().unwrap();
        let mut names: Vec<String> = records(&out.stdout)
            .iter()
            .filter(|r| r["type"] == "file")
            .map(|r| r["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&["--include", "*.txt"]), ["Offer.TXT", "notes.txt"]);
    assert_eq!(names(&["--exclude", "*.tmp"]), ["Offer.TXT", "notes.txt"]);
    assert_eq!(names(&["--exclude", "hr/**"]), Vec::<String>::new());
}

#[test]
fn help_teaches_with_examples_and_one_default_each() {
    let out = dpscan().args(["scan", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Examples:\n  dpscan scan /srv/share"), "{help}");
    assert!(help.contains("Files or directories to scan"), "{help}");
    let threads = help.split("--threads <N>").nth(1).unwrap().split("\n\n").next().unwrap();
    assert_eq!(threads.matches("[default").count(), 1, "{threads}");
    let out = dpscan().args(["rules", "check", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("The directory of detector files") && help.contains("Example:"), "{help}");
}

#[test]
fn completions_and_man_page_come_from_the_grammar() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = dpscan().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["retention", "dispose", "fail-on-findings", "max-filesize"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let out = dpscan().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH dpscan 1"), "{page}");
    for command in ["scan", "retention", "index", "report", "dispose", "restore", "extract", "rules"] {
        assert!(page.contains(command), "man page lacks {command}");
    }
}

#[test]
fn rules_lists_names_and_special_category_lexicons_too() {
    let out = dpscan().arg("rules").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let line = |id: &str| text.lines().find(|l| l.starts_with(&format!("{id} "))).unwrap_or_else(|| panic!("{text}"));
    assert!(line("person_name").contains("given names"), "{text}");
    let special = line("special_category");
    for category in ["health", "religious_belief", "trade_union", "criminal_offence", "sex_life_orientation"] {
        assert!(special.contains(category), "{special}");
    }
}

#[test]
fn min_confidence_applies_to_names_and_special_categories() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("referral.txt"),
        "Dear Jane Smith,\n\nJane was referred for her diabetes and depression.\nNI number QQ 65 43 21 C\n",
    )
    .unwrap();
    let findings = |min: &str| -> Vec<(String, f64)> {
        let records = common::scan(&[dir.path().to_str().unwrap(), "--min-confidence", min]);
        records
            .iter()
            .filter(|r| r["type"] == "finding")
            .map(|r| (r["kind"].as_str().unwrap().to_string(), r["confidence"].as_f64().unwrap()))
            .collect()
    };
    let all = findings("0.5");
    for kind in ["person_name", "special_category"] {
        assert!(all.iter().any(|(k, c)| k == kind && *c < 0.9), "{kind} below 0.9 at the default: {all:?}");
    }
    let strict = findings("0.9");
    assert!(strict.iter().any(|(k, _)| k == "uk_nino"), "{strict:?}");
    assert!(strict.iter().all(|(_, c)| *c >= 0.9), "{strict:?}");
}

/// A tree big enough that several workers finish files out of order.
fn many_files(root: &std::path::Path) {
    for d in 0..8 {
        let dir = root.join(format!("dept-{d}"));
        fs::create_dir_all(dir.join("sub")).unwrap();
        for f in 0..40 {
            let filler = "filler ".repeat(f * 50);
            let text = format!("Note {f}\nNI number QQ 12 34 56 C\nemail staff{f}@example.com\n{filler}\n");
            fs::write(dir.join(format!("note-{f:02}.txt")), &text).unwrap();
            fs::write(dir.join("sub").join(format!("copy-{f:02}.txt")), &text).unwrap();
        }
    }
}

#[test]
fn sorted_output_is_the_same_run_after_run_with_several_threads() {
    let dir = tempfile::tempdir().unwrap();
    many_files(dir.path());
    let run = |threads: &str| -> Vec<String> {
        let out = dpscan()
            .arg("scan")
            .arg(dir.path())
            .args(["--sort", "path", "--format", "jsonl", "--threads", threads])
            .output()
            .unwrap();
        assert!(out.status.success());
        // All but the summary, whose elapsed time differs.
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().filter(|l| !l.starts_with(r#"{"type":"summary""#)).map(str::to_string).collect()
    };
    let first = run("4");
    assert_eq!(first.len(), 8 * 80 * 3, "two findings and a record per file");
    let paths: Vec<std::path::PathBuf> = records(first.join("\n").as_bytes())
        .iter()
        .filter(|r| r["type"] == "file")
        .map(|r| r["path"].as_str().unwrap().into())
        .collect();
    assert!(paths.windows(2).all(|w| w[0] < w[1]), "files in path order");
    for _ in 0..3 {
        assert_eq!(run("4"), first);
    }
    assert_eq!(run("1"), first, "one thread writes the same");
}

#[test]
fn the_table_and_the_csv_end_with_a_summary_per_folder() {
    let share = fixtures().join("share");
    let out = dpscan().arg("scan").arg(&share).args(["--format", "table"]).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let folders = table.split("\nby folder\n").nth(1).unwrap_or_else(|| panic!("{table}"));
    let lines: Vec<&str> = folders.lines().take_while(|l| l.starts_with("  ")).collect();
    let files: u64 = lines.iter().map(|l| l.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap()).sum();
    assert_eq!(files, 13, "every file in one folder line:\n{folders}");
    let hr = lines.iter().find(|l| l.trim_start().starts_with(&format!("{}/HR ", share.display()))).unwrap();
    assert!(hr.contains("2 files, 0 due, 41 findings: uk_nino 4,"), "HR holds Recruitment/ too: {hr}");

    // Special categories, and what is due, gathered under each top folder.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("Clinic/2019")).unwrap();
    fs::write(dir.path().join("Clinic/2019/referral.txt"), "Dear Jane Smith,\nJane was referred for her diabetes.\n")
        .unwrap();
    fs::write(dir.path().join("Clinic/rota.txt"), "Rota\n").unwrap();
    fs::write(dir.path().join("readme.txt"), "Nothing here\n").unwrap();
    let out = dpscan().arg("scan").arg(dir.path()).args(["--format", "table", "--as-of", "2099-01-01"]).output();
    let table = String::from_utf8(out.unwrap().stdout).unwrap();
    let line = |folder: &std::path::Path| {
        let at = format!("  {} ", folder.display());
        table.lines().find(|l| l.starts_with(&at)).unwrap_or_else(|| panic!("{at}:\n{table}")).to_string()
    };
    let clinic = line(&dir.path().join("Clinic"));
    assert!(
        clinic.contains("2 files, 2 due, 3 findings: person_name 2, special_category 1; special: health"),
        "{clinic}"
    );
    assert!(line(dir.path()).contains("1 file , 1 due, no findings"), "the root's own files");

    let out = dpscan().arg("scan").arg(&share).args(["--format", "csv"]).output().unwrap();
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let headers = reader.headers().unwrap().clone();
    let column = |row: &csv::StringRecord, name: &str| row[headers.iter().position(|h| h == name).unwrap()].to_string();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let findings = rows.iter().filter(|r| &r[0] == "finding").count();
    let folder_files: u64 =
        rows.iter().filter(|r| &r[0] == "folder").map(|r| column(r, "files").parse::<u64>().unwrap()).sum();
    assert_eq!(folder_files, 13);
    let summary = rows.last().unwrap();
    assert_eq!(&summary[0], "summary");
    assert_eq!(column(summary, "files"), "13");
    assert_eq!(column(summary, "findings"), findings.to_string());
    assert!(column(summary, "kinds").contains("uk_nino="), "{summary:?}");
}

#[test]
fn a_rule_pack_adds_a_kind_of_its_own() {
    let rules = tempfile::tempdir().unwrap();
    let rule = r#"
[[detector]]
id = "example_council_employee"
kind = "employee_id"
description = "Example Council employee numbers"
regex = '''\bEMP-\d{6}\b'''
keywords = ["employee", "staff"]
validator = "verbatim"
confidence = 0.9
samples.positive = ["staff number EMP-204816"]
samples.negative = ["staff number EMP-2048161"]
"#;
    fs::write(rules.path().join("council.toml"), rule).unwrap();
    let rules = rules.path().to_str().unwrap();
    let out = dpscan().args(["rules", "check", rules]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let listed = String::from_utf8(dpscan().args(["rules", "--rules", rules]).output().unwrap().stdout).unwrap();
    assert!(listed.lines().any(|l| l.starts_with("example_council_employee") && l.contains("employee_id")), "{listed}");

    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    fs::create_dir_all(share.join("HR")).unwrap();
    fs::write(share.join("HR/starter.txt"), "New starter, staff number EMP-204816, from Monday.\n").unwrap();
    let policy = dir.path().join("policy.toml");
    let rule = "[[rule]]\nid = 'staff'\nkinds = ['employee_id']\nkeep = '1 day'\naction = 'review'\n";
    fs::write(&policy, rule).unwrap();
    let scanned = common::scan(&[share.to_str().unwrap(), "--rules", rules, "--policy", policy.to_str().unwrap()]);
    let found: Vec<_> = scanned.iter().filter(|r| r["type"] == "finding").collect();
    assert_eq!(found.len(), 1, "{scanned:?}");
    assert_eq!(found[0]["kind"], "employee_id");
    assert_eq!(found[0]["value"], "EM*-*****6", "masked like any identifier");
    let file = scanned.iter().find(|r| r["type"] == "file").unwrap();
    assert_eq!(file["kinds"], serde_json::json!(["employee_id"]));
    assert_eq!(file["retention"]["rule"], "staff", "a policy rule on the new kind");
    assert_eq!(scanned.last().unwrap()["findings_by_kind"]["employee_id"], 1);

    // Kept in an inventory, and reported from it without the pack.
    let db = dir.path().join("inventory.db");
    let out = dpscan().arg("index").arg(&share).arg("--db").arg(&db).args(["--rules", rules]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = dpscan().args(["report", "--format", "jsonl", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let reported = records(&out.stdout);
    assert!(reported.iter().any(|r| r["type"] == "finding" && r["kind"] == "employee_id"), "{reported:?}");

    // A kind no rule reports is a mistake in the policy, and so is a malformed one.
    fs::write(&policy, rule.replace("employee_id", "employe_id")).unwrap();
    let out = dpscan().arg("scan").arg(&share).args(["--rules", rules, "--policy"]).arg(&policy).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("rule `staff`: the kind `employe_id` is not built in"), "{err}");
    fs::write(&policy, rule.replace("employee_id", "Employee ID")).unwrap();
    let out = dpscan().arg("scan").arg(&share).arg("--policy").arg(&policy).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 3") && err.contains("`Employee ID` is not a kind"), "{err}");
}
