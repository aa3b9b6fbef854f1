//! What the two stores share of a row: the columns a file, finding and mark
//! are kept in, encoded once from a record and decoded back through a small
//! `Columns` view of either database's row, and the canonical dump line.
//! Nothing here talks to a database.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;
use jiff::Timestamp;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::marks::{Mark, MarkState};
use super::{Content, IndexError, Listed, News, Seen, Stored};
use crate::detect::digest::{DigestKey, ValueDigest};
use crate::detect::{Category, Evidence, Kind};
use crate::extract::Location;
use crate::report::{Facts, FileRecord, Finding, Judged, Reading, RecordPath, Status};
use crate::retention::Holds;
use crate::scan::messages::Messages;
use crate::scan::spill::{Spilled, Spilling};
use crate::sniff::Format;
use crate::walk::Identity;

/// The columns `Decoder::stored` reads, in its order.
pub(super) const FILE_COLUMNS: &str =
    "path, root, device, inode, size, modified_ns, changed_ns, created_ns, fingerprint, sha256, \
     format, status, skip, reason, content_date, content_source, kinds, categories, problems, message_count, due, \
     pending, uid, judged_under, holds_from, holds_until, expired_messages";
pub(super) const FILE_COLUMN_COUNT: usize = 27;

/// A file's row id, and the keyed tag of its content if it was read.
pub(super) type HeldContent = (i64, Option<[u8; 32]>);

/// The columns `finding` reads, in its order.
pub(super) const FINDING_COLUMNS: &str = "location, kind, category, masked, confidence, detector, evidence, digest";

/// The columns `mark` reads, in its order.
pub(super) const MARK_COLUMNS: &str = "decision, by, why, at, kind, digest, sha256";

/// A row of either database, column by column; a value of another type
/// than asked reads as missing.
pub(super) trait Columns {
    fn int(&self, i: usize) -> Option<i64>;
    fn real(&self, i: usize) -> Option<f64>;
    fn text(&self, i: usize) -> Option<&str>;
    fn blob(&self, i: usize) -> Option<&[u8]>;
}

/// Reads rows of `FILE_COLUMNS` back into stored files: all a loading
/// thread needs of a store (its name, for errors, and its key, to open
/// content hashes), sharing the values many rows repeat.
pub(super) struct Decoder<'a> {
    db: &'a Path,
    key: Option<&'a DigestKey>,
    roots: Vec<Arc<Path>>,
    /// Rule packs' and policies' fingerprints.
    fingerprints: Vec<Arc<str>>,
}

impl<'a> Decoder<'a> {
    pub fn new(db: &'a Path, key: Option<&'a DigestKey>) -> Self {
        Decoder { db, key, roots: Vec::new(), fingerprints: Vec::new() }
    }

    /// `fingerprint`, shared with the rows before that have it.
    pub fn shared(&mut self, fingerprint: &str) -> Arc<str> {
        match self.fingerprints.iter().find(|f| ***f == *fingerprint) {
            Some(f) => f.clone(),
            None => {
                let f: Arc<str> = Arc::from(fingerprint);
                self.fingerprints.push(f.clone());
                f
            }
        }
    }

    pub fn corrupt(&self, what: &str) -> IndexError {
        bad_row(self.db, what)
    }

    /// A row of `FILE_COLUMNS` as a stored file (its id 0).
    pub fn stored(&mut self, row: &impl Columns) -> Result<Stored, IndexError> {
        let corrupt = |what: &str| bad_row(self.db, what);
        let listed = |i: usize| row.text(i).filter(|t| !matches!(*t, "[]" | "{}")).map(Box::from);
        let size = row.int(4).unwrap_or(0) as u64;
        let identity = identity([row.int(2), row.int(3), Some(size as i64), row.int(5), row.int(6)]);
        let reason = || row.text(13).unwrap_or_default().to_string();
        let status = match row.text(11) {
            Some("scanned") => Status::Scanned,
            Some("skipped") => {
                Status::skipped(parse(row.text(12).unwrap_or_default()).ok_or_else(|| corrupt("skip"))?, reason())
            }
            // Errors stored before their case was kept are `unreadable`.
            Some("error") => Status::error(row.text(12).and_then(parse).unwrap_or_default(), reason()),
            _ => return Err(corrupt("status")),
        };
        let path = row.blob(0).ok_or_else(|| corrupt("path"))?;
        let root = row.blob(1).ok_or_else(|| corrupt("root"))?;
        let root = match self.roots.iter().find(|r| r.as_os_str().as_bytes() == root) {
            Some(root) => root.clone(),
            None => {
                let root: Arc<Path> = Arc::from(bytes_path(root));
                self.roots.push(root.clone());
                root
            }
        };
        let fingerprint = self.shared(row.text(8).unwrap_or_default());
        let day = |i: usize| row.int(i).map(|n| day(n).ok_or_else(|| corrupt("verdict span"))).transpose();
        let judged = Judged {
            under: self.shared(row.text(23).unwrap_or_default()),
            holds: Holds { from: day(24)?, until: day(25)? },
            expired_messages: row.int(26).unwrap_or(0) as u64,
        };
        Ok(Stored {
            identity,
            fingerprint,
            status,
            due: row.text(20).map(|d| parse(d).ok_or_else(|| corrupt("due"))).transpose()?,
            judged,
            id: 0,
            root,
            size,
            format: row.text(10).map(|f| parse(f).ok_or_else(|| corrupt("format"))).transpose()?,
            created_ns: row.int(7),
            sha256: match (row.blob(9), &identity) {
                (Some(b), Some(identity)) => {
                    let sealed: [u8; 32] = b.try_into().map_err(|_| corrupt("sha256"))?;
                    Some(seal(self.key, bytes_path(path), identity, &sealed)?)
                }
                _ => None,
            },
            content: Content {
                date: match (row.text(14), row.text(15)) {
                    (Some(date), Some(source)) => {
                        Some((date.parse().map_err(|_| corrupt("content date"))?, source.into()))
                    }
                    _ => None,
                },
                kinds: listed(16),
                categories: listed(17),
                problems: listed(18),
                messages: row.int(19).unwrap_or(0) as u64,
            }
            .boxed(),
            pending: row.text(21).map(|p| json(Some(p)).ok_or_else(|| corrupt("pending"))).transpose()?,
            uid: row.int(22).and_then(|uid| u32::try_from(uid).ok()),
        })
    }
}

/// A finding of the file at `path` from its `FINDING_COLUMNS`, from
/// `first` on; its detector's name shared with the findings before it.
pub(super) fn finding(
    db: &Path,
    row: &impl Columns,
    first: usize,
    path: &RecordPath,
    detectors: &mut Vec<Arc<str>>,
) -> Result<Finding, IndexError> {
    let corrupt = || IndexError::Corrupt { path: db.to_path_buf(), what: "bad finding in the findings table".into() };
    let detector = row.text(first + 5).unwrap_or_default();
    let detector = match detectors.iter().find(|d| ***d == *detector) {
        Some(d) => d.clone(),
        None => {
            detectors.push(Arc::from(detector));
            detectors[detectors.len() - 1].clone()
        }
    };
    Ok(Finding {
        path: path.clone(),
        location: json::<Location>(row.text(first)).ok_or_else(corrupt)?,
        kind: parse(row.text(first + 1).unwrap_or_default()).ok_or_else(corrupt)?,
        category: row.text(first + 2).map(|c| parse(c).ok_or_else(corrupt)).transpose()?,
        value: row.text(first + 3).unwrap_or_default().to_string(),
        confidence: row.real(first + 4).ok_or_else(corrupt)?,
        detector,
        evidence: row.int(first + 6).map(|bits| Evidence::from_bits(bits as u32)),
        digest: Some(row.blob(first + 7).and_then(|d| d.try_into().ok()).ok_or_else(corrupt)?),
        mark: None,
    })
}

/// Whether `mark` still applies to its file as held now (`None`: gone).
pub(super) fn mark_state(held: Option<HeldContent>, mark: &Mark) -> MarkState {
    match held {
        Some((_, Some(content))) if content == mark.content => MarkState::Current,
        Some(_) => MarkState::Stale,
        None => MarkState::Gone,
    }
}

/// A mark from its `MARK_COLUMNS`, from `first` on.
pub(super) fn mark(db: &Path, row: &impl Columns, first: usize) -> Result<Mark, IndexError> {
    let corrupt = || IndexError::Corrupt { path: db.to_path_buf(), what: "bad mark in the marks table".into() };
    let text = |i: usize| row.text(first + i);
    Ok(Mark {
        decision: parse(text(0).unwrap_or_default()).ok_or_else(corrupt)?,
        by: text(1).unwrap_or_default().to_string(),
        why: text(2).unwrap_or_default().to_string(),
        at: text(3).unwrap_or_default().to_string(),
        kind: text(4).map(|k| parse(k).ok_or_else(corrupt)).transpose()?,
        digest: row.blob(first + 5).map(|d| d.try_into().map_err(|_| corrupt())).transpose()?,
        content: row.blob(first + 6).unwrap_or_default().try_into().map_err(|_| corrupt())?,
    })
}

/// A file read in a run, as both stores write it: every column of the
/// files table but the run numbers, with its findings and words.
pub(super) struct FileRow {
    pub path: Vec<u8>,
    pub root: Vec<u8>,
    pub identity: Option<Identity>,
    pub size: i64,
    pub created_ns: Option<i64>,
    pub fingerprint: String,
    /// The content hash sealed with the key for this path and version.
    pub sha256: Option<[u8; 32]>,
    pub format: Option<&'static str>,
    pub status: &'static str,
    pub skip: Option<String>,
    pub reason: Option<String>,
    pub content_date: Option<String>,
    pub content_source: Option<String>,
    pub kinds: String,
    pub categories: String,
    pub problems: String,
    pub due: Option<&'static str>,
    pub judged: JudgedRow,
    pub pending: Option<String>,
    /// The owner's uid.
    pub uid: Option<i64>,
    pub findings: FindingList,
    /// What was read of it; its words and a mailbox's messages (a row
    /// each in their tables) are written from there as read back.
    pub facts: Arc<Facts>,
    /// Where its findings, messages and words come from.
    pub source: Source,
}

/// Where the findings, messages and words of a file written come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Source {
    /// Read in this run: its findings, facts' messages and words.
    Read,
    /// Recalled by its content at its own path (only its times changed):
    /// it keeps those it holds.
    InPlace,
    /// Recalled by the content of the file held at this path: a copy of
    /// that file's, made in the database.
    CopyOf(Vec<u8>),
}

/// How a file's verdict was judged, as both stores keep it: days as
/// integers `YYYYMMDD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct JudgedRow {
    pub under: String,
    pub holds_from: Option<i64>,
    pub holds_until: Option<i64>,
    pub expired_messages: i64,
}

impl JudgedRow {
    pub fn encode(judged: &Judged) -> JudgedRow {
        JudgedRow {
            under: judged.under.to_string(),
            holds_from: judged.holds.from.map(day_number),
            holds_until: judged.holds.until.map(day_number),
            expired_messages: judged.expired_messages as i64,
        }
    }
}

/// A file recalled and judged again, as both stores update its row: the
/// root it was reached from, what is due, how it was judged, and its news
/// not yet reported by a finished run.
pub(super) struct Update {
    pub path: Vec<u8>,
    pub root: Vec<u8>,
    pub due: Option<&'static str>,
    pub judged: JudgedRow,
    pub pending: Option<String>,
}

impl Update {
    /// The update of `file`; `db` names the store in errors.
    pub fn encode(db: &Path, file: &FileRecord, pending: Option<&News>) -> Result<Update, IndexError> {
        let corrupt = || IndexError::Corrupt { path: db.to_path_buf(), what: "a file record without facts".into() };
        let facts = file.facts.as_deref().ok_or_else(corrupt)?;
        Ok(Update {
            path: file.path.as_os_str().as_bytes().to_vec(),
            root: facts.root.as_os_str().as_bytes().to_vec(),
            due: file.retention.as_ref().map(|v| v.action.as_str()),
            judged: JudgedRow::encode(&facts.judged),
            pending: pending.map(|p| to_json(db, p)).transpose()?,
        })
    }
}

/// A day as an integer `YYYYMMDD`, readable and in order.
fn day_number(day: Date) -> i64 {
    i64::from(day.year()) * 10_000 + i64::from(day.month()) * 100 + i64::from(day.day())
}

/// The day of `day_number`.
fn day(number: i64) -> Option<Date> {
    let (year, rest) = (number.div_euclid(10_000), number.rem_euclid(10_000));
    Date::new(i16::try_from(year).ok()?, (rest / 100) as i8, (rest % 100) as i8).ok()
}

/// A finding as both stores write it, encoded as it arrives: a file's are
/// held until its record does (`FindingList`, spilled past a bounded part).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct FindingRow {
    /// JSON.
    pub(super) location: String,
    pub(super) kind: Kind,
    pub(super) category: Option<Category>,
    pub(super) masked: String,
    pub(super) digest: ValueDigest,
    pub(super) confidence: f64,
    /// The engine's rule id, shared with the finding's.
    pub(super) detector: Arc<str>,
    pub(super) evidence: u32,
}

/// A file's findings being gathered, as rows.
pub(super) type Findings = Spilling<FindingRow>;

/// A file's findings as gathered, read back in order as its store writes
/// them.
pub type FindingList = Spilled<FindingRow>;

impl FindingRow {
    /// The row of `finding`, which must carry its keyed digest (a run with
    /// a key gives every finding one).
    pub(super) fn encode(finding: &Finding) -> Result<FindingRow, IndexError> {
        let unstorable = |what: String| IndexError::Refused(format!("{}: {what}", finding.path.display()));
        Ok(FindingRow {
            location: serde_json::to_string(&finding.location)
                .map_err(|e| unstorable(format!("cannot store a finding's location: {e}")))?,
            kind: finding.kind,
            category: finding.category,
            masked: finding.value.clone(),
            digest: finding
                .digest
                .ok_or_else(|| unstorable("a finding without a digest (the run had no key)".into()))?,
            confidence: finding.confidence,
            detector: finding.detector.clone(),
            evidence: finding.evidence.map_or(0, Evidence::bits),
        })
    }
}

impl FileRow {
    /// The row of `file` read with `findings`, its content hash sealed
    /// with `key`; `db` names the store in errors.
    pub fn encode(
        db: &Path,
        key: Option<&DigestKey>,
        file: &FileRecord,
        findings: &FindingList,
        fingerprint: &str,
        pending: Option<&News>,
    ) -> Result<FileRow, IndexError> {
        let corrupt = |what: String| IndexError::Corrupt { path: db.to_path_buf(), what };
        let facts = file.facts.as_ref().ok_or_else(|| corrupt("a file record without facts".into()))?;
        let path = file.path.as_os_str().as_bytes();
        let sha256 = match (facts.sha256, facts.identity) {
            (Some(hash), Some(identity)) => Some(seal(key, &file.path, &identity, &hash)?),
            _ => None,
        };
        let (status, skip, reason) = match &file.status {
            Status::Scanned => ("scanned", None, None),
            Status::Skipped { why, reason } => ("skipped", Some(name(why)), Some(reason.clone())),
            Status::Error { why, error } => ("error", Some(name(why)), Some(error.clone())),
        };
        let source = match &facts.reading {
            Reading::ByContent { from } if **from == *file.path => Source::InPlace,
            Reading::ByContent { from } => Source::CopyOf(from.as_os_str().as_bytes().to_vec()),
            _ => Source::Read,
        };
        if source == Source::Read {
            // Checked before anything of it is written: a list missing
            // its first items is not stored as if whole.
            let lists = [
                (Listed::Findings, findings.unwritten()),
                (Listed::Messages, facts.messages.unwritten()),
                (Listed::Words, facts.words.units.unwritten()),
            ];
            if let Some((what, source)) = lists.into_iter().find_map(|(what, e)| Some((what, e?))) {
                return Err(IndexError::Unstored { path: file.path.to_path_buf(), what, source });
            }
        }
        Ok(FileRow {
            path: path.to_vec(),
            root: facts.root.as_os_str().as_bytes().to_vec(),
            identity: facts.identity,
            size: file.size as i64,
            created_ns: facts.created.and_then(nanoseconds),
            fingerprint: fingerprint.to_string(),
            sha256,
            format: file.format.map(Format::as_str),
            status,
            skip,
            reason,
            content_date: facts.content_date.as_ref().map(|(d, _)| d.to_string()),
            content_source: facts.content_date.as_ref().map(|(_, s)| s.clone()),
            kinds: to_json(db, &facts.kind_counts)?,
            categories: to_json(db, &facts.categories)?,
            problems: to_json(db, &file.problems)?,
            due: file.retention.as_ref().map(|v| v.action.as_str()),
            judged: JudgedRow::encode(&facts.judged),
            pending: pending.map(|p| to_json(db, p)).transpose()?,
            uid: file.uid.map(i64::from),
            findings: findings.clone(),
            facts: facts.clone(),
            source,
        })
    }
}

/// The columns `push_message` reads, in its order.
pub(super) const MESSAGE_COLUMNS: &str = "message_id, date";
pub(super) const MESSAGE_COLUMN_COUNT: usize = 2;

/// Adds a message of a stored mailbox, from its `MESSAGE_COLUMNS`, to those
/// gathered before it.
pub(super) fn push_message(db: &Path, messages: &mut Messages, row: &impl Columns) -> Result<(), IndexError> {
    let corrupt = || IndexError::Corrupt { path: db.to_path_buf(), what: "bad message in the messages table".into() };
    let date = row.text(1).map(|d| d.parse().map_err(|_| corrupt())).transpose()?;
    messages.push((row.text(0).ok_or_else(corrupt)?.into(), date));
    Ok(())
}

/// A value as JSON text; `db` names the store in errors.
pub(super) fn to_json<T: Serialize + ?Sized>(db: &Path, value: &T) -> Result<String, IndexError> {
    serde_json::to_string(value)
        .map_err(|e| IndexError::Corrupt { path: db.to_path_buf(), what: format!("cannot store a value: {e}") })
}

/// A value of a dump line, as SQLite types it.
pub(super) enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A line of `Store::dump`: its label and cells, tab-separated.
pub(super) fn dump_line(label: &str, cells: impl IntoIterator<Item = Cell>) -> String {
    let mut line = label.to_string();
    for cell in cells {
        line.push('\t');
        match cell {
            Cell::Null => line.push_str("NULL"),
            Cell::Int(n) => line.push_str(&n.to_string()),
            Cell::Real(x) => line.push_str(&x.to_string()),
            Cell::Text(t) => line.push_str(&t),
            Cell::Blob(b) => line.push_str(&format!("{b:02x?}")),
        }
    }
    line
}

/// The enumeration name a value serialises to (`"uk_nino"`).
pub(super) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The enumeration value of a stored name.
pub(super) fn parse<T: DeserializeOwned>(name: &str) -> Option<T> {
    T::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(name)).ok()
}

pub(super) fn json<T: DeserializeOwned>(text: Option<&str>) -> Option<T> {
    serde_json::from_str(text?).ok()
}

/// A time as nanoseconds since 1970, as identities keep them.
fn nanoseconds(t: Timestamp) -> Option<i64> {
    i64::try_from(t.as_nanosecond()).ok()
}

/// `hash` sealed with `key` for this path and version, or opened again
/// (sealing is its own inverse).
pub(super) fn seal(
    key: Option<&DigestKey>,
    path: &Path,
    identity: &Identity,
    hash: &[u8; 32],
) -> Result<[u8; 32], IndexError> {
    let key = key.ok_or_else(|| IndexError::Key("the inventory's key was not checked".into()))?;
    Ok(key.seal(path.as_os_str().as_bytes(), &identity.to_bytes(), hash))
}

pub(super) fn bytes_path(bytes: &[u8]) -> &Path {
    Path::new(std::ffi::OsStr::from_bytes(bytes))
}

/// A file's identity from its columns `device, inode, size, modified_ns,
/// changed_ns`; `None` if any is missing (its metadata could not be read).
pub(super) fn identity(columns: [Option<i64>; 5]) -> Option<Identity> {
    let [device, inode, size, modified_ns, changed_ns] = columns;
    Some(Identity {
        device: device? as u64,
        inode: inode? as u64,
        size: size? as u64,
        modified_ns: modified_ns?,
        changed_ns: changed_ns?,
    })
}

/// A file's `Seen` from the start times of the runs that first saw it and
/// last saw it change.
pub(super) fn seen(
    db: &Path,
    host: String,
    path: PathBuf,
    first: Option<&str>,
    changed: Option<&str>,
) -> Result<Seen, IndexError> {
    let time = |t: Option<&str>| t.and_then(|t| t.parse().ok()).ok_or_else(|| bad_row(db, "run start"));
    Ok(Seen { host, path, first: time(first)?, changed: time(changed)? })
}

pub(super) fn bad_row(db: &Path, what: &str) -> IndexError {
    IndexError::Corrupt { path: db.to_path_buf(), what: format!("bad {what} in the files table") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_column_counts_are_those_of_the_lists() {
        for (columns, count) in [(FILE_COLUMNS, FILE_COLUMN_COUNT), (MESSAGE_COLUMNS, MESSAGE_COLUMN_COUNT)] {
            assert_eq!(columns.split(',').count(), count, "{columns}");
        }
    }

    #[test]
    fn a_day_is_kept_as_a_number_in_order() {
        let days = [(-1, 12, 31), (0, 1, 1), (1970, 1, 1), (2030, 1, 9), (2030, 1, 10), (9999, 12, 31)];
        let days: Vec<Date> = days.iter().map(|&(y, m, d)| Date::new(y, m, d).unwrap()).collect();
        assert_eq!(day_number(days[3]), 20300109);
        for pair in days.windows(2) {
            assert!(day_number(pair[0]) < day_number(pair[1]));
        }
        for d in days {
            assert_eq!(day(day_number(d)), Some(d));
        }
        assert_eq!(day(20300230), None, "no such day");
    }
}
