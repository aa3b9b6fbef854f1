//! One `index` run as the reporting thread sees it: each file compared with
//! what the inventory held, written to the store in batches, and its news
//! for the DPO (new, changed, gone, newly holding personal data, newly due,
//! to review again) reported and kept until the run finishes.

use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use rustc_hash::FxHashMap;

use super::rows::{FindingRow, Findings};
use super::{Ids, IndexError, Known, Loading, RunId, Store, Stored};
use crate::report::{FileRecord, Finding, MessageRecord, Reading, RecordPath, Reporter, Status, Summary};
use crate::retention::Due;
use crate::scan::Standing;

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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ChangeTotals {
    pub new: u64,
    pub changed: u64,
    pub gone: u64,
    pub unchanged: u64,
    /// Files opened and read in this run; the rest were recalled.
    pub read: u64,
    /// Files recalled by their content, not their identity: moved,
    /// copied or touched since, hashed but not read (`Reading::ByContent`).
    pub recalled_by_content: u64,
    pub newly_personal: u64,
    pub newly_special: u64,
    pub newly_due: u64,
    /// Files changed since a reviewer marked them.
    pub review_again: u64,
    /// Files read but not stored (a list held aside could not be written
    /// in full): the next run reads them again.
    #[serde(skip_serializing_if = "crate::report::is_zero")]
    pub unstored: u64,
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
    known: &'a Loading,
    /// Findings of files whose record has not arrived yet, as the store
    /// writes them: a file's in bounded memory, however many it has.
    open: FxHashMap<RecordPath, Findings>,
    /// Which known files this run has reached, by id.
    seen: Ids,
    /// Paths that could not be read this run: nothing under them is gone.
    unreadable: Vec<RecordPath>,
    /// Files read but not stored, and why (`IndexError::Unstored`).
    unstored: Vec<IndexError>,
    batch: Batch,
    totals: ChangeTotals,
    out: Box<dyn Reporter + Send + 'a>,
}

/// The open batch: how many files, and findings, messages and words of
/// theirs, it holds, and since when.
struct Batch {
    files: usize,
    rows: u64,
    since: Instant,
}

impl Batch {
    fn new() -> Batch {
        Batch { files: 0, rows: 0, since: Instant::now() }
    }

    fn is_full(&self) -> bool {
        self.files >= BATCH_FILES || self.rows >= BATCH_ROWS || self.since.elapsed() >= BATCH_TIME
    }
}

/// A batch is committed after this many files, rows (findings, messages
/// and words), or this long, whichever comes first: a killed run loses at
/// most that much work, and a store that holds its batch until then
/// (PostgreSQL's) a bounded part of memory.
const BATCH_FILES: usize = 500;
const BATCH_ROWS: u64 = 200_000;
const BATCH_TIME: Duration = Duration::from_secs(2);

impl<'a> IndexWriter<'a> {
    /// The writer of `run`: `known` is everything held under its roots.
    pub fn new(store: &'a mut dyn Store, run: &'a Run, known: &'a Loading, out: Box<dyn Reporter + Send + 'a>) -> Self {
        IndexWriter {
            store,
            run,
            known,
            open: FxHashMap::default(),
            seen: Ids::default(),
            unreadable: Vec::new(),
            unstored: Vec::new(),
            batch: Batch::new(),
            totals: ChangeTotals::default(),
            out,
        }
    }

    /// The changes seen so far.
    pub fn totals(&self) -> &ChangeTotals {
        &self.totals
    }

    /// The files read but not stored, and why: each is read again by the
    /// next run.
    pub fn unstored(&self) -> &[IndexError] {
        &self.unstored
    }

    fn store_error(e: IndexError) -> io::Error {
        io::Error::other(e)
    }

    /// Counts a file's change and news, reports its news, and ends the
    /// batch when it is full (`rows`: the findings, messages and words it
    /// added).
    fn count(&mut self, path: &Path, news: News, rows: u64) -> io::Result<()> {
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
            self.out.change(&Change { path: path.into(), news })?;
        }
        self.batch.files += 1;
        self.batch.rows += rows;
        if self.batch.is_full() {
            self.store.commit().map_err(Self::store_error)?;
            self.batch = Batch::new();
        }
        Ok(())
    }

    /// What was held, once loaded.
    fn known(&self) -> io::Result<&'a Known> {
        self.known.known().map_err(|e| io::Error::other(e.to_string()))
    }
}

impl Reporter for IndexWriter<'_> {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.out.change(change)
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        let row = FindingRow::encode(finding).map_err(Self::store_error)?;
        match self.open.get_mut(&finding.path) {
            Some(findings) => findings.push(row),
            None => self.open.entry(finding.path.clone()).or_default().push(row),
        }
        Ok(())
    }

    fn message(&mut self, _: &MessageRecord) -> io::Result<()> {
        Ok(()) // messages are kept with their file's facts
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        let findings = self.open.remove(&file.path).unwrap_or_default().finish();
        if matches!(file.status, Status::Error { .. }) {
            self.unreadable.push(file.path.clone());
        }
        let facts = file.facts.as_deref().expect("an index run asks for facts");
        let due = file.retention.as_ref().map(|v| v.action);
        let before = self.known()?.get(&file.path).map_err(Self::store_error)?;
        let before = before.as_deref();
        if let Some(before) = before {
            self.seen.insert(before.id);
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
            let moved = |b: &Stored| {
                b.due != due || b.root != facts.root || b.judged != facts.judged || b.pending != pending.copied()
            };
            if before.is_some_and(moved) {
                self.store.update(file, pending).map_err(Self::store_error)?;
            }
        } else {
            match self.store.put(self.run.id, file, &findings, &self.run.fingerprint, pending) {
                // Nothing of it was written: its old row, if any, stands,
                // and the next run reads it again.
                Err(e @ IndexError::Unstored { .. }) => {
                    self.totals.unstored += 1;
                    self.unstored.push(e);
                    return Ok(());
                }
                stored => stored.map_err(Self::store_error)?,
            }
            self.totals.read += u64::from(facts.reading == Reading::Opened);
            self.totals.recalled_by_content += u64::from(matches!(facts.reading, Reading::ByContent { .. }));
        }
        // Only what `put` wrote counts towards the batch.
        let rows = if recalled { 0 } else { findings.len() + facts.messages.len() + facts.words.word_count };
        self.count(&file.path, news, rows)
    }

    /// A file whose stored verdict stands: unchanged, and nothing to write
    /// but its news of a run that did not finish, if any, to report again.
    fn standing(&mut self, path: &Path, file: &Standing) -> io::Result<()> {
        self.seen.insert(file.id);
        let news = News {
            change: FileChange::Unchanged,
            newly_personal: false,
            newly_special: false,
            newly_due: None,
            review_again: false,
        };
        self.count(path, news.after(file.pending), 0)
    }

    /// The crawl is complete: what was held and not reached is gone if it
    /// is no longer there (`no_longer_there`). A file left out of this run by a filter, or
    /// under a folder that could not be read, keeps its record.
    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        let known = self.known()?;
        // Counted as they pass, though only needed when something went.
        let mut held = vec![0usize; self.run.roots.len()];
        let mut gone: Vec<PathBuf> = Vec::new();
        // Most nights every file held is reached: nothing to look for.
        if !known.all_reached(&self.seen) {
            known
                .paths(&mut |id, path| {
                    if let Some(root) = self.run.roots.iter().position(|r| path.starts_with(r)) {
                        held[root] += 1;
                    }
                    if !self.seen.contains(id)
                        && !self.unreadable.iter().any(|u| path.starts_with(u))
                        && no_longer_there(path)
                    {
                        gone.push(path.to_path_buf());
                    }
                })
                .map_err(Self::store_error)?;
        }
        gone.sort();
        if !self.run.allow_all_gone {
            for (root, held) in self.run.roots.iter().zip(held) {
                let gone_here = gone.iter().filter(|p| p.starts_with(root)).count();
                if gone_here > 0 && gone_here == held {
                    let refused = IndexError::Refused(format!(
                        "all {gone_here} files held under {} are gone: is the share mounted? Nothing was marked gone; \
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
        let summary = Summary { changes: Some(self.totals), ..summary.clone() };
        self.store.finish_run(self.run.id, &gone, &summary).map_err(Self::store_error)?;
        self.out.summary(&summary)
    }
}

/// Whether no file is at `path` any more: nothing is, or a folder is (the
/// file became a folder), or its folder became a file.
pub(super) fn no_longer_there(path: &Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata.is_dir(),
        Err(e) => matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory),
    }
}
