//! The bundle a DPO reviews before disclosure (`sar --export DIR`), in a
//! new folder only its owner can open: a cover sheet with the request's
//! deadlines and counts, a manifest of every unit found (where, how
//! strongly, what matched, the file's hash and date, the other people in it
//! to redact, the masked snippet; also `sar --format csv`), each unit's text with the person's words marked (with
//! `--reveal`; otherwise its masked snippet), what could not be searched,
//! and the HTML report of it all (`report.html`, as `sar --format html`).
//! The same inventory, files and request give the same bundle.

use std::fs::{self, DirBuilder};
use std::io::{self, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use super::{Answer, Hit, Matched, Source, Strength};
use crate::report::csv::Untrusted;
use crate::report::{create_private, describe};
use crate::scan::{hex, sha256_file};

/// What was asked, for the cover sheet.
pub struct Request<'a> {
    /// The terms searched for, as the report shows them (masked unless revealed).
    pub terms: Vec<String>,
    pub received: Option<Date>,
    pub reveal: bool,
    pub answer: &'a Answer,
}

/// The statutory deadlines of a request: one calendar month from receipt
/// (the same date next month, or its last day), extendable by two further
/// months. A date past the calendar's end is `None`.
pub struct Deadlines {
    pub received: Date,
    pub due: Option<Date>,
    pub extended: Option<Date>,
}

impl Deadlines {
    pub fn due_text(&self) -> String {
        self.due.map_or_else(|| "?".into(), |d| d.to_string())
    }

    pub fn extended_text(&self) -> String {
        self.extended.map_or_else(|| "?".into(), |d| d.to_string())
    }
}

impl Request<'_> {
    /// The deadlines, when the day the request was received is given.
    pub fn deadlines(&self) -> Option<Deadlines> {
        self.received.map(|received| Deadlines {
            received,
            due: received.checked_add(1.month()).ok(),
            extended: received.checked_add(3.months()).ok(),
        })
    }
}

/// One row of `manifest.csv`.
#[derive(Serialize)]
struct Row<'a> {
    unit: String,
    path: Untrusted<'a>,
    location: Untrusted<'a>,
    strength: Strength,
    matched: Untrusted<'a>,
    source: Source,
    modified: String,
    sha256: String,
    third_parties: Untrusted<'a>,
    snippet: Untrusted<'a>,
}

/// Writes the bundle into `dir`, which must not exist or be empty.
pub fn write(dir: &Path, request: &Request) -> io::Result<()> {
    if fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, format!("{} is not empty", dir.display())));
    }
    DirBuilder::new().recursive(true).mode(0o700).create(dir.join("units"))?;
    fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
    let answer = request.answer;
    manifest(create_private(&dir.join("manifest.csv"))?, answer)?;
    for (number, hit) in answer.hits.iter().enumerate() {
        let (matched, third, location) = described(hit);
        let mut extract = create_private(&dir.join("units").join(format!("{:04}.txt", number + 1)))?;
        writeln!(extract, "{}  {location}", hit.path.display())?;
        writeln!(extract, "matched: {matched}")?;
        if !third.is_empty() {
            writeln!(extract, "other people, to redact: {third}")?;
        }
        writeln!(extract)?;
        match (&hit.text, &hit.snippet, hit.source) {
            (Some(text), _, _) => writeln!(extract, "{text}")?,
            (None, Some(snippet), _) => {
                writeln!(extract, "{snippet}\n\n(masked snippet: export with --reveal for the unit's text)")?
            }
            (None, None, source) => writeln!(extract, "({})", source.unquoted())?,
        }
    }
    let mut unsearched = csv::Writer::from_writer(create_private(&dir.join("unsearched.csv"))?);
    unsearched.write_record(["path", "reason"])?;
    for u in &answer.unsearched {
        unsearched.serialize((Untrusted::from(u.path.as_path()), Untrusted::from(u.why.to_string().as_str())))?;
    }
    unsearched.flush()?;
    let mut cover = create_private(&dir.join("cover.txt"))?;
    cover.write_all(cover_sheet(request).as_bytes())?;
    super::html::write(create_private(&dir.join("report.html"))?, request)
}

/// Writes `manifest.csv`: a row per unit found, numbered as `units/` is.
pub fn manifest(out: impl Write, answer: &Answer) -> io::Result<()> {
    let mut manifest = csv::Writer::from_writer(out);
    for (number, hit) in answer.hits.iter().enumerate() {
        let (modified, sha256) = file_now(hit);
        let (matched, third, location) = described(hit);
        manifest.serialize(Row {
            unit: format!("{:04}", number + 1),
            path: Untrusted::from(hit.path.as_ref()),
            location: Untrusted::from(location.as_str()),
            strength: hit.strength,
            matched: Untrusted::from(matched.as_str()),
            source: hit.source,
            modified,
            sha256,
            third_parties: Untrusted::from(third.as_str()),
            snippet: Untrusted::from(hit.snippet.as_deref().unwrap_or_default()),
        })?;
    }
    manifest.flush()
}

/// A hit's matched terms, its third parties and its location, in words.
fn described(hit: &Hit) -> (String, String, String) {
    let matched: Vec<String> = hit.matched.iter().map(Matched::to_string).collect();
    let third: Vec<String> = hit.third_parties.iter().map(Matched::to_string).collect();
    (matched.join("; "), third.join("; "), describe(&hit.location))
}

/// The hit's file as it is now: modification time and SHA-256, when it is
/// still the file that was indexed.
fn file_now(hit: &Hit) -> (String, String) {
    if hit.source != Source::Unchanged {
        return (String::new(), String::new());
    }
    let modified = modified(hit).map_or_else(String::new, |t| t.to_string());
    let sha256 = sha256_file(&hit.path, false).map_or_else(|_| String::new(), |h| hex(&h));
    (modified, sha256)
}

/// When the hit's file was last modified, when it is still the file that
/// was indexed.
pub fn modified(hit: &Hit) -> Option<Timestamp> {
    if hit.source != Source::Unchanged {
        return None;
    }
    fs::metadata(&*hit.path).and_then(|m| m.modified()).ok().and_then(|t| Timestamp::try_from(t).ok())
}

/// The cover sheet: the request, its deadlines, and what was found.
fn cover_sheet(request: &Request) -> String {
    let counts = request.answer.counts();
    let mut sheet = String::from("Subject access request: what the inventory holds\n\n");
    sheet += &format!("Searched for: {}\n", request.terms.join("; "));
    match request.deadlines() {
        Some(d) => {
            sheet += &format!(
                "Received: {}\nRespond by: {} (extended, if complex or numerous: {})\n",
                d.received,
                d.due_text(),
                d.extended_text()
            );
        }
        None => sheet += "Received: not given (--received DATE sets the deadlines)\n",
    }
    sheet += &format!(
        "\nFound: {} units in {} files ({} strong, {} weak); see report.html, manifest.csv and units/.\n",
        counts.units, counts.files, counts.strong, counts.weak
    );
    if counts.changed + counts.gone > 0 {
        sheet += &format!(
            "{} of them changed or went since indexing: index again before disclosure.\n",
            counts.changed + counts.gone
        );
    }
    if counts.unsearched == 0 {
        sheet += "Every file held could be searched.\n";
    } else {
        sheet += &format!(
            "{} files could not be searched (unsearched.csv): the answer is incomplete until they are reviewed.\n",
            counts.unsearched
        );
    }
    sheet += "\nBefore disclosure: review each unit, and redact the other people listed in manifest.csv.\n";
    if !request.reveal {
        sheet += "This bundle is masked: export with --reveal for the units' text.\n";
    }
    sheet
}
