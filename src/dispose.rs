//! Disposal: acting on the files a saved JSONL report found due for deletion,
//! and undoing a quarantine.
//!
//! Nothing happens without `execute`: a dry run makes every check and says
//! what it would do. Before acting on a file it is checked again: inside the
//! report's roots with no symbolic link on the way, a regular file, the same
//! size, modification time and SHA-256 as reported, and still expired. A file
//! that fails a check is skipped with the reason. A quarantine keeps each
//! file's path under its root and appends a manifest line as each move
//! completes, so the manifest is true to what was done even if a run stops
//! midway; `restore` puts files back byte- and timestamp-exact. A deletion is
//! appended to a disposal log (what, when, rule, hash) as proof.

use std::fs::{self, File, FileTimes, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::retention::Due;
use crate::scan::{hex, sha256_file};

#[derive(Debug, Error)]
pub enum DisposeError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("{}, line {line}: not a dpscan JSONL record: {source}", path.display())]
    Record { path: PathBuf, line: usize, source: serde_json::Error },
    #[error("{}: no summary record with the scan roots; is it a complete `dpscan --format jsonl` report?", .0.display())]
    NoRoots(PathBuf),
    #[error("the quarantine {} lies inside the scanned root {}: choose a folder outside it", quarantine.display(), root.display())]
    QuarantineInsideRoot { quarantine: PathBuf, root: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
}

/// Where disposed files go.
#[derive(Debug, Clone)]
pub enum Method {
    /// Moved under this folder, with a manifest for `restore`.
    Quarantine(PathBuf),
    /// Deleted, with a line appended to this log.
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
    File(JudgedFile),
    Summary {
        roots: Vec<PathBuf>,
        working_directory: Option<PathBuf>,
    },
    #[serde(other)]
    Other,
}

/// What disposal acts on: the files judged, and where they were judged.
/// Read from a saved report, or made from the inventory.
pub struct Judged {
    pub files: Vec<JudgedFile>,
    /// The scan roots: nothing outside them is touched.
    pub roots: Vec<PathBuf>,
    /// What relative paths are relative to.
    pub working_directory: Option<PathBuf>,
}

/// A file as it was judged: what it was then, and its verdict.
#[derive(Deserialize)]
pub struct JudgedFile {
    /// Exact (a name that is not UTF-8 survives from the inventory).
    pub path: PathBuf,
    pub size: u64,
    pub modified: Option<String>,
    pub sha256: Option<String>,
    pub retention: Option<JudgedVerdict>,
}

#[derive(Deserialize)]
pub struct JudgedVerdict {
    pub rule: Option<String>,
    pub expires: Option<Date>,
    pub action: Due,
}

/// One line of a quarantine manifest.
#[derive(Debug, Serialize, Deserialize)]
struct ManifestEntry {
    original: PathBuf,
    quarantined: PathBuf,
    size: u64,
    modified: Timestamp,
    accessed: Timestamp,
    sha256: String,
    rule: Option<String>,
    moved_at: Timestamp,
}

/// One line of the disposal log.
#[derive(Serialize)]
struct DeletionRecord<'a> {
    path: &'a Path,
    deleted_at: Timestamp,
    rule: Option<&'a str>,
    sha256: &'a str,
    size: u64,
    modified: Option<&'a str>,
}

/// Disposes of the files judged due for deletion, reporting each one.
pub fn dispose(
    judged: Judged,
    method: &Method,
    execute: bool,
    today: Date,
    out: &mut dyn FnMut(&Outcome) -> io::Result<()>,
) -> Result<(), DisposeError> {
    let Judged { files, roots, working_directory: cwd } = judged;
    let roots: Vec<PathBuf> = roots.iter().map(|r| fs::canonicalize(r).unwrap_or_else(|_| r.clone())).collect();
    // Absolute, so the manifest works from any folder.
    let method = &match method {
        Method::Quarantine(dir) => {
            let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
            if let Some(root) = roots.iter().find(|r| dir.starts_with(r)) {
                return Err(DisposeError::QuarantineInsideRoot { quarantine: dir, root: root.clone() });
            }
            Method::Quarantine(dir)
        }
        delete => delete.clone(),
    };
    fn write(path: &Path) -> impl FnOnce(io::Error) -> DisposeError + '_ {
        move |source| DisposeError::Write { path: path.to_path_buf(), source }
    }
    for file in files {
        let Some(verdict) = file.retention.as_ref().filter(|v| v.action == Due::Delete) else { continue };
        let action = if matches!(method, Method::Quarantine(_)) { Act::Quarantine } else { Act::Delete };
        let mut outcome = Outcome {
            path: file.path.display().to_string(),
            action,
            status: Done::Skipped,
            reason: None,
            destination: None,
            rule: verdict.rule.clone(),
        };
        match check(&file, verdict, &roots, cwd.as_deref(), today) {
            Err(reason) => outcome.reason = Some(reason),
            Ok(checked) if !execute => {
                outcome.status = Done::DryRun;
                outcome.destination = destination(method, &checked).map(|d| d.display().to_string());
            }
            Ok(checked) => match method {
                Method::Quarantine(dir) => match quarantine(&checked, dir, verdict.rule.clone()) {
                    Ok(dest) => {
                        outcome.status = Done::Done;
                        outcome.destination = Some(dest.display().to_string());
                    }
                    Err(e) => outcome.reason = Some(format!("not moved: {e}")),
                },
                Method::Delete { log } => {
                    let record = DeletionRecord {
                        path: &checked.path,
                        deleted_at: Timestamp::now(),
                        rule: verdict.rule.as_deref(),
                        sha256: &checked.sha256,
                        size: file.size,
                        modified: file.modified.as_deref(),
                    };
                    match fs::remove_file(&checked.path) {
                        Ok(()) => {
                            append_json(log, &record).map_err(write(log))?;
                            outcome.status = Done::Done;
                        }
                        Err(e) => outcome.reason = Some(format!("not deleted: {e}")),
                    }
                }
            },
        }
        out(&outcome).map_err(write(Path::new("standard output")))?;
    }
    Ok(())
}

/// A file that passed every check.
struct Checked {
    path: PathBuf,
    root: PathBuf,
    sha256: String,
}

fn check(
    file: &JudgedFile,
    verdict: &JudgedVerdict,
    roots: &[PathBuf],
    cwd: Option<&Path>,
    today: Date,
) -> Result<Checked, String> {
    if verdict.expires.is_none_or(|e| e >= today) {
        return Err("no longer expired as of today".into());
    }
    let reported = file.path.as_path();
    let path = match cwd {
        Some(cwd) if reported.is_relative() => cwd.join(reported),
        _ => reported.to_path_buf(),
    };
    // The folder, with every link resolved, must still lie inside a root:
    // a folder swapped for a link cannot lead the disposal elsewhere.
    let parent = path.parent().ok_or("no parent folder")?;
    let name = path.file_name().ok_or("no file name")?;
    let parent = fs::canonicalize(parent).map_err(|e| format!("folder gone: {e}"))?;
    let root = roots.iter().find(|r| parent.starts_with(r)).ok_or("outside the report's roots")?;
    let path = parent.join(name);
    let meta = fs::symlink_metadata(&path).map_err(|e| format!("gone since the report: {e}"))?;
    if !meta.file_type().is_file() {
        return Err("no longer a regular file (a link or special file)".into());
    }
    if meta.len() != file.size {
        return Err(format!("changed since the report: size {} → {}", file.size, meta.len()));
    }
    let modified = meta.modified().ok().and_then(|t| Timestamp::try_from(t).ok()).map(|t| t.to_string());
    if modified != file.modified {
        return Err("changed since the report: modification time differs".into());
    }
    let reported_hash = file.sha256.as_deref().ok_or("the report has no hash for it")?;
    let sha256 = hex(&sha256_file(&path, false).map_err(|e| format!("cannot hash: {e}"))?);
    if sha256 != reported_hash {
        return Err("changed since the report: content differs (SHA-256)".into());
    }
    Ok(Checked { path, root: root.clone(), sha256 })
}

/// `DIR/<root's name>/<path under the root>`.
fn destination(method: &Method, checked: &Checked) -> Option<PathBuf> {
    let Method::Quarantine(dir) = method else { return None };
    let relative = checked.path.strip_prefix(&checked.root).ok()?;
    let root_name = checked.root.file_name().map_or_else(|| "root".into(), |n| n.to_os_string());
    Some(dir.join(root_name).join(relative))
}

fn quarantine(checked: &Checked, dir: &Path, rule: Option<String>) -> io::Result<PathBuf> {
    let dest = destination(&Method::Quarantine(dir.to_path_buf()), checked)
        .ok_or_else(|| io::Error::other("no destination"))?;
    if fs::symlink_metadata(&dest).is_ok() {
        return Err(io::Error::other(format!("{} already exists in the quarantine", dest.display())));
    }
    let meta = fs::metadata(&checked.path)?;
    let entry = ManifestEntry {
        original: checked.path.clone(),
        quarantined: dest.clone(),
        size: meta.len(),
        modified: Timestamp::try_from(meta.modified()?).map_err(io::Error::other)?,
        accessed: Timestamp::try_from(meta.accessed()?).map_err(io::Error::other)?,
        sha256: checked.sha256.clone(),
        rule,
        moved_at: Timestamp::now(),
    };
    create_private_dirs(dest.parent().unwrap_or(dir))?;
    move_exactly(&checked.path, &dest, &entry)?;
    append_json(&dir.join("manifest.jsonl"), &entry)?;
    Ok(dest)
}

/// Puts back every file of a quarantine manifest, reporting each one.
pub fn restore(manifest: &Path, out: &mut dyn FnMut(&Outcome) -> io::Result<()>) -> Result<(), DisposeError> {
    let read = |source| DisposeError::Read { path: manifest.to_path_buf(), source };
    let lines = BufReader::new(File::open(manifest).map_err(read)?).lines();
    for (number, line) in lines.enumerate() {
        let line = line.map_err(read)?;
        let entry: ManifestEntry = serde_json::from_str(&line).map_err(|source| DisposeError::Record {
            path: manifest.to_path_buf(),
            line: number + 1,
            source,
        })?;
        let mut outcome = Outcome {
            path: entry.original.display().to_string(),
            action: Act::Restore,
            status: Done::Done,
            reason: None,
            destination: None,
            rule: entry.rule.clone(),
        };
        if let Err(reason) = restore_one(&entry) {
            outcome.status = Done::Skipped;
            outcome.reason = Some(reason);
        }
        out(&outcome).map_err(|source| DisposeError::Write { path: "standard output".into(), source })?;
    }
    Ok(())
}

fn restore_one(entry: &ManifestEntry) -> Result<(), String> {
    if !fs::symlink_metadata(&entry.quarantined).is_ok_and(|m| m.is_file()) {
        return Err("not in the quarantine (already restored?)".into());
    }
    if fs::symlink_metadata(&entry.original).is_ok() {
        return Err("the original path is occupied again: left in the quarantine".into());
    }
    let hash = hex(&sha256_file(&entry.quarantined, false).map_err(|e| format!("cannot hash: {e}"))?);
    if hash != entry.sha256 {
        return Err("the quarantined copy differs from the manifest (SHA-256): left in place".into());
    }
    if let Some(parent) = entry.original.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot recreate its folder: {e}"))?;
    }
    move_exactly(&entry.quarantined, &entry.original, entry).map_err(|e| format!("not moved back: {e}"))
}

/// Moves a file keeping its bytes, permissions and timestamps: a rename, or
/// across file systems a verified copy and then removal of the source.
fn move_exactly(from: &Path, to: &Path, entry: &ManifestEntry) -> io::Result<()> {
    match fs::rename(from, to) {
        Ok(()) => {}
        Err(e) if e.raw_os_error() == Some(libc::EXDEV) => {
            fs::copy(from, to)?;
            let copy = File::options().write(true).open(to)?;
            copy.sync_all()?;
            if hex(&sha256_file(to, false)?) != entry.sha256 {
                let _ = fs::remove_file(to);
                return Err(io::Error::other("the copy does not match the original (SHA-256)"));
            }
            fs::remove_file(from)?;
        }
        Err(e) => return Err(e),
    }
    let times = FileTimes::new().set_modified(entry.modified.into()).set_accessed(entry.accessed.into());
    File::options().write(true).open(to)?.set_times(times)
}

fn create_private_dirs(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Appends one JSON line to a log readable by its owner only, and syncs it.
fn append_json<T: Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    let mut line = serde_json::to_vec(value)?;
    line.push(b'\n');
    file.write_all(&line)?;
    file.sync_data()
}

/// The files and roots of a saved JSONL report.
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
            ReportLine::File(file) => files.push(file),
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
