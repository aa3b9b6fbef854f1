//! The pipeline: crawl → open → sniff → extract → detect → retention
//! verdict → records.
//!
//! Each crawl thread processes the files it reaches (see `walk`); it sends
//! each file's findings (in batches, so a huge file never holds them all)
//! and then its file record over a bounded channel to the calling thread,
//! the only one that writes to the reporter. With one thread, records come
//! in crawl (name) order.
//!
//! A file of `FANOUT_WINDOWS` windows or more has its text detected by
//! every thread of the crawl (`fanout`), with the findings of one.
//!
//! `Job::Scan` reads every file. `Job::Retention` reads a file only as far as
//! the policy asks (nothing, its first bytes for a format rule, all of it for
//! a findings rule) and reports no findings, only verdicts.

mod fanout;
pub mod messages;
pub mod spill;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, Metadata};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use jiff::civil::Date;
use jiff::Timestamp;
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

use crate::detect::digest::DigestKey;
use crate::detect::names::NamesSeen;
use crate::detect::words::{for_each_word, WordDigest};
use crate::detect::{Category, Engine, Kind};
use crate::extract::{self, ExtractError, ExtractOptions, Location, Part, Sink, Unit};
use crate::progress::Progress;
use crate::report::{
    Disclosure, Facts, Failure, FileRecord, Finding, Judged, MessageRecord, OcrPages, Origin, Problem, Reading,
    RecordPath, Reporter, Skip, Status, Summary,
};
use crate::retention::{self, Due, Evidence, Holds, Policy};
use crate::sniff::{self, Format, Sniffed, HEAD_LEN};
use crate::walk::{Crew, Entry, Identity, Reached, WalkOptions, Walker};
use fanout::Fanout;
use messages::{MessageList, Messages};
use spill::Spilling;
use words::{UnitList, UnitWords};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Job {
    /// Read every file, report findings and verdicts.
    #[default]
    Scan,
    /// Verdicts only; read files only as far as the policy needs.
    Retention,
}

#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub job: Job,
    pub walk: WalkOptions,
    pub extract: ExtractOptions,
    /// Revealed, explained, digested: what each finding carries.
    pub disclosure: Disclosure,
    /// Worker threads; 0 for one per core.
    pub threads: usize,
    /// "Today" for every retention calculation.
    pub as_of: Date,
}

/// What workers hand to the reporting thread; a file's findings come
/// before its record.
enum Item {
    Finding(Finding),
    Message(MessageRecord),
    File(FileRecord),
    /// A file recalled whose stored verdict stands, in place of its record.
    Standing(std::path::PathBuf, Standing),
}

/// A worker's outgoing items, sent in batches: one channel message per
/// file would cost a thread switch per file. Flushed when full (so a huge
/// file's findings never pile up) and when the worker is done.
struct Outbox<'a> {
    tx: &'a SyncSender<Vec<Item>>,
    items: Vec<Item>,
}

/// Items per batch.
const BATCH: usize = 1024;

impl Outbox<'_> {
    fn push(&mut self, item: Item) {
        self.items.push(item);
        if self.items.len() >= BATCH {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if !self.items.is_empty() {
            // A closed channel means the reporter failed; the run is stopping.
            let _ = self.tx.send(std::mem::replace(&mut self.items, Vec::with_capacity(BATCH)));
        }
    }
}

impl Drop for Outbox<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}

/// What one run shares with every worker.
struct Run<'a> {
    options: &'a ScanOptions,
    engine: &'a Engine,
    policy: &'a Policy,
    memory: Option<&'a dyn Memory>,
}

/// Scans every root and reports each record; returns the totals, which have
/// also been reported.
pub fn scan(
    options: &ScanOptions,
    engine: &Engine,
    policy: &Policy,
    memory: Option<&dyn Memory>,
    reporter: &mut dyn Reporter,
    progress: &Progress,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let walker = Walker::new(&options.walk)?;
    let stop = AtomicBool::new(false);
    let context = Run { options, engine, policy, memory };
    let mut summary = Summary {
        roots: options.walk.roots.iter().map(|r| std::path::absolute(r).unwrap_or(r.clone())).collect(),
        working_directory: std::env::current_dir().ok(),
        ..Summary::default()
    };
    let (tx, rx) = sync_channel::<Vec<Item>>(16);
    let (context, stop) = (&context, &stop);
    let written = std::thread::scope(|scope| {
        scope.spawn(move || {
            walker.run(options.threads, || {
                let mut outbox = Outbox { tx: &tx, items: Vec::with_capacity(BATCH) };
                // Dropped with the visitor, on its thread: the thread's
                // worker process is reaped before the crawl ends.
                let tenure = extract::worker::Tenure;
                move |entry, crew: &Crew| {
                    let _held = &tenure;
                    let item = process(entry, context, &mut outbox, crew);
                    outbox.push(item);
                    !stop.load(Ordering::Relaxed)
                }
            });
            drop(tx);
        });
        let result = rx.iter().flatten().try_for_each(|item| match item {
            Item::Finding(f) => {
                summary.add_finding(&f);
                reporter.finding(&f)
            }
            Item::Message(m) => {
                summary.add_message(&m);
                reporter.message(&m)
            }
            Item::File(record) => {
                summary.add_file(&record);
                progress.file(summary.files, record.size, summary.findings, summary.ocr.read);
                reporter.file(&record)
            }
            Item::Standing(path, file) => {
                summary.add_standing(&path, &file);
                progress.file(summary.files, file.size, summary.findings, summary.ocr.read);
                reporter.standing(&path, &file)
            }
        });
        if result.is_err() {
            // The workers see the closed channel and the walk stops early.
            stop.store(true, Ordering::Relaxed);
            drop(rx);
        }
        result
    });
    written.context("cannot write the report")?;
    summary.elapsed_seconds = started.elapsed().as_secs_f64();
    progress.finish();
    reporter.summary(&summary).context("cannot write the report")?;
    Ok(summary)
}

/// What an inventory remembers of the files it has read.
pub trait Memory: Sync {
    /// The file at `path`, reached from `root`, as last read, if its
    /// identity and everything that produced its findings are unchanged
    /// since: it need not be opened. If its stored verdict also stands
    /// under `policy` as of `today`, that alone. Or, as
    /// `Reading::ByContent`, a file held with the content `hash` gives
    /// (called only when one might be), read under the same fingerprint:
    /// this file need not be read.
    fn recall(&self, file: Sought<'_>, hash: &mut dyn FnMut() -> Option<[u8; 32]>) -> Option<Recall>;
}

/// The file a crawl asks an inventory to recall.
pub struct Sought<'a> {
    pub path: &'a Path,
    pub identity: &'a Identity,
    pub root: &'a Path,
    pub policy: &'a Policy,
    pub today: Date,
}

/// A file an inventory recalls.
pub enum Recall {
    /// To be judged again from its facts.
    Facts(Box<Recalled>),
    /// As judged before: its verdict cannot have moved.
    Standing(Standing),
}

/// A file recalled whose stored verdict stands: judged from the same facts,
/// under the same policy (`Policy::fingerprint`), from the same root, and
/// today among the days that verdict holds (`Judged::holds`). It is not
/// unpacked nor judged again: this is all the totals and the inventory's
/// writer need of it, and what its record would have told them.
#[derive(Debug)]
pub struct Standing {
    pub status: Status,
    pub size: u64,
    /// What is due, as judged before.
    pub due: Option<Due>,
    pub problems: u64,
    pub expired_messages: u64,
    pub kind_counts: BTreeMap<Kind, u64>,
    pub categories: BTreeSet<Category>,
    /// Its place among the files the inventory loaded (`Stored::id`).
    pub id: usize,
    /// News of a run that did not finish, not yet reported.
    pub pending: Option<crate::index::News>,
}

/// A file as the inventory last read it: its record without a verdict
/// (that depends on the policy and the day) and the facts to judge it from.
#[derive(Debug, Clone)]
pub struct Recalled {
    pub record: FileRecord,
    pub facts: Arc<Facts>,
}

impl Recalled {
    /// Another file's facts as those of the file `metadata` describes: what
    /// its content holds is the same, its identity, times and owner its own.
    fn found_at(mut self, metadata: &Metadata) -> Recalled {
        self.record.modified = modified(metadata).map(|t| t.to_string());
        self.record.uid = Some(owner(metadata));
        let facts = Arc::make_mut(&mut self.facts);
        facts.identity = Some(Identity::of(metadata));
        facts.modified = modified(metadata);
        facts.created = created(metadata);
        self
    }
}

fn process<'env>(entry: Entry, context: &Run<'env>, outbox: &mut Outbox, crew: &Crew<'_, 'env>) -> Item {
    let today = context.options.as_of;
    let follow = context.options.walk.follow_links;
    let recalled = match (context.memory, entry.metadata.as_ref().filter(|m| m.is_file()), &entry.reached) {
        (Some(memory), Some(metadata), Reached::File) => {
            let sought = Sought {
                path: &entry.path,
                identity: &Identity::of(metadata),
                root: &entry.root,
                policy: context.policy,
                today,
            };
            let recalled = memory.recall(sought, &mut || sha256_file(&entry.path, follow).ok());
            recalled.map(|recall| match recall {
                Recall::Facts(known) if matches!(known.facts.reading, Reading::ByContent { .. }) => {
                    Recall::Facts(Box::new(known.found_at(metadata)))
                }
                recall => recall,
            })
        }
        _ => None,
    };
    let mut record = match recalled {
        Some(Recall::Standing(standing)) => return Item::Standing(entry.path, standing),
        Some(Recall::Facts(mut known)) => {
            // Reached from another root than last time (a folder indexed
            // alone, then with its parent): judged, and kept, under this one.
            if known.facts.root != entry.root {
                Arc::make_mut(&mut known.facts).root = entry.root.clone();
            }
            rejudge(&known, entry.relative(), context.policy, today, &mut |m| outbox.push(Item::Message(m)))
        }
        None => read_and_judge(&entry, context, outbox, crew),
    };
    // A disposal candidate: record its hash, so `dispose` can prove the file
    // it acts on is the one this report judged.
    if record.sha256.is_none() && record.retention.as_ref().is_some_and(|v| v.action == Due::Delete) {
        let hashed = record.facts.as_ref().and_then(|f| f.sha256);
        match hashed.map_or_else(|| sha256_file(&entry.path, follow), Ok) {
            Ok(hash) => {
                record.sha256 = Some(hex(&hash));
                // Kept, so the inventory can act on a file it never read.
                if let Some(facts) = record.facts.as_mut() {
                    Arc::make_mut(facts).sha256 = Some(hash);
                }
            }
            Err(e) => record.status = Status::error(Failure::Unreadable, format!("cannot hash for disposal: {e}")),
        }
    }
    if context.memory.is_none() {
        record.facts = None;
    }
    Item::File(record)
}

/// The record of a file the inventory does not know as it is: read as far
/// as the job and the policy need, and judged.
fn read_and_judge<'env>(entry: &Entry, context: &Run<'env>, outbox: &mut Outbox, crew: &Crew<'_, 'env>) -> FileRecord {
    let mut record = FileRecord {
        path: entry.path.as_path().into(),
        status: Status::Scanned,
        format: None,
        size: entry.metadata.as_ref().map_or(0, Metadata::len),
        modified: entry.metadata.as_ref().and_then(modified).map(|t| t.to_string()),
        uid: entry.metadata.as_ref().map(owner),
        findings: 0,
        kinds: Vec::new(),
        retention: None,
        sha256: None,
        origin: Origin::of(&entry.path),
        problems: Vec::new(),
        ocr: OcrPages::default(),
        facts: None,
    };
    let mut facts = Facts {
        root: entry.root.clone(),
        identity: entry.metadata.as_ref().map(Identity::of),
        modified: entry.metadata.as_ref().and_then(modified),
        created: entry.metadata.as_ref().and_then(created),
        sha256: None,
        content_date: None,
        kind_counts: BTreeMap::new(),
        categories: BTreeSet::new(),
        messages: MessageList::default(),
        words: UnitList::default(),
        reading: Reading::Unopened,
        judged: Judged::default(),
    };
    let Some(metadata) = entry.metadata.as_ref().filter(|m| m.is_file()) else {
        record.status = match entry.reached.clone() {
            Reached::Error(error) => Status::error(Failure::Unreadable, error),
            Reached::Skipped(reason) => Status::skipped(Skip::Other, reason),
            Reached::File => Status::error(Failure::Unreadable, "not a regular file"),
        };
        record.facts = Some(Arc::new(facts));
        return record;
    };
    let readable = entry.reached == Reached::File;
    let mut messages = Messages::default();
    let mut evidence = FileEvidence { entry, metadata, context, outbox, crew, readable, stage: Stage::Unopened };
    if context.options.job == Job::Scan && readable {
        evidence.read();
    }
    let today = context.options.as_of;
    record.retention = retention::evaluate(context.policy, &mut evidence, today);
    let FileEvidence { stage, outbox, .. } = evidence;
    if !matches!(stage, Stage::Unopened) {
        facts.reading = Reading::Opened;
    }
    (record.status, record.format) = match (stage, entry.reached.clone()) {
        (_, Reached::Skipped(reason)) => (Status::skipped(Skip::Other, reason), None),
        (_, Reached::Error(error)) => (Status::error(Failure::Unreadable, error), None),
        (Stage::Unopened, Reached::File) => (not_read("no retention rule needed its content"), None),
        (Stage::Sniffed { sniffed, .. }, Reached::File) => {
            (not_read("its retention rule needed only its format"), Some(sniffed.format))
        }
        (Stage::Read(outcome), Reached::File) => {
            let outcome = *outcome;
            record.kinds = outcome.kind_counts.keys().copied().collect();
            record.findings = outcome.kind_counts.values().sum();
            record.problems = outcome.problems;
            record.ocr = outcome.ocr;
            facts.sha256 = outcome.sha256;
            facts.content_date = outcome.content_date;
            facts.categories = outcome.categories;
            facts.kind_counts = outcome.kind_counts;
            messages = outcome.messages;
            facts.words = outcome.words;
            (outcome.status, outcome.format)
        }
    };
    let messages = messages.finish();
    let emit = &mut |m| outbox.push(Item::Message(m));
    facts.judged = judge_messages(context.policy, &mut record, facts.modified, &messages, today, emit);
    if context.memory.is_some() {
        // The inventory stores them, read back as it writes them.
        facts.messages = messages;
    }
    record.facts = Some(Arc::new(facts));
    record
}

/// The record of a file the inventory knows, judged again from its facts
/// under `policy` as of `today` without opening it; its messages' verdicts
/// go to `emit`.
pub fn rejudge(
    known: &Recalled,
    relative: &Path,
    policy: &Policy,
    today: Date,
    emit: &mut dyn FnMut(MessageRecord),
) -> FileRecord {
    let mut record = known.record.clone();
    let mut evidence = StoredEvidence { relative, record: &known.record, facts: &known.facts };
    record.retention = retention::evaluate(policy, &mut evidence, today);
    let judged = judge_messages(policy, &mut record, known.facts.modified, &known.facts.messages, today, emit);
    if record.retention.as_ref().is_some_and(|v| v.action == Due::Delete) {
        record.sha256 = known.facts.sha256.as_ref().map(|hash| hex(hash));
    }
    let mut facts = known.facts.clone();
    if facts.judged != judged {
        Arc::make_mut(&mut facts).judged = judged;
    }
    record.facts = Some(facts);
    record
}

/// Each message of a mailbox judged by its own date, when the file's rule
/// counts from content (otherwise the file's verdict covers every message).
/// Returns how the file was judged: the days its verdict and its messages'
/// hold, and how many messages are past their period. Messages that cannot
/// be read back give the file a problem saying so.
fn judge_messages(
    policy: &Policy,
    record: &mut FileRecord,
    modified: Option<Timestamp>,
    messages: &MessageList,
    today: Date,
    emit: &mut dyn FnMut(MessageRecord),
) -> Judged {
    let mut judged = Judged { under: policy.fingerprint().clone(), ..Judged::default() };
    let Some(verdict) = &record.retention else { return judged };
    judged.holds = Holds::of(verdict);
    let modified = modified.unwrap_or(Timestamp::UNIX_EPOCH);
    let mut failed = None;
    for message in messages.iter(&mut failed) {
        let (id, date) = (&*message.0, message.1);
        let Some(verdict) = retention::message_verdict(policy, verdict, date, modified, today) else {
            return judged;
        };
        judged.holds = judged.holds.and(Holds::of(&verdict));
        judged.expired_messages += u64::from(verdict.is_expired());
        let date = date.map(|d| d.to_string());
        let location = Location { message: Some(id.into()), ..Location::default() };
        emit(MessageRecord { path: record.path.clone(), location, date, retention: verdict });
    }
    if let Some(error) = failed {
        let error = format!("its messages could not be read back to be judged one by one: {error}");
        record.problems.push(Problem { location: Location::default(), error });
    }
    judged
}

/// The case of an error that stopped a file being read.
fn failure(e: &ExtractError) -> Failure {
    match e {
        ExtractError::Encrypted(_) => Failure::Encrypted,
        ExtractError::Corrupt(_) => Failure::Corrupt,
        ExtractError::Limit(_) => Failure::Limit,
        ExtractError::TimedOut(_) | ExtractError::Overran(_) => Failure::TimedOut,
        ExtractError::Crashed(_) => Failure::Crashed,
        ExtractError::Unsupported(_)
        | ExtractError::UnsupportedEncoding(_)
        | ExtractError::Version(_)
        | ExtractError::NeedsOcr { .. }
        | ExtractError::Io(_) => Failure::Unreadable,
    }
}

/// The uid of the file's owner.
fn owner(metadata: &Metadata) -> u32 {
    std::os::unix::fs::MetadataExt::uid(metadata)
}

fn not_read(why: &str) -> Status {
    Status::skipped(Skip::NotRead, ["content not read: ", why].concat())
}

fn modified(metadata: &Metadata) -> Option<Timestamp> {
    metadata.modified().ok().and_then(|t| Timestamp::try_from(t).ok())
}

fn created(metadata: &Metadata) -> Option<Timestamp> {
    metadata.created().ok().and_then(|t| Timestamp::try_from(t).ok())
}

/// How far a file has been read.
enum Stage {
    Unopened,
    Sniffed { file: File, head: Vec<u8>, sniffed: Sniffed },
    Read(Box<Outcome>),
}

/// The result of reading a whole file.
#[derive(Default)]
struct Outcome {
    status: Status,
    format: Option<Format>,
    kind_counts: BTreeMap<Kind, u64>,
    categories: BTreeSet<Category>,
    /// The newest date a part carries (a message's Date header, a
    /// document's modified property), and where it came from.
    content_date: Option<(Timestamp, String)>,
    /// The messages of a mailbox, kept to judge each once the file's rule
    /// is known, when the policy has a rule that would, or for the inventory.
    messages: Messages,
    problems: Vec<Problem>,
    ocr: OcrPages,
    /// SHA-256 of the content, when an inventory asked for it.
    sha256: Option<[u8; 32]>,
    words: UnitList,
}

/// A file, read lazily as the retention policy asks about it.
struct FileEvidence<'a, 'o, 'env> {
    entry: &'a Entry,
    metadata: &'a Metadata,
    context: &'a Run<'env>,
    outbox: &'a mut Outbox<'o>,
    crew: &'a Crew<'a, 'env>,
    /// False for files the crawl skipped (too large): never opened.
    readable: bool,
    stage: Stage,
}

impl FileEvidence<'_, '_, '_> {
    fn sniff(&mut self) {
        if !matches!(self.stage, Stage::Unopened) || !self.readable {
            return;
        }
        self.stage = match open_and_sniff(&self.entry.path, self.context.options.walk.follow_links) {
            Ok((file, head, sniffed)) => Stage::Sniffed { file, head, sniffed },
            Err(error) => Stage::Read(Box::new(Outcome {
                status: Status::error(Failure::Unreadable, error),
                ..Outcome::default()
            })),
        };
    }

    fn read(&mut self) {
        self.sniff();
        let stage = std::mem::replace(&mut self.stage, Stage::Unopened);
        let Stage::Sniffed { file, head, sniffed } = stage else {
            self.stage = stage; // already read, or unreadable
            return;
        };
        let context = self.context;
        let detector = Detector {
            engine: context.engine,
            path: self.entry.path.as_path().into(),
            disclosure: &context.options.disclosure,
            report: context.options.job == Job::Scan,
        };
        let window = context.options.extract.window;
        let fanout = (self.crew.threads() > 1 && self.metadata.len() >= FANOUT_WINDOWS * window as u64)
            .then(|| Fanout::new(detector.clone(), self.crew, window));
        let mut sink = FindingSink {
            detector,
            fanout,
            kind_counts: BTreeMap::new(),
            categories: BTreeSet::new(),
            content_date: None,
            messages: Messages::default(),
            keep_messages: context.memory.is_some() || context.policy.dates_messages(),
            message_count: 0,
            problems: Vec::new(),
            ocr: OcrPages::default(),
            names: NamesSeen::default(),
            words: context.memory.and(context.options.disclosure.key.as_deref()).map(WordIndex::new),
            outbox: &mut *self.outbox,
        };
        let input = Hashed::new(file, &head, context.memory.is_some());
        let target = extract::guard::Target {
            path: &self.entry.path,
            follow: context.options.walk.follow_links,
            size: self.metadata.len(),
        };
        let (result, input) =
            extract::guard::extract(&target, sniffed, head, input, &context.options.extract, &mut sink);
        sink.finish();
        let status = match result {
            Ok(()) => Status::Scanned,
            Err(e @ ExtractError::NeedsOcr { pages, .. }) => {
                sink.ocr.unread += pages;
                Status::skipped(Skip::NeedsOcr, e.to_string())
            }
            Err(e @ (ExtractError::Unsupported(_) | ExtractError::Version(_))) => {
                Status::skipped(Skip::Other, e.to_string())
            }
            Err(e) => Status::error(failure(&e), e.to_string()),
        };
        let many = sink.message_count > 1;
        self.stage = Stage::Read(Box::new(Outcome {
            status,
            format: Some(sniffed.format),
            kind_counts: std::mem::take(&mut sink.kind_counts),
            categories: std::mem::take(&mut sink.categories),
            content_date: sink
                .content_date
                .map(|(date, source)| (date, if many { "newest message" } else { source }.to_string())),
            messages: std::mem::take(&mut sink.messages),
            words: sink.words.take().map(|w| w.finish(&mut sink.problems)).unwrap_or_default(),
            problems: std::mem::take(&mut sink.problems),
            ocr: sink.ocr,
            sha256: input.and_then(Hashed::finish),
        }));
    }
}

impl Evidence for FileEvidence<'_, '_, '_> {
    fn relative_path(&self) -> &Path {
        self.entry.relative()
    }

    fn modified(&self) -> Option<Timestamp> {
        modified(self.metadata)
    }

    fn created(&self) -> Option<Timestamp> {
        created(self.metadata)
    }

    fn format(&mut self) -> Option<Format> {
        self.sniff();
        match &self.stage {
            Stage::Unopened => None,
            Stage::Sniffed { sniffed, .. } => Some(sniffed.format),
            Stage::Read(outcome) => outcome.format,
        }
    }

    fn content_date(&mut self) -> Option<(Timestamp, &str)> {
        self.read();
        match &self.stage {
            Stage::Read(outcome) => outcome.content_date.as_ref().map(|(date, source)| (*date, source.as_str())),
            _ => None,
        }
    }

    fn holds(&mut self, kinds: &[Kind], categories: &[Category]) -> bool {
        self.read();
        match &self.stage {
            Stage::Read(outcome) => {
                kinds.iter().any(|k| outcome.kind_counts.contains_key(k))
                    || categories.iter().any(|c| outcome.categories.contains(c))
            }
            _ => false,
        }
    }
}

/// A file judged from what the inventory knows of it, never opened.
struct StoredEvidence<'a> {
    relative: &'a Path,
    record: &'a FileRecord,
    facts: &'a Facts,
}

impl Evidence for StoredEvidence<'_> {
    fn relative_path(&self) -> &Path {
        self.relative
    }

    fn modified(&self) -> Option<Timestamp> {
        self.facts.modified
    }

    fn created(&self) -> Option<Timestamp> {
        self.facts.created
    }

    fn format(&mut self) -> Option<Format> {
        self.record.format
    }

    fn content_date(&mut self) -> Option<(Timestamp, &str)> {
        self.facts.content_date.as_ref().map(|(date, source)| (*date, source.as_str()))
    }

    fn holds(&mut self, kinds: &[Kind], categories: &[Category]) -> bool {
        kinds.iter().any(|k| self.record.kinds.contains(k))
            || categories.iter().any(|c| self.facts.categories.contains(c))
    }
}

/// The file being extracted, hashed as it is read when an inventory wants
/// its SHA-256: bytes read in order from the start are hashed on the way,
/// and `finish` reads only what the extractor skipped or read out of order
/// (a zip's central directory first, say). A text file is read once.
struct Hashed {
    file: File,
    /// Hashing state and how far the hashed prefix reaches.
    hashing: Option<(Sha256, u64)>,
    position: u64,
}

impl Hashed {
    /// `file` positioned just after `head`, its first bytes.
    fn new(file: File, head: &[u8], hash: bool) -> Hashed {
        let hashing = hash.then(|| (Sha256::new_with_prefix(head), head.len() as u64));
        Hashed { file, hashing, position: head.len() as u64 }
    }

    /// The hash of the whole file, reading the part not yet hashed.
    fn finish(mut self) -> Option<[u8; 32]> {
        let (mut hasher, hashed) = self.hashing.take()?;
        self.file.seek(SeekFrom::Start(hashed)).ok()?;
        std::io::copy(&mut self.file, &mut hasher).ok()?;
        Some(hasher.finalize().into())
    }
}

impl Read for Hashed {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        if let Some((hasher, hashed)) = &mut self.hashing {
            if *hashed == self.position {
                hasher.update(&buf[..n]);
                *hashed += n as u64;
            }
        }
        self.position += n as u64;
        Ok(n)
    }
}

impl Seek for Hashed {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.position = self.file.seek(to)?;
        Ok(self.position)
    }
}

impl extract::Input for Hashed {
    fn reopen(&self) -> Option<File> {
        self.file.reopen()
    }
}

/// Lowercase hexadecimal, as reports write hashes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of lowercase or uppercase hex text; `None` if it is not hex.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

/// Opens a file (see `source::open`), reads its first bytes and sniffs them:
/// the file positioned after `head`, `head`, and what sniffing decided.
pub fn open_and_sniff(path: &Path, follow: bool) -> Result<(File, Vec<u8>, Sniffed), String> {
    let mut file = crate::source::open(path, follow).map_err(|e| format!("cannot open: {e}"))?;
    let mut head = Vec::with_capacity(HEAD_LEN);
    (&mut file).take(HEAD_LEN as u64).read_to_end(&mut head).map_err(|e| format!("read failed: {e}"))?;
    let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let sniffed = sniff::refine(sniff::sniff(&head, &extension), &head, &mut file);
    file.seek(SeekFrom::Start(head.len() as u64)).map_err(|e| format!("read failed: {e}"))?;
    Ok((file, head, sniffed))
}

/// The SHA-256 of a file's content.
pub fn sha256_file(path: &Path, follow: bool) -> std::io::Result<[u8; 32]> {
    sha256_of(&mut crate::source::open(path, follow)?)
}

/// The SHA-256 of what is left to read.
pub fn sha256_of(file: &mut impl Read) -> std::io::Result<[u8; 32]> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 256 << 10];
    loop {
        match file.read(&mut buf)? {
            0 => break,
            n => hasher.update(&buf[..n]),
        }
    }
    Ok(hasher.finalize().into())
}

/// Runs the engine on each unit; hands the masked findings on when they are
/// to be reported, and keeps the kinds found.
struct FindingSink<'a, 'o, 'env> {
    detector: Detector<'env>,
    /// For a large file, the crawl's threads detecting its units.
    fanout: Option<Fanout<'a, 'env>>,
    kind_counts: BTreeMap<Kind, u64>,
    categories: BTreeSet<Category>,
    content_date: Option<(Timestamp, &'static str)>,
    messages: Messages,
    /// Whether `messages` are kept: not when nothing will judge them.
    keep_messages: bool,
    message_count: u64,
    problems: Vec<Problem>,
    ocr: OcrPages,
    /// The people the file's units read so far have named (in a mailbox,
    /// per conversation).
    names: NamesSeen,
    /// For an index run: each unit's words, for the search index.
    words: Option<WordIndex<'a>>,
    outbox: &'a mut Outbox<'o>,
}

/// Problems kept per file; past this, one more says how many were left out.
const MAX_PROBLEMS: usize = 1000;

/// Files of `FANOUT_WINDOWS` windows of text and more are detected on
/// every thread (64 MiB at the default 1 MiB window).
const FANOUT_WINDOWS: u64 = 64;

/// Detection of one file's units: what runs on whichever thread reads a
/// unit.
#[derive(Clone)]
struct Detector<'a> {
    engine: &'a Engine,
    path: RecordPath,
    disclosure: &'a Disclosure,
    /// Whether findings are reported (else only counted).
    report: bool,
}

/// A match kept for its file: what it counts as, and its record when
/// reported.
struct Kept {
    kind: Kind,
    category: Option<Category>,
    finding: Option<Finding>,
}

impl Detector<'_> {
    /// The matches of `unit` that it owns and that stand, `seen` being the
    /// names of the file's units before it.
    fn detect(&self, unit: &Unit<'_>, seen: &mut NamesSeen) -> Vec<Kept> {
        let mut locator = unit.locator();
        let min = self.engine.min_confidence();
        let found = self.engine.scan_unit(unit.text.as_bytes(), seen);
        let mut kept = Vec::with_capacity(found.len());
        for mut m in found {
            if !unit.owned.contains(&m.start) || unit.ocr.is_some_and(|ocr| !m.read_by_ocr(ocr, min)) {
                continue;
            }
            let finding = self.report.then(|| Finding::new(&self.path, locator.at(m.start), &m, self.disclosure));
            kept.push(Kept { kind: m.kind, category: m.category, finding });
        }
        kept
    }
}

impl FindingSink<'_, '_, '_> {
    /// What detection kept of `unit`, taken into the file's totals and
    /// records in the order of the units.
    fn apply(&mut self, unit: &Unit<'_>, kept: Vec<Kept>) {
        if let Some(words) = &mut self.words {
            words.add(unit);
        }
        for Kept { kind, category, finding } in kept {
            *self.kind_counts.entry(kind).or_default() += 1;
            self.categories.extend(category);
            if let Some(finding) = finding {
                self.outbox.push(Item::Finding(finding));
            }
        }
    }

    fn apply_read(&mut self, read: fanout::Read) {
        for (unit, kept) in read {
            self.apply(&unit.unit(), kept);
        }
    }

    /// The units still out with the crew, applied once the file is read.
    fn finish(&mut self) {
        if let Some(fanout) = self.fanout.take() {
            let read = fanout.finish(&mut self.names);
            self.apply_read(read);
        }
    }
}

impl Sink for FindingSink<'_, '_, '_> {
    fn part(&mut self, part: &Part) {
        if let Some(date) = part.date.filter(|d| self.content_date.is_none_or(|(newest, _)| *d > newest)) {
            self.content_date = Some((date, part.date_source.as_str()));
        }
        if let Some(id) = &part.location.message {
            self.message_count += 1;
            if self.keep_messages {
                self.messages.push((id.as_str().into(), part.date));
            }
            let conversation = part.conversation.as_deref().unwrap_or(id);
            match &mut self.fanout {
                Some(fanout) => {
                    let read = fanout.enter(conversation, &mut self.names);
                    self.apply_read(read);
                }
                None => self.names.enter(conversation),
            }
        }
    }

    fn problem(&mut self, location: &Location, error: &ExtractError) {
        if let ExtractError::NeedsOcr { pages, .. } = error {
            self.ocr.unread += pages;
        }
        note(&mut self.problems, location, error);
    }

    fn unit(&mut self, unit: &Unit<'_>) {
        self.ocr.read += u64::from(unit.ocr.is_some());
        match &mut self.fanout {
            Some(fanout) => {
                let read = fanout.push(unit, &mut self.names);
                self.apply_read(read);
            }
            None => {
                let kept = self.detector.detect(unit, &mut self.names);
                self.apply(unit, kept);
            }
        }
    }
}

/// Notes a problem of a file among its `problems`: the first
/// `MAX_PROBLEMS`, then one saying that more were not recorded. (The word
/// cap, which a subject access search must know of, is said past them,
/// once the file is read: `WordIndex::finish`.)
fn note(problems: &mut Vec<Problem>, location: &Location, error: &ExtractError) {
    if problems.len() < MAX_PROBLEMS {
        problems.push(Problem { location: location.clone(), error: error.to_string() });
    } else if problems.len() == MAX_PROBLEMS {
        let error = format!("more problems in this file were not recorded (the first {MAX_PROBLEMS} are)");
        problems.push(Problem { location: Location::default(), error });
    }
}

/// A file's words as the search index keeps them: per unit location, in
/// order, each a keyed digest (digests cached for up to `MAX_DIGESTS_KEPT`
/// distinct words; the cache is emptied when full). The units read are
/// spilled past a bounded part (`words`), the one being read held open: the
/// windows of a large text are one unit, each owning its part.
struct WordIndex<'a> {
    key: &'a DigestKey,
    units: Spilling<UnitWords>,
    open: Option<(Location, Vec<WordDigest>)>,
    /// Words in the units closed.
    in_units: u64,
    digests: FxHashMap<Box<str>, WordDigest>,
    count: usize,
    /// Where the first word past `MAX_WORDS` came.
    capped_at: Option<Location>,
}

/// Words indexed per file, at most: 32 MB of digests in memory. A file
/// with more (a vast mailbox) says so among its problems.
const MAX_WORDS: usize = 4_000_000;

/// Distinct words whose digest is kept for the next time they come: a
/// file's vocabulary, or a bounded part of one of ids and numbers (~3 MB).
const MAX_DIGESTS_KEPT: usize = 65_536;

impl<'a> WordIndex<'a> {
    fn new(key: &'a DigestKey) -> Self {
        WordIndex {
            key,
            units: Spilling::default(),
            open: None,
            in_units: 0,
            digests: FxHashMap::default(),
            count: 0,
            capped_at: None,
        }
    }

    fn add(&mut self, unit: &Unit<'_>) {
        if self.count >= MAX_WORDS {
            // Only counted: a unit past them keeps nothing, not even a place.
            let before = self.count;
            for_each_word(unit.text, |at, _| self.count += usize::from(unit.owned.contains(&at.start)));
            if self.count > before {
                self.capped_at.get_or_insert_with(|| unit.location.clone());
            }
            return;
        }
        if self.open.as_ref().is_none_or(|(location, _)| location != unit.location) {
            self.close();
            self.open = Some((unit.location.clone(), Vec::new()));
        }
        let words = &mut self.open.as_mut().expect("opened").1;
        for_each_word(unit.text, |at, folded| {
            if !unit.owned.contains(&at.start) {
                return;
            }
            if self.count < MAX_WORDS {
                let digest = match self.digests.get(folded) {
                    Some(digest) => *digest,
                    None => {
                        if self.digests.len() == MAX_DIGESTS_KEPT {
                            self.digests.clear();
                        }
                        *self.digests.entry(folded.into()).or_insert_with(|| WordDigest::of(self.key, folded))
                    }
                };
                words.push(digest);
            } else {
                self.capped_at.get_or_insert_with(|| unit.location.clone());
            }
            self.count += 1;
        });
    }

    /// Adds the unit being read to those read.
    fn close(&mut self) {
        if let Some((location, words)) = self.open.take() {
            self.in_units += words.len() as u64;
            self.units.push(UnitWords::new(&location, words));
        }
    }

    /// The units, noting in `problems` a file with more words than are
    /// kept, where the first word not kept came.
    fn finish(mut self, problems: &mut Vec<Problem>) -> UnitList {
        self.close();
        if let Some(location) = self.capped_at.take() {
            let error = format!(
                "from here on its words are not in the search index, which keeps a file's first {MAX_WORDS} words \
                 (this one has {}): a subject access search cannot find a name here, only the identifiers detected",
                self.count
            );
            problems.push(Problem { location, error });
        }
        UnitList { units: self.units.finish(), word_count: self.in_units }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit<'a>(location: &'a Location, text: &'a str) -> Unit<'a> {
        Unit { location, text, first_line: 1, owned: 0..text.len(), spans: &[], ocr: None }
    }

    fn key() -> DigestKey {
        DigestKey::from_hex(&"ab".repeat(32)).unwrap()
    }

    #[test]
    fn a_unit_past_the_word_cap_keeps_no_place_and_its_words_are_counted() {
        let key = key();
        let (first, second) = (Location::default(), Location { page: Some(2), ..Location::default() });
        let mut index = WordIndex::new(&key);
        index.add(&unit(&first, &"word ".repeat(MAX_WORDS)));
        index.add(&unit(&second, "two more"));
        let mut problems = Vec::new();
        let units = read_back(index.finish(&mut problems));
        assert_eq!(units.len(), 1, "only the unit under the cap keeps a place");
        assert_eq!(units[0], UnitWords::new(&first, vec![WordDigest::of(&key, "word"); MAX_WORDS]));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].location, second, "the problem is where the first word not kept came");
        let words = format!("(this one has {})", MAX_WORDS + 2);
        assert!(problems[0].error.contains(&words), "{}", problems[0].error);
    }

    /// A file with more problems than are kept still says where its words
    /// stop being searchable.
    #[test]
    fn the_word_cap_is_said_past_the_problems_kept() {
        let key = key();
        let (first, capped) = (Location::default(), Location { page: Some(9), ..Location::default() });
        let mut problems = Vec::new();
        for page in 0..MAX_PROBLEMS as u32 + 5 {
            let at = Location { page: Some(page), ..Location::default() };
            note(&mut problems, &at, &ExtractError::corrupt("page", "damaged"));
        }
        let mut index = WordIndex::new(&key);
        index.add(&unit(&first, "one two"));
        index.count = MAX_WORDS;
        index.add(&unit(&capped, "three"));
        index.finish(&mut problems);
        assert_eq!(problems.len(), MAX_PROBLEMS + 2);
        let more = "more problems in this file were not recorded (the first 1000 are)";
        assert_eq!(problems[MAX_PROBLEMS].error, more);
        let cap = &problems[MAX_PROBLEMS + 1];
        assert_eq!(cap.location, capped);
        assert!(cap.error.starts_with("from here on its words are not in the search index"), "{}", cap.error);
    }

    #[test]
    fn the_digest_cache_is_emptied_when_full_and_every_digest_stays_right() {
        let key = key();
        let location = Location::default();
        let words: Vec<String> = (0..MAX_DIGESTS_KEPT + 2).map(|i| format!("w{i}")).collect();
        let mut index = WordIndex::new(&key);
        index.add(&unit(&location, &words.join(" ")));
        index.add(&unit(&location, &words[..2].join(" ")));
        assert_eq!(index.digests.len(), 4, "emptied at the {}th distinct word", MAX_DIGESTS_KEPT + 1);
        let want: Vec<WordDigest> = words.iter().chain(&words[..2]).map(|word| WordDigest::of(&key, word)).collect();
        let units = read_back(index.finish(&mut Vec::new()));
        assert_eq!(units, [UnitWords::new(&location, want)]);
    }

    fn read_back(list: UnitList) -> Vec<UnitWords> {
        let mut failed = None;
        let units: Vec<UnitWords> = list.units.iter(&mut failed).map(std::borrow::Cow::into_owned).collect();
        assert!(failed.is_none(), "{failed:?}");
        assert_eq!(list.word_count, units.iter().map(|unit| unit.words.len() as u64).sum::<u64>());
        units
    }

    /// A mailbox's messages are a unit each: past `IN_MEMORY` of them the
    /// units read are held aside, and read back whole and in order.
    #[test]
    fn the_units_of_many_messages_are_held_aside_and_read_back_in_order() {
        let key = key();
        let n = 2 * spill::IN_MEMORY + 5;
        let locations: Vec<Location> =
            (0..n).map(|i| Location { message: Some(format!("<m{i}@example.com>")), ..Location::default() }).collect();
        let mut index = WordIndex::new(&key);
        for (i, location) in locations.iter().enumerate() {
            index.add(&unit(location, &format!("note {i} seen")));
        }
        let list = index.finish(&mut Vec::new());
        // Held aside, not all in memory.
        assert_eq!(list.units.len(), n as u64);
        assert!(list.units.in_memory() < spill::IN_MEMORY, "{} units in memory", list.units.in_memory());
        let units = read_back(list);
        let want: Vec<UnitWords> = locations
            .iter()
            .enumerate()
            .map(|(i, location)| {
                let words = ["note", &i.to_string(), "seen"].map(|word| WordDigest::of(&key, word));
                UnitWords::new(location, words.to_vec())
            })
            .collect();
        assert_eq!(units, want);
    }
}
