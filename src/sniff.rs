//! Format sniffing: the first bytes of a file → its `Format`, from one table
//! of magic numbers, then a text/binary decision with the text encoding.
//! The file name's extension is only a hint between text formats (CSV,
//! JSON); it never makes a binary file text or the other way round. Zip and
//! OLE containers are then refined by what they hold (`refine`).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use serde::{Deserialize, Serialize};
use std::io::Read;

use crate::extract::Input;

/// How many leading bytes sniffing looks at.
pub const HEAD_LEN: usize = 8192;

/// A detected format. Names are lowercase in records and policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Empty,
    Text,
    Csv,
    Html,
    Xml,
    Json,
    Eml,
    Mbox,
    Rtf,
    Pdf,
    Zip,
    /// OLE2 / Compound File Binary: legacy Office documents and Outlook msg.
    Ole,
    Pst,
    Gzip,
    Bzip2,
    Xz,
    #[serde(rename = "7z")]
    SevenZip,
    Rar,
    Tar,
    Image,
    Sqlite,
    Binary,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Doc,
    Xls,
    Ppt,
    Msg,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Empty => "empty",
            Format::Text => "text",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Xml => "xml",
            Format::Json => "json",
            Format::Eml => "eml",
            Format::Mbox => "mbox",
            Format::Rtf => "rtf",
            Format::Pdf => "pdf",
            Format::Zip => "zip",
            Format::Ole => "ole",
            Format::Pst => "pst",
            Format::Gzip => "gzip",
            Format::Bzip2 => "bzip2",
            Format::Xz => "xz",
            Format::SevenZip => "7z",
            Format::Rar => "rar",
            Format::Tar => "tar",
            Format::Image => "image",
            Format::Sqlite => "sqlite",
            Format::Binary => "binary",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Pptx => "pptx",
            Format::Odt => "odt",
            Format::Ods => "ods",
            Format::Odp => "odp",
            Format::Doc => "doc",
            Format::Xls => "xls",
            Format::Ppt => "ppt",
            Format::Msg => "msg",
        }
    }
}

/// The magic-number table: (offset, bytes, format). First match wins.
const MAGIC: &[(usize, &[u8], Format)] = &[
    (0, b"%PDF-", Format::Pdf),
    (0, b"PK\x03\x04", Format::Zip),
    (0, b"PK\x05\x06", Format::Zip), // empty archive
    (0, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Format::Ole),
    (0, b"!BDN", Format::Pst),
    (0, b"{\\rtf", Format::Rtf),
    (0, b"\x1F\x8B", Format::Gzip),
    (0, b"BZh", Format::Bzip2),
    (0, b"\xFD7zXZ\x00", Format::Xz),
    (0, b"7z\xBC\xAF\x27\x1C", Format::SevenZip),
    (0, b"Rar!\x1A\x07", Format::Rar),
    (257, b"ustar", Format::Tar),
    (0, b"\x89PNG\r\n\x1A\n", Format::Image),
    (0, b"\xFF\xD8\xFF", Format::Image),
    (0, b"GIF8", Format::Image),
    (0, b"II*\x00", Format::Image),
    (0, b"MM\x00*", Format::Image),
    (0, b"SQLite format 3\x00", Format::Sqlite),
];

/// What sniffing decided: the format, and for text formats the encoding.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sniffed {
    pub format: Format,
    pub encoding: Option<&'static Encoding>,
}

/// Sniffs `head` (the first `HEAD_LEN` bytes or fewer); `extension` is the
/// file name's extension, lowercase, as a hint between text formats.
pub fn sniff(head: &[u8], extension: &str) -> Sniffed {
    let binary = |format| Sniffed { format, encoding: None };
    if head.is_empty() {
        return Sniffed { format: Format::Empty, encoding: Some(UTF_8) };
    }
    if let Some(&(_, _, format)) = MAGIC.iter().find(|(at, magic, _)| head.get(*at..*at + magic.len()) == Some(*magic))
    {
        return binary(format);
    }
    if pdf_after_preamble(head) {
        return binary(Format::Pdf);
    }
    if is_early_excel(head) {
        return binary(Format::Xls);
    }
    let Some(encoding) = text_encoding(head) else { return binary(Format::Binary) };
    let format =
        if encoding == UTF_8 || encoding == WINDOWS_1252 { text_format(head, extension) } else { Format::Text };
    Sniffed { format, encoding: Some(encoding) }
}

/// How far into a file PDF readers look for its `%PDF-` header.
const PDF_HEADER_WITHIN: usize = 1024;

/// A PDF behind a print job's header: `%PDF-` and a version digit at the
/// start of a line in the first 1,024 bytes, as PDF readers accept it,
/// after lines that are all job directives (`%` comments, `@PJL`, escape
/// sequences), so that a text file quoting a PDF header stays text. The
/// reader rebuilds offsets counted from the header.
fn pdf_after_preamble(head: &[u8]) -> bool {
    let head = &head[..head.len().min(PDF_HEADER_WITHIN)];
    let header = |&at: &usize| {
        at > 0 && matches!(head[at - 1], b'\n' | b'\r') && head.get(at + 5).is_some_and(u8::is_ascii_digit)
    };
    let Some(at) = memchr::memmem::find_iter(head, b"%PDF-").find(header) else { return false };
    let directive =
        |line: &[u8]| line.is_empty() || line.starts_with(b"%") || line.starts_with(b"@PJL") || line[0] == 0x1b;
    head[..at].split(|&b| b == b'\n').map(|line| line.strip_suffix(b"\r").unwrap_or(line)).all(directive)
}

/// An Excel 2, 3 or 4 file (BIFF2–BIFF4, not inside an OLE file): a
/// beginning-of-file record of its version's length, for a worksheet, a
/// chart, a macro sheet or an Excel 4 workbook.
pub fn is_early_excel(head: &[u8]) -> bool {
    let u16_at = |at: usize| head.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let length = match u16_at(0) {
        Some(0x0009) => 4,
        Some(0x0209 | 0x0409) => 6,
        _ => return false,
    };
    u16_at(2) == Some(length) && matches!(u16_at(6), Some(0x0010 | 0x0020 | 0x0040 | 0x0100))
}

/// Zip and OLE containers told apart by what they hold: an Office package
/// by its main part, an OpenDocument by its `mimetype` entry, a legacy
/// Office file or an Outlook message by its streams. `input` is the whole
/// file, `head` its first bytes; other formats pass through unchanged.
pub fn refine(sniffed: Sniffed, head: &[u8], input: &mut dyn Input) -> Sniffed {
    let format = match sniffed.format {
        Format::Zip => zip_kind(input).or_else(|| zip_kind_from_head(head)),
        Format::Ole => ole_kind(input),
        _ => None,
    };
    Sniffed { format: format.unwrap_or(sniffed.format), ..sniffed }
}

/// The main part of each Office Open XML package.
const PACKAGE_PARTS: [(&str, Format); 3] =
    [("word/document.xml", Format::Docx), ("xl/workbook.xml", Format::Xlsx), ("ppt/presentation.xml", Format::Pptx)];

/// OpenDocument `mimetype` contents (templates share the prefix).
const ODF_TYPES: [(&[u8], Format); 3] = [
    (b"application/vnd.oasis.opendocument.text", Format::Odt),
    (b"application/vnd.oasis.opendocument.spreadsheet", Format::Ods),
    (b"application/vnd.oasis.opendocument.presentation", Format::Odp),
];

/// The stream that marks each legacy Office format.
const OLE_STREAMS: [(&str, Format); 4] = [
    ("WordDocument", Format::Doc),
    ("Workbook", Format::Xls),
    ("Book", Format::Xls),
    ("PowerPoint Document", Format::Ppt),
];

fn odf_kind(mimetype: &[u8]) -> Option<Format> {
    ODF_TYPES.iter().find(|(prefix, _)| mimetype.starts_with(prefix)).map(|&(_, format)| format)
}

fn zip_kind(input: &mut dyn Input) -> Option<Format> {
    input.rewind().ok()?;
    let mut archive = zip::ZipArchive::new(input).ok()?;
    if let Some(&(_, format)) = PACKAGE_PARTS.iter().find(|(part, _)| archive.index_for_name(part).is_some()) {
        return Some(format);
    }
    let mut mimetype = Vec::new();
    archive.by_name("mimetype").ok()?.take(128).read_to_end(&mut mimetype).ok()?;
    odf_kind(&mimetype)
}

/// A damaged package (no central directory) is still known by the local
/// headers of its first entries: an OpenDocument's stored `mimetype` comes
/// first by rule, and Office writes its parts near the start.
fn zip_kind_from_head(head: &[u8]) -> Option<Format> {
    let mut at = 0;
    while head.get(at..at + 4) == Some(b"PK\x03\x04") {
        let u16_at = |i: usize| head.get(at + i..at + i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as usize);
        let u32_at =
            |i: usize| head.get(at + i..at + i + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
        let (name_len, extra_len, size) = (u16_at(26)?, u16_at(28)?, u32_at(18)?);
        let name = head.get(at + 30..at + 30 + name_len)?;
        let data = at + 30 + name_len + extra_len;
        if name == b"mimetype" {
            return odf_kind(head.get(data..(data + size).min(head.len()))?);
        }
        let known = PACKAGE_PARTS.iter().find(|(part, _)| {
            part.split_once('/')
                .is_some_and(|(dir, _)| name.starts_with(dir.as_bytes()) && name.get(dir.len()) == Some(&b'/'))
        });
        if let Some(&(_, format)) = known {
            return Some(format);
        }
        at = data.checked_add(size)?;
    }
    None
}

fn ole_kind(input: &mut dyn Input) -> Option<Format> {
    input.rewind().ok()?;
    let file = cfb::CompoundFile::open(input).ok()?;
    let names: Vec<String> = file.read_root_storage().map(|e| e.name().to_string()).collect();
    // OLE names ignore case: `WORKBOOK` and `BOOK` are written too.
    if let Some(&(_, format)) =
        OLE_STREAMS.iter().find(|(stream, _)| names.iter().any(|n| n.eq_ignore_ascii_case(stream)))
    {
        return Some(format);
    }
    names
        .iter()
        .any(|n| n.starts_with("__substg1.0_") || n.eq_ignore_ascii_case("__properties_version1.0"))
        .then_some(Format::Msg)
}

/// An encrypted Office Open XML document: an OLE file holding the package
/// as an `EncryptedPackage` stream.
pub fn is_encrypted_office(input: &mut dyn Input) -> bool {
    input.rewind().is_ok()
        && cfb::CompoundFile::open(input).is_ok_and(|f| f.read_root_storage().any(|e| e.name() == "EncryptedPackage"))
}

/// The encoding of text, or `None` for binary content: a BOM decides; NUL
/// bytes mean UTF-16 when they fall on one side of each pair, else binary;
/// otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252.
pub fn text_encoding(head: &[u8]) -> Option<&'static Encoding> {
    if let Some((encoding, _)) = Encoding::for_bom(head) {
        return Some(encoding);
    }
    if head.contains(&0) {
        let pairs = head.len() / 2;
        let (mut even, mut odd) = (0, 0);
        for pair in head.chunks_exact(2) {
            even += usize::from(pair[0] == 0);
            odd += usize::from(pair[1] == 0);
        }
        // Mostly-ASCII UTF-16 has a NUL in nearly every other byte.
        return match (even * 10 < pairs, odd * 10 < pairs) {
            (true, false) if odd * 2 > pairs => Some(UTF_16LE),
            (false, true) if even * 2 > pairs => Some(UTF_16BE),
            _ => None,
        };
    }
    let controls = head.iter().filter(|&&b| (b < 0x20 && !b"\t\n\r\x0c\x1b".contains(&b)) || b == 0x7f).count();
    if controls * 20 > head.len() {
        return None;
    }
    match std::str::from_utf8(head) {
        Ok(_) => Some(UTF_8),
        // A multi-byte character cut at the end of the head is still UTF-8.
        Err(e) if e.error_len().is_none() => Some(UTF_8),
        Err(_) => Some(WINDOWS_1252),
    }
}

fn text_format(head: &[u8], extension: &str) -> Format {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
    let lead: Vec<u8> = head[start..].iter().take(64).map(u8::to_ascii_lowercase).collect();
    if lead.starts_with(b"<!doctype html") || lead.starts_with(b"<html") {
        Format::Html
    } else if lead.starts_with(b"<?xml") {
        Format::Xml
    } else if is_mbox_separator(head.split(|&b| b == b'\n').next().unwrap_or_default()) {
        Format::Mbox
    } else if looks_like_mail_headers(head) {
        Format::Eml
    } else if matches!(extension, "csv" | "tsv") {
        Format::Csv
    } else if matches!(extension, "json" | "jsonl" | "ndjson") && matches!(lead.first(), Some(b'{' | b'[')) {
        Format::Json
    } else {
        Format::Text
    }
}

/// An mbox separator line: "From ", the envelope sender — an address,
/// `MAILER-DAEMON`, or the `-` Thunderbird writes — then an asctime-style
/// date ("Mon Jan  1 10:00:00 2024", a zone allowed). Text that merely
/// starts with "From " ("From the desk of the head teacher") is not mail.
fn is_mbox_separator(line: &[u8]) -> bool {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let Some(Ok(rest)) = line.strip_prefix(b"From ").map(std::str::from_utf8) else { return false };
    let mut fields = rest.split_ascii_whitespace();
    let sender = fields.next().unwrap_or_default();
    let address = sender.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty());
    if !(address || sender == "-" || sender.eq_ignore_ascii_case("MAILER-DAEMON")) {
        return false;
    }
    let digits =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let (mut month, mut time, mut year) = (false, false, false);
    for field in fields {
        month |= MONTHS.contains(&field);
        time |= field.split(':').count() >= 2 && field.split(':').all(|part| digits(part, 1..=2));
        year |= digits(field, 4..=4);
    }
    month && time && year
}

/// RFC 5322: the text opens with header fields, at least two of them ones
/// every mail carries.
fn looks_like_mail_headers(head: &[u8]) -> bool {
    const FIELDS: [&[u8]; 8] =
        [b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version", b"return-path"];
    let mut known = 0;
    for line in head.split(|&b| b == b'\n').take(40) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            continue; // folded continuation
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else { return false };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
            return false;
        }
        known += usize::from(FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f)));
    }
    known >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_table_decides_before_text() {
        assert_eq!(sniff(b"%PDF-1.7\n...", "txt").format, Format::Pdf);
        assert_eq!(sniff(b"%%JOB: 42\r\n%PDF-1.4\n...", "pdf").format, Format::Pdf);
        assert_eq!(sniff(b"See the %PDF-1.4 header\n", "txt").format, Format::Text);
        assert_eq!(sniff(b"Notes on headers:\n%PDF-1.4 starts a PDF\n", "txt").format, Format::Text);
        assert_eq!(sniff(b"\x1b%-12345X@PJL JOB\r\n@PJL ENTER LANGUAGE=PDF\r\n%PDF-1.7\n", "prn").format, Format::Pdf);
        assert_eq!(sniff(b"\x09\x04\x06\x00\x00\x00\x10\x00\x00\x00", "xls").format, Format::Xls);
        assert_eq!(sniff(b"\x09\x00\x04\x00\x02\x00\x10\x00", "xls").format, Format::Xls);
        assert_eq!(sniff(b"PK\x03\x04rest", "docx").format, Format::Zip);
        assert_eq!(sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "doc").format, Format::Ole);
        assert_eq!(sniff(b"{\\rtf1\\ansi", "txt").format, Format::Rtf);
        let mut tar = vec![b'a'; 512];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(sniff(&tar, "").format, Format::Tar);
    }

    #[test]
    fn text_encodings() {
        assert_eq!(text_encoding(b"plain ascii"), Some(UTF_8));
        assert_eq!(text_encoding("Zoë £5".as_bytes()), Some(UTF_8));
        assert_eq!(text_encoding(b"Zo\xEB \xA35"), Some(WINDOWS_1252));
        assert_eq!(text_encoding(b"\xEF\xBB\xBFhi"), Some(UTF_8));
        assert_eq!(text_encoding(b"\xFF\xFEh\x00i\x00"), Some(UTF_16LE));
        assert_eq!(text_encoding(b"h\x00e\x00l\x00l\x00o\x00"), Some(UTF_16LE));
        assert_eq!(text_encoding(b"\x00h\x00e\x00l\x00l\x00o"), Some(UTF_16BE));
        // A multi-byte character cut by the end of the head.
        assert_eq!(text_encoding(&"abcé".as_bytes()[..4]), Some(UTF_8));
    }

    #[test]
    fn binary_is_not_text() {
        assert_eq!(sniff(b"\x00\x01\x02\x03\x00\x00\xff\x10QQ123456A", "txt").format, Format::Binary);
        assert_eq!(sniff(b"\x01\x02\x03\x04\x05\x06abc", "txt").format, Format::Binary);
    }

    #[test]
    fn mbox_only_behind_a_real_separator() {
        for separator in [
            "From a@example.com Mon Jan  1 10:00:00 2024",
            "From MAILER-DAEMON Fri Jul  8 12:08:34 2011",
            "From - Tue Mar 05 09:15:00 2024",
            "From 1234@xxx Sat Jan 06 11:00:00 +0000 2024\r",
        ] {
            assert_eq!(sniff(format!("{separator}\nSubject: x\n").as_bytes(), "").format, Format::Mbox, "{separator}");
        }
        for text in [
            "From the desk of the head teacher, 12 March 2024\nDear parents",
            "From Jane Example: notes of 10:00 meeting, Jan 2024\n",
            "From a@example.com about the rota\n",
            "From a@example.com Mon Jan 1\nSubject: x\n",
            "From @ Mon Jan  1 10:00:00 2024\n",
        ] {
            assert_eq!(sniff(text.as_bytes(), "txt").format, Format::Text, "{text}");
        }
    }

    #[test]
    fn text_formats() {
        assert_eq!(sniff(b"", "txt").format, Format::Empty);
        assert_eq!(sniff(b"  <!DOCTYPE html><html>", "txt").format, Format::Html);
        assert_eq!(sniff(b"<?xml version='1.0'?>", "").format, Format::Xml);
        assert_eq!(sniff(b"From a@example.com Mon Jan  1 10:00:00 2024\nSubject: x\n", "").format, Format::Mbox);
        assert_eq!(sniff(b"From: a@example.com\r\nTo: b@example.com\r\n\r\nHi", "").format, Format::Eml);
        assert_eq!(sniff(b"Note: this is not mail\nJust text", "").format, Format::Text);
        assert_eq!(sniff(b"name,nino\nJane,QQ123456C\n", "csv").format, Format::Csv);
        assert_eq!(sniff(b"name,nino\nJane,QQ123456C\n", "txt").format, Format::Text);
    }
}
