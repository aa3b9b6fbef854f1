//! The README's example outputs are the binary's own. Each ```` ```text ````
//! block whose first line is `$ dpscan ARGS` shows what those arguments
//! print in a copy of `fixtures/share` whose files are dated 2025-01-06
//! (a clone's files carry the day it was made) as of the next day unless
//! `--as-of` says otherwise, with `--format table` added unless a format is
//! named (as on a terminal), and the elapsed time, the copy's folder and
//! its owner's name fixed. A block may show the
//! output's first and last lines around a `...` line. A block that drifts
//! fails here; `DPSCAN_BLESS=1 cargo test --test readme` writes the blocks
//! again from the output.

mod common;

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use common::{dpscan, fixtures};

/// The day the copy's files are dated, as seconds since 1970 (noon UTC).
const DATED: u64 = 1_736_164_800;

/// Where the README says it ran, in place of the temporary copy, and who
/// owns the copy's files.
const SHOWN_HOME: &str = "/home/dpo/dpscan";
const SHOWN_OWNER: &str = "dpo";

#[test]
fn readme_examples_are_what_the_binary_prints() {
    let readme_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = fs::read_to_string(&readme_path).unwrap();
    let home = tempfile::tempdir().unwrap();
    copy_dated(&fixtures().join("share"), &home.path().join("fixtures/share"));

    let mut updated = String::new();
    let mut drifted = Vec::new();
    let mut rest = readme.as_str();
    let mut checked = 0;
    while let Some(at) = rest.find("```text\n$ dpscan ") {
        let body_start = at + "```text\n".len();
        let body_end = body_start + rest[body_start..].find("\n```").expect("a closed block");
        let shown = &rest[body_start..body_end];
        let printed = run(shown.lines().next().unwrap_or_default(), home.path());
        let expected = excerpt(shown, &printed);
        if expected != shown {
            drifted.push(format!("--- README\n{shown}\n--- printed\n{expected}"));
        }
        updated.push_str(&rest[..body_start]);
        updated.push_str(&expected);
        rest = &rest[body_end..];
        checked += 1;
    }
    updated.push_str(rest);
    assert!(checked >= 3, "the README's example outputs are not found");
    if std::env::var_os("DPSCAN_BLESS").is_some() {
        fs::write(&readme_path, updated).unwrap();
    } else {
        assert!(drifted.is_empty(), "README examples drifted (DPSCAN_BLESS=1 writes them):\n{}", drifted.join("\n"));
    }
}

/// The command line `$ dpscan ARGS` run in `home`, its output with the
/// elapsed time and `home` fixed.
fn run(command: &str, home: &Path) -> String {
    let args: Vec<&str> = command.strip_prefix("$ dpscan ").expect("a dpscan command").split_whitespace().collect();
    let mut cmd = dpscan();
    cmd.current_dir(home).args(&args);
    if !args.contains(&"--format") {
        cmd.args(["--format", "table"]);
    }
    if !args.contains(&"--as-of") {
        cmd.args(["--as-of", "2025-01-07"]);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{command}: {}", String::from_utf8_lossy(&out.stderr));
    let owner = dpscan::report::owners::name(std::os::unix::fs::MetadataExt::uid(&fs::metadata(home).unwrap()));
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .replace(&home.display().to_string(), SHOWN_HOME)
        .replace(&format!(r#""owner":"{owner}""#), &format!(r#""owner":"{SHOWN_OWNER}""#));
    let lines: Vec<String> = text.lines().map(fixed_elapsed).collect();
    [command.to_string()].into_iter().chain(lines).collect::<Vec<_>>().join("\n")
}

/// `printed` cut as `shown` is: whole, or its first and last lines around `...`.
fn excerpt(shown: &str, printed: &str) -> String {
    let printed: Vec<&str> = printed.lines().collect();
    let shown: Vec<&str> = shown.lines().collect();
    let Some(cut) = shown.iter().position(|l| *l == "...") else { return printed.join("\n") };
    let tail = shown.len() - cut - 1;
    if printed.len() <= cut + tail {
        return printed.join("\n");
    }
    [&printed[..cut], &["..."], &printed[printed.len() - tail..]].concat().join("\n")
}

/// The elapsed time, which differs run to run, as `0.01`.
fn fixed_elapsed(line: &str) -> String {
    const JSON: &str = "\"elapsed_seconds\":";
    if let Some(start) = line.find(JSON).map(|at| at + JSON.len()) {
        let end =
            line[start..].find(|c: char| !(c.is_ascii_digit() || ".e-".contains(c))).map_or(line.len(), |n| start + n);
        return format!("{}0.01{}", &line[..start], &line[end..]);
    }
    match line.rfind(", in ") {
        Some(at) if line.contains(" files: ") => format!("{}, in 0.01 s", &line[..at]),
        _ => line.to_string(),
    }
}

/// `from` copied to `to`, every file dated `DATED`.
fn copy_dated(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dated(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
            let file = fs::File::options().write(true).open(&target).unwrap();
            file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(DATED)).unwrap();
        }
    }
}
