//! A mailbox's messages, each its id and date, kept in the order read until
//! the file's retention rule is known and can judge them one by one, and
//! for the inventory, which stores them: in memory up to `IN_MEMORY`, the
//! rest in an unlinked temporary file of the process's own (mode 0600,
//! gone when closed), as the worker's frames. A mailbox of any size — a PST
//! of a million messages, ~50 MB as a list — holds a bounded part of memory.
//!
//! `Messages` gathers them; `finish` makes the `MessageList` read back
//! (again on each call, from any thread) by whatever judges or stores it.

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

use jiff::Timestamp;

use crate::extract::worker::{read_frame, write_frame};

/// A message: its id (or index) and its date.
pub type Message = (Box<str>, Option<Timestamp>);

/// Messages held in memory at most (~50 bytes each).
const IN_MEMORY: usize = 4096;

/// A list being gathered.
#[derive(Default)]
pub struct Messages {
    /// The messages after those spilled.
    kept: Vec<Message>,
    /// Where the first ones went; `None` until `kept` first fills, or if
    /// no temporary file could be made.
    spilled: Option<Spill>,
}

/// The temporary file and how many messages it holds. Once it cannot be
/// written (a full disk), the messages stay in memory, as they all did
/// before spilling, and none is lost.
struct Spill {
    file: BufWriter<File>,
    count: u64,
    broken: bool,
}

impl Messages {
    pub fn push(&mut self, id: &str, date: Option<Timestamp>) {
        self.kept.push((id.into(), date));
        // Once per `IN_MEMORY` messages: a spill empties `kept`; one that
        // failed (no temporary file, a write error) is not tried again.
        if self.kept.len() == IN_MEMORY {
            self.spill();
        }
    }

    /// Moves the messages held in memory to the file.
    fn spill(&mut self) {
        if self.spilled.is_none() {
            let file = tempfile::tempfile().ok();
            self.spilled = file.map(|file| Spill { file: BufWriter::new(file), count: 0, broken: false });
        }
        let Some(spill) = self.spilled.as_mut().filter(|s| !s.broken) else { return };
        let (mut frame, mut written) = (Vec::new(), 0);
        for message in &self.kept {
            if write_frame(&mut spill.file, &mut frame, message).is_err() {
                spill.broken = true;
                break;
            }
            written += 1;
        }
        spill.count += written as u64;
        self.kept.drain(..written);
    }

    /// Messages held in memory.
    #[cfg(test)]
    fn in_memory(&self) -> usize {
        self.kept.len()
    }

    /// The list gathered, to be read back.
    pub fn finish(self) -> MessageList {
        let (spilled, unwritten) = match self.spilled {
            None => (None, None),
            Some(Spill { file, count, .. }) => match file.into_inner() {
                Ok(file) => (Some((file, count)), None),
                Err(e) => (None, Some(e.into_error())),
            },
        };
        MessageList(Arc::new(Held { spilled, kept: self.kept, unwritten }))
    }
}

/// A mailbox's messages as gathered: shared, and read back in order as
/// often as asked.
#[derive(Clone, Default)]
pub struct MessageList(Arc<Held>);

#[derive(Default)]
struct Held {
    /// The file the first ones were spilled to, and how many it holds.
    spilled: Option<(File, u64)>,
    kept: Vec<Message>,
    /// Why the spilled ones could not be written out in full.
    unwritten: Option<io::Error>,
}

impl MessageList {
    /// How many messages it holds.
    pub fn len(&self) -> u64 {
        self.0.spilled.as_ref().map_or(0, |(_, count)| *count) + self.0.kept.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every message, in the order pushed, read back as it goes; if some
    /// cannot be, why, in `failed`, and those left out.
    pub fn iter<'a>(&'a self, failed: &'a mut Option<io::Error>) -> impl Iterator<Item = Message> + 'a {
        if let Some(e) = &self.0.unwritten {
            *failed = Some(io::Error::new(e.kind(), e.to_string()));
        }
        let from_file = self.0.spilled.as_ref().map(|(file, count)| {
            let mut reader = BufReader::new(FileAt { file, at: 0 });
            (0..*count).map_while(move |_| read_frame::<Message>(&mut reader).map_err(|e| *failed = Some(e)).ok())
        });
        from_file.into_iter().flatten().chain(self.0.kept.iter().cloned())
    }
}

impl fmt::Debug for MessageList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MessageList({} messages)", self.len())
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
    fn a_mailbox_of_any_size_holds_a_bounded_list_and_replays_it_in_order() {
        let date = |i: usize| (!i.is_multiple_of(3)).then(|| Timestamp::from_second(1_700_000_000 + i as i64).unwrap());
        let n = 3 * IN_MEMORY + 17;
        let want: Vec<Message> = (0..n).map(|i| (format!("m{i}@example.com").into(), date(i))).collect();
        let mut messages = Messages::default();
        for (id, date) in &want {
            messages.push(id, *date);
            assert!(messages.in_memory() < IN_MEMORY, "{} messages in memory", messages.in_memory());
        }
        let list = messages.finish();
        assert_eq!(list.len(), n as u64);
        let copy = list.clone();
        for list in [&list, &copy, &list] {
            let mut failed = None;
            let got: Vec<Message> = list.iter(&mut failed).collect();
            assert!(failed.is_none(), "{failed:?}");
            assert_eq!(got, want);
        }
    }
}
