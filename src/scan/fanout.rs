//! One large file's text detected on every thread of the crawl, with the
//! findings of one thread.
//!
//! The thread reading the file gathers its units into batches that hold
//! about a window of memory (their text, locations, spans and the
//! structures that hold them: a mailbox of short messages holds ~15 times
//! its text) and queues them. The crawl's other threads are offered a share
//! (`Crew::recruit`) whenever a batch waits and none is helping; a helper
//! takes batches off the queue until it is empty, then goes back to the
//! crawl, so a file slow to read does not hold threads idle. The reading
//! thread reads queued batches itself whenever it must wait. A file has two
//! batches out, plus one per helper (eight at most), and no more than a
//! window's worth of units per batch it may have out, so the units out hold
//! a few windows per thread however small or large they are. (What a batch
//! read ahead has found, and its copy of the names seen, are not weighed.)
//! Batches are taken back in order and applied to the file as one thread
//! would have, so its findings, their order and its totals are the same.
//!
//! Detection carries one thing from unit to unit: the names the file's
//! earlier units found (`NamesSeen`). A batch is read with a speculative
//! copy of it as of when the batch was queued; when its turn comes,
//! `NamesSeen::settle` checks that each question the batch asked would have
//! had the same answer. If not (a name first found in a batch still out,
//! mentioned alone in this one), the reading thread reads the batch again
//! with the names as they now stand. A mailbox's names are kept per
//! conversation, so a batch also carries where each message enters one,
//! and starts in the conversation its first unit belongs to.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use crate::detect::names::NamesSeen;
use crate::extract::{HeldUnit, Location, Span, Unit};
use crate::walk::{Crew, Help};

use super::{Detector, Kept};

/// Batches a file may have out at once, however many threads help.
const MAX_IN_FLIGHT: usize = 8;

/// Batches a file has out when nobody helps: one being read, one queued.
const UNHELPED_IN_FLIGHT: usize = 2;

/// Units and what detection kept of each, in order.
pub type Read = Vec<(HeldUnit, Vec<Kept>)>;

/// What a batch holds, in the order the file gave it.
enum Step {
    /// Reading on in this conversation (`NamesSeen::enter`).
    Enter(Box<str>),
    Unit(Box<HeldUnit>),
}

/// A large file's units on their way through the crew.
pub struct Fanout<'c, 'env> {
    shared: Arc<Shared<'env>>,
    crew: &'c Crew<'c, 'env>,
    help: Help<'env>,
    batch: Gathering,
    /// Memory per batch.
    window: usize,
    /// The next batch to queue, and the next to take back.
    queued: u64,
    taken: u64,
    /// Bytes the units of each batch out hold, oldest first, and in all.
    out: VecDeque<usize>,
    held_out: usize,
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
    /// Offers of help on the crawl's stack not yet taken.
    offered: usize,
    /// Threads taking batches off the queue.
    helping: usize,
    /// The file is done: offers taken now return at once.
    over: bool,
}

struct Batch {
    index: u64,
    steps: Vec<Step>,
    seen: NamesSeen,
}

struct Done {
    steps: Vec<Step>,
    seen: NamesSeen,
    kept: std::thread::Result<Vec<Vec<Kept>>>,
}

impl<'c, 'env> Fanout<'c, 'env> {
    /// Shares with `crew` the detection of the units pushed, in batches
    /// holding about `window` bytes.
    pub fn new(detector: Detector<'env>, crew: &'c Crew<'c, 'env>, window: usize) -> Fanout<'c, 'env> {
        let shared = Arc::new(Shared { detector, state: Mutex::default(), changed: Condvar::new() });
        let helper = shared.clone();
        let help: Help<'env> = Arc::new(move || helper.help());
        let batch = Gathering::default();
        Fanout { shared, crew, help, batch, window, queued: 0, taken: 0, out: VecDeque::new(), held_out: 0 }
    }

    /// Takes `unit` for detection; returns the units whose turn has come,
    /// as read with `seen`, the names of the units before them.
    pub fn push(&mut self, unit: &Unit<'_>, seen: &mut NamesSeen) -> Read {
        self.batch.unit(unit);
        self.cut(seen)
    }

    /// The units pushed from here on belong to `conversation`; returns, as
    /// `push` does, the units whose turn has come.
    pub fn enter(&mut self, conversation: &str, seen: &mut NamesSeen) -> Read {
        self.batch.enter(conversation);
        self.cut(seen)
    }

    /// Queues the batch once it holds a window, then takes batches back
    /// until those out are within the limit, by count and by bytes.
    fn cut(&mut self, seen: &mut NamesSeen) -> Read {
        let mut read = Vec::new();
        if self.batch.held >= self.window {
            self.queue(seen);
            loop {
                let limit = self.shared.limit();
                if self.out.len() < limit && self.held_out <= limit * self.window {
                    break;
                }
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
        if self.batch.steps.is_empty() {
            return;
        }
        self.out.push_back(self.batch.held);
        self.held_out += self.batch.held;
        let batch = Batch { index: self.queued, steps: self.batch.take(), seen: seen.speculate() };
        self.queued += 1;
        let mut state = self.shared.lock();
        state.queue.push_back(batch);
        if state.offered + state.helping == 0 {
            state.offered = self.crew.threads() - 1;
            drop(state);
            self.crew.recruit(self.help.clone());
        }
    }

    /// The next batch in order, read while waiting for it if nobody has.
    fn take(&mut self, seen: &mut NamesSeen, read: &mut Read) {
        self.held_out -= self.out.pop_front().unwrap_or_default();
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
                    let kept = self.shared.detector.detect_steps(&batch.steps, seen);
                    read.extend(units(batch.steps).zip(kept));
                    return;
                }
                Some(batch) => state = self.shared.read(batch, state),
                None => state = self.shared.changed.wait(state).unwrap_or_else(PoisonError::into_inner),
            }
        };
        drop(state);
        self.taken += 1;
        let kept = done.kept.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let kept = match seen.settle(done.seen) {
            true => kept,
            false => self.shared.detector.detect_steps(&done.steps, seen),
        };
        read.extend(units(done.steps).zip(kept));
    }
}

/// The batch being gathered, weighed by the memory its steps hold.
#[derive(Default)]
struct Gathering {
    steps: Vec<Step>,
    /// Bytes its steps hold.
    held: usize,
    /// The conversation the file's last message entered.
    conversation: Option<Box<str>>,
}

impl Gathering {
    fn unit(&mut self, unit: &Unit<'_>) {
        if self.steps.is_empty() {
            if let Some(conversation) = self.conversation.clone() {
                self.push(Step::Enter(conversation));
            }
        }
        self.push(Step::Unit(Box::new(HeldUnit::of(unit))));
    }

    fn enter(&mut self, conversation: &str) {
        self.conversation = Some(conversation.into());
        self.push(Step::Enter(conversation.into()));
    }

    fn push(&mut self, step: Step) {
        self.held += step.held();
        self.steps.push(step);
    }

    /// The steps gathered; the next batch starts empty.
    fn take(&mut self) -> Vec<Step> {
        self.held = 0;
        std::mem::take(&mut self.steps)
    }
}

impl Step {
    /// The bytes it holds: its own, its box's and what its strings and
    /// spans hold (their lengths: allocator overhead and spare capacity are
    /// not counted).
    fn held(&self) -> usize {
        let strings =
            |strings: &[&Option<String>]| -> usize { strings.iter().map(|s| s.as_ref().map_or(0, String::len)).sum() };
        size_of::<Step>()
            + match self {
                Step::Enter(conversation) => conversation.len(),
                Step::Unit(unit) => {
                    let HeldUnit { location, text, first_line: _, owned: _, spans, ocr: _ } = &**unit;
                    let Location { member, message, page: _, sheet, cell, json_path, image: _, line: _ } = location;
                    let spans: usize = spans.iter().map(Span::held).sum();
                    size_of::<HeldUnit>() + text.len() + strings(&[member, message, sheet, cell, json_path]) + spans
                }
            }
    }
}

impl Drop for Fanout<'_, '_> {
    fn drop(&mut self) {
        self.shared.lock().over = true;
        self.shared.changed.notify_all();
    }
}

impl Shared<'_> {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Batches the file may have out now.
    fn limit(&self) -> usize {
        (UNHELPED_IN_FLIGHT + self.lock().helping).min(MAX_IN_FLIGHT)
    }

    /// A helper's share: batches off the queue until it is empty.
    fn help(&self) {
        let mut state = self.lock();
        state.offered -= 1;
        state.helping += 1;
        while !state.over {
            let Some(batch) = state.queue.pop_front() else { break };
            state = self.read(batch, state);
        }
        state.helping -= 1;
    }

    /// Reads `batch` with the lock let go, and files what it kept.
    fn read<'s>(&'s self, batch: Batch, state: MutexGuard<'s, State>) -> MutexGuard<'s, State> {
        drop(state);
        let Batch { index, steps, mut seen } = batch;
        let kept =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.detector.detect_steps(&steps, &mut seen)));
        let mut state = self.lock();
        state.read.insert(index, Done { steps, seen, kept });
        self.changed.notify_all();
        state
    }
}

impl Detector<'_> {
    /// What detection keeps of each unit of `steps`, read in order.
    fn detect_steps(&self, steps: &[Step], seen: &mut NamesSeen) -> Vec<Vec<Kept>> {
        let mut kept = Vec::new();
        for step in steps {
            match step {
                Step::Enter(conversation) => seen.enter(conversation),
                Step::Unit(unit) => kept.push(self.detect(&unit.unit(), seen)),
            }
        }
        kept
    }
}

/// The units of `steps`, in order.
fn units(steps: Vec<Step>) -> impl Iterator<Item = HeldUnit> {
    steps.into_iter().filter_map(|step| match step {
        Step::Unit(unit) => Some(*unit),
        Step::Enter(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Mutex;

    use super::*;
    use crate::detect::{Engine, EngineOptions};
    use crate::extract::Field;
    use crate::report::Disclosure;
    use crate::walk::{WalkOptions, Walker};

    /// Pushes `messages` messages of two units each, made by `unit`, to a
    /// `Fanout` of one thread cutting batches of `window` bytes. Checks that
    /// each batch queued starts in its conversation and that its units hold,
    /// at least (their `HeldUnit`s, texts, ids and spans), more than half a
    /// window and less than a window and a unit; returns the batches cut.
    fn cut_batches(window: usize, messages: usize, unit: impl Fn(usize) -> (String, Vec<Span>) + Sync) -> u64 {
        let engine = Engine::new(&crate::rules::builtin().unwrap(), EngineOptions::default()).unwrap();
        let disclosure = Disclosure::default();
        let detector =
            Detector { engine: &engine, path: Path::new("m.pst").into(), disclosure: &disclosure, report: false };
        // A crawl of one file on one thread lends its crew.
        let walk =
            WalkOptions { roots: vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")], ..Default::default() };
        let batches = Mutex::new(None);
        Walker::new(&walk).unwrap().run(1, || {
            |_, crew: &Crew<'_, '_>| {
                let mut fanout = Fanout::new(detector.clone(), crew, window);
                let mut seen = NamesSeen::default();
                let check = |fanout: &Fanout<'_, '_>, queued: u64| {
                    if fanout.queued == queued {
                        return;
                    }
                    let state = fanout.shared.lock();
                    let batch = state.queue.iter().find(|b| b.index == queued).expect("the batch cut is queued");
                    assert!(matches!(batch.steps[0], Step::Enter(_)), "a batch starts in its conversation");
                    let least = units_held(&batch.steps);
                    assert!(
                        least > window / 2 && least < window + 4096,
                        "{} steps hold {least} bytes",
                        batch.steps.len()
                    );
                };
                for i in 0..messages {
                    let location = Location { message: Some(format!("m{i}@example.com")), ..Location::default() };
                    let queued = fanout.queued;
                    fanout.enter(location.message.as_deref().expect("an id"), &mut seen);
                    check(&fanout, queued);
                    for part in 0..2 {
                        let (text, spans) = unit(2 * i + part);
                        let queued = fanout.queued;
                        fanout.push(&Unit::whole(&location, &text, 1, &spans), &mut seen);
                        check(&fanout, queued);
                    }
                }
                *batches.lock().unwrap() = Some(fanout.queued);
                fanout.finish(&mut seen);
                true
            }
        });
        batches.into_inner().unwrap().expect("the crawl reached the file")
    }

    /// At least what `steps`' units hold: their `HeldUnit`s, texts,
    /// message ids and spans.
    fn units_held(steps: &[Step]) -> usize {
        let held = |unit: &HeldUnit| {
            let id = unit.location.message.as_ref().map_or(0, String::len);
            size_of::<HeldUnit>() + unit.text.len() + id + size_of_val(unit.spans.as_slice())
        };
        let unit = |step: &Step| match step {
            Step::Unit(unit) => Some(held(unit)),
            Step::Enter(_) => None,
        };
        steps.iter().filter_map(unit).sum()
    }

    /// A mailbox of short messages is cut into batches by the memory its
    /// units hold, not by their text: each batch holds about a window
    /// however many messages there are and however little text each has (a
    /// million, cut by their text, held ~140 MB in the batches out).
    #[test]
    fn batches_of_short_messages_hold_about_a_window_of_memory() {
        let batches = cut_batches(64 << 10, 50_000, |i| (format!("Note {i} seen.\n"), Vec::new()));
        assert!(batches > 100, "{batches} batches");
    }

    /// Rows of one-character cells hold ~16 times their text in spans; a
    /// batch of them is weighed by their spans too.
    #[test]
    fn batches_of_small_cells_weigh_their_spans() {
        let batches = cut_batches(64 << 10, 2_000, |row| {
            let spans =
                (0..50).map(|col| Span { start: 2 * col, field: Field::Cell { row: row as u32, col: col as u32 } });
            ((0..50).map(|col| format!("{},", col % 10)).collect::<String>() + "\n", spans.collect())
        });
        assert!(batches > 50, "{batches} batches");
    }
}
