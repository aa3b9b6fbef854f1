//! Where an inventory's digest key lives: in `$DPSCAN_INDEX_KEY` (so it can
//! be kept away from the database, in a secrets store or a service unit), in
//! a file named with `--key-file` (the one copy every agent of a central
//! inventory shares), or else in a file beside an SQLite database,
//! `FILE.key`; a key file is created owner-only with a new inventory.

use std::path::{Path, PathBuf};

use super::IndexError;
use crate::detect::digest::DigestKey;

/// The environment variable that supplies the key, 64 hex digits.
pub const KEY_ENV: &str = "DPSCAN_INDEX_KEY";

/// The key file of the SQLite inventory at `db`.
pub fn key_path(db: &Path) -> PathBuf {
    super::beside(db, ".key")
}

/// Where the key file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyFile {
    /// Beside an SQLite inventory: made owner-only if found looser (a copy
    /// restored from a backup).
    Beside(PathBuf),
    /// Named by the user: refused if others may read it, since it is a
    /// secret shared by many hosts and a loose copy must be noticed.
    Named(PathBuf),
    /// None: the key must come from the environment.
    None,
}

/// The key kept in `file`, or in the environment, which comes first; when
/// `create`, a new random key is written to the key file if neither exists.
pub fn load(file: &KeyFile, create: bool) -> Result<DigestKey, IndexError> {
    if let Some(text) = std::env::var_os(KEY_ENV) {
        let text = text.to_str().unwrap_or_default().to_owned();
        return DigestKey::from_hex(&text).map_err(|_| IndexError::Key(format!("{KEY_ENV} is not 64 hex digits")));
    }
    let path = match file {
        KeyFile::None => {
            return Err(IndexError::Key(format!(
                "no key: a central inventory's key is given with --key-file FILE (the same file on every host) \
                 or in {KEY_ENV}"
            )))
        }
        KeyFile::Beside(path) => {
            make_private(path).map_err(|source| IndexError::Io { path: path.clone(), source })?;
            path
        }
        KeyFile::Named(path) => {
            refuse_loose(path)?;
            path
        }
    };
    match std::fs::read_to_string(path) {
        Ok(text) => DigestKey::from_hex(&text)
            .map_err(|_| IndexError::Key(format!("{} is not a dpscan key (64 hex digits)", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
            let key = DigestKey::generate().map_err(|e| IndexError::Io { path: path.clone(), source: e })?;
            match write_private(path, key.to_hex().as_bytes()) {
                Ok(()) => Ok(key),
                // Another agent made it first: theirs is the key.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => load(file, false),
                Err(e) => Err(IndexError::Io { path: path.clone(), source: e }),
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(IndexError::Key(format!(
            "no key: {} is missing and {KEY_ENV} is not set; the inventory's digests cannot be read without it",
            path.display()
        ))),
        Err(e) => Err(IndexError::Io { path: path.clone(), source: e }),
    }
}

/// Refuses a key file that its group or others may read or write.
fn refuse_loose(path: &Path) -> Result<(), IndexError> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(meta) if meta.permissions().mode() & 0o077 != 0 => Err(IndexError::Key(format!(
            "{} may be read by others (mode {:o}): a digest key must be its owner's alone (chmod 600 it)",
            path.display(),
            meta.permissions().mode() & 0o777
        ))),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(IndexError::Io { path: path.to_path_buf(), source }),
    }
}

/// Creates a file that must not exist yet, readable by its owner only, and
/// makes it durable, its name too: a database that outlived its key after a
/// power cut could not be read.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::File::open(folder)?.sync_all()
}

/// Takes away group and other permissions from an existing file (one that
/// was copied or restored with looser ones); a missing file is left alone.
pub fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(meta.permissions().mode() & 0o700))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}
