//! The inventory: what dpscan remembers between runs, so a nightly audit
//! re-reads only what changed and a subject access search has somewhere to
//! look.
//!
//! `index` is `scan` with a store behind its one reporting thread. Before
//! the crawl the store's files under the roots are loaded; a file whose
//! identity (device, inode, size, modification and change times) and
//! fingerprint (rule pack, dictionaries, extractor version, limits) are
//! unchanged is recalled rather than opened and judged again from its stored
//! facts, so a policy change re-judges everything without reading a byte.
//! Files read are written with their findings in batched transactions; a
//! run killed at any point loses at most the open batch, and the next run
//! reads what was lost. The inventory holds masked values and keyed digests
//! (`detect::digest`) of identifiers, never their clear values, and content
//! hashes sealed with the same key; paths, archive member names and message
//! ids are kept as they are, as a file listing would show them.
//!
//! `Store` is the one seam between this logic and a database: SQLite
//! (`sqlite`) is the embedded default.

pub mod key;
pub mod marks;
pub mod sqlite;

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::civil::Date;
use jiff::Timestamp;
use rustc_hash::FxHashMap;
use serde::de::DeserializeOwned;
use serde::Serialize;
use thiserror::Error;

use crate::detect::digest::DigestKey;
use crate::detect::Kind;
use crate::dispose::{Judged, JudgedFile, JudgedVerdict};
use crate::report::{
    Facts, FileRecord, Finding, MessageRecord, Origin, Reading, RecordPath, Reporter, Status, Summary,
};
use crate::retention::{Due, Policy};
use crate::scan::{Memory, Recalled};
use crate::sniff::Format;
use crate::walk::Identity;
use marks::{MarkRecord, NewMark};

#[derive(Debug, Error)]
pub enum IndexError {
    #[error("inventory {}: {source}", path.display())]
    Database { path: PathBuf, source: rusqlite::Error },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}")]
    Key(String),
    #[error("inventory {}: schema version {found} is newer than this dpscan understands ({known}); upgrade dpscan", path.display())]
    Newer { path: PathBuf, found: i64, known: i64 },
    #[error("inventory {}: {what}", path.display())]
    Corrupt { path: PathBuf, what: String },
    #[error("{0}")]
    Refused(String),
}

/// One indexing run, as the store numbers it.
pub type RunId = i64;

/// A file as the inventory holds it, kept compact: what a re-run compares
/// is ready at load; its record and facts are unpacked only when the file
/// is recalled, by the worker that judges it.
#[derive(Debug)]
pub struct Stored {
    pub identity: Option<Identity>,
    /// What produced its findings (shared by the files of one run).
    pub fingerprint: Arc<str>,
    pub status: Status,
    /// What was due when it was last judged.
    pub due: Option<Due>,
    /// Its place among the files loaded for a run, 0, 1, 2…
    pub ordinal: usize,
    pub root: Arc<Path>,
    pub size: u64,
    pub format: Option<Format>,
    pub created_ns: Option<i64>,
    pub sha256: Option<[u8; 32]>,
    pub content_date: Option<(Timestamp, Box<str>)>,
    /// JSON text of findings per kind, special categories, problems and a
    /// mailbox's messages; `None` when empty, as most are.
    pub kinds: Option<Box<str>>,
    pub categories: Option<Box<str>>,
    pub problems: Option<Box<str>>,
    pub messages: Option<Box<str>>,
    /// News of a run that did not finish, not yet reported.
    pub pending: Option<News>,
}

impl Stored {
    pub fn held_personal(&self) -> bool {
        self.kinds.is_some()
    }

    pub fn held_special(&self) -> bool {
        self.categories.is_some()
    }

    /// The record and facts of the file at `path`, as it was last read;
    /// `None` if what is stored cannot be read back (it is then read again).
    pub fn unpack(&self, path: &Path) -> Option<Recalled> {
        let kind_counts: BTreeMap<Kind, u64> = unpack_json(&self.kinds)?;
        let timestamp = |ns: Option<i64>| ns.and_then(|ns| Timestamp::from_nanosecond(i128::from(ns)).ok());
        let modified = timestamp(self.identity.map(|i| i.modified_ns));
        let path: RecordPath = path.into();
        let record = FileRecord {
            origin: Origin::of(&path),
            path,
            status: self.status.clone(),
            format: self.format,
            size: self.size,
            modified: modified.map(|t| t.to_string()),
            findings: kind_counts.values().sum(),
            kinds: kind_counts.keys().copied().collect(),
            retention: None,
            sha256: None,
            problems: unpack_json(&self.problems)?,
            facts: None,
        };
        let content_date = self.content_date.as_ref().map(|(date, source)| (*date, source.to_string()));
        let facts = Facts {
            root: self.root.clone(),
            identity: self.identity,
            modified,
            created: timestamp(self.created_ns),
            sha256: self.sha256,
            content_date,
            kind_counts,
            categories: unpack_json(&self.categories)?,
            messages: unpack_json(&self.messages)?,
            reading: Reading::Recalled,
        };
        Some(Recalled { record, facts: Arc::new(facts) })
    }
}

fn unpack_json<T: DeserializeOwned + Default>(text: &Option<Box<str>>) -> Option<T> {
    match text {
        None => Some(T::default()),
        Some(text) => serde_json::from_str(text).ok(),
    }
}

/// The files held under a run's roots, by the bytes of their path.
pub type Known = FxHashMap<Box<[u8]>, Stored>;

fn key(path: &Path) -> &[u8] {
    path.as_os_str().as_bytes()
}

/// A database that holds an inventory. Writes go into an open batch that
/// `commit` ends as one transaction: after a crash or power cut a batch is
/// there whole or not at all (with SQLite's WAL in NORMAL mode the last
/// batches before a power cut may be lost, and are read again next run).
pub trait Store {
    /// Checks that `key` is the inventory's key (recording it on first use).
    fn check_key(&mut self, key: &DigestKey) -> Result<(), IndexError>;
    /// Whether a key has been recorded (a new inventory has none yet).
    fn has_key(&mut self) -> Result<bool, IndexError>;
    /// Starts a run over `roots` (absolute) and makes that durable.
    fn begin_run(&mut self, roots: &[PathBuf], fingerprint: &str) -> Result<RunId, IndexError>;
    /// Every file held under `roots` and not gone, by path.
    fn load(&mut self, roots: &[PathBuf]) -> Result<Known, IndexError>;
    /// Writes a file read in `run` with its findings, replacing what was
    /// held, and its news not yet reported by a finished run.
    fn put(
        &mut self,
        run: RunId,
        file: &FileRecord,
        findings: &[Finding],
        fingerprint: &str,
        pending: Option<&News>,
    ) -> Result<(), IndexError>;
    /// Records the root a file not read again was reached from, what is
    /// now due for it, and its news not yet reported by a finished run.
    fn update(&mut self, path: &Path, root: &Path, due: Option<Due>, pending: Option<&News>) -> Result<(), IndexError>;
    /// Makes the open batch durable.
    fn commit(&mut self) -> Result<(), IndexError>;
    /// Ends a complete run: `gone` files are marked gone in it, its totals
    /// kept, and every file's pending news cleared (it has been reported).
    fn finish_run(&mut self, run: RunId, gone: &[PathBuf], summary: &Summary) -> Result<(), IndexError>;
    /// The roots the files held were reached from, for reports.
    fn roots(&mut self) -> Result<Vec<PathBuf>, IndexError>;
    /// Every file not gone, in path order, with its findings.
    fn replay(&mut self, visit: &mut dyn FnMut(Recalled, Vec<Finding>) -> io::Result<()>) -> Result<(), IndexError>;
    /// The inventory's content as sorted lines, without run numbers or
    /// times: two inventories of the same tree dump the same.
    fn dump(&mut self) -> Result<Vec<String>, IndexError>;
    /// Records a reviewer's decision; returns how many findings it covers.
    fn add_mark(&mut self, mark: &NewMark) -> Result<u64, IndexError>;
    /// Every mark, with whether it still applies.
    fn marks(&mut self) -> Result<Vec<MarkRecord>, IndexError>;
    /// How many marks were made on the file at `path` when its content had
    /// this hash.
    fn marks_on(&mut self, path: &Path, sha256: &[u8; 32]) -> Result<u64, IndexError>;
}

/// Takes the inventory at `db` for one writing run: a second `index` on the
/// same inventory is refused while this one runs (the lock goes with the
/// returned file, when the run ends or dies).
pub fn lock(db: &Path) -> Result<std::fs::File, IndexError> {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    let path = PathBuf::from(name);
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&path).map_err(|source| IndexError::Io { path: path.clone(), source })?;
    // SAFETY: flock on a descriptor this function owns; no memory involved.
    if unsafe { libc::flock(std::os::unix::io::AsRawFd::as_raw_fd(&file), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
        return Ok(file);
    }
    match io::Error::last_os_error() {
        e if e.kind() == io::ErrorKind::WouldBlock => {
            Err(IndexError::Refused(format!("another dpscan index is writing {}: wait for it to finish", db.display())))
        }
        source => Err(IndexError::Io { path, source }),
    }
}

/// This machine's name, recorded with each run.
pub fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "localhost".into())
}

/// The stored files as the crawl's memory: a file is recalled when its
/// identity and fingerprint match and it was not an error (errors are
/// always tried again).
pub struct Remembered<'a> {
    pub files: &'a Known,
    pub fingerprint: &'a str,
}

impl Memory for Remembered<'_> {
    fn recall(&self, path: &Path, identity: &Identity) -> Option<Recalled> {
        let stored = self.files.get(key(path))?;
        let same = *stored.fingerprint == *self.fingerprint
            && stored.identity.as_ref() == Some(identity)
            && !matches!(stored.status, Status::Error { .. });
        if same {
            stored.unpack(path)
        } else {
            None
        }
    }
}

/// How a file differs from what the inventory held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileChange {
    /// Read again with the same identity (rules changed, or it failed
    /// before), or not read at all; only its news, if any, is reported.
    Unchanged,
    Changed,
    Gone,
    New,
}

/// What a file's change means for the DPO, relative to the last finished
/// run. Kept with the file's row until its run finishes, so news from a
/// run that was killed is reported by the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct News {
    pub change: FileChange,
    /// Holds personal data and did not before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub newly_personal: bool,
    /// Holds special-category data and did not before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub newly_special: bool,
    /// Became due for deletion, or for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newly_due: Option<Due>,
    /// Its content changed since a reviewer marked it: review it again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub review_again: bool,
}

impl News {
    /// Whether a scheduler should hear of it (`--fail-on-changes`).
    pub fn is_news(&self) -> bool {
        self.newly_personal || self.newly_special || self.newly_due.is_some() || self.review_again
    }

    /// Worth a record: a file new, changed or gone, or with news.
    pub fn is_reported(&self) -> bool {
        self.change != FileChange::Unchanged || self.is_news()
    }

    /// This news on top of `earlier`, not yet reported: a file new since
    /// the last finished run stays new, and no news is lost.
    fn after(self, earlier: Option<News>) -> News {
        let Some(earlier) = earlier else { return self };
        News {
            change: self.change.max(earlier.change),
            newly_personal: self.newly_personal || earlier.newly_personal,
            newly_special: self.newly_special || earlier.newly_special,
            newly_due: self.newly_due.or(earlier.newly_due),
            review_again: self.review_again || earlier.review_again,
        }
    }
}

/// A file a nightly run brings to the DPO's attention.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    #[serde(serialize_with = "crate::report::lossy")]
    pub path: RecordPath,
    #[serde(flatten)]
    pub news: News,
}

impl FileChange {
    pub fn as_str(self) -> &'static str {
        match self {
            FileChange::New => "new",
            FileChange::Changed => "changed",
            FileChange::Gone => "gone",
            FileChange::Unchanged => "unchanged",
        }
    }
}

/// What changed since the last run, in the summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ChangeTotals {
    pub new: u64,
    pub changed: u64,
    pub gone: u64,
    pub unchanged: u64,
    /// Files opened and read in this run; the rest were recalled.
    pub read: u64,
    pub newly_personal: u64,
    pub newly_special: u64,
    pub newly_due: u64,
    /// Files changed since a reviewer marked them.
    pub review_again: u64,
}

impl ChangeTotals {
    /// Whether a scheduler should hear of this run (`--fail-on-changes`).
    pub fn any_news(&self) -> bool {
        self.newly_personal + self.newly_special + self.newly_due + self.review_again > 0
    }
}

/// One `index` run.
#[derive(Debug)]
pub struct Run {
    pub id: RunId,
    /// Canonical, none inside another.
    pub roots: Vec<PathBuf>,
    pub fingerprint: String,
    /// Accept a run in which every file held under a root is gone (without
    /// it, such a root is taken for an unmounted share and the run refused).
    pub allow_all_gone: bool,
}

/// The reporter of an `index` run: writes each file read to the store,
/// compares each file with what was held, and reports the changes.
pub struct IndexWriter<'a> {
    store: &'a mut dyn Store,
    run: &'a Run,
    known: &'a Known,
    /// Findings of files whose record has not arrived yet.
    open: HashMap<RecordPath, Vec<Finding>>,
    /// Which known files this run has reached, by ordinal.
    seen: Vec<bool>,
    /// Paths that could not be read this run: nothing under them is gone.
    unreadable: Vec<RecordPath>,
    batch: (usize, Instant),
    totals: ChangeTotals,
    out: Box<dyn Reporter + Send + 'a>,
}

/// A batch is committed after this many files or this long, whichever
/// comes first: a killed run loses at most that much work.
const BATCH_FILES: usize = 500;
const BATCH_TIME: Duration = Duration::from_secs(2);

impl<'a> IndexWriter<'a> {
    /// `run` over `roots`: everything held under them is `known`.
    pub fn new(store: &'a mut dyn Store, run: &'a Run, known: &'a Known, out: Box<dyn Reporter + Send + 'a>) -> Self {
        IndexWriter {
            store,
            run,
            known,
            open: HashMap::new(),
            seen: vec![false; known.len()],
            unreadable: Vec::new(),
            batch: (0, Instant::now()),
            totals: ChangeTotals::default(),
            out,
        }
    }

    /// The changes seen so far.
    pub fn totals(&self) -> &ChangeTotals {
        &self.totals
    }

    fn store_error(e: IndexError) -> io::Error {
        io::Error::other(e)
    }
}

impl Reporter for IndexWriter<'_> {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.out.change(change)
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.open.entry(finding.path.clone()).or_default().push(finding.clone());
        Ok(())
    }

    fn message(&mut self, _: &MessageRecord) -> io::Result<()> {
        Ok(()) // messages are kept with their file's facts
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        let findings = if file.findings > 0 { self.open.remove(&file.path).unwrap_or_default() } else { Vec::new() };
        if matches!(file.status, Status::Error { .. }) {
            self.unreadable.push(file.path.clone());
        }
        let facts = file.facts.as_deref().expect("an index run asks for facts");
        let due = file.retention.as_ref().map(|v| v.action);
        let before = self.known.get(key(&file.path));
        if let Some(before) = before {
            self.seen[before.ordinal] = true;
        }
        let recalled = facts.reading == Reading::Recalled;
        let change = match before {
            None => FileChange::New,
            Some(b) if b.identity != facts.identity => FileChange::Changed,
            Some(_) => FileChange::Unchanged,
        };
        // Marks made on the content this file held before it changed.
        let review_again = match before.and_then(|b| b.sha256) {
            Some(old) if change == FileChange::Changed && Some(old) != facts.sha256 => {
                self.store.marks_on(&file.path, &old).map_err(Self::store_error)? > 0
            }
            _ => false,
        };
        let news = News {
            change,
            newly_personal: !recalled && file.findings > 0 && !before.is_some_and(Stored::held_personal),
            newly_special: !recalled && !facts.categories.is_empty() && !before.is_some_and(Stored::held_special),
            newly_due: due.filter(|d| *d != Due::Keep && before.is_none_or(|b| b.due != Some(*d))),
            review_again,
        }
        .after(before.and_then(|b| b.pending));
        let pending = news.is_reported().then_some(&news);
        if recalled {
            if before.is_some_and(|b| b.due != due || b.root != facts.root || b.pending != pending.copied()) {
                self.store.update(&file.path, &facts.root, due, pending).map_err(Self::store_error)?;
            }
        } else {
            self.store.put(self.run.id, file, &findings, &self.run.fingerprint, pending).map_err(Self::store_error)?;
            self.totals.read += u64::from(facts.reading == Reading::Opened);
        }
        match news.change {
            FileChange::New => self.totals.new += 1,
            FileChange::Changed => self.totals.changed += 1,
            _ => self.totals.unchanged += 1,
        }
        if news.is_reported() {
            self.totals.newly_personal += u64::from(news.newly_personal);
            self.totals.newly_special += u64::from(news.newly_special);
            self.totals.newly_due += u64::from(news.newly_due.is_some());
            self.totals.review_again += u64::from(news.review_again);
            self.out.change(&Change { path: file.path.clone(), news })?;
        }
        self.batch.0 += 1;
        if self.batch.0 >= BATCH_FILES || self.batch.1.elapsed() >= BATCH_TIME {
            self.store.commit().map_err(Self::store_error)?;
            self.batch = (0, Instant::now());
        }
        Ok(())
    }

    /// The crawl is complete: what was held and not reached is gone if it
    /// is no longer there. A file left out of this run by a filter, or
    /// under a folder that could not be read, keeps its record.
    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        let mut gone: Vec<PathBuf> = self
            .known
            .iter()
            .filter(|(_, stored)| !self.seen[stored.ordinal])
            .map(|(path, _)| PathBuf::from(OsStr::from_bytes(path)))
            .filter(|p| !self.unreadable.iter().any(|u| p.starts_with(u)))
            .filter(|p| std::fs::symlink_metadata(p).is_err_and(|e| e.kind() == io::ErrorKind::NotFound))
            .collect();
        gone.sort();
        if !self.run.allow_all_gone {
            for root in &self.run.roots {
                let held = self.known.keys().filter(|p| Path::new(OsStr::from_bytes(p)).starts_with(root)).count();
                if held > 0 && gone.iter().filter(|p| p.starts_with(root)).count() == held {
                    let refused = IndexError::Refused(format!(
                        "all {held} files held under {} are gone: is the share mounted? Nothing was marked gone; \
                         if they really were all removed, run again with --allow-all-gone",
                        root.display()
                    ));
                    return Err(Self::store_error(refused));
                }
            }
        }
        for path in &gone {
            self.totals.gone += 1;
            let news = News {
                change: FileChange::Gone,
                newly_personal: false,
                newly_special: false,
                newly_due: None,
                review_again: false,
            };
            self.out.change(&Change { path: path.as_path().into(), news })?;
        }
        let summary = Summary { changes: Some(self.totals.clone()), ..summary.clone() };
        self.store.finish_run(self.run.id, &gone, &summary).map_err(Self::store_error)?;
        self.out.summary(&summary)
    }
}

/// The files the inventory holds that are due for deletion under `policy`
/// as of `today`, for `dispose` (which checks each one again on disk).
pub fn due_for_disposal(store: &mut dyn Store, policy: &Policy, today: Date) -> Result<Judged, IndexError> {
    let roots = store.roots()?;
    let mut files = Vec::new();
    store.replay(&mut |known, _| {
        let relative = crate::walk::relative(&known.record.path, &known.facts.root);
        let record = crate::scan::rejudge(&known, relative, policy, today, &mut |_| {});
        if let Some(verdict) = record.retention.filter(|v| v.action == Due::Delete) {
            files.push(JudgedFile {
                path: record.path.to_path_buf(),
                size: record.size,
                modified: record.modified,
                sha256: record.sha256,
                retention: Some(JudgedVerdict { rule: verdict.rule, expires: verdict.expires, action: verdict.action }),
            });
        }
        Ok(())
    })?;
    Ok(Judged { files, roots, working_directory: None })
}

/// What a report from the inventory shows beyond the plain records.
#[derive(Debug, Clone, Copy, Default)]
pub struct View {
    /// Each finding's evidence.
    pub explain: bool,
    /// Findings a reviewer marked, with their mark (hidden otherwise).
    pub show_marked: bool,
}

/// Writes a report of the inventory alone, as `scan` of the same tree
/// would: every file not gone with its findings, each judged again under
/// `policy` as of `today`. Returns the totals.
pub fn report(
    store: &mut dyn Store,
    policy: &Policy,
    today: Date,
    view: View,
    reporter: &mut dyn Reporter,
) -> Result<Summary, anyhow::Error> {
    let started = Instant::now();
    let roots = store.roots()?;
    let mut summary =
        Summary { roots: roots.clone(), working_directory: std::env::current_dir().ok(), ..Summary::default() };
    let mut messages = Vec::new();
    store.replay(&mut |known, findings| {
        let relative = crate::walk::relative(&known.record.path, &known.facts.root);
        let mut record = crate::scan::rejudge(&known, relative, policy, today, &mut |m| messages.push(m));
        record.facts = None;
        let mut kinds = std::collections::BTreeSet::new();
        record.findings = 0;
        for mut finding in findings {
            if finding.mark.is_some() && !view.show_marked {
                summary.marked += 1;
                continue;
            }
            if !view.explain {
                finding.evidence = None;
            }
            record.findings += 1;
            kinds.insert(finding.kind);
            summary.add_finding(&finding);
            reporter.finding(&finding)?;
        }
        record.kinds = kinds.into_iter().collect();
        for message in messages.drain(..) {
            summary.add_message(&message);
            reporter.message(&message)?;
        }
        summary.add_file(&record);
        reporter.file(&record)
    })?;
    summary.elapsed_seconds = started.elapsed().as_secs_f64();
    reporter.summary(&summary)?;
    Ok(summary)
}
