//! The pipeline: crawl → open → sniff → extract → detect → retention
//! verdict → records.
//!
//! Files are processed in parallel on a rayon pool; each worker sends its
//! file's findings (in batches, so a huge file never holds them all) and
//! then its file record over a bounded channel to the calling thread, the
//! only one that writes to the reporter. With one thread, records come in
//! crawl (name) order.
//!
//! `Job::Scan` reads every file. `Job::Retention` reads a file only as far as
//! the policy asks (nothing, its first bytes for a format rule, all of it for
//! a findings rule) and reports no findings, only verdicts.

use std::collections::BTreeSet;
use std::fs::{File, Metadata};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::time::Instant;

use anyhow::Context;
use jiff::civil::Date;
use jiff::Timestamp;
use rayon::iter::{ParallelBridge, ParallelIterator};
use sha2::{Digest, Sha256};

use crate::detect::{Category, Engine, Kind};
use crate::extract::{self, ExtractError, ExtractOptions, Location, Part, Sink, Unit};
use crate::progress::Progress;
use crate::report::{
    Disclosure, FileRecord, Finding, MessageRecord, Origin, Problem, RecordPath, Reporter, Skip, Status, Summary,
};
use crate::retention::{self, Due, Evidence, Policy};
use crate::sniff::{self, Format, Sniffed, HEAD_LEN};
use crate::walk::{self, Entry, Reached, WalkOptions};

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
}

/// Scans every root and reports each record; returns the totals, which have
/// also been reported.
pub fn scan(
    options: &ScanOptions,
    engine: &Engine,
    policy: &Policy,
    reporter: &mut dyn Reporter,
    progress: &Progress,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let entries = walk::walk(&options.walk)?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build()?;
    let stop = AtomicBool::new(false);
    let context = Run { options, engine, policy };
    let mut summary = Summary {
        roots: options.walk.roots.iter().map(|r| std::path::absolute(r).unwrap_or(r.clone())).collect(),
        working_directory: std::env::current_dir().ok(),
        ..Summary::default()
    };
    let (tx, rx) = sync_channel::<Vec<Item>>(16);
    let written = std::thread::scope(|scope| {
        scope.spawn(|| {
            pool.install(|| {
                entries.take_while(|_| !stop.load(Ordering::Relaxed)).par_bridge().for_each_init(
                    || Outbox { tx: &tx, items: Vec::with_capacity(BATCH) },
                    |outbox, entry| {
                        let record = process(entry, &context, outbox);
                        outbox.push(Item::File(record));
                    },
                );
            });
            drop(tx);
        });
        let result = rx.iter().flatten().try_for_each(|item| match item {
            Item::Finding(f) => {
                summary.add_finding(&f);
                progress.around_output(|| reporter.finding(&f))
            }
            Item::Message(m) => {
                summary.add_message(&m);
                progress.around_output(|| reporter.message(&m))
            }
            Item::File(record) => {
                summary.add_file(&record);
                progress.file(summary.files, record.size, summary.findings);
                progress.around_output(|| reporter.file(&record))
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

fn process(entry: Entry, context: &Run, outbox: &mut Outbox) -> FileRecord {
    let mut record = FileRecord {
        path: entry.path.as_path().into(),
        status: Status::Scanned,
        format: None,
        size: entry.metadata.as_ref().map_or(0, Metadata::len),
        modified: entry.metadata.as_ref().and_then(modified).map(|t| t.to_string()),
        findings: 0,
        kinds: Vec::new(),
        retention: None,
        sha256: None,
        origin: Origin::of(&entry.path),
        problems: Vec::new(),
    };
    let Some(metadata) = entry.metadata.as_ref().filter(|m| m.is_file()) else {
        record.status = match entry.reached {
            Reached::Error(error) => Status::Error { error },
            Reached::Skipped(reason) => Status::skipped(Skip::Other, reason),
            Reached::File => Status::Error { error: "not a regular file".into() },
        };
        return record;
    };
    let readable = entry.reached == Reached::File;
    let mut evidence = FileEvidence { entry: &entry, metadata, context, outbox, readable, stage: Stage::Unopened };
    if context.options.job == Job::Scan && readable {
        evidence.read();
    }
    record.retention = retention::evaluate(context.policy, &mut evidence, context.options.as_of);
    if let (Some(verdict), Stage::Read(outcome)) = (&record.retention, &evidence.stage) {
        let modified = evidence.modified().unwrap_or(Timestamp::UNIX_EPOCH);
        for (id, date) in &outcome.messages {
            let today = context.options.as_of;
            let Some(verdict) = retention::message_verdict(context.policy, verdict, *date, modified, today) else {
                break; // the rule does not count from content: the file's verdict covers every message
            };
            let date = date.map(|d| d.to_string());
            let location = Location { message: Some(id.to_string()), ..Location::default() };
            let message = MessageRecord { path: record.path.clone(), location, date, retention: verdict };
            evidence.outbox.push(Item::Message(message));
        }
    }
    (record.status, record.format, record.findings) = match (evidence.stage, entry.reached) {
        (_, Reached::Skipped(reason)) => (Status::skipped(Skip::Other, reason), None, 0),
        (_, Reached::Error(error)) => (Status::Error { error }, None, 0),
        (Stage::Unopened, Reached::File) => (not_read("no retention rule needed its content"), None, 0),
        (Stage::Sniffed { sniffed, .. }, Reached::File) => {
            (not_read("its retention rule needed only its format"), Some(sniffed.format), 0)
        }
        (Stage::Read(outcome), Reached::File) => {
            record.kinds = outcome.kinds.into_iter().collect();
            record.problems = outcome.problems;
            (outcome.status, outcome.format, outcome.findings)
        }
    };
    // A disposal candidate: record its hash, so `dispose` can prove the file
    // it acts on is the one this report judged.
    if record.retention.as_ref().is_some_and(|v| v.action == Due::Delete) {
        match sha256_file(&entry.path, context.options.walk.follow_links) {
            Ok(hash) => record.sha256 = Some(hash),
            Err(e) => record.status = Status::Error { error: format!("cannot hash for disposal: {e}") },
        }
    }
    record
}

fn not_read(why: &str) -> Status {
    Status::skipped(Skip::NotRead, format!("content not read: {why}"))
}

fn modified(metadata: &Metadata) -> Option<Timestamp> {
    metadata.modified().ok().and_then(|t| Timestamp::try_from(t).ok())
}

/// How far a file has been read.
enum Stage {
    Unopened,
    Sniffed { file: File, head: Vec<u8>, sniffed: Sniffed },
    Read(Outcome),
}

/// The result of reading a whole file.
struct Outcome {
    status: Status,
    format: Option<Format>,
    findings: u64,
    kinds: BTreeSet<Kind>,
    /// The newest date a part carries (a message's Date header, a
    /// document's modified property), and where it came from.
    content_date: Option<(Timestamp, &'static str)>,
    /// The messages of a mailbox: id (or index) and date. About 50 bytes
    /// each, kept to judge each message once the file's rule is known.
    messages: Vec<(Box<str>, Option<Timestamp>)>,
    problems: Vec<Problem>,
}

/// A file, read lazily as the retention policy asks about it.
struct FileEvidence<'a, 'o> {
    entry: &'a Entry,
    metadata: &'a Metadata,
    context: &'a Run<'a>,
    outbox: &'a mut Outbox<'o>,
    /// False for files the crawl skipped (too large): never opened.
    readable: bool,
    stage: Stage,
}

impl FileEvidence<'_, '_> {
    fn sniff(&mut self) {
        if !matches!(self.stage, Stage::Unopened) || !self.readable {
            return;
        }
        self.stage = match open_and_sniff(&self.entry.path, self.context.options.walk.follow_links) {
            Ok((file, head, sniffed)) => Stage::Sniffed { file, head, sniffed },
            Err(error) => Stage::Read(Outcome {
                status: Status::Error { error },
                format: None,
                findings: 0,
                kinds: BTreeSet::new(),
                content_date: None,
                messages: Vec::new(),
                problems: Vec::new(),
            }),
        };
    }

    fn read(&mut self) {
        self.sniff();
        let stage = std::mem::replace(&mut self.stage, Stage::Unopened);
        let Stage::Sniffed { mut file, head, sniffed } = stage else {
            self.stage = stage; // already read, or unreadable
            return;
        };
        let context = self.context;
        let path: RecordPath = self.entry.path.as_path().into();
        let mut sink = FindingSink {
            engine: context.engine,
            path: &path,
            disclosure: &context.options.disclosure,
            report: context.options.job == Job::Scan,
            count: 0,
            kinds: BTreeSet::new(),
            content_date: None,
            messages: Vec::new(),
            problems: Vec::new(),
            outbox: &mut *self.outbox,
        };
        let result = extract::extract(sniffed, &head, &mut file, &context.options.extract, &mut sink);
        let status = match result {
            Ok(()) => Status::Scanned,
            Err(e @ ExtractError::NeedsOcr(_)) => Status::skipped(Skip::NeedsOcr, e.to_string()),
            Err(e @ (ExtractError::Unsupported(_) | ExtractError::Version(_))) => {
                Status::skipped(Skip::Other, e.to_string())
            }
            Err(e) => Status::Error { error: e.to_string() },
        };
        self.stage = Stage::Read(Outcome {
            status,
            format: Some(sniffed.format),
            findings: sink.count,
            kinds: std::mem::take(&mut sink.kinds),
            content_date: sink.content_date,
            messages: std::mem::take(&mut sink.messages),
            problems: std::mem::take(&mut sink.problems),
        });
    }
}

impl Evidence for FileEvidence<'_, '_> {
    fn relative_path(&self) -> &Path {
        self.entry.relative()
    }

    fn modified(&self) -> Option<Timestamp> {
        modified(self.metadata)
    }

    fn created(&self) -> Option<Timestamp> {
        self.metadata.created().ok().and_then(|t| Timestamp::try_from(t).ok())
    }

    fn format(&mut self) -> Option<Format> {
        self.sniff();
        match &self.stage {
            Stage::Unopened => None,
            Stage::Sniffed { sniffed, .. } => Some(sniffed.format),
            Stage::Read(outcome) => outcome.format,
        }
    }

    fn content_date(&mut self) -> Option<(Timestamp, &'static str)> {
        self.read();
        match &self.stage {
            Stage::Read(Outcome { content_date: Some((date, source)), messages, .. }) => {
                Some((*date, if messages.len() > 1 { "newest message" } else { source }))
            }
            _ => None,
        }
    }

    fn holds(&mut self, kinds: &[Kind], _categories: &[Category]) -> bool {
        self.read();
        // Special-category findings arrive with their detectors; until then
        // no file holds one.
        match &self.stage {
            Stage::Read(outcome) => kinds.iter().any(|k| outcome.kinds.contains(k)),
            _ => false,
        }
    }
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

/// The SHA-256 of a file's content, lowercase hex.
pub fn sha256_file(path: &Path, follow: bool) -> std::io::Result<String> {
    let mut file = crate::source::open(path, follow)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0; 256 << 10];
    loop {
        match file.read(&mut buf)? {
            0 => break,
            n => hasher.update(&buf[..n]),
        }
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Runs the engine on each unit; hands the masked findings on when they are
/// to be reported, and keeps the kinds found.
struct FindingSink<'a, 'o> {
    engine: &'a Engine,
    path: &'a RecordPath,
    disclosure: &'a Disclosure,
    report: bool,
    count: u64,
    kinds: BTreeSet<Kind>,
    content_date: Option<(Timestamp, &'static str)>,
    messages: Vec<(Box<str>, Option<Timestamp>)>,
    problems: Vec<Problem>,
    outbox: &'a mut Outbox<'o>,
}

/// Problems kept per file; past this, one more says how many were left out.
const MAX_PROBLEMS: usize = 1000;

impl Sink for FindingSink<'_, '_> {
    fn part(&mut self, part: &Part) {
        if let Some(date) = part.date.filter(|d| self.content_date.is_none_or(|(newest, _)| *d > newest)) {
            self.content_date = Some((date, part.date_source));
        }
        if let Some(id) = &part.location.message {
            self.messages.push((id.as_str().into(), part.date));
        }
    }

    fn problem(&mut self, location: &Location, error: &ExtractError) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { location: location.clone(), error: error.to_string() });
        } else if self.problems.len() == MAX_PROBLEMS {
            let error = format!("more problems in this file were not recorded (the first {MAX_PROBLEMS} are)");
            self.problems.push(Problem { location: Location::default(), error });
        }
    }

    fn unit(&mut self, unit: &Unit<'_>) {
        let mut locator = unit.locator();
        for m in self.engine.scan(unit.text.as_bytes()) {
            if !unit.owned.contains(&m.start) {
                continue;
            }
            self.count += 1;
            self.kinds.insert(m.kind);
            if self.report {
                let finding = Finding::new(self.path, locator.at(m.start), &m, self.disclosure);
                self.outbox.push(Item::Finding(finding));
            }
        }
    }
}
