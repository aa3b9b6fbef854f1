//! Sniffing end to end: a text file that opens with "From " is mail only
//! behind a real mbox separator, and is otherwise scanned whole, first line
//! included.

mod common;

use std::fs;

use common::{of_type, scan};

#[test]
fn text_opening_with_from_keeps_its_first_line() {
    let dir = tempfile::tempdir().unwrap();
    let letter = dir.path().join("letter.txt");
    fs::write(&letter, "From Jane Example, jane.example@example.com\nTel 07700 900123\n").unwrap();
    let records = scan(&[letter.to_str().unwrap(), "--reveal"]);
    assert_eq!(of_type(&records, "file")[0]["format"], "text");
    let lines: Vec<(u64, &str)> = of_type(&records, "finding")
        .iter()
        .filter(|f| f["kind"] != "person_name")
        .map(|f| (f["location"]["line"].as_u64().unwrap(), f["value"].as_str().unwrap()))
        .collect();
    assert_eq!(lines, [(1, "jane.example@example.com"), (2, "+447700900123")]);
}

#[test]
fn a_real_separator_still_makes_a_mailbox() {
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("inbox");
    let message = "From jane.example@example.com Mon Jan  1 10:00:00 2024\nFrom: jane.example@example.com\n\
                   Message-ID: <1@example.com>\nSubject: hello\n\nCall 07700 900123\n";
    fs::write(&mbox, message).unwrap();
    let records = scan(&[mbox.to_str().unwrap(), "--reveal"]);
    assert_eq!(of_type(&records, "file")[0]["format"], "mbox");
    let phones: Vec<&serde_json::Value> =
        of_type(&records, "finding").into_iter().filter(|f| f["kind"] == "phone").collect();
    assert_eq!(phones.len(), 1);
    assert_eq!(phones[0]["location"]["message"], "1@example.com");
}
