//! Opening files to scan without changing them: read-only, without updating
//! the access time where the OS permits (`O_NOATIME`), non-blocking so that a
//! FIFO swapped in after the walk can never hang a worker, and refusing
//! anything that is not a regular file once open.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Opens `path` for reading. Symbolic links are refused unless `follow`.
pub fn open(path: &Path, follow: bool) -> io::Result<File> {
    let file = match open_with(path, follow, true) {
        // O_NOATIME is only allowed to the file's owner (or root).
        Err(e) if e.raw_os_error() == Some(libc::EPERM) => open_with(path, follow, false)?,
        other => other?,
    };
    let file_type = file.metadata()?.file_type();
    if !file_type.is_file() {
        return Err(io::Error::other("not a regular file (it changed after the directory walk)"));
    }
    Ok(file)
}

#[cfg(unix)]
fn open_with(path: &Path, follow: bool, no_atime: bool) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut flags = libc::O_NONBLOCK | libc::O_CLOEXEC;
    if !follow {
        flags |= libc::O_NOFOLLOW;
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    if no_atime {
        flags |= libc::O_NOATIME;
    }
    let _ = no_atime;
    OpenOptions::new().read(true).custom_flags(flags).open(path)
}

#[cfg(not(unix))]
fn open_with(path: &Path, _follow: bool, _no_atime: bool) -> io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_fifos_and_links_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.as_os_str().to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = open(&fifo, false).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");

        let target = dir.path().join("t.txt");
        std::fs::write(&target, "x").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(open(&link, false).is_err());
        assert!(open(&link, true).is_ok());
    }

    #[test]
    fn reading_keeps_access_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.txt");
        std::fs::write(&path, "hello").unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_times(std::fs::FileTimes::new().set_accessed(old))
            .unwrap();
        let mut s = String::new();
        io::Read::read_to_string(&mut open(&path, false).unwrap(), &mut s).unwrap();
        assert_eq!(s, "hello");
        assert_eq!(std::fs::metadata(&path).unwrap().accessed().unwrap(), old);
    }
}
