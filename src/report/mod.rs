//! Reporting: the records of CONTRACT.md (`finding`, `file`, `summary`) and
//! the reporters that write them (table, json, jsonl, csv; html and xlsx
//! from the aggregate of `overview`). A reporter is the
//! scan's sink: records are pushed into it as files finish, or in path
//! order through `SortedByPath`.
//!
//! Values are masked here, when a `Finding` is built, and nowhere later;
//! names from the content in a record's location, on the way out (`masked`).

mod chart;
pub mod csv;
pub(crate) mod html;
pub mod iar;
mod json;
mod masked;
pub mod overview;
pub mod owners;
mod sorted;
mod table;
mod xlsx;

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;
use serde::Serialize;

use crate::detect::digest::{DigestKey, ValueDigest};
use crate::detect::{mask::mask, Category, Evidence, Kind, Match};
use crate::extract::Location;
pub use crate::index::marks::Mark;
pub use crate::index::{Change, ChangeTotals};
use crate::retention::{Due, Holds, Verdict};
use crate::scan::Standing;
use crate::sniff::Format;
use crate::walk::Identity;

pub use self::csv::{CsvReporter, Sheet};
pub use self::json::JsonReporter;
pub use self::masked::{masked_location, MaskedNames};
pub use self::sorted::SortedByPath;
pub use self::table::{describe, sanitize, sanitize_lines, TableReporter};
pub use self::xlsx::XlsxReporter;

/// A path as the crawl reached it: kept exact, so a name that is not UTF-8
/// survives into the inventory, and written as text (lossily) in reports.
pub type RecordPath = Arc<Path>;

pub(crate) fn lossy<S: serde::Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&path.to_string_lossy())
}

/// `path` as text (lossily), and beside it `path_hex`, the exact bytes, when
/// the name is not UTF-8: `dispose` must find the very file.
fn path_and_hex<S: serde::Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(None)?;
    map.serialize_entry("path", &path.to_string_lossy())?;
    if path.to_str().is_none() {
        use std::os::unix::ffi::OsStrExt;
        map.serialize_entry("path_hex", &crate::scan::hex(path.as_os_str().as_bytes()))?;
    }
    map.end()
}

fn lossy_all<S: serde::Serializer>(paths: &[std::path::PathBuf], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(paths.iter().map(|p| p.to_string_lossy()))
}

fn lossy_maybe<S: serde::Serializer>(path: &Option<std::path::PathBuf>, serializer: S) -> Result<S::Ok, S::Error> {
    path.as_ref().map(|p| p.to_string_lossy()).serialize(serializer)
}

/// One detected item, with its value already masked unless revealed.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    #[serde(serialize_with = "lossy")]
    pub path: RecordPath,
    pub location: Location,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    pub value: String,
    pub confidence: f64,
    pub detector: Arc<str>,
    /// With `--explain`: what raised or lowered the confidence, in words.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "in_words")]
    pub evidence: Option<Evidence>,
    /// The keyed digest of the clear value, for the inventory; never written
    /// in a report.
    #[serde(skip)]
    pub digest: Option<ValueDigest>,
    /// A reviewer's decision on it, from the inventory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<Arc<Mark>>,
}

fn in_words<S: serde::Serializer>(evidence: &Option<Evidence>, serializer: S) -> Result<S::Ok, S::Error> {
    evidence.map(Evidence::describe).serialize(serializer)
}

/// What a finding may carry beyond its masked value.
#[derive(Debug, Clone, Default)]
pub struct Disclosure {
    /// The full value instead of the masked one.
    pub reveal: bool,
    /// The evidence behind the score.
    pub explain: bool,
    /// The key of the inventory the finding goes to: the digest is made
    /// from the clear value here, beside the mask, and nowhere else.
    pub key: Option<Arc<DigestKey>>,
}

impl Finding {
    /// The only way to make a finding: the match's value is masked here
    /// unless revealed, and digested when an inventory's key is given.
    pub fn new(path: &RecordPath, location: Location, m: &Match, disclosure: &Disclosure) -> Finding {
        Finding {
            path: path.clone(),
            location,
            kind: m.kind,
            category: m.category,
            value: if disclosure.reveal { m.value.clone() } else { mask(m.kind, &m.value) },
            // Two decimals: more would suggest a precision the scores don't have.
            confidence: (f64::from(m.confidence) * 100.0).round() / 100.0,
            detector: m.detector.clone(),
            evidence: disclosure.explain.then_some(m.evidence),
            digest: disclosure.key.as_ref().map(|key| key.digest(m.kind, &m.value)),
            mark: None,
        }
    }
}

/// What happened to one file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    #[default]
    Scanned,
    Skipped {
        /// The case, for code; `reason` says it in words.
        #[serde(skip)]
        why: Skip,
        reason: String,
    },
    Error {
        /// The case, for code; `error` says it in words.
        #[serde(skip)]
        why: Failure,
        error: String,
    },
}

impl Status {
    pub fn skipped(why: Skip, reason: impl Into<String>) -> Status {
        Status::Skipped { why, reason: reason.into() }
    }

    pub fn error(why: Failure, error: impl Into<String>) -> Status {
        Status::Error { why, error: error.into() }
    }
}

/// Why a file could not be read, typed so that reports count the cases
/// apart (an encrypted file is not a corrupt one).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    Encrypted,
    Corrupt,
    /// Past a limit on expansion or nesting.
    Limit,
    /// Its reader ran out of time.
    TimedOut,
    /// A parser panicked on it (a bug).
    Crashed,
    /// It could not be opened or read (permissions, I/O), or is not a
    /// regular file.
    #[default]
    Unreadable,
}

impl Failure {
    pub fn as_str(self) -> &'static str {
        match self {
            Failure::Encrypted => "encrypted",
            Failure::Corrupt => "corrupt",
            Failure::Limit => "limit exceeded",
            Failure::TimedOut => "timed out",
            Failure::Crashed => "extractor failed",
            Failure::Unreadable => "cannot be read",
        }
    }
}

/// Why a file was skipped, typed so that no code matches on the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    /// A retention audit whose policy needed none of the content.
    NotRead,
    /// Images of text with no text layer: unread until OCR'd.
    NeedsOcr,
    /// Anything else: no extractor, too large, a link, a special file.
    Other,
}

/// Pages (or images) of text that only OCR can read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OcrPages {
    /// Read by OCR.
    pub read: u64,
    /// Not read: OCR was off, or its engine not installed.
    pub unread: u64,
}

impl OcrPages {
    fn is_empty(&self) -> bool {
        *self == OcrPages::default()
    }
}

/// One file reached by the crawl.
#[derive(Debug, Clone, Serialize)]
pub struct FileRecord {
    #[serde(flatten, serialize_with = "path_and_hex")]
    pub path: RecordPath,
    #[serde(flatten)]
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    pub size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// The owner's uid, written as their user name where the system knows one.
    #[serde(rename = "owner", serialize_with = "owners::serialize", skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    pub findings: u64,
    /// The kinds found, when the file was read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Kind>,
    /// The retention verdict; null for what is not a regular file.
    pub retention: Option<Verdict>,
    /// SHA-256 of the content, for files due for deletion: `dispose` checks it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Where the file sits when that makes it a leftover copy: a recycle
    /// bin, an Office owner file, a backup. Deleted data that lingers there
    /// is still held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// What inside the file could not be read (an encrypted archive member,
    /// a corrupt attachment), while the rest was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
    /// Pages (images) read by OCR in this run, and those that hold text
    /// only OCR could read and were not.
    #[serde(skip_serializing_if = "OcrPages::is_empty")]
    pub ocr: OcrPages,
    /// What an inventory keeps beyond the record; only when one asked.
    #[serde(skip)]
    pub facts: Option<Arc<Facts>>,
}

/// What of a file's content was not read, and why: the one rule by which
/// a search (`sar`, `erase`) or an assessment (`breach`) says which files
/// it cannot vouch for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRead {
    /// None of it (skipped, or an error): the reason.
    Whole(String),
    /// Some parts (archive members, attachments, sheets): each with its error.
    Parts(String),
}

impl std::fmt::Display for NotRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotRead::Whole(reason) => f.write_str(reason),
            NotRead::Parts(parts) => write!(f, "read only in part: {parts}"),
        }
    }
}

impl NotRead {
    /// As reports show it: identifiers and names in its words (a member
    /// named after someone, an error quoting content) masked by `engine`.
    pub fn masked(&self, engine: &crate::detect::Engine) -> NotRead {
        let mask = |text: &str| crate::detect::mask::mask_text(engine, text).into_owned();
        match self {
            NotRead::Whole(reason) => NotRead::Whole(mask(reason)),
            NotRead::Parts(parts) => NotRead::Parts(mask(parts)),
        }
    }
}

#[cfg(test)]
impl FileRecord {
    /// A scanned file's record with nothing found and nothing else known:
    /// tests set the fields they are about over it.
    pub(crate) fn scanned(path: RecordPath) -> Self {
        FileRecord {
            path,
            status: Status::Scanned,
            format: None,
            size: 1,
            modified: None,
            uid: None,
            findings: 0,
            kinds: Vec::new(),
            retention: None,
            sha256: None,
            origin: None,
            problems: Vec::new(),
            ocr: OcrPages::default(),
            facts: None,
        }
    }
}

impl FileRecord {
    /// What of its content was not read, if anything.
    pub fn not_read(&self) -> Option<NotRead> {
        match &self.status {
            Status::Skipped { reason, .. } | Status::Error { error: reason, .. } => {
                Some(NotRead::Whole(reason.clone()))
            }
            Status::Scanned if self.problems.is_empty() => None,
            Status::Scanned => {
                let parts: Vec<String> =
                    self.problems.iter().map(|p| format!("{}: {}", describe(&p.location), p.error)).collect();
                Some(NotRead::Parts(parts.join("; ")))
            }
        }
    }
}

/// What the inventory keeps of a file beyond its record: how to know it
/// again without opening it, and what its verdict can be judged from again
/// under another policy or on another day.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The scan root it was reached from.
    pub root: Arc<Path>,
    /// None when its metadata could not be read.
    pub identity: Option<Identity>,
    pub modified: Option<Timestamp>,
    pub created: Option<Timestamp>,
    /// SHA-256 of the content, hashed as it was read.
    pub sha256: Option<[u8; 32]>,
    /// The date the content carries, and where it came from.
    pub content_date: Option<(Timestamp, String)>,
    /// Findings per kind, and the special categories among them.
    pub kind_counts: BTreeMap<Kind, u64>,
    pub categories: BTreeSet<Category>,
    /// A mailbox's messages: id and date, for the inventory (a scan judges
    /// them as it reads and keeps none here).
    pub messages: crate::scan::messages::MessageList,
    /// The words of each text unit, for the search index: only when an
    /// index run read the file.
    pub words: crate::scan::words::UnitList,
    /// How this run came by them.
    pub reading: Reading,
    /// How its verdict was judged.
    pub judged: Judged,
}

/// How a file's verdict was judged, so an inventory can tell on a later
/// night whether it can have moved: judged under the same policy, on a
/// day it holds, a file's verdict is the one it has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Judged {
    /// `Policy::fingerprint`; empty when not judged.
    pub under: Arc<str>,
    /// The days its verdict and each of its messages' hold.
    pub holds: Holds,
    /// Its messages past their period on the day it was judged.
    pub expired_messages: u64,
}

/// How a run came by a file's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// The file was opened (or an attempt to open it failed).
    Opened,
    /// Never opened: a link, a special file, too large, or not needed.
    Unopened,
    /// As the inventory holds it: when a crawl recalls it, its findings are
    /// not sent again, so totals take them from `kind_counts`.
    Recalled,
    /// Hashed, not read: the inventory holds the same content as the file
    /// at `from` (this file moved, copied, or only its times changed), and
    /// these are that file's facts. Its findings are not sent either.
    ByContent { from: RecordPath },
}

impl Reading {
    /// Its facts come from the inventory, its findings only as counts.
    pub fn recalled(&self) -> bool {
        matches!(self, Reading::Recalled | Reading::ByContent { .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Under Windows `$RECYCLE.BIN` (or `RECYCLER`), or a desktop trash.
    RecycleBin,
    /// `~$name.docx`: the owner file Office writes while a document is open.
    OfficeOwnerFile,
    /// `.bak`, `.wbk` or `.old` copies.
    Backup,
}

impl Origin {
    /// What a path says about its file, if it is a leftover copy.
    pub fn of(path: &Path) -> Option<Origin> {
        // ASCII case folding matches what full lowercasing would for these
        // names (no letter here is the lowercase of a non-ASCII one), and
        // costs no allocation per component. Splitting at separators finds
        // the components that could match (not `.` or empty ones) without
        // parsing the path.
        let bins = ["$recycle.bin", "recycler", "recycled", ".trash"];
        let in_bin = path.as_os_str().as_encoded_bytes().split(|&b| std::path::is_separator(b as char)).any(|name| {
            bins.iter().any(|bin| name.eq_ignore_ascii_case(bin.as_bytes()))
                || name.get(..7).is_some_and(|start| start.eq_ignore_ascii_case(b".trash-"))
        });
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        if in_bin {
            Some(Origin::RecycleBin)
        } else if name.starts_with("~$") {
            Some(Origin::OfficeOwnerFile)
        } else if [".bak", ".wbk", ".old"].iter().any(|e| name.ends_with(e)) || name.starts_with("backup of ") {
            Some(Origin::Backup)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Origin::RecycleBin => "recycle_bin",
            Origin::OfficeOwnerFile => "office_owner_file",
            Origin::Backup => "backup",
        }
    }
}

/// A part of a file that could not be read, and why.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Problem {
    pub location: Location,
    pub error: String,
}

/// A message inside a mailbox with a retention verdict of its own: a
/// mailbox kept as a file can hold messages past their period.
#[derive(Debug, Clone, Serialize)]
pub struct MessageRecord {
    #[serde(serialize_with = "lossy")]
    pub path: RecordPath,
    pub location: Location,
    /// The message's `Date:` header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub retention: Verdict,
}

/// Totals of a run, the last record.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// The scan roots, absolute: `dispose` touches nothing outside them.
    #[serde(serialize_with = "lossy_all")]
    pub roots: Vec<std::path::PathBuf>,
    /// Where the scan ran: relative record paths are relative to it.
    #[serde(serialize_with = "lossy_maybe")]
    pub working_directory: Option<std::path::PathBuf>,
    pub files: u64,
    pub scanned: u64,
    /// Files a retention audit did not need to read (policy by path or format).
    #[serde(skip_serializing_if = "is_zero")]
    pub not_read: u64,
    /// Files skipped for any other reason.
    pub skipped: u64,
    /// Of those, scans: files whose pages are all images without text.
    #[serde(skip_serializing_if = "is_zero")]
    pub needs_ocr: u64,
    /// Pages (images) read by OCR, and those not read that needed it.
    #[serde(skip_serializing_if = "OcrPages::is_empty")]
    pub ocr: OcrPages,
    pub errors: u64,
    /// Parts of files (archive members, attachments, sheets) not read.
    #[serde(skip_serializing_if = "is_zero")]
    pub problems: u64,
    /// Bytes of the files scanned.
    pub bytes: u64,
    pub findings: u64,
    pub findings_by_kind: BTreeMap<Kind, u64>,
    /// Files past their retention period.
    pub expired: u64,
    /// Messages in mailboxes past their retention period.
    #[serde(skip_serializing_if = "is_zero")]
    pub expired_messages: u64,
    /// Findings hidden because a reviewer marked them (reports from an
    /// inventory).
    #[serde(skip_serializing_if = "is_zero")]
    pub marked: u64,
    /// An inventory run: what changed since the last one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<ChangeTotals>,
    pub elapsed_seconds: f64,
    /// Totals of each folder that holds a file, for the per-folder
    /// summaries of the table and the CSV (`by_folder`); a fast hash, as
    /// every file looks its folder up.
    #[serde(skip)]
    pub folders: rustc_hash::FxHashMap<std::path::PathBuf, FolderTotals>,
    /// The findings of the file being reported, not yet in its folder's
    /// totals: a file's findings arrive together, before its record, so its
    /// folder is looked up once a file rather than once a finding.
    #[serde(skip)]
    pub(crate) pending: Option<(RecordPath, FolderTotals)>,
}

/// What one folder holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FolderTotals {
    pub files: u64,
    /// Files past their retention period.
    pub due: u64,
    pub findings_by_kind: BTreeMap<Kind, u64>,
    /// The special categories of its findings.
    pub special: BTreeSet<Category>,
}

impl FolderTotals {
    pub fn findings(&self) -> u64 {
        self.findings_by_kind.values().sum()
    }

    fn add(&mut self, other: &FolderTotals) {
        self.files += other.files;
        self.due += other.due;
        for (kind, n) in &other.findings_by_kind {
            *self.findings_by_kind.entry(*kind).or_default() += n;
        }
        self.special.extend(&other.special);
    }
}

impl Summary {
    pub fn add_file(&mut self, file: &FileRecord) {
        self.ocr.read += file.ocr.read;
        self.ocr.unread += file.ocr.unread;
        // A recalled file's findings arrive as counts, not one by one.
        let recalled = file.facts.as_deref().filter(|f| f.reading.recalled());
        let held = recalled.map(|facts| (&facts.kind_counts, &facts.categories));
        let expired = file.retention.as_ref().is_some_and(Verdict::is_expired);
        self.count(&file.path, &file.status, file.size, expired, file.problems.len() as u64, held);
    }

    /// A file whose stored verdict stands, counted as its record would be.
    pub fn add_standing(&mut self, path: &Path, file: &Standing) {
        let expired = matches!(file.due, Some(Due::Delete | Due::Review));
        self.count(path, &file.status, file.size, expired, file.problems, Some((&file.kind_counts, &file.categories)));
        self.expired_messages += file.expired_messages;
    }

    /// Counts a file: `held`, the findings per kind and special categories
    /// of one recalled (a file read sends its findings one by one).
    fn count(
        &mut self,
        path: &Path,
        status: &Status,
        size: u64,
        expired: bool,
        problems: u64,
        held: Option<(&BTreeMap<Kind, u64>, &BTreeSet<Category>)>,
    ) {
        self.files += 1;
        match status {
            Status::Scanned => {
                self.scanned += 1;
                self.bytes += size;
            }
            Status::Skipped { why: Skip::NotRead, .. } => self.not_read += 1,
            Status::Skipped { why, .. } => {
                self.skipped += 1;
                self.needs_ocr += u64::from(*why == Skip::NeedsOcr);
            }
            Status::Error { .. } => self.errors += 1,
        }
        let due = u64::from(expired);
        self.expired += due;
        self.problems += problems;
        for (kind, count) in held.iter().flat_map(|(kinds, _)| kinds.iter()) {
            self.findings += count;
            *self.findings_by_kind.entry(*kind).or_default() += count;
        }
        self.settle_pending_unless(path);
        let pending = self.pending.take();
        let folder = self.folder(path);
        if let Some((_, totals)) = pending {
            folder.add(&totals);
        }
        folder.files += 1;
        folder.due += due;
        if let Some((kinds, categories)) = held {
            for (kind, count) in kinds {
                *folder.findings_by_kind.entry(*kind).or_default() += count;
            }
            folder.special.extend(categories);
        }
    }

    pub fn add_message(&mut self, message: &MessageRecord) {
        self.expired_messages += u64::from(message.retention.is_expired());
    }

    /// Adds the pending findings' totals to their folder unless they are
    /// `path`'s. The findings of one file share its path: the same `Arc`
    /// (the same address), or equal bytes.
    fn settle_pending_unless(&mut self, path: &Path) {
        let same_file =
            |(of, _): &mut (RecordPath, FolderTotals)| std::ptr::eq(&**of, path) || of.as_os_str() == path.as_os_str();
        if let Some((other, totals)) = self.pending.take_if(|pending| !same_file(pending)) {
            self.folder(&other).add(&totals);
        }
    }

    pub fn add_finding(&mut self, finding: &Finding) {
        self.findings += 1;
        *self.findings_by_kind.entry(finding.kind).or_default() += 1;
        self.settle_pending_unless(&finding.path);
        let (_, totals) = self.pending.get_or_insert_with(|| (finding.path.clone(), FolderTotals::default()));
        *totals.findings_by_kind.entry(finding.kind).or_default() += 1;
        totals.special.extend(finding.category);
    }

    /// The totals of the folder `path` is in.
    fn folder(&mut self, path: &Path) -> &mut FolderTotals {
        let dir = folder_of(path);
        if !self.folders.contains_key(dir) {
            self.folders.insert(dir.to_path_buf(), FolderTotals::default());
        }
        self.folders.get_mut(dir).expect("inserted above")
    }

    /// The folders' totals gathered under each root's own folders (a
    /// folder's subfolders count as it), and the files directly in a root
    /// under the root; in path order.
    pub fn by_folder(&self) -> BTreeMap<&Path, FolderTotals> {
        let here = self.working_directory.as_deref().unwrap_or(Path::new(""));
        let mut gathered: BTreeMap<&Path, FolderTotals> = BTreeMap::new();
        let pending = self.pending.iter().map(|(path, totals)| (folder_of(path), totals));
        for (dir, totals) in self.folders.iter().map(|(dir, totals)| (dir.as_path(), totals)).chain(pending) {
            gathered.entry(top_folder(&self.roots, here, dir)).or_default().add(totals);
        }
        gathered
    }
}

/// The folder a file at `path` is in.
fn folder_of(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new(""))
}

/// The folder `dir` (as a record path, relative to `here`) is gathered
/// under: its ancestor that is a folder of its own in one of the absolute
/// `roots`, or the root itself for files directly in it.
pub fn top_folder<'a>(roots: &[std::path::PathBuf], here: &Path, dir: &'a Path) -> &'a Path {
    let absolute = here.join(dir);
    let depth = roots
        .iter()
        .filter_map(|root| absolute.strip_prefix(root).ok())
        .map(|beneath| beneath.components().count())
        .min();
    // A root's own folder is depth 1 beneath it; deeper ones gather there.
    depth.and_then(|d| dir.ancestors().nth(d.saturating_sub(1))).unwrap_or(dir)
}

pub(crate) fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The records as JSON objects, each tagged with its `type`.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record<'a> {
    Change(&'a Change),
    Finding(&'a Finding),
    Message(&'a MessageRecord),
    File(&'a FileRecord),
    Summary(&'a Summary),
}

/// The sink of a scan. A file's findings and messages arrive before its
/// file record.
pub trait Reporter {
    /// A file an inventory run found new, changed or gone, or newly due.
    fn change(&mut self, change: &Change) -> io::Result<()>;
    fn finding(&mut self, finding: &Finding) -> io::Result<()>;
    fn message(&mut self, message: &MessageRecord) -> io::Result<()>;
    /// Whether `message` records are of any use here (written); a wrapper
    /// that prepares each one (masks its id: an engine scan per message of
    /// a mailbox) asks first.
    fn takes_messages(&self) -> bool {
        true
    }
    fn file(&mut self, file: &FileRecord) -> io::Result<()>;
    /// A file an inventory recalled whose stored verdict stands, sent in
    /// place of its record: only an inventory's writer is handed one (a
    /// crawl without an inventory has nothing to recall).
    fn standing(&mut self, path: &Path, file: &Standing) -> io::Result<()> {
        let _ = (path, file);
        Ok(())
    }
    /// The last call: write the totals and flush.
    fn summary(&mut self, summary: &Summary) -> io::Result<()>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// One self-contained page for people: overview, charts, risk by folder.
    Html,
    /// A review workbook: a summary sheet, then files, findings and
    /// retention verdicts (`sheet` says whether findings have a sheet).
    Xlsx {
        sheet: Sheet,
    },
    Table {
        color: bool,
    },
    Json,
    Jsonl,
    /// `excel`: a UTF-8 byte-order mark first.
    Csv {
        sheet: Sheet,
        excel: bool,
    },
}

/// What the reports for people (html, xlsx, the asset register) say beside
/// the records: the command, the day verdicts were judged on, and the
/// policy's rules.
#[derive(Debug, Clone)]
pub struct Context {
    /// The command that made the report: `scan`, `retention`, `index`, `report`.
    pub command: &'static str,
    pub today: jiff::civil::Date,
    /// The roots, as given or as the inventory holds them.
    pub roots: Vec<std::path::PathBuf>,
    pub rules: Vec<overview::RuleInfo>,
}

/// A reporter of `format` writing to `out`.
pub fn reporter(
    format: ReportFormat,
    out: Box<dyn Write + Send>,
    context: &Context,
) -> io::Result<Box<dyn Reporter + Send>> {
    Ok(match format {
        ReportFormat::Html => Box::new(html::HtmlReporter::new(out, context.clone())),
        ReportFormat::Xlsx { sheet } => Box::new(XlsxReporter::new(out, sheet, context.clone())?),
        ReportFormat::Table { color } => Box::new(TableReporter::new(out, color)),
        ReportFormat::Json => Box::new(JsonReporter::new(out, true)),
        ReportFormat::Jsonl => Box::new(JsonReporter::new(out, false)),
        ReportFormat::Csv { sheet, excel } => Box::new(CsvReporter::new(out, sheet, excel)?),
    })
}

/// The findings of files whose record has not arrived yet, for a reporter
/// that must see a file's record before it can use its findings (with
/// several workers, files' findings interleave).
#[derive(Default)]
pub struct HeldFindings(std::collections::HashMap<RecordPath, Vec<Finding>>);

impl HeldFindings {
    pub fn hold(&mut self, finding: &Finding) {
        self.0.entry(finding.path.clone()).or_default().push(finding.clone());
    }

    /// The findings held for `file`, which has arrived.
    pub fn release(&mut self, file: &FileRecord) -> Vec<Finding> {
        if file.findings == 0 {
            return Vec::new();
        }
        self.0.remove(&file.path).unwrap_or_default()
    }
}

/// Passes on only the file records with an action due (and errors), with
/// their findings: the default view of a retention audit. Totals still
/// count every file. A file's findings are held until its record says
/// whether it is due.
pub struct DueOnly {
    inner: Box<dyn Reporter + Send>,
    held: HeldFindings,
}

impl DueOnly {
    pub fn new(inner: Box<dyn Reporter + Send>) -> DueOnly {
        DueOnly { inner, held: HeldFindings::default() }
    }
}

impl Reporter for DueOnly {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.inner.change(change)
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.held.hold(finding);
        Ok(())
    }

    fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
        if message.retention.is_expired() {
            self.inner.message(message)
        } else {
            Ok(())
        }
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        let findings = self.held.release(file);
        let due = file.retention.as_ref().is_some_and(|v| v.is_expired());
        if !due && !matches!(file.status, Status::Error { .. }) {
            return Ok(());
        }
        for finding in &findings {
            self.inner.finding(finding)?;
        }
        self.inner.file(file)
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        self.inner.summary(summary)
    }
}

/// Creates (or truncates) a report file readable by its owner only: reports
/// hold personal data. An existing regular file is tightened too; a device
/// or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written to as it is: its
/// permissions are not the report's.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        // `mode` applies only to a new file: tighten an existing one too.
        if file.metadata()?.is_file() {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_are_masked_unless_revealed() {
        let m = Match {
            detector: "uk_nino".into(),
            kind: Kind::UkNino,
            category: None,
            value: "QQ123456C".into(),
            confidence: 0.951,
            evidence: crate::detect::Evidence::VALIDATED,
            start: 0,
            end: 9,
            numbers: None,
        };
        let path: RecordPath = Path::new("a.txt").into();
        let masked = Finding::new(&path, Location::default(), &m, &Disclosure::default());
        assert!(masked.evidence.is_none());
        assert_eq!(masked.value, "QQ******C");
        assert_eq!(masked.confidence, 0.95);
        let key = Arc::new(DigestKey::generate().unwrap());
        let disclosure = Disclosure { reveal: true, explain: true, key: Some(key.clone()) };
        let revealed = Finding::new(&path, Location::default(), &m, &disclosure);
        let json = serde_json::to_value(&revealed).unwrap();
        assert_eq!(json["evidence"], serde_json::json!(["pattern matched and validator passed (+)"]));
        assert_eq!(revealed.value, "QQ123456C");
        assert_eq!(revealed.digest, Some(key.digest(Kind::UkNino, "QQ123456C")));
        assert!(json.get("digest").is_none());
    }

    /// A folder's totals hold each of its files' findings whether a file's
    /// findings share one path or each has its own copy, and those of a file
    /// whose record has not come yet.
    #[test]
    fn a_folder_counts_the_findings_of_its_files() {
        let finding = |path: &RecordPath, kind, category| Finding {
            path: path.clone(),
            location: Location::default(),
            kind,
            category,
            value: String::new(),
            confidence: 0.9,
            detector: "rule".into(),
            evidence: None,
            digest: None,
            mark: None,
        };
        let file = |path: &RecordPath| FileRecord::scanned(path.clone());
        let (a, b, c): (RecordPath, RecordPath, RecordPath) =
            (Path::new("HR/a.txt").into(), Path::new("HR/b.txt").into(), Path::new("IT/c.txt").into());
        let mut summary = Summary::default();
        summary.add_finding(&finding(&a, Kind::UkNino, None));
        summary.add_finding(&finding(&Path::new("HR/a.txt").into(), Kind::UkNino, None));
        summary.add_finding(&finding(&a, Kind::Email, None));
        summary.add_file(&file(&a));
        summary.add_finding(&finding(&b, Kind::SpecialCategory, Some(Category::Health)));
        summary.add_file(&file(&b));
        summary.add_finding(&finding(&c, Kind::UkNino, None));
        let hr = &summary.folders[Path::new("HR")];
        assert_eq!((hr.files, hr.findings(), hr.findings_by_kind[&Kind::UkNino]), (2, 4, 2));
        assert_eq!(hr.special, BTreeSet::from([Category::Health]));
        assert!(!summary.folders.contains_key(Path::new("IT")), "c.txt's record has not come");
        let it = &summary.by_folder()[Path::new("IT")];
        assert_eq!((it.files, it.findings()), (0, 1));
        summary.add_file(&file(&c));
        assert_eq!(summary.folders[Path::new("IT")].findings_by_kind, BTreeMap::from([(Kind::UkNino, 1)]));
        assert_eq!(summary.findings, 5);
    }

    #[test]
    fn a_folder_sums_the_counts_of_its_recalled_files() {
        let recalled = |name: &str, ninos: u64| {
            let facts = Facts {
                root: Arc::from(Path::new("share")),
                identity: None,
                modified: None,
                created: None,
                sha256: None,
                content_date: None,
                kind_counts: BTreeMap::from([(Kind::UkNino, ninos)]),
                categories: BTreeSet::new(),
                messages: Default::default(),
                words: Default::default(),
                reading: Reading::Recalled,
                judged: Judged::default(),
            };
            FileRecord {
                findings: ninos,
                kinds: vec![Kind::UkNino],
                facts: Some(Arc::new(facts)),
                ..FileRecord::scanned(Path::new("share/HR").join(name).as_path().into())
            }
        };
        let mut summary = Summary::default();
        summary.add_file(&recalled("a.txt", 3));
        summary.add_file(&recalled("b.txt", 4));
        let folder = &summary.folders[Path::new("share/HR")];
        assert_eq!((folder.files, folder.findings_by_kind[&Kind::UkNino]), (2, 7));
        assert_eq!(summary.findings_by_kind[&Kind::UkNino], 7);
    }

    #[test]
    fn leftover_copies_are_known_by_their_path() {
        let of = |p: &str| Origin::of(Path::new(p));
        assert_eq!(of("share/$RECYCLE.BIN/S-1-5-21/$RABC123.docx"), Some(Origin::RecycleBin));
        assert_eq!(of("home/.Trash-1000/files/a.txt"), Some(Origin::RecycleBin));
        assert_eq!(of("share/RECYCLER/x/a.txt"), Some(Origin::RecycleBin));
        assert_eq!(of("Recycled/a.txt"), Some(Origin::RecycleBin));
        assert_eq!(of("home/.TRASH/a.txt"), Some(Origin::RecycleBin));
        assert_eq!(of("home/.trashcan/a.txt"), None);
        assert_eq!(of("HR/~$letter.docx"), Some(Origin::OfficeOwnerFile));
        assert_eq!(of("HR/payroll.xlsx.BAK"), Some(Origin::Backup));
        assert_eq!(of("HR/Backup of report.wbk"), Some(Origin::Backup));
        assert_eq!(of("HR/letter.docx"), None);
        assert_eq!(of("HR/bakery.txt"), None);
    }

    #[test]
    fn records_serialise_per_contract() {
        let file = FileRecord {
            status: Status::skipped(Skip::Other, "binary"),
            format: Some(Format::Binary),
            size: 3,
            ..FileRecord::scanned(Path::new("a.txt").into())
        };
        let json = serde_json::to_value(Record::File(&file)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"type": "file", "path": "a.txt", "status": "skipped", "reason": "binary",
                               "format": "binary", "size": 3, "findings": 0, "retention": null})
        );
    }

    #[test]
    fn private_files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.jsonl");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        create_private(&path).unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert_eq!(meta.len(), 0);
    }

    /// A report written to a pipe or a device (once, `-o /dev/null` left
    /// the machine's /dev/null owner-only) leaves its permissions alone.
    #[test]
    fn a_pipe_or_device_written_to_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
        std::fs::set_permissions(&fifo, std::fs::Permissions::from_mode(0o644)).unwrap();
        let reader = std::thread::spawn({
            let fifo = fifo.clone();
            move || std::fs::read(fifo).unwrap()
        });
        let mut report = create_private(&fifo).unwrap();
        io::Write::write_all(&mut report, b"{}\n").unwrap();
        drop(report);
        assert_eq!(reader.join().unwrap(), b"{}\n");
        assert_eq!(std::fs::metadata(&fifo).unwrap().permissions().mode() & 0o777, 0o644);
    }
}
