//! The inventory: what dpscan remembers between runs, so a nightly audit
//! re-reads only what changed and a subject access search has somewhere to
//! look.
//!
//! `index` is `scan` with a store behind its one reporting thread. The
//! store's files under the roots are read a folder at a time as the crawl
//! reaches them (`Known`: a re-run holds a few folders, not the inventory);
//! a file whose
//! identity (device, inode, size, modification and change times) and
//! fingerprint (rule pack, dictionaries, extractor version, limits) are
//! unchanged is recalled rather than opened and judged again from its stored
//! facts, so a policy change re-judges everything without reading a byte.
//! Files read are written with their findings in batched transactions (a
//! file's findings held until its record comes, past a bounded part in a
//! temporary file: `scan::spill`); a run killed at any point loses at most
//! the open batch, and the next run reads what was lost. The inventory
//! holds masked values and keyed digests (`detect::digest`) of
//! identifiers, never their clear values, and content hashes sealed with
//! the same key; paths, archive member names and message ids are kept as
//! they are, as a file listing would show them.
//!
//! `Store` is the one seam between this logic and a database: SQLite
//! (`sqlite`) is the embedded default, PostgreSQL (`postgres`) the central
//! inventory many hosts write to at once, each record carrying its host.

pub mod key;
pub mod marks;
pub mod postgres;
mod replay;
mod rows;
mod run;
pub mod sar;
pub mod sqlite;
mod tls;

pub use replay::{due_for_disposal, report, View};
pub use rows::FindingList;
pub use run::{Change, ChangeTotals, FileChange, IndexWriter, News, Run};

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use jiff::Timestamp;
use serde::de::DeserializeOwned;
use thiserror::Error;

use crate::detect::digest::{DigestKey, ValueDigest};
use crate::detect::words::WordDigest;
use crate::detect::Kind;
use crate::report::{Facts, FileRecord, Finding, Judged, Origin, Reading, RecordPath, Status, Summary};
use crate::retention::Due;
use crate::scan::messages::MessageList;
use crate::scan::{Memory, Recall, Recalled, Sought, Standing};
use crate::sniff::Format;
use crate::walk::{Identity, Shard};
use marks::{MarkRecord, NewMark};

#[derive(Debug, Error)]
pub enum IndexError {
    #[error("inventory {}: {source}", path.display())]
    Database { path: PathBuf, source: rusqlite::Error },
    #[error("inventory {db}: {source}")]
    Postgres { db: String, source: ::postgres::Error },
    #[error(
        "inventory {db}: the connection was lost and {tries} attempts to reconnect over {seconds} s failed \
         ({source}); what was committed stands and the next run resumes from it"
    )]
    Lost { db: String, tries: u32, seconds: u64, source: ::postgres::Error },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}")]
    Key(String),
    #[error("inventory {}: schema version {found} is newer than this dpscan understands ({known}); upgrade dpscan", path.display())]
    Newer { path: PathBuf, found: i64, known: i64 },
    #[error("inventory {}: {what}", path.display())]
    Corrupt { path: PathBuf, what: String },
    #[error("{0}")]
    Refused(String),
    #[error(
        "{}: not stored: its {what} held aside in a temporary file could not all be written ({source}); \
         nothing of it was written, and the next run reads it again",
        path.display()
    )]
    Unstored { path: PathBuf, what: Listed, source: io::Error },
}

/// A list of a file's that is held aside until the file is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    Findings,
    Messages,
    Words,
}

impl std::fmt::Display for Listed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Listed::Findings => "findings",
            Listed::Messages => "messages",
            Listed::Words => "words",
        })
    }
}

/// A text unit (file, member, message, page, sheet), as the store numbers it.
pub type UnitId = i64;

/// A text unit the inventory holds words of, and the file it is in as it
/// was when read.
#[derive(Debug, Clone)]
pub struct HeldUnit {
    pub id: UnitId,
    pub path: RecordPath,
    pub location: crate::extract::Location,
    pub identity: Option<Identity>,
}

/// One indexing run, as the store numbers it.
pub type RunId = i64;

/// A file as the inventory holds it, kept compact: what a re-run compares
/// is ready at load; its record and facts are unpacked only when the file
/// is recalled, by the worker that judges it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub identity: Option<Identity>,
    /// What produced its findings (shared by the files of one run).
    pub fingerprint: Arc<str>,
    pub status: Status,
    /// What was due when it was last judged, and how it was judged.
    pub due: Option<Due>,
    pub judged: Judged,
    /// Its row id, as the writer marks it reached (`Ids`).
    pub id: usize,
    pub root: Arc<Path>,
    pub size: u64,
    pub format: Option<Format>,
    pub created_ns: Option<i64>,
    pub sha256: Option<[u8; 32]>,
    /// What its content held, when it held anything.
    pub content: Option<Box<Content>>,
    /// News of a run that did not finish, not yet reported.
    pub pending: Option<News>,
    /// The owner's uid.
    pub uid: Option<u32>,
}

/// What a file's content held beyond its hash, as stored: most files hold
/// none of it, and a file loaded for a run then costs a pointer.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub date: Option<(Timestamp, Box<str>)>,
    /// JSON text of findings per kind, special categories and problems;
    /// `None` when empty.
    pub kinds: Option<Box<str>>,
    pub categories: Option<Box<str>>,
    pub problems: Option<Box<str>>,
    /// How many messages a mailbox holds (each a row of their own, read
    /// back only when the file is judged again from its facts).
    pub messages: u64,
}

impl Content {
    /// `None` when it holds nothing.
    pub fn boxed(self) -> Option<Box<Content>> {
        let empty = self.date.is_none()
            && self.kinds.is_none()
            && self.categories.is_none()
            && self.problems.is_none()
            && self.messages == 0;
        (!empty).then(|| Box::new(self))
    }
}

impl Stored {
    fn held(&self) -> &Content {
        static NOTHING: Content = Content { date: None, kinds: None, categories: None, problems: None, messages: 0 };
        self.content.as_deref().unwrap_or(&NOTHING)
    }

    pub fn held_personal(&self) -> bool {
        self.held().kinds.is_some()
    }

    pub fn held_special(&self) -> bool {
        self.held().categories.is_some()
    }

    /// How many messages it holds, as a mailbox.
    pub fn messages(&self) -> u64 {
        self.held().messages
    }

    /// The record and facts of the file at `path`, as it was last read,
    /// with its `messages` as stored; `None` if what is stored cannot be
    /// read back (it is then read again), as when fewer or more messages
    /// are read back than its row counts.
    pub fn unpack(&self, path: &Path, messages: MessageList) -> Option<Recalled> {
        let held = self.held();
        if messages.len() != held.messages {
            return None;
        }
        let kind_counts: BTreeMap<Kind, u64> = unpack_json(&held.kinds)?;
        let timestamp = |ns: Option<i64>| ns.and_then(|ns| Timestamp::from_nanosecond(i128::from(ns)).ok());
        let modified = timestamp(self.identity.map(|i| i.modified_ns));
        let path: RecordPath = path.into();
        let record = FileRecord {
            origin: Origin::of(&path),
            path,
            status: self.status.clone(),
            format: self.format,
            size: self.size,
            modified: modified.map(|t| t.to_string()),
            uid: self.uid,
            findings: kind_counts.values().sum(),
            kinds: kind_counts.keys().copied().collect(),
            retention: None,
            sha256: None,
            problems: unpack_json(&held.problems)?,
            // OCR done in this run only: a recalled file was not read.
            ocr: crate::report::OcrPages::default(),
            facts: None,
        };
        let content_date = held.date.as_ref().map(|(date, source)| (*date, source.to_string()));
        let facts = Facts {
            root: self.root.clone(),
            identity: self.identity,
            modified,
            created: timestamp(self.created_ns),
            sha256: self.sha256,
            content_date,
            kind_counts,
            categories: unpack_json(&held.categories)?,
            messages,
            words: crate::scan::words::UnitList::default(),
            reading: Reading::Recalled,
            judged: self.judged.clone(),
        };
        Some(Recalled { record, facts: Arc::new(facts) })
    }

    /// What the totals and the writer need of it when its verdict stands;
    /// `None` if what is stored cannot be read back.
    fn standing(&self) -> Option<Standing> {
        let held = self.held();
        Some(Standing {
            status: self.status.clone(),
            size: self.size,
            due: self.due,
            problems: unpack_json::<Vec<serde::de::IgnoredAny>>(&held.problems)?.len() as u64,
            expired_messages: self.judged.expired_messages,
            kind_counts: unpack_json(&held.kinds)?,
            categories: unpack_json(&held.categories)?,
            id: self.id,
            pending: self.pending,
        })
    }
}

fn unpack_json<T: DeserializeOwned + Default>(text: &Option<Box<str>>) -> Option<T> {
    match text {
        None => Some(T::default()),
        Some(text) => serde_json::from_str(text).ok(),
    }
}

/// What a run reads of the files its inventory holds (its host's, not
/// gone), on connections of its own (a `Pool`); a file's `Stored::id`
/// is its row id.
pub trait Reader: Send + Sync {
    /// The files whose paths run from `from` up to (not including) `to`,
    /// in byte order, ending before the first whose path `direct` refuses
    /// (`Stop::Nested`, with that path); a store may also end after
    /// `limit` files (`Stop::Limit`).
    fn span(&self, from: &[u8], to: &[u8], limit: usize, direct: &dyn Fn(&[u8]) -> bool) -> Result<Span, IndexError>;
    /// The file of row `id`, with its path.
    fn by_id(&self, id: i64) -> Result<Option<(PathBuf, Stored)>, IndexError>;
    /// The row id and path of every file under `roots` whose id is at most
    /// `last`, in no set order.
    fn paths(&self, roots: &[PathBuf], last: i64, visit: &mut dyn FnMut(i64, &[u8])) -> Result<(), IndexError>;
}

/// A file held, after the bytes of its path.
pub type PathFile = (Box<[u8]>, Stored);

/// What `Reader::span` read, and why it ended.
pub type Span = (Vec<PathFile>, Stop);

/// Why `Reader::span` ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Stop {
    /// No file left in the span.
    End,
    /// After its `limit`: the span goes on after the last file read.
    Limit,
    /// At the first path refused.
    Nested(Vec<u8>),
}

/// Row ids, as a bitmap from the smallest held (a million files' ids take
/// 125 KB, however far up a server shared by many hosts has counted), and
/// how many.
#[derive(Debug, Default)]
pub struct Ids {
    /// Bit `i` of word `w` is id `(first + w) * 64 + i`.
    bits: Vec<u64>,
    first: usize,
    len: usize,
}

impl Ids {
    /// Adds `id` (once: an id added again is not counted again).
    pub fn insert(&mut self, id: usize) {
        let word = id / 64;
        if self.bits.is_empty() {
            self.first = word;
        } else if word < self.first {
            // At least doubled downwards, so ids met in falling order
            // move the words a few times, not once each.
            let grown = (self.first - word).max(self.bits.len()).min(self.first);
            self.bits.splice(0..0, std::iter::repeat_n(0, grown));
            self.first -= grown;
        }
        let at = word - self.first;
        if at >= self.bits.len() {
            self.bits.resize(at + 1, 0);
        }
        self.len += usize::from(self.bits[at] & (1 << (id % 64)) == 0);
        self.bits[at] |= 1 << (id % 64);
    }

    /// Whether `id` was added.
    pub fn contains(&self, id: usize) -> bool {
        let word = (id / 64).checked_sub(self.first).and_then(|at| self.bits.get(at));
        word.is_some_and(|word| word & (1 << (id % 64)) != 0)
    }

    /// How many ids were added.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether none was.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// The files held under a run's roots, read as the crawl reaches them
/// rather than all at once: a re-run over a million unchanged files then
/// holds a few folders' rows, not a million.
///
/// A file's folder is read the first time one of its files is asked for:
/// the rows from `folder/` up to `folder0` ('0' follows '/') in path order,
/// each subfolder's rows skipped with one seek (`Reader::span` ends at the
/// first nested path, and the next span starts after that subfolder).
/// The folders read last are kept (`FOLDER_ROWS`), so the workers that
/// recall a folder's files and the reporting thread that compares them a
/// little later read it once; a folder asked for again counts as read
/// last. Held in memory for the whole run are only
/// the row ids of files held with a content hash by size (what a file
/// moved or copied is recalled from, its candidates then read by id), the
/// ids a sharded run leaves out, and the largest id when the run began:
/// what was held and not reached is found by one pass over the ids and
/// paths at the end (`paths`). A folder holding more files than
/// `FOLDER_ROWS` is still held whole while its files are reached.
pub struct Known {
    reader: Box<dyn Reader>,
    roots: Vec<PathBuf>,
    /// The largest row id when loaded: rows after it are this run's.
    last: i64,
    /// How many files were held then (but those `retain` left out).
    held: usize,
    /// By fingerprint, the size and row id of each file held with a content
    /// hash and not failed, in that order.
    sizes: Vec<(Arc<str>, BySize)>,
    /// Rows `retain` left out.
    left_out: Ids,
    folders: Mutex<Folders>,
    /// Why a folder could not be read once the store gave up reconnecting:
    /// every later read fails at once with it, so the workers do not each
    /// wait out the store's retries file by file while the run stops.
    failed: OnceLock<String>,
}

/// The size and row id of files, in that order.
type BySize = Vec<(u64, i64)>;

/// A folder's files (not its subfolders'), by path, once read: whoever
/// asks first reads them, the others waiting for that; a read that failed
/// is tried again by the next to ask.
type Folder = Mutex<Option<Arc<[PathFile]>>>;

/// The folders kept, by the prefix their paths share, and the order they
/// were last asked for in.
struct Folders {
    by_prefix: HashMap<Arc<[u8]>, Kept>,
    /// How many of the folders asked for last are always kept.
    recent: usize,
    /// Prefixes by when they were last asked for, oldest first.
    used: BTreeMap<u64, Arc<[u8]>>,
    /// The next `used` stamp.
    next: u64,
    /// How many files the kept folders read hold.
    rows: usize,
}

/// A folder kept, when it was last asked for, and how many files it holds
/// once read.
struct Kept {
    folder: Arc<Folder>,
    used: u64,
    rows: usize,
}

/// The folders asked for last are kept while they hold at most this many
/// files (~370 bytes each), and always the `RECENT` asked for last, or one
/// more than the crawl's threads if more (each thread's folder and the
/// reporter's: a big folder handed out by the crawl in batches among others
/// stays read); and at most `FOLDERS` of them. Those asked for last are let
/// go too once the folders kept hold more than `MOST_ROWS` files (~97 MB),
/// so memory is bounded by that and the folder read last, not by the
/// threads times the largest folder: many threads each in a folder of
/// 100,000 files then read their folders again, rather than hold 2.4 GB.
const FOLDER_ROWS: usize = 65_536;
const FOLDERS: usize = 256;
const RECENT: usize = 8;
const MOST_ROWS: usize = 4 * FOLDER_ROWS;

/// A folder's files are read this many at a time when the store cannot
/// stream them.
const SPAN_ROWS: usize = 1_024;

/// A file held, in the folder read for it.
pub struct Held {
    files: Arc<[PathFile]>,
    at: usize,
}

impl std::ops::Deref for Held {
    type Target = Stored;

    fn deref(&self) -> &Stored {
        &self.files[self.at].1
    }
}

impl Known {
    /// The `held` files of `reader` under `roots`, whose rows' ids are at
    /// most `last`; `hashed` the fingerprint, size and id of each held with
    /// a content hash and not failed.
    pub fn new(
        reader: Box<dyn Reader>,
        roots: &[PathBuf],
        last: i64,
        held: usize,
        hashed: Vec<(Arc<str>, u64, i64)>,
    ) -> Known {
        let mut sizes: Vec<(Arc<str>, BySize)> = Vec::new();
        for (fingerprint, size, id) in hashed {
            match sizes.iter_mut().find(|(f, _)| *f == fingerprint) {
                Some((_, of)) => of.push((size, id)),
                None => sizes.push((fingerprint, vec![(size, id)])),
            }
        }
        for (_, of) in &mut sizes {
            of.sort_unstable();
            of.shrink_to_fit();
        }
        let folders = Mutex::new(Folders::new());
        let (left_out, failed) = (Ids::default(), OnceLock::new());
        Known { reader, roots: roots.to_vec(), last, held, sizes, left_out, folders, failed }
    }

    /// Keeps the folders of a crawl on `threads` threads (see `RECENT`).
    pub fn keep_folders_for(&mut self, threads: usize) {
        self.lock_folders().recent = (threads + 1).clamp(RECENT, FOLDERS);
    }

    /// The file held at `path`, its folder read if it is not kept.
    pub fn get(&self, path: &Path) -> Result<Option<Held>, IndexError> {
        let key = path_key(path);
        let Some(slash) = key.iter().rposition(|b| *b == b'/') else { return Ok(None) };
        let prefix = &key[..=slash];
        let folder = self.folder(prefix);
        let files = {
            let mut read = folder.lock().unwrap_or_else(PoisonError::into_inner);
            match &*read {
                Some(files) => files.clone(),
                None => {
                    if let Some(why) = self.failed.get() {
                        return Err(IndexError::Refused(why.clone()));
                    }
                    let files = read_folder(self.reader.as_ref(), prefix).inspect_err(|e| {
                        self.failed.get_or_init(|| e.to_string());
                    })?;
                    *read = Some(files.clone());
                    self.lock_folders().read(prefix, &folder, files.len());
                    files
                }
            }
        };
        Ok(match files.binary_search_by(|(path, _)| (**path).cmp(key)) {
            Ok(at) if self.holds(files[at].1.id) => Some(Held { files, at }),
            _ => None,
        })
    }

    /// The folder `prefix` ends (with its '/'), kept or new, now the one
    /// asked for last.
    fn folder(&self, prefix: &[u8]) -> Arc<Folder> {
        self.lock_folders().ask(prefix)
    }

    fn lock_folders(&self) -> std::sync::MutexGuard<'_, Folders> {
        self.folders.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether a file of `size` is held with a content hash under
    /// `fingerprint`.
    pub fn holds_size(&self, fingerprint: &str, size: u64) -> bool {
        let of = self.of_fingerprint(fingerprint);
        of.get(of.partition_point(|(s, _)| *s < size)).is_some_and(|(s, _)| *s == size)
    }

    /// The files of `size` held with a content hash under `fingerprint`,
    /// each read as it is asked for.
    pub fn of_size<'k>(&'k self, fingerprint: &str, size: u64) -> impl Iterator<Item = (PathBuf, Stored)> + 'k {
        let of = self.of_fingerprint(fingerprint);
        let first = of.partition_point(|(s, _)| *s < size);
        of[first..]
            .iter()
            .take_while(move |(s, _)| *s == size)
            .filter(|(_, id)| !self.left_out.contains(*id as usize))
            .filter_map(|(_, id)| self.reader.by_id(*id).ok().flatten())
    }

    fn of_fingerprint(&self, fingerprint: &str) -> &[(u64, i64)] {
        self.sizes.iter().find(|(f, _)| **f == *fingerprint).map_or(&[], |(_, of)| of)
    }

    /// Whether the file of this id was held when the run began, and
    /// not left out.
    fn holds(&self, id: usize) -> bool {
        id as i64 <= self.last && !self.left_out.contains(id)
    }

    /// Whether `reached`, files `get` found, are all those held.
    pub fn all_reached(&self, reached: &Ids) -> bool {
        reached.len() == self.held
    }

    /// The id and path of every file held when the run began, but
    /// those `retain` left out.
    pub fn paths(&self, visit: &mut dyn FnMut(usize, &Path)) -> Result<(), IndexError> {
        self.reader.paths(&self.roots, self.last, &mut |id, path| {
            if !self.left_out.contains(id as usize) {
                visit(id as usize, Path::new(OsStr::from_bytes(path)));
            }
        })
    }

    /// Keeps only the files `keep` says to (those of a run's shard).
    pub fn retain(&mut self, keep: impl Fn(&Path) -> bool) -> Result<(), IndexError> {
        let (mut left_out, mut held) = (Ids::default(), 0);
        self.reader.paths(&self.roots, self.last, &mut |id, path| match keep(Path::new(OsStr::from_bytes(path))) {
            true => held += 1,
            false => left_out.insert(id as usize),
        })?;
        self.held = held;
        self.left_out = left_out;
        Ok(())
    }
}

impl Folders {
    fn new() -> Folders {
        Folders { by_prefix: HashMap::new(), recent: RECENT, used: BTreeMap::new(), next: 0, rows: 0 }
    }

    /// The folder `prefix` ends, kept or new, moved to the back; the
    /// folders asked for longest ago are let go past `FOLDER_ROWS` or
    /// `FOLDERS`, the `recent` asked for last only past `MOST_ROWS`.
    fn ask(&mut self, prefix: &[u8]) -> Arc<Folder> {
        let stamp = self.next;
        self.next += 1;
        if let Some(kept) = self.by_prefix.get_mut(prefix) {
            let key = self.used.remove(&kept.used).expect("a kept folder has its stamp");
            kept.used = stamp;
            self.used.insert(stamp, key);
            return kept.folder.clone();
        }
        while self.rows > MOST_ROWS
            || self.used.len() >= self.recent && (self.rows > FOLDER_ROWS || self.used.len() >= FOLDERS)
        {
            let Some((_, oldest)) = self.used.pop_first() else { break };
            let kept = self.by_prefix.remove(&oldest).expect("a stamped folder is kept");
            self.rows -= kept.rows;
        }
        let key: Arc<[u8]> = prefix.into();
        let folder = Arc::new(Folder::default());
        self.used.insert(stamp, key.clone());
        self.by_prefix.insert(key, Kept { folder: folder.clone(), used: stamp, rows: 0 });
        folder
    }

    /// Counts the `rows` just read into `folder`, if it is still kept.
    fn read(&mut self, prefix: &[u8], folder: &Arc<Folder>, rows: usize) {
        if let Some(kept) = self.by_prefix.get_mut(prefix).filter(|k| Arc::ptr_eq(&k.folder, folder)) {
            self.rows = self.rows - kept.rows + rows;
            kept.rows = rows;
        }
    }
}

/// The files of the folder `prefix` ends (with its '/'), by path.
fn read_folder(reader: &dyn Reader, prefix: &[u8]) -> Result<Arc<[PathFile]>, IndexError> {
    let to = [&prefix[..prefix.len() - 1], b"0"].concat();
    let direct = |path: &[u8]| !path[prefix.len()..].contains(&b'/');
    let (mut from, mut files) = (prefix.to_vec(), Vec::new());
    loop {
        let (read, stop) = reader.span(&from, &to, SPAN_ROWS, &direct)?;
        files.extend(read);
        from = match stop {
            Stop::End => return Ok(files.into()),
            // The next path after the last: no path holds a NUL.
            Stop::Limit => files.last().map_or(to.clone(), |(last, _)| [&last[..], b"\0"].concat()),
            Stop::Nested(path) => {
                let slash = prefix.len() + path[prefix.len()..].iter().position(|b| *b == b'/').unwrap_or(0);
                [&path[..slash], b"0"].concat()
            }
        };
    }
}

/// The bounds of the paths under `root` in byte order, for a store's
/// query: the root itself, then every path from "root/" up to "root0" ('0'
/// follows '/').
fn under_root(root: &Path) -> [Vec<u8>; 3] {
    let root = path_key(root);
    let base = root.strip_suffix(b"/").unwrap_or(root);
    [root.to_vec(), [base, b"/"].concat(), [base, b"0"].concat()]
}

fn path_key(path: &Path) -> &[u8] {
    path.as_os_str().as_bytes()
}

/// Loads the files a run's inventory holds under its roots.
pub type Loader = Box<dyn FnOnce() -> Result<Known, IndexError> + Send>;

/// Reads back the messages of the mailbox this store's host holds at a
/// path, for the workers that judge it again, on connections of its own.
pub type MessageSource = Box<dyn Fn(&Path) -> Result<MessageList, IndexError> + Send + Sync>;

/// Connections to a store kept for whichever thread needs one next: as
/// many as have been needed at once, up to `most` (a thread finding all
/// of those in use waits for one, rather than each worker holding a
/// session of a shared server).
pub(crate) struct Pool<C> {
    /// The connections not in use, and how many are open.
    kept: Mutex<(Vec<C>, usize)>,
    freed: Condvar,
    most: usize,
}

impl<C> Pool<C> {
    pub fn new(most: usize) -> Self {
        Pool { kept: Mutex::new((Vec::new(), 0)), freed: Condvar::new(), most }
    }

    /// `work` done over a connection kept, or one `open` makes.
    pub fn with<T>(
        &self,
        open: impl FnOnce() -> Result<C, IndexError>,
        work: impl FnOnce(&mut C) -> Result<T, IndexError>,
    ) -> Result<T, IndexError> {
        let kept = {
            let mut kept = self.lock();
            loop {
                match kept.0.pop() {
                    Some(connection) => break Some(connection),
                    None if kept.1 < self.most => {
                        kept.1 += 1;
                        break None;
                    }
                    None => kept = self.freed.wait(kept).unwrap_or_else(PoisonError::into_inner),
                }
            }
        };
        let mut connection = match kept.map_or_else(open, Ok) {
            Ok(connection) => connection,
            Err(e) => {
                self.lock().1 -= 1;
                self.freed.notify_one();
                return Err(e);
            }
        };
        let done = work(&mut connection);
        self.lock().0.push(connection);
        self.freed.notify_one();
        done
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (Vec<C>, usize)> {
        self.kept.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The files held under a run's roots (`Known`), made ready on a thread of
/// their own while the run gets ready and the crawl begins: whoever needs
/// them first waits for that, the others for that one.
pub struct Loading {
    thread: Mutex<Option<JoinHandle<Result<Known, IndexError>>>>,
    known: OnceLock<Result<Known, IndexError>>,
}

impl Loading {
    pub fn start(loader: Loader) -> Loading {
        Loading { thread: Mutex::new(Some(std::thread::spawn(loader))), known: OnceLock::new() }
    }

    /// The files held, once loaded.
    pub fn known(&self) -> Result<&Known, &IndexError> {
        let loaded = self.known.get_or_init(|| {
            let thread = self.thread.lock().unwrap_or_else(PoisonError::into_inner).take();
            let failed = || IndexError::Refused("the inventory could not be loaded".into());
            thread.map_or_else(|| Err(failed()), |t| t.join().unwrap_or_else(|_| Err(failed())))
        });
        loaded.as_ref()
    }
}

/// A database that holds an inventory. Writes go into an open batch that
/// `commit` ends as one transaction: after a crash or power cut a batch is
/// there whole or not at all (with SQLite's WAL in NORMAL mode the last
/// batches before a power cut may be lost, and are read again next run).
pub trait Store {
    /// Takes `roots` (their `shard`, if given) for this store's writing run
    /// until it is dropped: a second run over them is refused, naming the
    /// run that holds them.
    fn claim(&mut self, roots: &[PathBuf], shard: Option<Shard>) -> Result<(), IndexError>;
    /// Checks that `key` is the inventory's key (recording it on first use).
    fn check_key(&mut self, key: &DigestKey) -> Result<(), IndexError>;
    /// Whether a key has been recorded (a new inventory has none yet).
    fn has_key(&mut self) -> Result<bool, IndexError>;
    /// The host this store's own files are recorded under: a central
    /// inventory's `--host`, an SQLite inventory's one host (its latest
    /// run's). Files are told apart by host and path.
    fn host(&self) -> &str;
    /// Starts a run over `roots` (absolute) and makes that durable.
    fn begin_run(&mut self, roots: &[PathBuf], fingerprint: &str) -> Result<RunId, IndexError>;
    /// What makes ready the files held under `roots` and not gone
    /// (`Known`, read as the crawl reaches them), on connections of its
    /// own: a run starts it on a thread while it gets ready (`Loading`).
    fn loader(&self, roots: &[PathBuf]) -> Loader;
    /// What reads back a stored mailbox's messages while a run's workers
    /// judge it again.
    fn message_source(&self) -> MessageSource;
    /// Writes a file read in `run` with its findings, replacing what was
    /// held, and its news not yet reported by a finished run.
    fn put(
        &mut self,
        run: RunId,
        file: &FileRecord,
        findings: &FindingList,
        fingerprint: &str,
        pending: Option<&News>,
    ) -> Result<(), IndexError>;
    /// Records what a file not read again was judged to (`file`): the root
    /// it was reached from, what is due and how it was judged; and its news
    /// not yet reported by a finished run.
    fn update(&mut self, file: &FileRecord, pending: Option<&News>) -> Result<(), IndexError>;
    /// Makes the open batch durable.
    fn commit(&mut self) -> Result<(), IndexError>;
    /// Ends a complete run: `gone` files are marked gone in it, its totals
    /// kept, and every file's pending news cleared (it has been reported).
    fn finish_run(&mut self, run: RunId, gone: &[PathBuf], summary: &Summary) -> Result<(), IndexError>;
    /// The roots the files held were reached from, for reports.
    fn roots(&mut self) -> Result<Vec<PathBuf>, IndexError>;
    /// Every file not gone, of `hosts`, in path order, with its host and
    /// findings.
    fn replay(&mut self, hosts: Hosts, visit: &mut Visit<'_>) -> Result<(), IndexError>;
    /// As `replay`, only the files at `paths` (every host's), in no set order.
    fn replay_paths(&mut self, paths: &[&Path], visit: &mut Visit<'_>) -> Result<(), IndexError>;
    /// The inventory's content as sorted lines, without run numbers or
    /// times: two inventories of the same tree dump the same.
    fn dump(&mut self) -> Result<Vec<String>, IndexError>;
    /// Records a reviewer's decision; returns how many findings it covers.
    fn add_mark(&mut self, mark: &NewMark) -> Result<u64, IndexError>;
    /// Every mark on this host's files, with whether it still applies.
    fn marks(&mut self) -> Result<Vec<MarkRecord>, IndexError>;
    /// How many marks were made on the file at `path` when its content had
    /// this hash.
    fn marks_on(&mut self, path: &Path, sha256: &[u8; 32]) -> Result<u64, IndexError>;
    /// Every finding, in files not gone, whose value has one of `digests`,
    /// by path and location.
    fn holding(&mut self, digests: &[ValueDigest]) -> Result<Vec<Finding>, IndexError>;
    /// Where each of `words` is written: the units holding it and its
    /// places in them, word by word (units of gone files included).
    fn word_places(&mut self, words: &[WordDigest]) -> Result<Vec<Vec<(UnitId, u32)>>, IndexError>;
    /// The units of `ids` that belong to files not gone, with their file.
    fn units(&mut self, ids: &[UnitId]) -> Result<Vec<HeldUnit>, IndexError>;
    /// The files not gone (every host's) whose text could not be searched
    /// in full, and why (`FileRecord::not_read`), in path order.
    fn unsearched(&mut self) -> Result<Vec<Unsearched>, IndexError>;
    /// When each file not gone (every host's) was first seen and last seen
    /// changed.
    fn seen(&mut self) -> Result<Vec<Seen>, IndexError>;
}

/// When the inventory saw a file appear and last change (new, or its size
/// or modification time changed): the start of the runs that saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub host: String,
    pub path: PathBuf,
    pub first: Timestamp,
    pub changed: Timestamp,
}

/// A file whose text could not be searched in full.
#[derive(Debug, Clone)]
pub struct Unsearched {
    pub host: String,
    pub path: PathBuf,
    pub why: crate::report::NotRead,
}

/// What `Store::replay` hands over: a file's host, the file and its
/// findings.
pub type Visit<'a> = dyn FnMut(&str, Recalled, Vec<Finding>) -> io::Result<()> + 'a;

/// Whose files a replay visits: reports and searches read every host's,
/// `dispose` only the files of the host it runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hosts {
    All,
    Own,
}

/// Where an inventory lives.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// An SQLite file, one host's, its key beside it by default.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL (`postgres://…`): one central inventory
    /// many hosts write to.
    Postgres(String),
}

impl Database {
    /// A `postgres://` or `postgresql://` URL, else the path of an SQLite file.
    pub fn parse(text: &str) -> Result<Database, String> {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            // Read when opened, where an error names the server and not the
            // URL: clap repeats a value it refuses, password and all.
            Ok(Database::Postgres(text.to_string()))
        } else if text.is_empty() {
            Err("give a file or a postgres:// URL".into())
        } else {
            Ok(Database::Sqlite(PathBuf::from(text)))
        }
    }
}

/// As `Display`: a URL's password is never printed, even in a debug dump.
impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Database({self})")
    }
}

impl std::fmt::Display for Database {
    /// The file, or the server and database without user or password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite(path) => write!(f, "{}", path.display()),
            Database::Postgres(url) => write!(f, "{}", postgres::describe(url)),
        }
    }
}

/// An inventory and how to open it: where it is, where its key is, and the
/// name this host's files are recorded under.
#[derive(Debug, Clone)]
pub struct Inventory {
    pub database: Database,
    /// The key file (`--key-file`); by default an SQLite inventory's is
    /// beside it, and a PostgreSQL one has none (`$DPSCAN_INDEX_KEY`).
    pub key_file: Option<PathBuf>,
    pub host: String,
}

impl Inventory {
    /// The store; `create` makes a new SQLite inventory (a PostgreSQL
    /// database must exist, its tables are made on first use).
    pub fn open(&self, create: bool) -> Result<Box<dyn Store>, IndexError> {
        Ok(match &self.database {
            Database::Sqlite(path) => Box::new(sqlite::SqliteStore::open(path, create)?),
            Database::Postgres(url) => Box::new(postgres::PgStore::open(url, &self.host)?),
        })
    }

    /// The key of `store`, checked against it; `create` makes one for a new
    /// inventory (or one whose first run died before it had a key).
    pub fn key(&self, store: &mut dyn Store, create: bool) -> Result<DigestKey, IndexError> {
        let new = create && !store.has_key()?;
        let key = key::load(&self.key_file(), new)?;
        store.check_key(&key)?;
        Ok(key)
    }

    /// An existing inventory, its key checked.
    pub fn open_keyed(&self) -> Result<(Box<dyn Store>, DigestKey), IndexError> {
        let mut store = self.open(false)?;
        let key = self.key(store.as_mut(), false)?;
        Ok((store, key))
    }

    /// Where the key is kept.
    pub fn key_file(&self) -> key::KeyFile {
        match (&self.key_file, &self.database) {
            (Some(path), _) => key::KeyFile::Named(path.clone()),
            (None, Database::Sqlite(db)) => key::KeyFile::Beside(key::key_path(db)),
            (None, Database::Postgres(_)) => key::KeyFile::None,
        }
    }

    /// Files of dpscan's own beside the inventory, never to be scanned.
    pub fn own_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = self.key_file.iter().cloned().collect();
        if let Database::Sqlite(db) = &self.database {
            files.extend(FILES_BESIDE.iter().map(|suffix| beside(db, suffix)));
        }
        files
    }
}

/// The files an inventory at `db` keeps beside it, by suffix: itself (""),
/// its key, its lock, and SQLite's write-ahead log and shared memory.
pub const FILES_BESIDE: [&str; 5] = ["", ".key", ".lock", "-wal", "-shm"];

/// The file `suffix` names beside the inventory at `db` (`inventory.db.key`).
pub fn beside(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Takes the inventory at `db` for one writing run: a second `index` on the
/// same inventory is refused while this one runs (the lock goes with the
/// returned file, when the run ends or dies).
pub fn lock(db: &Path) -> Result<std::fs::File, IndexError> {
    let path = beside(db, ".lock");
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&path).map_err(|source| IndexError::Io { path: path.clone(), source })?;
    // SAFETY: flock on a descriptor this function owns; no memory involved.
    if unsafe { libc::flock(std::os::unix::io::AsRawFd::as_raw_fd(&file), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
        return Ok(file);
    }
    match io::Error::last_os_error() {
        e if e.kind() == io::ErrorKind::WouldBlock => {
            Err(IndexError::Refused(format!("another dpscan index is writing {}: wait for it to finish", db.display())))
        }
        source => Err(IndexError::Io { path, source }),
    }
}

/// This machine's name, recorded with each run.
pub fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "localhost".into())
}

/// The stored files as the crawl's memory: a file is recalled when its
/// fingerprint matches and it was not an error (errors are always tried
/// again), and either its identity matches or, failing that, a file held
/// with its size holds its content (`Reading::ByContent`): a file moved,
/// copied or touched is hashed, not read. A file of a size no file held
/// has is read at once, hashed on the way. Nothing is recalled from a load
/// that failed: the run's writer stops it with the load's error.
pub struct Remembered<'a> {
    pub files: &'a Loading,
    pub fingerprint: &'a str,
    pub messages: &'a MessageSource,
}

impl Remembered<'_> {
    fn usable(&self, stored: &Stored) -> bool {
        *stored.fingerprint == *self.fingerprint && !matches!(stored.status, Status::Error { .. })
    }

    /// The file held at `from` unpacked as the one at `path`, its messages
    /// read back.
    fn unpack(&self, stored: &Stored, from: &Path, path: &Path) -> Option<Recalled> {
        let messages = match stored.messages() {
            0 => MessageList::default(),
            _ => (self.messages)(from).ok()?,
        };
        stored.unpack(path, messages)
    }
}

impl Memory for Remembered<'_> {
    fn recall(&self, file: Sought<'_>, hash: &mut dyn FnMut() -> Option<[u8; 32]>) -> Option<Recall> {
        let Sought { path, identity, root, policy, today } = file;
        let known = self.files.known().ok()?;
        let own = known.get(path).ok()?.filter(|s| self.usable(s));
        if let Some(stored) = own.as_deref().filter(|s| s.identity.as_ref() == Some(identity)) {
            // The relative path a policy matches moves with the root; a file
            // due for deletion whose hash is not held is hashed for
            // `dispose` (see `scan`): both are judged again.
            let stands = stored.judged.under == *policy.fingerprint()
                && stored.judged.holds.contains(today)
                && stored.root.as_os_str() == root.as_os_str()
                && !(stored.due == Some(Due::Delete) && stored.sha256.is_none());
            return match stands.then(|| stored.standing()).flatten() {
                Some(standing) => Some(Recall::Standing(standing)),
                None => self.unpack(stored, path, path).map(|recalled| Recall::Facts(Box::new(recalled))),
            };
        }
        if !known.holds_size(self.fingerprint, identity.size) {
            return None;
        }
        let hash = Some(hash()?);
        // The same bytes under another extension may be read as another
        // format (`.txt` as text, `.csv` as a table): only a file held
        // under the same extension gives its findings. Its own row first
        // (a file touched); otherwise the first that keeps its row.
        let extension = path.extension().unwrap_or_default();
        let (from, mut recalled) = match own.filter(|s| s.sha256 == hash) {
            Some(own) => (path.to_path_buf(), self.unpack(&own, path, path)?),
            None => {
                let (from, stored) = known.of_size(self.fingerprint, identity.size).find(|(from, stored)| {
                    self.usable(stored)
                        && stored.sha256 == hash
                        && from.extension().unwrap_or_default().eq_ignore_ascii_case(extension)
                        && keeps_its_row(from, stored)
                })?;
                let recalled = self.unpack(&stored, &from, path)?;
                (from, recalled)
            }
        };
        Arc::make_mut(&mut recalled.facts).reading = Reading::ByContent { from: from.as_path().into() };
        Some(Recall::Facts(Box::new(recalled)))
    }
}

/// Whether the file held at `path` keeps its row through a run, to be
/// recalled from: it is gone, or unchanged. One changed since is read
/// again, and its row may be replaced before a copy is made of it.
fn keeps_its_row(path: &Path, stored: &Stored) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(metadata) => stored.identity == Some(Identity::of(&metadata)),
        Err(_) => run::no_longer_there(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retention::{Holds, Policy};
    use jiff::civil::date;

    /// An inventory in memory, by path; `limit` as a store that cannot
    /// stream would end its spans (0: never).
    struct Listed {
        files: Vec<(Vec<u8>, Stored)>,
        limit: usize,
        probe: Arc<Probe>,
    }

    /// Where each span a `Listed` read began; whether its next span fails.
    #[derive(Default)]
    struct Probe {
        spans: Mutex<Vec<Vec<u8>>>,
        fail: std::sync::atomic::AtomicBool,
    }

    impl Probe {
        fn spans(&self) -> usize {
            self.spans.lock().unwrap().len()
        }

        fn spans_from(&self, from: &[u8]) -> usize {
            self.spans.lock().unwrap().iter().filter(|f| **f == *from).count()
        }
    }

    /// A file held of `size`, under the root "/".
    fn file(size: u64) -> Stored {
        Stored {
            identity: None,
            fingerprint: "rules".into(),
            status: Status::Scanned,
            due: None,
            judged: Judged::default(),
            id: 0,
            root: Arc::from(Path::new("/")),
            size,
            format: None,
            created_ns: None,
            sha256: None,
            content: None,
            pending: None,
            uid: None,
        }
    }

    impl Listed {
        /// The files under the root "/", their ids their places as
        /// given: the last `new` of them this run's, written after it began.
        fn known(files: Vec<(Vec<u8>, Stored)>, new: usize, limit: usize) -> Known {
            Listed::probed(files, new, limit).0
        }

        /// As `known`, with its probe.
        fn probed(mut files: Vec<(Vec<u8>, Stored)>, new: usize, limit: usize) -> (Known, Arc<Probe>) {
            for (id, (_, stored)) in files.iter_mut().enumerate() {
                stored.id = id;
            }
            let held = files.len() - new;
            let last = held as i64 - 1;
            files.sort_by(|a, b| a.0.cmp(&b.0));
            let hashed = files
                .iter()
                .filter(|(_, s)| s.sha256.is_some() && s.id < held)
                .map(|(_, s)| (s.fingerprint.clone(), s.size, s.id as i64))
                .collect();
            let probe = Arc::<Probe>::default();
            let listed = Listed { files, limit, probe: Arc::clone(&probe) };
            (Known::new(Box::new(listed), &[PathBuf::from("/")], last, held, hashed), probe)
        }
    }

    impl Reader for Listed {
        fn span(
            &self,
            from: &[u8],
            to: &[u8],
            limit: usize,
            direct: &dyn Fn(&[u8]) -> bool,
        ) -> Result<Span, IndexError> {
            self.probe.spans.lock().unwrap().push(from.to_vec());
            if self.probe.fail.swap(false, std::sync::atomic::Ordering::Relaxed) {
                return Err(IndexError::Refused("the server went away".into()));
            }
            let first = self.files.partition_point(|(p, _)| &p[..] < from);
            let mut files = Vec::new();
            for (path, stored) in self.files[first..].iter().take_while(|(p, _)| &p[..] < to) {
                if !direct(path) {
                    return Ok((files, Stop::Nested(path.clone())));
                }
                if self.limit > 0 && files.len() == limit.min(self.limit) {
                    return Ok((files, Stop::Limit));
                }
                files.push((path[..].into(), stored.clone()));
            }
            Ok((files, Stop::End))
        }

        fn by_id(&self, id: i64) -> Result<Option<(PathBuf, Stored)>, IndexError> {
            let file = self.files.iter().find(|(_, s)| s.id as i64 == id);
            Ok(file.map(|(path, stored)| (PathBuf::from(OsStr::from_bytes(path)), stored.clone())))
        }

        fn paths(&self, _: &[PathBuf], last: i64, visit: &mut dyn FnMut(i64, &[u8])) -> Result<(), IndexError> {
            self.files.iter().filter(|(_, s)| s.id as i64 <= last).for_each(|(p, s)| visit(s.id as i64, p));
            Ok(())
        }
    }

    /// A stored verdict stands (no unpacking, no judging) only under the
    /// policy, root and days it was judged for; otherwise its facts are
    /// judged again. A candidate for deletion whose hash is not held is
    /// judged again too, to be hashed.
    #[test]
    fn a_stored_verdict_stands_only_under_its_policy_root_and_days() {
        let policy = Policy::parse("p", "[[rule]]\nid='m'\nkeep='1 year'\naction='review'\n").unwrap();
        let other = Policy::parse("p", "[[rule]]\nid='m'\nkeep='2 years'\naction='review'\n").unwrap();
        let identity = Identity { device: 1, inode: 2, size: 3, modified_ns: 4, changed_ns: 5 };
        let stored = |due: Option<Due>, sha256: Option<[u8; 32]>| Stored {
            identity: Some(identity),
            fingerprint: "rules".into(),
            status: Status::Scanned,
            due,
            judged: Judged {
                under: policy.fingerprint().clone(),
                holds: Holds { from: Some(date(2026, 1, 1)), until: Some(date(2026, 6, 1)) },
                expired_messages: 0,
            },
            id: 0,
            root: Arc::from(Path::new("/share")),
            size: 3,
            format: Some(Format::Text),
            created_ns: None,
            sha256,
            content: None,
            pending: None,
            uid: None,
        };
        let recall = |file: Stored, policy: &Policy, root: &str, today| {
            let known = Listed::known(vec![(b"/share/a.txt".to_vec(), file)], 0, 0);
            let files = Loading::start(Box::new(move || Ok(known)));
            let none: MessageSource = Box::new(|_: &Path| Ok(MessageList::default()));
            let memory = Remembered { files: &files, fingerprint: "rules", messages: &none };
            let path = Path::new("/share/a.txt");
            let sought = Sought { path, identity: &identity, root: Path::new(root), policy, today };
            match memory.recall(sought, &mut || None) {
                Some(Recall::Standing(_)) => "stands",
                Some(Recall::Facts(_)) => "judged",
                None => "read",
            }
        };
        let today = date(2026, 3, 1);
        assert_eq!(recall(stored(None, None), &policy, "/share", today), "stands");
        assert_eq!(recall(stored(None, None), &policy, "/share", date(2025, 12, 31)), "judged");
        assert_eq!(recall(stored(None, None), &policy, "/share", date(2026, 6, 2)), "judged");
        assert_eq!(recall(stored(None, None), &other, "/share", today), "judged");
        assert_eq!(recall(stored(None, None), &policy, "/", today), "judged");
        assert_eq!(recall(stored(Some(Due::Delete), None), &policy, "/share", today), "judged");
        assert_eq!(recall(stored(Some(Due::Delete), Some([0; 32])), &policy, "/share", today), "stands");
    }

    /// A file is found in its folder's rows however its path's bytes sort
    /// beside its subfolders' ('.' and '-' before '/', bytes past ASCII
    /// after), whether the store streams a span or ends it at a limit, a
    /// folder read with one span past each subfolder and one more (and one
    /// each `limit` files); a file `retain` left out, or written after the
    /// run began, or not held, is not found.
    #[test]
    fn a_folder_is_read_past_its_subfolders_in_byte_order() {
        let paths: [&[u8]; 11] = [
            b"/d/a",
            b"/d/a.txt",
            b"/d/a-b",
            b"/d/a/x",
            b"/d/a/b/y",
            b"/d/a0",
            b"/d/b",
            b"/d/\xc3\xa9",
            b"/d/\xff",
            b"/d0/z",
            b"/d.txt",
        ];
        // Folders read: "/" (past /d/ and /d0/) 3 spans, /d/ (past /d/a/)
        // 2, /d/a/ (past /d/a/b/) 2, /d/a/b/ 1, /d0/ 1, /e/ 1.
        let spans = 10;
        for limit in [0, 1, 2, 3] {
            let mut files: Vec<_> = paths.iter().enumerate().map(|(size, p)| (p.to_vec(), file(size as u64))).collect();
            files.push((b"/d/new".to_vec(), file(99)));
            let (mut known, probe) = Listed::probed(files, 1, limit);
            for (size, path) in paths.iter().enumerate() {
                let held = known.get(Path::new(OsStr::from_bytes(path))).unwrap();
                assert_eq!(held.map(|h| h.size), Some(size as u64), "{} at limit {limit}", path.escape_ascii());
            }
            for absent in [&b"/d/a/b"[..], b"/d/c", b"/d/a.tx", b"/d/", b"/e/a", b"/d/new"] {
                assert!(known.get(Path::new(OsStr::from_bytes(absent))).unwrap().is_none());
            }
            let most = spans + paths.len().checked_div(limit).unwrap_or(0);
            assert!((spans..=most).contains(&probe.spans()), "{} spans at limit {limit}", probe.spans());
            known.retain(|path| !path.starts_with("/d/a")).unwrap();
            assert_eq!(known.held, paths.len() - 3);
            assert!(known.get(Path::new("/d/a/x")).unwrap().is_none());
            assert!(known.get(Path::new("/d/a.txt")).unwrap().is_some(), "not under /d/a as a path");
            let mut reached = Vec::new();
            known.paths(&mut |_, path| reached.push(path.to_path_buf())).unwrap();
            assert_eq!(reached.len(), paths.len() - 3);
        }
    }

    /// A folder asked for again counts as read last: a big folder handed
    /// out in batches among others, past `FOLDER_ROWS` and `FOLDERS`, is
    /// read once; a folder let go is read again; the rows kept are counted
    /// as they are read.
    #[test]
    fn a_folder_asked_for_again_is_kept() {
        let small = FOLDERS + 50;
        let big = (0..FOLDER_ROWS + 1_000).map(|i| (format!("/big/{i:06}").into_bytes(), file(1)));
        let files = big.chain((0..small).map(|i| (format!("/s{i:04}/f").into_bytes(), file(2)))).collect();
        let (known, probe) = Listed::probed(files, 0, 0);
        for i in 0..small {
            for path in [format!("/big/{i:06}"), format!("/s{i:04}/f")] {
                assert!(known.get(Path::new(&path)).unwrap().is_some(), "{path}");
            }
        }
        assert_eq!(probe.spans_from(b"/big/"), 1);
        assert_eq!(probe.spans(), 1 + small);
        {
            let folders = known.lock_folders();
            assert!(folders.by_prefix.len() <= FOLDERS && folders.used.len() == folders.by_prefix.len());
            let rows = folders.by_prefix.values().map(|k| k.folder.lock().unwrap().as_ref().map_or(0, |f| f.len()));
            assert_eq!(folders.rows, rows.sum::<usize>());
        }
        assert!(known.get(Path::new("/s0000/f")).unwrap().is_some());
        assert_eq!(probe.spans_from(b"/s0000/"), 2);
    }

    /// Sixteen threads each in a big folder of its own, past `FOLDER_ROWS`
    /// together, asking for their files in turn: kept for sixteen threads,
    /// each folder is read once; kept for eight (`RECENT`), once a turn.
    #[test]
    fn the_folders_of_every_crawl_thread_are_kept() {
        let (threads, rows, turns) = (16, FOLDER_ROWS / 8, 4);
        let files: Vec<_> = (0..threads)
            .flat_map(|t| (0..rows).map(move |i| (format!("/t{t:02}/{i:06}").into_bytes(), file(1))))
            .collect();
        for (kept_for, reads) in [(threads, 1), (RECENT - 1, turns)] {
            let (mut known, probe) = Listed::probed(files.clone(), 0, 0);
            known.keep_folders_for(kept_for);
            for turn in 0..turns {
                for t in 0..threads {
                    let path = format!("/t{t:02}/{:06}", turn * rows / turns);
                    assert!(known.get(Path::new(&path)).unwrap().is_some(), "{path}");
                }
            }
            assert_eq!(probe.spans_from(b"/t00/"), reads, "kept for {kept_for} threads");
            assert_eq!(probe.spans(), threads * reads, "kept for {kept_for} threads");
        }
    }

    /// Threads each in a big folder of their own, past `MOST_ROWS`
    /// together: their folders are let go and read again, the rows kept
    /// staying under `MOST_ROWS` and the folder read last.
    #[test]
    fn the_rows_kept_are_bounded_whatever_the_threads() {
        let (threads, rows, turns) = (6, FOLDER_ROWS, 2);
        let files: Vec<_> = (0..threads)
            .flat_map(|t| (0..rows).map(move |i| (format!("/t{t:02}/{i:06}").into_bytes(), file(1))))
            .collect();
        let (mut known, probe) = Listed::probed(files, 0, 0);
        known.keep_folders_for(threads);
        for turn in 0..turns {
            for t in 0..threads {
                let path = format!("/t{t:02}/{:06}", turn * rows / turns);
                assert!(known.get(Path::new(&path)).unwrap().is_some(), "{path}");
                let folders = known.lock_folders();
                assert!(folders.rows <= MOST_ROWS + rows, "{} rows kept", folders.rows);
            }
        }
        assert_eq!(probe.spans_from(b"/t00/"), turns);
    }

    /// A folder whose read failed says why, and so does every later read
    /// at once, without asking the store again.
    #[test]
    fn a_failed_folder_read_fails_the_reads_after_it() {
        let files = vec![(b"/d/a".to_vec(), file(1)), (b"/e/a".to_vec(), file(1))];
        let (known, probe) = Listed::probed(files, 0, 0);
        probe.fail.store(true, std::sync::atomic::Ordering::Relaxed);
        for path in ["/d/a", "/d/a", "/e/a"] {
            let failed = known.get(Path::new(path)).err().map(|e| e.to_string());
            assert_eq!(failed.as_deref(), Some("the server went away"));
        }
        assert_eq!(probe.spans(), 1);
    }

    /// Threads asking at once for more connections than a pool's `most`
    /// wait for one in use; a connection that could not be opened is not
    /// counted.
    #[test]
    fn a_pool_opens_at_most_its_connections() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pool = Pool::new(2);
        let (opened, busy, most_busy) = (AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0));
        let failed = pool.with(|| Err::<usize, _>(IndexError::Refused("too many sessions".into())), |_| Ok(()));
        assert!(failed.is_err());
        std::thread::scope(|scope| {
            for _ in 0..8 {
                scope.spawn(|| {
                    let open = || Ok(opened.fetch_add(1, Ordering::SeqCst));
                    pool.with(open, |_| {
                        most_busy.fetch_max(busy.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        busy.fetch_sub(1, Ordering::SeqCst);
                        Ok(())
                    })
                    .unwrap();
                });
            }
        });
        assert_eq!((opened.into_inner(), most_busy.into_inner()), (2, 2));
    }

    #[test]
    fn ids_are_held_as_bits() {
        let mut ids = Ids::default();
        for id in [0, 63, 64, 1_000_001, 64] {
            assert_eq!(ids.contains(id), id == 64 && ids.len() == 4);
            ids.insert(id);
            assert!(ids.contains(id));
        }
        assert_eq!(ids.len(), 4);
        assert!(!ids.contains(1) && !ids.contains(65) && !ids.contains(1_000_000) && !ids.contains(usize::MAX));
        // Ids far up, met in any order, take the words between them only.
        let (mut far, base) = (Ids::default(), 1 << 40);
        for id in (0..1_000).map(|i| base + (i * 7_919) % 1_000 * 3) {
            far.insert(id);
        }
        assert_eq!(far.len(), 1_000);
        assert!(far.bits.len() <= 2 * 3_000 / 64 + 2, "{} words", far.bits.len());
        assert!((0..3_000).all(|i| far.contains(base + i) == (i % 3 == 0)));
        assert!(!far.contains(base - 1) && !far.contains(0) && !far.contains(base + 3_000));
    }

    #[test]
    fn a_database_is_a_url_or_a_file_and_shown_without_its_password() {
        let url = "postgresql://agent:s3cret@inventory.example.com:5433/dpscan";
        assert_eq!(Database::parse(url), Ok(Database::Postgres(url.into())));
        assert_eq!(Database::parse("inv.db"), Ok(Database::Sqlite("inv.db".into())));
        assert!(Database::parse("").is_err());
        let shown = Database::Postgres(url.into()).to_string();
        assert_eq!(shown, "postgresql://inventory.example.com:5433/dpscan");
        assert!(!Database::Postgres("postgres://u:pw@[bad".into()).to_string().contains("pw"));
        assert!(!format!("{:?}", Database::Postgres(url.into())).contains("s3cret"));
    }
}
