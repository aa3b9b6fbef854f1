//! A list of any length in bounded memory, kept in the order pushed and
//! read back as often as asked: in memory up to `IN_MEMORY` items, the rest
//! in an unlinked temporary file of the process's own (mode 0600, gone when
//! closed), as the worker's frames. A mailbox's messages (`messages`), a
//! file's text units and their words for the search index (`words`), and
//! the findings of a file an index run has not stored yet are kept so.
//!
//! `Spilling` gathers them; `finish` makes the `Spilled` list read back
//! (again on each call, from any thread) by whatever judges or stores it.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::extract::worker::{read_frame, write_frame};

/// Items held in memory at most.
pub const IN_MEMORY: usize = 4096;

/// A list being gathered.
pub struct Spilling<T> {
    /// The items after those spilled.
    tail: Vec<T>,
    /// Where the first ones went; `None` until `tail` first fills, or if
    /// no temporary file could be made.
    spilled: Option<Spill>,
}

impl<T> Default for Spilling<T> {
    fn default() -> Self {
        Spilling { tail: Vec::new(), spilled: None }
    }
}

/// The temporary file and how many items it holds. Once a frame cannot be
/// written (a full disk), the items stay in memory, as they all did before
/// spilling; if the frames buffered cannot be flushed when the list is
/// finished, they are lost and the list says so (`Spilled::unwritten`, and
/// `Spilled::iter`'s error) rather than seem whole.
struct Spill {
    file: BufWriter<File>,
    count: u64,
    broken: bool,
}

impl<T: Serialize> Spilling<T> {
    pub fn push(&mut self, item: T) {
        self.tail.push(item);
        // Once per `IN_MEMORY` items: a spill empties `tail`; one that
        // failed (no temporary file, a write error) is not tried again.
        if self.tail.len() == IN_MEMORY {
            self.spill();
        }
    }

    /// Moves the items held in memory to the file.
    fn spill(&mut self) {
        if self.spilled.is_none() {
            let file = tempfile::tempfile().ok();
            self.spilled = file.map(|file| Spill { file: BufWriter::new(file), count: 0, broken: false });
        }
        let Some(spill) = self.spilled.as_mut().filter(|s| !s.broken) else { return };
        let (mut frame, mut written) = (Vec::new(), 0);
        for item in &self.tail {
            if write_frame(&mut spill.file, &mut frame, item).is_err() {
                spill.broken = true;
                break;
            }
            written += 1;
        }
        spill.count += written as u64;
        self.tail.drain(..written);
    }

    /// Items held in memory.
    #[cfg(test)]
    fn in_memory(&self) -> usize {
        self.tail.len()
    }

    /// The list gathered, to be read back.
    pub fn finish(self) -> Spilled<T> {
        let (spilled, unwritten) = match self.spilled {
            None => (None, None),
            Some(Spill { file, count, .. }) => match file.into_inner() {
                Ok(file) => (Some((file, count)), None),
                Err(e) => (None, Some(e.into_error())),
            },
        };
        Spilled(Arc::new(Held { spilled, tail: self.tail, unwritten }))
    }
}

/// A list as gathered: shared, and read back in order as often as asked.
pub struct Spilled<T>(Arc<Held<T>>);

impl<T> Clone for Spilled<T> {
    fn clone(&self) -> Self {
        Spilled(self.0.clone())
    }
}

impl<T> Default for Spilled<T> {
    fn default() -> Self {
        Spilled(Arc::new(Held { spilled: None, tail: Vec::new(), unwritten: None }))
    }
}

struct Held<T> {
    /// The file the first ones were spilled to, and how many it holds.
    spilled: Option<(File, u64)>,
    tail: Vec<T>,
    /// Why the spilled ones could not be written out in full.
    unwritten: Option<io::Error>,
}

impl<T> Spilled<T> {
    /// How many items it holds.
    pub fn len(&self) -> u64 {
        self.0.spilled.as_ref().map_or(0, |(_, count)| *count) + self.0.tail.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Items held in memory (the rest were spilled).
    #[cfg(test)]
    pub(crate) fn in_memory(&self) -> usize {
        self.0.tail.len()
    }

    /// Why items spilled were lost, if they were (a copy of the error, its
    /// OS code kept, to be returned): the list holds only those kept in
    /// memory.
    pub fn unwritten(&self) -> Option<io::Error> {
        let copy = |e: &io::Error| match e.raw_os_error() {
            Some(code) => io::Error::from_raw_os_error(code),
            None => io::Error::new(e.kind(), e.to_string()),
        };
        self.0.unwritten.as_ref().map(copy)
    }
}

impl<T: DeserializeOwned + Clone> Spilled<T> {
    /// Every item, in the order pushed, read back as it goes (those still
    /// in memory lent, not copied); if some cannot be, why, in `failed`, and
    /// those left out.
    pub fn iter<'a: 'f, 'f>(&'a self, failed: &'f mut Option<io::Error>) -> impl Iterator<Item = Cow<'a, T>> + 'f {
        if let Some(e) = self.unwritten() {
            *failed = Some(e);
        }
        let from_file = self.0.spilled.as_ref().map(|(file, count)| {
            let mut reader = BufReader::new(FileAt { file, at: 0 });
            (0..*count).map_while(move |_| read_frame::<T>(&mut reader).map_err(|e| *failed = Some(e)).ok())
        });
        from_file.into_iter().flatten().map(Cow::Owned).chain(self.0.tail.iter().map(Cow::Borrowed))
    }
}

impl<T> fmt::Debug for Spilled<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Spilled({} items)", self.len())
    }
}

/// A file read from a place of its own, whoever else reads it.
struct FileAt<'a> {
    file: &'a File,
    at: u64,
}

impl Read for FileAt<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let read = self.file.read_at(buffer, self.at)?;
        self.at += read as u64;
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_any_length_holds_a_bounded_part_in_memory_and_replays_it_in_order() {
        let n = 3 * IN_MEMORY + 17;
        let want: Vec<(String, Option<u32>)> =
            (0..n).map(|i| (format!("m{i}@example.com"), (i % 3 != 0).then_some(i as u32))).collect();
        let mut list = Spilling::default();
        for item in &want {
            list.push(item.clone());
            assert!(list.in_memory() < IN_MEMORY, "{} items in memory", list.in_memory());
        }
        let list = list.finish();
        assert_eq!(list.len(), n as u64);
        let copy = list.clone();
        for list in [&list, &copy, &list] {
            let mut failed = None;
            let got: Vec<_> = list.iter(&mut failed).map(Cow::into_owned).collect();
            assert!(failed.is_none(), "{failed:?}");
            assert_eq!(got, want);
        }
    }

    /// Frames buffered that cannot be flushed (a full disk, as `/dev/full`
    /// is) are lost: the list says why, and never reads back as whole.
    #[test]
    fn a_list_whose_spilled_frames_cannot_be_written_says_so() {
        let full = File::options().write(true).open("/dev/full").unwrap();
        let mut list =
            Spilling { tail: Vec::new(), spilled: Some(Spill { file: BufWriter::new(full), count: 0, broken: false }) };
        let n = 3 * IN_MEMORY;
        for i in 0..n {
            list.push(i as u64);
        }
        let list = list.finish();
        let unwritten = list.unwritten().expect("the lost frames are told");
        assert_eq!(unwritten.raw_os_error(), Some(libc::ENOSPC), "{unwritten}");
        assert!(list.len() < n as u64, "{} items said to be held", list.len());
        let mut failed = None;
        let got: Vec<u64> = list.iter(&mut failed).map(Cow::into_owned).collect();
        assert!(failed.is_some(), "read back as if whole: {} items", got.len());
        assert_eq!(got.len() as u64, list.len());
    }
}
