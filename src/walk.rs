//! The crawler: scan roots → the files to read, in a stable (name) order.
//!
//! Every entry that is not a directory becomes an `Entry`: a regular file to
//! scan, or a file skipped or failed with its reason, so that nothing reached
//! is silently lost. Hidden files are included (shared drives are full of
//! them). Symbolic links are not followed unless asked, and then loops are
//! detected. Special files (FIFOs, sockets, devices) are never opened.

use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use thiserror::Error;
use walkdir::WalkDir;

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
    match path.strip_prefix(root) {
        Ok(p) if !p.as_os_str().is_empty() => p,
        _ => path.file_name().map_or(path, Path::new),
    }
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
            let compiled = Glob::new(pattern).map_err(|source| WalkError::Glob { glob: glob.clone(), source })?;
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
        let relative = path.strip_prefix(root).unwrap_or(path);
        path.file_name().is_some_and(|n| self.names.is_match(n)) || self.paths.is_match(relative)
    }
}

/// The crawl of every root, one after another.
pub fn walk(options: &WalkOptions) -> Result<impl Iterator<Item = Entry> + Send + '_, WalkError> {
    let include = Globs::new(&options.include)?;
    let exclude = Globs::new(&options.exclude)?;
    let own: Vec<(u64, u64)> = options.own_files.iter().filter_map(|p| file_id(&std::fs::metadata(p).ok()?)).collect();
    let filters = Arc::new((include, exclude, own));
    Ok(options.roots.iter().flat_map(move |root| {
        let filters = filters.clone();
        let prune = filters.clone();
        let shared_root: Arc<Path> = Arc::from(root.as_path());
        WalkDir::new(root)
            .follow_links(options.follow_links)
            .same_file_system(options.one_file_system)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(move |e| e.depth() == 0 || !(e.file_type().is_dir() && prune.1.matches(root, e.path())))
            .filter_map(move |result| {
                let (include, exclude, own) = &*filters;
                classify(result, &shared_root, options, include, exclude, own)
            })
    }))
}

fn classify(
    result: walkdir::Result<walkdir::DirEntry>,
    root: &Arc<Path>,
    options: &WalkOptions,
    include: &Globs,
    exclude: &Globs,
    own: &[(u64, u64)],
) -> Option<Entry> {
    let entry = match result {
        Ok(entry) => entry,
        Err(e) => {
            let path = e.path().unwrap_or(root).to_path_buf();
            let error = match (e.loop_ancestor(), e.io_error()) {
                (Some(ancestor), _) => format!("symbolic link loop: leads back to {}", ancestor.display()),
                (None, Some(io)) => format!("cannot read: {io}"),
                (None, None) => e.to_string(),
            };
            return Some(Entry { path, root: root.clone(), metadata: None, reached: Reached::Error(error) });
        }
    };
    let file_type = entry.file_type();
    if file_type.is_dir() {
        return None;
    }
    let path = entry.path();
    if exclude.matches(root, path) || (!include.empty && !include.matches(root, path)) {
        return None;
    }
    let path = path.to_path_buf();
    let metadata = match entry.metadata() {
        Ok(m) => m,
        Err(e) => {
            let reached = Reached::Error(format!("cannot read metadata: {e}"));
            return Some(Entry { path, root: root.clone(), metadata: None, reached });
        }
    };
    let reached = if file_type.is_symlink() {
        Reached::Skipped("symbolic link, not followed (use --follow)".into())
    } else if let Some(kind) = special_file(&file_type) {
        Reached::Skipped(format!("special file ({kind}), never opened"))
    } else if file_id(&metadata).is_some_and(|id| own.contains(&id)) {
        Reached::Skipped("dpscan's own output file".into())
    } else if let Some(max) = options.max_filesize.filter(|max| metadata.len() > *max) {
        Reached::Skipped(format!("larger than --max-filesize ({} > {max} bytes)", metadata.len()))
    } else {
        Reached::File
    };
    Some(Entry { path, root: root.clone(), metadata: Some(metadata), reached })
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(options: &WalkOptions) -> Vec<String> {
        let root = &options.roots[0];
        walk(options)
            .unwrap()
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
        assert!(walk(&bad).is_err());
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
        assert_eq!(walk(&missing).unwrap().filter(|e| matches!(e.reached, Reached::Error(_))).count(), 1);
    }
}
