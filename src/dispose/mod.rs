//! Disposal: acting on the files a saved JSONL report (or the inventory)
//! found due for deletion, or an approved erasure plan's deletions, and
//! undoing a quarantine.
//!
//! Nothing happens without `execute`: a dry run makes every check and says
//! what it would do. The trees dispose and restore may act in are the ones
//! named on the command line; a report or manifest only proposes files, and
//! each is found again beneath an opened tree without following any link
//! (see [`beneath`]), then checked on the handle it is acted on: a regular
//! file, the same size, modification time and SHA-256 as reported, and still
//! expired (a file an erasure plan proposes is due whatever its period, once
//! its row's seal verified and `erase::recheck` found nothing keeping it). A
//! file that fails a check is skipped with the reason.
//!
//! Proof comes first: a manifest or log line saying what is about to happen
//! is on disk before each move or deletion, and a second line says how it
//! went, so an interrupted run leaves a manifest `restore` can follow. A line
//! that cannot be written stops the run before anything else is touched; so
//! does a full quarantine. `restore` takes files only from the manifest's own
//! folder and puts them back byte- and timestamp-exact, never over anything.

mod beneath;

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::Timestamp;
use rustix::fs::{Timespec, Timestamps};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use self::beneath::{Held, Journal, NotPrivate, Refused, Tree};
use crate::retention::Due;
use crate::scan::{hex, sha256_of, unhex};

#[derive(Debug, Error)]
pub enum DisposeError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("{}, line {line}: not a dpscan JSONL record: {source}", path.display())]
    Record { path: PathBuf, line: usize, source: serde_json::Error },
    #[error("{}: no summary record with the scan roots; is it a complete `dpscan --format jsonl` report?", .0.display())]
    NoRoots(PathBuf),
    #[error("{}: not an erasure plan as `dpscan erase --format csv` writes it: {source}", path.display())]
    Plan { path: PathBuf, source: csv::Error },
    #[error("{}: not an erasure plan as `dpscan erase --format csv` writes it: it has no `{column}` column (a plan made before rows were sealed has no `seal`: make it again)", path.display())]
    PlanColumn { path: PathBuf, column: &'static str },
    #[error("cannot open the tree {}: {source}", path.display())]
    Root { path: PathBuf, source: io::Error },
    #[error("the quarantine {} lies inside the scanned root {} (or holds it): choose a folder outside it", quarantine.display(), root.display())]
    QuarantineInsideRoot { quarantine: PathBuf, root: PathBuf },
    #[error("the quarantine {}: {source}", path.display())]
    QuarantinePath { path: PathBuf, source: io::Error },
    #[error("unsafe quarantine: {0}")]
    NotPrivate(#[from] NotPrivate),
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot write {}: {source}; the run stopped there, and every move or deletion made is recorded", path.display())]
    Journal { path: PathBuf, source: io::Error },
    #[error("the quarantine {} is full: {source}; the run stopped there, and every file moved is in its manifest", path.display())]
    Full { path: PathBuf, source: io::Error },
}

/// Where disposed files go.
#[derive(Debug, Clone)]
pub enum Method {
    /// Moved under this folder, with a manifest for `restore`.
    Quarantine(PathBuf),
    /// Deleted, with lines appended to this log.
    Delete { log: PathBuf },
}

/// What is done to a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    Quarantine,
    Delete,
    Restore,
}

/// How it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Done {
    Done,
    DryRun,
    Skipped,
}

/// What happened, or would happen, to one file.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub path: String,
    pub action: Act,
    pub status: Done,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// The parts of a report that disposal reads.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ReportLine {
    File(ReportFile),
    Summary {
        roots: Vec<PathBuf>,
        working_directory: Option<PathBuf>,
    },
    #[serde(other)]
    Other,
}

/// A file record, with the exact bytes of a name that is not UTF-8.
#[derive(Deserialize)]
struct ReportFile {
    path: PathBuf,
    path_hex: Option<String>,
    size: u64,
    modified: Option<String>,
    sha256: Option<String>,
    retention: Option<ReportVerdict>,
}

#[derive(Deserialize)]
struct ReportVerdict {
    rule: Option<String>,
    expires: Option<Date>,
    action: Due,
}

/// What disposal acts on: the files judged, and where they were judged.
/// Read from a saved report, or made from the inventory.
pub struct Judged {
    pub files: Vec<JudgedFile>,
    /// The scan roots as the report states them: shown to the user, never
    /// trusted (the trees to act in are named on the command line).
    pub roots: Vec<PathBuf>,
    /// What relative paths are relative to.
    pub working_directory: Option<PathBuf>,
}

/// A file judged due for deletion: what it was then, and why it is due.
pub struct JudgedFile {
    /// Exact (a name that is not UTF-8 survives from the inventory, and
    /// from a report's or plan's `path_hex`).
    pub path: PathBuf,
    pub size: u64,
    pub modified: Option<String>,
    pub sha256: Option<String>,
    pub ground: Ground,
}

/// Why a file is to go.
pub enum Ground {
    /// Past its retention period under a rule whose action is `delete`:
    /// checked again against the day of disposal.
    Expired { rule: Option<String>, expires: Option<Date> },
    /// The `delete` rows of an erasure plan a person approved, for a file
    /// of `host`, and what, found by checking them again, stops them.
    Erasure { host: String, stopped: Option<String> },
}

impl Ground {
    /// As manifests, logs and outcomes name it: the rule, or `erasure`.
    fn rule(&self) -> Option<String> {
        match self {
            Ground::Expired { rule, .. } => rule.clone(),
            Ground::Erasure { .. } => Some("erasure".into()),
        }
    }

    /// Whether it still holds on `today`.
    fn holds(&self, today: Date) -> Result<(), String> {
        match self {
            Ground::Expired { expires, .. } if expires.is_none_or(|e| e >= today) => {
                Err("no longer expired as of today".into())
            }
            Ground::Erasure { stopped: Some(why), .. } => Err(why.clone()),
            _ => Ok(()),
        }
    }
}

/// Where a manifest or log line stands: written before the act, then again
/// when it is done or failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Stage {
    Intent,
    Done,
    Failed,
}

/// One line of a quarantine manifest.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ManifestEntry {
    stage: Stage,
    #[serde(with = "exact")]
    original: PathBuf,
    #[serde(with = "exact")]
    quarantined: PathBuf,
    size: u64,
    modified: Timestamp,
    accessed: Timestamp,
    sha256: String,
    rule: Option<String>,
    device: u64,
    inode: u64,
    at: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

/// One line of the disposal log.
#[derive(Serialize)]
struct DeletionRecord<'a> {
    stage: Stage,
    #[serde(with = "exact")]
    path: &'a Path,
    at: Timestamp,
    rule: Option<&'a str>,
    sha256: &'a str,
    size: u64,
    modified: Timestamp,
    device: u64,
    inode: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

/// Paths in manifests and logs: text when UTF-8, else `{"hex": "…"}`.
mod exact {
    use super::*;

    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    enum Form {
        Text(String),
        Bytes { hex: String },
    }

    pub fn serialize<S: serde::Serializer, P: AsRef<Path>>(path: P, serializer: S) -> Result<S::Ok, S::Error> {
        let path = path.as_ref();
        match path.to_str() {
            Some(text) => serializer.serialize_str(text),
            None => Form::Bytes { hex: hex(path.as_os_str().as_bytes()) }.serialize(serializer),
        }
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<PathBuf, D::Error> {
        match Form::deserialize(deserializer)? {
            Form::Text(text) => Ok(text.into()),
            Form::Bytes { hex } => unhex(&hex)
                .map(|bytes| OsString::from_vec(bytes).into())
                .ok_or_else(|| serde::de::Error::custom("a path's hex is not hex")),
        }
    }
}

fn timestamp(spec: Timespec) -> Timestamp {
    Timestamp::new(spec.tv_sec, spec.tv_nsec as i32).unwrap_or_default()
}

fn timespec(t: Timestamp) -> Timespec {
    Timespec { tv_sec: t.as_second(), tv_nsec: t.subsec_nanosecond().into() }
}

/// Opens the trees named by the user.
fn open_trees(roots: &[PathBuf]) -> Result<Vec<Tree>, DisposeError> {
    roots.iter().map(|r| Tree::open(r).map_err(|source| DisposeError::Root { path: r.clone(), source })).collect()
}

/// The quarantine folder with its links and `..` resolved, though it may
/// not exist yet: refused when it overlaps a tree.
fn resolve_quarantine(dir: &Path, trees: &[Tree]) -> Result<PathBuf, DisposeError> {
    let failed = |source| DisposeError::QuarantinePath { path: dir.to_path_buf(), source };
    let absolute = std::path::absolute(dir).map_err(failed)?;
    let existing = absolute.ancestors().find(|a| a.exists()).unwrap_or(Path::new("/"));
    let rest = absolute.strip_prefix(existing).unwrap_or(Path::new(""));
    if rest.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
        return Err(failed(io::Error::other("give it without `..` past its existing part")));
    }
    let resolved = std::fs::canonicalize(existing).map_err(failed)?.join(rest);
    match trees.iter().find(|t| t.overlaps(&resolved)) {
        Some(tree) => Err(DisposeError::QuarantineInsideRoot { quarantine: resolved, root: tree.folder().into() }),
        None => Ok(resolved),
    }
}

/// Where the proof goes when executing.
enum Sink {
    Quarantine {
        dir: Tree,
        manifest: Journal,
    },
    /// The log is opened before the first deletion, so a run that deletes
    /// nothing leaves no log.
    Delete {
        path: PathBuf,
        log: Option<Journal>,
    },
}

/// Makes (owner-only) and opens the quarantine and its manifest.
fn open_quarantine(path: &Path) -> Result<Sink, DisposeError> {
    let dir = Tree::private(path, true)?;
    let manifest_path = path.join("manifest.jsonl");
    let manifest = Journal::open_in(&dir, "manifest.jsonl", manifest_path.clone())
        .map_err(|source| DisposeError::Write { path: manifest_path, source })?;
    Ok(Sink::Quarantine { dir, manifest })
}

/// Disposes of the files judged due for deletion that lie in `roots`,
/// reporting each one.
pub fn dispose(
    judged: Judged,
    roots: &[PathBuf],
    method: &Method,
    execute: bool,
    today: Date,
    out: &mut dyn FnMut(&Outcome) -> io::Result<()>,
) -> Result<(), DisposeError> {
    let Judged { files, roots: _, working_directory: cwd } = judged;
    let trees = open_trees(roots)?;
    let (quarantine, mut sink) = match method {
        Method::Quarantine(dir) => {
            let path = resolve_quarantine(dir, &trees)?;
            let sink = execute.then(|| open_quarantine(&path)).transpose()?;
            (Some(path), sink)
        }
        Method::Delete { log } => (None, execute.then(|| Sink::Delete { path: log.clone(), log: None })),
    };
    let action = if quarantine.is_some() { Act::Quarantine } else { Act::Delete };
    for file in files {
        let rule = file.ground.rule();
        let mut outcome = Outcome {
            path: file.path.display().to_string(),
            action,
            status: Done::Skipped,
            reason: None,
            destination: None,
            rule: rule.clone(),
        };
        let mut stop = None;
        match locate(&file, &trees, cwd.as_deref(), today) {
            Err(reason) => outcome.reason = Some(reason),
            Ok(found) => {
                let destination = quarantine.as_ref().map(|q| q.join(found.tree.name()).join(&found.relative));
                outcome.destination = destination.as_ref().map(|d| d.display().to_string());
                let acted = match &mut sink {
                    None => Ok(Done::DryRun),
                    Some(Sink::Quarantine { dir, manifest }) => {
                        found.quarantine(dir, manifest, destination.unwrap_or_default(), rule.clone())
                    }
                    Some(Sink::Delete { path, log }) => match log {
                        Some(log) => Ok(log),
                        None => Journal::open(path)
                            .map(|opened| log.insert(opened))
                            .map_err(|e| Stop::unrecorded("not deleted: the disposal log cannot be opened", path, e)),
                    }
                    .and_then(|log| found.delete(log, &file, rule.as_deref())),
                };
                match acted {
                    Ok(status) => outcome.status = status,
                    Err(Stop { reason, fatal }) => {
                        outcome.reason = Some(reason);
                        stop = fatal;
                    }
                }
            }
        }
        out(&outcome).map_err(|source| DisposeError::Write { path: "standard output".into(), source })?;
        if let Some(e) = stop {
            return Err(e);
        }
    }
    Ok(())
}

/// A file that passed every check, held open.
struct Found<'t> {
    tree: &'t Tree,
    relative: PathBuf,
    dir: std::os::fd::OwnedFd,
    name: OsString,
    held: Held,
    sha256: [u8; 32],
    times: Timestamps,
}

/// Why a file was not acted on, and whether the run must stop.
struct Stop {
    reason: String,
    fatal: Option<DisposeError>,
}

impl Stop {
    fn skip(reason: impl Into<String>) -> Stop {
        Stop { reason: reason.into(), fatal: None }
    }

    /// A manifest or log line not written: the run stops.
    fn unrecorded(reason: &str, journal: &Path, source: io::Error) -> Stop {
        Stop { reason: reason.into(), fatal: Some(DisposeError::Journal { path: journal.to_path_buf(), source }) }
    }
}

fn locate<'t>(file: &JudgedFile, trees: &'t [Tree], cwd: Option<&Path>, today: Date) -> Result<Found<'t>, String> {
    file.ground.holds(today)?;
    let path = match cwd {
        Some(cwd) if file.path.is_relative() => cwd.join(&file.path),
        _ => std::path::absolute(&file.path).map_err(|e| e.to_string())?,
    };
    let in_tree = |path: &Path| trees.iter().find_map(|t| t.beneath(path).map(|r| (t, r)));
    // A tree named through a link other than the scan's: the same place,
    // spelled another way. Only a name to look for; the walk below decides.
    let resolved = || Some(std::fs::canonicalize(path.parent()?).ok()?.join(path.file_name()?));
    let (tree, relative) =
        in_tree(&path).or_else(|| in_tree(&resolved()?)).ok_or("outside the trees given with --root")?;
    let gone = |e: Refused| if e.is_missing() { format!("gone since the report: {e}") } else { e.to_string() };
    let (dir, name) = tree.walk(&relative, None).map_err(gone)?;
    let mut held = Held::open(&dir, &name).map_err(gone)?;
    let size = held.stat.st_size as u64;
    if size != file.size {
        return Err(format!("changed since the report: size {} → {size}", file.size));
    }
    let times = held.times();
    let reported = file.modified.as_deref().and_then(|m| m.parse::<Timestamp>().ok());
    if reported != Some(timestamp(times.last_modification)) {
        return Err("changed since the report: modification time differs".into());
    }
    let reported_hash = file.sha256.as_deref().ok_or("the report has no hash for it")?;
    let sha256 = sha256_of(&mut held.file).map_err(|e| format!("cannot hash: {e}"))?;
    if !hex(&sha256).eq_ignore_ascii_case(reported_hash) {
        return Err("changed since the report: content differs (SHA-256)".into());
    }
    Ok(Found { tree, relative, dir, name, held, sha256, times })
}

impl Found<'_> {
    fn original(&self) -> PathBuf {
        self.tree.folder().join(&self.relative)
    }

    /// Moves the file to `destination` under the quarantine, its intent on
    /// disk first.
    fn quarantine(
        &self,
        quarantine: &Tree,
        manifest: &mut Journal,
        destination: PathBuf,
        rule: Option<String>,
    ) -> Result<Done, Stop> {
        let relative = Path::new(self.tree.name()).join(&self.relative);
        let not_moved = |e: Refused| match e {
            Refused::Io(source) if beneath::is_full(&source) => Stop {
                reason: format!("not moved: {source}"),
                fatal: Some(DisposeError::Full { path: quarantine.folder().into(), source }),
            },
            e => Stop::skip(format!("not moved: {e}")),
        };
        let (qdir, qname) = quarantine.walk(&relative, Some(0o700)).map_err(not_moved)?;
        if beneath::occupied(&qdir, &qname).map_err(|e| not_moved(e.into()))? {
            return Err(Stop::skip(format!("{} already exists in the quarantine", destination.display())));
        }
        let mut entry = ManifestEntry {
            stage: Stage::Intent,
            original: self.original(),
            quarantined: destination,
            size: self.held.stat.st_size as u64,
            modified: timestamp(self.times.last_modification),
            accessed: timestamp(self.times.last_access),
            sha256: hex(&self.sha256),
            rule,
            device: self.held.device(),
            inode: self.held.inode(),
            at: Timestamp::now(),
            reason: None,
        };
        let path = manifest.path.clone();
        manifest.append(&entry).map_err(|e| Stop::unrecorded("not moved: the manifest cannot be written", &path, e))?;
        let moved = self.held.move_to((&self.dir, &self.name), (&qdir, &qname), &self.times, &self.sha256);
        (entry.stage, entry.reason) = match &moved {
            Ok(()) => (Stage::Done, None),
            Err(e) => (Stage::Failed, Some(e.to_string())),
        };
        entry.at = Timestamp::now();
        let recorded = manifest.append(&entry);
        match (moved, recorded) {
            (Err(e), _) => Err(not_moved(e)),
            (Ok(()), Ok(())) => Ok(Done::Done),
            // Moved, and its intent line is on disk: restore will find it.
            (Ok(()), Err(e)) => {
                Err(Stop::unrecorded("moved; the manifest holds its intent, not its completion", &path, e))
            }
        }
    }

    /// Deletes the file, the log line saying so on disk first.
    fn delete(&self, log: &mut Journal, file: &JudgedFile, rule: Option<&str>) -> Result<Done, Stop> {
        let original = self.original();
        let sha256 = hex(&self.sha256);
        let mut record = DeletionRecord {
            stage: Stage::Intent,
            path: &original,
            at: Timestamp::now(),
            rule,
            sha256: &sha256,
            size: file.size,
            modified: timestamp(self.times.last_modification),
            device: self.held.device(),
            inode: self.held.inode(),
            reason: None,
        };
        let path = log.path.clone();
        log.append(&record)
            .map_err(|e| Stop::unrecorded("not deleted: the disposal log cannot be written", &path, e))?;
        let deleted = self.held.unlink(&self.dir, &self.name);
        (record.stage, record.reason) = match &deleted {
            Ok(()) => (Stage::Done, None),
            Err(e) => (Stage::Failed, Some(e.to_string())),
        };
        record.at = Timestamp::now();
        let logged = log.append(&record);
        match (deleted, logged) {
            (Err(e), _) => Err(Stop::skip(format!("not deleted: {e}"))),
            (Ok(()), Ok(())) => Ok(Done::Done),
            (Ok(()), Err(e)) => {
                Err(Stop::unrecorded("deleted; the log holds its intent, not its completion", &path, e))
            }
        }
    }
}

/// Puts back every file of a quarantine manifest that belongs in `roots`,
/// reporting each one.
pub fn restore(
    manifest: &Path,
    roots: &[PathBuf],
    out: &mut dyn FnMut(&Outcome) -> io::Result<()>,
) -> Result<(), DisposeError> {
    let read = |source| DisposeError::Read { path: manifest.to_path_buf(), source };
    let trees = open_trees(roots)?;
    let folder = std::fs::canonicalize(manifest).map_err(read)?;
    let quarantine = Tree::private(folder.parent().unwrap_or(Path::new("/")), false)?;
    // The intent lines, one per quarantined file: a run interrupted and run
    // again names a file twice, and the later line stands.
    let mut entries: Vec<ManifestEntry> = Vec::new();
    let mut seen = HashMap::new();
    for (number, line) in BufReader::new(File::open(manifest).map_err(read)?).lines().enumerate() {
        let line = line.map_err(read)?;
        let entry: ManifestEntry = serde_json::from_str(&line).map_err(|source| DisposeError::Record {
            path: manifest.to_path_buf(),
            line: number + 1,
            source,
        })?;
        if entry.stage == Stage::Intent {
            match seen.get(&entry.quarantined) {
                Some(&at) => entries[at] = entry,
                None => {
                    seen.insert(entry.quarantined.clone(), entries.len());
                    entries.push(entry);
                }
            }
        }
    }
    for entry in entries {
        let mut outcome = Outcome {
            path: entry.original.display().to_string(),
            action: Act::Restore,
            status: Done::Done,
            reason: None,
            destination: None,
            rule: entry.rule.clone(),
        };
        if let Err(reason) = restore_one(&entry, &trees, &quarantine) {
            outcome.status = Done::Skipped;
            outcome.reason = Some(reason);
        }
        out(&outcome).map_err(|source| DisposeError::Write { path: "standard output".into(), source })?;
    }
    Ok(())
}

fn restore_one(entry: &ManifestEntry, trees: &[Tree], quarantine: &Tree) -> Result<(), String> {
    const ABSENT: &str = "not in the quarantine (already restored?)";
    let in_quarantine = quarantine.beneath(&entry.quarantined).ok_or("not in this quarantine folder: left alone")?;
    let absent = |e: Refused| if e.is_missing() { ABSENT.to_string() } else { format!("in the quarantine: {e}") };
    let (qdir, qname) = quarantine.walk(&in_quarantine, None).map_err(absent)?;
    let mut held = Held::open(&qdir, &qname).map_err(absent)?;
    let (tree, relative) = trees
        .iter()
        .find_map(|t| t.beneath(&entry.original).map(|r| (t, r)))
        .ok_or("outside the trees given with --root: left in the quarantine")?;
    let sha256 = sha256_of(&mut held.file).map_err(|e| format!("cannot hash: {e}"))?;
    if !hex(&sha256).eq_ignore_ascii_case(&entry.sha256) {
        return Err("the quarantined copy differs from the manifest (SHA-256): left in place".into());
    }
    let (dir, name) = tree.walk(&relative, Some(0o777)).map_err(|e| format!("cannot reach its folder: {e}"))?;
    if beneath::occupied(&dir, &name).map_err(|e| e.to_string())? {
        return Err("the original path is occupied again: left in the quarantine".into());
    }
    let times = Timestamps { last_access: timespec(entry.accessed), last_modification: timespec(entry.modified) };
    held.move_to((&qdir, &qname), (&dir, &name), &times, &sha256).map_err(|e| format!("not moved back: {e}"))
}

/// The files of a saved JSONL report, and the roots it states.
pub fn read_report(path: &Path) -> Result<Judged, DisposeError> {
    let read = |source| DisposeError::Read { path: path.to_path_buf(), source };
    let mut files = Vec::new();
    let mut roots = None;
    let mut cwd = None;
    for (number, line) in BufReader::new(File::open(path).map_err(read)?).lines().enumerate() {
        let line = line.map_err(read)?;
        let record = serde_json::from_str(&line).map_err(|source| DisposeError::Record {
            path: path.to_path_buf(),
            line: number + 1,
            source,
        })?;
        match record {
            ReportLine::File(file) => {
                let Some(verdict) = file.retention.filter(|v| v.action == Due::Delete) else { continue };
                files.push(JudgedFile {
                    path: exact_path(file.path, file.path_hex.as_deref()),
                    size: file.size,
                    modified: file.modified,
                    sha256: file.sha256,
                    ground: Ground::Expired { rule: verdict.rule, expires: verdict.expires },
                });
            }
            ReportLine::Summary { roots: r, working_directory } => {
                roots = Some(r);
                cwd = working_directory;
            }
            ReportLine::Other => {}
        }
    }
    let roots = roots.ok_or_else(|| DisposeError::NoRoots(path.to_path_buf()))?;
    Ok(Judged { files, roots, working_directory: cwd })
}

/// A path as a report or plan gives it: its `path_hex` bytes when set (a
/// name that is not UTF-8), else its text.
fn exact_path(text: PathBuf, hex: Option<&str>) -> PathBuf {
    match hex.filter(|h| !h.is_empty()).and_then(unhex) {
        Some(bytes) => OsString::from_vec(bytes).into(),
        None => text,
    }
}

/// The files of an erasure plan (`dpscan erase --format csv`) a person
/// approved for deletion: a file goes when every row naming it says
/// `delete` and `approved` is `yes`. Rows to redact, keep or check are
/// never taken, whatever their `approved` says. A file with an approved row
/// whose seal does not verify with `key` (the inventory's: the row was
/// edited, or made with another inventory), or that cannot be read as a
/// plan row, is refused, naming the row; `erase::recheck` then checks the
/// others against the inventory again.
pub fn read_plan(path: &Path, key: &crate::detect::digest::DigestKey) -> Result<Judged, DisposeError> {
    use crate::erase::{Action, PlanRow, Sealed};
    let bad = |source| DisposeError::Plan { path: path.to_path_buf(), source };
    let mut reader = csv::Reader::from_path(path).map_err(bad)?;
    let headers = reader.headers().map_err(bad)?.clone();
    if let Some(column) =
        ["action", "path", "host", "plan", "seal", "approved"].into_iter().find(|c| !headers.iter().any(|h| h == *c))
    {
        return Err(DisposeError::PlanColumn { path: path.to_path_buf(), column });
    }
    let column = |record: &csv::StringRecord, name: &str| {
        headers.iter().position(|h| h == name).and_then(|i| record.get(i)).unwrap_or_default().to_string()
    };
    /// A file of the plan: taken when every row is an approved deletion
    /// that verifies, refused when an approved row does not.
    struct Rows {
        file: JudgedFile,
        taken: bool,
        refused: Option<String>,
    }
    let mut files: Vec<Rows> = Vec::new();
    let mut at: HashMap<(String, PathBuf), usize> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(bad)?;
        let line = record.position().map_or(0, |p| p.line());
        let approved = column(&record, "approved").trim().eq_ignore_ascii_case("yes");
        let (host, file, refused, delete) = match record.deserialize::<PlanRow>(Some(&headers)) {
            Ok(row) => {
                let exact = exact_path(row.path.into(), Some(&row.path_hex));
                let sealed = Sealed {
                    plan: &row.plan,
                    host: &row.host,
                    path: &exact,
                    action: row.action,
                    sha256: &row.sha256,
                    size: row.size,
                    modified: &row.modified,
                };
                let refused = (sealed.seal(key) != row.seal).then(|| {
                    format!(
                        "plan line {line}: its seal does not verify: the row was changed after the plan was made (only \
                         `approved` may be), or made with another inventory"
                    )
                });
                let file = JudgedFile {
                    path: exact,
                    size: row.size.unwrap_or_default(),
                    modified: Some(row.modified).filter(|m| !m.is_empty()),
                    sha256: Some(row.sha256).filter(|h| !h.is_empty()),
                    ground: Ground::Erasure { host: row.host.clone(), stopped: None },
                };
                (row.host, file, refused, row.action == Action::Delete)
            }
            Err(e) => {
                let file = JudgedFile {
                    path: exact_path(column(&record, "path").into(), Some(&column(&record, "path_hex"))),
                    size: 0,
                    modified: None,
                    sha256: None,
                    ground: Ground::Erasure { host: String::new(), stopped: None },
                };
                let why = format!("plan line {line}: not a row as `dpscan erase` writes it: {e}");
                (column(&record, "host"), file, Some(why), false)
            }
        };
        let place = (host, file.path.clone());
        let i = *at.entry(place).or_insert_with(|| {
            files.push(Rows { file, taken: true, refused: None });
            files.len() - 1
        });
        let entry = &mut files[i];
        entry.taken &= approved && delete && refused.is_none();
        // An approved row that fails its checks is said, whatever its action.
        if approved && entry.refused.is_none() {
            entry.refused = refused;
        }
    }
    let files = files
        .into_iter()
        .filter_map(|mut rows| match rows.refused {
            Some(why) => {
                if let Ground::Erasure { stopped, .. } = &mut rows.file.ground {
                    *stopped = Some(why);
                }
                Some(rows.file)
            }
            None => rows.taken.then_some(rows.file),
        })
        .collect();
    Ok(Judged { files, roots: Vec::new(), working_directory: None })
}
