//! One large file's text detected on every thread of the crawl, with the
//! findings of one thread.
//!
//! The thread reading the file gathers its units into batches of about a
//! window of text and queues them; the crawl's other threads are recruited
//! (`Crew::recruit`) and take batches off the queue, as does the reading
//! thread whenever it must wait. At most two batches per thread are out at
//! once, so memory stays that of a few windows. Batches are taken back in
//! order and applied to the file as one thread would have, so its findings,
//! their order and its totals are the same.
//!
//! Detection carries one thing from unit to unit: the names the file's
//! earlier units found (`NamesSeen`). A batch is read with a speculative
//! copy of it as of when the batch was queued; when its turn comes,
//! `NamesSeen::settle` checks that each question the batch asked would have
//! had the same answer. If not (a name first found in a batch still out,
//! mentioned alone in this one), the reading thread reads the batch again
//! with the names as they now stand.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use crate::detect::names::NamesSeen;
use crate::extract::{HeldUnit, Unit};
use crate::walk::Crew;

use super::{Detector, Kept};

/// Batches a file may have out at once, however many threads help.
const MAX_IN_FLIGHT: usize = 8;

/// Units and what detection kept of each, in order.
pub type Read = Vec<(HeldUnit, Vec<Kept>)>;

/// A large file's units on their way through the crew.
pub struct Fanout<'env> {
    shared: Arc<Shared<'env>>,
    batch: Vec<HeldUnit>,
    bytes: usize,
    /// Text per batch.
    window: usize,
    /// Batches out at most.
    limit: usize,
    /// The next batch to queue, and the next to take back.
    queued: u64,
    taken: u64,
}

struct Shared<'env> {
    detector: Detector<'env>,
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Batch>,
    read: BTreeMap<u64, Done>,
    /// The file is done: helpers go back to the crawl.
    over: bool,
}

struct Batch {
    index: u64,
    units: Vec<HeldUnit>,
    seen: NamesSeen,
}

struct Done {
    units: Vec<HeldUnit>,
    seen: NamesSeen,
    kept: std::thread::Result<Vec<Vec<Kept>>>,
}

impl<'env> Fanout<'env> {
    /// Recruits `crew` to detect the units pushed, in batches of `window`
    /// bytes of text.
    pub fn new(detector: Detector<'env>, crew: &Crew<'_, 'env>, window: usize) -> Fanout<'env> {
        let shared = Arc::new(Shared { detector, state: Mutex::default(), changed: Condvar::new() });
        let helper = shared.clone();
        crew.recruit(Arc::new(move || helper.help()));
        // One batch for each thread and one more being queued, whatever the
        // crew's size past eight: memory stays a few windows per file.
        let limit = crew.threads().clamp(2, MAX_IN_FLIGHT);
        Fanout { shared, batch: Vec::new(), bytes: 0, window, limit, queued: 0, taken: 0 }
    }

    /// Takes `unit` for detection; returns the units whose turn has come,
    /// as read with `seen`, the names of the units before them.
    pub fn push(&mut self, unit: &Unit<'_>, seen: &mut NamesSeen) -> Read {
        self.bytes += unit.text.len();
        self.batch.push(HeldUnit::of(unit));
        let mut read = Vec::new();
        if self.bytes >= self.window {
            self.queue(seen);
            while self.queued - self.taken >= self.limit as u64 {
                self.take(seen, &mut read);
            }
        }
        read
    }

    /// The units not yet returned, once the file has no more; the helpers
    /// are let go.
    pub fn finish(mut self, seen: &mut NamesSeen) -> Read {
        self.queue(seen);
        let mut read = Vec::new();
        while self.taken < self.queued {
            self.take(seen, &mut read);
        }
        read
    }

    fn queue(&mut self, seen: &NamesSeen) {
        if self.batch.is_empty() {
            return;
        }
        let batch = Batch { index: self.queued, units: std::mem::take(&mut self.batch), seen: seen.speculate() };
        self.bytes = 0;
        self.queued += 1;
        self.shared.lock().queue.push_back(batch);
        self.shared.changed.notify_one();
    }

    /// The next batch in order, read while waiting for it if nobody has.
    fn take(&mut self, seen: &mut NamesSeen, read: &mut Read) {
        let mut state = self.shared.lock();
        let done = loop {
            if let Some(done) = state.read.remove(&self.taken) {
                break done;
            }
            match state.queue.pop_front() {
                // The batch whose turn it is, taken by no helper: read with
                // the names as they are, nothing to check afterwards.
                Some(batch) if batch.index == self.taken => {
                    drop(state);
                    self.taken += 1;
                    let kept: Vec<_> =
                        batch.units.iter().map(|unit| self.shared.detector.detect(&unit.unit(), seen)).collect();
                    read.extend(batch.units.into_iter().zip(kept));
                    return;
                }
                Some(batch) => {
                    drop(state);
                    let (index, done) = self.shared.read(batch);
                    state = self.shared.lock();
                    state.read.insert(index, done);
                }
                None => state = self.shared.changed.wait(state).unwrap_or_else(PoisonError::into_inner),
            }
        };
        drop(state);
        self.taken += 1;
        let kept = done.kept.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let kept = match seen.settle(done.seen) {
            true => kept,
            false => done.units.iter().map(|unit| self.shared.detector.detect(&unit.unit(), seen)).collect(),
        };
        read.extend(done.units.into_iter().zip(kept));
    }
}

impl Drop for Fanout<'_> {
    fn drop(&mut self) {
        self.shared.lock().over = true;
        self.shared.changed.notify_all();
    }
}

impl Shared<'_> {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A helper's share: batches off the queue until the file is done.
    fn help(&self) {
        let mut state = self.lock();
        loop {
            if state.over {
                return;
            }
            match state.queue.pop_front() {
                Some(batch) => {
                    drop(state);
                    let (index, done) = self.read(batch);
                    state = self.lock();
                    state.read.insert(index, done);
                    self.changed.notify_all();
                }
                None => state = self.changed.wait(state).unwrap_or_else(PoisonError::into_inner),
            }
        }
    }

    fn read(&self, batch: Batch) -> (u64, Done) {
        let Batch { index, units, mut seen } = batch;
        let kept = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            units.iter().map(|unit| self.detector.detect(&unit.unit(), &mut seen)).collect()
        }));
        (index, Done { units, seen, kept })
    }
}
