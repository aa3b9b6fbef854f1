//! A 1 GiB generated text file through the real binary, in bounded memory.
//!
//! Alone in its test binary, and spawned while this process is small: on
//! Linux a child's `ru_maxrss` includes its parent's resident size at exec.

mod common;

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufWriter, Write};

use common::{corpus::corpus, dpscan, of_type, records};

/// A NINO unique to `i` (HMRC specimen prefix QQ), and a line that holds it.
fn nino(i: usize) -> String {
    format!("QQ{:06}{}", i % 1_000_000, ['A', 'B', 'C', 'D'][i % 4])
}

#[test]
fn one_gibibyte_of_text_in_bounded_memory() {
    const MIB: usize = 1 << 20;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let block = corpus(MIB, 0);
    let mut out = BufWriter::new(File::create(&path).unwrap());
    let mut planted = BTreeSet::new();
    let mut written = 0;
    for i in 0..1024 {
        // Each plant moves the blocks after it, so plants fall at every
        // offset relative to the scanner's reads and windows.
        let line = format!("Zoë's NI number {}\n", nino(i));
        out.write_all(line.as_bytes()).unwrap();
        out.write_all(&block.as_bytes()[..block.len() - i % 97]).unwrap();
        planted.insert(nino(i));
        written += line.len() + block.len() - i % 97;
    }
    let last = nino(4242);
    out.write_all(format!("and at the very end {last}").as_bytes()).unwrap();
    planted.insert(last);
    out.into_inner().unwrap().sync_all().unwrap();
    assert!(written >= 1 << 30);
    drop(block);

    let output = dpscan()
        .args(["scan", path.to_str().unwrap(), "--reveal", "--format", "jsonl", "--threads", "2"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let records = records(&output.stdout);
    // "Zoë's NI number" names Zoë too: the NINOs are what is counted.
    let found: Vec<String> = of_type(&records, "finding")
        .iter()
        .filter(|f| f["kind"] == "uk_nino")
        .map(|f| f["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(found.len(), planted.len(), "each planted NINO exactly once");
    assert_eq!(found.into_iter().collect::<BTreeSet<_>>(), planted);

    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) }, 0);
    let peak_mib = usage.ru_maxrss / 1024; // kilobytes on Linux
    eprintln!("peak RSS scanning 1 GiB: {peak_mib} MiB");
    assert!(peak_mib < 64, "peak RSS {peak_mib} MiB: memory must not grow with file size");
}
