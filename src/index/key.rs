//! Where an inventory's digest key lives: in `$DPSCAN_INDEX_KEY` (so it can
//! be kept away from the database, in a secrets store or a service unit), or
//! else in a file beside the database, `FILE.key`, created owner-only with a
//! new inventory.

use std::path::{Path, PathBuf};

use super::IndexError;
use crate::detect::digest::DigestKey;

/// The environment variable that supplies the key, 64 hex digits.
pub const KEY_ENV: &str = "DPSCAN_INDEX_KEY";

/// The key file of the inventory at `db`.
pub fn key_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

/// The key of the inventory at `db`: from the environment, else its key
/// file; when `create`, a new random key is written to the key file if
/// neither exists.
pub fn load(db: &Path, create: bool) -> Result<DigestKey, IndexError> {
    if let Some(text) = std::env::var_os(KEY_ENV) {
        let text = text.to_str().unwrap_or_default().to_owned();
        return DigestKey::from_hex(&text).map_err(|_| IndexError::Key(format!("{KEY_ENV} is not 64 hex digits")));
    }
    let path = key_path(db);
    match std::fs::read_to_string(&path) {
        Ok(text) => DigestKey::from_hex(&text)
            .map_err(|_| IndexError::Key(format!("{} is not a dpscan key (64 hex digits)", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
            let key = DigestKey::generate().map_err(|e| IndexError::Io { path: path.clone(), source: e })?;
            write_private(&path, key.to_hex().as_bytes()).map_err(|e| IndexError::Io { path, source: e })?;
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(IndexError::Key(format!(
            "no key: {} is missing and {KEY_ENV} is not set; the inventory's digests cannot be read without it",
            path.display()
        ))),
        Err(e) => Err(IndexError::Io { path, source: e }),
    }
}

/// Creates a file that must not exist yet, readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
