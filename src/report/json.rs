//! JSON Lines (one record per line) and JSON (the same records in one array).
//!
//! Records are serde's, but for the most numerous: a finding without
//! evidence or a reviewer's mark is written here, its keys as constants and
//! its strings as they are when nothing in them needs escaping (serde_json
//! escapes every key and value, a byte at a time), in the very bytes serde
//! writes (tested).

use std::io::{self, BufWriter, Write};

use super::{Change, FileRecord, Finding, MessageRecord, Record, Reporter, Summary};
use crate::extract::Location;

pub struct JsonReporter {
    out: BufWriter<Box<dyn Write + Send>>,
    /// One JSON array instead of one object per line.
    array: bool,
    written: u64,
}

impl JsonReporter {
    pub fn new(out: Box<dyn Write + Send>, array: bool) -> Self {
        JsonReporter { out: BufWriter::with_capacity(64 << 10, out), array, written: 0 }
    }

    fn write(&mut self, record: Record) -> io::Result<()> {
        if self.array {
            self.out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        match record {
            Record::Finding(finding) if finding.evidence.is_none() && finding.mark.is_none() => {
                write_finding(&mut self.out, finding)?
            }
            record => serde_json::to_writer(&mut self.out, &record)?,
        }
        if !self.array {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }
}

/// `finding` as serde writes `Record::Finding` of it, when it has no
/// evidence and no mark (written by serde otherwise).
fn write_finding(out: &mut impl Write, finding: &Finding) -> io::Result<()> {
    // Every field named: one added to `Finding` must be written here too.
    let Finding { path, location, kind, category, value, confidence, detector, evidence: _, digest: _, mark: _ } =
        finding;
    field(out, b"{\"type\":\"finding\",\"path\":\"", &path.to_string_lossy())?;
    out.write_all(b",\"location\":")?;
    write_location(out, location)?;
    field(out, b",\"kind\":\"", kind.as_str())?;
    if let Some(category) = category {
        field(out, b",\"category\":\"", category.as_str())?;
    }
    field(out, b",\"value\":\"", value)?;
    out.write_all(b",\"confidence\":")?;
    serde_json::to_writer(&mut *out, confidence)?;
    field(out, b",\"detector\":\"", detector)?;
    out.write_all(b"}")
}

/// A `Location` as serde writes it: the keys that are set, in order.
fn write_location(out: &mut impl Write, location: &Location) -> io::Result<()> {
    let Location { member, message, page, sheet, cell, json_path, image, line } = location;
    let mut open = b'{';
    let mut key = |out: &mut dyn Write, name: &str| -> io::Result<()> {
        out.write_all(&[open, b'"'])?;
        out.write_all(name.as_bytes())?;
        open = b',';
        out.write_all(b"\":")
    };
    for (name, text) in [("member", member), ("message", message)] {
        if let Some(text) = text {
            key(out, name)?;
            string(out, text)?;
        }
    }
    if let Some(page) = page {
        key(out, "page")?;
        serde_json::to_writer(&mut *out, page)?;
    }
    for (name, text) in [("sheet", sheet), ("cell", cell), ("json_path", json_path)] {
        if let Some(text) = text {
            key(out, name)?;
            string(out, text)?;
        }
    }
    for (name, n) in [("image", image.map(u64::from)), ("line", *line)] {
        if let Some(n) = n {
            key(out, name)?;
            serde_json::to_writer(&mut *out, &n)?;
        }
    }
    out.write_all(if open == b'{' { b"{}" } else { b"}" })
}

/// `key`, which ends in the opening quote of its value, then `text` as a
/// JSON string.
fn field(out: &mut impl Write, key: &[u8], text: &str) -> io::Result<()> {
    out.write_all(&key[..key.len() - 1])?;
    string(out, text)
}

/// `text` as a JSON string.
fn string(out: &mut dyn Write, text: &str) -> io::Result<()> {
    if needs_escape(text) {
        return Ok(serde_json::to_writer(out, text)?);
    }
    out.write_all(b"\"")?;
    out.write_all(text.as_bytes())?;
    out.write_all(b"\"")
}

/// Whether serde_json escapes anything in `text`: control characters, the
/// quote and the backslash (it writes every other character as it is).
fn needs_escape(text: &str) -> bool {
    text.bytes().fold(false, |any, b| any | (b < 0x20) | (b == b'"') | (b == b'\\'))
}

impl Reporter for JsonReporter {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.write(Record::Change(change))
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.write(Record::Finding(finding))
    }

    fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
        self.write(Record::Message(message))
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        self.write(Record::File(file))
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        self.write(Record::Summary(summary))?;
        if self.array {
            self.out.write_all(b"\n]\n")?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    use super::*;
    use crate::detect::{Category, Kind, CATEGORIES};
    use crate::report::RecordPath;

    /// The finding written here is serde's, byte for byte: every location
    /// key alone and all together, strings that need escaping and those
    /// that don't, a path that is not UTF-8, a custom kind, every category.
    #[test]
    fn a_finding_is_written_as_serde_writes_it() {
        // Neither writer escapes DEL or the Unicode line and paragraph separators.
        let texts =
            ["plain", "", "quote \" and \\ back", "tab\tand\nline\u{1}", "Zoë – ✓", "\u{7f}", "\u{2028}\u{2029}"];
        let full = Location {
            member: Some("a.zip!b/\"c\".docx".into()),
            message: Some("<id@example.com>".into()),
            page: Some(3),
            sheet: Some("Staff\\HR".into()),
            cell: Some("B7".into()),
            json_path: Some("$.staff[2].nino".into()),
            image: Some(1),
            line: Some(u64::MAX),
        };
        let mut locations = vec![Location::default(), full.clone()];
        for only in 0..8 {
            let mut one = Location::default();
            match only {
                0 => one.member = full.member.clone(),
                1 => one.message = full.message.clone(),
                2 => one.page = full.page,
                3 => one.sheet = full.sheet.clone(),
                4 => one.cell = full.cell.clone(),
                5 => one.json_path = full.json_path.clone(),
                6 => one.image = full.image,
                _ => one.line = Some(12),
            }
            locations.push(one);
        }
        let paths: Vec<RecordPath> = vec![
            Path::new("HR/payroll.txt").into(),
            Path::new("odd \"name\"\t.txt").into(),
            Path::new(std::ffi::OsStr::from_bytes(b"bad\xffname.txt")).into(),
        ];
        let kinds = [Kind::UkNino, Kind::SpecialCategory, Kind::named("staff_ref").unwrap()];
        // Every category (serde writes `as_str`'s names, from the one list).
        let categories: Vec<Category> = CATEGORIES.iter().map(|(c, _)| *c).collect();
        for (i, location) in locations.iter().enumerate() {
            for (j, text) in texts.iter().enumerate() {
                let finding = Finding {
                    path: paths[(i + j) % paths.len()].clone(),
                    location: location.clone(),
                    kind: kinds[j % kinds.len()],
                    category: (j % 2 == 0).then_some(categories[(i + j) % categories.len()]),
                    value: text.to_string(),
                    confidence: [0.0, 0.6, 0.95, 1.0][(i + j) % 4],
                    detector: texts[(j + 1) % texts.len()].into(),
                    evidence: None,
                    digest: None,
                    mark: None,
                };
                let mut ours = Vec::new();
                write_finding(&mut ours, &finding).unwrap();
                let serde = serde_json::to_vec(&Record::Finding(&finding)).unwrap();
                assert_eq!(ours, serde, "{}", String::from_utf8_lossy(&serde));
            }
        }
    }
}
