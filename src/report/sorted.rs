//! `--sort path`: every record held until the crawl ends, then written in
//! path order, so a report is the same run after run whatever the threads
//! did. Files are still read in parallel; only the writing waits. A file's
//! findings and messages keep the order they came in (one worker reads a
//! file, so that order is fixed) and come before its record.

use std::collections::BTreeMap;
use std::io;

use super::{Change, FileRecord, Finding, MessageRecord, RecordPath, Reporter, Summary};

/// A record held for its turn.
enum Held {
    Change(Change),
    Finding(Finding),
    Message(MessageRecord),
    File(FileRecord),
}

pub struct SortedByPath {
    inner: Box<dyn Reporter + Send>,
    /// Paths in `Path` order: component by component, so a folder's files
    /// stay together before the next folder's.
    held: BTreeMap<RecordPath, Vec<Held>>,
}

impl SortedByPath {
    pub fn new(inner: Box<dyn Reporter + Send>) -> SortedByPath {
        SortedByPath { inner, held: BTreeMap::new() }
    }

    fn hold(&mut self, path: &RecordPath, record: Held) -> io::Result<()> {
        self.held.entry(path.clone()).or_default().push(record);
        Ok(())
    }
}

impl Reporter for SortedByPath {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.hold(&change.path, Held::Change(change.clone()))
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.hold(&finding.path, Held::Finding(finding.clone()))
    }

    fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
        self.hold(&message.path, Held::Message(message.clone()))
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        self.hold(&file.path, Held::File(file.clone()))
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        for record in std::mem::take(&mut self.held).into_values().flatten() {
            match record {
                Held::Change(c) => self.inner.change(&c)?,
                Held::Finding(f) => self.inner.finding(&f)?,
                Held::Message(m) => self.inner.message(&m)?,
                Held::File(f) => self.inner.file(&f)?,
            }
        }
        self.inner.summary(summary)
    }
}
