//! Extraction under a time budget, so that no reader can hold up the run:
//! a parser stuck in a loop on a damaged file costs that file (an error
//! saying it timed out) and the scan goes on.
//!
//! Formats read by third-party parsers go to a worker process (`worker`),
//! which can also be killed when it overruns or dies of its input; without
//! workers (`--no-isolate`), to a reader thread. Each crawl thread has one
//! reader thread, reused file after file. A reader pushes what it extracts
//! over a small bounded channel (a pipe for a worker) to the caller's sink,
//! so detection runs where it always did and memory stays that of a few
//! units. The budget counts only the time the caller waits for the reader
//! since it last handed over a unit, part or problem: not the time the
//! reader waits for detection, nor for the OCR engine, which has a budget
//! of its own, and a reader making steady progress through a large
//! mailbox is not stopped. What stops a reader that loops while handing
//! over text is a bound on its waits in all: twice the budget and two
//! seconds more for each MiB of the file (`SLOWEST`).
//! A reader thread that overruns is abandoned, and the next file gets a new
//! one: the old one stops at its next unit if it ever produces one, and a
//! reader that never does keeps its thread until the process exits (a
//! thread cannot be killed), demoted to run only on an idle core. Panics on
//! reader threads are caught where they always were and print nothing:
//! their message may quote the document.

use std::cell::RefCell;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc::{channel, sync_channel, RecvTimeoutError, SendError, Sender, SyncSender};
use std::sync::{Arc, Once};
use std::thread;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{ExtractError, ExtractOptions, HeldUnit, Input, Location, Part, Sink, Unit};
use crate::sniff::Sniffed;

/// The name of every reader thread; the panic hook stays silent on them.
pub(super) const THREAD: &str = "dpscan-reader";

/// Units waiting between the reader and detection.
const QUEUE: usize = 2;

/// Time past its OCR budget a reader may take to kill the engine and go on.
const OCR_GRACE: Duration = Duration::from_secs(5);

/// Bytes of its file a reader reads each second at the slowest: its waits
/// in all may be twice the budget and a second for each of these. (A generated
/// PST holds ~1 KB a message; under load 16 a million-message one was
/// indexed at ~6,400 messages, ~6 MB, a second: 384,499 in 60 s.)
const SLOWEST: u64 = 512 << 10;

/// What a reader hands over, in order: a reader thread (with the input
/// back when done) or a worker process (`worker`, with nothing).
#[derive(Serialize, Deserialize)]
pub(super) enum Event<I> {
    Unit(HeldUnit),
    Part(Part),
    Problem(#[serde(with = "super::worker::location")] Location, ExtractError),
    Ocr(bool),
    Done(Result<(), ExtractError>, I),
}

impl<I> Event<I> {
    /// The event for a unit.
    pub(super) fn unit(unit: &Unit<'_>) -> Event<I> {
        Event::Unit(HeldUnit::of(unit))
    }
}

/// The file to extract: its path, whether a symbolic link there is
/// followed (as `source::open` does), and its size from the metadata the
/// caller has (which bounds its reading time, `SLOWEST`).
pub struct Target<'a> {
    pub path: &'a Path,
    pub follow: bool,
    pub size: u64,
}

/// Extracts like `extract::extract` the file `target`, opened as `input`,
/// under `options.budget`; hands `input` back unless its reader did not
/// finish (it overran or died). Formats this crate's own code reads in one
/// bounded pass, holding no other format inside (text, CSV, JSON, markup,
/// RTF), are read on the caller's thread: most files on a share are small,
/// and two thread switches per file cost more than reading one. The others
/// are read by a worker process when `options.worker_memory` is set
/// (`worker`), else on a reader thread.
pub fn extract<I: Input + Send + 'static>(
    target: &Target<'_>,
    sniffed: Sniffed,
    head: Vec<u8>,
    mut input: I,
    options: &ExtractOptions,
    sink: &mut dyn Sink,
) -> (Result<(), ExtractError>, Option<I>) {
    use crate::sniff::Format;
    if matches!(
        sniffed.format,
        Format::Empty | Format::Text | Format::Csv | Format::Json | Format::Html | Format::Xml | Format::Rtf
    ) {
        let result = super::extract(sniffed, &head, &mut input, options, sink);
        return (result, Some(input));
    }
    if let Some(memory) = options.worker_memory {
        // A file the worker did not finish is not read further here either.
        return match super::worker::extract(memory, target, sniffed, &head, options, sink) {
            Ok(result) => (result, Some(input)),
            Err(error) => (Err(error), None),
        };
    }
    silence_reader_panics();
    let (tx, rx) = sync_channel(QUEUE);
    let options = *options;
    let started = on_reader(Box::new(move || {
        let mut forward = Forward { tx: &tx };
        let result = super::extract(sniffed, &head, &mut input, &options, &mut forward);
        // The caller may have given up on this file: nobody to tell.
        let _ = tx.send(Event::Done(result, input));
    }));
    if let Err(e) = started {
        return (Err(ExtractError::from(e)), None);
    }
    match receive(|limit| rx.recv_timeout(limit), &options, target.size, sink) {
        Ended::Done(result, input) => (result, Some(input)),
        Ended::TimedOut(error) => {
            if let Some(reader) = READER.take() {
                reader.abandon();
            }
            (Err(error), None)
        }
        // Unreachable while `super::extract` catches every panic; said
        // plainly rather than hidden if that ever changes.
        Ended::Gone => (Err(ExtractError::Crashed("the reader stopped without a result".into())), None),
    }
}

/// How a reader's events ended.
pub(super) enum Ended<I> {
    Done(Result<(), ExtractError>, I),
    /// Past its budget: the error to report.
    TimedOut(ExtractError),
    /// The reader went without a result.
    Gone,
}

/// Hands a reader's events, each from `next` waiting at most the time
/// given, to `sink` until the reader is done, overruns or goes: it
/// overruns when it hands over nothing for `options.budget`, or waits
/// longer in all than twice the budget and two seconds for each MiB of the
/// file's `size` (`SLOWEST`). Time spent waiting on the OCR engine is not
/// the reader's: OCR has a budget of its own, which `ocr` keeps by killing
/// the engine.
pub(super) fn receive<I>(
    mut next: impl FnMut(Duration) -> Result<Event<I>, RecvTimeoutError>,
    options: &ExtractOptions,
    size: u64,
    sink: &mut dyn Sink,
) -> Ended<I> {
    let most = 2 * options.budget + Duration::from_secs(size / SLOWEST);
    // Waited in all, and as of the last unit, part or problem: the wait
    // since then is the difference.
    let (mut waited, mut at_progress, mut in_ocr) = (Duration::ZERO, Duration::ZERO, false);
    loop {
        let started = Instant::now();
        let limit = if in_ocr {
            options.ocr.budget + OCR_GRACE
        } else {
            options.budget.saturating_sub(waited - at_progress).min(most.saturating_sub(waited))
        };
        let event = next(limit);
        if !in_ocr {
            waited += started.elapsed();
        }
        if matches!(event, Ok(Event::Unit(_) | Event::Part(_) | Event::Problem(..))) {
            at_progress = waited;
        }
        match event {
            Ok(Event::Ocr(running)) => in_ocr = running,
            Ok(Event::Unit(unit)) => sink.unit(&unit.unit()),
            Ok(Event::Part(part)) => sink.part(&part),
            Ok(Event::Problem(location, error)) => sink.problem(&location, &error),
            Ok(Event::Done(result, input)) => return Ended::Done(result, input),
            Err(RecvTimeoutError::Timeout) => {
                return Ended::TimedOut(if in_ocr {
                    ExtractError::TimedOut(limit)
                } else if waited - at_progress >= options.budget {
                    ExtractError::TimedOut(options.budget)
                } else {
                    ExtractError::Overran(most)
                })
            }
            Err(RecvTimeoutError::Disconnected) => return Ended::Gone,
        }
    }
}

/// A file's extraction, to run on a reader thread.
type Job = Box<dyn FnOnce() + Send>;

thread_local! {
    /// The reader thread of this (worker) thread: started when first needed,
    /// reused file after file (a thread per file costs more than a small
    /// file's extraction), and let go when it overruns.
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

/// A reader thread: where its jobs go, and its kernel thread id once it
/// runs (0 before), to demote it if it overruns.
struct Reader {
    jobs: Sender<Job>,
    tid: Arc<AtomicI32>,
}

impl Reader {
    /// Lets an overrunning reader go. On Linux it then runs only on a core
    /// nothing else wants (`SCHED_IDLE`): a parser spinning forever must not
    /// take a core from the rest of the scan.
    fn abandon(self) {
        #[cfg(target_os = "linux")]
        if let tid @ 1.. = self.tid.load(Ordering::Relaxed) {
            let idle = libc::sched_param { sched_priority: 0 };
            // SAFETY: a plain system call on a thread of this process; if
            // the thread has ended meanwhile, it fails and changes nothing.
            unsafe { libc::sched_setscheduler(tid, libc::SCHED_IDLE, &idle) };
        }
    }
}

/// Runs `job` on this thread's reader thread, starting one if need be.
fn on_reader(job: Job) -> io::Result<()> {
    READER.with_borrow_mut(|reader| {
        let job = match reader.as_ref() {
            Some(reader) => match reader.jobs.send(job) {
                Ok(()) => return Ok(()),
                Err(SendError(job)) => job, // its thread has gone
            },
            None => job,
        };
        let (jobs, rx) = channel::<Job>();
        let tid = Arc::new(AtomicI32::new(0));
        let id = tid.clone();
        thread::Builder::new().name(THREAD.into()).spawn(move || {
            #[cfg(target_os = "linux")]
            // SAFETY: gettid has no preconditions.
            id.store(unsafe { libc::gettid() }, Ordering::Relaxed);
            rx.into_iter().for_each(|job| job())
        })?;
        let _ = jobs.send(job); // cannot fail: the new thread holds `rx`
        *reader = Some(Reader { jobs, tid });
        Ok(())
    })
}

/// The sink on the reader's thread: everything goes to the caller.
struct Forward<'a, I> {
    tx: &'a SyncSender<Event<I>>,
}

/// Unwinds a reader whose caller has gone (timed out); `super::extract`
/// catches it like any panic, without the panic hook being called.
struct Abandoned;

impl<I: Send> Forward<'_, I> {
    fn send(&mut self, event: Event<I>) {
        if self.tx.send(event).is_err() {
            std::panic::resume_unwind(Box::new(Abandoned));
        }
    }
}

impl<I: Send> Sink for Forward<'_, I> {
    fn unit(&mut self, unit: &Unit<'_>) {
        self.send(Event::unit(unit));
    }

    fn part(&mut self, part: &Part) {
        self.send(Event::Part(part.clone()));
    }

    fn problem(&mut self, location: &Location, error: &ExtractError) {
        self.send(Event::Problem(location.clone(), error.clone()));
    }

    fn ocr(&mut self, running: bool) {
        self.send(Event::Ocr(running));
    }
}

/// Panics on reader threads are turned into records by `catch_unwind`;
/// the default hook would also print them, and their message may quote the
/// document. On a reader thread the hook keeps only where the panic was,
/// for `panic_site`.
pub(super) fn silence_reader_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if thread::current().name() != Some(THREAD) {
                return previous(info);
            }
            let site = info.location().map(|l| format!("{}:{}", source_path(l.file()), l.line()));
            PANIC_SITE.set(site);
        }));
    });
}

thread_local! {
    static PANIC_SITE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where the last panic on this reader thread happened, as `crate-version/
/// src/file.rs:line` for a dependency (`vendor/crate/src/file.rs:line` for
/// one patched here): the component to blame.
pub(super) fn panic_site() -> Option<String> {
    PANIC_SITE.take()
}

/// A source path without the machine's registry prefix.
fn source_path(file: &str) -> &str {
    match file.split_once("/registry/src/") {
        Some((_, rest)) => rest.split_once('/').map_or(rest, |(_, crate_path)| crate_path),
        None => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sniff::Format;
    use std::io::Cursor;

    #[derive(Default)]
    struct Collect {
        text: String,
        problems: Vec<String>,
    }

    impl Sink for Collect {
        fn unit(&mut self, unit: &Unit<'_>) {
            self.text.push_str(&unit.text[unit.owned.clone()]);
        }
        fn problem(&mut self, _: &Location, error: &ExtractError) {
            self.problems.push(error.to_string());
        }
    }

    fn text() -> Sniffed {
        Sniffed { format: Format::Text, encoding: Some(encoding_rs::UTF_8) }
    }

    #[test]
    fn text_and_input_come_back() {
        let mut sink = Collect::default();
        let head = b"Contact: a@example.com\n".to_vec();
        let mut input = Cursor::new(head.clone());
        input.set_position(head.len() as u64);
        let target = Target { path: Path::new("t.txt"), follow: false, size: head.len() as u64 };
        let (result, input) = extract(&target, text(), head, input, &ExtractOptions::default(), &mut sink);
        assert!(result.is_ok());
        assert!(input.is_some());
        assert_eq!(sink.text, "Contact: a@example.com\n");
    }

    /// A reader that never ends: an input whose reads block forever.
    struct Stuck;

    impl std::io::Read for Stuck {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            thread::sleep(Duration::from_secs(3600));
            Ok(0)
        }
    }

    impl std::io::Seek for Stuck {
        fn seek(&mut self, _: std::io::SeekFrom) -> std::io::Result<u64> {
            Ok(0)
        }
    }

    impl Input for Stuck {}

    #[test]
    fn a_stuck_reader_times_out() {
        let options = ExtractOptions { budget: Duration::from_secs(1), ..ExtractOptions::default() };
        let mut sink = Collect::default();
        let mailbox = Sniffed { format: Format::Mbox, encoding: Some(encoding_rs::UTF_8) };
        let target = Target { path: Path::new("m.mbox"), follow: false, size: 0 };
        let (result, input) = extract(&target, mailbox, Vec::new(), Stuck, &options, &mut sink);
        assert!(input.is_none());
        let error = result.unwrap_err();
        assert!(matches!(error, ExtractError::TimedOut(_)), "{error}");
        assert_eq!(
            error.to_string(),
            "timed out after 1 s of reading with nothing read (stuck on a damaged file?); not read further"
        );
    }

    /// What `receive` makes of a reader that hands over a unit every
    /// `every`, `units` of them (forever if `None`), then stalls for good,
    /// for a file of `size` bytes under a budget of `budget`; and how many
    /// units reached the sink.
    fn paced(every: Duration, units: Option<usize>, budget: Duration, size: u64) -> (Ended<()>, usize) {
        let options = ExtractOptions { budget, ..ExtractOptions::default() };
        let mut handed = 0;
        let next = |limit: Duration| {
            if units.is_some_and(|units| handed == units) {
                thread::sleep(limit);
                return Err(RecvTimeoutError::Timeout);
            }
            if every > limit {
                thread::sleep(limit);
                return Err(RecvTimeoutError::Timeout);
            }
            thread::sleep(every);
            handed += 1;
            let at = Location::default();
            Ok(Event::unit(&Unit { location: &at, text: "a", first_line: 1, owned: 0..1, spans: &[], ocr: None }))
        };
        let mut sink = Collect::default();
        let ended = receive(next, &options, size, &mut sink);
        (ended, sink.text.len())
    }

    #[test]
    fn a_reader_making_progress_past_its_budget_goes_on_and_a_stalled_one_is_stopped() {
        let (tick, budget) = (Duration::from_millis(100), Duration::from_millis(400));
        // Twelve units, 1.2 s in all, three times the budget, all read;
        // then the reader stalls, and is stopped a budget later.
        let started = Instant::now();
        let (ended, read) = paced(tick, Some(12), budget, 4 << 20);
        let took = started.elapsed();
        assert!(matches!(ended, Ended::TimedOut(ExtractError::TimedOut(after)) if after == budget));
        assert_eq!(read, 12);
        assert!(took >= 12 * tick + budget && took < 12 * tick + 3 * budget, "{took:?}");
        // A reader handing over units forever is stopped by the bound on
        // its waits in all: twice the budget and 2 s a MiB, here none.
        let (ended, read) = paced(tick, None, budget, 1 << 10);
        assert!(matches!(ended, Ended::TimedOut(ExtractError::Overran(after)) if after == 2 * budget));
        assert!((7..=8).contains(&read), "{read}");
    }

    #[test]
    fn panics_name_their_place_not_their_message() {
        let registry = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/lopdf-0.42.0/src/parser.rs";
        assert_eq!(source_path(registry), "lopdf-0.42.0/src/parser.rs");
        assert_eq!(source_path("src/extract/pdf.rs"), "src/extract/pdf.rs");
    }
}
