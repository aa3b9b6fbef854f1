//! Hostile archives through the real binary: a 42.zip-style nested bomb and
//! an overlapping-entry bomb ("better zip bomb"), built here, never
//! committed. Each is refused for a specific reason in bounded time and
//! memory, what is safe is still read, and nothing is written anywhere:
//! not beside the input, not in the temporary directory.
//!
//! Alone in its test binary so that the children's peak RSS is theirs.

mod common;

use std::fs;
use std::io::{Cursor, Write};
use std::path::Path;

use common::{dpscan, of_type, records};
use flate2::write::DeflateEncoder;
use flate2::{Compression, Crc};
use serde_json::Value;
use zip::write::SimpleFileOptions;

const MIB: usize = 1 << 20;

/// A zip of `copies` members named `name-N.ext`, each `member`, deflated.
fn zip_of(member: &[u8], name: &str, copies: usize) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..copies {
        let (stem, ext) = name.split_once('.').unwrap();
        zip.start_file(format!("{stem}-{i}.{ext}"), options).unwrap();
        zip.write_all(member).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// 42.zip's shape: 16 copies per level, five levels, 64 MiB of zeros at the
/// bottom (4 PiB in all), plus a note that is safe to read at the top.
fn nested_bomb() -> Vec<u8> {
    let mut level = zip_of(&vec![0u8; 64 * MIB], "zeros.bin", 16);
    for _ in 0..4 {
        level = zip_of(&level, "level.zip", 16);
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    zip.start_file("note.txt", options).unwrap();
    zip.write_all(b"Contact: safe.member@example.com\n").unwrap();
    zip.start_file("bomb.zip", options).unwrap();
    zip.write_all(&level).unwrap();
    zip.finish().unwrap().into_inner()
}

/// Many central-directory entries pointing at one local header and its
/// deflated kernel of 100 MiB of zeros: each entry claims the whole kernel.
fn overlapping_bomb(entries: u16) -> Vec<u8> {
    let kernel = vec![0u8; 100 * MIB];
    let mut crc = Crc::new();
    crc.update(&kernel);
    let mut deflate = DeflateEncoder::new(Vec::new(), Compression::best());
    deflate.write_all(&kernel).unwrap();
    let data = deflate.finish().unwrap();
    let (name, crc, size, packed) = (b"k", crc.sum(), kernel.len() as u32, data.len() as u32);
    let mut out = Vec::new();
    let header = |out: &mut Vec<u8>, signature: u32| {
        out.extend(signature.to_le_bytes());
        if signature == 0x0201_4b50 {
            out.extend(20u16.to_le_bytes()); // version made by
        }
        out.extend([20u16, 0, 8, 0, 0].iter().flat_map(|v| v.to_le_bytes())); // version, flags, deflate, time, date
        out.extend([crc, packed, size].iter().flat_map(|v| v.to_le_bytes()));
    };
    header(&mut out, 0x0403_4b50);
    out.extend((name.len() as u16).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend(name);
    out.extend(&data);
    let directory = out.len() as u32;
    for i in 0..entries {
        let name = format!("k{i:05}");
        header(&mut out, 0x0201_4b50);
        out.extend([name.len() as u16, 0, 0, 0, 0].iter().flat_map(|v| v.to_le_bytes()));
        out.extend([0u32, 0].iter().flat_map(|v| v.to_le_bytes())); // attributes, local header at 0
        out.extend(name.as_bytes());
    }
    let directory_size = out.len() as u32 - directory;
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u16, 0, entries, entries].iter().flat_map(|v| v.to_le_bytes()));
    out.extend([directory_size, directory].iter().flat_map(|v| v.to_le_bytes()));
    out.extend(0u16.to_le_bytes());
    out
}

fn listing(dir: &Path) -> Vec<(String, u64)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| (e.path().display().to_string(), e.metadata().unwrap().len()))
        .collect();
    files.sort();
    files
}

#[test]
fn zip_bombs_are_refused_for_a_reason_in_bounded_memory_writing_nothing() {
    let share = tempfile::tempdir().unwrap();
    fs::write(share.path().join("42.zip"), nested_bomb()).unwrap();
    fs::write(share.path().join("overlap.zip"), overlapping_bomb(2000)).unwrap();
    let temp = tempfile::tempdir().unwrap();
    let before = listing(share.path());

    let out = dpscan()
        .args(["scan", share.path().to_str().unwrap(), "--format", "jsonl", "--reveal", "--no-progress"])
        .env("TMPDIR", temp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out.stdout);
    let files = of_type(&records, "file");
    let file = |name: &str| -> &Value { files.iter().find(|f| f["path"].as_str().unwrap().ends_with(name)).unwrap() };

    // The nested bomb: its safe member read, each zeros member refused for
    // its ratio before it is expanded.
    let nested = file("42.zip");
    assert_eq!(nested["status"], "scanned");
    let problems = nested["problems"].as_array().unwrap();
    // 16^5 refusals: the record keeps the first thousand and says so.
    let (last, problems) = problems.split_last().unwrap();
    assert_eq!(problems.len(), 1000);
    assert_eq!(last["error"], "more problems in this file were not recorded (the first 1000 are)");
    for problem in problems {
        let error = problem["error"].as_str().unwrap();
        assert!(error.starts_with("limit exceeded: compression ratio"), "{problem}");
        let member = problem["location"]["member"].as_str().unwrap();
        assert!(member.starts_with("bomb.zip!level-") && member.ends_with(".bin"), "{member}");
    }
    let safe = of_type(&records, "finding").into_iter().any(|f| f["value"] == "safe.member@example.com");
    assert!(safe, "the safe member is still read");

    let overlap = file("overlap.zip");
    assert_eq!(overlap["status"], "error");
    assert_eq!(overlap["error"], "limit exceeded: entries overlap one another (the overlapping zip bomb construction)");

    // Bounded memory: nothing was expanded in full.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) }, 0);
    let peak_mib = usage.ru_maxrss / 1024;
    eprintln!("peak RSS scanning the bombs: {peak_mib} MiB");
    assert!(peak_mib < 128, "peak RSS {peak_mib} MiB");

    // Nothing written: the share is as it was, the temporary directory empty.
    assert_eq!(listing(share.path()), before);
    assert_eq!(fs::read_dir(temp.path()).unwrap().count(), 0);
}

#[test]
fn lower_limits_are_reasons_too() {
    let share = tempfile::tempdir().unwrap();
    let inner = zip_of(b"Contact: deep@example.com\n", "note.txt", 1);
    let outer = zip_of(&zip_of(&inner, "inner.zip", 1), "middle.zip", 1);
    fs::write(share.path().join("deep.zip"), outer).unwrap();
    let big = zip_of(&vec![b'a'; 3 * MIB], "big.txt", 4);
    fs::write(share.path().join("big.zip"), big).unwrap();
    let out = dpscan()
        .args(["scan", share.path().to_str().unwrap(), "--format", "jsonl", "--no-progress"])
        .args(["--max-depth", "2", "--max-expanded", "5M", "--max-ratio", "100000"])
        .output()
        .unwrap();
    let records = records(&out.stdout);
    let problems = |name: &str| -> Vec<String> {
        let files = of_type(&records, "file");
        let file = files.iter().find(|f| f["path"].as_str().unwrap().ends_with(name)).unwrap();
        file["problems"].as_array().unwrap().iter().map(|p| p["error"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(problems("deep.zip"), ["limit exceeded: nested deeper than 2 containers"]);
    // The first 3 MiB member fits the budget; each of the others is refused.
    assert_eq!(problems("big.zip"), ["limit exceeded: expands to more than 5 MiB in all"; 3]);
}
