//! File operations that cannot leave a tree. Each tree is opened once, and
//! every path beneath it is walked from that handle one name at a time,
//! never following a symbolic link and never taking `..` (what
//! `openat2(RESOLVE_BENEATH)` does in one call where a kernel offers it). A
//! file is checked and acted on through the handle that was checked: its
//! device and inode are compared with the directory entry again just before
//! a rename or unlink, a rename into a private folder is checked again
//! after, and times are set through the handle, never by path.
//!
//! It decides nothing about which files to act on, and keeps no records.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Component, Path, PathBuf};

use rustix::fs::{self as rfs, AtFlags, FileType, Mode, OFlags, RenameFlags, Stat, Timespec, Timestamps};
use rustix::io::Errno;
use serde::Serialize;
use thiserror::Error;

const FOLDER: OFlags = OFlags::RDONLY.union(OFlags::DIRECTORY).union(OFlags::CLOEXEC);

/// Why an operation beneath a tree was refused.
#[derive(Debug, Error)]
pub enum Refused {
    #[error("a link or a file where a folder should be: not followed")]
    NotAFolder,
    #[error("no longer a regular file (a link or special file)")]
    NotRegular,
    #[error("not a plain path beneath the tree (a `..` or an absolute part)")]
    NotPlain,
    #[error("swapped for another file while being acted on: left where it was")]
    Swapped,
    #[error("{0}")]
    Io(#[from] io::Error),
}

impl From<Errno> for Refused {
    fn from(e: Errno) -> Self {
        Refused::Io(e.into())
    }
}

impl Refused {
    /// Nothing there.
    pub fn is_missing(&self) -> bool {
        matches!(self, Refused::Io(e) if e.kind() == io::ErrorKind::NotFound)
    }
}

/// Out of space or quota: no later file would fare better.
pub fn is_full(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded)
}

/// A tree to act in, opened once: a folder, or a single file of a folder.
pub struct Tree {
    /// As named (made absolute), and with every link resolved.
    named: PathBuf,
    canonical: PathBuf,
    /// The folder (for a single file, its folder).
    dir: OwnedFd,
    /// Set when the tree is this one file of `dir`.
    file: Option<OsString>,
}

impl Tree {
    /// Opens a tree named by the user. Links in the name itself are
    /// resolved here, once; nothing beneath it is ever followed.
    pub fn open(path: &Path) -> io::Result<Tree> {
        let named = std::path::absolute(path)?;
        let canonical = std::fs::canonicalize(path)?;
        match rfs::open(&canonical, FOLDER, Mode::empty()) {
            Ok(dir) => Ok(Tree { named, canonical, dir, file: None }),
            Err(Errno::NOTDIR) => {
                let (Some(folder), Some(name)) = (canonical.parent(), canonical.file_name()) else {
                    return Err(Errno::NOTDIR.into());
                };
                let dir = rfs::open(folder, FOLDER, Mode::empty())?;
                let file = Some(name.to_os_string());
                Ok(Tree { named, canonical, dir, file })
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Opens (making it, owner-only, when `create`) a folder only this user
    /// can change: owned by this user and writable by no one else, with
    /// every folder above it owned by this user or root and writable by no
    /// one else unless sticky (as `/tmp`), so no other user can swap any
    /// part of it. `path` has its links and `..` resolved already.
    pub fn private(path: &Path, create: bool) -> Result<Tree, NotPrivate> {
        let io = |source| NotPrivate::Io { path: path.to_path_buf(), source };
        if create {
            let mut builder = std::fs::DirBuilder::new();
            std::os::unix::fs::DirBuilderExt::mode(builder.recursive(true), 0o700);
            builder.create(path).map_err(io)?;
        }
        let me = rustix::process::geteuid().as_raw();
        let dir = rfs::open(path, FOLDER | OFlags::NOFOLLOW, Mode::empty()).map_err(|e| io(e.into()))?;
        let stat = rfs::fstat(&dir).map_err(|e| io(e.into()))?;
        if stat.st_uid != me || stat.st_mode & 0o022 != 0 {
            return Err(NotPrivate::Folder(path.to_path_buf()));
        }
        for above in path.ancestors().skip(1) {
            let stat = rfs::stat(above).map_err(|e| io(e.into()))?;
            let open_to_others = stat.st_mode & 0o022 != 0 && stat.st_mode & 0o1000 == 0;
            if ![0, me].contains(&stat.st_uid) || open_to_others {
                return Err(NotPrivate::Above(path.to_path_buf(), above.to_path_buf()));
            }
        }
        let canonical = path.to_path_buf();
        Ok(Tree { named: canonical.clone(), canonical, dir, file: None })
    }

    /// The folder of the tree, links resolved.
    pub fn folder(&self) -> &Path {
        match self.file {
            Some(_) => self.canonical.parent().unwrap_or(&self.canonical),
            None => &self.canonical,
        }
    }

    /// The folder's own name.
    pub fn name(&self) -> &OsStr {
        self.folder().file_name().unwrap_or(OsStr::new("root"))
    }

    /// `path`, absolute, as a plain path beneath the folder: only when it
    /// lies in the tree as spelled (as named or resolved), with no `..`.
    pub fn beneath(&self, path: &Path) -> Option<PathBuf> {
        [&self.named, &self.canonical].into_iter().find_map(|spelling| {
            let rest = path.strip_prefix(spelling).ok()?;
            match &self.file {
                Some(name) => rest.as_os_str().is_empty().then(|| PathBuf::from(name)),
                None => (!rest.as_os_str().is_empty() && rest.components().all(|c| matches!(c, Component::Normal(_))))
                    .then(|| rest.to_path_buf()),
            }
        })
    }

    /// Whether `path` (resolved) lies in this tree's folder, or holds it.
    pub fn overlaps(&self, path: &Path) -> bool {
        path.starts_with(self.folder()) || self.folder().starts_with(path)
    }

    /// The folder holding `relative` and its last name, walked from the
    /// tree's handle. Missing folders are made with `create`'s mode.
    pub fn walk(&self, relative: &Path, create: Option<u32>) -> Result<(OwnedFd, OsString), Refused> {
        let mut names = Vec::new();
        for component in relative.components() {
            match component {
                Component::Normal(name) => names.push(name),
                Component::CurDir => {}
                _ => return Err(Refused::NotPlain),
            }
        }
        let name = names.pop().ok_or(Refused::NotPlain)?;
        let mut current = rfs::openat(&self.dir, ".", FOLDER, Mode::empty())?;
        for folder in names {
            let open = |dir: &OwnedFd| rfs::openat(dir, folder, FOLDER | OFlags::NOFOLLOW, Mode::empty());
            let next = match (open(&current), create) {
                (Err(Errno::NOENT), Some(mode)) => match rfs::mkdirat(&current, folder, Mode::from_raw_mode(mode)) {
                    Ok(()) | Err(Errno::EXIST) => open(&current),
                    Err(e) => Err(e),
                },
                (result, _) => result,
            };
            current = next.map_err(|e| match e {
                Errno::LOOP | Errno::NOTDIR => Refused::NotAFolder,
                e => e.into(),
            })?;
        }
        Ok((current, name.to_os_string()))
    }
}

/// Why a quarantine folder is not safe to use.
#[derive(Debug, Error)]
pub enum NotPrivate {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{} must be owned by this user and writable by no one else (chmod 700)", .0.display())]
    Folder(PathBuf),
    #[error("{} lies in {}, which another user could change: choose a folder only this user and root control", .0.display(), .1.display())]
    Above(PathBuf, PathBuf),
}

/// A regular file opened without following a link, as it was when opened.
pub struct Held {
    pub file: File,
    pub stat: Stat,
}

impl Held {
    /// Opens `name` in `dir`, refusing a link or anything not a regular
    /// file; the access time is left alone where the OS permits.
    pub fn open(dir: &OwnedFd, name: &OsStr) -> Result<Held, Refused> {
        let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
        let fd = match rfs::openat(dir, name, flags | OFlags::NOATIME, Mode::empty()) {
            // O_NOATIME is only allowed to the file's owner (or root).
            Err(Errno::PERM) => rfs::openat(dir, name, flags, Mode::empty()),
            other => other,
        }
        .map_err(|e| if e == Errno::LOOP { Refused::NotRegular } else { e.into() })?;
        let stat = rfs::fstat(&fd)?;
        if FileType::from_raw_mode(stat.st_mode) != FileType::RegularFile {
            return Err(Refused::NotRegular);
        }
        Ok(Held { file: File::from(fd), stat })
    }

    pub fn device(&self) -> u64 {
        self.stat.st_dev
    }

    pub fn inode(&self) -> u64 {
        self.stat.st_ino
    }

    /// Access and modification times as opened.
    pub fn times(&self) -> Timestamps {
        let spec = |sec: i64, nsec: u64| Timespec { tv_sec: sec, tv_nsec: nsec as _ };
        Timestamps {
            last_access: spec(self.stat.st_atime, self.stat.st_atime_nsec),
            last_modification: spec(self.stat.st_mtime, self.stat.st_mtime_nsec),
        }
    }

    /// Whether `name` in `dir` is still this file.
    fn is_at(&self, dir: &OwnedFd, name: &OsStr) -> Result<bool, Refused> {
        match rfs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(s) => Ok(s.st_dev == self.stat.st_dev && s.st_ino == self.stat.st_ino),
            Err(Errno::NOENT) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Unlinks `name` from `dir` if it is still this file.
    pub fn unlink(&self, dir: &OwnedFd, name: &OsStr) -> Result<(), Refused> {
        if !self.is_at(dir, name)? {
            return Err(Refused::Swapped);
        }
        Ok(rfs::unlinkat(dir, name, AtFlags::empty())?)
    }

    /// Moves this file from `from` to `to` (never replacing anything there)
    /// and gives it `times`: a rename, or across file systems a copy made
    /// from this handle, checked against `sha256`, with owner and mode, and
    /// then the source unlinked. `to` must be a name in a folder only this
    /// user can change, so the check after the rename is final.
    pub fn move_to(
        &self,
        from: (&OwnedFd, &OsStr),
        to: (&OwnedFd, &OsStr),
        times: &Timestamps,
        sha256: &[u8; 32],
    ) -> Result<(), Refused> {
        if !self.is_at(from.0, from.1)? {
            return Err(Refused::Swapped);
        }
        match rename_noreplace(from, to) {
            Ok(()) => {
                if !self.is_at(to.0, to.1)? {
                    // The entry was swapped between the check and the rename:
                    // put it back, though whoever swaps may hold its name a
                    // moment longer.
                    put_back(to, from)?;
                    return Err(Refused::Swapped);
                }
                Ok(rfs::futimens(&self.file, times)?)
            }
            Err(Errno::XDEV) => self.copy_to(from, to, times, sha256),
            Err(e) => Err(e.into()),
        }
    }

    fn copy_to(
        &self,
        from: (&OwnedFd, &OsStr),
        to: (&OwnedFd, &OsStr),
        times: &Timestamps,
        sha256: &[u8; 32],
    ) -> Result<(), Refused> {
        let flags = OFlags::RDWR | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let mut copy = File::from(rfs::openat(to.0, to.1, flags, Mode::from_raw_mode(0o600))?);
        let copied = (|| -> Result<(), Refused> {
            let mut source = &self.file;
            source.seek(SeekFrom::Start(0))?;
            io::copy(&mut source, &mut copy)?;
            copy.flush()?;
            copy.seek(SeekFrom::Start(0))?;
            if crate::scan::sha256_of(&mut copy)? != *sha256 {
                return Err(io::Error::other("the copy does not match the original (SHA-256)").into());
            }
            let owner = (rfs::Uid::from_raw(self.stat.st_uid), rfs::Gid::from_raw(self.stat.st_gid));
            rfs::fchown(&copy, Some(owner.0), Some(owner.1))?;
            rfs::fchmod(&copy, Mode::from_raw_mode(self.stat.st_mode))?;
            rfs::futimens(&copy, times)?;
            copy.sync_all()?;
            self.unlink(from.0, from.1)
        })();
        if copied.is_err() {
            let _ = rfs::unlinkat(to.0, to.1, AtFlags::empty());
        }
        copied
    }
}

/// Whether anything (a link included) is at `name` in `dir`.
pub fn occupied(dir: &OwnedFd, name: &OsStr) -> io::Result<bool> {
    match rfs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(_) => Ok(true),
        Err(Errno::NOENT) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Moves an entry that is not ours back where it was, waiting a little
/// while its name is taken (a swap in progress), never replacing.
fn put_back(from: (&OwnedFd, &OsStr), to: (&OwnedFd, &OsStr)) -> Result<(), Errno> {
    let mut tries = 0;
    loop {
        match rename_noreplace(from, to) {
            Err(Errno::EXIST) if tries < 1000 => {
                tries += 1;
                std::thread::yield_now();
            }
            done => return done,
        }
    }
}

/// A rename that never replaces: `renameat2(RENAME_NOREPLACE)`, or where
/// the file system lacks it, a check and a plain rename.
fn rename_noreplace(from: (&OwnedFd, &OsStr), to: (&OwnedFd, &OsStr)) -> Result<(), Errno> {
    match rfs::renameat_with(from.0, from.1, to.0, to.1, RenameFlags::NOREPLACE) {
        Err(Errno::INVAL) => match rfs::statat(to.0, to.1, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(_) => Err(Errno::EXIST),
            Err(Errno::NOENT) => rfs::renameat(from.0, from.1, to.0, to.1),
            Err(e) => Err(e),
        },
        other => other,
    }
}

/// An append-only record (a quarantine manifest, a disposal log): each
/// line is on disk before `append` returns, and a line that could not be
/// written whole is cut off again, so the record only ever holds whole
/// lines.
pub struct Journal {
    file: File,
    pub path: PathBuf,
}

impl Journal {
    /// Opens (or makes, owner-only) `path`, not following a link.
    pub fn open(path: &Path) -> io::Result<Journal> {
        Self::open_at(rfs::CWD, path, path.to_path_buf())
    }

    /// Opens (or makes) `name` in a tree's folder; `path` names it in messages.
    pub fn open_in(tree: &Tree, name: &str, path: PathBuf) -> io::Result<Journal> {
        Self::open_at(&tree.dir, Path::new(name), path)
    }

    fn open_at(dir: impl AsFd, name: &Path, path: PathBuf) -> io::Result<Journal> {
        let flags = OFlags::WRONLY | OFlags::APPEND | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let file = File::from(rfs::openat(dir, name, flags, Mode::from_raw_mode(0o600))?);
        Ok(Journal { file, path })
    }

    pub fn append<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let mut line = serde_json::to_vec(value)?;
        line.push(b'\n');
        let before = self.file.metadata()?.len();
        let written = self.file.write_all(&line).and_then(|()| self.file.sync_data());
        if written.is_err() && self.file.metadata().is_ok_and(|m| m.is_file()) {
            let _ = self.file.set_len(before);
        }
        written
    }
}
