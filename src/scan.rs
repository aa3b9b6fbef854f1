//! The scan pipeline: crawl → open → sniff → extract → detect → records.
//!
//! Files are processed in parallel on a rayon pool; each worker sends its
//! file's findings (in batches, so a huge file never holds them all) and
//! then its file record over a bounded channel to the calling thread, the
//! only one that writes to the reporter, so output never interleaves within
//! a batch. With one thread, records come in crawl (name) order.

use std::fs::Metadata;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::time::Instant;

use anyhow::Context;
use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::detect::Engine;
use crate::extract::{self, ExtractError, ExtractOptions, Sink, Unit};
use crate::progress::Progress;
use crate::report::{FileRecord, Finding, Reporter, Status, Summary};
use crate::sniff::{self, HEAD_LEN};
use crate::walk::{self, Entry, WalkOptions};

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    pub walk: WalkOptions,
    pub extract: ExtractOptions,
    pub reveal: bool,
    /// Worker threads; 0 for one per core.
    pub threads: usize,
}

enum Message {
    Findings(Vec<Finding>),
    File(FileRecord),
}

/// How many findings a worker collects before handing them on.
const BATCH: usize = 1024;

/// Scans every root and reports each record; returns the totals, which have
/// also been reported.
pub fn scan(
    options: &ScanOptions,
    engine: &Engine,
    reporter: &mut dyn Reporter,
    progress: &Progress,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let entries = walk::walk(&options.walk)?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build()?;
    let stop = AtomicBool::new(false);
    let mut summary = Summary::default();
    let (tx, rx) = sync_channel::<Message>(64);
    let written = std::thread::scope(|scope| {
        scope.spawn(|| {
            pool.install(|| {
                entries.take_while(|_| !stop.load(Ordering::Relaxed)).par_bridge().for_each_with(tx, |tx, entry| {
                    let record = scan_entry(entry, options, engine, tx);
                    let _ = tx.send(Message::File(record));
                });
            })
        });
        let result = rx.iter().try_for_each(|message| match message {
            Message::Findings(findings) => findings.iter().try_for_each(|f| {
                summary.add_finding(f);
                progress.around_output(|| reporter.finding(f))
            }),
            Message::File(record) => {
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

fn scan_entry(entry: Entry, options: &ScanOptions, engine: &Engine, tx: &SyncSender<Message>) -> FileRecord {
    match entry {
        Entry::File { path, metadata } => scan_file(&path, &metadata, options, engine, tx),
        Entry::Skipped { path, metadata, reason } => record(&path, metadata.as_ref(), Status::Skipped { reason }),
        Entry::Error { path, error } => record(&path, None, Status::Error { error }),
    }
}

fn record(path: &Path, metadata: Option<&Metadata>, status: Status) -> FileRecord {
    let modified =
        metadata.and_then(|m| m.modified().ok()).and_then(|t| jiff::Timestamp::try_from(t).ok()).map(|t| t.to_string());
    FileRecord {
        path: path.display().to_string(),
        status,
        format: None,
        size: metadata.map_or(0, Metadata::len),
        modified,
        findings: 0,
    }
}

fn scan_file(
    path: &Path,
    metadata: &Metadata,
    options: &ScanOptions,
    engine: &Engine,
    tx: &SyncSender<Message>,
) -> FileRecord {
    let mut file_record = record(path, Some(metadata), Status::Scanned);
    let mut file = match crate::source::open(path, options.walk.follow_links) {
        Ok(file) => file,
        Err(e) => {
            file_record.status = Status::Error { error: format!("cannot open: {e}") };
            return file_record;
        }
    };
    let mut head = Vec::with_capacity(HEAD_LEN);
    if let Err(e) = (&mut file).take(HEAD_LEN as u64).read_to_end(&mut head) {
        file_record.status = Status::Error { error: format!("read failed: {e}") };
        return file_record;
    }
    let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let sniffed = sniff::sniff(&head, &extension);
    file_record.format = Some(sniffed.format);
    let mut sink =
        FindingSink { engine, path: &file_record.path, reveal: options.reveal, batch: Vec::new(), count: 0, tx };
    let outcome = extract::extract(sniffed, &head, &mut file, &options.extract, &mut sink);
    sink.flush();
    file_record.findings = sink.count;
    file_record.status = match outcome {
        Ok(()) => Status::Scanned,
        Err(e @ ExtractError::Unsupported(_)) => Status::Skipped { reason: e.to_string() },
        Err(e) => Status::Error { error: e.to_string() },
    };
    file_record
}

/// Runs the engine on each unit and sends the masked findings on in batches.
struct FindingSink<'a> {
    engine: &'a Engine,
    path: &'a str,
    reveal: bool,
    batch: Vec<Finding>,
    count: u64,
    tx: &'a SyncSender<Message>,
}

impl FindingSink<'_> {
    fn flush(&mut self) {
        if !self.batch.is_empty() {
            let _ = self.tx.send(Message::Findings(std::mem::take(&mut self.batch)));
        }
    }
}

impl Sink for FindingSink<'_> {
    fn unit(&mut self, unit: &Unit<'_>) {
        let mut locator = unit.locator();
        for m in self.engine.scan(unit.text.as_bytes()) {
            if !unit.owned.contains(&m.start) {
                continue;
            }
            let rule = &self.engine.rules()[m.rule];
            self.batch.push(Finding::new(self.path, locator.at(m.start), &m, rule.id.clone(), self.reveal));
            self.count += 1;
            if self.batch.len() >= BATCH {
                self.flush();
            }
        }
    }
}
