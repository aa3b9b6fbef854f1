//! Large files detected on every thread (`scan::fanout`) give exactly the
//! findings of one thread, in the same order: identifiers across window edges, keywords on one
//! side of an edge and values on the other, names found in one window and
//! mentioned alone in the next, special-category terms about them, and a
//! mailbox's names kept to their own conversation.
//!
//! The hidden `--window` knob makes windows of 4 KiB, so files of a few MiB
//! cross the fan-out threshold (64 windows) and have a thousand edges.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use common::{dpscan, records};
use serde_json::Value;

const GIVEN: [&str; 24] = [
    "Priya", "Oliver", "Fatima", "Amelia", "Mohammed", "Olivia", "Harry", "Isla", "Noah", "Freya", "Arthur", "Zara",
    "Yusuf", "Aisha", "Rhys", "Siobhan", "Callum", "Niamh", "Ewan", "Ruth", "Dylan", "Megan", "Tariq", "Sinead",
];
const SURNAMES: [&str; 12] =
    ["Patel", "Okafor", "Evans", "Khan", "Murphy", "Kowalski", "Nguyen", "Hughes", "Ahmed", "Walsh", "Singh", "Byrne"];

fn nino(i: usize) -> String {
    format!("QQ{:06}{}", i % 1_000_000, ['A', 'B', 'C', 'D'][i % 4])
}

/// About `size` bytes of case notes: in each block of lines a person is
/// introduced in full, their given name alone follows a few lines on (often
/// in the next window), with a health term and NINOs, some split from
/// their keyword by a line break.
fn notes(size: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < size {
        let (given, surname) = (GIVEN[i % GIVEN.len()], SURNAMES[(i / GIVEN.len()) % SURNAMES.len()]);
        let filler = &"lorem ipsum dolor sit amet, consectetur adipiscing "[..(i * 7) % 50];
        let _ = writeln!(text, "{filler}Referral for Mrs {given} {surname}, NI number {}.", nino(3 * i));
        let _ = writeln!(text, "Reviewed {filler}the file on arrival; NI number\n{}", nino(3 * i + 1));
        let _ = writeln!(text, "{filler}{given} agreed. {given} has diabetes; email {given}.{surname}@example.com");
        let _ = writeln!(text, "ref {} {filler}", nino(3 * i + 2));
        i += 1;
    }
    text
}

/// A mailbox of `conversations` threads: a referral naming someone in
/// full, and twenty messages later its reply naming them alone and, alone
/// too, the person of the next thread (not known in this one).
fn mailbox(conversations: usize) -> String {
    let message = |id: String, reply: Option<String>, body: String| {
        let mut m =
            format!("From team@example.com Mon Jan  1 09:00:00 2024\nFrom: team@example.com\nMessage-ID: <{id}>\n");
        if let Some(reply) = reply {
            let _ = write!(m, "In-Reply-To: <{reply}>\nReferences: <{reply}>\n");
        }
        m + "\n" + &body + "\n\n"
    };
    let person = |k: usize| (GIVEN[k % GIVEN.len()], SURNAMES[(k / GIVEN.len()) % SURNAMES.len()]);
    let mut mbox = String::new();
    for i in 0..conversations + 20 {
        if i < conversations {
            let (given, surname) = person(i);
            let body = format!("Referral for Mrs {given} {surname}, NI number {}. She has asthma.", nino(i));
            mbox += &message(format!("c{i}-1@example.com"), None, body);
        }
        if let Some(k) = i.checked_sub(20) {
            let (given, next) = (person(k).0, person(k + 1).0);
            let body = format!("Spoke to {given} today; {given} agreed to the plan. Please copy {next} in.");
            mbox += &message(format!("c{k}-2@example.com"), Some(format!("c{k}-1@example.com")), body);
        }
    }
    mbox
}

/// Each file's findings in order, and its record; the summary left out.
fn by_file(records: &[Value]) -> BTreeMap<String, (Vec<&Value>, Vec<&Value>)> {
    let mut files: BTreeMap<String, (Vec<&Value>, Vec<&Value>)> = BTreeMap::new();
    for record in records {
        let Some(path) = record["path"].as_str() else { continue };
        let entry = files.entry(path.to_string()).or_default();
        match record["type"].as_str() {
            Some("finding") => entry.0.push(record),
            _ => entry.1.push(record),
        }
    }
    files
}

fn scan(dir: &Path, threads: &str) -> Vec<Value> {
    let output = dpscan()
        .args(["scan", dir.to_str().unwrap(), "--reveal", "--explain", "--format", "jsonl", "--no-progress"])
        .args(["--window", "4096", "-j", threads])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    records(&output.stdout)
}

#[test]
fn large_files_on_every_thread_find_what_one_thread_finds() {
    let dir = tempfile::tempdir().unwrap();
    let text = notes(3 << 20);
    std::fs::write(dir.path().join("notes.txt"), &text).unwrap();
    std::fs::write(dir.path().join("notes2.txt"), notes(2 << 20)).unwrap();
    let csv: String =
        text.lines().enumerate().map(|(i, line)| format!("{i},\"{}\"\n", line.replace('"', ""))).collect();
    std::fs::write(dir.path().join("notes.csv"), csv).unwrap();
    std::fs::write(dir.path().join("small.txt"), notes(10_000)).unwrap();
    std::fs::write(dir.path().join("cases.mbox"), mailbox(1500)).unwrap();

    let one = scan(dir.path(), "1");
    let four = scan(dir.path(), "4");
    let (one, four) = (by_file(&one), by_file(&four));
    assert_eq!(one.len(), 5);
    for (path, (findings, record)) in &one {
        let (other_findings, other_record) = &four[path];
        assert_eq!(findings.len(), other_findings.len(), "{path}");
        assert!(findings == other_findings, "{path}: findings differ, or their order");
        assert_eq!(record, other_record, "{path}");
    }

    // What is compared holds every kind of case the windows must not lose.
    let notes = &one.iter().find(|(path, _)| path.ends_with("notes.txt")).unwrap().1 .0;
    let values = |kind: &str| notes.iter().filter(|f| f["kind"] == kind).count();
    let planted = 3 * text.matches("Referral for").count();
    assert_eq!(values("uk_nino"), planted, "every NINO once, a keyword's on the line after it too");
    assert!(values("special_category") > 1000);
    let alone = notes.iter().filter(|f| f["kind"] == "person_name" && !f["value"].as_str().unwrap().contains(' '));
    assert!(alone.count() > 1000, "given names alone, known from earlier text");

    // In the mailbox, a reply knows its own thread's person, not the next.
    let mail = &one.iter().find(|(path, _)| path.ends_with("cases.mbox")).unwrap().1 .0;
    let mut alone: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for f in mail.iter().filter(|f| f["kind"] == "person_name") {
        let value = f["value"].as_str().unwrap();
        if !value.contains(' ') {
            alone.entry(f["location"]["message"].as_str().unwrap()).or_default().push(value);
        }
    }
    assert_eq!(alone.len(), 1500, "every reply names its person alone");
    for (message, names) in alone {
        let k: usize = message[1..message.find('-').unwrap()].parse().unwrap();
        assert_eq!(names, [GIVEN[k % GIVEN.len()]; 2], "{message}");
    }
}
