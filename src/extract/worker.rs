//! Worker processes, so that no input can end the run (the design of Tika's
//! forked parser): the formats third-party parsers read are extracted by a
//! copy of dpscan started as a worker, under an address-space limit. A
//! reader that runs out of memory, aborts, dies on a signal or overruns its
//! budget costs its file only (an error record saying which), and its worker
//! is killed and replaced.
//!
//! Each crawl thread keeps one worker, started when first needed, and sends
//! it one request per file on its stdin: the path, the first bytes and what
//! sniffing made of them, the options. The worker opens the file as the scan
//! does (`source::open`), extracts it on a reader thread and writes the
//! events a reader thread would hand over (`guard::Event`) to its stdout,
//! each a length-prefixed postcard frame, in batches (`Frames`), which the
//! crawl thread reads itself (a thread between them would cost a wake-up
//! per batch).
//! Detection stays in the parent: the results are exactly those of reading
//! in-process.
//!
//! The worker is the same executable, told by `WORKER` as its only
//! argument, its stdin a pipe.
//! Its allocator turns a failed allocation into the exit status
//! `OUT_OF_MEMORY` (see `Allocator`), the one death that says why.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::RefCell;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitCode, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::guard::{self, Ended, Event, Target};
use super::{ExtractError, ExtractOptions, Location, Part, Sink, Unit};
use crate::sniff::{Format, Sniffed};

/// The argument that makes dpscan a worker (no command of its CLI).
const WORKER: &str = "--dpscan-internal-worker";

/// A worker's exit status when an allocation failed: it reached its limit.
const OUT_OF_MEMORY: i32 = 86;

/// One file to read, as the parent sniffed it.
#[derive(Serialize, Deserialize)]
struct Request {
    /// The path's bytes: a path need not be UTF-8.
    path: Vec<u8>,
    follow: bool,
    format: Format,
    /// The text encoding sniffed, by name.
    encoding: Option<String>,
    head: Vec<u8>,
    options: ExtractOptions,
}

/// Extracts the file at `file.path` in this thread's worker, started under
/// `memory` bytes of address space if need be; see `guard::extract`. The
/// reader's result if the worker finished the file, else why not (it timed
/// out, died or could not start).
pub(super) fn extract(
    memory: u64,
    file: &Target<'_>,
    sniffed: Sniffed,
    head: &[u8],
    options: &ExtractOptions,
    sink: &mut dyn Sink,
) -> Result<Result<(), ExtractError>, ExtractError> {
    let request = Request {
        path: file.path.as_os_str().as_bytes().to_vec(),
        follow: file.follow,
        format: sniffed.format,
        encoding: sniffed.encoding.map(|e| e.name().to_string()),
        head: head.to_vec(),
        options: ExtractOptions { worker_memory: None, ..*options },
    };
    WORKER_OF_THREAD.with_borrow_mut(|slot| {
        let mut worker = match slot.take().filter(|w| w.memory == memory).and_then(Worker::alive) {
            Some(worker) => worker,
            None => Worker::start(memory)
                .map_err(|e| ExtractError::from(io::Error::other(format!("cannot start a worker process: {e}"))))?,
        };
        // A worker that cannot take the request has died: `receive` says so.
        let _ = write_frame(&mut worker.requests, &mut Vec::new(), &request);
        match guard::receive(|limit| worker.output.next(limit), options, file.size, sink) {
            Ended::Done(result, ()) => {
                *slot = Some(worker);
                Ok(result)
            }
            Ended::TimedOut(error) => Err(error),
            Ended::Gone => Err(died(sniffed.format, memory, worker.stop())),
        }
    })
}

thread_local! {
    /// The worker of this crawl thread, reused file after file; killed
    /// when its `Tenure` ends, else when the thread ends.
    static WORKER_OF_THREAD: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Held by a crawl thread while it reads files: when it is dropped, the
/// thread's worker is killed and reaped there and then. Left to the
/// thread-local's destructor, that happens after the thread's closure has
/// returned, which is all `thread::scope` waits for: dpscan could exit
/// first, its workers unreaped and their CPU time missing from the run's
/// (a pdf share measured 1.2-2.7 s of CPU for 4.2 s used).
pub struct Tenure;

impl Drop for Tenure {
    fn drop(&mut self) {
        drop(WORKER_OF_THREAD.take());
    }
}

/// A worker process: where requests go, where its events come from.
struct Worker {
    child: Child,
    requests: ChildStdin,
    output: Output,
    /// Its address-space limit.
    memory: u64,
    /// Set once it has been reaped.
    status: Option<ExitStatus>,
    /// Set once a thread of its own waits for it.
    reaper: bool,
}

impl Worker {
    fn start(memory: u64) -> io::Result<Worker> {
        let mut command = Command::new(std::env::current_exe()?);
        command.arg(WORKER).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null());
        // Its own process group, killed whole. (The OCR engine it may start
        // has a group of its own, and is killed when the worker dies.)
        command.process_group(0);
        // SAFETY: only async-signal-safe system calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                // The soft limit only: the OCR engine it starts sets its own.
                let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
                if libc::getrlimit(libc::RLIMIT_AS, &mut limit) != 0 {
                    return Err(io::Error::last_os_error());
                }
                limit.rlim_cur = memory.min(limit.rlim_max);
                if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                    return Err(io::Error::last_os_error());
                }
                // Never outlive the thread that started it, however it ends.
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command.spawn()?;
        let (Some(requests), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            unreachable!("both are piped");
        };
        Ok(Worker {
            child,
            requests,
            output: Output { pipe: output, buffer: Vec::new(), start: 0 },
            memory,
            status: None,
            reaper: false,
        })
    }

    /// The worker, if it still runs (it may have been killed between files).
    fn alive(mut self) -> Option<Worker> {
        self.status = self.child.try_wait().ok().flatten();
        self.status.is_none().then_some(self)
    }

    /// Kills it with all it started and reaps it: how it ended, unless it
    /// takes more than `REAPED` to end (stuck in the kernel, say), when a
    /// thread of its own waits for it and the caller goes on.
    fn stop(&mut self) -> Option<ExitStatus> {
        if self.status.is_some() || self.reaper {
            return self.status;
        }
        // Not reaped yet, so its pid, the group's id, is still its own.
        let pid = self.child.id() as i32;
        // SAFETY: a plain system call.
        unsafe { libc::kill(-pid, libc::SIGKILL) };
        let killed = Instant::now();
        while killed.elapsed() < REAPED {
            match self.child.try_wait() {
                Ok(None) => thread::sleep(Duration::from_millis(1)),
                Ok(status) => {
                    self.status = status;
                    return status;
                }
                Err(_) => return None,
            }
        }
        // SAFETY: waits for this child only, which nothing else reaps now.
        let waited = thread::Builder::new()
            .name("reaper".into())
            .spawn(move || unsafe { libc::waitpid(pid, std::ptr::null_mut(), 0) });
        // Without the thread it stays a zombie until dpscan ends.
        self.reaper = waited.is_ok();
        None
    }
}

/// How long a killed worker is waited for on the crawl thread.
const REAPED: Duration = Duration::from_secs(1);

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A worker's output, read on the caller's thread: frames decoded as they
/// come, each waited for at most the time asked.
struct Output {
    pipe: ChildStdout,
    /// Bytes read, the frames before `start` already decoded.
    buffer: Vec<u8>,
    start: usize,
}

/// Bytes asked of the pipe at a time: what a pipe holds.
const CHUNK: usize = 64 << 10;

impl Output {
    /// The next event, or why there is none: no frame within `limit`, or
    /// the worker's output ended (it died) or made no sense.
    fn next(&mut self, limit: Duration) -> Result<Event<()>, RecvTimeoutError> {
        let deadline = Instant::now() + limit;
        loop {
            let mut pending = &self.buffer[self.start..];
            if let Some(length) = pending.first_chunk::<4>().map(|l| u32::from_le_bytes(*l) as usize) {
                if pending.len() >= 4 + length {
                    pending = &pending[4..4 + length];
                    self.start += 4 + length;
                    return postcard::from_bytes(pending).map_err(|_| RecvTimeoutError::Disconnected);
                }
            }
            self.buffer.drain(..self.start);
            self.start = 0;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(RecvTimeoutError::Timeout);
            }
            let mut ready = [libc::pollfd { fd: self.pipe.as_raw_fd(), events: libc::POLLIN, revents: 0 }];
            // Rounded up: a wait of 0 ms would spin.
            let ms = left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32;
            // SAFETY: `ready` is one valid pollfd for the call's duration.
            match unsafe { libc::poll(ready.as_mut_ptr(), 1, ms) } {
                0 => continue,
                n if n < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => continue,
                n if n < 0 => return Err(RecvTimeoutError::Disconnected),
                _ => {}
            }
            let filled = self.buffer.len();
            self.buffer.resize(filled + CHUNK, 0);
            let read = self.pipe.read(&mut self.buffer[filled..]);
            self.buffer.truncate(filled + *read.as_ref().unwrap_or(&0));
            if !matches!(read, Ok(1..)) {
                return Err(RecvTimeoutError::Disconnected);
            }
        }
    }
}

/// Why a worker reading a `reader` file went without a result.
fn died(reader: Format, memory: u64, status: Option<ExitStatus>) -> ExtractError {
    let reader = reader.as_str();
    let Some(status) = status else {
        return ExtractError::Crashed(format!("the {reader} reader's process ended, how is unknown"));
    };
    match (status.code(), status.signal()) {
        (Some(OUT_OF_MEMORY), _) => {
            ExtractError::Limit(format!("the {reader} reader ran out of memory at {} (--worker-memory)", size(memory)))
        }
        (_, Some(signal)) => {
            ExtractError::Crashed(format!("the {reader} reader was killed by signal {signal}{}", signal_name(signal)))
        }
        (code, None) => {
            ExtractError::Crashed(format!("the {reader} reader's process exited with status {}", code.unwrap_or(-1)))
        }
    }
}

/// " (SIGKILL)" for the signals a reader dies of; empty for others.
fn signal_name(signal: i32) -> &'static str {
    match signal {
        libc::SIGKILL => " (SIGKILL)",
        libc::SIGSEGV => " (SIGSEGV)",
        libc::SIGABRT => " (SIGABRT)",
        libc::SIGBUS => " (SIGBUS)",
        libc::SIGILL => " (SIGILL)",
        libc::SIGFPE => " (SIGFPE)",
        _ => "",
    }
}

/// A size as the flags take it: "1 GiB", "300 MiB".
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 => format!("{} MiB", b >> 20),
        b => format!("{b} bytes"),
    }
}

/// Serves as a worker, if this process was started as one: reads requests
/// until its input ends. The exit code, or `None` in any other process.
pub fn serve_if_worker() -> Option<ExitCode> {
    let mut args = std::env::args_os().skip(1);
    if args.next().is_none_or(|arg| arg != WORKER) || args.next().is_some() {
        return None;
    }
    // SAFETY: fstat fills `stat`, a plain struct.
    let piped = unsafe {
        let mut stat: libc::stat = std::mem::zeroed();
        libc::fstat(libc::STDIN_FILENO, &mut stat) == 0 && stat.st_mode & libc::S_IFMT == libc::S_IFIFO
    };
    if !piped {
        eprintln!("dpscan: {WORKER} is dpscan's own, for a worker process it starts on a pipe");
        return Some(ExitCode::from(2));
    }
    IN_WORKER.store(true, Ordering::Relaxed);
    Some(match serve() {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    })
}

fn serve() -> io::Result<()> {
    // Frames go out on a copy of stdout, and stdout itself nowhere: nothing
    // a parser prints can break them.
    // SAFETY: plain system calls on this process's own descriptors; `out`
    // is a new descriptor, owned from here on.
    let out = unsafe {
        let out = libc::fcntl(libc::STDOUT_FILENO, libc::F_DUPFD_CLOEXEC, 3);
        if out < 0 {
            return Err(io::Error::last_os_error());
        }
        let null = File::options().write(true).open("/dev/null")?;
        if libc::dup2(null.as_raw_fd(), libc::STDOUT_FILENO) < 0 {
            return Err(io::Error::last_os_error());
        }
        File::from(OwnedFd::from_raw_fd(out))
    };
    // On a reader thread, where panics are silent.
    guard::silence_reader_panics();
    let reader = thread::Builder::new().name(guard::THREAD.into()).spawn(move || {
        let mut requests = BufReader::new(io::stdin().lock());
        let mut frames = Frames::new(out)?;
        while let Ok(request) = read_frame::<Request>(&mut requests) {
            let result = read(request, &mut frames);
            frames.send(&Event::Done(result, ()));
        }
        Ok(())
    })?;
    reader.join().map_err(|_| io::Error::other("the reader thread panicked"))?
}

/// Reads one requested file, its events to `sink`.
fn read(request: Request, sink: &mut dyn Sink) -> Result<(), ExtractError> {
    let path = PathBuf::from(OsString::from_vec(request.path));
    let mut file = crate::source::open(&path, request.follow)?;
    file.seek(SeekFrom::Start(request.head.len() as u64))?;
    let encoding = request.encoding.and_then(|name| encoding_rs::Encoding::for_label(name.as_bytes()));
    let sniffed = Sniffed { format: request.format, encoding };
    super::extract(sniffed, &request.head, &mut file, &request.options, sink)
}

/// The worker's sink: each event a frame to the parent, gathered in a
/// batch written in one go (a write per frame cost the parent a wake-up per
/// message: a tenth of a mailbox's CPU time went to the kernel). A batch is
/// written when it holds `BATCH` bytes, when the file is done, before OCR
/// starts (the parent's time budget changes then) and otherwise at most
/// `LINGER` after its first frame, by a thread of its own: what was read
/// before a reader hangs still reaches the parent, and a worker that dies
/// loses at most the one batch, under `BATCH` bytes and `LINGER` of reading.
struct Frames {
    batch: Arc<(Mutex<Batch>, Condvar)>,
}

/// Frames not yet written, and where they go.
struct Batch {
    out: File,
    frames: Vec<u8>,
}

/// Bytes of frames written at once: what a pipe holds.
const BATCH: usize = 64 << 10;

/// How long a frame may wait in a batch that does not fill.
const LINGER: Duration = Duration::from_millis(10);

impl Frames {
    /// Frames to `out`, with the thread that writes a batch left waiting.
    fn new(out: File) -> io::Result<Frames> {
        let batch = Arc::new((Mutex::new(Batch { out, frames: Vec::with_capacity(2 * BATCH) }), Condvar::new()));
        let shared = batch.clone();
        thread::Builder::new().name("frames".into()).spawn(move || {
            let (batch, started) = &*shared;
            loop {
                let waiting = lock(batch);
                drop(started.wait_while(waiting, |b| b.frames.is_empty()).unwrap_or_else(PoisonError::into_inner));
                thread::sleep(LINGER);
                lock(batch).write();
            }
        })?;
        Ok(Frames { batch })
    }

    fn send(&mut self, event: &Event<()>) {
        let (batch, started) = &*self.batch;
        let mut batch = lock(batch);
        let first = batch.frames.is_empty();
        if append_frame(&mut batch.frames, event).is_err() {
            std::process::exit(0); // too large to send: as if the parent had gone
        }
        if matches!(event, Event::Done(..) | Event::Ocr(_)) || batch.frames.len() >= BATCH {
            batch.write();
        } else if first {
            started.notify_one();
        }
    }
}

impl Batch {
    /// Writes the frames gathered.
    fn write(&mut self) {
        if self.out.write_all(&self.frames).is_err() {
            // The parent has gone: nobody to read for.
            std::process::exit(0);
        }
        self.frames.clear();
    }
}

/// The batch, whoever held it last (a lock is never held across a panic).
fn lock(batch: &Mutex<Batch>) -> MutexGuard<'_, Batch> {
    batch.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Sink for Frames {
    fn unit(&mut self, unit: &Unit<'_>) {
        self.send(&Event::unit(unit));
    }

    fn part(&mut self, part: &Part) {
        self.send(&Event::Part(part.clone()));
    }

    fn problem(&mut self, location: &Location, error: &ExtractError) {
        self.send(&Event::Problem(location.clone(), error.clone()));
    }

    fn ocr(&mut self, running: bool) {
        self.send(&Event::Ocr(running));
    }
}

/// Writes `value` as one frame in one write, `buffer` reused.
pub(crate) fn write_frame<T: Serialize>(out: &mut impl Write, buffer: &mut Vec<u8>, value: &T) -> io::Result<()> {
    buffer.clear();
    append_frame(buffer, value)?;
    out.write_all(buffer)
}

/// Appends `value` to `buffer` as one frame: its length, 4 bytes
/// little-endian, then its postcard encoding.
fn append_frame<T: Serialize>(buffer: &mut Vec<u8>, value: &T) -> io::Result<()> {
    let start = buffer.len();
    buffer.extend_from_slice(&[0; 4]);
    *buffer = postcard::to_extend(value, std::mem::take(buffer)).map_err(io::Error::other)?;
    let length = u32::try_from(buffer.len() - start - 4).map_err(io::Error::other)?;
    buffer[start..start + 4].copy_from_slice(&length.to_le_bytes());
    Ok(())
}

/// Reads one frame; an error at the end of the input.
pub(crate) fn read_frame<T: DeserializeOwned>(input: &mut impl Read) -> io::Result<T> {
    let mut length = [0; 4];
    input.read_exact(&mut length)?;
    let length = u32::from_le_bytes(length) as usize;
    // Not allocated ahead: the length is only believed as bytes come.
    let mut frame = Vec::new();
    input.take(length as u64).read_to_end(&mut frame)?;
    if frame.len() < length {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    postcard::from_bytes(&frame).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// Set in a worker process.
static IN_WORKER: AtomicBool = AtomicBool::new(false);

/// dpscan's global allocator: mimalloc, except that in a worker a failed
/// allocation (past `--worker-memory`) ends the process at once with
/// `OUT_OF_MEMORY`, so that the parent can say why its file was not read.
pub struct Allocator;

/// Turns transparent huge pages off for this process and the workers it
/// starts (the setting survives fork and exec). mimalloc's arenas are large
/// aligned mappings, so with THP each first touch faulted in 2 MiB: peak RSS
/// doubled (a one-line file 51 → 26 MB; two 256 MiB files on two threads
/// 92 → 51 MB) for no speed measured (BENCHMARKS.md, issue 21, memory).
pub fn without_huge_pages() {
    // SAFETY: a process-wide flag; no pointer is passed.
    unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
}

/// A null allocation in a worker ends it.
fn checked(allocated: *mut u8) -> *mut u8 {
    if allocated.is_null() && IN_WORKER.load(Ordering::Relaxed) {
        // SAFETY: ends the process without allocating or unwinding.
        unsafe { libc::_exit(OUT_OF_MEMORY) }
    }
    allocated
}

// SAFETY: every call is mimalloc's, with the same arguments.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        checked(unsafe { mimalloc::MiMalloc.alloc(layout) })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        checked(unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) })
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        checked(unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }
}

/// A `Location` over the pipe: every field, in order (the reports' form
/// leaves out the fields not set, which postcard cannot tell).
pub(super) mod location {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::extract::Location;

    type Fields = (
        Option<String>,
        Option<String>,
        Option<u32>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<u32>,
        Option<u64>,
    );

    pub fn serialize<S: Serializer>(at: &Location, serializer: S) -> Result<S::Ok, S::Error> {
        let Location { member, message, page, sheet, cell, json_path, image, line } = at;
        (member, message, page, sheet, cell, json_path, image, line).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Location, D::Error> {
        let (member, message, page, sheet, cell, json_path, image, line) = Fields::deserialize(deserializer)?;
        Ok(Location { member, message, page, sheet, cell, json_path, image, line })
    }
}

/// `io::Error` over the pipe: its OS error code if it has one (the same
/// message on the other side), else its message.
pub(super) mod io_error {
    use std::io;
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(error: &Arc<io::Error>, serializer: S) -> Result<S::Ok, S::Error> {
        (error.raw_os_error(), error.to_string()).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Arc<io::Error>, D::Error> {
        let (code, message) = <(Option<i32>, String)>::deserialize(deserializer)?;
        Ok(Arc::new(code.map_or_else(|| io::Error::other(message), io::Error::from_raw_os_error)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an event says, to compare.
    fn said(event: &Event<()>) -> String {
        match event {
            Event::Unit(unit) => format!("unit {unit:?}"),
            Event::Part(part) => format!("part {part:?}"),
            Event::Problem(location, error) => format!("problem {location:?} {error}"),
            Event::Ocr(running) => format!("ocr {running}"),
            Event::Done(result, ()) => format!("done {result:?}"),
        }
    }

    #[test]
    fn events_cross_the_pipe_unchanged() {
        let at = Location { member: Some("a.zip!b".into()), page: Some(3), line: Some(7), ..Location::default() };
        let spans = [super::super::Span { start: 4, field: super::super::Field::Cell { row: 1, col: 2 } }];
        let events: Vec<Event<()>> = vec![
            Event::unit(&Unit {
                location: &at,
                text: "Ann: a@example.com\n",
                first_line: 7,
                owned: 0..5,
                spans: &spans,
                ocr: Some(0.5),
            }),
            Event::Part(Part {
                location: at.clone(),
                date: Some(jiff::Timestamp::UNIX_EPOCH),
                date_source: super::super::DateSource::DateHeader,
                conversation: Some("a@example.com".into()),
            }),
            Event::Problem(at.clone(), ExtractError::from(io::Error::from_raw_os_error(libc::EACCES))),
            Event::Problem(Location::default(), ExtractError::NeedsOcr { pages: 2, why: "scan".into() }),
            Event::Ocr(true),
            Event::Done(Err(ExtractError::TimedOut(std::time::Duration::from_secs(2))), ()),
        ];
        let mut pipe = Vec::new();
        for event in &events {
            write_frame(&mut pipe, &mut Vec::new(), event).unwrap();
        }
        let mut input = pipe.as_slice();
        for event in &events {
            assert_eq!(said(&read_frame(&mut input).unwrap()), said(event));
        }
        let end = read_frame::<Event<()>>(&mut input).map(|_| ()).unwrap_err();
        assert_eq!(end.kind(), io::ErrorKind::UnexpectedEof);
    }

    #[test]
    fn a_frame_no_other_follows_reaches_the_parent() {
        let (mut parent, worker) = io::pipe().unwrap();
        let mut frames = Frames::new(File::from(OwnedFd::from(worker))).unwrap();
        let at = Location { message: Some("m1@example.com".into()), ..Location::default() };
        let part = Event::Part(Part {
            location: at,
            date: None,
            date_source: super::super::DateSource::DateHeader,
            conversation: None,
        });
        frames.send(&part);
        // The reader hangs here: the batch, far from full, goes all the same.
        let (tx, rx) = std::sync::mpsc::channel();
        thread::spawn(move || tx.send(read_frame::<Event<()>>(&mut parent).map(|e| said(&e)).ok()));
        let read = rx.recv_timeout(Duration::from_secs(10)).expect("no frame within 10 s");
        assert_eq!(read, Some(said(&part)));
    }

    #[test]
    fn deaths_say_why() {
        let oom = died(Format::Pdf, 1 << 30, Some(ExitStatus::from_raw(OUT_OF_MEMORY << 8)));
        assert_eq!(oom.to_string(), "limit exceeded: the pdf reader ran out of memory at 1 GiB (--worker-memory)");
        let killed = died(Format::Xls, 300 << 20, Some(ExitStatus::from_raw(libc::SIGKILL)));
        assert!(killed.to_string().ends_with("the xls reader was killed by signal 9 (SIGKILL)"), "{killed}");
    }
}
