//! Hostile files that used to end, hang or swell a whole run, built here
//! from synthetic parts and the committed fixtures: an .xls whose one
//! changed field asks for tens of GiB, a damaged OLE header, PDF forms that
//! draw each other a billion times or in a loop, PDF flate and predictor
//! bombs, a page slow to read (for the time budget), a CSV
//! with one unclosed quote, an .xls that makes calamine panic. Each is scanned beside a plain file, under an
//! address-space limit (as `ulimit -v 4000000` would set): the run
//! completes, the plain file's record is intact, the bad file is read as
//! far as it can be and gets its own reason for the rest, and no panic
//! text reaches stderr. Readers run in worker processes (as by default):
//! one that runs out of memory or is killed costs its file only.
//!
//! Alone in its test binary so that the children's peak RSS is theirs.

mod common;

use std::fs;
use std::io::{Cursor, Read, Seek, SeekFrom, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

use common::{fixtures, of_type, records};
use flate2::write::ZlibEncoder;
use flate2::Compression;
use serde_json::Value;
use zip::write::SimpleFileOptions;

const MIB: usize = 1 << 20;

/// The address space each run may use: what `ulimit -v 4000000` allows.
const ADDRESS_SPACE: u64 = 4_000_000 * 1024;

/// Scans `dir` with `args` under the address-space limit; the run must end
/// well, its stderr free of panic text. The records, and the peak RSS of
/// any child so far in MiB.
fn scan(dir: &Path, args: &[&str]) -> (Vec<Value>, i64) {
    ended_well(scan_command(dir, args).output().unwrap())
}

/// The command `scan` runs.
fn scan_command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dpscan"));
    command.arg("scan").arg(dir).args(["--format", "jsonl", "--reveal", "--no-progress"]).args(args);
    // SAFETY: only setrlimit, async-signal-safe, between fork and exec.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit { rlim_cur: ADDRESS_SPACE, rlim_max: ADDRESS_SPACE };
            match libc::setrlimit(libc::RLIMIT_AS, &limit) {
                0 => Ok(()),
                _ => Err(std::io::Error::last_os_error()),
            }
        });
    }
    command
}

/// The records of a run that must have ended well, and the peak RSS of any
/// child so far in MiB.
fn ended_well(out: std::process::Output) -> (Vec<Value>, i64) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "panic text on stderr: {stderr}");
    let records = records(&out.stdout);
    assert_eq!(records.last().unwrap()["type"], "summary", "the run reached its summary");
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) }, 0);
    (records, usage.ru_maxrss / 1024)
}

/// A share holding a plain file with one finding, whose record must come
/// through whatever its neighbours do.
fn share() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("safe.txt"), "Contact: safe.person@example.com\n").unwrap();
    dir
}

fn file<'a>(records: &'a [Value], name: &str) -> &'a Value {
    of_type(records, "file").into_iter().find(|f| f["path"].as_str().unwrap().ends_with(name)).unwrap()
}

fn found(records: &[Value], value: &str) -> bool {
    of_type(records, "finding").iter().any(|f| f["value"] == value)
}

fn problems(record: &Value) -> Vec<String> {
    let problems = record["problems"].as_array().map_or(&[][..], Vec::as_slice);
    problems.iter().map(|p| p["error"].as_str().unwrap().to_string()).collect()
}

fn assert_neighbour_intact(records: &[Value]) {
    assert_eq!(file(records, "safe.txt")["status"], "scanned");
    assert!(found(records, "safe.person@example.com"));
}

/// `staff.xls` with its workbook stream changed by `change`, in place.
fn changed_xls(change: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut book =
        cfb::CompoundFile::open(Cursor::new(fs::read(fixtures().join("formats/staff.xls")).unwrap())).unwrap();
    let mut workbook = Vec::new();
    book.open_stream("Workbook").unwrap().read_to_end(&mut workbook).unwrap();
    let size = workbook.len();
    change(&mut workbook);
    assert_eq!(workbook.len(), size);
    let mut stream = book.open_stream("Workbook").unwrap();
    stream.seek(SeekFrom::Start(0)).unwrap();
    stream.write_all(&workbook).unwrap();
    drop(stream);
    book.flush().unwrap();
    book.into_inner().into_inner()
}

/// Offsets of the records of `kind` in a BIFF stream.
fn biff_records(stream: &[u8], kind: u16) -> Vec<usize> {
    let (mut at, mut found) = (0, Vec::new());
    while at + 4 <= stream.len() {
        let len = u16::from_le_bytes([stream[at + 2], stream[at + 3]]) as usize;
        if u16::from_le_bytes([stream[at], stream[at + 1]]) == kind {
            found.push(at);
        }
        at += 4 + len;
    }
    found
}

#[test]
fn xls_fields_asking_for_gibibytes_cost_only_the_cells_they_name() {
    let dir = share();
    // Dimensions, whose size calamine reserves: 2^32 rows by 2^16 columns.
    let dimensions = changed_xls(|w| {
        for at in biff_records(w, 0x0200) {
            w[at + 8..at + 12].copy_from_slice(&u32::MAX.to_le_bytes());
            w[at + 14..at + 16].copy_from_slice(&u16::MAX.to_le_bytes());
        }
    });
    fs::write(dir.path().join("dimensions.xls"), dimensions).unwrap();
    // One cell's row and column with their top bits set: a grid of 2^15
    // by 2^15 cells.
    let wide = changed_xls(|w| {
        let at = *biff_records(w, 0x00FD).last().unwrap();
        w[at + 5] |= 0x80;
        w[at + 7] |= 0x80;
    });
    fs::write(dir.path().join("wide.xls"), wide).unwrap();
    // One cell moved to row 32,513 of column IV (found by fuzzing): a grid
    // of 8.3 M cells, which calamine fills whole.
    let far = changed_xls(|w| {
        let at = *biff_records(w, 0x00FD).last().unwrap();
        w[at + 4..at + 6].copy_from_slice(&0x7F00u16.to_le_bytes());
        w[at + 6..at + 8].copy_from_slice(&255u16.to_le_bytes());
    });
    fs::write(dir.path().join("far.xls"), far).unwrap();
    // A header that claims 2^31 FAT sectors (8 GiB of sector list).
    let mut header = fs::read(fixtures().join("formats/staff.xls")).unwrap();
    header[44..48].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
    fs::write(dir.path().join("header.xls"), header).unwrap();
    let mut doc = fs::read(fixtures().join("formats/report.doc")).unwrap();
    doc[44..48].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
    fs::write(dir.path().join("header.doc"), doc).unwrap();
    // A sheet said to start past the end of the stream: calamine panics.
    let panics = changed_xls(|w| {
        let at = biff_records(w, 0x0085)[0];
        w[at + 4..at + 8].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
    });
    fs::write(dir.path().join("panics.xls"), panics).unwrap();
    let doc = fs::read(fixtures().join("formats/report.doc")).unwrap();
    fs::write(dir.path().join("report.doc"), &doc).unwrap();
    fs::write(dir.path().join("truncated.doc"), &doc[..2560]).unwrap();

    let (records, peak_mib) = scan(dir.path(), &[]);
    assert_neighbour_intact(&records);
    let dimensions = file(&records, "dimensions.xls");
    assert_eq!(dimensions["status"], "scanned", "{dimensions}");
    assert_eq!(problems(dimensions), Vec::<String>::new(), "a size hint is not content");
    assert!(found(&records, "tom.placeholder@example.net"), "the hidden sheet's cells are read");
    let wide = file(&records, "wide.xls");
    assert_eq!(wide["status"], "scanned", "{wide}");
    assert_eq!(problems(wide), ["corrupt: 1 cells past the last column a sheet can have (damaged?) not read"]);
    let far = file(&records, "far.xls");
    assert_eq!(far["status"], "scanned", "{far}");
    assert_eq!(
        problems(far),
        ["limit exceeded: 1 cells from row 16385 on not read: the sheet would span more than 4194304 cells (damaged?)"]
    );
    // Read whole, as the undamaged files are: the container is the cfb
    // crate's to check, calamine reads a rebuilt one.
    for (name, intact) in [("header.xls", dimensions), ("header.doc", file(&records, "report.doc"))] {
        let damaged = file(&records, name);
        assert_eq!(damaged["status"], "scanned", "{damaged}");
        assert_eq!(damaged["findings"], intact["findings"], "{damaged}");
    }
    // Where it panicked, not what it said: a panic message may quote the file.
    let panicked = file(&records, "panics.xls");
    assert_eq!(panicked["status"], "error", "{panicked}");
    let error = panicked["error"].as_str().unwrap();
    let blamed = "the extractor failed on this input (please report it): a panic in calamine-";
    assert!(error.starts_with(blamed) && error.contains("/src/xls.rs:"), "{error}");
    let truncated = file(&records, "truncated.doc");
    assert_eq!(truncated["status"], "error", "{truncated}");
    let error = truncated["error"].as_str().unwrap();
    assert!(error.starts_with("corrupt: damaged or truncated OLE file: "), "{error}");
    eprintln!("peak RSS scanning the xls and OLE cases: {peak_mib} MiB");
    assert!(peak_mib < 512, "peak RSS {peak_mib} MiB");
}

/// An OpenDocument package of `kind` (`spreadsheet`, `text`) with this
/// manifest and `content.xml`.
fn opendocument(kind: &str, manifest: &str, content: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(format!("application/vnd.oasis.opendocument.{kind}").as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", SimpleFileOptions::default()).unwrap();
    zip.write_all(format!("<?xml version=\"1.0\"?><manifest:manifest>{manifest}</manifest:manifest>").as_bytes())
        .unwrap();
    zip.start_file("content.xml", SimpleFileOptions::default()).unwrap();
    zip.write_all(content).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn encrypted_opendocument_is_encrypted_not_damaged_or_empty() {
    let dir = share();
    let manifest = "<manifest:file-entry manifest:full-path=\"content.xml\">\
        <manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>";
    let ciphertext: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    fs::write(dir.path().join("secret.odt"), opendocument("text", manifest, &ciphertext)).unwrap();
    fs::write(dir.path().join("secret.ods"), opendocument("spreadsheet", manifest, &ciphertext)).unwrap();
    let (records, _) = scan(dir.path(), &[]);
    assert_neighbour_intact(&records);
    assert_eq!(file(&records, "secret.odt")["error"], "encrypted: password-protected OpenDocument file");
    let ods = file(&records, "secret.ods")["error"].as_str().unwrap();
    assert!(ods.starts_with("encrypted: password-protected workbook"), "{ods}");
}

/// A PDF of one page: its own line, then a chain of XObjects of `kind`
/// (a `/Subtype` entry, or none): each draws the next `forms[i]` times, the
/// last shows `last`, or, `looped`, draws the first again.
fn forms_pdf(kind: &str, forms: &[u32], last: &[u8], looped: bool) -> Vec<u8> {
    let font = 5 + forms.len();
    let stream = |dict: String, data: &[u8]| {
        let mut object = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        object.extend(data);
        object.extend(b"\nendstream");
        object
    };
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
             /Resources << /XObject << /F 5 0 R >> /Font << /F1 {font} 0 R >> >> >>"
        )
        .into_bytes(),
        stream(String::new(), b"BT /F1 12 Tf 72 720 Td (Contact: forms.pdf@example.com) Tj ET\n/F Do"),
    ];
    let form = format!("/Type /XObject {kind} /BBox [0 0 612 792]");
    for (level, &drawings) in forms.iter().enumerate() {
        let next = if level + 1 < forms.len() { 6 + level } else { 5 };
        let resources = format!("/Resources << /XObject << /F {next} 0 R >> /Font << /F1 {font} 0 R >> >>");
        let content = if level + 1 < forms.len() || looped {
            "/F Do\n".repeat(drawings as usize).into_bytes()
        } else {
            last.to_vec()
        };
        objects.push(stream(format!("{form} {resources}"), &content));
    }
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec());
    common::pdf_of(&objects)
}

/// A page that takes a reader a long time, legitimately: its forms are
/// drawn 10,000 times in all (as many as dpscan lets a page draw), 9,999
/// of them a form of 600 words interpreted anew each time: 6 million text
/// operations, 212 MiB of content (under dpscan's 256 MiB; a 400-word form
/// took 7.9 s in a release build).
fn slow_pdf() -> Vec<u8> {
    forms_pdf("/Subtype /Form", &[9_999, 0], &b"BT /F1 12 Tf 72 700 Td (Lorem) Tj ET\n".repeat(600), false)
}

/// Drawings that would never end (forms drawn 64 times at each of six
/// levels: some 10^9 drawings) or that draw each other in a loop (once a
/// stack overflow that ended a run without workers), whatever the drawn
/// object's type (pdf-extract draws an image or an untyped stream the
/// same), are left out; the page's own line is read and a problem says
/// why the drawn text is not.
#[test]
fn drawings_without_end_are_left_out_and_their_page_read() {
    let dir = share();
    let form = "/Subtype /Form";
    fs::write(dir.path().join("bomb.pdf"), forms_pdf(form, &[64; 6], b"BT /F1 12 Tf (x) Tj ET", false)).unwrap();
    fs::write(dir.path().join("loop.pdf"), forms_pdf(form, &[1, 1], b"", true)).unwrap();
    fs::write(dir.path().join("untyped.pdf"), forms_pdf("", &[1], b"", true)).unwrap();
    fs::write(dir.path().join("image.pdf"), forms_pdf("/Subtype /Image", &[2, 2], b"", true)).unwrap();
    let cases = [
        ("bomb.pdf", "more than 10000 times"),
        ("loop.pdf", "draw each other in a loop"),
        ("untyped.pdf", "draw each other in a loop"),
        ("image.pdf", "draw each other in a loop"),
    ];
    for args in [&[][..], &["--no-isolate"]] {
        let (records, _) = scan(dir.path(), args);
        assert_neighbour_intact(&records);
        for (name, why) in cases {
            let record = file(&records, name);
            assert_eq!(record["status"], "scanned", "{record}");
            assert!(record["problems"][0]["error"].as_str().unwrap().contains(why), "{record}");
        }
        let emails = of_type(&records, "finding").into_iter().filter(|f| f["kind"] == "email").count();
        assert_eq!(emails, 1 + cases.len(), "each page's own line is read: {records:?}");
    }
}

#[test]
fn a_reader_past_its_time_budget_costs_its_file_only() {
    let dir = share();
    fs::write(dir.path().join("slow.pdf"), slow_pdf()).unwrap();
    let (records, _) = scan(dir.path(), &["--timeout", "2"]);
    assert_neighbour_intact(&records);
    let slow = file(&records, "slow.pdf");
    assert_eq!(slow["status"], "error");
    assert_eq!(
        slow["error"],
        "timed out after 2 s of reading with nothing read (stuck on a damaged file?); not read further"
    );
}

/// What a scan of `dir` with `args` gave for `name`: its record and its
/// findings.
fn read_of(dir: &Path, name: &str, args: &[&str]) -> (Value, Vec<Value>) {
    let (records, _) = scan(dir, args);
    let findings = of_type(&records, "finding").into_iter().filter(|f| f["path"].as_str().unwrap().ends_with(name));
    (file(&records, name).clone(), findings.cloned().collect())
}

#[test]
fn what_was_read_before_a_reader_ran_out_of_time_is_kept_in_a_worker_as_in_process() {
    let dir = share();
    // An archive whose first member is read, whose second runs past the budget.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("first.txt", SimpleFileOptions::default()).unwrap();
    zip.write_all(b"Contact: before.hang@example.com\n").unwrap();
    zip.start_file("slow.pdf", SimpleFileOptions::default()).unwrap();
    zip.write_all(&slow_pdf()).unwrap();
    fs::write(dir.path().join("hangs.zip"), zip.finish().unwrap().into_inner()).unwrap();
    let isolated = read_of(dir.path(), "hangs.zip", &["--timeout", "2"]);
    let in_process = read_of(dir.path(), "hangs.zip", &["--timeout", "2", "--no-isolate"]);
    assert_eq!(isolated.0["status"], "error");
    assert!(isolated.0["error"].as_str().unwrap().starts_with("timed out after 2 s"), "{}", isolated.0);
    assert!(isolated.1.iter().any(|f| f["value"] == "before.hang@example.com"), "{:?}", isolated.1);
    assert_eq!(isolated, in_process);
}

/// The content hash an inventory keeps of `name` in `dir`, indexed with
/// `args`.
fn hash_kept(dir: &Path, name: &str, args: &[&str]) -> Option<Vec<u8>> {
    let db = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_dpscan"));
    command.env("DPSCAN_INDEX_KEY", "5a".repeat(32)).arg("index").arg(dir).arg("--db").arg(db.path().join("i.db"));
    let out = command.args(["-q"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let db = rusqlite::Connection::open(db.path().join("i.db")).unwrap();
    let hash = db.query_row("SELECT sha256 FROM files WHERE path LIKE ?1", [format!("%{name}")], |row| row.get(0));
    hash.unwrap()
}

#[test]
fn a_file_that_timed_out_is_not_hashed_in_a_worker_as_in_process() {
    let dir = share();
    fs::write(dir.path().join("slow.pdf"), slow_pdf()).unwrap();
    assert_eq!(hash_kept(dir.path(), "slow.pdf", &["--timeout", "2"]), None);
    assert_eq!(hash_kept(dir.path(), "slow.pdf", &["--timeout", "2", "--no-isolate"]), None);
    assert!(hash_kept(dir.path(), "safe.txt", &["--timeout", "2"]).is_some());
}

/// A PDF of one page per content stream, each given as its dictionary's
/// entries past `/Length` (its filters) and its encoded data.
fn pdf(pages: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".as_bytes().to_vec(),
        format!(
            "<< /Type /Pages /Count {} /Kids [{}] >>",
            pages.len(),
            (0..pages.len()).map(|i| format!("{} 0 R", 4 + 2 * i)).collect::<Vec<_>>().join(" ")
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    for (i, (extra, data)) in pages.iter().enumerate() {
        let page = format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        );
        objects.push(page.into_bytes());
        let mut stream = format!("<< /Length {} {extra} >>\nstream\n", data.len()).into_bytes();
        stream.extend(data);
        stream.extend(b"\nendstream");
        objects.push(stream);
    }
    common::pdf_of(&objects)
}

const FLATE: &str = "/Filter /FlateDecode";

/// ASCII85 with its end marker, as a PDF filter writes it.
fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in data.chunks(4) {
        let mut group = [0; 4];
        group[..chunk.len()].copy_from_slice(chunk);
        let mut n = u32::from_be_bytes(group);
        if chunk.len() == 4 && n == 0 {
            out.push(b'z');
            continue;
        }
        let mut digits = [0; 5];
        for digit in digits.iter_mut().rev() {
            *digit = b'!' + (n % 85) as u8;
            n /= 85;
        }
        out.extend(&digits[..chunk.len() + 1]);
    }
    out.extend(b"~>");
    out
}

fn zlib(chunk: &[u8], times: usize) -> Vec<u8> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
    for _ in 0..times {
        encoder.write_all(chunk).unwrap();
    }
    encoder.finish().unwrap()
}

#[test]
fn pdf_bombs_are_defused_and_pages_that_fail_never_pass_for_read() {
    let dir = share();
    let text = zlib(b"BT /F1 12 Tf 72 720 Td (Contact: pdf.page@example.com) Tj ET\n", 1);
    // 512 MiB of spaces behind 500 KiB.
    let bomb = zlib(&vec![b' '; MIB], 512);
    fs::write(dir.path().join("flate.pdf"), pdf(&[(FLATE, text.clone()), (FLATE, bomb.clone())])).unwrap();
    // The same behind ASCII85, and 64 MiB of spaces in LZW (48 KiB).
    let armoured = ("/Filter [/ASCII85Decode /FlateDecode]", ascii85(&bomb));
    fs::write(dir.path().join("ascii85.pdf"), pdf(&[(FLATE, text.clone()), armoured])).unwrap();
    let mut lzw = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let lzw = ("/Filter /LZWDecode", lzw.encode(&vec![b' '; 64 * MIB]).unwrap());
    fs::write(dir.path().join("lzw.pdf"), pdf(&[(FLATE, text.clone()), lzw])).unwrap();
    // The flate bomb again, encrypted with the empty user password (as
    // "no copying" PDFs are): ciphertext in the raw bytes.
    let mut locked = lopdf::Document::load_mem(&pdf(&[(FLATE, text.clone()), (FLATE, bomb)])).unwrap();
    let id = lopdf::Object::String(b"dpscan-test-id-0".to_vec(), lopdf::StringFormat::Hexadecimal);
    locked.trailer.set("ID", vec![id.clone(), id]);
    let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
        document: &locked,
        owner_password: "owner",
        user_password: "",
        key_length: 128,
        permissions: lopdf::Permissions::default(),
    })
    .unwrap();
    locked.encrypt(&state).unwrap();
    locked.save(dir.path().join("encrypted.pdf")).unwrap();
    // Rows of 1 GB each: lopdf would fill two before decoding one.
    let predictor = ("/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 1000000000 >>", zlib(&[0; 64], 1));
    fs::write(dir.path().join("predictor.pdf"), pdf(&[(FLATE, text.clone()), predictor])).unwrap();
    // A font never defined: pdf-extract panics on the page.
    let no_font = zlib(b"BT /F9 12 Tf 72 720 Td (Contact: pdf.lost@example.com) Tj ET\n", 1);
    fs::write(dir.path().join("half.pdf"), pdf(&[(FLATE, text), (FLATE, no_font.clone())])).unwrap();
    fs::write(dir.path().join("none.pdf"), pdf(&[(FLATE, no_font.clone()), (FLATE, no_font)])).unwrap();

    let (records, peak_mib) = scan(dir.path(), &[]);
    assert_neighbour_intact(&records);
    for bomb in ["flate.pdf", "ascii85.pdf", "lzw.pdf", "encrypted.pdf"] {
        let bomb = file(&records, bomb);
        assert_eq!(bomb["status"], "scanned", "{bomb}");
        assert_eq!(
            problems(bomb),
            ["limit exceeded: object 7: a compressed stream expands past 16 MiB (a decompression bomb?); not read"]
        );
    }
    let predictor = file(&records, "predictor.pdf");
    assert_eq!(predictor["status"], "scanned", "{predictor}");
    assert_eq!(
        problems(predictor),
        ["limit exceeded: object 7: predictor rows wider than 16 MiB (damaged?); decoded as one column"]
    );
    let pages = of_type(&records, "finding").into_iter().filter(|f| f["value"] == "pdf.page@example.com").count();
    assert_eq!(pages, 6, "page 1 of each PDF is read");
    // A page that could not be read is a problem; a PDF of nothing else,
    // an error: never "scanned" with its text unread.
    let panic = "the extractor failed on this input (please report it): a panic in vendor/pdf-extract/src/";
    let half = file(&records, "half.pdf");
    assert_eq!(half["status"], "scanned", "{half}");
    assert!(problems(half).len() == 1 && problems(half)[0].starts_with(panic), "{half}");
    assert_eq!(half["problems"][0]["location"]["page"], 2);
    let none = file(&records, "none.pdf");
    assert_eq!(none["status"], "error", "{none}");
    assert!(none["error"].as_str().unwrap().starts_with(panic), "{none}");
    assert_eq!(problems(none).len(), 2, "{none}");
    eprintln!("peak RSS scanning the PDF bombs: {peak_mib} MiB");
    assert!(peak_mib < 512, "peak RSS {peak_mib} MiB");
}

#[test]
fn a_csv_quote_never_closed_holds_one_row_at_a_time() {
    let dir = share();
    let mut csv = b"Name,Email\nA. Example,\"unclosed@example.com\n".to_vec();
    let line = b"a line of the rest of the file, quoted by mistake, 64 bytes long\n";
    for _ in 0..(64 * MIB / line.len()) {
        csv.extend(line);
    }
    csv.extend(b"Contact: csv.tail@example.com\n");
    fs::write(dir.path().join("unclosed.csv"), csv).unwrap();

    let (records, peak_mib) = scan(dir.path(), &[]);
    assert_neighbour_intact(&records);
    let unclosed = file(&records, "unclosed.csv");
    assert_eq!(unclosed["status"], "scanned");
    assert_eq!(
        problems(unclosed),
        ["limit exceeded: row 2 is longer than 1 MiB or 65536 fields (an unclosed quote?); read on as plain text"]
    );
    assert!(found(&records, "unclosed@example.com") && found(&records, "csv.tail@example.com"), "read as text");
    eprintln!("peak RSS scanning the CSV: {peak_mib} MiB");
    assert!(peak_mib < 512, "peak RSS {peak_mib} MiB");
}

/// A PDF of one page whose content stream, 16 MiB of text operators,
/// compresses to about 50 KB: the text extractor takes over 512 MiB for it.
fn wordy_pdf() -> Vec<u8> {
    let line = b"BT /F1 12 Tf 72 720 Td (Contact: pdf.page@example.com) Tj ET\n";
    pdf(&[(FLATE, zlib(line, (16 * MIB) / line.len()))])
}

/// A small PDF that any worker reads.
fn plain_pdf() -> Vec<u8> {
    let line = b"BT /F1 12 Tf 72 720 Td (Contact: plain.pdf@example.com) Tj ET\n";
    pdf(&[(FLATE, zlib(line, 1))])
}

#[test]
fn a_reader_past_its_memory_costs_its_file_and_its_worker_only() {
    let dir = share();
    fs::write(dir.path().join("a-wordy.pdf"), wordy_pdf()).unwrap();
    fs::write(dir.path().join("b-plain.pdf"), plain_pdf()).unwrap();
    let (records, peak_mib) = scan(dir.path(), &["-j", "1", "--worker-memory", "256M"]);
    assert_neighbour_intact(&records);
    let wordy = file(&records, "a-wordy.pdf");
    assert_eq!(wordy["status"], "error");
    assert_eq!(wordy["error"], "limit exceeded: the pdf reader ran out of memory at 256 MiB (--worker-memory)");
    // Read by the worker that replaced the one that ran out.
    assert_eq!(file(&records, "b-plain.pdf")["status"], "scanned");
    assert!(found(&records, "plain.pdf@example.com"));
    assert_eq!(of_type(&records, "file").len(), 3);
    assert!(peak_mib < 512, "peak RSS {peak_mib} MiB");
}

/// The worker processes `dpscan` (pid `parent`) has started: pid and CPU
/// ticks used.
fn workers_of(parent: u32) -> Vec<(i32, u64)> {
    let stats = fs::read_dir("/proc").unwrap().filter_map(|e| fs::read_to_string(e.ok()?.path().join("stat")).ok());
    stats
        .filter_map(|stat| {
            let (pid, rest) = stat.split_once(" (")?;
            let (name, fields) = rest.rsplit_once(") ")?;
            let fields: Vec<&str> = fields.split(' ').collect();
            // After the name: state, ppid, ..., utime (12th), stime (13th).
            if name != "dpscan" || fields[1] != parent.to_string() {
                return None;
            }
            let ticks = fields[11].parse::<u64>().ok()? + fields[12].parse::<u64>().ok()?;
            Some((pid.parse().ok()?, ticks))
        })
        .collect()
}

/// A scan of `dir` on one thread whose worker is killed once it has spun
/// on a file (used a second of CPU): the records.
fn scan_killing_the_spinning_worker(dir: &Path) -> Vec<Value> {
    let mut command = scan_command(dir, &["-j", "1", "--timeout", "120"]);
    let child = command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let started = std::time::Instant::now();
    let worker = loop {
        let ticks_per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as u64;
        if let Some((pid, _)) = workers_of(child.id()).into_iter().find(|(_, ticks)| *ticks >= ticks_per_second) {
            break pid;
        }
        assert!(started.elapsed().as_secs() < 100, "no worker of dpscan spun");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(unsafe { libc::kill(worker, libc::SIGKILL) }, 0);
    let (records, _) = ended_well(child.wait_with_output().unwrap());
    records
}

#[test]
fn a_worker_killed_mid_file_costs_that_file_only() {
    let dir = share();
    fs::write(dir.path().join("slow.pdf"), slow_pdf()).unwrap();
    fs::write(dir.path().join("z-plain.pdf"), plain_pdf()).unwrap();
    let records = scan_killing_the_spinning_worker(dir.path());
    assert_neighbour_intact(&records);
    let killed = file(&records, "slow.pdf");
    assert_eq!(killed["status"], "error");
    let error = killed["error"].as_str().unwrap();
    assert!(error.ends_with("the pdf reader was killed by signal 9 (SIGKILL)"), "{error}");
    assert_eq!(file(&records, "z-plain.pdf")["status"], "scanned");
    assert!(found(&records, "plain.pdf@example.com"));
}

/// The worker writes its frames in batches; one killed mid-file has still
/// delivered what it read more than a batch's linger before: an archive's
/// first member, read before its second spins.
#[test]
fn a_worker_killed_mid_file_has_delivered_what_it_read_before() {
    let dir = share();
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("first.txt", SimpleFileOptions::default()).unwrap();
    zip.write_all(b"Contact: before.kill@example.com\n").unwrap();
    zip.start_file("slow.pdf", SimpleFileOptions::default()).unwrap();
    zip.write_all(&slow_pdf()).unwrap();
    fs::write(dir.path().join("dies.zip"), zip.finish().unwrap().into_inner()).unwrap();
    let records = scan_killing_the_spinning_worker(dir.path());
    assert_neighbour_intact(&records);
    let killed = file(&records, "dies.zip");
    assert_eq!(killed["status"], "error");
    assert!(killed["error"].as_str().unwrap().ends_with("killed by signal 9 (SIGKILL)"), "{killed}");
    assert!(found(&records, "before.kill@example.com"), "{records:?}");
}
