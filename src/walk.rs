//! The crawler: scan roots → every file under them, on several threads.
//!
//! Every entry that is not a directory becomes an `Entry`: a regular file to
//! scan, or a file skipped or failed with its reason, so that nothing reached
//! is silently lost. Hidden files are included (shared drives are full of
//! them). Symbolic links are not followed unless asked, and then loops are
//! detected. Special files (FIFOs, sockets, devices) are never opened.
//!
//! Threads share one stack of work: roots, directories to read, and batches
//! of the entries read from one directory. Entries are stat'ed relative to
//! their open directory (`DirEntry::metadata`), not by full path, and each
//! goes straight to the visitor of the thread that reached it, so the
//! caller's work on a file runs where the file was found, with no hand-off.
//! With one thread the stack unwinds depth first in name order, and so do
//! the entries. The crawl never opens a file.
//!
//! A visitor with more work than one thread should do (a huge file) offers
//! the rest of the crew a share of it (`Crew::recruit`): the offer goes on
//! the stack, where idle threads take it at once and busy ones after their
//! current piece of work.

use std::fs::{self, DirEntry, Metadata};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use thiserror::Error;

#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    pub roots: Vec<PathBuf>,
    /// Globs a file must match to be scanned (all files when empty).
    pub include: Vec<String>,
    /// Globs of files and directories to leave out.
    pub exclude: Vec<String>,
    pub follow_links: bool,
    pub one_file_system: bool,
    pub max_filesize: Option<u64>,
    /// Files never to scan: dpscan's own output.
    pub own_files: Vec<PathBuf>,
    /// Only this part of each tree (`--shard I/N`).
    pub shard: Option<Shard>,
}

/// One of `count` parts of a tree (`--shard I/N`), for splitting one share
/// among hosts. A file belongs to the part its path relative to the root
/// hashes to (BLAKE3, the same on every machine and release), so the parts
/// are disjoint, together make the tree, and each holds 1/N of the files
/// give or take chance however lopsided the folders are. Every part still
/// walks every folder; only files are divided, and reading them is the cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// From 1.
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// `I/N`, with 1 ≤ I ≤ N.
    pub fn parse(text: &str) -> Result<Shard, String> {
        let bad = || format!("`{text}` is not a shard: write I/N, e.g. 2/8 (the second of eight)");
        let (index, count) = text.trim().split_once('/').ok_or_else(bad)?;
        let (index, count): (u32, u32) = (index.parse().map_err(|_| bad())?, count.parse().map_err(|_| bad())?);
        if index == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }

    /// The part (from 1) a file at `relative` to its root belongs to.
    pub fn part_of(count: u32, relative: &Path) -> u32 {
        let hash = blake3::hash(relative.as_os_str().as_encoded_bytes());
        let head = u64::from_le_bytes(hash.as_bytes()[..8].try_into().expect("8 bytes"));
        (head % u64::from(count)) as u32 + 1
    }

    /// Whether the file at `relative` to its root is in this part.
    pub fn holds(self, relative: &Path) -> bool {
        Shard::part_of(self.count, relative) == self.index
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[derive(Debug, Error)]
pub enum WalkError {
    #[error("bad glob `{glob}`: {source}")]
    Glob { glob: String, source: globset::Error },
}

/// One file reached by the crawl.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    /// The scan root it was reached from.
    pub root: Arc<Path>,
    pub metadata: Option<Metadata>,
    pub reached: Reached,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Reached {
    /// A regular file to read.
    File,
    Skipped(String),
    Error(String),
}

/// What tells a file apart from the one seen at the same path before,
/// without opening it: any write changes the modification or change time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    pub device: u64,
    pub inode: u64,
    pub size: u64,
    /// Modification and status-change times, nanoseconds since 1970.
    pub modified_ns: i64,
    pub changed_ns: i64,
}

impl Identity {
    /// Its fields as bytes, in a fixed order.
    pub fn to_bytes(&self) -> [u8; 40] {
        let fields = [self.device, self.inode, self.size, self.modified_ns as u64, self.changed_ns as u64];
        let mut bytes = [0; 40];
        for (chunk, field) in bytes.chunks_mut(8).zip(fields) {
            chunk.copy_from_slice(&field.to_le_bytes());
        }
        bytes
    }

    #[cfg(unix)]
    pub fn of(metadata: &Metadata) -> Identity {
        use std::os::unix::fs::MetadataExt;
        let ns = |secs: i64, nanos: i64| secs.saturating_mul(1_000_000_000).saturating_add(nanos);
        Identity {
            device: metadata.dev(),
            inode: metadata.ino(),
            size: metadata.size(),
            modified_ns: ns(metadata.mtime(), metadata.mtime_nsec()),
            changed_ns: ns(metadata.ctime(), metadata.ctime_nsec()),
        }
    }

    #[cfg(not(unix))]
    pub fn of(metadata: &Metadata) -> Identity {
        let ns = |t: std::io::Result<std::time::SystemTime>| {
            t.ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i64)
        };
        Identity { device: 0, inode: 0, size: metadata.len(), modified_ns: ns(metadata.modified()), changed_ns: 0 }
    }
}

impl Entry {
    /// The path relative to its root (the root itself when it is a file).
    pub fn relative(&self) -> &Path {
        relative(&self.path, &self.root)
    }
}

/// `path` relative to the scan `root` it was reached from; a root that is
/// itself a file is its own name.
pub fn relative<'p>(path: &'p Path, root: &Path) -> &'p Path {
    match below(path, root) {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => path.file_name().map_or(path, Path::new),
    }
}

/// `path.strip_prefix(root)`, without parsing components in the usual case
/// of a path the crawl built: `root`, a separator, plain names.
fn below<'p>(path: &'p Path, root: &Path) -> Option<&'p Path> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let (full, root) = (path.as_os_str().as_bytes(), root.as_os_str().as_bytes());
        if let Some(rest) = full.strip_prefix(root).filter(|_| !root.is_empty()) {
            let separated = root.ends_with(b"/") || rest.first().is_none_or(|&b| b == b'/');
            let rest = &rest[rest.iter().take_while(|&&b| b == b'/').count()..];
            // Where `strip_prefix` would also drop `.` components or separators.
            let plain = !(rest == b"." || rest.starts_with(b"./") || rest.ends_with(b"/") || rest.ends_with(b"/."));
            if separated && plain {
                return Some(Path::new(std::ffi::OsStr::from_bytes(rest)));
            }
        }
    }
    path.strip_prefix(root).ok()
}

/// Globs without a `/` match a file or directory name at any depth; globs
/// with one match the path relative to the scan root (like .gitignore).
struct Globs {
    names: GlobSet,
    paths: GlobSet,
    empty: bool,
}

impl Globs {
    fn new(globs: &[String]) -> Result<Globs, WalkError> {
        let (mut names, mut paths) = (GlobSetBuilder::new(), GlobSetBuilder::new());
        for glob in globs {
            let pattern = glob.trim_start_matches("./");
            // Case-insensitive, as Windows shares and the policy's globs are.
            let compiled = GlobBuilder::new(pattern)
                .case_insensitive(true)
                .build()
                .map_err(|source| WalkError::Glob { glob: glob.clone(), source })?;
            if pattern.contains('/') {
                paths.add(compiled)
            } else {
                names.add(compiled)
            };
        }
        let build = |b: GlobSetBuilder| b.build().map_err(|source| WalkError::Glob { glob: globs.join(" "), source });
        Ok(Globs { names: build(names)?, paths: build(paths)?, empty: globs.is_empty() })
    }

    fn matches(&self, root: &Path, path: &Path) -> bool {
        if self.empty {
            return false;
        }
        let relative = below(path, root).unwrap_or(path);
        path.file_name().is_some_and(|n| self.names.is_match(n)) || self.paths.is_match(relative)
    }
}

/// The crawl of a set of roots, its options checked.
pub struct Walker<'a> {
    options: &'a WalkOptions,
    include: Globs,
    exclude: Globs,
    /// Device and inode of dpscan's own output files.
    own: Vec<(u64, u64)>,
}

/// Entries of one directory per batch, so that a huge directory is shared
/// out between threads while a small one costs one turn of the stack.
const BATCH: usize = 256;

/// A piece of the crawl.
enum Work<'env> {
    Root(PathBuf),
    Dir(Dir),
    Batch(Arc<Root>, Vec<Found>),
    /// A share of a visitor's work (`Crew::recruit`).
    Help(Help<'env>),
}

/// Work a visitor shares: run by each thread that takes it, it returns
/// when there is nothing left to help with.
pub type Help<'env> = Arc<dyn Fn() + Send + Sync + 'env>;

/// The threads of a crawl, as a visitor sees them.
pub struct Crew<'s, 'env> {
    stack: &'s Stack<'env>,
    threads: usize,
}

impl<'env> Crew<'_, 'env> {
    /// How many threads crawl, the caller's included.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Offers `help` to every other thread: an idle one runs it at once, a
    /// busy one when done with what it is doing (an offer taken after the
    /// work is over returns at once).
    pub fn recruit(&self, help: Help<'env>) {
        let mut state = self.stack.lock();
        state.work.extend((1..self.threads).map(|_| Work::Help(help.clone())));
        if state.idle > 0 {
            self.stack.wake.notify_all();
        }
    }
}

/// A directory to read.
struct Dir {
    path: PathBuf,
    root: Arc<Root>,
    /// The directories above, and this one, when links are followed.
    ancestors: Option<Arc<Ancestor>>,
}

/// A scan root, shared by everything found under it.
struct Root {
    path: Arc<Path>,
    /// Its device, when the crawl keeps to one file system.
    device: Option<u64>,
}

/// A directory on the way down from a root, to tell a link loop.
struct Ancestor {
    id: Option<(u64, u64)>,
    path: PathBuf,
    parent: Option<Arc<Ancestor>>,
}

/// Something that is not a directory to read, in the order it was found.
enum Found {
    /// Listed by its directory, to be stat'ed relative to it (which keeps
    /// the directory open until then).
    Listed(PathBuf, DirEntry),
    /// Stat'ed already, or why it could not be.
    Known(PathBuf, Result<Metadata, String>),
}

impl Found {
    fn stat(self) -> (PathBuf, Result<Metadata, String>) {
        match self {
            Found::Listed(path, entry) => {
                let metadata = entry.metadata().map_err(|e| format!("cannot read metadata: {e}"));
                (path, metadata)
            }
            Found::Known(path, metadata) => (path, metadata),
        }
    }
}

/// What to do with an entry of a directory being read.
enum Step {
    Into(Dir),
    /// Excluded, or on another file system.
    Pass,
    Report(Found),
}

impl<'a> Walker<'a> {
    pub fn new(options: &'a WalkOptions) -> Result<Walker<'a>, WalkError> {
        let include = Globs::new(&options.include)?;
        let exclude = Globs::new(&options.exclude)?;
        let own = options.own_files.iter().filter_map(|p| file_id(&fs::metadata(p).ok()?)).collect();
        Ok(Walker { options, include, exclude, own })
    }

    /// Crawls every root on `threads` threads (0: one per core), the calling
    /// thread being one. Each thread makes a visitor with `visitor` and hands
    /// it every entry that thread reaches, with the crew it can ask for help;
    /// a visitor that returns false stops the crawl.
    pub fn run<'env, F, V>(&self, threads: usize, visitor: F)
    where
        F: Fn() -> V + Sync,
        V: FnMut(Entry, &Crew<'_, 'env>) -> bool,
    {
        let threads = crawl_threads(threads);
        let stack = Stack::new(self.options.roots.iter().rev().map(|root| Work::Root(root.clone())).collect());
        let crew = Crew { stack: &stack, threads };
        std::thread::scope(|scope| {
            for _ in 1..threads {
                scope.spawn(|| self.work(&crew, &mut visitor()));
            }
            self.work(&crew, &mut visitor());
        });
    }

    fn work<'env>(&self, crew: &Crew<'_, 'env>, visit: &mut impl FnMut(Entry, &Crew<'_, 'env>) -> bool) {
        let (stack, ordered) = (crew.stack, crew.threads == 1);
        let _stop = StopOnPanic(stack);
        let mut found = Vec::new();
        while let Some(work) = stack.pop() {
            match work {
                Work::Root(path) => self.root(path, &mut found),
                Work::Dir(dir) => self.read(dir, ordered, &mut found),
                Work::Batch(root, batch) => {
                    let mut entries = batch.into_iter().map(|f| self.classify(&root.path, f));
                    if !entries.all(|entry| visit(entry, crew)) {
                        stack.stop();
                    }
                }
                Work::Help(help) => help(),
            }
            stack.finish(&mut found);
        }
    }

    /// A root: a directory to read, or one entry. A link given as a root is
    /// read when it leads to a directory, and then also reported as a link
    /// unless links are followed.
    fn root(&self, path: PathBuf, work: &mut Vec<Work<'_>>) {
        let follow = self.options.follow_links;
        let stats = || -> std::io::Result<(Option<u64>, Metadata, Metadata)> {
            let device = match self.options.one_file_system {
                true => file_id(&fs::metadata(&path)?).map(|(device, _)| device),
                false => None,
            };
            let listed = fs::symlink_metadata(&path)?;
            let target = if listed.is_symlink() { fs::metadata(&path)? } else { listed.clone() };
            Ok((device, listed, target))
        };
        let (device, listed, target) = match stats() {
            Ok(stats) => stats,
            Err(e) => {
                let root = Arc::new(Root { path: Arc::from(path.as_path()), device: None });
                return work.push(Work::Batch(root, vec![Found::Known(path, Err(format!("cannot read: {e}")))]));
            }
        };
        let root = Arc::new(Root { path: Arc::from(path.as_path()), device });
        let is_dir = target.is_dir();
        if (!is_dir || (listed.is_symlink() && !follow)) && !self.leaves_out(&root.path, &path) {
            let metadata = if follow { target.clone() } else { listed };
            work.push(Work::Batch(root.clone(), vec![Found::Known(path.clone(), Ok(metadata))]));
        }
        if is_dir {
            let ancestors =
                follow.then(|| Arc::new(Ancestor { id: file_id(&target), path: path.clone(), parent: None }));
            work.push(Work::Dir(Dir { path, root, ancestors }));
        }
    }

    /// Lists a directory: its subdirectories to read and batches of its
    /// other entries. When `ordered`, in name order; otherwise batches come
    /// off the stack first, so that directories are not held open while
    /// others are read.
    fn read(&self, dir: Dir, ordered: bool, work: &mut Vec<Work<'_>>) {
        let failed = |e: std::io::Error| Found::Known(dir.path.clone(), Err(format!("cannot read: {e}")));
        let (mut batch, mut listed) = (Vec::new(), Vec::new());
        match fs::read_dir(&dir.path) {
            Ok(entries) => entries.for_each(|entry| entry.map_or_else(|e| batch.push(failed(e)), |e| listed.push(e))),
            Err(e) => batch.push(failed(e)),
        }
        if ordered {
            listed.sort_by_cached_key(DirEntry::file_name);
        }
        // In name order, a batch after a subdirectory waits for the whole
        // subtree: stat'ed now, it does not keep this directory open.
        let (mut subdirs, mut waits) = (Vec::new(), false);
        let push = |work: &mut Vec<Work<'_>>, batch: Vec<Found>, waits: bool| {
            let batch = match waits {
                true => batch.into_iter().map(|f| f.stat()).map(|(path, m)| Found::Known(path, m)).collect(),
                false => batch,
            };
            work.push(Work::Batch(dir.root.clone(), batch));
        };
        for entry in listed {
            match self.step(&dir, entry) {
                Step::Into(subdir) if ordered => {
                    if !batch.is_empty() {
                        push(work, std::mem::take(&mut batch), waits);
                    }
                    waits = true;
                    work.push(Work::Dir(subdir));
                }
                Step::Into(subdir) => subdirs.push(Work::Dir(subdir)),
                Step::Pass => {}
                Step::Report(found) => {
                    batch.push(found);
                    if batch.len() == BATCH {
                        push(work, std::mem::take(&mut batch), waits);
                    }
                }
            }
        }
        if !batch.is_empty() {
            push(work, batch, waits);
        }
        work.extend(subdirs);
    }

    /// What to do with an entry of `parent`: only directories, and links
    /// when followed, need deciding now.
    fn step(&self, parent: &Dir, entry: DirEntry) -> Step {
        let failed = |path, e: std::io::Error| Step::Report(Found::Known(path, Err(format!("cannot read: {e}"))));
        let file_type = match entry.file_type() {
            Ok(file_type) => file_type,
            Err(e) => return failed(entry.path(), e),
        };
        if file_type.is_dir() {
            return self.descend(parent, entry.path(), || entry.metadata());
        }
        let path = entry.path();
        if !(file_type.is_symlink() && self.options.follow_links) {
            return match self.leaves_out(&parent.root.path, &path) {
                true => Step::Pass,
                false => Step::Report(Found::Listed(path, entry)),
            };
        }
        match fs::metadata(&path) {
            Err(e) => failed(path, e),
            Ok(target) if target.is_dir() => {
                let id = file_id(&target);
                let ancestors = std::iter::successors(parent.ancestors.as_deref(), |a| a.parent.as_deref());
                match ancestors.into_iter().find(|a| a.id.is_some() && a.id == id) {
                    Some(a) => {
                        let error = format!("symbolic link loop: leads back to {}", a.path.display());
                        Step::Report(Found::Known(path, Err(error)))
                    }
                    None => self.descend(parent, path, || Ok(target)),
                }
            }
            Ok(_) if self.leaves_out(&parent.root.path, &path) => Step::Pass,
            Ok(target) => Step::Report(Found::Known(path, Ok(target))),
        }
    }

    /// Whether the globs, or the shard, leave out a file (not a directory).
    fn leaves_out(&self, root: &Path, path: &Path) -> bool {
        self.exclude.matches(root, path)
            || (!self.include.empty && !self.include.matches(root, path))
            || self.options.shard.is_some_and(|shard| !shard.holds(relative(path, root)))
    }

    /// A directory found in `parent`, read unless excluded or on another
    /// file system; its metadata is only needed for those checks.
    fn descend(&self, parent: &Dir, path: PathBuf, metadata: impl FnOnce() -> std::io::Result<Metadata>) -> Step {
        let root = &parent.root;
        if self.exclude.matches(&root.path, &path) {
            return Step::Pass;
        }
        let metadata = match root.device.is_some() || parent.ancestors.is_some() {
            true => match metadata() {
                Ok(metadata) => Some(metadata),
                Err(e) => return Step::Report(Found::Known(path, Err(format!("cannot read: {e}")))),
            },
            false => None,
        };
        let id = metadata.as_ref().and_then(file_id);
        if root.device.is_some_and(|device| id.is_some_and(|(d, _)| d != device)) {
            return Step::Pass;
        }
        let ancestors =
            parent.ancestors.as_ref().map(|a| Arc::new(Ancestor { id, path: path.clone(), parent: Some(a.clone()) }));
        Step::Into(Dir { path, root: root.clone(), ancestors })
    }

    /// The entry for something found.
    fn classify(&self, root: &Arc<Path>, found: Found) -> Entry {
        let (path, metadata) = found.stat();
        let metadata = match metadata {
            Ok(metadata) => metadata,
            Err(error) => return Entry { path, root: root.clone(), metadata: None, reached: Reached::Error(error) },
        };
        let file_type = metadata.file_type();
        let reached = if file_type.is_symlink() {
            Reached::Skipped("symbolic link, not followed (use --follow)".into())
        } else if let Some(kind) = special_file(&file_type) {
            Reached::Skipped(format!("special file ({kind}), never opened"))
        } else if file_id(&metadata).is_some_and(|id| self.own.contains(&id)) {
            Reached::Skipped("dpscan's own output file".into())
        } else if let Some(max) = self.options.max_filesize.filter(|max| metadata.len() > *max) {
            Reached::Skipped(format!("larger than --max-filesize ({} > {max} bytes)", metadata.len()))
        } else {
            Reached::File
        };
        Entry { path, root: root.clone(), metadata: Some(metadata), reached }
    }
}

/// The work of the crawl shared by its threads: a stack, so that with one
/// thread the crawl goes depth first.
struct Stack<'env> {
    state: Mutex<State<'env>>,
    wake: Condvar,
}

struct State<'env> {
    work: Vec<Work<'env>>,
    /// Threads working on something that may add more work.
    busy: usize,
    /// Threads waiting for work.
    idle: usize,
    done: bool,
}

impl<'env> Stack<'env> {
    fn new(work: Vec<Work<'env>>) -> Stack<'env> {
        Stack { state: Mutex::new(State { work, busy: 0, idle: 0, done: false }), wake: Condvar::new() }
    }

    fn lock(&self) -> MutexGuard<'_, State<'env>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next piece of work, or None once the crawl is over: stopped, or
    /// nothing left and nobody who could find more.
    fn pop(&self) -> Option<Work<'env>> {
        let mut state = self.lock();
        loop {
            if state.done {
                return None;
            }
            if let Some(work) = state.work.pop() {
                state.busy += 1;
                return Some(work);
            }
            if state.busy == 0 {
                state.done = true;
                self.wake.notify_all();
                return None;
            }
            state.idle += 1;
            state = self.wake.wait(state).unwrap_or_else(PoisonError::into_inner);
            state.idle -= 1;
        }
    }

    /// Ends a piece of work, stacking what it found so that the first thing
    /// found comes off next.
    fn finish(&self, found: &mut Vec<Work<'env>>) {
        let mut state = self.lock();
        state.busy -= 1;
        state.work.extend(found.drain(..).rev());
        if state.idle > 0 && (!state.work.is_empty() || state.busy == 0) {
            self.wake.notify_all();
        }
    }

    fn stop(&self) {
        self.lock().done = true;
        self.wake.notify_all();
    }
}

/// Stops the crawl if a visitor panics, so the other threads do not wait
/// for work the panicking one will never finish.
struct StopOnPanic<'a, 'env>(&'a Stack<'env>);

impl Drop for StopOnPanic<'_, '_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

#[cfg(unix)]
fn special_file(file_type: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        Some("fifo")
    } else if file_type.is_socket() {
        Some("socket")
    } else if file_type.is_block_device() || file_type.is_char_device() {
        Some("device")
    } else {
        None
    }
}

#[cfg(not(unix))]
fn special_file(file_type: &std::fs::FileType) -> Option<&'static str> {
    (!file_type.is_file()).then_some("not a regular file")
}

#[cfg(unix)]
fn file_id(metadata: &Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((metadata.dev(), metadata.ino()))
}

#[cfg(not(unix))]
fn file_id(_: &Metadata) -> Option<(u64, u64)> {
    None
}

/// The threads a crawl asked to run on `threads` (0: one per core) runs on.
pub fn crawl_threads(threads: usize) -> usize {
    match threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// Every entry of the crawl on `threads` threads, in the order reached.
    fn walk(options: &WalkOptions, threads: usize) -> Vec<Entry> {
        let entries = Mutex::new(Vec::new());
        let visitor = || {
            |e, _: &Crew| {
                entries.lock().unwrap().push(e);
                true
            }
        };
        Walker::new(options).unwrap().run(threads, visitor);
        entries.into_inner().unwrap()
    }

    fn names_on(options: &WalkOptions, threads: usize) -> Vec<String> {
        let root = &options.roots[0];
        walk(options, threads)
            .iter()
            .map(|e| {
                let tag = match &e.reached {
                    Reached::File => "file",
                    Reached::Skipped(_) => "skipped",
                    Reached::Error(_) => "error",
                };
                format!("{tag} {}", e.path.strip_prefix(root).unwrap().display())
            })
            .collect()
    }

    fn names(options: &WalkOptions) -> Vec<String> {
        names_on(options, 1)
    }

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for f in ["a.txt", ".hidden/b.txt", "tmp/c.tmp", "tmp/d.txt", "big.txt"] {
            let p = dir.path().join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(&p, if f == "big.txt" { "0123456789" } else { "x" }).unwrap();
        }
        dir
    }

    #[test]
    fn hidden_files_included_in_name_order() {
        let dir = tree();
        let options = WalkOptions { roots: vec![dir.path().into()], ..Default::default() };
        assert_eq!(
            names(&options),
            ["file .hidden/b.txt", "file a.txt", "file big.txt", "file tmp/c.tmp", "file tmp/d.txt"]
        );
    }

    #[test]
    fn include_exclude_and_size_limit() {
        let dir = tree();
        let options = WalkOptions {
            roots: vec![dir.path().into()],
            include: vec!["*.txt".into()],
            exclude: vec![".hidden".into(), "tmp/d.txt".into()],
            max_filesize: Some(5),
            ..Default::default()
        };
        assert_eq!(names(&options), ["file a.txt", "skipped big.txt"]);
        let bad = WalkOptions { roots: vec![dir.path().into()], include: vec!["[".into()], ..Default::default() };
        assert!(Walker::new(&bad).is_err());
    }

    #[test]
    fn links_skipped_or_followed_with_loop_detection() {
        let dir = tree();
        std::os::unix::fs::symlink(dir.path().join("a.txt"), dir.path().join("link.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("tmp/loop")).unwrap();
        let mut options = WalkOptions {
            roots: vec![dir.path().into()],
            include: vec!["*.txt".into(), "loop".into()],
            ..Default::default()
        };
        let got = names(&options);
        assert!(got.contains(&"skipped link.txt".to_string()), "{got:?}");
        assert!(got.contains(&"skipped tmp/loop".to_string()), "{got:?}");
        options.follow_links = true;
        let got = names(&options);
        assert!(got.contains(&"file link.txt".to_string()), "{got:?}");
        assert!(got.contains(&"error tmp/loop".to_string()), "{got:?}");
    }

    #[test]
    fn fifos_are_skipped_and_missing_roots_are_errors() {
        let dir = tree();
        let fifo = std::ffi::CString::new(dir.path().join("pipe").to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        let options =
            WalkOptions { roots: vec![dir.path().into()], include: vec!["pipe".into()], ..Default::default() };
        assert_eq!(names(&options), ["skipped pipe"]);
        let missing = WalkOptions { roots: vec![dir.path().join("nope")], ..Default::default() };
        assert_eq!(walk(&missing, 1).iter().filter(|e| matches!(e.reached, Reached::Error(_))).count(), 1);
    }

    #[test]
    fn threads_reach_what_one_thread_reaches_in_name_order() {
        let dir = tree();
        for d in 0..20 {
            for f in 0..(if d == 3 { 3 * BATCH + 7 } else { 5 }) {
                let p = dir.path().join(format!("d{d}/sub/f{f}.txt"));
                fs::create_dir_all(p.parent().unwrap()).unwrap();
                fs::write(p, "x").unwrap();
            }
        }
        let options = WalkOptions {
            roots: vec![dir.path().into()],
            exclude: vec!["d7".into(), "d8/sub/f1.txt".into()],
            ..Default::default()
        };
        let one = names(&options);
        let mut sorted = one.clone();
        sorted.sort_by(|a, b| a.split_once(' ').unwrap().1.cmp(b.split_once(' ').unwrap().1));
        assert_eq!(one, sorted, "one thread: name order");
        assert_eq!(one.len(), 5 + 3 * BATCH + 7 + 17 * 5 + 4);
        for threads in [2, 4] {
            let mut many = names_on(&options, threads);
            many.sort_by(|a, b| a.split_once(' ').unwrap().1.cmp(b.split_once(' ').unwrap().1));
            assert_eq!(many, one, "{threads} threads");
        }
    }

    #[test]
    fn a_visitor_can_stop_the_crawl() {
        let dir = tree();
        let options = WalkOptions { roots: vec![dir.path().into()], ..Default::default() };
        for threads in [1, 2] {
            let seen = std::sync::atomic::AtomicUsize::new(0);
            let visitor = || |_, _: &Crew| seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < 1;
            Walker::new(&options).unwrap().run(threads, visitor);
            // Each thread stops after the first entry it sees once stopped.
            assert!(seen.into_inner() <= threads + 1, "{threads} threads");
        }
    }

    #[test]
    fn below_agrees_with_strip_prefix() {
        let cases = [
            ("a/b/c.txt", "a/b"),
            ("a/b/c.txt", "a/b/"),
            ("a/b//c.txt", "a/b"),
            ("./a/c", "."),
            ("./a/c", "./"),
            ("a/./c", "a/."),
            ("a/./c", "a"),
            ("a/b/", "a"),
            ("a/b/.", "a"),
            ("a/bc", "a/b"),
            ("a/.c", "a/."),
            ("a", "a"),
            ("a/", "a"),
            ("/x/y", "/"),
            ("/x/y", ""),
            ("//x", "//"),
            ("a/b/../c", "a/b"),
        ];
        for (path, root) in cases {
            let (path, root) = (Path::new(path), Path::new(root));
            let fast = below(path, root).map(|p| p.as_os_str());
            assert_eq!(fast, path.strip_prefix(root).ok().map(|p| p.as_os_str()), "{path:?} below {root:?}");
        }
    }

    #[test]
    fn shards_are_parsed_disjoint_and_together_the_tree() {
        assert_eq!(Shard::parse("2/8"), Ok(Shard { index: 2, count: 8 }));
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", "1/4/2"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        let shards: Vec<Shard> = (1..=3).map(|index| Shard { index, count: 3 }).collect();
        let mut sizes = [0; 3];
        for i in 0..3_000 {
            let path = PathBuf::from(format!("dept-{}/note-{i}.txt", i % 7));
            let holders: Vec<&Shard> = shards.iter().filter(|s| s.holds(&path)).collect();
            assert_eq!(holders.len(), 1, "{path:?} is in exactly one shard");
            sizes[holders[0].index as usize - 1] += 1;
        }
        assert!(sizes.iter().all(|&n| (900..1_100).contains(&n)), "{sizes:?}");
        // Fixed forever: agents of different releases must agree.
        let parts = ["HR/letter.docx", "a.txt", "Finance/2024/budget.xlsx"].map(|p| Shard::part_of(8, Path::new(p)));
        assert_eq!(parts, [1, 5, 2]);
    }
}
